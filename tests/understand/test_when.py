"""Days, clock times, parts of the day, delays and spoken times in French, English and Spanish,
read on three programmes (their days differ: Thursday and Friday, a weekend, three days).

Texts are given as the parser hands them to find_when: folded, hyphens between letters as spaces."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from bot.programme.model import Programme
from bot.understand.text import fold
from bot.understand.when import When, find_when, spoken_times
from tests.understand.conftest import PROGRAMMES

# (language, text, day, clock, part, delay in minutes); the question is asked at 10:00 on the
# first day; a day is an offset from the first day, or "last" for the conference's last day.
WHEN: list[tuple[str, str, int | str | None, str | None, str | None, int | None]] = [
    # Clock times.
    ("fr", "à 15h", 0, "15:00", None, None),
    ("fr", "15 h 10", 0, "15:10", None, None),
    ("fr", "vers 9", 0, "09:00", None, None),
    ("fr", "à 4", 0, "16:00", None, None),  # conferences do not start at 4 in the morning
    ("en", "at 04:00", 0, "04:00", None, None),  # unless the hour is written with its zero
    ("es", "a las diez menos cinco", 0, "09:55", None, None),
    ("fr", "à 3h moins vingt", 0, "14:40", None, None),
    ("fr", "quinze heures trente", 0, "15:30", None, None),
    ("fr", "dix sept heures quinze", 0, "17:15", None, None),
    ("fr", "midi et demi", 0, "12:30", None, None),
    ("fr", "et a midi 50 ?", 0, "12:50", None, None),
    ("fr", "3 h moins le quart", 0, "14:45", None, None),
    ("fr", "à 9 heures du matin", 0, "09:00", "morning", None),
    ("en", "at 4:15pm", 0, "16:15", None, None),
    ("en", "at 10 am", 0, "10:00", None, None),
    ("en", "half past ten", 0, "10:30", None, None),
    ("en", "quarter to 4", 0, "15:45", None, None),
    ("en", "ten past nine", 0, "09:10", None, None),
    ("en", "twenty to ten", 0, "09:40", None, None),
    ("en", "half nine", 0, "09:30", None, None),
    ("en", "at four pm", 0, "16:00", None, None),
    ("en", "at noon", 0, "12:00", None, None),
    ("en", "at 3 in the afternoon", 0, "15:00", "afternoon", None),
    ("es", "a las tres y media", 0, "15:30", None, None),
    ("es", "a las 10", 0, "10:00", None, None),
    ("es", "a las 3 y veinte", 0, "15:20", None, None),
    ("es", "a las cuatro menos cuarto", 0, "15:45", None, None),
    ("es", "la 1 y 40", 0, "13:40", None, None),
    ("es", "al mediodía", 0, "12:00", None, None),
    ("es", "a las 9 de la mañana", 0, "09:00", "morning", None),
    ("es", "a las diecisiete horas", 0, "17:00", None, None),
    # Delays.
    ("fr", "dans 20 minutes", None, None, None, 20),
    ("fr", "dans une demi heure", None, None, None, 30),
    ("fr", "dans un quart d'heure", None, None, None, 15),
    ("en", "in 2 hours", None, None, None, 120),
    ("en", "in half an hour", None, None, None, 30),
    ("en", "within 15 mins", None, None, None, 15),
    ("es", "en 10 minutos", None, None, None, 10),
    ("es", "en media hora", None, None, None, 30),
    ("es", "en una hora", None, None, None, 60),
    # Hours and part of one: a delay, not the clock's 1:30.
    ("fr", "et dans une heure et demie ?", None, None, None, 90),
    ("fr", "dans 1h30", None, None, None, 90),
    ("fr", "dans deux heures et quart", None, None, None, 135),
    ("en", "in an hour and a half", None, None, None, 90),
    ("en", "in 2 hours and a quarter", None, None, None, 135),
    ("es", "dentro de una hora y media", None, None, None, 90),
    ("es", "en hora y media", None, None, None, 90),
    ("es", "dentro de dos horas", None, None, None, 120),  # "dos" in words, "una" no o'clock
    ("es", "dentro de una hora", None, None, None, 60),
    ("es", "dentro de media hora", None, None, None, 30),
    ("fr", "d'ici vingt minutes", None, None, None, 20),
    ("fr", "dans deux heures", None, None, None, 120),
    ("en", "in forty five minutes", None, None, None, 45),
    # The hour and its minutes apart, after a preposition of time; a room's code has none.
    ("es", "que hay a las 10 45", 0, "10:45", None, None),
    ("en", "whats on at 11 45", 0, "11:45", None, None),
    ("es", "cual es la siguiente en la sala 2 32", None, None, None, None),
    ("en", "any session about 3D plots?", None, None, None, None),  # a code, not "about 3"
    ("en", "at 4ish?", 0, "16:00", None, None),
    # Days.
    ("fr", "aujourd'hui", 0, None, None, None),
    ("fr", "le dernier truc a la chapelle ajd", 0, None, None, None),  # "ajd": SMS French
    ("fr", "demain", 1, None, None, None),
    ("fr", "après demain", 2, None, None, None),
    ("fr", "le premier jour", 0, None, None, None),
    ("fr", "jour 2", 1, None, None, None),
    ("fr", "le dernier jour", "last", None, None, None),
    ("en", "today", 0, None, None, None),
    ("en", "tomorrow", 1, None, None, None),
    ("en", "day after tomorrow", 2, None, None, None),
    ("en", "the first day", 0, None, None, None),
    ("en", "day 2", 1, None, None, None),
    ("en", "last day", "last", None, None, None),
    ("es", "hoy", 0, None, None, None),
    # A day's word with an elision before it or a possessive after it.
    ("fr", "les ateliers d'aujourd'hui", 0, None, None, None),
    ("en", "where's today's synthesis session", 0, None, None, None),
    ("en", "tomorrow's workshops", 1, None, None, None),
    ("es", "mañana", 1, None, None, None),
    ("es", "pasado mañana", 2, None, None, None),
    ("fr", "et hier ?", -1, None, None, None),
    ("fr", "avant-hier", -2, None, None, None),
    ("en", "what was on yesterday", -1, None, None, None),
    ("en", "the day before yesterday", -2, None, None, None),
    ("es", "y ayer?", -1, None, None, None),
    ("es", "anteayer", -2, None, None, None),
    ("es", "el primer día", 0, None, None, None),
    ("es", "el último día", "last", None, None, None),
    ("fr", "le dernier talk de la journée", 0, None, None, None),  # the day it is
    ("en", "the last talk of the day", 0, None, None, None),
    ("es", "la última charla del día", 0, None, None, None),
    ("es", "la última charla del día 2", 1, None, None, None),  # a day's number: that day
    ("en", "the last talk of the day tomorrow", 1, None, None, None),
    # Parts of the day (today's, when no day is said).
    ("fr", "ce soir", 0, None, "evening", None),
    ("fr", "cet après midi", 0, None, "afternoon", None),
    ("fr", "demain matin", 1, None, "morning", None),
    ("en", "tonight", 0, None, "evening", None),
    ("en", "this morning", 0, None, "morning", None),
    ("es", "por la tarde", 0, None, "afternoon", None),
    ("es", "esta mañana", 0, None, "morning", None),
    ("es", "mañana por la mañana", 1, None, "morning", None),  # "mañana" is tomorrow, "la mañana" the morning
    ("fr", "ce soir à 1h du mat", 0, "01:00", "evening", None),  # the hour's own part: 1 a.m.
    ("es", "esta noche a las 2 de la madrugada", 0, "02:00", "evening", None),
    # Nothing about time.
    ("fr", "mon directeur", None, None, None, None),  # "mon" is Monday only in English
    ("es", "santo domingo", None, None, None, None),  # a place, not Sunday
]


def _expected(programme: Programme, day: int | str | None) -> date | None:
    days = programme.conference.days
    if day is None:
        return None
    return days[-1] if day == "last" else days[0] + timedelta(days=int(day))


@pytest.mark.parametrize("name", PROGRAMMES)
@pytest.mark.parametrize(
    ("language", "text", "day", "clock", "part", "delay"), WHEN, ids=[row[1] for row in WHEN]
)
def test_the_time_of_a_question_is_read(
    programmes: dict[str, Programme],
    name: str,
    language: str,
    text: str,
    day: int | str | None,
    clock: str | None,
    part: str | None,
    delay: int | None,
) -> None:
    programme = programmes[name]
    conference = programme.conference
    at = conference.local(conference.days[0], time(10, 0))
    when, _ = find_when(fold(text), language, at, conference)
    assert when == When(
        day=_expected(programme, day),
        clock=time.fromisoformat(clock) if clock else None,
        part=part,
        delay=timedelta(minutes=delay) if delay is not None else None,
    )


WEEKDAY_NAMES = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
MONTH_NAMES = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
}  # fmt: skip


@pytest.mark.parametrize("name", PROGRAMMES)
@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_second_day_is_found_by_its_weekday_and_its_date(
    programmes: dict[str, Programme], name: str, language: str
) -> None:
    conference = programmes[name].conference
    at = conference.local(conference.days[0], time(10, 0))
    second = conference.days[1]
    weekday = WEEKDAY_NAMES[language][second.weekday()]
    month = MONTH_NAMES[language][second.month - 1]
    said = {
        "fr": [f"{weekday} ?", f"le {second.day} {month}", f"{second.day}/{second.month}"],
        "en": [f"on {weekday}", f"{month} {second.day}", f"{second.day} {month} {second.year}"],
        "es": [f"el {weekday}", f"el {second.day} de {month}", f"{second.day}/{second.month}/{second.year}"],
    }[language]
    assert {text: find_when(fold(text), language, at, conference)[0].day for text in said} == dict.fromkeys(
        said, second
    )


def test_a_weekday_of_a_conference_over_two_weeks_is_the_next_one() -> None:
    """JuliaCon 2021 ran from Tuesday 20 to Saturday 31 July: on Wednesday 28, "jeudi" is the 29th,
    not the 22nd; on Friday 30, "thursday" is the one just gone."""
    from zoneinfo import ZoneInfo

    from tests.small_programme import small_programme, talk

    zone = ZoneInfo("UTC")
    first = datetime(2021, 7, 20, 12, tzinfo=zone)
    sessions = [
        talk(f"d{n}", first + timedelta(days=n), first + timedelta(days=n, hours=1), "Talk")
        for n in range(12)
    ]
    conference = small_programme(zone, sessions).conference
    wednesday, friday = datetime(2021, 7, 28, 21, tzinfo=zone), datetime(2021, 7, 30, 12, tzinfo=zone)
    assert find_when(fold("jeudi à 19h30"), "fr", wednesday, conference)[0].day == date(2021, 7, 29)
    assert find_when(fold("el viernes a las 19:00"), "es", wednesday, conference)[0].day == date(2021, 7, 30)
    assert find_when(fold("what was on thursday"), "en", friday, conference)[0].day == date(2021, 7, 29)


# (language, part said alone, the same part said of today)
PART_ALONE_AND_THIS = [
    ("en", "what's on in the morning?", "what's on this morning?"),
    ("fr", "qu'y a-t-il l'après-midi ?", "qu'y a-t-il cet après-midi ?"),
    ("es", "¿qué hay por la mañana?", "¿qué hay esta mañana?"),
    ("es", "¿y por la tarde?", "¿y esta tarde?"),
]


@pytest.mark.parametrize("name", PROGRAMMES)
@pytest.mark.parametrize(
    ("language", "alone", "this"), PART_ALONE_AND_THIS, ids=[r[1] for r in PART_ALONE_AND_THIS]
)
def test_a_part_of_the_day_said_alone_once_it_is_over_is_the_next_days(
    programmes: dict[str, Programme], name: str, language: str, alone: str, this: str
) -> None:
    """At 9 pm, "in the morning" is tomorrow's; "this morning" stays today's, and the last day's
    morning stays the last day's (no day follows)."""
    conference = programmes[name].conference
    first, second, last = conference.days[0], conference.days[1], conference.days[-1]
    evening = conference.local(first, time(21, 0))
    assert find_when(fold(alone), language, evening, conference)[0].day == second
    assert find_when(fold(this), language, evening, conference)[0].day == first
    assert find_when(fold(alone), language, conference.local(first, time(8, 0)), conference)[0].day == first
    assert find_when(fold(alone), language, conference.local(last, time(21, 0)), conference)[0].day == last


