"""Feedback on sessions: the buttons under "How was …?" (bot/delivery/feedback.py asks it), the
comment that follows a press of Comment, being asked or not, and /feedback for organisers.

A comment is the next private message after pressing Comment (within a quarter of an hour, in
bot/store/feedback.py); any other message goes on to the questions (handlers/ask.py).
"""

from __future__ import annotations

import logging
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.answers.feedback import asks_feedback, overview, session_results, summarise, thanks_text
from bot.callback_data import CommentOn, FeedbackQuestions, NoComment, RateSession
from bot.i18n import Speaker
from bot.programme.current import short_id
from bot.programme.model import Session
from handlers import ask
from handlers.common import Context, answered_in_private_only, current_user, reply, services, speaker_for
from handlers.organisers import one_session, organiser_or_refuse
from handlers.settings import settings_view

log = logging.getLogger(__name__)


def rating_keyboard(session: Session, rating: int, s: Speaker) -> InlineKeyboardMarkup:
    """1–5 with the rating given ticked (it may be changed), and Comment."""
    key = short_id(session.id)
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    ("✅ " if n == rating else "") + str(n), callback_data=RateSession(key, n).pack()
                )
                for n in range(1, 6)
            ],
            [InlineKeyboardButton("💬 " + s._("Comment"), callback_data=CommentOn(key).pack())],
        ]
    )


async def _rated_session(update: Update, context: Context, key: str | None) -> tuple[Speaker, Session] | None:
    """The session a feedback button names, if the presser may rate it: it has ended, is one that
    is asked about, and they follow it (or rated it already). None after saying why not."""
    query = update.callback_query
    assert query is not None
    user = await current_user(update, context)
    s = speaker_for(user, context)
    svc = services(context)
    session = svc.programme.by_short_id(key) if key else None
    if user is None or session is None or not asks_feedback(session):
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return None
    if session.end > svc.clock.now():
        await query.answer(s._("You can rate this session once it has ended."), show_alert=True)
        return None
    if not svc.stars.has(user.id, session.id) and await svc.feedback.rating_of(user.id, session.id) is None:
        await query.answer(s._("Only those who followed this session rate it."), show_alert=True)
        return None
    return s, session


async def on_rate(update: Update, context: Context) -> None:
    """1–5 under the question: kept (a second press changes it), and Comment is offered."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    data = RateSession.unpack(query.data)
    found = await _rated_session(update, context, data.key if data else None)
    if found is None or data is None:
        return
    s, session = found
    if not 1 <= data.rating <= 5:
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    svc = services(context)
    await svc.feedback.rate(update.effective_user.id, session.id, data.rating, s.language, svc.clock.now())
    await query.answer(s._("Saved."))
    text = thanks_text(svc.programme.snapshot, session, data.rating, s)
    await query.edit_message_text(text, reply_markup=rating_keyboard(session, data.rating, s))


async def on_comment(update: Update, context: Context) -> None:
    """Comment: the next message is the comment."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    data = CommentOn.unpack(query.data)
    found = await _rated_session(update, context, data.key if data else None)
    if found is None:
        return
    s, session = found
    svc = services(context)
    user_id = update.effective_user.id
    if await svc.feedback.rating_of(user_id, session.id) is None:
        await query.answer(s._("Choose a rating from 1 to 5 first."), show_alert=True)
        return
    await svc.feedback.ask_comment(user_id, session.id, svc.clock.now())
    await query.answer()
    programme = svc.programme.snapshot
    title = escape(session.title.get(s.language, programme.conference.default_language))
    text = "💬 " + s._("Your comment on “{title}”, in one message:", title=title)
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(s._("No comment"), callback_data=NoComment().pack())]]
    )
    if isinstance(query.message, Message):
        await reply(query.message, text, keyboard)


async def on_no_comment(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    s = speaker_for(await current_user(update, context), context)
    await services(context).feedback.stop_comment(update.effective_user.id)
    await query.answer()
    await query.edit_message_text(s._("No comment, thank you all the same."))


async def on_text(update: Update, context: Context) -> None:
    """A private message: the comment the user is writing, else a question as usual."""
    message, tg_user = update.effective_message, update.effective_user
    svc = services(context)
    session_id = svc.feedback.writing_comment(tg_user.id, svc.clock.now()) if tg_user else None
    if message is None or tg_user is None or not message.text or session_id is None:
        await ask.on_text(update, context)
        return
    s = speaker_for(await current_user(update, context), context)
    kept = await svc.feedback.save_comment(tg_user.id, session_id, message.text)
    log.info("user %s commented on %s", tg_user.id, session_id)
    await reply(message, s._("Thank you, your comment is saved: “{comment}”", comment=escape(kept)))


async def on_questions_setting(update: Update, context: Context) -> None:
    """Being asked how sessions were, or not: from under a question or from /settings."""
    query = update.callback_query
    assert query is not None
    user = await current_user(update, context)
    assert user is not None
    s = speaker_for(user, context)
    data = FeedbackQuestions.unpack(query.data)
    if data is None or data.on not in (0, 1) or data.place not in ("q", "s"):
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    svc = services(context)
    await svc.feedback.set_asks(user.id, bool(data.on), svc.clock.now())
    await query.answer(s._("Saved."))
    if data.place == "s":
        text, keyboard = settings_view(user, s, asks_feedback=bool(data.on))
        await query.edit_message_text(text, reply_markup=keyboard)
    else:
        await query.edit_message_text(
            s._("I will not ask how sessions were any more. /settings turns it back on.")
        )


async def on_feedback(update: Update, context: Context) -> None:
    """/feedback: every rated session's average and counts; /feedback SESSION: one, with its comments."""
    if await answered_in_private_only(update, context, "feedback"):
        return
    s = await organiser_or_refuse(update, context)
    message = update.effective_message
    if s is None or message is None:
        return
    svc = services(context)
    programme = svc.programme.snapshot
    words = " ".join(context.args or [])
    if not words:
        await reply(message, overview(programme, summarise(await svc.feedback.ratings()), s))
        return
    session = await one_session(message, context, s, words)
    if session is None:
        return
    summary = summarise(await svc.feedback.ratings([session.id])).get(session.id)
    await reply(message, session_results(programme, session, summary, s))


HANDLERS = [
    CommandHandler("feedback", on_feedback),
    CallbackQueryHandler(on_rate, pattern=RateSession.pattern()),
    CallbackQueryHandler(on_comment, pattern=CommentOn.pattern()),
    CallbackQueryHandler(on_no_comment, pattern=NoComment.pattern()),
    CallbackQueryHandler(on_questions_setting, pattern=FeedbackQuestions.pattern()),
    # Before handlers/ask.py's: in a private chat, the comment being written comes first.
    MessageHandler(filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE, on_text),
]
