"""/announce: the organisers' words to everyone, to those who starred a session or anything in a
room today, or to the speakers; previewed with the recipient count, sent through the outbox, with
one progress message edited as it goes."""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.callback_data import Dismiss, SendAnnouncement
from bot.delivery.kinds import ANNOUNCEMENT
from bot.delivery.outbox import NewMessage
from bot.i18n import Speaker
from bot.organising import lookup_sessions, room_named
from bot.services import Services
from handlers.common import Context, reply, services
from handlers.organisers import organiser_or_refuse

log = logging.getLogger(__name__)
AUDIENCES = {
    **dict.fromkeys(("everyone", "all", "tous", "tout", "todos", "todo"), "everyone"),
    **dict.fromkeys(("speakers", "intervenants", "ponentes"), "speakers"),
    **dict.fromkeys(("session", "seance", "séance", "sesion", "sesión"), "session"),
    **dict.fromkeys(("room", "salle", "sala"), "room"),
}
SYNTAX = re.compile(r"^\s*(?P<audience>\S+)(?P<target>[^:]*):\s*(?P<text>.+)$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Draft:
    organiser: int
    text: str
    audience: str
    recipients: tuple[int, ...]


async def recipients(svc: Services, audience: str, target: str) -> tuple[int, ...] | None:
    """Who an audience reaches now; None when the target (session, room) is not found."""
    programme = svc.programme.snapshot
    now = svc.clock.now()
    if audience == "everyone":
        return tuple(svc.users.reachable_ids())
    if audience == "speakers":
        return tuple(await svc.speaker_chats())
    if audience == "session":
        sessions = lookup_sessions(programme, target, now)
        if len(sessions) != 1:
            return None
        return tuple(await svc.stars.starrers(sessions[0].id))
    room_id = room_named(programme, target)
    if room_id is None:
        return None
    today = programme.conference.programme_day(now)
    chats: dict[int, None] = {}
    for session in programme.sessions_in_room(room_id):
        if programme.conference.programme_day(session.start) == today:
            chats.update(dict.fromkeys(await svc.stars.starrers(session.id)))
    return tuple(chats)


def usage(s: Speaker) -> str:
    return s._(
        "Write: /announce AUDIENCE: TEXT, where AUDIENCE is everyone, speakers, "
        "session SESSION or room ROOM. For example: "
        "/announce room Alcazar: the session starts 10 minutes late."
    )


async def on_announce(update: Update, context: Context) -> None:
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    message = update.effective_message
    user = update.effective_user
    assert message is not None and user is not None and message.text is not None
    body = message.text.partition(" ")[2]
    match = SYNTAX.match(body)
    audience = AUDIENCES.get(match.group("audience").lower()) if match else None
    if match is None or audience is None:
        await reply(message, usage(s))
        return
    svc = services(context)
    chats = await recipients(svc, audience, match.group("target").strip())
    if chats is None:
        await reply(
            message, s._("I could not find “{target}”.", target=escape(match.group("target").strip()))
        )
        return
    draft_id = secrets.token_hex(4)
    context.bot_data.setdefault("drafts", {})[draft_id] = Draft(
        user.id, match.group("text").strip(), audience, chats
    )
    preview = s.n_(
        "This announcement will go to {count} person:",
        "This announcement will go to {count} people:",
        len(chats),
    )
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(s._("Confirm"), callback_data=SendAnnouncement(draft_id).pack()),
                InlineKeyboardButton(s._("Cancel"), callback_data=Dismiss().pack()),
            ]
        ]
    )
    await reply(message, preview + "\n\n" + escape(match.group("text").strip()), keyboard)


async def on_send(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    data = SendAnnouncement.unpack(query.data)
    draft: Draft | None = context.bot_data.get("drafts", {}).pop(data.draft, None) if data else None
    if draft is None:
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
    chats = dict.fromkeys([*draft.recipients, *svc.channel_chats()])
    await svc.outbox.enqueue(
        [NewMessage(job, chat, ANNOUNCEMENT, {"text": draft.text}) for chat in chats], now
    )
    svc.wake_sender()
    log.info("organiser %s: broadcast %s to %d chats", user.id, job, len(chats))
    if isinstance(query.message, Message):
        # The preview becomes the progress report (bot/delivery/progress.py keeps it up to date).
        await svc.progress.watch(job, query.message.chat_id, query.message.message_id, len(chats), s.language)
    await query.answer(s._("Sending."))


HANDLERS = [
    CommandHandler("announce", on_announce),
    CallbackQueryHandler(on_send, pattern=SendAnnouncement.pattern()),
]
