"""Questions typed as text, and the /now and /next shortcuts: the core answers, we reply."""

from __future__ import annotations

import asyncio
import secrets

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.answers.helpdesk import asks_a_human
from bot.answers.reply import Reply, reply_in_minute, reply_to, respond_in
from bot.answers.split import split_message
from bot.answers.way import way_for
from bot.callback_data import AnswerPage, GridShow, any_of, day_field
from bot.i18n import Speaker, speaker
from bot.pictures.grid import day_sessions
from bot.understand.index import index_for
from bot.understand.question import Intent, Question
from bot.understand.text import fold
from handlers.cards import session_buttons
from handlers.common import Context, current_user, language_of, reply, services, speaker_for
from handlers.groups import ADDRESSED_TO_BOT, in_group, without_mention
from handlers.helpdesk import offer
from handlers.way import send_way

MAX_SESSION_BUTTONS = 8
ASKED_LIMIT = 4096  # questions whose long answers can be paged; the oldest forgotten


def remember(context: Context, question: Question) -> str:
    asked = context.recent_questions
    key = secrets.token_urlsafe(6)
    asked[key] = question
    while len(asked) > ASKED_LIMIT:
        asked.popitem(last=False)
    return key


def page_buttons(key: str, result: Reply, s: Speaker) -> list[InlineKeyboardButton]:
    buttons = []
    if result.page > 0:
        buttons.append(
            InlineKeyboardButton(
                s._("◀ Previous"), callback_data=AnswerPage(key, str(result.page - 1)).pack()
            )
        )
    if result.page < result.pages - 1:
        buttons.append(
            InlineKeyboardButton(s._("More ▸"), callback_data=AnswerPage(key, str(result.page + 1)).pack())
        )
    return buttons


async def send_reply(update: Update, context: Context, result: Reply) -> None:
    """The answer, one page of it, with a button under it for each session it shows (to open its
    card), what is on now in the room first, and "More" when there are more pages; then the map
    and place of a room or venue asked about."""
    message = update.effective_message
    assert message is not None
    programme = services(context).programme.snapshot
    s = speaker(result.language, programme.timezone)
    rows = session_buttons(list(result.shown)[:MAX_SESSION_BUTTONS], s)
    if result.pages > 1:
        rows.append(page_buttons(remember(context, result.answer.question), result, s))
    day = result.answer.day
    if result.answer.intent == Intent.AT_TIME and day in programme.days and day_sessions(programme, day):
        # An answer about a day ("what's on tomorrow") offers its picture (handlers/grid.py).
        rows.append(
            [
                InlineKeyboardButton(
                    s._("🗓 The day as a picture"), callback_data=GridShow(day_field(day)).pack()
                )
            ]
        )
    user = update.effective_user
    if asks_a_human(result.answer) and user is not None and not in_group(update.effective_chat):
        # What the bot cannot answer, a person may (handlers/helpdesk.py).
        button = offer(context, user.id, result.answer.question.text, s)
        if button is not None:
            rows.append([button])
    keyboard = InlineKeyboardMarkup(rows) if rows else None
    await reply(message, result.html, keyboard)
    way = way_for(result.answer, programme, s)
    if way is not None:
        await send_way(context.bot, message.chat_id, way, services(context).files, words=False)


async def on_text(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    user = await current_user(update, context)
    svc = services(context)
    text = without_mention(message.text, context.bot.username)  # "@bot what's next" in a group
    # The user's language decides when the message itself gives no clue (a bare name). Each user
    # of each chat is a conversation of its own: in a group, two people's follow-ups do not mix.
    conversations = context.conversations
    chat_id = message.chat_id
    key = (chat_id, user.id if user is not None else chat_id)
    result = respond_in(
        conversations, key, text, svc.clock.now(), svc.programme.snapshot, language_of(user, context)
    )
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


async def on_page(update: Update, context: Context) -> None:
    """◀ Previous / More ▸ under a long answer: that page, in place of the one shown."""
    query = update.callback_query
    assert query is not None
    user = await current_user(update, context)
    s = speaker_for(user, context)
    data = AnswerPage.unpack(query.data or "")
    asked = context.recent_questions
    question = asked.get(data.key) if data is not None and data.page.isdigit() else None
    if data is None or question is None:
        await query.answer(s._("This list is no longer available: ask again."), show_alert=True)
        return
    programme = services(context).programme.snapshot
    result = reply_to(question, programme, int(data.page))
    rows = session_buttons(
        list(result.shown)[:MAX_SESSION_BUTTONS], speaker(result.language, programme.timezone)
    )
    rows.append(page_buttons(data.key, result, speaker(result.language, programme.timezone)))
    await asyncio.gather(
        query.answer(),
        query.edit_message_text(split_message(result.html)[0], reply_markup=InlineKeyboardMarkup(rows)),
    )


HANDLERS = [
    CallbackQueryHandler(on_page, pattern=any_of(AnswerPage)),
    CommandHandler("now", on_now),
    CommandHandler("next", on_next),
    # In groups, only mentions of the bot and replies to it are questions (handlers/groups.py).
    MessageHandler(filters.TEXT & ~filters.COMMAND & ADDRESSED_TO_BOT, on_text),
]
