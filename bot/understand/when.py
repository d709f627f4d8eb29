"""Finding the day and the time in a question, in the conference's time zone.

We read times ourselves ("15h", "15 h 10", "4:15pm", "a las 10"): dateparser misreads several of
them (see KNOWN-TRAPS). Weekdays and today/tomorrow are resolved against the conference days.
dateparser, restricted to the message's language, reads only explicit dates ("16 novembre").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from bot.i18n import LANGUAGES
from bot.programme.model import Conference
from bot.understand.lexicon import Simplification, lexicon
from bot.understand.patterns import kept, longest_first
from bot.understand.text import blank
from bot.understand.vocabulary import (
    AFTER_TOMORROW_PHRASES,
    AFTERNOON_PHRASES,
    AFTERNOON_WORDS,
    BEFORE_YESTERDAY_PHRASES,
    EVENING_WORDS,
    MONTHS,
    MORNING_AFTER,
    MORNING_WORDS,
    NOT_WEEKDAY_AFTER,
    NOT_WEEKDAYS_IN,
    ROOM_NOUNS,
    THIS_DAY_PHRASES,
    THIS_PART_WORDS,
    TODAY_WORDS,
    TOMORROW_WORDS,
    TONIGHT_PHRASES,
    WEEKDAYS,
    YESTERDAY_WORDS,
)

_LEXICON = lexicon()


def _any(slot: str) -> str:
    """The alternatives of a [when] slot of every language file, as one regular expression group."""
    return "(?:" + "|".join(_LEXICON.words(f"when.{slot}")) + ")"


def _literal(words: Iterable[str]) -> str:
    """Words matched as written, longest first."""
    return "(?:" + "|".join(longest_first(map(re.escape, words))) + ")"


# The hours of each part of the day: those a question on "the morning" covers.
PARTS_OF_DAY = {
    "morning": (time(0), time(12)),
    "afternoon": (time(12), time(18)),
    "evening": (time(18), time(23, 59)),
}
# "this morning", "cet après-midi", "esta tarde": today's part even once it is over.
_THIS_PART = kept(
    r"\b"
    + _literal(THIS_PART_WORDS)
    + r"\s+"
    + _literal([*MORNING_WORDS, *AFTERNOON_WORDS, *EVENING_WORDS, *AFTERNOON_PHRASES])
    + r"\b"
)


@dataclass(frozen=True, slots=True)
class When:
    """What a question says about time: a day, a clock time, a part of the day, or a delay."""

    day: date | None = None
    clock: time | None = None
    part: str | None = None  # morning | afternoon | evening
    delay: timedelta | None = None
    # An hour of 8 or 9 said with no a.m., p.m. or part of the day ("and at 8?"): the answer
    # may read it in the evening where the programme has something then and nothing in the morning.
    evening_too: bool = field(default=False, compare=False)
    # An hour of 1 to 7 said alone, read in the afternoon ("at 4" is 16:00): late at night, the
    # small hours to come may be meant ("what's on now?" at 22:40, then "and at 1:30?").
    small_hour: bool = field(default=False, compare=False)
    # An hour said with no a.m., p.m. or part of the day ("et à 10h30 ?"): a conversation about the
    # evening keeps it in the evening; "and at 2am?" is the night's.
    bare: bool = field(default=False, compare=False)

    @property
    def empty(self) -> bool:
        return self.day is None and self.clock is None and self.part is None and self.delay is None


# The last hour said alone that means the afternoon's: no conference starts at 4 in the morning.
LAST_SMALL_HOUR = 7

# Notation, in no language: "15:30", "15.30", "4pm", "4 a.m.", "16/11".
_AM_PM = r"a\.?\s?m\b\.?|p\.?\s?m\b\.?"  # a whole word: "15h15 amphi" has no a.m.
_MERIDIEM = rf"(?P<mer>{_AM_PM})?"
_CLOCK = kept(r"(?<![\d/.:])(?P<h>[01]?\d|2[0-3])\s*(?::|h|\.)\s*(?P<m>[0-5]\d)(?!\d)\s*" + _MERIDIEM)
_HOUR_MERIDIEM = kept(rf"(?<![\d/.:])(?P<h>1[0-2]|0?\d)\s*(?P<mer>{_AM_PM})")
_NUMERIC_DATE = kept(r"\b(?P<a>[0-3]?\d)[/.-](?P<b>[01]?\d)(?:[/.-](?P<y>\d{2,4}))?\b")

# The rest is built from the language files' [when] slots (bot/understand/lexicon/*.toml).
# "15h", "15 heures", "3 hrs".
_HOUR_H = kept(r"(?<![\d/.:])(?P<h>[01]?\d|2[0-3])\s*" + _any("hour_suffixes") + r"(?![a-z\d])")
_MONTH_NAMES = "|".join(longest_first(MONTHS))
# "at 4", "vers 9", "a las 10": an hour after a preposition, unless a month or a duration follows.
_BARE_HOUR = kept(
    r"\b" + _any("hour_prepositions") + r"\s+"
    # (not a code: "about 3d plots", "at 5g speeds")
    r"(?P<h>[01]?\d|2[0-3])(?:\s*" + _any("oclock") + r")?(?![\d:.h/])(?!(?!ish)[a-z])"
    r"(?!\s*(?:" + _MONTH_NAMES + r")\b)"
    r"(?!\s*" + _any("duration_units") + r"\b)"
)
# "sabado 10 45", "at 9 45": the hour and its minutes apart, after a weekday or a preposition of time
# (a room's code, "sala 2 32", "hw1 11 02", has neither).
_SPACED_CLOCK = kept(
    r"\b(?:" + _any("hour_prepositions") + "|" + "|".join(longest_first(WEEKDAYS)) + r")\s+"
    r"(?P<h>[01]?\d|2[0-3])\s+(?P<m>[0-5][05])(?![\d:.h/])(?!\s*" + _any("duration_units") + r"\b)"
)
_HOUR_PART = kept(r"\s*" + _any("hour_parts") + r"\b")  # "du mat" right after "1h"
_OCLOCK = kept(r"\b(?P<h>[01]?\d|2[0-3])\s*" + _any("oclock") + r"\b")
# What makes the number before it an hour: "5h", "5:30", "5 pm", "5 o'clock".
_HOUR_MARK = kept(
    r"\s*(?:[:.h]\s*\d|" + _any("hour_suffixes") + r"(?![a-z\d])|" + _AM_PM + "|" + _any("oclock") + r"\b)"
)


def marks_an_hour(text: str, position: int) -> bool:
    """Whether the words at `position` of a folded text make the number before them an hour."""
    return _HOUR_MARK.match(text, position) is not None


_NOON = kept(r"\b" + _any("noon") + r"\b")
_MIDNIGHT = kept(r"\b" + _any("midnight") + r"\b")
_THIS_DAY = kept(r"\b(?:" + "|".join(map(re.escape, THIS_DAY_PHRASES)) + r")\b(?!\s*\d)")
# "the first day", "jour 2", "el último día": the conference's days by their order.
_DAY_ORDINALS = _LEXICON.numbered("when.day_ordinals")  # "first": 1, "last": -1
_DAY_NUMBERS = _LEXICON.numbered("when.day_numbers")  # "two": 2
# The ordinals in words, for what else is counted: "le troisième étage", "the third floor".
ORDINAL_WORDS = {word: int(n) for word, n in _DAY_ORDINALS.items() if n > 0}
_ORDINALS = {word: int(n) - 1 if n > 0 else int(n) for word, n in {**_DAY_ORDINALS, **_DAY_NUMBERS}.items()}
_ORDINAL_DAY = kept(
    rf"\b(?:(?P<ordinal>{_literal(_DAY_ORDINALS)})\s+(?:{_any('day_qualifiers')}\s+)?{_any('day_nouns')}"
    rf"|{_any('day_nouns')}\s+(?P<number>{_literal(_DAY_NUMBERS)}))\b"
)
_HOUR_UNIT = kept(_any("hour_units"))
# "dans une demi-heure", "in half an hour", "en media hora", "in an hour": a delay in words.
_DELAYS = {phrase: int(minutes) for phrase, minutes in _LEXICON.numbered("when.delays").items()}
_DELAY_PARTS = {phrase: int(minutes) for phrase, minutes in _LEXICON.numbered("when.delay_parts").items()}
_RELATIVE_WORDS = kept(r"\b" + _any("relative_prepositions") + r"\s+(?P<phrase>" + _literal(_DELAYS) + r")\b")
_DAY_MONTH = kept(
    r"\b(?P<d>[0-3]?\d)" + _any("date_day_suffixes") + r"?\s+(?:" + _any("date_connectors") + r"\s+)?"
    r"(?P<month>" + _MONTH_NAMES + r")\b\.?"
    r"(?:\s+(?:" + _any("date_connectors") + r"\s+)?(?P<y>\d{4}))?"
)
_MONTH_DAY = kept(
    r"\b(?P<month>" + _MONTH_NAMES + r")\.?\s+(?P<d>[0-3]?\d)" + _any("month_day_suffixes") + r"?\b"
    r"(?:,?\s+(?P<y>\d{4}))?"
)
_DAY_OF_MONTH = kept(
    r"\b" + _any("day_of_month_articles") + r"\s+(?P<d>[0-3]?\d)" + _any("day_of_month_suffixes") + r"?\b"
    r"(?!\s*[:h.]\s*\d)"
)


def _blank(text: str, match: re.Match[str]) -> str:
    return blank(text, match.span())


def hour_of(
    hour: int, minute: int, meridiem: str | None, part: str | None, *, padded: bool = False
) -> time | None:
    """The clock time an hour said means, given its meridiem or the part of the day said with it."""
    if meridiem:
        if meridiem.startswith("p") and hour < 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
    elif part == "evening" and hour == 12:
        hour = 0  # "las doce y media de la noche": half past midnight
    elif part == "evening" and hour <= 3:
        pass  # "esta noche a las 2": the small hours after the evening, the night after by the day change
    elif part in ("afternoon", "evening") and 0 < hour < 12:
        hour += 12  # (not "ce soir à minuit et demi", 0:30)
    elif part is None and 1 <= hour <= LAST_SMALL_HOUR and not padded:
        # Conferences do not start at 4 in the morning: "at 4" means 16:00; "04:00", written
        # with its zero, is 4 a.m.
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _find_part(text: str, words: list[str]) -> str | None:
    if any(phrase in text for phrase in AFTERNOON_PHRASES):
        return "afternoon"
    for index, typed in enumerate(words):
        word = typed.rsplit("'", 1)[-1]  # "l'aprem"
        if word in TOMORROW_WORDS and word in MORNING_WORDS:
            # Spanish "mañana" is "tomorrow", but "la/esta/por la mañana" is "the morning".
            if index > 0 and words[index - 1] in MORNING_AFTER:
                return "morning"
            continue
        if word in MORNING_WORDS:
            return "morning"
        if word in AFTERNOON_WORDS:
            return "afternoon"
        if word in EVENING_WORDS:
            return "evening"
    return None


def _weekday_date(weekday: int, conference: Conference, today: date) -> date:
    """The conference's day of that weekday: of a conference over two weeks (JuliaCon 2021, 20 to
    31 July), the next one from today, else the last one gone; with none, the next such day."""
    matching = [day for day in conference.days if day.weekday() == weekday]
    if matching:
        return next((day for day in matching if day >= today), matching[-1])
    ahead = (weekday - today.weekday()) % 7
    return today + timedelta(days=ahead)


def reference_day(conference: Conference, at: datetime) -> date:
    """The day a time without a day refers to: today, or the first day before the conference."""
    today = conference.programme_day(at)
    if conference.days and today < conference.days[0]:
        return conference.days[0]
    return today


def _part_not_over(conference: Conference, at: datetime, part: str, day: date) -> date:
    """The day of a part of the day said alone: asked once today's is over ("what's on in the
    morning?" at 9 pm), the next conference day's."""
    local = at.astimezone(conference.timezone)
    over = local.date() > day or local.time() >= PARTS_OF_DAY[part][1]
    later = [d for d in conference.days if d > day]
    return later[0] if over and later and day == conference.programme_day(at) else day


