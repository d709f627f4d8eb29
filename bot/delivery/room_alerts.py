"""Room alerts: when a session's followers reach the threshold of its room's seats
(ROOM_FULL_PERCENT), every organiser is told once, through the outbox. Derived from the stars
and the programme by the sweeper, like reminders: counted again only when a star or the
programme changed, and remembered in room_alerts so that a session is told once, also across
restarts. The message (bot/delivery/render.py) proposes a bigger room free at that time, a
move previewed and confirmed like any other (handlers/organisers.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from bot.delivery.kinds import OutboxKind
from bot.delivery.outbox import NewMessage, Outbox
from bot.programme.current import CurrentProgramme
from bot.room_fit import is_full, popular
from bot.store.room_alerts import RoomAlertLog
from bot.store.stars import Stars

log = logging.getLogger(__name__)
KIND = OutboxKind.ROOM_FULL


def room_alert_job(session_id: str) -> str:
    return f"{KIND}:{session_id}"


class RoomAlerts:
    def __init__(
        self,
        log_: RoomAlertLog,
        programme: CurrentProgramme,
        stars: Stars,
        outbox: Outbox,
        organisers: Callable[[], list[int]],
        percent: float,
    ) -> None:
        self._log = log_
        self._programme = programme
        self._stars = stars
        self._outbox = outbox
        self._organisers = organisers
        self.percent = percent
        self._counted: tuple[object, int] | None = None

    async def sweep(self, now: datetime) -> int:
        """Tell the organisers about every session newly past the threshold; returns how many
        outbox rows were added."""
        programme = self._programme.snapshot
        counted = (programme, self._stars.version)
        if self.percent <= 0 or counted == self._counted:
            return 0
        organisers = self._organisers()
        if not organisers:
            return 0  # nobody to tell: looked at again when someone stars or the programme changes
        self._counted = counted
        added = 0
        for fit in popular(programme, self._stars.follower_counts(), now):
            session = fit.session
            if not is_full(fit, self.percent) or self._log.was_told(session.id):
                continue
            assert fit.capacity is not None and session.room_id is not None
            await self._log.record(session.id, session.room_id, fit.followers, fit.capacity, now)
            log.info("room alert: %s has %d followers for %d seats", session.id, fit.followers, fit.capacity)
            payload = {"session": session.id, "percent": self.percent}
            job = room_alert_job(session.id)
            added += await self._outbox.enqueue(
                [NewMessage(job, chat, KIND, payload) for chat in organisers], now
            )
        return added
