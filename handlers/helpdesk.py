"""Ask a human: the organisers' help desk, for what the bot cannot answer.

Under an answer that leaves the question open (bot/answers/helpdesk.py: `asks_a_human`), a private
chat offers 🙋 Ask the organisers. Its tap sends the words the attendee typed, with their first
name and language and nothing else about them, through the outbox to the help-desk group
(HELPDESK_CHAT_ID) or to each organiser privately. An organiser answers by replying to that
message in Telegram; the bot passes the reply's words on to the attendee's chat, between labels
in the attendee's language. One question per attendee waits at a time; /helpdesk lists those
waiting (organisers only, checked on every call).

The words typed are kept in memory under the button's key until the tap (like long answers'
pages, handlers/ask.py): a button from before a restart asks to ask again. From the tap on, the
question is a row of bot/store/helpdesk.py, and the messages rows of the outbox: a restart loses
neither, and a reply to a question sent before it still reaches the attendee (the message names
its question by number, "🛎 #12").
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from dataclasses import dataclass
from html import escape

from telegram import InlineKeyboardButton, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.answers.helpdesk import (
    already_waiting,
    no_help_desk,
    question_number,
    sent_to_organisers,
    waiting_list,
)
from bot.callback_data import AskOrganisers, any_of
from bot.delivery.helpdesk import answer_message, question_messages
from bot.i18n import Speaker, speaker
from handlers.common import Context, answered_in_private_only, current_user, language_of, reply, services
from handlers.organisers import organiser_or_refuse

log = logging.getLogger(__name__)

# Questions offered to the help desk and not yet sent (ConferenceContext.helpdesk_drafts): at most
# this many are kept, the oldest forgotten first.
DRAFTS_LIMIT = 4096


def _speaker(context: Context, language: str) -> Speaker:
    return speaker(language, services(context).programme.snapshot.timezone)


@dataclass(frozen=True, slots=True)
class Draft:
    user_id: int
    text: str
    language: str  # the question's, as its answer was written in


def offer(context: Context, user_id: int, text: str, s: Speaker) -> InlineKeyboardButton | None:
    """The 🙋 Ask the organisers button for a question (`s`: in the language of its answer), or
    None when nobody could be asked."""
    if not text.strip() or not services(context).recipients.helpdesk_chats():
        return None
    drafts = context.helpdesk_drafts
    key = secrets.token_urlsafe(6)
    drafts[key] = Draft(user_id, text.strip(), s.language)
    while len(drafts) > DRAFTS_LIMIT:
        drafts.popitem(last=False)
    return InlineKeyboardButton("🙋 " + s._("Ask the organisers"), callback_data=AskOrganisers(key).pack())


async def on_ask(update: Update, context: Context) -> None:
    """🙋 Ask the organisers: the question goes to the help desk, unless one is waiting already."""
    query = update.callback_query
    assert query is not None
    svc = services(context)
    user = await current_user(update, context)
    language = language_of(user, context)
    s = _speaker(context, language)
    chats = svc.recipients.helpdesk_chats()
    if not chats:
        await query.answer(no_help_desk(s), show_alert=True)
        return
    data = AskOrganisers.unpack(query.data)
    drafts = context.helpdesk_drafts
    draft = drafts.get(data.key) if data is not None else None
    if data is None or draft is None or draft.user_id != query.from_user.id:
        await query.answer(s._("This question is no longer available: ask it again."), show_alert=True)
        return
    # The question's language: organisers know which to answer in, and the attendee reads it.
    s = _speaker(context, draft.language)
    now = svc.clock.now()
    question, new = await svc.helpdesk.ask(
        query.from_user.id, query.from_user.first_name, draft.language, draft.text, now
    )
    await query.answer()
    message = query.message if isinstance(query.message, Message) else None
    if not new:
        text = already_waiting(question, s)
    else:
        drafts.pop(data.key, None)
        await svc.outbox.enqueue(question_messages(question, chats), now)
        svc.wake_sender()
        log.info("help-desk question #%d from user %s", question.id, question.user_id)
        text = sent_to_organisers(question, s)
        if message is not None:
            # The button goes with the question; a message too old to edit keeps it (a second
            # tap is then refused as a question already waiting).
            with contextlib.suppress(BadRequest):
                await message.edit_reply_markup(None)
    if message is not None:
        await reply(message, text)
    else:
        await context.bot.send_message(query.from_user.id, text)


class RepliesToQuestion(filters.MessageFilter):
    """A reply to one of the bot's help-desk messages ("🛎 #12 …")."""

    def filter(self, message: Message) -> bool:
        replied = message.reply_to_message
        if replied is None or replied.from_user is None:
            return False
        return replied.from_user.id == message.get_bot().id and question_number(replied.text) is not None


REPLIES_TO_QUESTION = RepliesToQuestion(name="replies_to_helpdesk_question")


async def on_reply(update: Update, context: Context) -> None:
    """An organiser's reply to a question: its words go to the attendee. Anyone else's reply in a
    group is ignored (it is neither an answer nor a question for the bot)."""
    message = update.effective_message
    assert message is not None and message.reply_to_message is not None
    svc = services(context)
    sender = update.effective_user
    if sender is None or not svc.organisers.is_organiser(sender.id):
        # Not even recorded as a user in a group: the reply was not for the bot.
        if message.chat.type == ChatType.PRIVATE:
            await organiser_or_refuse(update, context)
        return
    user = await current_user(update, context)
    s = _speaker(context, language_of(user, context))
    number = question_number(message.reply_to_message.text)
    question = await svc.helpdesk.get(number) if number is not None else None
    if question is None:
        await reply(message, s._("This question is no longer known."))
        return
    words = (message.text or message.caption or "").strip()
    if not words:
        await reply(message, s._("Only words can be passed on: reply to the question with text."))
        return
    now = svc.clock.now()
    await svc.helpdesk.answered(question.id, sender.id, now)
    await svc.outbox.enqueue([answer_message(question, words, message.chat_id, message.message_id)], now)
    svc.wake_sender()
    log.info("help-desk question #%d answered by user %s", question.id, sender.id)
    await reply(message, "✅ " + s._("Sent to {name}.", name=f"<b>{escape(question.first_name)}</b>"))


async def on_helpdesk(update: Update, context: Context) -> None:
    """/helpdesk: the questions waiting for an answer (organisers only; in the help-desk group or
    in private)."""
    chat = update.effective_chat
    svc = services(context)
    in_helpdesk = chat is not None and chat.id == svc.config.helpdesk_chat_id
    if not in_helpdesk and await answered_in_private_only(update, context, "helpdesk"):
        return
    s = await organiser_or_refuse(update, context)
    message = update.effective_message
    if s is None or message is None:
        return
    await reply(message, waiting_list(await svc.helpdesk.open_questions(), s))


HANDLERS = [
    CallbackQueryHandler(on_ask, pattern=any_of(AskOrganisers)),
    CommandHandler("helpdesk", on_helpdesk),
    # Before the questions (handlers/ask.py): a reply to the bot's message is otherwise one.
    MessageHandler(REPLIES_TO_QUESTION & ~filters.COMMAND, on_reply),
]
