"""A track asked for beside a word for one ("the security track", "la piste DevOps", "el track de
ciencia"): the sessions of that track, now, next, at a time or on a day. Tried on pretalx's demo
(its frab export), a large frab file (35C3) and FOSDEM 2017's devrooms; Mechelen has no tracks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.answers.reply import respond, respond_in
from bot.programme.loading import load_programme
from bot.programme.model import Programme
from bot.understand.followup import Conversations
from bot.understand.parse import parse

HELD_OUT = Path(__file__).resolve().parents[2] / "bench" / "heldout" / "programmes"


@pytest.fixture(scope="module")
def congress() -> Programme:
    return load_programme(HELD_OUT / "35c3.schedule.xml").programme


def answered(text: str, at: str, programme: Programme) -> tuple[str, str, list[str]]:
    """The rule, the intent and the ids of the sessions a message is answered with."""
    instant = datetime.fromisoformat(at)
    answer = respond(text, instant, programme).as_json(programme)
    return parse(text, instant, programme).rule, answer["intent"], [s["id"] for s in answer["sessions"]]


def of_track(programme: Programme, track: str, day: str = "") -> list[str]:
    return [
        s.id
        for s in sorted(programme.sessions, key=lambda s: (s.start, s.room_id or ""))
        if s.track == track and not s.cancelled and s.start.isoformat().startswith(day)
    ]


@pytest.mark.parametrize(
    "text",
    ["the cross-group track", "c'est quoi la piste cross group ?", "¿qué hay en el track cross group?"],
)
def test_a_track_asked_by_its_name_gives_its_sessions(text: str, programmes: dict[str, Programme]) -> None:
    democon = programmes["democon"]
    rule, intent, ids = answered(text, "2026-11-21T08:00:00+01:00", democon)
    assert (rule, intent) == ("track", "search")
    assert ids == of_track(democon, "Cross-group")


def test_a_track_on_a_day(programmes: dict[str, Programme]) -> None:
    democon = programmes["democon"]
    _, _, ids = answered("la piste reverse engineered demain", "2026-11-21T20:00:00+01:00", democon)
    assert ids == of_track(democon, "Reverse-engineered", "2026-11-22") != []


def test_a_track_in_another_language_and_with_a_slip(congress: Programme) -> None:
    security = of_track(congress, "Security")
    assert answered("la piste sécurité", "2018-12-27T09:00:00+01:00", congress)[2] == security
    assert answered("anything on the securty track?", "2018-12-27T09:00:00+01:00", congress)[2] == security


def test_next_and_now_on_a_track(congress: Programme) -> None:
    at = "2018-12-28T12:00:00+01:00"
    instant = datetime.fromisoformat(at)
    science = [s for s in congress.sessions if s.track == "Science"]
    later = min(s.start for s in science if s.start > instant)
    rule, intent, ids = answered("what's next on the science track?", at, congress)
    assert (rule, intent) == ("track", "next")
    assert ids == [s.id for s in sorted(science, key=lambda s: s.room_id or "") if s.start == later]
    running = [s.id for s in science if s.is_running(instant)]
    assert running
    assert answered("¿qué hay ahora en el track de ciencia?", at, congress)[1:] == ("now", running)


def test_what_is_on_a_track_with_nothing_of_it_now_lists_the_track(congress: Programme) -> None:
    rule, intent, ids = answered("what's on the resilience track?", "2018-12-27T03:00:00+01:00", congress)
    assert (rule, intent, ids) == ("track", "search", of_track(congress, "Resilience"))


def test_a_devroom_named_with_a_little_word() -> None:
    fosdem = load_programme(HELD_OUT / "fosdem-2017.2017.xml", tz="Europe/Brussels").programme
    at = datetime.fromisoformat("2017-02-04T10:00:00+01:00")
    question = parse("what's next in the go devroom?", at, fosdem)
    assert (question.rule, question.tracks) == ("track", ("Go",))
    assert parse("where do i go for the perl devroom", at, fosdem).tracks == ("Perl",)


def test_a_track_word_alone_is_a_topic(congress: Programme) -> None:
    """ "security" with no word for a track is a topic; a track word naming no track is not a track."""
    at = datetime.fromisoformat("2018-12-27T09:00:00+01:00")
    assert parse("anything on security", at, congress).rule == "topic-or-kind"
    assert parse("the knitting track", at, congress).tracks == ()


def test_a_programme_without_tracks(programmes: dict[str, Programme]) -> None:
    at = datetime.fromisoformat("2017-11-16T10:00:00+01:00")
    assert parse("la piste migrations", at, programmes["mechelen"]).tracks == ()


def test_the_reply_names_the_track(congress: Programme) -> None:
    """After the track's last session, "next" says the track has nothing more, not that the
    conference is over; the heading names the track in the reader's language."""
    late = datetime.fromisoformat("2018-12-30T19:00:00+01:00")
    assert "Security" in respond("next on the security track", late, congress).html
    assert "conference is over" not in respond("next on the security track", late, congress).html
    noon = datetime.fromisoformat("2018-12-28T12:00:00+01:00")
    assert respond("¿qué hay ahora en el track de ciencia?", noon, congress).html.startswith(
        "Ahora mismo en el track «Science»"
    )


