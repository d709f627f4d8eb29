"""Questions to the panel, decided without Telegram or the database: when a session takes
questions, who hosts them (its claimed moderators, else its claimed speakers, else the
organisers), what each person may do with them, their order, and how many one person may ask.

The store (bot/store/panel.py) keeps the questions and the votes; the handlers
(handlers/panel.py) ask here before doing anything, on every button, and render with
bot/answers/panel.py. Who asked a question is kept for the rate limit and never shown to anyone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.programme.kinds import PAUSE_KINDS
from bot.programme.model import MODERATOR, Programme, Session

QUESTION_LIMIT = 280  # characters of a question, as a panel reads it out
# Hosts look back at a session's questions this long after it ended, with /questions alone.
LOOK_BACK = timedelta(hours=1)


class State(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    HIDDEN = "hidden"


class Standing(StrEnum):
    """What one person may do with one session's questions."""

    HOST = "host"  # sees every question ranked, marks them answered, hides them
    ORGANISER = "organiser"  # an organiser who does not host this session: sees them, hides them
    FOLLOWER = "follower"  # follows the session: sees the open questions, votes once each
    NONE = "none"  # asks, and sees nothing


class Refusal(StrEnum):
    """Why an action on a question is refused (bot/answers/panel.py says it in words)."""

    NOT_ON = "not-on"  # the session is not running (or takes no questions)
    NOT_FOLLOWING = "not-following"
    NOT_HOST = "not-host"
    OWN = "own"  # a vote for one's own question
    ALREADY = "already"  # a second vote
    CLOSED = "closed"  # answered or hidden already
    TOO_LONG = "too-long"
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class Question:
    """One question as the store gives it, with its number of votes."""

    id: int
    session_id: str
    asker: int
    text: str
    asked_at: datetime
    state: State
    votes: int = 0


def takes_questions(session: Session, now: datetime) -> bool:
    """A session takes questions while it runs (start ≤ now < end), unless cancelled or a break."""
    return session.is_running(now) and not session.cancelled and session.kind not in PAUSE_KINDS


def hosts_of(
    session: Session, user_of: Callable[[str], int | None], organisers: Iterable[int]
) -> frozenset[int]:
    """Who takes a session's questions: the Telegram users who claimed its moderators; if none
    did, those who claimed its other people; if none did either, the organisers."""
    moderators = {user_of(role.person_id) for role in session.roles if role.role == MODERATOR}
    moderators.discard(None)
    if moderators:
        return frozenset(u for u in moderators if u is not None)
    speakers = {u for u in (user_of(p) for p in session.person_ids) if u is not None}
    return frozenset(speakers) if speakers else frozenset(organisers)


def standing(user_id: int, hosts: frozenset[int], *, organiser: bool, follows: bool) -> Standing:
    if user_id in hosts:
        return Standing.HOST
    if organiser:
        return Standing.ORGANISER
    return Standing.FOLLOWER if follows else Standing.NONE


def shown_to_hosts(session: Session, now: datetime) -> bool:
    """Whether /questions alone offers a session to its hosts: running, or ended within LOOK_BACK."""
    return session.start <= now < session.end + LOOK_BACK and takes_questions(session, session.start)


def offered(session: Session, place: Standing, now: datetime) -> bool:
    """Whether /questions alone offers a session to someone of that standing: to its hosts and the
    organisers while it is `shown_to_hosts`, to its followers while it takes questions."""
    if place in (Standing.HOST, Standing.ORGANISER):
        return shown_to_hosts(session, now)
    return place == Standing.FOLLOWER and takes_questions(session, now)


def askable(programme: Programme, starred: frozenset[str], now: datetime) -> list[Session]:
    """The sessions someone following `starred` may ask a question of now, in the programme's order."""
    return [x for x in programme.sessions if x.id in starred and takes_questions(x, now)]


def ranked(questions: Iterable[Question], state: State = State.OPEN) -> list[Question]:
    """The questions in one state, most votes first; of equal votes, the one asked first."""
    return sorted((q for q in questions if q.state == state), key=lambda q: (-q.votes, q.asked_at, q.id))


def next_allowed(asked: Iterable[datetime], now: datetime, limit: int, window: timedelta) -> datetime | None:
    """When one person may ask again for a session, having asked at `asked`: None when they may
    now (fewer than `limit` questions within `window` before now)."""
    recent = sorted(t for t in asked if now - window < t <= now)
    if len(recent) < limit:
        return None
    # The oldest question that keeps them at the limit leaves the window at this instant.
    return recent[len(recent) - limit] + window


def check_text(text: str) -> tuple[str, Refusal | None]:
    """The question as it will be kept (its own words, spaces at the ends removed) and what is
    wrong with it, if anything."""
    kept = text.strip()
    if not kept:
        return kept, Refusal.EMPTY
    if len(kept) > QUESTION_LIMIT:
        return kept, Refusal.TOO_LONG
    return kept, None


def vote_refusal(
    question: Question, voter: int, standing_: Standing, voted: bool, session: Session, now: datetime
) -> Refusal | None:
    """Why `voter` may not vote for `question` now, or None: only followers vote, once each, for
    someone else's open question, while the session runs."""
    if not takes_questions(session, now):
        return Refusal.NOT_ON
    if question.state != State.OPEN:
        return Refusal.CLOSED
    if question.asker == voter:
        return Refusal.OWN
    if standing_ != Standing.FOLLOWER:
        # Hosts and organisers moderate; only those who follow the session vote.
        return Refusal.NOT_FOLLOWING
    if voted:
        return Refusal.ALREADY
    return None


def moderation_refusal(question: Question, standing_: Standing, *, hide: bool) -> Refusal | None:
    """Hosts mark a question answered or hide it; organisers may hide any question."""
    if standing_ == Standing.HOST or (hide and standing_ == Standing.ORGANISER):
        return None if question.state == State.OPEN else Refusal.CLOSED
    return Refusal.NOT_HOST
