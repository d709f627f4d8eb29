"""Questions typed as text, and the /now and /next shortcuts: the core answers, we reply."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.answers.reply import Reply, reply_in_minute, respond
from bot.answers.way import way_for
from bot.callback_data import GridShow
from bot.i18n import speaker
from bot.pictures.grid import day_sessions
from bot.understand.index import index_for
from bot.understand.question import Intent, Question
from bot.understand.text import fold
from handlers.cards import session_buttons
from handlers.common import Context, current_user, language_of, reply, services
from handlers.groups import ADDRESSED_TO_BOT, without_mention
from handlers.way import MAP_FILE_IDS, send_way

MAX_SESSION_BUTTONS = 8


async def send_reply(update: Update, context: Context, result: Reply) -> None:
    """The answer, with a button under it for each session it names (to open its card), what is
    on now in the room first; then the map and place of a room or venue asked about."""
    message = update.effective_message
    assert message is not None
    programme = services(context).programme.snapshot
    s = speaker(result.language, programme.timezone)
    sessions = list(result.answer.running + result.answer.sessions)[:MAX_SESSION_BUTTONS]
    rows = session_buttons(sessions, s)
    day = result.answer.day
    if result.answer.intent == Intent.AT_TIME and day in programme.days and day_sessions(programme, day):
        # An answer about a day ("what's on tomorrow") offers its picture (handlers/grid.py).
        index = str(programme.days.index(day))
        rows.append(
            [InlineKeyboardButton(s._("🗓 The day as a picture"), callback_data=GridShow(index).pack())]
        )
    keyboard = InlineKeyboardMarkup(rows) if rows else None
    await reply(message, result.html, keyboard)
    way = way_for(result.answer, programme, s)
    if way is not None:
        await send_way(
            context.bot, message.chat_id, way, context.bot_data.setdefault(MAP_FILE_IDS, {}), words=False
        )


async def on_text(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    user = await current_user(update, context)
    svc = services(context)
    text = without_mention(message.text, context.bot.username)  # "@bot what's next" in a group
    # The user's language decides when the message itself gives no clue (a bare name).
    result = respond(text, svc.clock.now(), svc.programme.snapshot, language_of(user, context))
    await send_reply(update, context, result)


async def _shortcut(update: Update, context: Context, intent: Intent) -> None:
    user = await current_user(update, context)
    svc = services(context)
    programme = svc.programme.snapshot
    room = index_for(programme).find_room(fold(" ".join(context.args or [])))
    question = Question(
        intent=intent,
        language=language_of(user, context),
        at=svc.clock.now(),
        room_id=room.room_id if room else None,
    )
    await send_reply(update, context, reply_in_minute(question, programme))


async def on_now(update: Update, context: Context) -> None:
    """/now [room]: what is on now, everywhere or in one room."""
    await _shortcut(update, context, Intent.NOW)


async def on_next(update: Update, context: Context) -> None:
    """/next [room]: what comes next, everywhere or in one room."""
    await _shortcut(update, context, Intent.NEXT)


HANDLERS = [
    CommandHandler("now", on_now),
    CommandHandler("next", on_next),
    # In groups, only mentions of the bot and replies to it are questions (handlers/groups.py).
    MessageHandler(filters.TEXT & ~filters.COMMAND & ADDRESSED_TO_BOT, on_text),
]
