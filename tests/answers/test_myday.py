"""The reader's day and the day a command names, on Mechelen's programme."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.answers.days import day_named, default_day
from bot.answers.myday import clash_notice, clashes_with, duration, my_day, star_added
from bot.config import ROOT
from bot.i18n import speaker
from bot.programme.loading import load_programme

PROGRAMME = load_programme(ROOT / "data" / "mechelen-2017" / "programme.toml").programme
THURSDAY, FRIDAY = date(2017, 11, 16), date(2017, 11, 17)
NOON = datetime.fromisoformat("2017-11-16T12:10:00+01:00")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("", THURSDAY),
        ("2", FRIDAY),
        ("17", FRIDAY),
        ("2017-11-16", THURSDAY),
        ("vendredi", FRIDAY),
        ("Viernes", FRIDAY),
        ("jeu.", THURSDAY),
        ("tomorrow", FRIDAY),
        ("mañana", FRIDAY),
        ("aujourd'hui", THURSDAY),
        ("hoy", THURSDAY),
        ("monday", None),
        ("3", None),
        ("2017-11-18", None),
        ("n'importe quoi", None),
    ],
)
def test_day_named(text: str, day: date | None) -> None:
    assert day_named(PROGRAMME, text, NOON) == day


def test_default_day_before_during_and_after_the_conference() -> None:
    assert default_day(PROGRAMME, datetime.fromisoformat("2017-10-01T09:00:00+02:00")) == THURSDAY
    assert (
        default_day(PROGRAMME, datetime.fromisoformat("2017-11-17T01:00:00+01:00")) == THURSDAY
    )  # the night
    assert default_day(PROGRAMME, datetime.fromisoformat("2017-11-17T09:00:00+01:00")) == FRIDAY
    assert default_day(PROGRAMME, datetime.fromisoformat("2018-01-01T09:00:00+01:00")) == FRIDAY


def test_duration_is_written_alike_in_every_language() -> None:
    assert [duration(datetime(2017, 1, 1, 10, m) - datetime(2017, 1, 1, 9, 0)) for m in (0, 5, 45)] == [
        "1 h",
        "1 h 05",
        "1 h 45",
    ]


def test_my_day_in_french_says_now_and_the_time_between() -> None:
    starred = frozenset({"d1-opening", "d1-workshop-right-to-the-city", "d1-session-human-rights"})
    at = datetime.fromisoformat("2017-11-16T13:00:00+01:00")
    text = my_day(PROGRAMME, starred, THURSDAY, at, speaker("fr", PROGRAMME.timezone))
    assert text.splitlines() == [
        "<b>Votre journée : Jeudi 16 novembre</b>",
        "▶️ En ce moment pour vous : <b>La mobilité humaine et le droit à la ville</b>"
        " (Alcazar, jusqu'à 14:45)",
        "⏭ Ensuite pour vous : <b>Droits humains des migrants</b> à 15:00 (Dijlezaal), dans 2 h",
        "",
        "• <b>09:00–10:15</b> · Auditoire — Discours de bienvenue et allocutions des partenaires"
        " institutionnels",
        "   ↓ 2 h 30 de libre · Pause 10:15–10:30, Pause déjeuner 12:00–12:45",
        "• <b>12:45–14:45</b> · Alcazar — La mobilité humaine et le droit à la ville (en cours)",
        "   ↓ 15 min de libre · Pause 14:45–15:00",
        "• <b>15:00–16:30</b> · Dijlezaal — Droits humains des migrants",
    ]


def test_my_day_flags_each_clash_once_and_other_days() -> None:
    starred = frozenset({"d1-workshop-right-to-the-city", "d1-workshop-mena", "d2-workshop-youth-migration"})
    s = speaker("en", PROGRAMME.timezone)
    text = my_day(PROGRAMME, starred, THURSDAY, datetime.fromisoformat("2017-11-15T09:00:00+01:00"), s)
    assert text.count("⚠️") == 1
    assert "⚠️ clashes with “Human mobility and the right to the city”" in text
    assert "free" not in text
    empty = my_day(PROGRAMME, frozenset({"d2-workshop-youth-migration"}), THURSDAY, NOON, s)
    assert empty.splitlines()[2:] == [
        "You have starred nothing on this day.",
        "Your 1 starred session is on another day: /mine lists it.",
    ]


def test_a_new_star_that_overlaps_says_so_naming_both() -> None:
    s = speaker("es", PROGRAMME.timezone)
    session = PROGRAMME.session("d1-workshop-mena")
    assert session is not None
    starred = frozenset({"d1-workshop-mena", "d1-workshop-right-to-the-city", "d1-visit-local-projects"})
    assert [x.id for x in clashes_with(PROGRAMME, session, starred)] == [
        "d1-workshop-right-to-the-city",
        "d1-visit-local-projects",
    ]
    notice, alert = star_added(PROGRAMME, session, starred, s)
    assert alert
    assert notice.startswith("Añadida a sus sesiones.\n⚠️ «")
    assert " coincide con «" in notice
    assert len(notice.encode("utf-16-le")) // 2 <= 200
    assert " y 1 más." in notice
    assert clash_notice(PROGRAMME, session, frozenset({"d1-workshop-mena", "d1-opening"}), s) is None
    assert star_added(PROGRAMME, session, frozenset({"d1-workshop-mena"}), s) == (
        "Añadida a sus sesiones.",
        False,
    )