def test_the_time_words_are_blanked_from_what_is_left() -> None:
    from bot.config import default_programme_path
    from bot.programme.loading import load_programme

    conference = load_programme(default_programme_path()).programme.conference
    at = conference.local(conference.days[0], time(10, 0))
    when, rest = find_when("next in scala at 15h tomorrow", "en", at, conference)
    assert (when.day, when.clock) == (conference.days[1], time(15, 0))
    assert rest.split() == ["next", "in", "scala", "at"]


SPOKEN = [
    # French
    ("quinze heures trente", "15:30"),
    ("dix sept heures", "17h"),
    ("midi et demi", "12:30"),
    ("vers 3 h et quart", "vers 3:15"),
    ("4 h moins le quart", "3:45"),
    ("trois heures", "3h"),
    ("9 du matin", "a 9 du matin"),
    ("pause de midi", "lunch"),
    ("minuit et demi", "0:30"),
    ("minuit et quart", "0:15"),
    # English
    ("half past ten", "10:30"),
    ("quarter past 3", "3:15"),
    ("quarter to 4", "3:45"),
    ("ten past nine", "9:10"),
    ("twenty to ten", "9:40"),
    ("half nine", "9:30"),
    ("half past midnight", "0:30"),
    ("at 3 forty five", "at 3:45"),
    ("at four", "at 4"),
    ("at one", "at one"),  # "at one point": one is a time only beside a word of time
    ("lunch time", "lunch"),
    ("4 in the afternoon", "a 4 in the afternoon"),
    # Spanish
    ("a las tres y media", "a las 3:30"),
    ("a las 3 y veinte", "a las 3:20"),
    ("la 1 y 40", "la 1:40"),
    ("a la una", "a la 1"),
    ("a las 4 menos cuarto", "a las 3:45"),
    ("a las diecisiete horas", "a las 17h"),
    ("3 de la tarde", "a 3 de la tarde"),
]


