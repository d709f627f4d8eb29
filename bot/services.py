"""What every handler may use, built once by the composition root (bot/app.py)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import aiosqlite

from bot.calendar_feed import CalendarFeeds
from bot.clock import Clock, real_seconds
from bot.config import Config
from bot.delivery.audience import Audience, audience_chats
from bot.delivery.channel import channel_recipients, sweep_channel
from bot.delivery.day_picture import DayPictures
from bot.delivery.digest import MorningDigests
from bot.delivery.feedback import FeedbackQuestions
from bot.delivery.kinds import REFUSED
from bot.delivery.limits import SendLimits
from bot.delivery.outbox import NewMessage, Outbox
from bot.delivery.progress import ProgressReports
from bot.delivery.reminders import Reminders
from bot.delivery.render import OutboxRenderer
from bot.delivery.room_alerts import RoomAlerts
from bot.delivery.scheduled import sweep_scheduled
from bot.delivery.sender import Sender, Transport
from bot.delivery.speaker_reminders import sweep_speakers
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
from bot.store.room_alerts import RoomAlertLog
from bot.store.safety import DatabaseGone
from bot.store.scheduled import ScheduledAnnouncements
from bot.store.speakers import Speakers
from bot.store.stars import Stars
from bot.store.users import Users
from bot.updates.inbox import Inbox

log = logging.getLogger(__name__)

PROGRESS_SECONDS = 1.0  # real time between two looks at the organisers' progress messages


@dataclass(frozen=True, slots=True)
class Store:
    """What the bot keeps: a repository per table family over one open database, each loaded.
    Built whole by `open_store`; nothing in it exists half-made."""

    database: aiosqlite.Connection
    users: Users
    stars: Stars
    files: TelegramFiles  # documents and maps Telegram already has
    outbox: Outbox
    organisers: Organisers
    changes: ChangeLog
    speakers: Speakers
    inbox: Inbox
    scheduled: ScheduledAnnouncements
    feedback: Feedback
    calendar_links: CalendarLinks
    panel: PanelQuestions
    helpdesk: HelpDesk
    room_alert_log: RoomAlertLog

    async def close(self) -> None:
        await self.files.flush()
        await self.database.close()


async def open_store(database: aiosqlite.Connection, config: Config) -> Store:
    """Every repository over `database`, loaded (users, stars, organisers… are read into memory)."""
    store = Store(
        database=database,
        users=Users(database),
        stars=Stars(database),
        files=TelegramFiles(database),
        outbox=Outbox(database),
        organisers=Organisers(database, config.organiser_ids),
        changes=ChangeLog(database),
        speakers=Speakers(database),
        inbox=Inbox(database),
        scheduled=ScheduledAnnouncements(database),
        feedback=Feedback(database),
        calendar_links=CalendarLinks(database),
        panel=PanelQuestions(database),
        helpdesk=HelpDesk(database),
        room_alert_log=RoomAlertLog(database),
    )
    for loaded in (
        store.users,
        store.stars,
        store.files,
        store.organisers,
        store.speakers,
        store.feedback,
        store.calendar_links,
        store.room_alert_log,
    ):
        await loaded.load()
    return store


@dataclass(frozen=True, slots=True)
class Timed:
    """What comes at a time, built whole over the store: reminders, room alerts, feedback
    questions, the channel's picture, the morning digests, progress reports, calendar feeds."""

    reminders: Reminders
    progress: ProgressReports
    room_alerts: RoomAlerts
    feedback_questions: FeedbackQuestions
    day_pictures: DayPictures
    digests: MorningDigests
    calendar_feeds: CalendarFeeds


def timed_parts(store: Store, programme: CurrentProgramme, clock: Clock, config: Config) -> Timed:
    return Timed(
        reminders=Reminders(store.database, programme, store.outbox),
        progress=ProgressReports(store.database, store.outbox),
        room_alerts=RoomAlerts(
            store.room_alert_log,
            programme,
            store.stars,
            store.outbox,
            store.organisers.all,
            config.room_full_percent,
        ),
        feedback_questions=FeedbackQuestions(
            store.database, programme, store.outbox, timedelta(minutes=config.feedback_minutes)
        ),
        day_pictures=DayPictures(store.outbox, config),
        digests=MorningDigests(store.users, store.outbox),
        calendar_feeds=CalendarFeeds(
            store.calendar_links, store.stars, store.users, programme, clock, config.default_language
        ),
    )


