"""Helpers every importer shares: cleaning text, slugs and unique ids, reading durations and
times as other tools write them, mapping kinds and languages, sniffing and parsing JSON/XML."""

from __future__ import annotations

import hashlib
import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as DefusedET
from defusedxml import DefusedXmlException, EntitiesForbidden

from bot.i18n import language_of
from bot.programme.errors import ProgrammeError
from bot.programme.importers.js_literal import NotALiteral, is_module, module_json
from bot.programme.kinds import KIND_NAMES, SessionKind
from bot.programme.model import Text
from bot.understand.patterns import kept
from bot.understand.text import INVISIBLE, fold, without_accents

# -- text --------------------------------------------------------------------------------------

_ENTITY = kept(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# A real tag starts right after "<" with a letter, "/" or "!": "a < b" is not one.
_TAG = kept(r"<(?:/?[A-Za-z][^<>]*|!--.*?--)>", re.DOTALL)
_LINE_BREAK = kept(r"<br\s*/?>", re.IGNORECASE)
_BLOCK_END = kept(r"</(?:p|div|ul|ol|h[1-6]|tr|blockquote|pre|table)\s*>", re.IGNORECASE)
_LIST_ITEM = kept(r"<li\b[^<>]*>", re.IGNORECASE)  # one line each: "- item"
# The markup of a line of text (a site's title "Invited Talk 5: <strong>…</strong>", a lunch's
# icon "<i class="fa-solid fa-utensils"></i>"): tags of HTML's inline elements only, so that a
# title about "List<String>" or "<T>" keeps them. Not a line's break ("<br/>", "<p>"): what follows
# one in a name is a note about its person (`build.person_name`).
_INLINE_TAG = kept(
    r"</?(?:a|abbr|b|big|cite|del|em|font|i|ins|mark|s|small|span|strike|strong|sub|sup|u)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


# UTF-8 read as Latin-1 or Windows-1252 once too often: "PagÃ¨s", "translatedâ€¦".
_MOJIBAKE = kept(
    "[ÂÃâ][\u0080-\u00bf"  # the second byte of a character, read as Latin-1
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]"  # as Windows-1252
)


def mended(text: str) -> str:
    """A text whose UTF-8 was decoded as Latin-1 or Windows-1252, decoded again: "Jehan PagÃ¨s"
    is "Jehan Pagès". Left as it is when it does not decode so (a real "Ã" of a Portuguese
    capital). Character references that lost their "&" are the letters they stand for:
    SQLSaturday's exports write "Introducci#243;n" for "Introducción"."""
    if "#" in text and ";" in text:
        text = _BARE_REFERENCE.sub(_referenced, text)
    if ("Ã" not in text and "â" not in text and "Â" not in text) or not _MOJIBAKE.search(text):
        return text  # the plain test first: clean() reads every field of every file
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text


# "#243;" with no "&" before it: a letter of Latin-1 or Latin Extended, or a dash or quote.
_BARE_REFERENCE = kept(r"(?<!&)#(\d{3,4});")


def _referenced(found: re.Match[str]) -> str:
    code = int(found.group(1))
    return chr(code) if 0xC0 <= code <= 0x24F or 0x2010 <= code <= 0x201F else found.group(0)


# A line saying who a session or a talk is by: "by Ana Gil (UNAM)", "Par Ana Gil, Bo Li et Cy
# Wu.", "por Ana Gil y Bo Li"; the names start with a letter.
BY_LINE = kept(r"\s*(?:by|par|por)\s+(?P<names>[^\W\d_].*?)\.?\s*", re.IGNORECASE)


def clean(value: object) -> str:
    """One line of text: no invisible characters, entities decoded, whitespace collapsed."""
    if value is None:
        return ""
    text = _visible(mended(str(value)))
    if "<" in text:
        text = _INLINE_TAG.sub("", text)
    if "&" in text and _ENTITY.search(text):
        text = _visible(html.unescape(text))
    return " ".join(text.split())


def _visible(text: str) -> str:
    # (every invisible character is beyond ASCII: most fields of most files are passed at C speed)
    return text if text.isascii() else INVISIBLE.sub("", text)


def plain_text(value: object) -> str:
    """A description as plain text: HTML (even escaped HTML) turned into lines and paragraphs."""
    if value is None:
        return ""
    text = _visible(mended(str(value))).replace("\r\n", "\n").replace("\r", "\n")
    if not _TAG.search(text) and "&" in text:
        # "&lt;p&gt;Hello&lt;/p&gt;": HTML escaped once more than it should be.
        text = html.unescape(text)
    if _TAG.search(text):
        text = _LINE_BREAK.sub("\n", text)
        text = _BLOCK_END.sub("\n\n", text)
        text = _LIST_ITEM.sub("\n- ", text)
        text = html.unescape(_TAG.sub("", text))
    text = _visible(text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    paragraphs: list[str] = []
    for line in lines:
        if line or (paragraphs and paragraphs[-1]):
            paragraphs.append(line)
    return "\n".join(paragraphs).strip()


def join_paragraphs(*parts: str) -> str:
    """Non-empty parts, each once, separated by a blank line (abstract + description)."""
    return "\n\n".join(dict.fromkeys(part for part in parts if part))


# -- ids ---------------------------------------------------------------------------------------

_NOT_SLUG = kept(r"[^a-z0-9._]+")


def slugify(value: str, prefix: str = "x") -> str:
    """A lower-case ASCII id our TOML accepts ([a-z0-9][a-z0-9._-]*), stable for a given value.

    Accents are dropped ("Auditorio Ñandú" → "auditorio-nandu"); a value with no Latin letter or
    digit at all gets `prefix` and a short hash of the value, so it stays stable and distinct."""
    ascii_only = without_accents(value).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"-{2,}", "-", _NOT_SLUG.sub("-", ascii_only)).strip("-._")
    if slug:
        return slug
    digest = hashlib.sha1(value.encode("utf-8", "replace")).hexdigest()[:8]
    return f"{prefix}-{digest}"


def unique_ids(bases: list[str]) -> list[str]:
    """The same ids, with later repeats made unique in file order: x, x → x, x-2.

    The first of a repeated id keeps it; a suffix never takes an id the file uses itself."""
    used = set(bases)
    assigned: set[str] = set()
    result = []
    for base in bases:
        candidate, number = base, 1
        while candidate in assigned or (number > 1 and candidate in used):
            number += 1
            candidate = f"{base}-{number}"
        assigned.add(candidate)
        result.append(candidate)
    return result


# -- times -------------------------------------------------------------------------------------

_CLOCK = kept(r"^(\d{1,3}):(\d{2})(?::(\d{2}))?$")
_ISO_DURATION = kept(
    r"^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$", re.IGNORECASE
)


def field_key(name: object) -> str:
    """A field's name compared without case, "_", "-" or spaces ("startsAt" = "starts_at"), nor the
    colon of a Ruby symbol that a Rails app's YAML keeps (":start_at", Kaigi on Rails's seeds), nor
    Drupal's "field_" before it."""
    return _field_key(str(name))


@lru_cache(maxsize=4096)
def _field_key(name: str) -> str:
    # A file has few field names, asked a million times (MPSA 2026's: 1,099 sessions read in 1.6 s).
    # Drupal's fields are all "field_…" ("field_speakers", LinuxFest Northwest 2017's export).
    # Accents aside: a Spanish site's "duración", a French one's "début".
    return _FIELD_SIGNS.sub("", without_accents(name.lower()).removeprefix(":").removeprefix("field_"))


_FIELD_SIGNS = kept(r"[\s_-]+")


def rewritten(value: Any, replacement: Callable[[Any], Any | None]) -> Any:
    """Parsed JSON with each value that `replacement` gives a replacement for replaced (what is
    inside it not read further), every other value as it was."""
    new = replacement(value)
    if new is not None:
        return new
    if isinstance(value, dict):
        return {key: rewritten(item, replacement) for key, item in value.items()}
    if isinstance(value, list):
        return [rewritten(item, replacement) for item in value]
    return value


def texts_in(value: Any, *, keys: bool = False) -> list[str]:
    """Every text in parsed JSON, the objects' keys too with `keys` ({"2018-09-15": …})."""
    if isinstance(value, str):
        return [value]
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if keys:
                found.append(str(key))
            found.extend(texts_in(item, keys=keys))
    elif isinstance(value, list):
        for item in value:
            found.extend(texts_in(item, keys=keys))
    return found


def parse_duration(value: object, *, hours_alone: bool = False) -> timedelta | None:
    """A duration as schedules write it, or None if it is not one.

    "00:30", "1:30" (hours:minutes); "1:02:30" (frab's days:hours:minutes); "00:25:00"
    (Pentabarf's hours:minutes:seconds); "PT1H30M" (ISO 8601); 45 or "45" (minutes);
    "003000" (xCal hhmmss); written out, "45 min.", "1h30", and with `hours_alone` (a field that
    can only hold a duration) "2h" (WikiConvention francophone 2016's)."""
    try:
        return _duration(value, hours_alone)
    except (ValueError, OverflowError):  # NaN, or more days than timedelta holds
        return None


def _duration(value: object, hours_alone: bool = False) -> timedelta | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return timedelta(minutes=value) if value >= 0 else None
    text = str(value).strip()
    if text.isdigit():
        if len(text) == 6:
            return timedelta(hours=int(text[:2]), minutes=int(text[2:4]), seconds=int(text[4:]))
        return timedelta(minutes=int(text))
    parts = text.split(":")
    if all(part.isdigit() for part in parts):
        numbers = [int(part) for part in parts]
        if len(parts) == 2 and numbers[1] < 60:
            return timedelta(hours=numbers[0], minutes=numbers[1])
        if len(parts) == 3 and numbers[1] < 60 and numbers[2] < 60:
            # frab writes days:hours:minutes, Pentabarf hours:minutes:seconds. Hours past 23,
            # or a zero-padded first field with zero last field ("00:25:00", "01:00:00"), can
            # only be, or almost surely are, hours:minutes:seconds; "1:02:30" is frab's.
            padded = len(parts[0]) == 2 and parts[0].startswith("0") and numbers[2] == 0
            if numbers[1] >= 24 or padded:
                return timedelta(hours=numbers[0], minutes=numbers[1], seconds=numbers[2])
            return timedelta(days=numbers[0], hours=numbers[1], minutes=numbers[2])
        return None
    match = _ISO_DURATION.match(text)
    if match and any(match.groups()):
        weeks, days, hours, minutes, seconds = (float(group or 0) for group in match.groups())
        return timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)
    # Written out: "45 minutes", "1 hour 30", "1h30", "90 min", "2 heures", "1 hora y media".
    written = _WRITTEN_DURATION.fullmatch(fold(text))
    # (not "1h" alone, which files write for a clock time as often)
    alone = _HOURS_SIGN.fullmatch(text) is not None
    if written and (written.group("hours") or written.group("minutes")) and (hours_alone or not alone):
        hours = int(written.group("hours") or 0)
        minutes = int(written.group("minutes") or written.group("after") or 0)
        return timedelta(hours=hours, minutes=minutes + (30 if written.group("half") else 0))
    return None


