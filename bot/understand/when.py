"""Finding the day and the time in a question, in the conference's time zone.

We read times ourselves ("15h", "15 h 10", "4:15pm", "a las 10"): dateparser misreads several of
them (see KNOWN-TRAPS). Weekdays and today/tomorrow are resolved against the conference days.
dateparser, restricted to the message's language, reads only explicit dates ("16 novembre").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.programme.model import Conference
from bot.understand.vocabulary import (
    AFTER_TOMORROW_PHRASES,
    AFTERNOON_WORDS,
    EVENING_WORDS,
    MONTHS,
    MORNING_WORDS,
    TODAY_WORDS,
    TOMORROW_WORDS,
    WEEKDAYS,
)


@dataclass(frozen=True, slots=True)
class When:
    """What a question says about time: a day, a clock time, a part of the day, or a delay."""

    day: date | None = None
    clock: time | None = None
    part: str | None = None  # morning | afternoon | evening
    delay: timedelta | None = None

    @property
    def empty(self) -> bool:
        return self.day is None and self.clock is None and self.part is None and self.delay is None


_MERIDIEM = r"(?P<mer>a\.?\s?m\.?|p\.?\s?m\.?)?"
_CLOCK = re.compile(r"(?<![\d/.:])(?P<h>[01]?\d|2[0-3])\s*(?::|h|\.)\s*(?P<m>[0-5]\d)(?!\d)\s*" + _MERIDIEM)
_HOUR_H = re.compile(r"(?<![\d/.:])(?P<h>[01]?\d|2[0-3])\s*h(?:r|rs|eures?|oras?)?(?![a-z\d])")
_HOUR_MERIDIEM = re.compile(r"(?<![\d/.:])(?P<h>1[0-2]|0?\d)\s*(?P<mer>a\.?\s?m\b\.?|p\.?\s?m\b\.?)")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_BARE_HOUR = re.compile(
    r"\b(?:at|around|about|by|from|a|vers|des|pour|a las|las|a la|hacia|sobre las|desde las)\s+"
    r"(?P<h>[01]?\d|2[0-3])(?:\s*o'?\s?clock)?(?![\d:.h/])(?!\s*(?:" + _MONTH_NAMES + r")\b)"
    r"(?!\s*(?:min|minutes?|minutos?|hours?|heures?|horas?)\b)"
)
_OCLOCK = re.compile(r"\b(?P<h>[01]?\d|2[0-3])\s*o'?\s?clock\b")
_NOON = re.compile(r"\b(?:noon|midday|midi|mediodia)\b")
_RELATIVE = re.compile(
    r"\b(?:in|dans|en|within)\s+(?P<n>\d{1,3})\s*"
    r"(?P<unit>min|mins|minutes?|minutos?|h|hrs?|hours?|heures?|horas?)\b"
)
_DAY_MONTH = re.compile(
    r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|e)?\s+(?:de\s+)?(?P<month>" + _MONTH_NAMES + r")\b\.?"
    r"(?:\s+(?:de\s+)?(?P<y>\d{4}))?"
)
_MONTH_DAY = re.compile(
    r"\b(?P<month>" + _MONTH_NAMES + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4}))?"
)
_NUMERIC_DATE = re.compile(r"\b(?P<a>[0-3]?\d)[/.-](?P<b>[01]?\d)(?:[/.-](?P<y>\d{2,4}))?\b")
_DAY_OF_MONTH = re.compile(
    r"\b(?:le|el|the|on the|du|del)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th|er)?\b(?!\s*[:h.]\s*\d)"
)


def _blank(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]


def _hour(hour: int, minute: int, meridiem: str | None, part: str | None) -> time | None:
    if meridiem:
        if meridiem.startswith("p") and hour < 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
    elif part in ("afternoon", "evening") and hour < 12:
        hour += 12
    elif part is None and 1 <= hour <= 7:
        # Conferences do not start at 4 in the morning: "at 4" means 16:00.
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _find_part(text: str, words: list[str]) -> str | None:
    if "apres midi" in text or "apres-midi" in text:
        return "afternoon"
    for index, word in enumerate(words):
        if word == "manana":
            # Spanish "mañana" is "tomorrow", but "la/esta/por la mañana" is "the morning".
            if index > 0 and words[index - 1] in ("la", "esta"):
                return "morning"
            continue
        if word in MORNING_WORDS and word != "am":
            return "morning"
        if word in AFTERNOON_WORDS and word != "pm":
            return "afternoon"
        if word in EVENING_WORDS:
            return "evening"
    return None


def _weekday_date(weekday: int, conference: Conference, today: date) -> date:
    for day in conference.days:
        if day.weekday() == weekday:
            return day
    ahead = (weekday - today.weekday()) % 7
    return today + timedelta(days=ahead)


def _reference_day(conference: Conference, at: datetime) -> date:
    """The day a time without a day refers to: today, or the first day before the conference."""
    today = conference.programme_day(at)
    if conference.days and today < conference.days[0]:
        return conference.days[0]
    return today


def find_when(text: str, language: str, at: datetime, conference: Conference) -> tuple[When, str]:
    """Read the day and time in a folded text; return them and the text with those words blanked."""
    words = re.findall(r"[a-z0-9']+", text)
    part = _find_part(text, words)
    today = conference.programme_day(at)
    day: date | None = None
    clock: time | None = None
    delay: timedelta | None = None

    relative = _RELATIVE.search(text)
    if relative:
        amount = int(relative.group("n"))
        unit = relative.group("unit")
        delay = timedelta(hours=amount) if unit.startswith("h") else timedelta(minutes=amount)
        text = _blank(text, relative)

    for pattern in (_DAY_MONTH, _MONTH_DAY):
        match = pattern.search(text)
        if match:
            day = _explicit_date(match.group(0), language, at, conference) or day
            text = _blank(text, match)
            break
    if day is None:
        match = _NUMERIC_DATE.search(text)
        if match and not _CLOCK.fullmatch(match.group(0)):
            day = _explicit_date(match.group(0), language, at, conference)
            if day is not None:
                text = _blank(text, match)

    for pattern in (_CLOCK, _HOUR_MERIDIEM, _HOUR_H, _OCLOCK, _BARE_HOUR):
        match = pattern.search(text)
        if match:
            minute = int(match.groupdict().get("m") or 0)
            clock = _hour(int(match.group("h")), minute, match.groupdict().get("mer"), part)
            text = _blank(text, match)
            break
    if clock is None:
        match = _NOON.search(text)
        if match:
            clock = time(12, 0)
            text = _blank(text, match)

    if day is None:
        day, text = _relative_day(text, words, conference, today)
    if day is None:
        match = _DAY_OF_MONTH.search(text)
        if match:
            wanted = int(match.group("d"))
            day = next((d for d in conference.days if d.day == wanted), None)
            if day is not None:
                text = _blank(text, match)

    if day is None and (clock is not None or part is not None):
        day = _reference_day(conference, at)
    return When(day=day, clock=clock, part=part, delay=delay), text


def _relative_day(
    text: str, words: list[str], conference: Conference, today: date
) -> tuple[date | None, str]:
    for phrase in AFTER_TOMORROW_PHRASES:
        if phrase in text:
            return today + timedelta(days=2), text.replace(phrase, " " * len(phrase))
    for index, word in enumerate(words):
        if word in TOMORROW_WORDS:
            if word == "manana" and index > 0 and words[index - 1] in ("la", "esta"):
                continue
            return today + timedelta(days=1), re.sub(rf"\b{word}\b", " " * len(word), text, count=1)
        if word in TODAY_WORDS or word == "aujourd'hui":
            return today, re.sub(rf"\b{re.escape(word)}\b", " " * len(word), text, count=1)
        if word in WEEKDAYS:
            return (
                _weekday_date(WEEKDAYS[word], conference, today),
                re.sub(rf"\b{word}\b", " " * len(word), text, count=1),
            )
    if "ce soir" in text:
        return today, text
    return None, text


def _explicit_date(fragment: str, language: str, at: datetime, conference: Conference) -> date | None:
    """An explicit date, read by dateparser in the message's language only."""
    import dateparser  # imported on first use: it costs ~75 ms, most questions never need it

    base = at.astimezone(conference.timezone).replace(tzinfo=None)
    first = conference.days[0] if conference.days else base.date()
    settings = {
        "RELATIVE_BASE": base.replace(year=first.year),
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY",
        "REQUIRE_PARTS": ["day", "month"],
    }
    parsed = dateparser.parse(fragment, languages=[language], settings=settings)  # type: ignore[arg-type]
    if parsed is None and language != "en":
        parsed = dateparser.parse(fragment, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return parsed.date() if parsed else None
