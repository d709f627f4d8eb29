"""What comes at a time, built whole over the store, and the sweep that puts what is due in the
outbox: reminders, speakers' reminders, channel posts, the day's picture, morning digests,
scheduled announcements, feedback questions, room alerts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.calendar_feed import CalendarFeeds
from bot.clock import Clock
from bot.config import Config
from bot.delivery.channel import sweep_channel
from bot.delivery.day_picture import DayPictures
from bot.delivery.digest import MorningDigests
from bot.delivery.feedback import FeedbackQuestions
from bot.delivery.progress import ProgressReports
from bot.delivery.recipients import Recipients
from bot.delivery.reminders import Reminders
from bot.delivery.room_alerts import RoomAlerts
from bot.delivery.scheduled import sweep_scheduled
from bot.delivery.speaker_reminders import sweep_speakers
from bot.programme.current import CurrentProgramme
from bot.store.repositories import Store


@dataclass(frozen=True, slots=True)
class Timed:
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


async def sweep_due(
    now: datetime,
    *,
    store: Store,
    timed: Timed,
    programme: CurrentProgramme,
    config: Config,
    recipients: Recipients,
) -> int:
    """Everything due at `now` goes to the outbox, once (each job names what it is for); how many
    messages were added."""
    snapshot = programme.snapshot
    added = await timed.reminders.sweep(now)
    added += await sweep_speakers(snapshot, store.speakers, store.outbox, now)
    added += await sweep_channel(store.outbox, snapshot, config, now)
    added += await timed.day_pictures.sweep(snapshot, now)
    added += await timed.digests.sweep(snapshot, now)
    added += await sweep_scheduled(
        store.scheduled,
        store.outbox,
        timed.progress,
        recipients.audience,
        recipients.channel_chats(),
        now,
        is_organiser=store.organisers.is_organiser,
    )
    if config.feedback_minutes > 0:
        added += await timed.feedback_questions.sweep(now)
    added += await timed.room_alerts.sweep(now)
    return added
