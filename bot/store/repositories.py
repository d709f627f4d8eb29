"""Every repository over the open database, built and loaded whole by one async function."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from bot.config import Config
from bot.delivery.outbox import Outbox
from bot.store.calendar_links import CalendarLinks
from bot.store.changes import ChangeLog
from bot.store.feedback import Feedback
from bot.store.files import TelegramFiles
from bot.store.helpdesk import HelpDesk
from bot.store.organisers import Organisers
from bot.store.panel import PanelQuestions
from bot.store.room_alerts import RoomAlertLog
from bot.store.scheduled import ScheduledAnnouncements
from bot.store.speakers import Speakers
from bot.store.stars import Stars
from bot.store.users import Users
from bot.updates.inbox import Inbox


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
