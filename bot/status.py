"""The organisers' /status: how many people use the bot, what the outbox is doing, which programme
is in force and since when the bot runs, and the five rooms fullest for their sessions to come.
Collected from the services, written in any language."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

from bot.answers.room_fit import fullest_lines
from bot.delivery.outbox import OutboxState
from bot.i18n import Speaker
from bot.programme.model import Programme
from bot.room_fit import Fit, fullest, popular
from bot.services import Services

MAX_WARNINGS = 10


@dataclass(frozen=True, slots=True)
class Status:
    now: datetime
    users: int
    active_today: int
    stars: int
    pending: int
    failed: int
    sent_last_minute: int
    programme_loaded_at: datetime | None
    programme_warnings: tuple[str, ...]
    uptime: timedelta
    # The sessions still to come whose room is fullest (followers per seat), and their programme.
    fullest: tuple[Fit, ...] = ()
    programme: Programme | None = None


async def collect(svc: Services) -> Status:
    now = svc.clock.now()
    conference = svc.programme.snapshot.conference
    # "Today" is the conference's day: it changes at day_change (04:00) in the conference's zone.
    today = conference.local(conference.programme_day(now), conference.day_change)
    counts = await svc.outbox.counts()
    return Status(
        now=now,
        users=len(svc.users),
        active_today=svc.users.active_since(today),
        stars=svc.stars.count(),
        pending=counts.get(OutboxState.PENDING, 0),
        failed=counts.get(OutboxState.FAILED, 0),
        sent_last_minute=await svc.outbox.sent_since(now - timedelta(minutes=1)),
        programme_loaded_at=svc.programme_loaded_at,
        programme_warnings=tuple(svc.programme.loaded.warnings),
        uptime=timedelta(seconds=round(time.monotonic() - svc.started_monotonic)),
        fullest=tuple(fullest(popular(svc.programme.snapshot, svc.stars.follower_counts(), now))),
        programme=svc.programme.snapshot,
    )


def duration(delta: timedelta) -> str:
    """'2:05:09' (hours:minutes:seconds), '1 d 2:05:09' past a day; the same in every language."""
    seconds = int(delta.total_seconds())
    days, seconds = divmod(seconds, 86_400)
    text = f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return f"{days} d {text}" if days else text


def status_text(status: Status, s: Speaker) -> str:
    lines = [
        "📊 <b>" + s._("Bot status") + "</b>",
        "👥 " + s._("Users: {users} ({active} active today)", users=status.users, active=status.active_today),
        "⭐ " + s._("Stars: {count}", count=status.stars),
        "📤 "
        # Translators: the outbox holds the messages the bot sends later (reminders, announcements).
        + s._(
            "Outbox: {pending} waiting, {sent} sent in the last minute",
            pending=status.pending,
            sent=status.sent_last_minute,
        ),
    ]
    if status.failed:
        # Translators: messages given up on (refused by Telegram, or too late after an outage).
        lines.append(
            "⚠️ "
            + s.n_(
                "{count} message could not be delivered (see the log)",
                "{count} messages could not be delivered (see the log)",
                status.failed,
            )
        )
    loaded = s.day_and_time(status.programme_loaded_at) if status.programme_loaded_at else "?"
    # Translators: {when} is a day and time, e.g. "Thursday 16 November at 12:10 PM".
    lines.append("📅 " + s._("Programme loaded {when}", when=loaded))
    warnings = status.programme_warnings
    if warnings:
        lines.append(s.n_("{count} warning:", "{count} warnings:", len(warnings)))
        lines.extend(f"• {escape(warning)}" for warning in warnings[:MAX_WARNINGS])
        if len(warnings) > MAX_WARNINGS:
            extra = len(warnings) - MAX_WARNINGS
            lines.append(s.n_("…and {count} more", "…and {count} more", extra))
    else:
        lines.append(s._("No warnings."))
    if status.programme is not None:
        lines.extend(fullest_lines(status.programme, list(status.fullest), s))
    # Translators: how long the bot has been running; {duration} reads hours:minutes:seconds.
    lines.append("⏱ " + s._("Running for {duration}", duration=duration(status.uptime)))
    # Translators: the time as the bot sees it (it can be set ahead for rehearsals).
    lines.append("🕒 " + s._("Bot clock: {when}", when=s.day_and_time(status.now)))
    return "\n".join(lines)
