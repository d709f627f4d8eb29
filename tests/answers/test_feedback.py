"""Feedback summaries: counts per value, the average as each language writes it, comments kept."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.answers.feedback import Summary, average_text, distribution_text, ended_asking_feedback, summarise
from bot.i18n import speaker
from bot.programme.changes import Slot, apply_slot
from bot.programme.model import Programme
from bot.store.feedback import Rating

AT = datetime(2017, 11, 16, 16, 40, tzinfo=UTC)
ZONE = ZoneInfo("Europe/Brussels")


def test_summarise_counts_each_value_and_keeps_comments_in_order() -> None:
    ratings = [
        Rating("a", 4, "Clear.", "en", AT),
        Rating("a", 5, None, "fr", AT),
        Rating("b", 1, "Too long.", "es", AT),
        Rating("a", 4, "Good.", "en", AT),
    ]
    assert summarise(ratings) == {
        "a": Summary((0, 0, 0, 2, 1), ("Clear.", "Good.")),
        "b": Summary((1, 0, 0, 0, 0), ("Too long.",)),
    }


def test_average_and_counts_in_each_language() -> None:
    summary = Summary((0, 0, 1, 1, 1), ("Bien.",))
    assert average_text(summary, speaker("en", ZONE)) == "★ 4.0/5 from 3 ratings, 1 comment"
    assert average_text(summary, speaker("fr", ZONE)) == "★ 4,0/5 sur 3 notes, 1 commentaire"
    assert average_text(Summary((0, 1, 0, 0, 0)), speaker("es", ZONE)) == "★ 2,0/5 de 1 nota, 0 comentarios"
    assert distribution_text(summary) == "5★ 1 · 4★ 1 · 3★ 1 · 2★ 0 · 1★ 0"


def test_ended_asking_feedback_is_a_persons_sessions_ended_by_now_not_cancelled(mechelen: Programme) -> None:
    # Bart Somers: the opening (ends Thursday 10:15) and the closing plenary (Friday 17:30).
    friday = datetime(2017, 11, 17, 12, 0, tzinfo=ZONE)
    assert ended_asking_feedback(mechelen, "bart-somers", friday) == ["d1-opening"]
    assert ended_asking_feedback(mechelen, "bart-somers", friday.replace(hour=18)) == [
        "d1-opening",
        "d2-closing-plenary",
    ]
    without_opening = mechelen.replace_sessions(
        apply_slot(s, Slot(s.start, s.end, s.room_id, cancelled=True)) if s.id == "d1-opening" else s
        for s in mechelen.sessions
    )
    assert ended_asking_feedback(without_opening, "bart-somers", friday) == []
