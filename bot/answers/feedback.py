"""Feedback in words: the question after a session, the thanks, and the results (averages, counts,
comments, never who gave them) for organisers and for the session's speakers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Protocol

from babel.numbers import format_decimal

from bot.i18n import Speaker
from bot.programme.kinds import PAUSE_KINDS
from bot.programme.model import Programme, Session

SCALE = (1, 2, 3, 4, 5)


class Rated(Protocol):
    """One rating as the store gives it (bot/store/feedback.py), without who gave it."""

    @property
    def session_id(self) -> str: ...
    @property
    def rating(self) -> int: ...
    @property
    def comment(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Summary:
    """A session's ratings: how many of each value, and the comments in the order they came."""

    counts: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)
    comments: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return sum(self.counts)

    @property
    def average(self) -> float:
        return (
            sum(value * n for value, n in zip(SCALE, self.counts, strict=True)) / self.count
            if self.count
            else 0.0
        )


def summarise(ratings: Iterable[Rated]) -> dict[str, Summary]:
    """Each session's summary, from its ratings."""
    counts: dict[str, list[int]] = {}
    comments: dict[str, list[str]] = {}
    for rating in ratings:
        counts.setdefault(rating.session_id, [0] * 5)[rating.rating - 1] += 1
        if rating.comment:
            comments.setdefault(rating.session_id, []).append(rating.comment)
    return {
        session_id: Summary((c[0], c[1], c[2], c[3], c[4]), tuple(comments.get(session_id, ())))
        for session_id, c in counts.items()
    }


def asks_feedback(session: Session) -> bool:
    """Whether a session's followers are asked how it was: not a break or lunch, not cancelled."""
    return not session.cancelled and session.kind not in PAUSE_KINDS


def ended_asking_feedback(programme: Programme, person_id: str, now: datetime) -> list[str]:
    """The ids of a person's sessions that have ended by `now` and whose followers were asked how
    they were (`asks_feedback`): those a speaker sees the feedback of, in time order."""
    return [x.id for x in programme.sessions_of_person(person_id) if x.end <= now and asks_feedback(x)]


def _title(programme: Programme, session: Session, s: Speaker) -> str:
    return escape(session.title.get(s.language, programme.conference.default_language))


def question_text(programme: Programme, session: Session, s: Speaker) -> str:
    """'How was “Title”?' with what the buttons mean."""
    return (
        "⭐ "
        + s._("How was “{title}”?", title=f"<b>{_title(programme, session, s)}</b>")
        + "\n"
        # Translators: under the question, above five buttons 1 to 5.
        + s._("From 1 (poor) to 5 (excellent). You may add a comment after.")
    )


def thanks_text(programme: Programme, session: Session, rating: int, s: Speaker) -> str:
    return "⭐ " + s._(
        "Thank you: {rating}/5 for “{title}”. A few words more? Press Comment.",
        rating=rating,
        title=_title(programme, session, s),
    )


def average_text(summary: Summary, s: Speaker) -> str:
    """'★ 4.2/5 from 12 ratings, 3 comments' (the decimal as the language writes it)."""
    average = format_decimal(summary.average, format="0.0", locale=s.language)
    ratings = s.n_("{count} rating", "{count} ratings", summary.count)
    comments = s.n_("{count} comment", "{count} comments", len(summary.comments))
    return s._(
        "★ {average}/5 from {ratings}, {comments}", average=average, ratings=ratings, comments=comments
    )


def comment_line(comment: str, s: Speaker) -> str:
    """A comment as written, in the reader's quotation marks, without who wrote it."""
    # Translators: a comment on a session, quoted as written (only the quotation marks change).
    return "💬 " + s._("“{comment}”", comment=escape(comment))


def distribution_text(summary: Summary) -> str:
    """'5★ 6 · 4★ 4 · 3★ 1 · 2★ 1 · 1★ 0'"""
    return " · ".join(f"{value}★ {summary.counts[value - 1]}" for value in reversed(SCALE))


def session_results(programme: Programme, session: Session, summary: Summary | None, s: Speaker) -> str:
    """One session's results: its average and counts, then its comments, without names."""
    lines = [f"<b>{_title(programme, session, s)}</b> — {escape(s.day_and_time(session.start))}"]
    if summary is None or not summary.count:
        lines.append(s._("No rating yet."))
        return "\n".join(lines)
    lines += [average_text(summary, s), distribution_text(summary)]
    lines += [comment_line(comment, s) for comment in summary.comments]
    return "\n".join(lines)


def overview(programme: Programme, summaries: Mapping[str, Summary], s: Speaker) -> str:
    """Every rated session, in programme order, with its average and counts."""
    heading = s._("Feedback on the sessions")
    rated = [x for x in programme.sessions if x.id in summaries]
    if not rated:
        return f"<b>{heading}</b>\n" + s._("No rating yet.")
    lines = [f"<b>{heading}</b>"]
    for session in rated:
        lines.append(f"• {_title(programme, session, s)} — {average_text(summaries[session.id], s)}")
    lines += ["", s._("One session's comments: /feedback SESSION")]
    return "\n".join(lines)
