"""Room fit, without Telegram: how many people follow each session against its room's seats,
which sessions pass the threshold, and which bigger room is free at that time (pure: the
programme and the follower counts in, answers out).

/popular and /status show the figures (bot/answers/room_fit.py); the sweeper tells organisers
once per session (bot/delivery/room_alerts.py); the bigger room is proposed as a move, planned
by bot/organising.py and confirmed through the one door like any other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.organising import free_rooms
from bot.programme.model import Programme, Session


@dataclass(frozen=True, slots=True)
class Fit:
    """A session's followers against its room's seats (`capacity` None: the room's are unknown)."""

    session: Session
    followers: int
    capacity: int | None

    @property
    def ratio(self) -> float | None:
        """Followers per seat (1.0: as many as seats), None when the seats are unknown."""
        return self.followers / self.capacity if self.capacity else None


def fit_of(programme: Programme, session: Session, followers: int) -> Fit:
    room = programme.room(session.room_id)
    return Fit(session, followers, room.capacity if room else None)


def popular(programme: Programme, followers: Mapping[str, int], now: datetime) -> list[Fit]:
    """Sessions still to end at `now`, not cancelled, with at least one follower: the most
    followed first (then the earliest)."""
    found = []
    for session_id, count in followers.items():
        session = programme.session(session_id)
        if session is None or session.cancelled or session.end <= now or count <= 0:
            continue
        found.append(fit_of(programme, session, count))
    return sorted(found, key=lambda f: (-f.followers, f.session.start, f.session.id))


def fullest(fits: list[Fit], count: int = 5) -> list[Fit]:
    """The `count` sessions whose room is fullest (followers per seat), among rooms with seats."""
    known = [f for f in fits if f.ratio is not None]
    return sorted(known, key=lambda f: (-(f.ratio or 0), f.session.start, f.session.id))[:count]


def is_full(fit: Fit, percent: float) -> bool:
    """Whether the followers reach `percent` of the room's seats (never when they are unknown)."""
    return percent > 0 and fit.capacity is not None and fit.followers * 100 >= fit.capacity * percent


def bigger_room(programme: Programme, session: Session, followers: int, percent: float) -> str | None:
    """A room with more seats than the session's, free at its time: the smallest one where its
    followers stay under `percent` of the seats, else the largest; None when no such room."""
    room = programme.room(session.room_id)
    seats = room.capacity if room and room.capacity else 0
    larger = [
        room_id
        for room_id in free_rooms(programme, session)
        if (programme.rooms[room_id].capacity or 0) > seats
    ]
    if not larger:
        return None

    def capacity(room_id: str) -> int:
        return programme.rooms[room_id].capacity or 0

    roomy = [r for r in larger if not is_full(Fit(session, followers, capacity(r)), percent)]
    return min(roomy, key=capacity) if roomy else max(larger, key=capacity)


def moves_to_bigger_rooms(
    programme: Programme, fits: Iterable[Fit], percent: float
) -> Iterator[tuple[Session, str]]:
    """The sessions of `fits`, in their order, that reach `percent` of their seats, each with the
    bigger room free at its time that it could move to (`bigger_room`); those with none are left out."""
    for fit in fits:
        if not is_full(fit, percent):
            continue
        room_id = bigger_room(programme, fit.session, fit.followers, percent)
        if room_id is not None:
            yield fit.session, room_id
