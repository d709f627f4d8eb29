"""/popular for organisers: the sessions still to come, most followed first, with their room's
seats and how full it is; a session past ROOM_FULL_PERCENT gets a button moving it to a bigger
room free at that time (the card's MoveTo: previewed, then confirmed through the door)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot.answers.clip import clip
from bot.answers.room_fit import POPULAR_LINES, popular_text
from bot.callback_data import MoveTo
from bot.i18n import Speaker
from bot.programme.current import short_id
from bot.programme.model import Programme
from bot.room_fit import Fit, moves_to_bigger_rooms, popular
from handlers.common import Context, answered_in_private_only, reply, services
from handlers.organisers import organiser_or_refuse

MOVE_BUTTONS = 5  # at most, for the fullest sessions listed
LABEL_TITLE = 32  # characters of a title, and of a room's name, on a button


def move_buttons(
    programme: Programme, fits: list[Fit], s: Speaker, percent: float
) -> InlineKeyboardMarkup | None:
    """One button a listed session past the threshold that a bigger room free then can take."""
    rows = []
    for session, room_id in moves_to_bigger_rooms(programme, fits[:POPULAR_LINES], percent):
        key = short_id(session.id)
        if not MoveTo.fits(key, room_id):
            continue  # ids too long for a button's 64 bytes: the move is still typed as /move
        name = clip(session.title.get(s.language, programme.conference.default_language), LABEL_TITLE)
        room = clip(programme.rooms[room_id].name, LABEL_TITLE)
        label = s._("“{title}” → {room}", title=name, room=room)
        rows.append([InlineKeyboardButton(label, callback_data=MoveTo(key, room_id).pack())])
        if len(rows) == MOVE_BUTTONS:
            break
    return InlineKeyboardMarkup(rows) if rows else None


async def on_popular(update: Update, context: Context) -> None:
    """The role is checked on every call, as for every organiser's command."""
    if await answered_in_private_only(update, context, "popular"):
        return
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    message = update.effective_message
    assert message is not None
    svc = services(context)
    programme = svc.programme.snapshot
    fits = popular(programme, svc.stars.follower_counts(), svc.clock.now())
    percent = svc.config.room_full_percent
    text = popular_text(programme, fits, s, percent)
    await reply(message, text, move_buttons(programme, fits, s, percent))


HANDLERS = [CommandHandler("popular", on_popular)]