@pytest.mark.parametrize(("said", "written"), SPOKEN, ids=[row[0] for row in SPOKEN])
def test_a_time_said_in_words_is_written_with_digits(said: str, written: str) -> None:
    assert spoken_times(said) == written


def test_midnight_and_a_half_is_in_the_night_whatever_part_is_said(programmes: dict[str, Programme]) -> None:
    """29C3: "ce soir à minuit et demi" is 00:30 (not 12:30 for "ce soir"), "las doce y media de
    la noche" too; "a las 12 y media" alone is still half past noon."""
    programme = programmes["devconf"]
    at = datetime(2026, 2, 7, 21, tzinfo=programme.conference.timezone)
    for text, language in (("ce soir a minuit et demi", "fr"), ("a las doce y media de la noche", "es")):
        when, _ = find_when(fold(text), language, at, programme.conference)
        assert when.clock == time(0, 30), text
    when, _ = find_when("a las 12 y media", "es", at, programme.conference)
    assert when.clock == time(12, 30)


def test_tonight_at_a_small_hour_is_after_midnight(programmes: dict[str, Programme]) -> None:
    """39C3: "esta noche a las 2" asked at 21:00 is 02:00 the night after, not 14:00 that
    afternoon; "ce soir à 8h" is still 20:00."""
    programme = programmes["devconf"]
    at = datetime(2026, 2, 7, 21, tzinfo=programme.conference.timezone)
    for text, language, clock in (
        ("esta noche a las 2", "es", time(2)),
        ("tonight at 3", "en", time(3)),
        ("ce soir a 1h", "fr", time(1)),
        ("ce soir a 8h", "fr", time(20)),
        ("tonight at 9", "en", time(21)),
    ):
        when, _ = find_when(fold(text), language, at, programme.conference)
        assert when.clock == clock, text


def test_a_word_after_a_clock_time_that_starts_with_am_or_pm_is_no_meridiem() -> None:
    """State of the Map 2022: "samedi 15h15 amphi b" leaves "amphi b" to name the room; "10:30 am"
    and "10.30 a.m." are still the morning, "4:15pm" the afternoon."""
    from bot.config import default_programme_path
    from bot.programme.loading import load_programme

    conference = load_programme(default_programme_path()).programme.conference
    at = datetime.fromisoformat("2017-11-16T08:30:00+01:00")
    when, rest = find_when(fold("samedi 15h15 amphi b"), "fr", at, conference)
    assert when.clock == time(15, 15) and rest.split() == ["amphi", "b"]
    for said, clock in (
        ("at 10:30 am", time(10, 30)),
        ("10.30 a.m.", time(10, 30)),
        ("4:15pm", time(16, 15)),
    ):
        assert find_when(said, "en", at, conference)[0].clock == clock