def _compound_numbers() -> dict[str, int]:
    """Number words from 1 to 59 in French, English and Spanish, as typed once folded, from each
    language's units, teens, tens and the templates that join a ten and a unit."""
    numbers: dict[str, int] = {}
    for language in LANGUAGES:
        units = _LEXICON.of(language, "numbers.units") or ()
        teens = _LEXICON.of(language, "numbers.teens") or ()
        compound = _LEXICON.of(language, "numbers.compound")
        with_one = _LEXICON.of(language, "numbers.compound_one") or compound
        twenties = _LEXICON.of(language, "numbers.compound_twenty")
        for value, word in enumerate(units, start=1):
            numbers[word] = value
        for value, word in enumerate(teens, start=10):
            numbers[word] = value
        for position, ten in enumerate(_LEXICON.of(language, "numbers.tens") or (), start=2):
            numbers[ten] = position * 10
            for unit, word in enumerate(units, start=1):
                template = twenties if position == 2 and twenties else with_one if unit == 1 else compound
                numbers[template.format(ten=ten, unit=word)] = position * 10 + unit
        numbers.update(
            {word: int(value) for word, value in (_LEXICON.of(language, "numbers.also") or {}).items()}
        )
    return numbers


_COMPOUND_NUMBERS = _compound_numbers()
# Numbers in words of the three languages, up to 59: "five", "cinq", "veintidós".
NUMBERS_IN_WORDS = _COMPOUND_NUMBERS
# "in 20 minutes", "dans 2 h", "en 10 minutos", "dentro de dos horas", "d'ici vingt minutes".
_RELATIVE = kept(
    r"\b" + _any("relative_prepositions") + r"\s+(?P<n>\d{1,3}|" + _literal(_COMPOUND_NUMBERS) + r")\s*"
    r"(?P<unit>" + _any("minute_units") + "|" + _any("hour_units") + r")\b"
)
# "dans une heure et demie", "in an hour and a half", "en hora y media", "dans 1h30": a delay of
# hours and part of one (read before times said in words, which would make a clock's 1:30 of it).
_HOURS_AND_PART = kept(
    r"\b"
    + _any("relative_prepositions")
    + r"\s+(?:(?P<n>\d{1,2}|"
    + _any("delay_ones")
    + "|"
    + _literal(_COMPOUND_NUMBERS)
    + r")\s*)?"
    + _any("hour_units")
    + r"(?:\s+(?P<part>"
    + _literal(_DELAY_PARTS)
    + r")|\s*(?P<m>[0-5]\d)(?:\s*"
    + _any("minute_units")
    + r")?)\b"
)
# The hours a clock face has, in words: the words a time said without digits starts with.
_NUMBER_WORDS = {word: number for word, number in _COMPOUND_NUMBERS.items() if number <= 12}
_NUMBER = "|".join(longest_first(_NUMBER_WORDS))
# "a un cocktail", "at one point": after a preposition, "one" is a time only in other words' company.
_ONE = tuple(word for word, number in _COMPOUND_NUMBERS.items() if number == 1)
_NUMBER_AFTER_PREPOSITION = "|".join(longest_first(w for w in _NUMBER_WORDS if w not in _ONE))
# A number word is a time only beside a word of time: "a las tres", "trois heures", "at four pm".
_SPOKEN_HOUR = kept(
    r"\b(?P<before>" + _any("spoken_hour_before") + ")"
    rf"\s+(?P<n>{_NUMBER_AFTER_PREPOSITION})\b"
    r"|\b(?P<before1>" + _any("spoken_one_before") + rf")\s+(?P<n1>{'|'.join(_ONE)})\b"
    rf"|\b(?P<n2>{_NUMBER})\s+(?P<after>" + _any("spoken_hour_after") + r")\b"
)


