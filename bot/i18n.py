"""Catalogues, locale choice and Babel formatting in the conference's time zone.

All catalogues are loaded once; each reply gets a `Speaker` for its language, which translates
(`_`, `n_`) and formats dates, times and lists. Nothing installs a global gettext.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from gettext import GNUTranslations
from pathlib import Path
from types import ModuleType
from typing import Literal
from zoneinfo import ZoneInfo

from babel import Locale
from babel.lists import format_list

# The languages the bot speaks and a programme may be written in: one catalogue each under locales/.
# The one list of them; the programme model, the configuration and the handlers import it.
LANGUAGES = ("fr", "en", "es")
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"


class CatalogueMissing(RuntimeError):
    """A compiled catalogue is missing: Babel would silently fall back to English."""


def language_of(code: str | None) -> str | None:
    """One of ours for a language tag ('fr-BE', 'es_419', 'EN'), else None ('pt', 'zz', '')."""
    if not code:
        return None
    # Telegram and other tools pass IETF tags ("fr-BE", "es-419", "en_GB", "fr BE"); only the
    # language part matters to us, and an unknown or odd tag ("zz", "und") must never stop anything.
    language = re.split(r"[-_ ]", code.strip(), maxsplit=1)[0].lower()
    return language if language in LANGUAGES else None


def normalise_language(code: str | None, default: str) -> str:
    """A Telegram language_code ('fr-BE', 'es_419', 'pt') → one of ours, else the default."""
    return language_of(code) or default


def default_language(configured: str | None, conference: str) -> str:
    """The bot's language for whoever has none: DEFAULT_LANGUAGE when set, else the conference's."""
    return configured or conference


def reader_language(chosen: str | None, told: str | None, default: str) -> str:
    """The language to write to a reader in: the one they chose (or we recorded), else the one
    their Telegram reports (`told`) when it is one of ours, else the bot's default."""
    return chosen or language_of(told) or default


@cache
def _translations(language: str) -> GNUTranslations:
    mo = LOCALES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not mo.is_file():
        raise CatalogueMissing(f"{mo} is missing: run `make run` or `make test` to compile catalogues")
    with mo.open("rb") as handle:
        # The standard library's reader of the same compiled catalogues: Babel's own imports its
        # date formatting with it, at start-up rather than when a date is first written.
        return GNUTranslations(handle)


def check_catalogues() -> None:
    """Load every catalogue now, so a missing one stops start-up instead of speaking English."""
    for language in LANGUAGES:
        _translations(language)


# Dates read "jeudi 16 novembre", "Thursday 16 November", "jueves, 16 de noviembre".
_DATE_LOCALES = {"fr": Locale("fr"), "en": Locale("en", "GB"), "es": Locale("es")}
_DAY_PATTERNS = {"fr": "EEEE d MMMM", "en": "EEEE d MMMM", "es": "EEEE, d 'de' MMMM"}
_TIME_LOCALES = {"fr": Locale("fr"), "en": Locale("en"), "es": Locale("es")}
# Babel's list patterns: "a, b and c" is "standard", "a, b or c" is "or".
ListStyle = Literal["standard", "standard-short", "or", "or-short", "unit", "unit-short", "unit-narrow"]


def _dates() -> ModuleType:
    """babel.dates, imported when a date or time is first formatted: it reads the machine's zone
    as it is imported (a hundredth of a second), which `programme check` and the importers never
    need."""
    import babel.dates

    return babel.dates


# A programme has few distinct days and times; Babel costs 5–20 µs a call (see KNOWN-TRAPS).
@lru_cache(maxsize=4096)
def _format_time(local: datetime, language: str) -> str:
    return _dates().format_time(local, "short", locale=_TIME_LOCALES[language])


@lru_cache(maxsize=1024)
def _format_day(value: date, language: str) -> str:
    return _dates().format_date(value, _DAY_PATTERNS[language], locale=_DATE_LOCALES[language])


@dataclass(frozen=True, slots=True)
class Speaker:
    """Speaks one language: translations plus Babel formatting in the conference's zone."""

    language: str
    timezone: ZoneInfo

    def _(self, message: str, /, **values: object) -> str:
        text = _translations(self.language).gettext(message)
        return text.format(**values) if values else text

    def n_(self, singular: str, plural: str, count: int, /, **values: object) -> str:
        text = _translations(self.language).ngettext(singular, plural, count)
        return text.format(count=count, **values)

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.timezone)

    def day(self, value: datetime | date) -> str:
        """'jeudi 16 novembre', 'Thursday 16 November', 'jueves, 16 de noviembre'."""
        if isinstance(value, datetime):
            value = self.local(value).date()
        return _format_day(value, self.language)

    def day_title(self, value: datetime | date) -> str:
        """'Jeudi 16 novembre': the day as a heading (only the first letter raised)."""
        text = self.day(value)
        return text[:1].upper() + text[1:]

    def short_day(self, value: datetime | date) -> str:
        """'jeu. 16 nov.' for buttons."""
        if isinstance(value, datetime):
            value = self.local(value).date()
        return _dates().format_skeleton("MMMEd", value, locale=_DATE_LOCALES[self.language])

    def time(self, instant: datetime) -> str:
        """'15:00' or '3:00 PM', always in the conference's zone."""
        # Keyed on the wall-clock time: equal instants in other zones must not share an entry.
        return _format_time(self.local(instant).replace(tzinfo=None), self.language)

    def time_range(self, start: datetime, end: datetime) -> str:
        return f"{self.time(start)}–{self.time(end)}"

    def day_and_time(self, instant: datetime) -> str:
        """'jeudi 16 novembre à 15:00'."""
        return self._("{day} at {time}", day=self.day(instant), time=self.time(instant))

    def full_date(self, value: date) -> str:
        return _dates().format_date(value, "full", locale=_DATE_LOCALES[self.language])

    def join(self, items: Iterable[str], style: ListStyle = "standard") -> str:
        return _format_list(tuple(items), style, self.language)

    def language_name(self, code: str) -> str:
        return _language_name(code, self.language)


@lru_cache(maxsize=4096)
def _format_list(items: tuple[str, ...], style: ListStyle, language: str) -> str:
    return format_list(list(items), style=style, locale=_TIME_LOCALES[language]) if items else ""


@lru_cache(maxsize=256)
def _language_name(code: str, language: str) -> str:
    return Locale.parse(code).get_language_name(language) or code


@cache
def speaker(language: str, timezone: ZoneInfo) -> Speaker:
    return Speaker(language if language in LANGUAGES else "en", timezone)
