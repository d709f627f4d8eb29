"""What every handler may use, built once by the composition root (bot/app.py)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field

import aiosqlite

from bot.clock import Clock
from bot.config import Config
from bot.delivery.outbox import Outbox
from bot.delivery.reminders import Reminders
from bot.delivery.render import OutboxRenderer
from bot.delivery.sender import Sender, Transport
from bot.door import ProgrammeDoor
from bot.programme.current import CurrentProgramme
from bot.store.changes import ChangeLog
from bot.store.organisers import Organisers
from bot.store.stars import Stars
from bot.store.users import Users

log = logging.getLogger(__name__)


@dataclass
class Services:
    config: Config
    programme: CurrentProgramme
    clock: Clock
    database: aiosqlite.Connection | None = None
    users: Users = field(init=False)
    stars: Stars = field(init=False)
    outbox: Outbox = field(init=False)
    reminders: Reminders = field(init=False)
    organisers: Organisers = field(init=False)
    changes: ChangeLog = field(init=False)
    door: ProgrammeDoor = field(init=False)
    sender: Sender | None = None
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    async def open_store(self, database: aiosqlite.Connection) -> None:
        self.database = database
        self.users = Users(database)
        self.stars = Stars(database)
        self.outbox = Outbox(database)
        self.reminders = Reminders(database, self.programme, self.outbox)
        self.organisers = Organisers(database, self.config.organiser_ids)
        self.changes = ChangeLog(database)
        self.door = ProgrammeDoor(
            self.programme, self.changes, self.reminders, self.outbox, self.stars, wake=self.wake_sender
        )
        await self.users.load()
        await self.stars.load()
        await self.organisers.load()
        # Organisers' changes survive restarts: the programme in force is the file plus them.
        await self.door.load_overrides()

    async def close_store(self) -> None:
        await self.stop_delivery()
        if self.database is not None:
            await self.database.close()
            self.database = None

    def start_delivery(self, transport: Transport) -> None:
        """The reminder sweeper and the paced sender, running until stop_delivery()."""
        renderer = OutboxRenderer(self.programme, self.users, self.stars, self.clock)
        self.sender = Sender(
            self.outbox,
            transport,
            renderer,
            self.clock,
            on_blocked=self.users.mark_blocked,
            overall_per_second=self.config.send_per_second,
            per_chat_per_second=self.config.send_per_chat_per_second,
            idle_poll=min(0.5, self.config.sweep_seconds),
        )
        self._tasks = [
            asyncio.create_task(self.sender.run(), name="outbox-sender"),
            asyncio.create_task(self._sweep_forever(), name="reminder-sweeper"),
        ]

    async def stop_delivery(self) -> None:
        """Let the message in flight finish and be marked; what is pending waits for the next start."""
        if self.sender is not None:
            self.sender.stop()
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            if task.get_name() == "reminder-sweeper":
                task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.sender = None

    def wake_sender(self) -> None:
        if self.sender is not None:
            self.sender.wake()

    async def sweep_now(self) -> None:
        """Reminders due now go to the outbox, and the sender looks at once."""
        if await self.reminders.sweep(self.clock.now()) and self.sender is not None:
            self.sender.wake()

    async def _sweep_forever(self) -> None:
        while True:
            try:
                await self.sweep_now()
            except Exception:  # one bad sweep must not stop the reminders for good
                log.exception("reminder sweep failed")
            await asyncio.sleep(self.config.sweep_seconds)