_ANY_NUMBER = "|".join(longest_first(map(re.escape, _COMPOUND_NUMBERS)))
# "quinze heures trente", "dix-sept heures quinze", "a las diecisiete horas": hour and minutes in words.
_WORDS_HOUR = kept(
    rf"\b(?P<h>{_ANY_NUMBER})\s+" + _any("hour_words") + r"\b(?:\s+(?:" + _any("minute_joiners") + r"\s+)?"
    rf"(?P<m>{_ANY_NUMBER})\b(?!\s+" + _any("hour_words") + "))?"
)
# "ten past nine", "twenty to ten".
_WORDS_PAST = kept(
    rf"\b(?P<m>{_ANY_NUMBER})\s+(?P<way>" + _any("minutes_past") + "|" + _any("minutes_to") + r")"
    rf"\s+(?P<h>{_ANY_NUMBER}|\d{{1,2}})\b"
)
_MINUTES_TO = kept(_any("minutes_to"))
# "a las 3 y veinte" once the hour is a digit.
_Y_MINUTE_WORDS = kept(r"\b(?P<h>\d{1,2})\s+" + _any("and_minutes") + rf"\s+(?P<m>{_ANY_NUMBER})\b")


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
    if _MINUTES_TO.fullmatch(match.group("way")):
        return f"{(hour - 1) % 24}:{60 - minute:02d}"
    return f"{hour}:{minute:02d}"


