"""What every handler may use, built once by the composition root (bot/app.py)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import aiosqlite

from bot.calendar_feed import CalendarFeeds
from bot.clock import Clock, real_seconds
from bot.config import Config
from bot.delivery.day_picture import DayPictures
from bot.delivery.digest import MorningDigests
from bot.delivery.feedback import FeedbackQuestions
from bot.delivery.limits import SendLimits
from bot.delivery.outbox import Outbox
from bot.delivery.progress import ProgressReports
from bot.delivery.recipients import Recipients
from bot.delivery.refused import tell_organisers_refused
from bot.delivery.reminders import Reminders
from bot.delivery.render import OutboxRenderer
from bot.delivery.room_alerts import RoomAlerts
from bot.delivery.running import Delivery, every
from bot.delivery.sender import Sender, Transport
from bot.delivery.timed import Timed, sweep_due, timed_parts
from bot.door import ProgrammeDoor
from bot.i18n import speaker
from bot.pictures.cache import PictureCache
from bot.programme.changes import SessionChange
from bot.programme.current import CurrentProgramme
from bot.programme.errors import ProgrammeError
from bot.programme.loading import Loaded
from bot.programme.refresh import Refresher
from bot.programme.source import ProgrammeSource
from bot.store.calendar_links import CalendarLinks
from bot.store.changes import ChangeLog
from bot.store.feedback import Feedback
from bot.store.files import TelegramFiles
from bot.store.helpdesk import HelpDesk
from bot.store.organisers import Organisers
from bot.store.panel import PanelQuestions
from bot.store.repositories import Store, open_store
from bot.store.scheduled import ScheduledAnnouncements
from bot.store.speakers import Speakers
from bot.store.stars import Stars
from bot.store.users import Users
from bot.updates.inbox import Inbox

log = logging.getLogger(__name__)

PROGRESS_SECONDS = 1.0  # real time between two looks at the organisers' progress messages


@dataclass
class Services:
    """The composition handlers use: the programme in force, the clock, and once the database is
    open (`open_store`) the store, what comes at a time, who hears of what and the door, each
    built whole; once the bot runs (`start_delivery`), the delivery."""

    config: Config
    programme: CurrentProgramme
    clock: Clock
    _store: Store | None = None
    _timed: Timed | None = None
    _recipients: Recipients | None = None
    _door: ProgrammeDoor | None = None
    _delivery: Delivery | None = None
    # The day pictures drawn and Telegram's file ids of the shared ones: /grid's and the channel's.
    pictures: PictureCache = field(default_factory=PictureCache)
    # The public address calendar links start with, once the webhook's server serves them
    # (bot/feed_server.py); None: /ics sends the file only.
    calendar_address: str | None = None
    # Telegram's limits, shared by every message the bot sends (bot/delivery/telegram.py).
    limits: SendLimits = field(init=False)
    refresher: Refresher | None = None
    _refresh_task: asyncio.Task[None] | None = None
    # For /status: real time since start, and when the programme in force was (re)loaded.
    started_monotonic: float = field(default_factory=time.monotonic)
    programme_loaded_at: datetime | None = None

    def __post_init__(self) -> None:
        self.limits = SendLimits(self.config.send_per_second, self.config.send_per_chat_per_second)
        if self.programme_loaded_at is None:  # the programme given here was loaded just before
            self.programme_loaded_at = self.clock.now()

    async def open_store(self, database: aiosqlite.Connection) -> None:
        store = await open_store(database, self.config)
        timed = timed_parts(store, self.programme, self.clock, self.config)
        recipients = Recipients(
            self.programme, self.config, store.users, store.stars, store.speakers, store.organisers
        )
        door = ProgrammeDoor(
            self.programme,
            store.changes,
            timed.reminders,
            store.outbox,
            store.stars,
            speakers_of=recipients.speakers_of,
            channels=recipients.channel_chats(),
            wake=self.wake_sender,
        )
        self._store, self._timed, self._recipients, self._door = store, timed, recipients, door
        # Organisers' changes survive restarts: the programme in force is the file plus them.
        await door.load_overrides()

    async def close_store(self) -> None:
        await self.stop_delivery()
        if self._store is not None:
            await self._store.close()
            self._store = self._timed = self._recipients = self._door = None

    # What handlers reach through the services: the parts above, once the store is open.

    @property
    def store(self) -> Store:
        assert self._store is not None, "the database is not open yet (Services.open_store)"
        return self._store

    @property
    def timed(self) -> Timed:
        assert self._timed is not None, "the database is not open yet (Services.open_store)"
        return self._timed

    @property
    def door(self) -> ProgrammeDoor:
        assert self._door is not None, "the database is not open yet (Services.open_store)"
        return self._door

    @property
    def recipients(self) -> Recipients:
        assert self._recipients is not None, "the database is not open yet (Services.open_store)"
        return self._recipients

    @property
    def database(self) -> aiosqlite.Connection | None:
        return self._store.database if self._store is not None else None

    @property
    def users(self) -> Users:
        return self.store.users

    @property
    def stars(self) -> Stars:
        return self.store.stars

    @property
    def files(self) -> TelegramFiles:
        return self.store.files

    @property
    def outbox(self) -> Outbox:
        return self.store.outbox

    @property
    def organisers(self) -> Organisers:
        return self.store.organisers

    @property
    def changes(self) -> ChangeLog:
        return self.store.changes

    @property
    def speakers(self) -> Speakers:
        return self.store.speakers

    @property
    def inbox(self) -> Inbox:
        return self.store.inbox

    @property
    def scheduled(self) -> ScheduledAnnouncements:
        return self.store.scheduled

    @property
    def feedback(self) -> Feedback:
        return self.store.feedback

    @property
    def calendar_links(self) -> CalendarLinks:
        return self.store.calendar_links

    @property
    def panel(self) -> PanelQuestions:
        return self.store.panel

    @property
    def helpdesk(self) -> HelpDesk:
        return self.store.helpdesk

    @property
    def reminders(self) -> Reminders:
        return self.timed.reminders

    @property
    def progress(self) -> ProgressReports:
        return self.timed.progress

    @property
    def room_alerts(self) -> RoomAlerts:
        return self.timed.room_alerts

    @property
    def feedback_questions(self) -> FeedbackQuestions:
        return self.timed.feedback_questions

    @property
    def day_pictures(self) -> DayPictures:
        return self.timed.day_pictures

    @property
    def digests(self) -> MorningDigests:
        return self.timed.digests

    @property
    def calendar_feeds(self) -> CalendarFeeds:
        return self.timed.calendar_feeds

    def start_delivery(self, transport: Transport) -> None:
        """The paced sender, the sweep of what is due and the organisers' progress reports,
        running until stop_delivery()."""
        renderer = OutboxRenderer(
            self.programme,
            self.users,
            self.stars,
            self.clock,
            self.feedback,
            is_organiser=self.organisers.is_organiser,
            pictures=self.pictures,
            changes=self.changes,
            outbox=self.outbox,
        )
        sender = Sender(
            self.outbox,
            transport,
            renderer,
            self.clock,
            limits=self.limits,
            on_blocked=self.users.mark_blocked,
            idle_poll=min(0.5, self.config.sweep_seconds),
        )
        self._delivery = Delivery.start(
            sender,
            {
                "reminder-sweeper": every(self._sweep_seconds, self.sweep_now, "reminder sweep"),
                "progress-reports": every(
                    lambda: PROGRESS_SECONDS, lambda: self.report_progress(transport), "progress report"
                ),
            },
        )

    def _sweep_seconds(self) -> float:
        return real_seconds(self.clock, self.config.sweep_seconds)

    async def stop_delivery(self) -> None:
        """Let the message in flight finish and be marked; what is pending waits for the next start."""
        delivery, self._delivery = self._delivery, None
        if delivery is not None:
            await delivery.stop()

    @property
    def sender(self) -> Sender | None:
        """The paced sender while the bot runs (tests drain it), else None."""
        return self._delivery.sender if self._delivery is not None else None

    def wake_sender(self) -> None:
        if self._delivery is not None:
            self._delivery.wake()

    async def sweep_now(self) -> None:
        """What is due now goes to the outbox (bot/delivery/timed.py), and the sender looks at once."""
        added = await sweep_due(
            self.clock.now(),
            store=self.store,
            timed=self.timed,
            programme=self.programme,
            config=self.config,
            recipients=self.recipients,
        )
        if added:
            self.wake_sender()

    async def report_progress(self, transport: Transport) -> None:
        """Organisers' progress messages show the outbox's figures now."""
        timezone = self.programme.snapshot.timezone
        await self.progress.update(transport.edit, lambda language: speaker(language, timezone))

    async def start_refresh(self) -> None:
        """Re-read the programme file or address periodically; new versions go through the door."""
        source = ProgrammeSource(
            self.config.programme, tz=self.config.programme_tz, first_day=self.config.programme_first_day
        )
        # The version in force is the one the source serves now: later checks compare with it.
        try:
            await source.fetch()
        except ProgrammeError as error:
            log.warning("programme source: %s", error)
        self.refresher = Refresher(
            source,
            lambda: self.programme.base,
            self._apply_new_version,
            self._tell_organisers_refused,
            self.clock,
            interval=timedelta(minutes=self.config.refresh_minutes),
        )
        if self.config.refresh_minutes > 0:
            self._refresh_task = asyncio.create_task(self.refresher.run(), name="programme-refresh")

    async def stop_refresh(self) -> None:
        if self.refresher is None:
            return
        self.refresher.stop()
        if self._refresh_task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._refresh_task
        await self.refresher.source.aclose()
        self.refresher = self._refresh_task = None

    async def _apply_new_version(self, loaded: Loaded, changes: list[SessionChange]) -> None:
        await self.door.apply_changes(changes, by=None, now=self.clock.now(), base=loaded)
        self.programme_loaded_at = self.clock.now()

    async def _tell_organisers_refused(self, reason: str) -> None:
        if await tell_organisers_refused(self.outbox, self.organisers.all(), reason, self.clock.now()):
            self.wake_sender()
