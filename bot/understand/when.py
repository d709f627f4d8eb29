"""Finding the day and the time in a question, in the conference's time zone.

We read times ourselves ("15h", "15 h 10", "4:15pm", "a las 10"): dateparser misreads several of
them (see KNOWN-TRAPS). Weekdays and today/tomorrow are resolved against the conference days.
dateparser, restricted to the message's language, reads only explicit dates ("16 novembre").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.i18n import LANGUAGES
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
_NOON = re.compile(r"\b(?:noon|midday|(?<!apres )(?<!apres-)midi|mediodia)\b")  # not "après-midi"
# "the first day", "jour 2", "el último día": the conference's days by their order.
_ORDINAL_DAY = re.compile(
    r"\b(?:(?P<ordinal>first|second|third|last|final|premier|premiere|1er|1ere|deuxieme|2e|2eme|"
    r"troisieme|3e|dernier|derniere|primer|primero|primera|segundo|segunda|tercer|tercero|ultimo|ultima)"
    r"\s+(?:conference\s+)?(?:day|jour|journee|dia)"
    r"|(?:day|jour|journee|dia)\s+(?P<number>[1-3]|one|two|three|un|deux|trois|uno|dos|tres))\b"
)
_ORDINALS = {
    **dict.fromkeys(("first", "premier", "premiere", "1er", "1ere", "primer", "primero", "primera"), 0),
    **dict.fromkeys(("1", "one", "un", "uno"), 0),
    **dict.fromkeys(("second", "deuxieme", "2e", "2eme", "segundo", "segunda", "2", "two", "deux", "dos"), 1),
    **dict.fromkeys(("third", "troisieme", "3e", "tercer", "tercero", "3", "three", "trois", "tres"), 2),
    **dict.fromkeys(("last", "final", "dernier", "derniere", "ultimo", "ultima"), -1),
}
_RELATIVE = re.compile(
    r"\b(?:in|dans|en|within)\s+(?P<n>\d{1,3})\s*"
    r"(?P<unit>min|mins|minutes?|minutos?|h|hrs?|hours?|heures?|horas?)\b"
)
# "dans une demi-heure", "in half an hour", "en media hora", "in an hour": a delay in words.
_RELATIVE_WORDS = re.compile(
    r"\b(?:in|dans|en|within)\s+(?:"
    r"(?P<half>une demi heure|une demie heure|half an hour|a half hour|media hora)"
    r"|(?P<quarter>un quart d'heure|un quart d heure|a quarter of an hour|quarter of an hour"
    r"|un cuarto de hora)"
    r"|(?P<hour>une heure|an hour|one hour|una hora)"
    r")\b"
)
_RELATIVE_MINUTES = {"half": 30, "quarter": 15, "hour": 60}
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


def _compound_numbers() -> dict[str, int]:
    """Number words from 1 to 59 in French, English and Spanish, as typed once folded."""
    units = {
        "fr": ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
        "en": ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
        "es": ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    }
    teens = {
        "fr": ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix sept", "dix huit",
               "dix neuf"],
        "en": ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
               "eighteen", "nineteen"],
        "es": ["diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho",
               "diecinueve"],
    }  # fmt: skip
    tens = {
        "fr": ["vingt", "trente", "quarante", "cinquante"],
        "en": ["twenty", "thirty", "forty", "fifty"],
        "es": ["veinte", "treinta", "cuarenta", "cincuenta"],
    }
    numbers: dict[str, int] = {"une": 1, "una": 1}
    for language in LANGUAGES:
        for value, word in enumerate(units[language][1:], start=1):
            numbers[word] = value
        for value, word in enumerate(teens[language], start=10):
            numbers[word] = value
        for position, ten in enumerate(tens[language], start=2):
            numbers[ten] = position * 10
            for unit in range(1, 10):
                word = units[language][unit]
                if language == "fr":
                    numbers[f"{ten} et {word}" if unit == 1 else f"{ten} {word}"] = position * 10 + unit
                elif language == "en":
                    numbers[f"{ten} {word}"] = position * 10 + unit
                else:
                    spoken = f"veinti{word}" if position == 2 else f"{ten} y {word}"
                    numbers[spoken] = position * 10 + unit
    return numbers


_COMPOUND_NUMBERS = _compound_numbers()
# The hours a clock face has, in words: the words a time said without digits starts with.
_NUMBER_WORDS = {word: number for word, number in _COMPOUND_NUMBERS.items() if number <= 12}
_NUMBER = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
# "a un cocktail", "at one point": after a preposition, "one" is a time only in other words' company.
_ONE = ("one", "un", "une", "uno", "una")
_NUMBER_AFTER_PREPOSITION = "|".join(
    sorted((w for w in _NUMBER_WORDS if w not in _ONE), key=len, reverse=True)
)
# A number word is a time only beside a word of time: "a las tres", "trois heures", "at four pm".
_SPOKEN_HOUR = re.compile(
    r"\b(?P<before>at|a las|a la|a|vers|around|hacia|sobre las|desde las|past|quarter to|half)"
    rf"\s+(?P<n>{_NUMBER_AFTER_PREPOSITION})\b"
    rf"|\b(?P<before1>past|quarter to|half|a la)\s+(?P<n1>{'|'.join(_ONE)})\b"
    rf"|\b(?P<n2>{_NUMBER})\s+(?P<after>heures?|h|o'?\s?clock|pm|am|p\.m\.|a\.m\.|de la|du|in the)\b"
)


_ANY_NUMBER = "|".join(sorted(map(re.escape, _COMPOUND_NUMBERS), key=len, reverse=True))
# "quinze heures trente", "dix-sept heures quinze", "a las diecisiete horas": hour and minutes in words.
_WORDS_HOUR = re.compile(
    rf"\b(?P<h>{_ANY_NUMBER})\s+(?:heures?|horas?|hours?)\b(?:\s+(?:et\s+)?(?P<m>{_ANY_NUMBER})\b"
    r"(?!\s+(?:heures?|horas?|hours?)))?"
)
# "ten past nine", "twenty to ten".
_WORDS_PAST = re.compile(
    rf"\b(?P<m>{_ANY_NUMBER})\s+(?P<way>past|after|to|before)\s+(?P<h>{_ANY_NUMBER}|\d{{1,2}})\b"
)
# "a las 3 y veinte" once the hour is a digit.
_Y_MINUTE_WORDS = re.compile(rf"\b(?P<h>\d{{1,2}})\s+y\s+(?P<m>{_ANY_NUMBER})\b")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _COMPOUND_NUMBERS[word]


def _words_hour(match: re.Match[str]) -> str:
    hour = _COMPOUND_NUMBERS[match.group("h")]
    if hour > 23:
        return match.group(0)
    minute = _COMPOUND_NUMBERS.get(match.group("m") or "", 0)
    return f"{hour}:{minute:02d}" if match.group("m") else f"{hour}h"


def _words_past(match: re.Match[str]) -> str:
    hour, minute = _number(match.group("h")), _COMPOUND_NUMBERS[match.group("m")]
    if hour > 23 or minute >= 60:
        return match.group(0)
    if match.group("way") in ("to", "before"):
        return f"{(hour - 1) % 24}:{60 - minute:02d}"
    return f"{hour}:{minute:02d}"


_HALF_PAST = re.compile(r"\b(?P<kind>half|quarter)\s+past\s+(?P<h>\d{1,2})\b")
_HALF_HOUR = re.compile(r"\bhalf\s+(?P<h>\d{1,2})\b")  # British "half nine" is 9:30
_Y_MINUTES = re.compile(r"\b(?P<h>\d{1,2})\s+y\s+(?P<m>[0-5]\d)\b")  # "la 1 y 40"
_MIDDAY_MEAL = re.compile(r"\b(?:repas|pause|dejeuner)\s+(?:de\s+)?midi\b|\blunch\s?time\b")
_QUARTER_TO = re.compile(r"\bquarter\s+to\s+(?P<h>\d{1,2})\b")
_ET_DEMIE = re.compile(
    r"\b(?P<h>\d{1,2}|midi)\s*(?:h|heures?)?\s+(?:et\s+(?P<fr>demie?|quart)|y\s+(?P<es>media|cuarto))\b"
)
_MOINS_QUART = re.compile(r"\b(?P<h>\d{1,2})\s*(?:h|heures?)?\s+(?:moins\s+(?:le\s+)?quart|menos\s+cuarto)\b")
_THIRTY = re.compile(r"\b(?P<h>\d{1,2})\s+(?P<m>thirty|fifteen|forty[\s-]?five)\b")
_WITH_PART = re.compile(
    r"(?<![:.\d])\b(?P<h>\d{1,2})\s+(?=(?:de la (?:tarde|manana|noche)|du (?:matin|soir)|de l'apres-midi|"
    r"in the (?:morning|afternoon|evening)|tonight|this (?:morning|afternoon|evening))\b)"
)


def spoken_times(text: str) -> str:
    """Times said in words, written as digits: 'a las tres y media' → 'a las 3:30',
    'half past ten' → '10:30', 'midi et demi' → '12:30', '3 de la tarde' → 'a 3 de la tarde'."""

    def number(match: re.Match[str]) -> str:
        if match.group("n"):
            return f"{match.group('before')} {_NUMBER_WORDS[match.group('n')]}"
        if match.group("n1"):
            return f"{match.group('before1')} 1"
        return f"{_NUMBER_WORDS[match.group('n2')]} {match.group('after')}"

    text = _MIDDAY_MEAL.sub("lunch", text)
    text = _WORDS_HOUR.sub(_words_hour, text)
    text = _WORDS_PAST.sub(_words_past, text)
    text = _SPOKEN_HOUR.sub(number, text)
    text = _Y_MINUTE_WORDS.sub(lambda m: f"{m.group('h')}:{_COMPOUND_NUMBERS[m.group('m')]:02d}", text)
    text = _HALF_PAST.sub(lambda m: f"{m.group('h')}:{'30' if m.group('kind') == 'half' else '15'}", text)
    text = _HALF_HOUR.sub(lambda m: f"{m.group('h')}:30", text)
    text = _Y_MINUTES.sub(lambda m: f"{m.group('h')}:{m.group('m')}", text)
    text = _QUARTER_TO.sub(lambda m: f"{(int(m.group('h')) - 1) % 24}:45", text)

    def half(match: re.Match[str]) -> str:
        hour = "12" if match.group("h") == "midi" else match.group("h")
        minutes = "15" if (match.group("fr") or match.group("es")) in ("quart", "cuarto") else "30"
        return f"{hour}:{minutes}"

    text = _ET_DEMIE.sub(half, text)
    text = _MOINS_QUART.sub(lambda m: f"{(int(m.group('h')) - 1) % 24}:45", text)
    minutes = {"thirty": "30", "fifteen": "15"}
    text = _THIRTY.sub(lambda m: f"{m.group('h')}:{minutes.get(m.group('m'), '45')}", text)
    return _WITH_PART.sub(lambda m: f"a {m.group('h')} ", text)


def find_when(text: str, language: str, at: datetime, conference: Conference) -> tuple[When, str]:
    """Read the day and time in a folded text; return them and the text with those words blanked."""
    text = spoken_times(text)
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
    elif spoken := _RELATIVE_WORDS.search(text):
        delay = timedelta(minutes=next(_RELATIVE_MINUTES[k] for k, v in spoken.groupdict().items() if v))
        text = _blank(text, spoken)

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
        day, text = _relative_day(text, words, conference, today, language)
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


# English abbreviations that are other words in French: "mon directeur".
_NOT_WEEKDAYS_IN = {"fr": frozenset(("mon",))}


def _relative_day(
    text: str, words: list[str], conference: Conference, today: date, language: str
) -> tuple[date | None, str]:
    ordinal = _ORDINAL_DAY.search(text)
    if ordinal and conference.days:
        position = _ORDINALS[ordinal.group("ordinal") or ordinal.group("number")]
        if -len(conference.days) <= position < len(conference.days):
            return conference.days[position], _blank(text, ordinal)
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
        if (
            word in WEEKDAYS
            and not (index > 0 and words[index - 1] in ("santo", "san", "sao"))
            and word not in _NOT_WEEKDAYS_IN.get(language, ())
        ):
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
        # A date without a year is read in the conference's year (naive base: dateparser #1213).
        "RELATIVE_BASE": datetime.combine(first, base.time()),
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY",
        "REQUIRE_PARTS": ["day", "month"],
    }
    parsed = dateparser.parse(fragment, languages=[language], settings=settings)
    if parsed is None and language != "en":
        parsed = dateparser.parse(fragment, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
