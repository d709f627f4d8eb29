"""Questions to the panel, the pure rules: when a session takes questions, who hosts them, who may
vote or moderate, their order, and the rate limit."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from bot.panel import (
    LOOK_BACK,
    QUESTION_LIMIT,
    Question,
    Refusal,
    Standing,
    State,
    askable,
    check_text,
    hosts_of,
    moderation_refusal,
    next_allowed,
    offered,
    ranked,
    standing,
    takes_questions,
    vote_refusal,
)
from bot.programme.model import Programme, Session

DRIVERS = "d1-session-drivers-of-migration"  # 15:00–16:30, two moderators and six speakers
START = datetime.fromisoformat("2017-11-16T15:00:00+01:00")
ORGANISERS = (900, 901)


def drivers(mechelen: Programme) -> Session:
    session = mechelen.session(DRIVERS)
    assert session is not None
    return session


def test_a_session_takes_questions_from_its_start_to_its_end_only(mechelen: Programme) -> None:
    session = drivers(mechelen)
    assert not takes_questions(session, START - timedelta(seconds=1))
    assert takes_questions(session, START)
    assert takes_questions(session, session.end - timedelta(seconds=1))
    assert not takes_questions(session, session.end)
    assert not takes_questions(replace(session, cancelled=True), START)
    lunch = mechelen.session("d1-lunch")
    assert lunch is not None and not takes_questions(lunch, lunch.start)


def test_the_claimed_moderator_hosts_else_the_claimed_speakers_else_the_organisers(
    mechelen: Programme,
) -> None:
    session = drivers(mechelen)
    claimed = {"katja-schaefer": 1, "soualiho-sylla": 2, "mehmet-duman": 3}
    assert hosts_of(session, claimed.get, ORGANISERS) == frozenset({1})
    del claimed["katja-schaefer"]
    assert hosts_of(session, claimed.get, ORGANISERS) == frozenset({2, 3})
    nobody: dict[str, int] = {}
    assert hosts_of(session, nobody.get, ORGANISERS) == frozenset(ORGANISERS)
    # Someone who claimed a person of another session hosts nothing here.
    assert hosts_of(session, {"joan-clos": 7}.get, ORGANISERS) == frozenset(ORGANISERS)


def test_standing_host_before_organiser_before_follower() -> None:
    hosts = frozenset({1})
    assert standing(1, hosts, organiser=True, follows=True) == Standing.HOST
    assert standing(2, hosts, organiser=True, follows=True) == Standing.ORGANISER
    assert standing(3, hosts, organiser=False, follows=True) == Standing.FOLLOWER
    assert standing(4, hosts, organiser=False, follows=False) == Standing.NONE


def question(number: int, votes: int, minutes: int, state: State = State.OPEN, asker: int = 10) -> Question:
    return Question(number, DRIVERS, asker, f"q{number}", START + timedelta(minutes=minutes), state, votes)


def test_ranked_by_votes_then_by_who_asked_first() -> None:
    questions = [
        question(1, 0, 1),
        question(2, 3, 5),
        question(3, 3, 2),
        question(4, 9, 0, State.HIDDEN),
        question(5, 1, 9),
        question(6, 5, 3, State.ANSWERED),
    ]
    assert [q.id for q in ranked(questions)] == [3, 2, 5, 1]
    assert [q.id for q in ranked(questions, State.ANSWERED)] == [6]


def test_three_questions_in_ten_minutes_then_wait_for_the_oldest_to_leave_the_window() -> None:
    window = timedelta(minutes=10)
    now = START + timedelta(minutes=20)
    asked = [now - timedelta(minutes=m) for m in (12, 8, 4)]
    assert next_allowed(asked, now, 3, window) is None  # one of them is older than the window
    asked.append(now - timedelta(minutes=1))
    assert next_allowed(asked, now, 3, window) == now + timedelta(minutes=2)
    assert next_allowed(asked, now + timedelta(minutes=2), 3, window) is None
    assert next_allowed([], now, 1, window) is None


def test_a_question_is_kept_as_written_within_its_limit() -> None:
    assert check_text("  Wie finanziert das?\n ") == ("Wie finanziert das?", None)
    assert check_text(" \n ") == ("", Refusal.EMPTY)
    assert check_text("x" * (QUESTION_LIMIT + 1))[1] == Refusal.TOO_LONG
    assert check_text("x" * QUESTION_LIMIT)[1] is None


def test_only_followers_vote_once_for_someone_elses_open_question_during_the_session(
    mechelen: Programme,
) -> None:
    session = drivers(mechelen)
    now = START + timedelta(minutes=30)
    open_ = question(1, 0, 1, asker=10)
    follower = Standing.FOLLOWER
    assert vote_refusal(open_, 20, follower, False, session, now) is None
    assert vote_refusal(open_, 20, follower, True, session, now) == Refusal.ALREADY
    assert vote_refusal(open_, 10, follower, False, session, now) == Refusal.OWN
    assert vote_refusal(open_, 20, Standing.NONE, False, session, now) == Refusal.NOT_FOLLOWING
    assert vote_refusal(open_, 20, Standing.HOST, False, session, now) == Refusal.NOT_FOLLOWING
    assert vote_refusal(open_, 20, follower, False, session, session.end) == Refusal.NOT_ON
    answered = question(2, 0, 1, State.ANSWERED)
    assert vote_refusal(answered, 20, follower, False, session, now) == Refusal.CLOSED


def test_hosts_mark_answered_and_hide_organisers_hide_only() -> None:
    open_, hidden = question(1, 0, 1), question(2, 0, 1, State.HIDDEN)
    assert moderation_refusal(open_, Standing.HOST, hide=False) is None
    assert moderation_refusal(open_, Standing.HOST, hide=True) is None
    assert moderation_refusal(open_, Standing.ORGANISER, hide=True) is None
    assert moderation_refusal(open_, Standing.ORGANISER, hide=False) == Refusal.NOT_HOST
    assert moderation_refusal(open_, Standing.FOLLOWER, hide=True) == Refusal.NOT_HOST
    assert moderation_refusal(hidden, Standing.HOST, hide=True) == Refusal.CLOSED


def test_offered_to_hosts_until_an_hour_after_the_end_to_followers_while_it_runs(mechelen: Programme) -> None:
    session = drivers(mechelen)
    during, after = START + timedelta(minutes=30), session.end + LOOK_BACK / 2
    places = (Standing.HOST, Standing.ORGANISER, Standing.FOLLOWER, Standing.NONE)
    assert [offered(session, place, during) for place in places] == [True, True, True, False]
    assert [offered(session, place, after) for place in places] == [True, True, False, False]
    assert [offered(session, place, session.end + LOOK_BACK) for place in places] == [False] * 4


def test_askable_are_the_starred_sessions_running_now(mechelen: Programme) -> None:
    during = START + timedelta(minutes=30)
    assert [x.id for x in askable(mechelen, frozenset({DRIVERS, "d1-opening"}), during)] == [DRIVERS]
    assert askable(mechelen, frozenset({DRIVERS}), drivers(mechelen).end) == []