# Each language's "simplifications" (regex → replacement, as dateparser calls them): times said
# in words ("half past 3", "3 et demie", "las 3 y media") rewritten with digits, in the files' order.
_SIMPLIFICATIONS: tuple[Simplification, ...] = _LEXICON.simplifications()
# "3 de la tarde", "9 du matin", "4 in the afternoon": an hour before a part of the day.
_WITH_PART = kept(r"(?<![:.\d])\b(?P<h>\d{1,2})\s+(?=" + _any("hour_parts") + r"\b)")


def _hours_and_part(found: re.Match[str]) -> timedelta:
    """The delay `_HOURS_AND_PART` found: "une heure et demie" 90 minutes, "1h30" too."""
    typed = found.group("n")
    hours = int(typed) if typed and typed.isdigit() else _COMPOUND_NUMBERS.get(typed or "", 1)
    minutes = _DELAY_PARTS[found.group("part")] if found.group("part") else int(found.group("m"))
    return timedelta(hours=hours, minutes=minutes)


def spoken_times(text: str) -> str:
    """Times said in words, written as digits: 'a las tres y media' → 'a las 3:30',
    'half past ten' → '10:30', 'midi et demi' → '12:30', '3 de la tarde' → 'a 3 de la tarde'."""

    def number(match: re.Match[str]) -> str:
        if match.group("n"):
            return f"{match.group('before')} {_NUMBER_WORDS[match.group('n')]}"
        if match.group("n1"):
            return f"{match.group('before1')} 1"
        return f"{_NUMBER_WORDS[match.group('n2')]} {match.group('after')}"

    text = _WORDS_HOUR.sub(_words_hour, text)
    text = _WORDS_PAST.sub(_words_past, text)
    text = _SPOKEN_HOUR.sub(number, text)
    text = _Y_MINUTE_WORDS.sub(lambda m: f"{m.group('h')}:{_COMPOUND_NUMBERS[m.group('m')]:02d}", text)
    for simplification in _SIMPLIFICATIONS:
        text = simplification.apply(text)

    def with_part(match: re.Match[str]) -> str:
        before = text[: match.start()].split()
        if before and before[-1] in ROOM_NOUNS:  # "stage 1 tonight": a room's number, not an hour
            return match.group(0)
        return f"a {match.group('h')} "

    return _WITH_PART.sub(with_part, text)