_HOURS_SIGN = kept(r"\d{1,2}\s*h", re.IGNORECASE)
_WRITTEN_DURATION = kept(
    r"(?:(?P<hours>\d{1,2})\s*(?:h|hr|hrs|hours?|heures?|horas?)\.?"
    r"(?:\s*(?P<after>\d{1,2})(?:\s*(?:m|min|mins|minutes?|minutos?))?"
    r"|\s*(?:y|et|and)\s+(?P<half>media|demie|a half))?)?"
    r"\s*(?:(?P<minutes>\d{1,3})\s*(?:m|min|mins|minutes?|minutos?)\.?)?"
)


def parse_clock(value: object) -> timedelta | None:
    """A wall-clock time "HH:MM" or "HH:MM:SS" as the time since midnight ("24:30" is allowed:
    some schedules count past midnight that way)."""
    match = _CLOCK.match(str(value or "").strip())
    if not match:
        return None
    hours, minutes, seconds = (int(group or 0) for group in match.groups())
    if minutes >= 60 or seconds >= 60:
        return None
    return timedelta(hours=hours, minutes=minutes, seconds=seconds)


def parse_datetime(value: object) -> datetime | None:
    """An ISO 8601 date and time (offset optional, "Z" allowed, basic or extended), or None."""
    text = str(value or "").strip()
    if len(text) < 10 or not text[:4].isdigit():
        return None
    text = _DOTTED_CLOCK.sub(r"\1T\2:\3", text)
    try:
        parsed = datetime.fromisoformat(_ONE_DIGIT_HOUR.sub(r"\g<1>0\2", text))
    except ValueError:
        return None
    return parsed