@dataclass
class Services:
    """The composition handlers use: the programme in force, the clock, and once the database is
    open (`open_store`) the store, what comes at a time and the door, each built whole."""

    config: Config
    programme: CurrentProgramme
    clock: Clock
    _store: Store | None = None
    _timed: Timed | None = None
    _door: ProgrammeDoor | None = None
    # The day pictures drawn and Telegram's file ids of the shared ones: /grid's and the channel's.
    pictures: PictureCache = field(default_factory=PictureCache)
    # The public address calendar links start with, once the webhook's server serves them
    # (bot/feed_server.py); None: /ics sends the file only.
    calendar_address: str | None = None
    sender: Sender | None = None
    # Telegram's limits, shared by every message the bot sends (bot/delivery/telegram.py).
    limits: SendLimits = field(init=False)
    refresher: Refresher | None = None
    _refresh_task: asyncio.Task[None] | None = None
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
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
        door = ProgrammeDoor(
            self.programme,
            store.changes,
            timed.reminders,
            store.outbox,
            store.stars,
            speakers_of=self.speakers_of,
            channels=self.channel_chats(),
            wake=self.wake_sender,
        )
        self._store, self._timed, self._door = store, timed, door
        # Organisers' changes survive restarts: the programme in force is the file plus them.
        await door.load_overrides()

    async def close_store(self) -> None:
        await self.stop_delivery()
        if self._store is not None:
            await self._store.close()
            self._store = self._timed = self._door = None

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
        """The reminder sweeper and the paced sender, running until stop_delivery()."""
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
        self.sender = Sender(
            self.outbox,
            transport,
            renderer,
            self.clock,
            limits=self.limits,
            on_blocked=self.users.mark_blocked,
            idle_poll=min(0.5, self.config.sweep_seconds),
        )
        self._tasks = [
            asyncio.create_task(self.sender.run(), name="outbox-sender"),
            asyncio.create_task(self._sweep_forever(), name="reminder-sweeper"),
            asyncio.create_task(self._report_progress_forever(transport), name="progress-reports"),
        ]

    async def stop_delivery(self) -> None:
        """Let the message in flight finish and be marked; what is pending waits for the next start."""
        if self.sender is not None:
            self.sender.stop()
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            if task.get_name() in ("reminder-sweeper", "progress-reports"):
                task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.sender = None

    async def speaker_chats(self) -> list[int]:
        """Telegram chats of speakers who claimed their identity."""
        return self.speakers.linked_users()

    async def speakers_of(self, session_id: str) -> list[int]:
        """Telegram chats of the claimed speakers of one session."""
        session = self.programme.snapshot.session(session_id) or self.programme.base.session(session_id)
        if session is None:
            return []
        return [u for u in (self.speakers.user_of(p) for p in session.person_ids) if u is not None]

    async def audience(self, audience: Audience, target: str, now: datetime) -> tuple[int, ...]:
        """The chats an organiser's announcement reaches at `now` (bot/delivery/audience.py)."""
        return await audience_chats(
            audience,
            target,
            self.programme.snapshot,
            now,
            users=self.users,
            stars=self.stars,
            speakers=self.speakers,
        )

    def helpdesk_chats(self) -> list[int]:
        """Where attendees' questions go: the help-desk group, else each organiser privately
        (none: nobody can be asked)."""
        if self.config.helpdesk_chat_id is not None:
            return [self.config.helpdesk_chat_id]
        return self.organisers.all()

    def channel_chats(self) -> list[int]:
        """The conference channel(s) that mirror changes and announcements."""
        language = self.programme.snapshot.conference.default_language
        return list(dict.fromkeys(chat for chat, _ in channel_recipients(self.config, language)))

    async def start_refresh(self) -> None:
        """Re-read the programme file or address periodically; new versions go through the door."""
        source = ProgrammeSource(self.config.programme, tz=self.config.programme_tz)
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

    async def _tell_organisers_refused(self, message: str) -> None:
        now = self.clock.now()
        job = f"{REFUSED}:{hashlib.sha256(message.encode()).hexdigest()[:16]}"
        await self.outbox.enqueue(
            [NewMessage(job, chat, REFUSED, {"reason": message}) for chat in self.organisers.all()], now
        )
        self.wake_sender()

    def wake_sender(self) -> None:
        if self.sender is not None:
            self.sender.wake()

    async def sweep_now(self) -> None:
        """Reminders and channel posts due now go to the outbox, and the sender looks at once."""
        now = self.clock.now()
        added = await self.reminders.sweep(now)
        added += await sweep_speakers(self.programme.snapshot, self.speakers, self.outbox, now)
        added += await sweep_channel(self.outbox, self.programme.snapshot, self.config, now)
        added += await self.day_pictures.sweep(self.programme.snapshot, now)
        added += await self.digests.sweep(self.programme.snapshot, now)
        added += await sweep_scheduled(
            self.scheduled,
            self.outbox,
            self.progress,
            self.audience,
            self.channel_chats(),
            now,
            is_organiser=self.organisers.is_organiser,
        )
        if self.config.feedback_minutes > 0:
            added += await self.feedback_questions.sweep(now)
        added += await self.room_alerts.sweep(now)
        if added and self.sender is not None:
            self.sender.wake()

    async def report_progress(self, transport: Transport) -> None:
        """Organisers' progress messages show the outbox's figures now."""
        timezone = self.programme.snapshot.timezone
        await self.progress.update(transport.edit, lambda language: speaker(language, timezone))

    async def _report_progress_forever(self, transport: Transport) -> None:
        while True:
            try:
                await self.report_progress(transport)
            except DatabaseGone:  # logged once where it was noticed
                pass
            except Exception:  # a report that fails must not stop the next ones
                log.exception("progress report failed")
            await asyncio.sleep(PROGRESS_SECONDS)

    async def _sweep_forever(self) -> None:
        while True:
            try:
                await self.sweep_now()
            except DatabaseGone:  # logged once where it was noticed
                pass
            except Exception:  # one bad sweep must not stop the reminders for good
                log.exception("reminder sweep failed")
            await asyncio.sleep(real_seconds(self.clock, self.config.sweep_seconds))
