"""The one door every programme change goes through, whatever its origin.

An organiser's /move, a programme reload whose diff found moves and cancellations, an /undo: each
becomes `apply_changes`, which records the changes (overrides and audit log), swaps the programme
in force, has the reminders recomputed, and writes the notices to the outbox for everyone who
starred a session, every speaker linked to it and the conference channel. Nothing else sends
change notices.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime
from typing import Any

from bot.delivery.kinds import OutboxKind
from bot.delivery.outbox import NewMessage, Outbox
from bot.delivery.reminders import Reminders
from bot.programme.changes import ChangeKind, SessionChange, Slot, kind_of
from bot.programme.current import CurrentProgramme
from bot.programme.loading import Loaded
from bot.programme.model import Session
from bot.store.changes import ChangeLog
from bot.store.stars import Stars

# A retitled session keeps its time and place; a new one has nobody following it yet.
SILENT = (ChangeKind.ADDED, ChangeKind.RETITLED)

Recipients = Callable[[str], Awaitable[Iterable[int]]]


class ProgrammeDoor:
    def __init__(
        self,
        programme: CurrentProgramme,
        log: ChangeLog,
        reminders: Reminders,
        outbox: Outbox,
        stars: Stars,
        *,
        speakers_of: Recipients | None = None,
        channels: Iterable[int] = (),
        wake: Callable[[], None] = lambda: None,
    ) -> None:
        self.programme = programme
        self.log = log
        self.reminders = reminders
        self.outbox = outbox
        self.stars = stars
        self.speakers_of = speakers_of
        self.channels = tuple(channels)
        self.wake = wake

    async def load_overrides(self) -> None:
        self.programme.set_overrides(await self.log.overrides())

    async def apply_changes(
        self, changes: list[SessionChange], *, by: int | None, now: datetime, base: Loaded | None = None
    ) -> list[int]:
        """Apply changes made by an organiser (`by`), or found in a new version of the programme
        file (`base`, `by=None`). Returns the audit ids of the changes."""
        sessions_before = {c.session_id: self.programme.snapshot.session(c.session_id) for c in changes}
        ids = await self.log.record(changes, by, now, override=by is not None)
        if base is not None:
            self.programme.set_base(base)
        if by is not None:
            overrides = dict(self.programme.overrides)
            overrides.update({c.session_id: c.after for c in changes if c.after is not None})
            self.programme.set_overrides(overrides)
        await self.reminders.sessions_changed([c.session_id for c in changes], now)
        messages: list[NewMessage] = []
        for change, audit_id in zip(changes, ids, strict=True):
            if change.kind in SILENT:
                continue
            session = self.programme.snapshot.session(change.session_id) or sessions_before[change.session_id]
            messages.extend(await self._notices(change, audit_id, session))
        if messages:
            await self.outbox.enqueue(messages, now)
            self.wake()
        return ids

    async def affected(self, session_id: str) -> tuple[list[int], list[int]]:
        """(attendees who starred it, speakers linked to it): whom a change would reach."""
        starrers = await self.stars.starrers(session_id)
        speakers = list(await self.speakers_of(session_id)) if self.speakers_of else []
        return starrers, speakers

    async def _notices(
        self, change: SessionChange, audit_id: int, session: Session | None
    ) -> list[NewMessage]:
        starrers, speakers = await self.affected(change.session_id)
        payload: dict[str, Any] = {
            "session": change.session_id,
            "kind": change.kind,
            "before": change.before.to_json() if change.before else None,
            "after": change.after.to_json() if change.after else None,
            # The title travels with the notice: a session that left the programme has no other.
            "title": dict(session.title.values) if session else {},
        }
        recipients = dict.fromkeys([*starrers, *speakers, *self.channels])
        return [
            NewMessage(f"{OutboxKind.CHANGE}:{audit_id}", chat, OutboxKind.CHANGE, payload)
            for chat in recipients
        ]

    async def undo_last(self, *, by: int, now: datetime) -> SessionChange | None:
        """Revert the last organiser change that has not been undone; None when there is none."""
        entry = await self.log.last_undoable()
        if entry is None or entry.session_id is None or entry.before is None:
            return None
        current = self.programme.snapshot.session(entry.session_id)
        if current is None:
            return None
        before = Slot.of(current)
        after = Slot.from_json(entry.before)

        change = SessionChange(entry.session_id, kind_of(before, after), before, after)
        (new_id,) = await self.apply_changes([change], by=by, now=now)
        # Neither the change nor its reversal is undone again by the next /undo.
        await self.log.mark_undone(entry.id)
        await self.log.mark_undone(new_id)
        return change
