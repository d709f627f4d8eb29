"""conf.researchr.org's XML export (the ACM conferences it runs: SPLASH 2020 and 2021 are in it)."""

from __future__ import annotations

import re

import pytest

from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme_bytes
from tests.programme.importers.support import FIXTURES, by_id, load, people_of


def test_items_times_rooms_and_zone() -> None:
    loaded = load("researchr.xml")
    programme = loaded.programme
    assert loaded.format == "researchr-xml"
    assert programme.conference.timezone.key == "America/Chicago"
    assert programme.conference.city == "Chicago"
    gradual = by_id(programme, "paper-gradual")
    assert gradual.start.isoformat() == "2021-10-18T10:30:00-05:00"
    assert gradual.end.isoformat() == "2021-10-18T10:50:00-05:00"
    assert gradual.room_id is not None
    room = programme.rooms[gradual.room_id]
    assert room.name == "Lakeside Hotel | Zurich A"
    assert "Zurich A" in room.aliases  # as people say it
    assert "gradual typing" in gradual.description.get("en")
    assert by_id(programme, "paper-effects").description.get("en") == ""  # "undefined" is no text


def test_a_session_that_holds_papers_gives_them_its_chair_and_is_not_read() -> None:
    programme = load("researchr.xml").programme
    titles = sorted(title for session in programme.sessions for title in session.title.all())
    assert titles == [
        "Effects for Everyone",
        "Gradual Types in Practice",
        "Languages for the Next Decade",  # shown under two subevents: read once
        "SIGPLAN Business Meeting",  # a session holding no paper is read, without "Session: "
    ]
    gradual = by_id(programme, "paper-gradual")
    people = people_of(programme)
    by_role = [(people[role.person_id], role.role) for role in gradual.roles]
    assert by_role == [("Grace B. Hopper", "speaker"), ("Alan Turing", "speaker"), ("Ada Byron", "moderator")]


def test_kinds_by_track_and_a_slot_past_midnight() -> None:
    programme = load("researchr.xml").programme
    assert by_id(programme, "keynote-1").kind == "plenary"  # "Keynote Talks"
    assert by_id(programme, "paper-gradual").kind == "talk"
    business = next(s for s in programme.sessions if "SIGPLAN Business Meeting" in s.title.all())
    assert business.end.isoformat() == "2021-10-18T00:30:00-05:00"


def test_a_slot_without_times_is_refused_with_its_place() -> None:
    content = (FIXTURES / "researchr.xml").read_bytes().replace(b"<start_time>10:50</start_time>", b"", 1)
    with pytest.raises(ProgrammeError) as refused:
        load_programme_bytes(content, "broken-researchr.xml")
    assert "subevent[0].timeslot[2]" in str(refused.value) and "start_time" in str(refused.value)


def test_an_older_export_without_event_ids_tells_sessions_by_their_titles() -> None:
    """POPL 2019's export gives no <event_id>: the slots titled "Session: …" are the sessions."""
    content = re.sub(rb"\s*<event_id>[^<]*</event_id>", b"", (FIXTURES / "researchr.xml").read_bytes())
    programme = load_programme_bytes(content, "popl-like.xml").programme
    titles = sorted(title for session in programme.sessions for title in session.title.all())
    assert titles == [
        "Effects for Everyone",
        "Gradual Types in Practice",
        "Languages for the Next Decade",
        "SIGPLAN Business Meeting",
    ]
