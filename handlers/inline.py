"""Inline mode: `@bot alcazar` in any chat offers session cards to share."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import InlineQueryHandler

from bot.answers.cards import session_card
from bot.answers.clip import clip
from bot.answers.reply import respond
from bot.i18n import speaker
from handlers.common import Context, current_user, language_of, services

MAX_RESULTS = 20
# A result's title and description are one or two lines in the chooser: long ones are shortened.
TITLE_LIMIT = 200


async def on_inline_query(update: Update, context: Context) -> None:
    query = update.inline_query
    assert query is not None
    user = await current_user(update, context)
    svc = services(context)
    programme = svc.programme.snapshot
    now = svc.clock.now()
    text = query.query.strip()
    if text:
        result = respond(text, now, programme, language_of(user, context))
        sessions = result.answer.sessions
        language = result.language
    else:
        sessions = programme.starting_after(now)
        language = language_of(user, context)
    s = speaker(language, programme.timezone)
    articles = [
        InlineQueryResultArticle(
            id=session.id[:64],
            title=clip(session.title.get(language, programme.conference.default_language), TITLE_LIMIT),
            description=clip(
                f"{s.day(session.start)} {s.time_range(session.start, session.end)}"
                + (f" · {programme.rooms[session.room_id].name}" if session.room_id else ""),
                TITLE_LIMIT,
            ),
            input_message_content=InputTextMessageContent(
                session_card(programme, session, s), parse_mode=ParseMode.HTML
            ),
        )
        for session in sessions[:MAX_RESULTS]
    ]
    await query.answer(articles, cache_time=30, is_personal=True)


HANDLERS = [InlineQueryHandler(on_inline_query)]
