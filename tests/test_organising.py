"""An organiser's changes planned without Telegram (bot/organising.py), and their refusals in words
(bot/answers/organising.py), on the shipped programme; the examples of the organisers' /help."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.answers.organising import SEVERAL_LISTED, changes_text, refusal_text, several_sessions_text
from bot.i18n import speaker
from bot.organising import (
    NO_EXAMPLE,
    AlreadyCancelled,
    AlreadyThere,
    EndBeforeStart,
    Example,
    NotCancelled,
    OutsideDays,
    RoomTaken,
    UnknownRoom,
    changeable,
    example_of,
    lookup_sessions,
    plan_cancel,
    plan_move,
    plan_restore,
    plan_retime,
    plan_shift,
    read_new_time,
    room_named,
    sessions_to_change,
)
from bot.programme.changes import ChangeKind, SessionChange, Slot, apply_slot
from bot.programme.model import Programme, Session
from bot.store.changes import AuditEntry

BRUSSELS = ZoneInfo("Europe/Brussels")
YOUTH = "d2-workshop-youth-migration"  # Scala, Friday 17 November 2017, 13:30–14:30
EUROPEAN = "d2-workshop-european-perspective"  # Dijlezaal at the same time
NOW = datetime(2017, 11, 16, 9, 0, tzinfo=BRUSSELS)


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BRUSSELS)


def session(programme: Programme, session_id: str) -> Session:
    found = programme.session(session_id)
    assert found is not None
    return found


def cancelled(programme: Programme, session_id: str) -> Programme:
    """The programme with one session cancelled, as the door would leave it."""
    return programme.replace_sessions(
        apply_slot(s, Slot(s.start, s.end, s.room_id, cancelled=True)) if s.id == session_id else s
        for s in programme.sessions
    )


def test_lookup_by_id_is_that_session(mechelen: Programme) -> None:
    assert lookup_sessions(mechelen, f"  {YOUTH} ", NOW) == [session(mechelen, YOUTH)]


def test_lookup_by_words_finds_the_session(mechelen: Programme) -> None:
    assert [s.id for s in lookup_sessions(mechelen, "youth migration", NOW)] == [YOUTH]


def test_lookup_by_words_of_nothing_is_empty(mechelen: Programme) -> None:
    assert lookup_sessions(mechelen, "zzzqqq", NOW) == []


def test_breaks_held_everywhere_are_not_changeable(mechelen: Programme) -> None:
    pauses = [s for s in mechelen.sessions if s.kind in ("break", "lunch") and s.room_id is None]
    assert pauses and not any(changeable(s) for s in pauses)
    assert changeable(session(mechelen, YOUTH))


def test_room_named_by_its_name(mechelen: Programme) -> None:
    assert (room_named(mechelen, "Alcazar"), room_named(mechelen, "nowhere at all")) == ("alcazar", None)


def test_move_to_a_free_room(mechelen: Programme) -> None:
    youth = session(mechelen, YOUTH)
    assert plan_move(mechelen, youth, "alcazar") == SessionChange(
        YOUTH, ChangeKind.MOVED, Slot.of(youth), Slot(youth.start, youth.end, "alcazar")
    )


def test_move_to_a_room_in_use_is_refused(mechelen: Programme) -> None:
    refusal = plan_move(mechelen, session(mechelen, YOUTH), "dijlezaal")
    assert refusal == RoomTaken("dijlezaal", session(mechelen, EUROPEAN))
    text = refusal_text(refusal, mechelen, speaker("en", BRUSSELS))
    assert text.startswith("Dijlezaal is already used then by “The European perspective")


def test_move_to_a_room_whose_session_is_cancelled_is_allowed(mechelen: Programme) -> None:
    programme = cancelled(mechelen, EUROPEAN)
    planned = plan_move(programme, session(programme, YOUTH), "dijlezaal")
    assert isinstance(planned, SessionChange) and planned.kind == ChangeKind.MOVED


def test_move_to_its_own_room_or_an_unknown_one_is_refused(mechelen: Programme) -> None:
    youth = session(mechelen, YOUTH)
    assert (plan_move(mechelen, youth, "scala"), plan_move(mechelen, youth, "0")) == (
        AlreadyThere(),
        UnknownRoom("0"),
    )


def test_retime_keeps_the_duration(mechelen: Programme) -> None:
    youth = session(mechelen, YOUTH)
    times = read_new_time(mechelen, youth, "16:45")
    assert times == (local("2017-11-17T16:45"), local("2017-11-17T17:45"))
    assert plan_retime(mechelen, youth, *times) == SessionChange(
        YOUTH, ChangeKind.RETIMED, Slot.of(youth), Slot(times[0], times[1], "scala")
    )


def test_retime_with_a_day_and_an_end(mechelen: Programme) -> None:
    youth = session(mechelen, YOUTH)
    assert read_new_time(mechelen, youth, "thursday 15h30-16h") == (
        local("2017-11-16T15:30"),
        local("2017-11-16T16:00"),
    )


def test_retime_of_no_time_is_none(mechelen: Programme) -> None:
    assert read_new_time(mechelen, session(mechelen, YOUTH), "whenever") is None


def test_retime_outside_the_conference_days_is_refused(mechelen: Programme) -> None:
    youth = session(mechelen, YOUTH)
    times = read_new_time(mechelen, youth, "saturday 10:00")
    assert times is not None
    refusal = plan_retime(mechelen, youth, *times)
    assert refusal == OutsideDays()
    text = refusal_text(refusal, mechelen, speaker("en", BRUSSELS))
    assert text.startswith("That is outside the conference days (")


def test_retime_ending_before_it_starts_is_refused(mechelen: Programme) -> None:
    youth = session(mechelen, YOUTH)
    assert plan_retime(mechelen, youth, youth.end, youth.start) == EndBeforeStart()


def test_shift_keeps_the_duration_and_the_room(mechelen: Programme) -> None:
    youth = session(mechelen, YOUTH)
    planned = plan_shift(mechelen, youth, -15)
    assert isinstance(planned, SessionChange) and planned.after is not None
    later = timedelta(minutes=-15)
    assert (planned.after.start, planned.after.end, planned.after.room_id) == (
        youth.start + later,
        youth.end + later,
        "scala",
    )


def test_cancel_then_cancel_again(mechelen: Programme) -> None:
    youth = session(mechelen, YOUTH)
    assert plan_cancel(mechelen, youth) == SessionChange(
        YOUTH, ChangeKind.CANCELLED, Slot.of(youth), Slot(youth.start, youth.end, "scala", cancelled=True)
    )
    programme = cancelled(mechelen, YOUTH)
    assert plan_cancel(programme, session(programme, YOUTH)) == AlreadyCancelled()


def test_restore_of_a_session_not_cancelled_is_refused(mechelen: Programme) -> None:
    assert plan_restore(mechelen, session(mechelen, YOUTH)) == NotCancelled()


def test_restore_of_a_cancelled_session(mechelen: Programme) -> None:
    programme = cancelled(mechelen, YOUTH)
    planned = plan_restore(programme, session(programme, YOUTH))
    assert isinstance(planned, SessionChange) and planned.before is not None
    assert (planned.kind, planned.after) == (
        ChangeKind.RESTORED,
        Slot(planned.before.start, planned.before.end, "scala"),
    )


def test_restore_into_a_room_taken_since_is_refused(mechelen: Programme) -> None:
    # Youth migration cancelled, then the European perspective moved into Scala at its time.
    programme = cancelled(mechelen, YOUTH)
    european = session(programme, EUROPEAN)
    moved = plan_move(programme, european, "scala")
    assert isinstance(moved, SessionChange) and moved.after is not None
    programme = programme.replace_sessions(
        apply_slot(s, moved.after) if s.id == EUROPEAN else s for s in programme.sessions
    )
    assert plan_restore(programme, session(programme, YOUTH)) == RoomTaken(
        "scala", session(programme, EUROPEAN)
    )


def test_example_names_the_next_session_a_free_room_and_a_free_later_time(mechelen: Programme) -> None:
    # The opening starts at NOW (not still to come): the global compact, in the auditorium, is next.
    assert example_of(mechelen, NOW) == Example(
        "d1-discussion-global-compact", "Dijlezaal", "11:30", "Bart Somers"
    )


def test_example_after_the_conference_names_the_first_session_at_an_hour_its_room_is_free(
    mechelen: Programme,
) -> None:
    # The auditorium is taken at 10:00 and 11:00: the first hour it is free is 12:00.
    assert example_of(mechelen, local("2030-01-01T00:00")) == Example(
        "d1-opening", "Dijlezaal", "12:00", "Bart Somers"
    )


def test_example_of_a_programme_without_sessions_names_placeholders(mechelen: Programme) -> None:
    assert example_of(mechelen.replace_sessions([]), NOW) == NO_EXAMPLE


def test_sessions_to_change_leave_out_breaks_held_everywhere(mechelen: Programme) -> None:
    assert [x.id for x in lookup_sessions(mechelen, "lunch", NOW)] == ["d1-lunch", "d2-lunch"]
    assert sessions_to_change(mechelen, "lunch", NOW) == []
    assert sessions_to_change(mechelen, YOUTH, NOW) == [session(mechelen, YOUTH)]


def test_several_sessions_are_listed_with_their_ids_at_most_ten(mechelen: Programme) -> None:
    en = speaker("en", BRUSSELS)
    found = sessions_to_change(mechelen, "workshop", NOW)
    assert several_sessions_text(mechelen, [session(mechelen, YOUTH)], en) == (
        "Several sessions match; give its id:\n"
        f"• <code>{YOUTH}</code> — Youth migration: why the silence? (Friday 17 November at 1:30\u202fPM)"
    )
    many = several_sessions_text(mechelen, found * 3, en)
    assert many.count("\n• <code>") == SEVERAL_LISTED


def test_changes_list_those_to_sessions_who_made_them_and_whether_undone(mechelen: Programme) -> None:
    entries = [
        AuditEntry(3, NOW, 42, "move", YOUTH, None, None, True),
        AuditEntry(2, NOW, 42, "broadcast", None, None, None, False),  # not a change to a session
        AuditEntry(1, NOW, None, "cancel", "gone<x>", None, None, False),  # a session no longer there
    ]
    at = "Thursday 16 November at 9:00\u202fAM"
    assert changes_text(mechelen, entries, speaker("en", BRUSSELS)) == (
        "<b>Changes to the programme</b>\n"
        f"• {at} — move — Youth migration: why the silence? — 42 (undone)\n"
        f"• {at} — cancel — gone&lt;x&gt; — programme file"
    )


def test_no_changes_to_sessions_says_so(mechelen: Programme) -> None:
    entries = [AuditEntry(2, NOW, 42, "broadcast", None, None, None, False)]
    assert (
        changes_text(mechelen, entries, speaker("en", BRUSSELS))
        == "No change has been made to the programme."
    )


def test_retime_to_an_hour_of_the_night_is_that_day_s_night(mechelen: Programme) -> None:
    """ "thursday 01:00" is the night after Thursday, as the answers read "1 a.m." on a programme
    day; "23:30-01:00" ends after midnight."""
    youth = session(mechelen, YOUTH)
    assert read_new_time(mechelen, youth, "thursday 01:00") == (
        local("2017-11-17T01:00"),
        local("2017-11-17T02:00"),
    )
    assert read_new_time(mechelen, youth, "thursday 23:30-01:00") == (
        local("2017-11-16T23:30"),
        local("2017-11-17T01:00"),
    )