_ELIDED_OR_POSSESSIVE = kept(r"^(?:d|l|qu)'(?=[a-z])|'s$")


def find_when(
    text: str,
    language: str,
    at: datetime,
    conference: Conference,
    *,
    default_day: bool = True,
    names: frozenset[str] = frozenset(),
) -> tuple[When, str]:
    """Read the day and time in a folded text; return them and the text with those words blanked.
    A time without a day is on the reference day, unless `default_day` is False (a follow-up's
    "and at 4?" keeps the day its conversation was on). `names` are words that name someone here,
    never a weekday ("Huyen Tue Dao")."""
    delay: timedelta | None = None
    hours_and_part = _HOURS_AND_PART.search(text)
    if hours_and_part:
        delay = _hours_and_part(hours_and_part)
        text = _blank(text, hours_and_part)
    text = spoken_times(text)
    # (a day's word with an elision before it or a possessive after it: "les ateliers
    # d'aujourd'hui", "today's workshops")
    words = [_ELIDED_OR_POSSESSIVE.sub("", word) for word in re.findall(r"[a-z0-9']+", text)]
    part = _find_part(text, words)
    today = conference.programme_day(at)
    day: date | None = None
    clock: time | None = None
    evening_too = small_hour = bare_hour = False

    if delay is None and (relative := _RELATIVE.search(text)):
        typed = relative.group("n")
        amount = int(typed) if typed.isdigit() else _COMPOUND_NUMBERS[typed]
        unit = relative.group("unit")
        delay = timedelta(hours=amount) if _HOUR_UNIT.fullmatch(unit) else timedelta(minutes=amount)
        text = _blank(text, relative)
    elif delay is None and (spoken := _RELATIVE_WORDS.search(text)):
        delay = timedelta(minutes=_DELAYS[spoken.group("phrase")])
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

    for pattern in (_CLOCK, _HOUR_MERIDIEM, _HOUR_H, _OCLOCK, _SPACED_CLOCK, _BARE_HOUR):
        match = pattern.search(text)
        if match:
            minute = int(match.groupdict().get("m") or 0)
            # The part said right after the hour is the hour's: "ce soir à 1h du mat" is 1 a.m.
            own = _HOUR_PART.match(text, match.end())
            own_part = _find_part(own.group(0), re.findall(r"[a-z0-9']+", own.group(0))) if own else None
            said_hour, meridiem = int(match.group("h")), match.groupdict().get("mer")
            padded = match.group("h").startswith("0")
            clock = hour_of(said_hour, minute, meridiem, own_part or part, padded=padded)
            # Not "8h", as French writes a morning hour (the evening's is "20h").
            bare = not (meridiem or own_part or part or padded) and pattern is not _HOUR_H
            evening_too = 8 <= said_hour <= 9 and bare
            small_hour = 1 <= said_hour <= LAST_SMALL_HOUR and bare
            bare_hour = bare
            text = _blank(text, match)
            if own is not None and own_part:
                text = _blank(text, own)  # "3h du mat": no "mat" left to be someone's name
            break
    for words_for, hour in ((_NOON, 12), (_MIDNIGHT, 0)):
        match = words_for.search(text) if clock is None else None
        if match:
            clock = time(hour, 0)  # midnight: the night after, by the programme's day change
            text = _blank(text, match)

    if day is None:
        day, text = _relative_day(
            text, [w if w not in names else "" for w in words], conference, today, language
        )
    if day is None:
        match = _DAY_OF_MONTH.search(text)
        if match:
            wanted = int(match.group("d"))
            day = next((d for d in conference.days if d.day == wanted), None)
            if day is not None:
                text = _blank(text, match)

    if day is None and default_day and (clock is not None or part is not None):
        day = reference_day(conference, at)
        if clock is None and part is not None and not _THIS_PART.search(text):
            day = _part_not_over(conference, at, part, day)
    when = When(
        day=day,
        clock=clock,
        part=part,
        delay=delay,
        evening_too=evening_too,
        small_hour=small_hour,
        bare=bare_hour,
    )
    return when, text


