"""/announce: the organisers' words to everyone, to those who starred a session or anything in a
room today, or to the speakers; previewed with the recipient count, sent through the outbox, with
one progress message edited as it goes.

/announce at [DAY] HH:MM AUDIENCE: TEXT schedules it instead (the day and time read as /retime
reads them): a row the sweeper hands to the outbox at its time (bot/delivery/scheduled.py), whose
audience is counted then. /scheduled lists those waiting, each with a Cancel button.
"""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.answers.organising import title
from bot.callback_data import CancelScheduled, Dismiss, ScheduleAnnouncement, SendAnnouncement
from bot.delivery.audience import Audience
from bot.delivery.kinds import ANNOUNCEMENT
from bot.delivery.outbox import NewMessage
from bot.i18n import Speaker
from bot.organising import lookup_sessions, read_day_and_time, room_named
from bot.services import Services
from bot.store.scheduled import Scheduled
from handlers.common import Context, answered_in_private_only, reply, services
from handlers.organisers import organiser_or_refuse

log = logging.getLogger(__name__)
AUDIENCES = {
    **dict.fromkeys(("everyone", "all", "tous", "tout", "todos", "todo"), Audience.EVERYONE),
    **dict.fromkeys(("speakers", "intervenants", "ponentes"), Audience.SPEAKERS),
    **dict.fromkeys(("session", "seance", "séance", "sesion", "sesión"), Audience.SESSION),
    **dict.fromkeys(("room", "salle", "sala"), Audience.ROOM),
}
SYNTAX = re.compile(r"^\s*(?P<audience>\S+)(?P<target>[^:]*):\s*(?P<text>.+)$", re.DOTALL)
# '/announce at friday 15:30 room Alcazar: …' (also 'à' and 'a'): the time is what comes before
# the first word naming an audience.
AT_WORDS = ("at", "à", "a")


@dataclass(frozen=True, slots=True)
class Draft:
    organiser: int
    text: str
    audience: Audience
    target: str  # a session or room id, '' for everyone and the speakers
    recipients: tuple[int, ...]
    due: datetime | None = None  # None: sent on Confirm


def find_target(svc: Services, audience: Audience, words: str) -> str | None:
    """The session or room id an announcement's target names ('' when it needs none), or None."""
    programme = svc.programme.snapshot
    if audience == Audience.SESSION:
        sessions = lookup_sessions(programme, words, svc.clock.now())
        return sessions[0].id if len(sessions) == 1 else None
    if audience == Audience.ROOM:
        return room_named(programme, words)
    return ""


def split_time(body: str) -> tuple[str, str] | None:
    """'at friday 15:30 room Alcazar: …' → ('friday 15:30', 'room Alcazar: …'); None when the
    body does not start with 'at' or names no audience after it."""
    words = body.split(" ")
    if not words or words[0].lower() not in AT_WORDS:
        return None
    for index, word in enumerate(words[1:], start=1):
        if word.split(":")[0].lower() in AUDIENCES:
            # 'a todos: …' names no time: it is an announcement for now.
            return (" ".join(words[1:index]), " ".join(words[index:])) if index > 1 else None
    return None


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


def audience_label(svc: Services, audience: Audience, target: str, s: Speaker) -> str:
    """'everyone', 'the speakers', 'the followers of “Title”', 'those following sessions in Alcazar'."""
    programme = svc.programme.snapshot
    if audience == Audience.EVERYONE:
        return s._("everyone")
    if audience == Audience.SPEAKERS:
        return s._("the speakers")
    if audience == Audience.SESSION:
        session = programme.session(target)
        name = title(session, programme, s) if session else escape(target)
        return s._("the followers of “{title}”", title=name)
    room = programme.room(target)
    # Translators: those who follow any session in this room on the day the announcement goes out.
    return s._("those following sessions in {room} that day", room=escape(room.name if room else target))


async def on_announce(update: Update, context: Context) -> None:
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    message = update.effective_message
    user = update.effective_user
    assert message is not None and user is not None and message.text is not None
    svc = services(context)
    body = message.text.partition(" ")[2].strip()
    due: datetime | None = None
    timed = split_time(body)
    if timed is not None:
        due = read_day_and_time(svc.programme.snapshot, timed[0], svc.clock.now())
        if due is None:
            await reply(message, usage(s))
            return
        if due <= svc.clock.now():
            await reply(message, s._("{when} has already passed.", when=s.day_and_time(due)))
            return
        body = timed[1]
    match = SYNTAX.match(body)
    audience = AUDIENCES.get(match.group("audience").lower()) if match else None
    if match is None or audience is None:
        await reply(message, usage(s))
        return
    words = match.group("target").strip()
    target = find_target(svc, audience, words)
    if target is None:
        await reply(message, s._("I could not find “{target}”.", target=escape(words)))
        return
    chats = await svc.recipients.audience(audience, target, svc.clock.now())
    text = match.group("text").strip()
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
            audience=audience_label(svc, audience, target, s),
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
    job = f"{ANNOUNCEMENT}:{audit_id}"
    chats = dict.fromkeys([*draft.recipients, *svc.recipients.channel_chats()])
    await svc.outbox.enqueue(
        [NewMessage(job, chat, ANNOUNCEMENT, {"text": draft.text}) for chat in chats], now
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
    if draft.due <= now:
        await query.answer(s._("{when} has already passed.", when=s.day_and_time(draft.due)), show_alert=True)
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
        audience=audience_label(svc, draft.audience, draft.target, s),
        number=number,
    )
    await query.edit_message_text(text + "\n\n" + escape(draft.text))


def scheduled_view(
    svc: Services, waiting: list[Scheduled], s: Speaker
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The announcements waiting, soonest first, each with its Cancel button."""
    if not waiting:
        return s._("No announcement is scheduled."), None
    heading = s._("Scheduled announcements")
    lines = [f"<b>{heading}</b>"]
    buttons = []
    for item in waiting:
        short = item.text if len(item.text) <= 80 else item.text[:79] + "…"
        lines.append(
            f"\n<b>{item.id}.</b> {s.day_and_time(item.due)} — "
            f"{audience_label(svc, Audience(item.audience), item.target, s)}\n{escape(short)}"
        )
        label = "✖ " + s._("Cancel no. {number}", number=item.id)
        buttons.append([InlineKeyboardButton(label, callback_data=CancelScheduled(item.id).pack())])
    return "\n".join(lines), InlineKeyboardMarkup(buttons)


async def on_scheduled(update: Update, context: Context) -> None:
    """/scheduled: the announcements waiting for their time."""
    if await answered_in_private_only(update, context, "scheduled"):
        return
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    assert update.effective_message is not None
    svc = services(context)
    text, keyboard = scheduled_view(svc, await svc.scheduled.waiting(), s)
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
        text, keyboard = scheduled_view(svc, await svc.scheduled.waiting(), s)
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
