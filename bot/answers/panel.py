"""Questions to the panel in words: a session's questions as its hosts see them (ranked, the
answered ones below) and as its followers see them (the open ones, theirs marked), and why an
action is refused. Who asked a question is never written anywhere here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from bot.answers.clip import join_within
from bot.answers.split import TELEGRAM_LIMIT
from bot.i18n import Speaker
from bot.panel import QUESTION_LIMIT, Question, Refusal, Standing, State, ranked
from bot.programme.model import Programme, Session

SHOWN = 12  # questions in one message: 12 of the longest fit Telegram's 4,096 characters


def session_title(programme: Programme, session: Session, s: Speaker) -> str:
    return escape(session.title.get(s.language, programme.conference.default_language))


def _heading(programme: Programme, session: Session, s: Speaker) -> list[str]:
    title = session_title(programme, session, s)
    # Translators: the heading of a session's questions to the panel; {title} is the session's.
    heading = s._("Questions to the panel of “{title}”", title=title)
    when = escape(f"{s.day_title(session.start)}, {s.time_range(session.start, session.end)}")
    return [f"🙋 <b>{heading}</b>", f"🕒 {when}", ""]


def shown(questions: Sequence[Question]) -> list[Question]:
    """The open questions a view lists and numbers (its buttons name them by these numbers)."""
    return ranked(questions)[:SHOWN]


def _line(number: int, question: Question, extra: str = "") -> str:
    return f"{number}. 👍 {question.votes} — {escape(question.text)}{extra}"


def _more(questions: Sequence[Question], s: Speaker) -> list[str]:
    left = len(ranked(questions)) - SHOWN
    if left <= 0:
        return []
    return [s.n_("… and {count} more with fewer votes.", "… and {count} more with fewer votes.", left)]


def hosts_view(
    programme: Programme, session: Session, questions: Sequence[Question], s: Speaker, standing: Standing
) -> str:
    """Every open question, most votes first, then those answered; never who asked them."""
    lines = _heading(programme, session, s)
    if standing == Standing.ORGANISER:
        lines.append("<i>" + s._("You see them as an organiser: you may hide any.") + "</i>")
    listed = shown(questions)
    if listed:
        lines.append(s._("Open questions, most votes first (✅ answered, 🙈 hide):"))
        lines += [_line(n, q) for n, q in enumerate(listed, start=1)]
        lines += _more(questions, s)
    else:
        lines.append(s._("No open question."))
    answered = ranked(questions, State.ANSWERED)
    if answered:
        lines.append("")
        lines.append(s._("✅ Answered:"))
        lines += [f"• 👍 {q.votes} — {escape(q.text)}" for q in answered]
    return join_within(lines, TELEGRAM_LIMIT)


def followers_view(
    programme: Programme,
    session: Session,
    questions: Sequence[Question],
    s: Speaker,
    *,
    mine: set[int],
    voted: set[int],
) -> str:
    """The open questions, most votes first, the reader's own and those they voted for marked."""
    lines = _heading(programme, session, s)
    listed = shown(questions)
    if not listed:
        lines.append(s._("No open question yet. ❓ Ask the panel under the session's card asks one."))
        return "\n".join(lines)
    lines.append(s._("Open questions, most votes first. Press 👍 and a number to vote for one, once."))
    for number, question in enumerate(listed, start=1):
        extra = ""
        if question.id in mine:
            extra = " <i>(" + s._("yours") + ")</i>"
        elif question.id in voted:
            extra = " ✓"
        lines.append(_line(number, question, extra))
    lines += _more(questions, s)
    return join_within(lines, TELEGRAM_LIMIT)


def writing_prompt(programme: Programme, session: Session, s: Speaker) -> str:
    title = session_title(programme, session, s)
    return "❓ " + s._(
        "Your question for the panel of “{title}”, in one message ({limit} characters at most). "
        "It is shown as you write it, without your name.",
        title=title,
        limit=QUESTION_LIMIT,
    )


def sent_text(programme: Programme, session: Session, text: str, s: Speaker) -> str:
    title = session_title(programme, session, s)
    return "✅ " + s._(
        "Your question is with the panel of “{title}”: “{question}”", title=title, question=escape(text)
    )


def refusal_text(refusal: Refusal, s: Speaker, *, length: int = 0) -> str:
    if refusal == Refusal.NOT_ON:
        return s._("This session is not on now: questions are taken while it runs.")
    if refusal == Refusal.NOT_FOLLOWING:
        return s._("Only those who follow this session (⭐ on its card) see its questions and vote.")
    if refusal == Refusal.NOT_HOST:
        return s._("Only the session's moderator, its speakers or the organisers do that.")
    if refusal == Refusal.OWN:
        return s._("This is your own question.")
    if refusal == Refusal.ALREADY:
        return s._("You have already voted for this question.")
    if refusal == Refusal.CLOSED:
        return s._("This question is no longer open.")
    if refusal == Refusal.TOO_LONG:
        return s._(
            "That is {length} characters: a question for the panel is {limit} at most. Send it shorter.",
            length=length,
            limit=QUESTION_LIMIT,
        )
    return s._("Write your question after the colon.")


def too_many_text(s: Speaker, count: int, minutes: float, again: datetime) -> str:
    return s.n_(
        "You have asked {count} question for this session in the last {minutes} minutes: "
        "you may ask another at {time}.",
        "You have asked {count} questions for this session in the last {minutes} minutes: "
        "you may ask another at {time}.",
        count,
        minutes=f"{minutes:g}",
        time=s.time(again),
    )
