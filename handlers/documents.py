"""Session documents: the card's 📄 button lists them; each is then sent as a file or a link, and
the session's guiding questions are shown on demand.

A file is uploaded to Telegram once; Telegram answers with a file_id that sends the same file
again without uploading it, so later requests reuse it (kept in memory, keyed by the file's
path, size and modification time: a replaced file is uploaded anew).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from bot.answers.clip import clip, truncate_html
from bot.answers.documents import document_label, documents_panel, guiding_questions
from bot.answers.split import TELEGRAM_LIMIT, split_message
from bot.callback_data import (
    DOCUMENT_BUTTONS,
    DocumentFile,
    GuidingQuestions,
    SessionDocuments,
    any_of,
    parse_any,
    position,
)
from bot.i18n import Speaker
from bot.programme.current import short_id
from bot.programme.model import Document, Programme, Session
from handlers.common import Context, current_user, services, speaker_for

log = logging.getLogger(__name__)

LABEL_LIMIT = 60
CAPTION_LIMIT = 1024  # Telegram's limit for a document's caption


def documents_keyboard(session: Session, s: Speaker) -> InlineKeyboardMarkup:
    """One button a document, then one for the guiding questions when the session has some."""
    key = short_id(session.id)
    rows = []
    for number, document in enumerate(session.documents):
        label = clip("📄 " + document.title.get(s.language), LABEL_LIMIT)
        rows.append([InlineKeyboardButton(label, callback_data=DocumentFile(key, str(number)).pack())])
    if session.questions:
        rows.append(
            [InlineKeyboardButton(s._("❓ Guiding questions"), callback_data=GuidingQuestions(key).pack())]
        )
    return InlineKeyboardMarkup(rows)


def file_key(path: Path) -> str:
    stat = path.stat()
    return f"{path}:{stat.st_size}:{stat.st_mtime_ns}"


async def send_document(
    context: Context, chat_id: int, document: Document, programme: Programme, s: Speaker
) -> None:
    """The file (by file_id once Telegram has it), or the link when the document is one."""
    label = document_label(document, programme, s)
    if document.path is None:
        await context.bot.send_message(chat_id, truncate_html("📄 " + label, TELEGRAM_LIMIT))
        return
    caption = truncate_html(label, CAPTION_LIMIT)
    path = document.path
    cache = services(context).files  # kept in the database: uploaded once, across restarts
    key = file_key(path)
    file_id = cache.get(key)
    if file_id is not None:
        try:
            await context.bot.send_document(chat_id, file_id, caption=caption)
            return
        except BadRequest as error:
            # Telegram no longer knows it (another bot token, a deleted file): upload again.
            log.warning("file_id of %s refused (%s): uploading it again", path, error.message)
            cache.pop(key, None)
    content = await asyncio.to_thread(path.read_bytes)
    sent = await context.bot.send_document(chat_id, content, filename=path.name, caption=caption)
    if sent.document is not None:
        cache[key] = sent.document.file_id


async def on_documents_button(update: Update, context: Context) -> None:
    """📄 under a card (doc), a document (docf), the guiding questions (docq)."""
    query = update.callback_query
    assert query is not None
    data = parse_any(query.data, *DOCUMENT_BUTTONS)
    user = await current_user(update, context)
    s = speaker_for(user, context)
    svc = services(context)
    chat = update.effective_chat
    if not isinstance(data, SessionDocuments | DocumentFile | GuidingQuestions) or chat is None:
        await query.answer(s._("This button is no longer valid."))
        return
    session = svc.programme.by_short_id(data.key)
    if session is None:
        await query.answer(s._("This session is no longer in the programme."), show_alert=True)
        return
    programme = svc.programme.snapshot
    if isinstance(data, SessionDocuments):
        await query.answer()
        parts = split_message(documents_panel(programme, session, s))
        for number, part in enumerate(parts, start=1):
            keyboard = documents_keyboard(session, s) if number == len(parts) else None
            await context.bot.send_message(chat.id, part, reply_markup=keyboard)
    elif isinstance(data, GuidingQuestions):
        await query.answer()
        for part in split_message(guiding_questions(programme, session, s)):
            await context.bot.send_message(chat.id, part)
    else:
        index = position(data.number, len(session.documents))
        if index is None:
            await query.answer(s._("This document is no longer in the programme."), show_alert=True)
            return
        # Answered first: an upload can take longer than Telegram waits for the answer.
        await query.answer(s._("Sending the document…"))
        await send_document(context, chat.id, session.documents[index], programme, s)


HANDLERS = [CallbackQueryHandler(on_documents_button, pattern=any_of(*DOCUMENT_BUTTONS))]
