"""/announce: the organisers' words to everyone, to those who starred a session or anything in a
room today, or to the speakers; previewed with the recipient count, sent through the outbox, with
one progress message edited as it goes.

/announce at [DAY] HH:MM AUDIENCE: TEXT schedules it instead (the day and time read as /retime
reads them): a row the sweeper hands to the outbox at its time (bot/delivery/scheduled.py), whose
audience is counted then. /scheduled lists those waiting, each with a Cancel button.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.announcing import Audience, find_target, read_announcement, split_time
from bot.answers.announcements import audience_label, passed_text, scheduled_text
from bot.callback_data import CancelScheduled, Dismiss, ScheduleAnnouncement, SendAnnouncement
from bot.delivery.kinds import OutboxKind
from bot.delivery.outbox import NewMessage
from bot.i18n import Speaker
from bot.organising import read_day_and_time
from bot.programme.model import Programme
from bot.store.scheduled import Scheduled
from handlers.common import Context, answered_in_private_only, reply, services
from handlers.organisers import organiser_or_refuse

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Draft:
    organiser: int
    text: str
    audience: Audience
    target: str  # a session or room id, '' for everyone and the speakers
    recipients: tuple[int, ...]
    due: datetime | None = None  # None: sent on Confirm


def usage(s: Speaker) -> str:
    return (
        s._(
            "Write: /announce AUDIENCE: TEXT, where AUDIENCE is everyone, speakers, "
            "session SESSION or room ROOM. For example: "
            "/announce room Alcazar: the session starts 10 minutes late."
        )
        + "\n"
        + s._(
            "To send it later: /announce at [DAY] HH:MM AUDIENCE: TEXT, for example "
            "/announce at friday 12:50 everyone: lunch is served on the terrace."
        )
    )


async def on_announce(update: Update, context: Context) -> None:
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    message = update.effective_message
    user = update.effective_user
    assert message is not None and user is not None and message.text is not None
    svc = services(context)
    programme, now = svc.programme.snapshot, svc.clock.now()
    body = message.text.partition(" ")[2].strip()
    due: datetime | None = None
    timed = split_time(body)
    if timed is not None:
        due = read_day_and_time(programme, timed[0], now)
        if due is None:
            await reply(message, usage(s))
            return
        if passed := passed_text(due, now, s):
            await reply(message, passed)
            return
        body = timed[1]
    read = read_announcement(body)
    if read is None:
        await reply(message, usage(s))
        return
    audience, words = read.audience, read.target
    target = find_target(programme, audience, words, now)
    if target is None:
        await reply(message, s._("I could not find “{target}”.", target=escape(words)))
        return
    chats = await svc.recipients.audience(audience, target, svc.clock.now())
    text = read.text
    draft_id = secrets.token_hex(4)
    context.announcement_drafts[draft_id] = Draft(user.id, text, audience, target, chats, due)
    if due is None:
        preview = s.n_(
            "This announcement will go to {count} person:",
            "This announcement will go to {count} people:",
            len(chats),
        )
        confirm = SendAnnouncement(draft_id).pack()
    else:
        preview = "🕒 " + s._(
            "This announcement will go to {audience} on {when}.",
            audience=audience_label(programme, audience, target, s),
            when=s.day_and_time(due),
        )
        preview += " " + s.n_(
            "That is {count} person now.",
            "That is {count} people now.",
            len(chats),
        )
        confirm = ScheduleAnnouncement(draft_id).pack()
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(s._("Confirm"), callback_data=confirm),
                InlineKeyboardButton(s._("Cancel"), callback_data=Dismiss().pack()),
            ]
        ]
    )
    await reply(message, preview + "\n\n" + escape(text), keyboard)


def _draft(context: Context, draft_id: str | None) -> Draft | None:
    return context.announcement_drafts.pop(draft_id, None) if draft_id else None


async def on_send(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    data = SendAnnouncement.unpack(query.data)
    draft = _draft(context, data.draft if data else None)
    if draft is None or draft.due is not None:
        await query.answer(s._("This announcement has expired; send it again."), show_alert=True)
        return
    svc = services(context)
    user = update.effective_user
    assert user is not None
    now = svc.clock.now()
    audit_id = await svc.changes.log(
        user.id, "broadcast", now, {"audience": draft.audience, "text": draft.text}
    )
    job = f"{OutboxKind.ANNOUNCEMENT}:{audit_id}"
    chats = dict.fromkeys([*draft.recipients, *svc.recipients.channel_chats()])
    await svc.outbox.enqueue(
        [NewMessage(job, chat, OutboxKind.ANNOUNCEMENT, {"text": draft.text}) for chat in chats], now
    )
    svc.wake_sender()
    log.info("organiser %s: broadcast %s to %d chats", user.id, job, len(chats))
    if isinstance(query.message, Message):
        # The preview becomes the progress report (bot/delivery/progress.py keeps it up to date).
        await svc.progress.watch(job, query.message.chat_id, query.message.message_id, len(chats), s.language)
    await query.answer(s._("Sending."))


async def on_schedule(update: Update, context: Context) -> None:
    """Confirm under a scheduled announcement's preview: kept in the database until its time; the
    preview shows that it waits, then its progress."""
    query = update.callback_query
    assert query is not None
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    data = ScheduleAnnouncement.unpack(query.data)
    draft = _draft(context, data.draft if data else None)
    message = query.message
    if draft is None or draft.due is None or not isinstance(message, Message):
        await query.answer(s._("This announcement has expired; send it again."), show_alert=True)
        return
    svc = services(context)
    now = svc.clock.now()
    if passed := passed_text(draft.due, now, s):
        await query.answer(passed, show_alert=True)
        return
    number = await svc.scheduled.add(
        draft.organiser,
        draft.audience,
        draft.target,
        draft.text,
        draft.due,
        chat_id=message.chat_id,
        message_id=message.message_id,
        language=s.language,
        now=now,
    )
    await svc.changes.log(
        draft.organiser,
        "scheduled-broadcast",
        now,
        {"scheduled": number, "due": draft.due.isoformat(), "audience": draft.audience, "text": draft.text},
    )
    log.info("organiser %s: announcement %s scheduled for %s", draft.organiser, number, draft.due)
    await query.answer(s._("Scheduled."))
    text = "🕒 " + s._(
        "Scheduled for {when}, to {audience} (no. {number}). /scheduled lists those waiting.",
        when=s.day_and_time(draft.due),
        audience=audience_label(svc.programme.snapshot, draft.audience, draft.target, s),
        number=number,
    )
    await query.edit_message_text(text + "\n\n" + escape(draft.text))


def scheduled_view(
    programme: Programme, waiting: list[Scheduled], s: Speaker
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The announcements waiting, soonest first (bot/answers/announcements.py), a Cancel button each."""
    buttons = [
        [
            InlineKeyboardButton(
                "✖ " + s._("Cancel no. {number}", number=item.id),
                callback_data=CancelScheduled(item.id).pack(),
            )
        ]
        for item in waiting
    ]
    return scheduled_text(programme, waiting, s), InlineKeyboardMarkup(buttons) if buttons else None