def _relative_day(
    text: str, words: list[str], conference: Conference, today: date, language: str
) -> tuple[date | None, str]:
    ordinal = _ORDINAL_DAY.search(text)
    if ordinal and conference.days:
        position = _ORDINALS[ordinal.group("ordinal") or ordinal.group("number")]
        if -len(conference.days) <= position < len(conference.days):
            return conference.days[position], _blank(text, ordinal)
    for phrases, days in ((AFTER_TOMORROW_PHRASES, 2), (BEFORE_YESTERDAY_PHRASES, -2)):
        for phrase in phrases:
            if phrase in text:
                return today + timedelta(days=days), text.replace(phrase, " " * len(phrase))
    for index, word in enumerate(words):
        if word in TOMORROW_WORDS:
            if word in MORNING_WORDS and index > 0 and words[index - 1] in MORNING_AFTER:
                continue  # "la mañana": the morning, not tomorrow
            return today + timedelta(days=1), re.sub(rf"\b{word}\b", " " * len(word), text, count=1)
        if word in TODAY_WORDS:
            return today, re.sub(rf"\b{re.escape(word)}\b", " " * len(word), text, count=1)
        if word in YESTERDAY_WORDS:
            return today - timedelta(days=1), re.sub(rf"\b{word}\b", " " * len(word), text, count=1)
        if (
            word in WEEKDAYS
            and not (index > 0 and words[index - 1] in NOT_WEEKDAY_AFTER)
            and word not in NOT_WEEKDAYS_IN.get(language, ())
        ):
            return (
                _weekday_date(WEEKDAYS[word], conference, today),
                re.sub(rf"\b{word}\b", " " * len(word), text, count=1),
            )
    this_day = _THIS_DAY.search(text)
    if this_day:
        return today, _blank(text, this_day)
    if any(phrase in text for phrase in TONIGHT_PHRASES):
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
