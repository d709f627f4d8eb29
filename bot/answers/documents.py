"""Session documents as text: the reply to "background paper for the round table on…", the list
under a card's 📄 button, and the guiding questions shown on demand."""

from __future__ import annotations

from html import escape

from bot.answers.answer import Answer
from bot.answers.info import link
from bot.answers.lines import session_line
from bot.i18n import Speaker
from bot.programme.model import Document, Programme, Session


def document_label(document: Document, programme: Programme, s: Speaker) -> str:
    """'Background paper (French)', escaped; a link when the document is one."""
    title = document.title.get(s.language, programme.conference.default_language)
    label = escape(title)
    if document.url:
        label = link(document.url, title)
    if document.language:
        label += f" <i>({escape(s.language_name(document.language))})</i>"
    return label


def _session_documents(programme: Programme, session: Session, s: Speaker) -> list[str]:
    lines = [f"• {escape(s.day_title(session.start))}, " + session_line(programme, session, s)]
    if not session.documents:
        lines.append("  " + s._("No documents are listed for this session."))
    lines += [f"  📄 {document_label(document, programme, s)}" for document in session.documents]
    if session.questions:
        count = len(session.questions)
        lines.append("  ❓ " + s.n_("{count} guiding question", "{count} guiding questions", count))
    return lines


def render_documents(result: Answer, programme: Programme, s: Speaker) -> str:
    topic = escape(" ".join(result.question.topic))
    if not result.sessions:
        number = escape(result.question.unmatched)
        if number:
            # Translators: {number} is a session's number as asked: "table ronde 2.2" → "2.2".
            lines = [s._("I found no session numbered “{number}”.", number=number)]
        elif topic:
            lines = [s._("I found no session about “{topic}”.", topic=topic)]
        else:
            lines = []
        having = [session for session in programme.sessions if session.documents and not session.cancelled]
        if not having:
            return "\n".join([*lines, s._("No session of this programme lists documents.")])
        # Never "no session lists documents" when some do: say which.
        lines.append(s._("These sessions list documents:"))
        for session in having:
            lines += ["", *_session_documents(programme, session, s)]
        return "\n".join(lines)
    lines = [s._("Documents:")]
    for session in result.sessions:
        lines += ["", *_session_documents(programme, session, s)]
    if any(document.file for session in result.sessions for document in session.documents):
        lines += ["", s._("Open a session to receive its documents.")]
    return "\n".join(lines)


def documents_panel(programme: Programme, session: Session, s: Speaker) -> str:
    """What the 📄 button under a card shows: the session's documents, one a line."""
    title = escape(session.title.get(s.language, programme.conference.default_language))
    lines = [s._("Documents of “{title}”:", title=f"<b>{title}</b>")]
    lines += [f"📄 {document_label(document, programme, s)}" for document in session.documents]
    if not session.documents:
        lines.append(s._("No documents are listed for this session."))
    return "\n".join(lines)


def guiding_questions(programme: Programme, session: Session, s: Speaker) -> str:
    title = escape(session.title.get(s.language, programme.conference.default_language))
    lines = [s._("Guiding questions of “{title}”:", title=f"<b>{title}</b>")]
    lines += [f"– {escape(question)}" for question in session.questions]
    if not session.questions:
        lines.append(s._("No guiding questions are listed for this session."))
    return "\n".join(lines)