def test_ask_json_names_the_tracks_asked(congress: Programme) -> None:
    at = datetime.fromisoformat("2018-12-28T12:00:00+01:00")
    answer = respond("la piste sécurité demain", at, congress).as_json(congress)
    assert answer["tracks"] == ["Security"]
    assert "tracks" not in respond("anything on security", at, congress).as_json(congress)


def test_follow_ups_keep_the_track(congress: Programme) -> None:
    """ "la piste sécurité aujourd'hui" then "et demain ?": the track the next day; "next on the
    security track" then "and after that?": the rest of the track."""
    at = datetime.fromisoformat("2018-12-28T12:00:00+01:00")
    chat = Conversations()
    respond_in(chat, "a", "la piste sécurité aujourd'hui", at, congress)
    tomorrow = respond_in(chat, "a", "et demain ?", at, congress).as_json(congress)
    assert [s["id"] for s in tomorrow["sessions"]] == of_track(congress, "Security", "2018-12-29")
    respond_in(chat, "b", "next on the security track", at, congress)
    rest = respond_in(chat, "b", "and after that?", at, congress).as_json(congress)
    starts = {s.id: s.start for s in congress.sessions}
    later = [s for s in of_track(congress, "Security") if starts[s] > at]
    assert [s["id"] for s in rest["sessions"]] == later[1:]


@pytest.fixture(scope="module")
def fosdem_2026() -> Programme:
    return load_programme(HELD_OUT / "fosdem-2026.2026.xml").programme


def test_a_devroom_named_by_its_track_is_the_room_it_is_held_in(fosdem_2026: Programme) -> None:
    """FOSDEM 2026's rooms are named by codes, and each holds one devroom a day: "la salle rust",
    "la sala de python", "the kernel room" are the rooms of those tracks that day, with everything
    the room holds ("la suite" runs into the next day's devroom there)."""
    programme = fosdem_2026
    rust = next(s.room_id for s in programme.sessions if s.track == "Rust" and s.room_id)
    sunday = "2026-02-01T"
    rule, intent, ids = answered("la suite dans la salle rust ?", sunday + "11:00:00+01:00", programme)
    held = [
        s.id
        for s in programme.sessions_in_room(rust)
        if s.end > datetime.fromisoformat(sunday + "11:00:00+01:00")
    ]
    assert (rule, intent) == ("next-in-room", "next")
    assert set(ids) == set(held)
    python = next(s.room_id for s in programme.sessions if s.track == "Python")
    rule, intent, ids = answered("que hay ahora en la sala de python", "2026-01-31T15:00:00+01:00", programme)
    assert (rule, intent) == ("now-in-room", "now")
    assert {s.room_id for s in programme.sessions if s.id in ids} == {python}
    # A word of no track beside a word for a room is still no room here.
    assert (
        answered("que hay ahora en la sala de chocolate", "2026-01-31T15:00:00+01:00", programme)[0]
        != "now-in-room"
    )


def test_next_in_a_devroom_is_what_is_on_there_and_all_that_comes(fosdem_2026: Programme) -> None:
    """A track held as one room at a time (a FOSDEM devroom) answers "next up in the X devroom?"
    as its room does: the session on now, then the rest of the track; a congress track whose
    sessions overlap still gives the next to start."""
    programme = fosdem_2026
    at = datetime.fromisoformat("2026-02-01T11:00:00+01:00")
    rust = sorted((s for s in programme.sessions if s.track == "Rust"), key=lambda s: s.start)
    rule, intent, ids = answered("next up in the rust devroom?", at.isoformat(), programme)
    assert (rule, intent) == ("track", "next")
    assert ids == [s.id for s in rust if s.end > at]


def test_a_devroom_by_its_track_in_a_follow_up_keeps_the_time(fosdem_2026: Programme) -> None:
    """ "¿qué hay el domingo a las 11?", "y en la sala de rust?": the Rust devroom on Sunday at 11."""
    at = datetime.fromisoformat("2026-01-31T20:00:00+01:00")
    chat = Conversations()
    respond_in(chat, "a", "que hay el domingo a las 11?", at, fosdem_2026)
    there = respond_in(chat, "a", "y en la sala de rust?", at, fosdem_2026).as_json(fosdem_2026)
    eleven = datetime.fromisoformat("2026-02-01T11:00:00+01:00")
    rust_room = next(
        s.room_id for s in fosdem_2026.sessions if s.track == "Rust" and s.start.day == 1 and s.room_id
    )
    assert there["intent"] == "at_time"
    assert [s["id"] for s in there["sessions"]] == [
        s.id for s in fosdem_2026.sessions_in_room(rust_room) if s.start <= eleven < s.end
    ]


def test_the_last_talk_of_a_devroom_on_a_day(fosdem_2026: Programme) -> None:
    """ "what's the last talk in the rust devroom on sunday": the Rust track's last that day, not
    the conference's closing talk."""
    sunday = datetime.fromisoformat("2026-02-01T10:00:00+01:00")
    rust = [s for s in fosdem_2026.sessions if s.track == "Rust" and s.start.date() == sunday.date()]
    last = max(s.start for s in rust)
    rule, intent, ids = answered(
        "what's the last talk in the rust devroom on sunday", sunday.isoformat(), fosdem_2026
    )
    assert (rule, intent) == ("last-session", "search")
    assert ids == [s.id for s in rust if s.start == last]
