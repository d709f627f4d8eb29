"""An organiser's announcements in words (bot/answers/announcements.py): whom one goes to, a time
that has passed, the list of those waiting."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.announcing import Audience
from bot.answers.announcements import LISTED_TEXT, audience_label, passed_text, scheduled_text
from bot.i18n import speaker
from bot.programme.model import Programme
from bot.store.scheduled import Scheduled

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2017, 11, 16, 9, 0, tzinfo=BRUSSELS)
EN = speaker("en", BRUSSELS)
NNBSP = "\u202f"  # Babel's space before AM/PM


def test_passed_text_of_a_time_now_says_so() -> None:
    assert passed_text(NOW, NOW, EN) == f"Thursday 16 November at 9:00{NNBSP}AM has already passed."


def test_passed_text_of_a_time_to_come_is_none() -> None:
    assert passed_text(NOW + timedelta(minutes=1), NOW, EN) is None


def test_audience_labels(mechelen: Programme) -> None:
    labels = [
        audience_label(mechelen, Audience.EVERYONE, "", EN),
        audience_label(mechelen, Audience.SPEAKERS, "", speaker("es", BRUSSELS)),
        audience_label(mechelen, Audience.SESSION, "d2-workshop-youth-migration", EN),
        audience_label(mechelen, Audience.ROOM, "alcazar", EN),
        audience_label(mechelen, Audience.ROOM, "gone & away", EN),  # a room no longer there
    ]
    assert labels == [
        "everyone",
        "los ponentes",
        "the followers of “Youth migration: why the silence?”",
        "those following sessions in Alcazar that day",
        "those following sessions in gone &amp; away that day",
    ]


def test_scheduled_text_lists_each_with_its_time_audience_and_text_clipped(mechelen: Programme) -> None:
    waiting = [
        Scheduled(3, 1, "room", "alcazar", "Coffee & tea", NOW.replace(hour=15), 1, 2, "en"),
        Scheduled(4, 1, "everyone", "", "x" * 100, NOW + timedelta(days=1), 1, 3, "en"),
    ]
    assert scheduled_text(mechelen, waiting, EN) == (
        "<b>Scheduled announcements</b>\n"
        f"\n<b>3.</b> Thursday 16 November at 3:00{NNBSP}PM — those following sessions in Alcazar that day"
        "\nCoffee &amp; tea\n"
        f"\n<b>4.</b> Friday 17 November at 9:00{NNBSP}AM — everyone"
        "\n" + "x" * (LISTED_TEXT - 1) + "…"
    )


def test_scheduled_text_of_none_says_so(mechelen: Programme) -> None:
    assert scheduled_text(mechelen, [], speaker("fr", BRUSSELS)) == "Aucune annonce n’est programmée."
