"""frab / Pentabarf schedule.xml: the old and the new variant, and the quirks of real files."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme
from tests.programme.importers.support import FIXTURES, by_id, load, people_of, rooms_of

OLD = "pentabarf-old.xml"
QUIRKS = "frab-quirks.xml"


def test_old_variant_has_no_zone_so_it_needs_tz() -> None:
    with pytest.raises(ProgrammeError) as caught:
        load(OLD)
    message = str(caught.value)
    assert message.startswith(str(FIXTURES / OLD))
    assert "pass --tz" in message
    assert "\n" not in message


def test_old_variant_reads_local_starts_from_the_day_date() -> None:
    loaded = load(OLD, tz="Europe/Brussels")
    programme = loaded.programme
    assert loaded.format == "frab-xml"
    assert loaded.warnings == ()
    conference = programme.conference
    assert (conference.id, conference.city, conference.venue) == (
        "tiny-dev-days",
        "Brussels",
        "ULB Solbosch",
    )
    assert conference.days == (date(2024, 2, 3), date(2024, 2, 4))
    # <day_change>09:00:00</day_change> is a display hint: taken as 06:00 at the latest.
    assert conference.day_change == time(6, 0)
    breakfast = by_id(programme, "1001")
    assert breakfast.start.isoformat() == "2024-02-03T08:30:00+01:00"
    assert breakfast.kind == "break"
    assert breakfast.roles == ()


def test_old_variant_event_after_midnight_is_on_the_next_date_same_programme_day() -> None:
    programme = load(OLD, tz="Europe/Brussels").programme
    night = by_id(programme, "1003")
    assert night.start.isoformat() == "2024-02-04T00:30:00+01:00"
    assert programme.conference.programme_day(night.start) == date(2024, 2, 3)
    assert night in programme.sessions_on(date(2024, 2, 3))


@pytest.mark.parametrize(
    ("session_id", "minutes"),
    [("1001", 25), ("1002", 90), ("1003", 90), ("1004", 60), ("2001", 50)],
)
def test_durations_in_every_notation(session_id: str, minutes: int) -> None:
    # "00:25:00" (Pentabarf h:m:s), "1:30" (H:MM), "0:01:30" (frab D:HH:MM), "01:00", "00:50"
    session = by_id(load(OLD, tz="Europe/Brussels").programme, session_id)
    assert session.duration.total_seconds() == minutes * 60


def test_nested_titles_in_links_and_attachments_are_not_the_event_title() -> None:
    session = by_id(load(OLD, tz="Europe/Brussels").programme, "1002")
    assert session.title.get("en") == "Welcome to Tiny Dev Days"
    assert session.kind == "plenary"  # <type>keynote</type>


def test_escaped_html_in_abstracts_becomes_plain_text() -> None:
    session = by_id(load(OLD, tz="Europe/Brussels").programme, "1002")
    assert session.description.get("en") == (
        "Opening & welcome.\n\nSecond paragraph\nwith a break.\n\n- One\n- Two"
    )


def test_the_same_person_across_events_is_one_person() -> None:
    programme = load(OLD, tz="Europe/Brussels").programme
    assert people_of(programme) == {
        "staff-team": "Staff Team",
        "richard-roe": "Richard Roe",
        "jane-doe": "Jane Doe",
    }
    assert [s.id for s in programme.sessions_of_person("richard-roe")] == ["1002", "1003", "2001"]
    assert rooms_of(programme) == {"janson": "Janson", "h.1301-cornil": "H.1301 (Cornil)"}


def test_new_variant_mixed_offsets_become_the_conference_zone() -> None:
    programme = load(QUIRKS).programme
    assert programme.conference.timezone.key == "Europe/Paris"
    utc_given = by_id(programme, "talk-2")  # <date>2025-06-12T08:30:00Z</date>
    assert utc_given.start.isoformat() == "2025-06-12T10:30:00+02:00"
    assert by_id(programme, "talk-1").start.isoformat() == "2025-06-12T09:00:00+02:00"
    # <day start='…T05:00' end='…T04:59'>: the day changes at 05:00.
    assert programme.conference.day_change == time(5, 0)


def test_a_guid_used_twice_keeps_both_events_with_a_warning() -> None:
    loaded = load(QUIRKS)
    first, second = by_id(loaded.programme, "talk-2"), by_id(loaded.programme, "talk-2-2")
    assert first.title.get("fr") == "Heure donnée en UTC"
    assert second.title.get("fr") == "Même guid, autre événement"
    assert any("'talk-2-2'" in warning for warning in loaded.warnings)
    assert len(loaded.programme.sessions) == 7


def test_overlaps_in_a_room_are_warnings_not_refusals() -> None:
    loaded = load(QUIRKS)
    overlaps = [w for w in loaded.warnings if "overlaps" in w]
    assert len(overlaps) == 2
    assert all(w.startswith(str(FIXTURES / QUIRKS)) for w in overlaps)


def test_invisible_characters_and_stray_spaces_are_cleaned() -> None:
    programme = load(QUIRKS).programme
    opening = by_id(programme, "talk-1")
    assert opening.title.get("fr") == "Ouverture des rencontres"
    assert opening.description.get("fr") == "Mot d’accueil."
    assert programme.conference.id == "rencontres-2025"
    assert programme.conference.name.get("fr") == "Rencontres de test"
    zoe = programme.person("zoe-martin")
    assert zoe is not None and zoe.name == "Zoé Martin"


def test_room_spellings_that_differ_in_case_are_one_room() -> None:
    programme = load(QUIRKS).programme
    assert rooms_of(programme) == {"grand-amphi": "Grand Amphi", "salle-2": "Salle 2"}
    assert programme.rooms["grand-amphi"].aliases == ("grand amphi",)
    assert by_id(programme, "talk-4").room_id == "grand-amphi"


def test_events_without_room_or_people_are_kept() -> None:
    lunch = by_id(load(QUIRKS).programme, "lunch-1")
    assert lunch.room_id is None
    assert lunch.roles == ()
    assert lunch.kind == "lunch"


def test_namesakes_with_different_ids_stay_two_people() -> None:
    programme = load(QUIRKS).programme
    assert by_id(programme, "ws-1").person_ids == ("li-wei",)
    assert by_id(programme, "ws-2").person_ids == ("li-wei-p3",)
    li_wei = programme.person("li-wei-p3")
    assert li_wei is not None and li_wei.name == "Li Wei"


def test_frab_day_hours_minutes_duration_and_types() -> None:
    programme = load(QUIRKS).programme
    night = by_id(programme, "talk-4")  # 23:30 for "0:02:00" (D:HH:MM)
    assert night.end.isoformat() == "2025-06-13T01:30:00+02:00"
    assert programme.conference.programme_day(night.start) == date(2025, 6, 12)
    assert [s.kind for s in programme.sessions] == [
        "plenary",
        "talk",
        "talk",
        "lunch",
        "reception",
        "workshop",
        "talk",
    ]
    assert programme.conference.default_language == "fr"


def test_file_zone_wins_over_tz() -> None:
    assert load(QUIRKS, tz="Asia/Tokyo").programme.conference.timezone.key == "Europe/Paris"


_SITE_FRAB = """<?xml version="1.0" encoding="UTF-8"?>
<schedule><conference><title>7th Leipzig Semantic Web Day</title></conference>
<day date="2019-05-22" index="1"><room name="Main Track">
<event id="101"><title>Begrüßung</title><date>2019-05-22T09:00:00Z</date><start>09:00</start>
<duration>00:10</duration><person>Dr. Sebastian Tramp, Andreas Heinecke</person></event>
<event id="997"><title>Coffee Break</title><date>2019-05-22T11:00:00Z</date><start>11:00</start>
<duration>00:20</duration><person></person></event>
</room></day></schedule>"""


def test_a_site_s_own_frab_one_person_element_and_local_clocks_marked_utc(tmp_path: Path) -> None:
    # LSWT 2019's schedule.xml, written by its Jekyll site: every name in one <person>, and each
    # <date> the local clock of its <start> marked "Z".
    path = tmp_path / "schedule.xml"
    path.write_text(_SITE_FRAB)
    loaded = load_programme(path, tz="Europe/Berlin")
    welcome = by_id(loaded.programme, "101")
    assert welcome.start.isoformat() == "2019-05-22T09:00:00+02:00"
    names = people_of(loaded.programme)
    assert [names[person] for person in welcome.person_ids] == ["Dr. Sebastian Tramp", "Andreas Heinecke"]
    assert by_id(loaded.programme, "997").person_ids == ()
    assert any("marked UTC (Z)" in warning and "Europe/Berlin" in warning for warning in loaded.warnings)
    assert not any("no name" in warning for warning in loaded.warnings)


def test_utc_dates_are_kept_when_start_gives_another_clock(tmp_path: Path) -> None:
    # A real UTC instant: <start> is the local clock (11:00 in Berlin), not <date>'s 09:00.
    path = tmp_path / "schedule.xml"
    path.write_text(_SITE_FRAB.replace("<start>09:00</start>", "<start>11:00</start>", 1))
    welcome = by_id(load_programme(path, tz="Europe/Berlin").programme, "101")
    assert welcome.start.isoformat() == "2019-05-22T11:00:00+02:00"


def test_a_field_written_empty_then_filled_is_the_filled_one(tmp_path: Path) -> None:
    # State of the Map France 2022's schedule.xml, generated by its site: each event's <persons/>
    # empty, then its speakers in a second <persons> after <links/>.
    path = tmp_path / "schedule.xml"
    path.write_text(
        _SITE_FRAB.replace(
            "<person>Dr. Sebastian Tramp, Andreas Heinecke</person>",
            "<abstract/><persons/><links/><abstract>Welcome words.</abstract>"
            '<persons><person id="7">Capucine-Marin (Wikimedia France)</person></persons>',
        )
    )
    programme = load_programme(path, tz="Europe/Berlin").programme
    welcome = by_id(programme, "101")
    assert [people_of(programme)[person] for person in welcome.person_ids] == ["Capucine-Marin"]
    assert welcome.description.all() == ("Welcome words.",)
