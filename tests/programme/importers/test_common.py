"""The shared helpers, and the order of the sniffers: no reader takes another's files."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.programme.importers.common import (
    clean,
    map_kind,
    map_language,
    parse_clock,
    parse_duration,
    plain_text,
    slugify,
    unique_ids,
)
from bot.programme.loading import readers
from bot.programme.native import SESSION_KINDS
from tests.programme.importers.support import FIXTURES, PRETALX

SPECIFIC = {
    "pentabarf-old.xml": "frab-xml",
    "frab-quirks.xml": "frab-xml",
    "no-events.xml": "frab-xml",
    "c3voc-quirks.json": "schedule-json",
    "widget-i18n.json": "pretalx-widget",
    "sessionize-all.json": "sessionize",
    "quirks.ics": "ical",
    "floating.ics": "ical",
    "rfc6321.xcal": "xcal",
    "pretalx/democon-FrabXmlExporter.xml": "frab-xml",
    "pretalx/democon-FrabJsonExporter.json": "schedule-json",
    "pretalx/democon-widget-schedule.json": "pretalx-widget",
    "pretalx/democon-ICalExporter.ics": "ical",
    "pretalx/democon-FrabXCalExporter.xcal": "xcal",
    "pretalx/jornada-FrabXmlExporter.xml": "frab-xml",
    "pretalx/jornada-FrabJsonExporter.json": "schedule-json",
    "pretalx/jornada-widget-schedule.json": "pretalx-widget",
    "pretalx/jornada-ICalExporter.ics": "ical",
    "pretalx/jornada-FrabXCalExporter.xcal": "xcal",
    "rss.xml": "xml",
    "login-page.xml": "xml",
    "not-a-schedule.json": "json",
    "array.json": "json",
    "empty.json": "unknown",
    "notes.txt": "unknown",
}
FALLBACKS = {"xml", "json", "unknown"}


@pytest.mark.parametrize(("name", "reader"), SPECIFIC.items())
def test_each_file_is_claimed_by_its_own_reader_and_no_other(name: str, reader: str) -> None:
    head = (FIXTURES / name).read_bytes()[:4096]
    claiming = {r.name for r in readers() if r.name not in FALLBACKS and r.sniff(head)}
    assert claiming == ({reader} if reader not in FALLBACKS else set())
    first = next(r.name for r in readers() if r.sniff(head))
    assert first == reader


def test_the_shipped_toml_is_still_claimed_by_our_reader() -> None:
    toml = Path(__file__).parents[3] / "data" / "mechelen-2017" / "programme.toml"
    head = toml.read_bytes()[:4096]
    assert next(r.name for r in readers() if r.sniff(head)) == "conference-bot"
    assert {r.name for r in readers() if r.sniff(head)} - FALLBACKS == {"conference-bot"}


def test_every_pretalx_fixture_is_covered() -> None:
    assert {f"pretalx/{p.name}" for p in PRETALX.iterdir() if p.suffix != ".md"} <= set(SPECIFIC)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("00:30", 30),
        ("1:30", 90),
        ("12:05", 725),
        ("1:02:30", 26 * 60 + 30),  # frab D:HH:MM
        ("0:01:15", 75),
        ("00:25:00", 25),  # Pentabarf HH:MM:SS
        ("01:00:00", 60),
        ("0:45:00", 45),  # 45 cannot be hours: HH:MM:SS
        ("45", 45),
        (45, 45),
        ("PT1H30M", 90),
        ("P1DT2H", 26 * 60),
        ("003000", 30),  # xCal hhmmss
    ],
)
def test_durations(text: object, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["", "soon", "1:75", "-5", "1h", None, True, "P"])
def test_not_durations(text: object) -> None:
    assert parse_duration(text) is None


def test_clock_times_past_midnight() -> None:
    assert parse_clock("09:30") == timedelta(hours=9, minutes=30)
    assert parse_clock("24:30") == timedelta(hours=24, minutes=30)
    assert parse_clock("09:00:00") == timedelta(hours=9)
    assert parse_clock("9h") is None


@pytest.mark.parametrize(
    ("value", "slug"),
    [
        ("Auditorio Ñandú", "auditorio-nandu"),
        ("  Grand   Amphi ", "grand-amphi"),
        ("H.1301 (Cornil)", "h.1301-cornil"),
        ("Straße/Saal 3", "strasse-saal-3"),
        ("FVGGG7", "fvggg7"),
        ("pretalx-demo-ABC@localhost", "pretalx-demo-abc-localhost"),
        ("-._leading", "leading"),
        ("fa60cabc-149f-5fae-a1af-c1e72520c990", "fa60cabc-149f-5fae-a1af-c1e72520c990"),
    ],
)
def test_slugify(value: str, slug: str) -> None:
    assert slugify(value) == slug


def test_slugify_without_latin_letters_is_stable_and_distinct() -> None:
    assert slugify("会议室", "room") == slugify("会议室", "room")
    assert slugify("会议室", "room").startswith("room-")
    assert slugify("会议室", "room") != slugify("大厅", "room")


def test_unique_ids_keep_the_first_and_avoid_the_files_own_ids() -> None:
    assert unique_ids(["a", "b", "a", "a"]) == ["a", "b", "a-2", "a-3"]
    # "a-2" is the file's own id: the repeat of "a" must not take it.
    assert unique_ids(["a", "a", "a-2"]) == ["a", "a-3", "a-2"]


def test_clean_strips_invisible_characters_entities_and_spaces() -> None:
    assert clean("  Zo\u200bé\u00a0 Martin\ufeff ") == "Zoé Martin"
    assert clean("Q&amp;A") == "Q&A"
    assert clean("R&D") == "R&D"
    assert clean(None) == ""


def test_clean_drops_the_markup_of_a_line_and_keeps_angle_brackets_that_are_words() -> None:
    # A site's titles: "Invited Talk 5: <strong>…</strong>", an icon before "Lunch".
    assert clean("Invited Talk 5: <strong>Training LLMs</strong>") == "Invited Talk 5: Training LLMs"
    assert clean('<i class="fa-solid fa-utensils"></i>  Lunch') == "Lunch"
    assert clean("<b>un</b>believable") == "unbelievable"
    assert clean("Panel: <strong>AI&nbsp;in&nbsp;Security</strong>") == "Panel: AI in Security"
    assert clean("Why List<String> and <T> matter") == "Why List<String> and <T> matter"


def test_plain_text_from_html_and_escaped_html() -> None:
    assert plain_text("<p>One <b>bold</b></p><p>Two<br>lines</p>") == "One bold\n\nTwo\nlines"
    assert plain_text("&lt;p&gt;Escaped &amp;amp; more&lt;/p&gt;") == "Escaped & more"
    assert plain_text("a < b and c > d") == "a < b and c > d"
    assert plain_text("line one\r\n\r\n\r\n\r\nline two  ") == "line one\n\nline two"
    assert plain_text("<ul><li>x</li><li>y</li></ul>") == "- x\n- y"


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("Talk", "talk"),
        ("Lightning Talk", "talk"),
        ("Workshop", "workshop"),
        ("Workshops", "workshop"),
        ("Coffee break", "break"),
        ("Lunch break", "lunch"),
        ("keynote", "plenary"),
        ("BoF", "side-event"),
        ("Tournament", "talk"),
        ("youthworkshop", "workshop"),  # EMF's types run words together
        ("coffeebreak", "break"),
        ("performance", "talk"),
        ("", "talk"),
    ],
)
def test_kinds(value: str, kind: str) -> None:
    assert map_kind(value) == kind


def test_every_kind_is_one_our_toml_accepts() -> None:
    words = [
        "lunch",
        "break",
        "workshop",
        "keynote",
        "party",
        "meetup",
        "visit",
        "breakout",
        "other",
    ]
    assert {map_kind(word) for word in words} <= SESSION_KINDS
    assert len({map_kind(word) for word in words}) == len(words)


def test_languages() -> None:
    assert [map_language(v) for v in ("fr-BE", "EN", "Español", "de", None)] == [
        "fr",
        "en",
        "es",
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jehan PagÃ¨s", "Jehan Pagès"),  # GUADEC 2016's calendar: UTF-8 read as Latin-1
        ("How your package is being translatedâ\x80¦", "How your package is being translated…"),
        ("translatedâ€¦", "translated…"),  # read as Windows-1252
        ("SÃO PAULO", "SÃO PAULO"),  # a real capital Ã: left as it is
        ("Ação e café – já", "Ação e café – já"),
        # SQLSaturday's GuidebookXML: character references that lost their "&".
        ("Introducci#243;n al Microsoft R Server", "Introducción al Microsoft R Server"),
        ("cada #225;ngulo #8217; y C#123; #1;", "cada ángulo ’ y C#123; #1;"),
    ],
)
def test_text_decoded_once_too_often_is_mended(text: str, expected: str) -> None:
    assert clean(text) == expected
    assert plain_text(text) == expected


@pytest.mark.parametrize(
    ("written", "minutes"),
    [("45 minutes", 45), ("1 hour", 60), ("1h30", 90), ("90 min", 90), ("2 heures", 120),
     ("1 hora y media", 90), ("1 hour 30 minutes", 90)],
)  # fmt: skip
def test_a_duration_written_out(written: str, minutes: int) -> None:
    """Camping des Speakers' "duration": "45 minutes", and as other sites write theirs."""
    assert parse_duration(written) == timedelta(minutes=minutes)
    assert parse_duration("hello") is None


def test_hours_alone_are_a_duration_only_where_a_duration_is_expected() -> None:
    """WikiConvention francophone 2016's durations: "5h", "2h00", "45 min.", "180 min."; "5h"
    alone elsewhere is as often a clock time."""
    for written, minutes in (("5h", 300), ("2h00", 120), ("45 min.", 45), ("180 min.", 180), ("1h15", 75)):
        assert parse_duration(written, hours_alone=True) == timedelta(minutes=minutes), written
    assert parse_duration("5h") is None
