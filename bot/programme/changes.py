"""Changes to sessions, whatever their origin (an organiser, a programme reload, an undo).

Pure: what a change is, how one programme differs from another, and how a set of overrides
turns the programme file into the programme in force.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from bot.programme.model import Programme, Session, Text


class ChangeKind(StrEnum):
    """What a change did to a session; stored as its value in the change log."""

    MOVED = "moved"
    RETIMED = "retimed"
    CANCELLED = "cancelled"
    RESTORED = "restored"
    ADDED = "added"
    RETITLED = "retitled"


@dataclass(frozen=True, slots=True)
class Slot:
    """What a change can alter in a session: when, where, whether it happens, its title."""

    start: datetime
    end: datetime
    room_id: str | None
    cancelled: bool = False
    title: Text | None = None

    @classmethod
    def of(cls, session: Session) -> Slot:
        return cls(session.start, session.end, session.room_id, session.cancelled, session.title)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "room": self.room_id,
            "cancelled": self.cancelled,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        return cls(
            datetime.fromisoformat(data["start"]),
            datetime.fromisoformat(data["end"]),
            data.get("room"),
            bool(data.get("cancelled")),
        )


@dataclass(frozen=True, slots=True)
class SessionChange:
    session_id: str
    kind: ChangeKind
    before: Slot | None
    after: Slot | None

    def __post_init__(self) -> None:
        # The change log gives the kind back as a plain string: read it as a member, or refuse.
        try:
            kind = ChangeKind(self.kind)
        except ValueError:
            raise ValueError(f"unknown change kind {self.kind!r}") from None
        object.__setattr__(self, "kind", kind)


def apply_slot(session: Session, slot: Slot) -> Session:
    return replace(session, start=slot.start, end=slot.end, room_id=slot.room_id, cancelled=slot.cancelled)


def with_overrides(base: Programme, overrides: dict[str, Slot]) -> Programme:
    """The programme in force: the file's programme with organisers' overrides on top."""
    if not overrides:
        return base
    sessions = [apply_slot(s, overrides[s.id]) if s.id in overrides else s for s in base.sessions]
    return base.replace_sessions(sessions)


def kind_of(before: Slot, after: Slot) -> ChangeKind:
    if after.cancelled and not before.cancelled:
        return ChangeKind.CANCELLED
    if before.cancelled and not after.cancelled:
        return ChangeKind.RESTORED
    if before.room_id != after.room_id:
        return ChangeKind.MOVED
    if (before.start, before.end) != (after.start, after.end):
        return ChangeKind.RETIMED
    return ChangeKind.RETITLED


def diff(old: Programme, new: Programme) -> list[SessionChange]:
    """How `new` differs from `old`, session by session (by stable id): added, cancelled
    (disappeared or marked so), restored, moved to another room, retimed, retitled."""
    changes: list[SessionChange] = []
    for session in new.sessions:
        previous = old.session(session.id)
        if previous is None:
            changes.append(SessionChange(session.id, ChangeKind.ADDED, None, Slot.of(session)))
            continue
        before, after = Slot.of(previous), Slot.of(session)
        if (before.start, before.end, before.room_id, before.cancelled) != (
            after.start,
            after.end,
            after.room_id,
            after.cancelled,
        ):
            changes.append(SessionChange(session.id, kind_of(before, after), before, after))
        elif previous.title != session.title:
            changes.append(SessionChange(session.id, ChangeKind.RETITLED, before, after))
    for session in old.sessions:
        if new.session(session.id) is None and not session.cancelled:
            before = Slot.of(session)
            changes.append(
                SessionChange(session.id, ChangeKind.CANCELLED, before, replace(before, cancelled=True))
            )
    return changes