async def on_scheduled(update: Update, context: Context) -> None:
    """/scheduled: the announcements waiting for their time."""
    if await answered_in_private_only(update, context, "scheduled"):
        return
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    assert update.effective_message is not None
    svc = services(context)
    text, keyboard = scheduled_view(svc.programme.snapshot, await svc.scheduled.waiting(), s)
    await reply(update.effective_message, text, keyboard)


async def on_cancel_scheduled(update: Update, context: Context) -> None:
    """Cancel beside one in /scheduled: it will not go out; the list shows what still waits."""
    query = update.callback_query
    assert query is not None
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    svc = services(context)
    data = CancelScheduled.unpack(query.data)
    item = await svc.scheduled.get(data.number) if data else None
    if item is None or not await svc.scheduled.cancel(item.id):
        await query.answer(s._("This announcement has already gone out or was cancelled."), show_alert=True)
    else:
        user = update.effective_user
        log.info("organiser %s: scheduled announcement %s cancelled", user.id if user else None, item.id)
        await svc.changes.log(
            user.id if user else None,
            "scheduled-broadcast-cancelled",
            svc.clock.now(),
            {"scheduled": item.id},
        )
        await query.answer(s._("Cancelled."))
        # The organiser's message that waited for it says so (it may be gone: nothing to do then).
        try:
            await context.bot.edit_message_text(
                "✖ " + s._("Cancelled: this announcement will not go out.") + "\n\n" + escape(item.text),
                chat_id=item.chat_id,
                message_id=item.message_id,
            )
        except TelegramError as error:
            log.info("scheduled announcement %s: its message not edited: %s", item.id, error)
    if isinstance(query.message, Message):
        text, keyboard = scheduled_view(svc.programme.snapshot, await svc.scheduled.waiting(), s)
        try:
            await query.edit_message_text(text, reply_markup=keyboard)
        except TelegramError as error:  # the same list again: Telegram says "not modified"
            log.debug("scheduled list not edited: %s", error)


HANDLERS = [
    CommandHandler("announce", on_announce),
    CommandHandler("scheduled", on_scheduled),
    CallbackQueryHandler(on_send, pattern=SendAnnouncement.pattern()),
    CallbackQueryHandler(on_schedule, pattern=ScheduleAnnouncement.pattern()),
    CallbackQueryHandler(on_cancel_scheduled, pattern=CancelScheduled.pattern()),
]