# An hour written with one digit after the date: "2020-02-15 8:00" (MBLGTACC 2020's app data).
_ONE_DIGIT_HOUR = kept(r"^(\d{4}-\d{2}-\d{2}[ T])(\d:\d{2})")
# Hours and minutes apart by a dot or an "h" after the date: "2024-04-17:11.15" (DIPS Exchange
# 2024's schedule.yaml), which ISO's reader takes for 11 o'clock and a fraction of a second.
_DOTTED_CLOCK = kept(r"^(\d{4}-\d{2}-\d{2})[ T:](\d{1,2})[.h](\d{2})$")


def parse_date(value: object) -> date | None:
    text = str(value or "").strip()[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


# -- vocabularies ------------------------------------------------------------------------------

_LANGUAGE_NAMES = {
    "english": "en",
    "anglais": "en",
    "inglés": "en",
    "ingles": "en",
    "englisch": "en",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "francés": "fr",
    "frances": "fr",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "espagnol": "es",
    "castellano": "es",
}


def map_language(value: object) -> str | None:
    """One of our languages (fr/en/es) for a code ("fr-BE", "EN") or a name ("Español")."""
    text = clean(value).lower()
    if not text:
        return None
    code = re.split(r"[-_ ]", text)[0]
    return language_of(text) or _LANGUAGE_NAMES.get(text) or _LANGUAGE_NAMES.get(code)


# Checked in order: "lunch break" is lunch, "workshop talk" a workshop. The names of each kind
# (KIND_NAMES) and the labels other tools give it ("Keynote", "Hands-on"), not the words of a
# question: "other" or "social" name a kind in a schedule, never in a question.
_KIND_WORDS: tuple[tuple[SessionKind, tuple[str, ...]], ...] = (
    (SessionKind.LUNCH, KIND_NAMES[SessionKind.LUNCH]),
    (SessionKind.BREAK, (*KIND_NAMES[SessionKind.BREAK], "receso")),
    (SessionKind.WORKSHOP, (*KIND_NAMES[SessionKind.WORKSHOP], "tutorial", "hands-on", "training")),
    (SessionKind.PLENARY, (*KIND_NAMES[SessionKind.PLENARY], "keynote", "opening", "closing")),
    (SessionKind.RECEPTION, (*KIND_NAMES[SessionKind.RECEPTION], "party", "social", "dinner")),
    (SessionKind.SIDE_EVENT, ("side event", "side-event", "meetup", "bof", "birds of a feather")),
    (SessionKind.VISIT, KIND_NAMES[SessionKind.VISIT]),
    (SessionKind.BREAKOUT, (*KIND_NAMES[SessionKind.BREAKOUT], "parallel session")),
    (SessionKind.OTHER, ("other", "misc")),
)


# The kinds' words of one word and five letters or more, that a compound type may end with.
_KIND_ENDINGS = tuple(
    (kind, word) for kind, words in _KIND_WORDS for word in words if word.isalpha() and len(word) >= 5
)
# One pattern per kind, made once: a large programme asks for thousands of kinds.
_KIND_PATTERNS = tuple(
    (kind, kept(r"(?<![a-z])(?:" + "|".join(map(re.escape, words)) + r")s?(?![a-z])"))
    for kind, words in _KIND_WORDS
)


def map_kind(value: object, default: SessionKind = SessionKind.TALK) -> SessionKind:
    """Our session kind for another tool's type ("Workshop", "Coffee break", "Lightning talk")."""
    text = fold(clean(value))
    if not text:
        return default
    found = next((kind for kind, pattern in _KIND_PATTERNS if pattern.search(text)), None)
    if found is None and text.isalpha():
        # One word that ends with a kind's: EMF's "youthworkshop", a "coffeebreak".
        found = next((kind for kind, ending in _KIND_ENDINGS if text.endswith(ending)), None)
    return found or default


def text_of(value: object, language: str, *, multiline: bool = False) -> Text:
    """A Text from a string (in `language`) or a per-language dict ({"en": ..., "de": ...}).

    Only our languages are kept from a dict; if it has none of them, its first text is taken
    as being in `language` rather than lose the only title there is."""
    tidy = plain_text if multiline else clean
    if isinstance(value, Mapping):
        kept: dict[str, str] = {}
        first = ""
        for key, item in value.items():
            text = tidy(item)
            if not text:
                continue
            first = first or text
            code = map_language(key)
            if code and code not in kept:
                kept[code] = text
        if not kept and first:
            kept[language] = first
        return Text.of(kept, language)
    return Text.of(tidy(value), language)


def pick(value: object, language: str) -> str:
    """The raw string of a string or of a per-language dict: in `language`, else English, else
    the first one given."""
    if isinstance(value, Mapping):
        for key in (language, "en"):
            if isinstance(value.get(key), str) and value[key].strip():
                return value[key]
        return next((item for item in value.values() if isinstance(item, str) and item.strip()), "")
    return "" if value is None else str(value)


def first_text(value: object, language: str) -> str:
    """One line from a string or a per-language dict (room and person names)."""
    return clean(pick(value, language))


def name_of(value: object, language: str) -> str:
    """A thing's name given as itself or as a record with its name: a track "Security" or
    {"id": 4, "name": {"en": "Security"}} (pretalx's API)."""
    if isinstance(value, Mapping) and ("name" in value or "title" in value):
        value = value.get("name") or value.get("title")
    return first_text(value, language)


# -- sniffing and parsing ----------------------------------------------------------------------

JSON_EXPECTED = (
    "expected pretalx/c3voc schedule.json, pretalx widget JSON, Sessionize, "
    "or sessions each with a title, a start and an end"
)
JSON_NOT_OURS = f"JSON but not a schedule we read ({JSON_EXPECTED})"
XML_EXPECTED = "expected frab/Pentabarf schedule.xml, xCal, or sessions each with a title, a start and an end"
XML_NOT_OURS = f"not a schedule we read ({XML_EXPECTED})"

# A DOCTYPE may declare its elements inside brackets (researchr's), each declaration ending in ">".
_XML_PROLOG = re.compile(rb"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.DOTALL)
_XML_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)")


def head_start(head: bytes) -> bytes:
    """The head without a byte-order mark and leading white space."""
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()


def looks_like_json(head: bytes) -> bool:
    start = head_start(head)
    if start[:1] in (b"{", b"[") or _JS_ASSIGNMENT.match(start) is not None:
        return True
    # A JavaScript or TypeScript module of data (bot/programme/importers/js_literal.py).
    return start.startswith(_SCRIPT_STARTS) and is_module(start.decode("utf-8", "replace"))


_SCRIPT_STARTS = (b"import ", b"export ", b"//", b"/*", b"const ", b"let ", b"var ", b"module.exports")


# JSON assigned to a variable in a script: KonOpas's "var program = [...];" (a convention guide's
# data, CCSCNE 2015's), read as the JSON it holds.
_JS_ASSIGNMENT = re.compile(rb"(?:(?:var|let|const)\s+|window\.)?[A-Za-z_$][\w$.]*\s*=\s*(?=[\[{])")


def looks_like_xml(head: bytes) -> bool:
    return head_start(head)[:1] == b"<"


def json_has_key(head: bytes, *keys: str) -> bool:
    """Whether one of `keys` appears as a key in JSON text (an escaped quote inside a string
    value cannot look like one)."""
    names = "|".join(re.escape(key) for key in keys)
    return re.search(rf'(?<!\\)"(?:{names})"\s*:'.encode(), head) is not None


def xml_prolog_end(start: bytes) -> int:
    """Where an XML declaration, comments and doctype at the start of `start` end (0 if none)."""
    prolog = _XML_PROLOG.match(start)
    return prolog.end() if prolog else 0


def xml_root(head: bytes) -> str | None:
    """The local name of the root element, lower case, read from the head of an XML file."""
    start = head_start(head)
    prolog = _XML_PROLOG.match(start)
    match = _XML_ROOT.match(start, prolog.end() if prolog else 0)
    if not match:
        return None
    return match.group(1).decode("ascii", "replace").rsplit(":", 1)[-1].lower()


def parse_json(content: bytes, path: Path) -> Any:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProgrammeError(path, f"not UTF-8 text (byte {error.start})") from error
    assigned = _JS_ASSIGNMENT.match(text.lstrip().encode("utf-8")[:200])
    module = text
    if assigned:
        text = text.lstrip()[len(assigned.group(0).decode("utf-8")) :].rstrip().removesuffix(";")
    try:
        # A script's string may hold a tab as it is, which JavaScript reads and strict JSON does not.
        return json.loads(text, strict=not assigned)
    except RecursionError as error:
        raise ProgrammeError(path, "JSON nested too deeply to be a schedule") from error
    except json.JSONDecodeError as error:
        if is_module(module):
            return _module_data(module, path)
        lenient = _lenient_json(text)
        if lenient is not None:
            return lenient
        raise ProgrammeError(
            path, f"not valid JSON: {error.msg} (column {error.colno})", line=error.lineno
        ) from error


def _lenient_json(text: str) -> Any:
    """JSON as sites' generators accept it and strict JSON does not, trailing commas and comments
    (PSAK 2020's Jekyll `_data/program.json`): read as a script's literal is; None when it is not
    one either."""
    try:
        return json.loads(module_json("module.exports = " + text.strip()), strict=False)
    except (NotALiteral, json.JSONDecodeError, RecursionError):
        return None


def _module_data(text: str, path: Path) -> Any:
    """The data a JavaScript or TypeScript module assigns or exports, as written (never run)."""
    try:
        return json.loads(module_json(text), strict=False)
    except NotALiteral as error:
        raise ProgrammeError(
            path, f"a script whose data cannot be read without running it: {error}"
        ) from error
    except RecursionError as error:
        raise ProgrammeError(path, "JSON nested too deeply to be a schedule") from error


def _declares_nothing(content: bytes) -> bool:
    """Whether an XML document can declare no entity: no document type declaration in it, in an
    encoding where it would be written with those bytes."""
    start = content.removeprefix(b"\xef\xbb\xbf").lstrip()
    return (
        start.startswith(b"<")
        and b"\x00" not in content[:512]  # not UTF-16 or UTF-32, where "<!DOCTYPE" is spelt otherwise
        and _DECLARATION.search(content) is None
    )


_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def parse_xml(content: bytes, path: Path) -> ET.Element:
    """The root element, parsed by defusedxml: a document that declares entities or refers to
    external ones is refused, not expanded. Entities are how XML bombs ("billion laughs") and
    external file inclusion work, an address may serve anything, and no schedule needs them.
    A document in an encoding that writes "<" as itself and with no document type declaration
    can declare no entity: it is parsed by the standard library's C parser (a third faster on a
    large programme; defusedxml's parser calls Python for every element)."""
    try:
        return ET.fromstring(content) if _declares_nothing(content) else DefusedET.fromstring(content)
    except EntitiesForbidden as error:
        kind = "an external entity" if error.sysid or error.pubid else "entity declarations"
        raise ProgrammeError(
            path, f"XML with {kind} (<!ENTITY {error.name}>) is not read, for safety"
        ) from error
    except DefusedXmlException as error:  # any other refusal of defusedxml's
        raise ProgrammeError(
            path, f"XML with external references is not read, for safety ({type(error).__name__})"
        ) from error
    except ET.ParseError as error:
        line = error.position[0] if error.position else None
        reason = re.sub(r": line \d+, column \d+$", "", str(error))
        raise ProgrammeError(path, f"not well-formed XML: {reason}", line=line) from error
    except ValueError as error:  # "multi-byte encodings are not supported" (UTF-16 named in its header)
        raise ProgrammeError(path, f"XML not read: {error}") from error


@lru_cache(maxsize=1024)  # a file has few names, each read thousands of times
def local_name(tag: object) -> str:
    """An element's name without namespace: "{http://pentabarf.org}title" → "title"."""
    return str(tag).rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def direct_children(element: ET.Element) -> dict[str, ET.Element]:
    """An element's own children by name, first one of each name that is not empty. Only direct
    children: frab reuses names (<title>, <type>) inside <links>, <attachments> and <recording>.
    A generated file may write a field empty and then filled (State of the Map France 2022's
    `<persons/>` … `<persons><person>…`): the filled one is the field."""
    found: dict[str, ET.Element] = {}
    for child in element:
        name = local_name(child.tag)
        kept = found.get(name)
        if kept is None or (_empty(kept) and not _empty(child)):
            found[name] = child
    return found


def _empty(element: ET.Element) -> bool:
    """An element with no text, no children and no attributes: "<persons/>"."""
    return len(element) == 0 and not (element.text or "").strip() and not element.attrib


def element_text(element: ET.Element | None) -> str:
    """All text inside an element (an abstract may hold markup children), or ''."""
    if element is None:
        return ""
    return "".join(element.itertext())


def as_list(value: object) -> list[Any]:
    """A JSON value that should be a list: a list, or nothing."""
    return value if isinstance(value, list) else []


def as_dict(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def most_common(values: Iterable[str | None]) -> str | None:
    counts: dict[str, int] = {}
    for value in values:
        if value:
            counts[value] = counts.get(value, 0) + 1
    return max(counts, key=lambda key: counts[key]) if counts else None
