"""Hostile messages through the core: whatever people type, the bot answers in valid Telegram HTML.

More than 10,000 generated messages (empty, huge, emoji, RTL and bidi controls, HTML and Markdown
metacharacters, control characters, other scripts, random unicode, real questions mixed with
garbage, impossible times and dates) asked at random instants (1900-2100, random offsets and zones)
with a fr/en/es hint or none: `respond()` never raises, and every part `split_message()` makes of
its reply is at most 4,096 characters (code points and UTF-16 units) and valid Telegram HTML.

The building blocks, the generators and the HTML checker are shared with tests/e2e/test_hostile_e2e.py
and tests/test_hostile_huge_input.py (the huge and any-hostile halves).
The bugs it found are pinned by the regression tests at the end ("once bugs").
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from html import unescape
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.answers.reply import respond
from bot.answers.split import TELEGRAM_LIMIT, split_message
from bot.i18n import LANGUAGES
from bot.programme.model import Programme

# --------------------------------------------------------------------------- building blocks

WHITESPACE = (" ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\u2028", "\u2029", "\u200b", "\ufeff")
EMOJI = (
    "😀",
    "🎉",
    "👍🏽",
    "👋🏿",
    "👨‍👩‍👧‍👦",  # ZWJ family
    "👩🏾‍💻",  # ZWJ with a skin tone
    "🏳️‍🌈",
    "🏴‍☠️",
    "🇧🇪",
    "🇫🇷🇪🇸",
    "🇺🇳",
    "1️⃣",
    "#️⃣",
    "❤️",
    "🧑‍🤝‍🧑",
    "🏴󠁧󠁢󠁳󠁣󠁴󠁿",  # a tag sequence (Scotland)
)
RTL = (
    "ما هو التالي في القاعة",
    "أين يتحدث بوبكر باه؟",
    "مرحبا",
    "מה הבא באולם",
    "שלום",
    "עברית Alcazar עברית",
    "اردو میں",
)
BIDI: tuple[str, ...] = (
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
)
BIDI += ("\u200e", "\u200f", "\u061c", "\u202eAlcazar\u202c")
HTML_BITS = (
    "<b>",
    "</b>",
    "</i>",
    "<i>",
    "<script>alert(1)</script>",
    "<a href='javascript:alert(1)'>x</a>",
    '<a href="http://x">',
    "<tg-spoiler>",
    '<span class="tg-spoiler">',
    "<pre><code>",
    "<!--",
    "-->",
    "<!DOCTYPE html>",
    "<?xml?>",
    "<![CDATA[x]]>",
    "<br/>",
    "&amp;",
    "&#x27;",
    "&#39;",
    "&lt;",
    "&gt;",
    "&nbsp;",
    "&bogus;",
    "&#0;",
    "&#xD800;",
    "&#x110000;",
    "&",
    "&&",
    "<",
    ">",
    "<<>>",
    "<b",
    "a < b > c",
    '"',
    "'",
    "\\",
)
MARKDOWN_BITS = (
    "*",
    "_",
    "[",
    "]",
    "(",
    ")",
    "~",
    "`",
    "```",
    "**bold**",
    "__it__",
    "[link](http://example.org)",
    "||spoiler||",
    "~~strike~~",
    "> quote",
    "# title",
    "\\*",
    "*_[]()~`>#+-=|{}.!",
)
CONTROL = (*(chr(code) for code in range(0x20)), "\x7f", "\x85")
SCRIPTS = (
    "下一个在哪里",
    "会议室",
    "次のセッション",
    "다음 세션",
    "Что дальше в зале",
    "Бубакар Ба",
    "Τι ακολουθεί",
    "αίθουσα",
    "आगे क्या है",
    "कक्ष",
    "ต่อไปคืออะไร",
    "ห้อง",
    "𝐀𝐥𝐜𝐚𝐳𝐚𝐫",  # mathematical bold: folds to "alcazar"
    "Ａｌｃａｚａｒ",  # full width
    "ǅ",
    "ﬁ",
    "İstanbul",
    "Straße",
    "e\u0301\u0301\u0301",  # stacked combining accents
    "Z̴̛̗a̶̗l̴g̷o̸",
)
QUESTION_WORDS = (
    "what's next in",
    "whats next",
    "what is on now",
    "now",
    "next",
    "help",
    "/start",
    "/next",
    "où intervient",
    "qu'est-ce qui se passe",
    "quoi de neuf à",
    "demain",
    "aujourd'hui",
    "après-midi",
    "ce soir",
    "a las 10",
    "qué hay ahora en",
    "¿dónde habla",
    "mañana por la mañana",
    "tomorrow at 10:00",
    "in 10 minutes",
    "dans 2 heures",
    "sessions about resilience",
    "which languages in",
    "is there English in",
    "interpretation",
    "workshop",
    "side event",
    "coffee",
    "lunch",
    "plenary",
    "cocktail",
    "visite",
    "who is",
    "mayor",
    "thursday",
    "vendredi",
    "sábado",
)
NAMES = (
    "Alcazar",
    "alcazr",
    "Scala",
    "Auditoire",
    "Dijlezaal",
    "Herten Aas",
    "Hors site",
    "Mechelen-Centraal",
    "Boubacar Bah",
    "Bah",
    "Bart Somers",
    "Tekin Başar",
    "Mohamed Dié",
    "Francisco Antonio Peña Tavarez",
    "Lilia Umaña Montiel",
    "Narnia",
    "Mohamed",
)
NUMBERS = (
    "99:99",
    "25h",
    "24:00",
    "23:60",
    "12:5",
    "0h",
    "00:00",
    "13pm",
    "0am",
    "12 o'clock",
    "a las 100",
    "à 99h99",
    "at 4",
    "in 0 min",
    "in 999 hours",
    "dans 100000 heures",
    "in 99999999999999999999 minutes",
    "-1",
    "1e308",
    "NaN",
    "9" * 60,
    "0" * 40,
    "٣:٣٠",  # Arabic-Indic digits
    "１０：００",  # full width digits
    "½",
    "²",
)
DATES = (
    "31/02",
    "29/02/2100",
    "29/02/2000",
    "0/0",
    "00/00/0000",
    "31/12/9999",
    "32 novembre",
    "0 novembre",
    "16 novembre 2017",
    "le 16",
    "le 99",
    "February 30",
    "30 février 2017",
    "1 janvier 1",
    "31 de diciembre de 1899",
    "16.11.",
    "2017-11-16",
    "17/11/17",
    "november 16th, 2017",
)
SEPARATORS = ("", " ", "  ", "\n", " \n ", ", ", "\t", "\u200b", " ? ")

BLOCKS: dict[str, tuple[str, ...]] = {
    "whitespace": WHITESPACE,
    "emoji": EMOJI,
    "rtl": RTL,
    "bidi": BIDI,
    "html": HTML_BITS,
    "markdown": MARKDOWN_BITS,
    "control": CONTROL,
    "scripts": SCRIPTS,
    "question": QUESTION_WORDS,
    "names": NAMES,
    "numbers": NUMBERS,
    "dates": DATES,
}
HUGE_MAX = 20_000

# --------------------------------------------------------------------------- hypothesis strategies

_ANY_CHAR = st.characters(exclude_categories=["Cs"])  # every code point but surrogates


def _piece() -> st.SearchStrategy[str]:
    return st.one_of(
        *(st.sampled_from(block) for block in BLOCKS.values()),
        st.text(_ANY_CHAR, max_size=12),
        st.integers(-(10**12), 10**12).map(str),
    )


def _repeat_to(text: str, length: int) -> str:
    text = text or "x"
    return (text * (length // len(text) + 1))[:length]


def mixed_texts() -> st.SearchStrategy[str]:
    """Up to a dozen blocks (questions, names, garbage...) joined by one separator."""
    return st.builds(
        lambda parts, sep: sep.join(parts), st.lists(_piece(), max_size=12), st.sampled_from(SEPARATORS)
    )


def huge_texts() -> st.SearchStrategy[str]:
    """4,097 to 20,000 characters: a mix repeated, after an optional real question."""
    prefix = st.sampled_from(
        ("", "what's next in Alcazar ", "workshop ", "où intervient Boubacar Bah ", "zzqx ")
    )
    return st.builds(
        lambda start, body, length: start + _repeat_to(body, length - len(start)),
        prefix,
        mixed_texts(),
        st.integers(TELEGRAM_LIMIT + 1, HUGE_MAX),
    )


def blank_texts() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from((*WHITESPACE, "\x00", "\x1f", "\x85")), max_size=30).map("".join)


def unicode_texts() -> st.SearchStrategy[str]:
    return st.text(_ANY_CHAR, max_size=300)


def hostile_texts() -> st.SearchStrategy[str]:
    return st.one_of(
        st.just(""),
        blank_texts(),
        mixed_texts(),
        unicode_texts(),
        st.text(st.sampled_from(CONTROL), max_size=50),
        st.lists(st.sampled_from(EMOJI), max_size=60).map("".join),
        huge_texts(),
    )


_OFFSETS = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda minutes: timezone(timedelta(minutes=minutes)))
_ZONES = st.one_of(_OFFSETS, st.timezones())


def instants() -> st.SearchStrategy[datetime]:
    """Aware instants: mostly around the conference (16-17 November 2017), else 1900-2100."""
    return st.one_of(
        st.datetimes(datetime(2017, 11, 14), datetime(2017, 11, 19), timezones=_ZONES),
        st.datetimes(datetime(1900, 1, 2), datetime(2100, 12, 30), timezones=_ZONES),
    )


# What the handlers pass (the user's language) and what `ask --json` passes when "lang" is right.
HINTS = (None, *LANGUAGES)
# What `ask --json` passes through from its "lang" field: see test_garbage_language_hints.
GARBAGE_HINTS = ("de", "", "xx", "FR", "fr-BE", "es_419", "zh-hans", "<b>", "en\x00", "🇫🇷")


def language_hints() -> st.SearchStrategy[str | None]:
    return st.sampled_from((*HINTS, *GARBAGE_HINTS))


def garbage_hints() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(GARBAGE_HINTS), st.text(_ANY_CHAR, max_size=6))


# --------------------------------------------------------------------------- the same, without hypothesis


def _random_char(rng: random.Random) -> str:
    while True:
        code = rng.randrange(0x110000)
        if not 0xD800 <= code <= 0xDFFF:
            return chr(code)


def _random_piece(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.1:
        return "".join(_random_char(rng) for _ in range(rng.randint(1, 12)))
    if roll < 0.15:
        return str(rng.randint(-(10**12), 10**12))
    return rng.choice(rng.choice(list(BLOCKS.values())))


def hostile_sample(rng: random.Random, max_length: int = HUGE_MAX) -> str:
    """One hostile message from the same building blocks, drawn with `rng` (deterministic)."""
    kind = rng.choices(("mixed", "huge", "unicode", "blank", "control", "emoji"), (50, 10, 15, 5, 10, 10))[0]
    if kind == "blank":
        text = "".join(rng.choice(WHITESPACE) for _ in range(rng.randint(0, 10)))
    elif kind == "unicode":
        text = "".join(_random_char(rng) for _ in range(rng.randint(1, 300)))
    elif kind == "control":
        text = "".join(rng.choice(CONTROL) for _ in range(rng.randint(1, 50)))
    elif kind == "emoji":
        text = "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 60)))
    else:
        sep = rng.choice(SEPARATORS)
        text = sep.join(_random_piece(rng) for _ in range(rng.randint(1, 12)))
        if kind == "huge":
            start = rng.choice(("", "what's next in Alcazar ", "workshop ", "zzqx "))
            text = start + _repeat_to(text, rng.randint(TELEGRAM_LIMIT + 1, HUGE_MAX) - len(start))
    return text[:max_length]


def hostile_samples(seed: int, count: int, max_length: int = HUGE_MAX) -> list[str]:
    rng = random.Random(seed)
    return [hostile_sample(rng, max_length) for _ in range(count)]


# --------------------------------------------------------------------------- Telegram HTML checker

# Telegram's HTML parse mode: https://core.telegram.org/bots/api#html-style
TELEGRAM_TAGS = frozenset("b strong i em u ins s strike del a code pre span tg-spoiler blockquote".split())
_NAMED_ENTITIES = ("lt", "gt", "amp", "quot")
_ENTITY = re.compile(r"&(?:(?P<name>lt|gt|amp|quot)|#(?P<dec>[0-9]{1,8})|#[xX](?P<hex>[0-9a-fA-F]{1,7}));")
# A complete tag as Telegram reads it: lower-case name, double-quoted attribute values.
_TAG_TOKEN = re.compile(r'</?[a-z][a-z-]*(?:\s+[a-z-]+(?:="[^"<>]*")?)*\s*>')


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _TelegramHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        if tag not in TELEGRAM_TAGS:
            self.problems.append(f"tag <{tag}> is not one of Telegram's")
            return
        names = [name for name, _ in attrs]
        values = dict(attrs)
        if tag == "a":
            if names != ["href"] or not values["href"]:
                self.problems.append(f"<a> needs exactly one non-empty href, got {attrs}")
        elif tag == "span":
            if attrs != [("class", "tg-spoiler")]:
                self.problems.append(f'<span> needs class="tg-spoiler", got {attrs}')
        elif tag == "code":
            if attrs and (names != ["class"] or not (values["class"] or "").startswith("language-")):
                self.problems.append(f"<code> allows only class=language-*, got {attrs}")
        elif tag == "blockquote":
            if attrs and attrs != [("expandable", None)]:
                self.problems.append(f"<blockquote> allows only expandable, got {attrs}")
        elif attrs:
            self.problems.append(f"<{tag}> takes no attribute, got {attrs}")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            self.problems.append(f"</{tag}> closes nothing")
        elif self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1]}>")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        for char in "<>&":
            if char in data:
                self.problems.append(f"raw {char!r} in text {data[:40]!r}")
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in _NAMED_ENTITIES:
            self.problems.append(f"unknown entity &{name};")
        self.text.append(unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.text.append(unescape(f"&#{name};"))

    def handle_comment(self, data: str) -> None:
        self.problems.append(f"comment <!--{data[:40]}-->")

    def handle_decl(self, decl: str) -> None:
        self.problems.append(f"declaration <!{decl[:40]}>")

    def handle_pi(self, data: str) -> None:
        self.problems.append(f"processing instruction <?{data[:40]}>")

    def unknown_decl(self, data: str) -> None:
        self.problems.append(f"unknown declaration <![{data[:40]}")


def html_problems(text: str) -> list[str]:
    """Why Telegram would refuse `text` in HTML parse mode (empty when it would accept it)."""
    problems: list[str] = []
    for position, char in enumerate(text):
        if char != "&":
            continue
        entity = _ENTITY.match(text, position)
        if entity is None:
            problems.append(f"raw '&' at {position}: {text[position : position + 12]!r}")
            continue
        number = entity.group("dec") or entity.group("hex")
        if number is not None:
            code = int(number, 10 if entity.group("dec") else 16)
            if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                problems.append(f"entity {entity.group(0)} is no character")
    outside_tags = _TAG_TOKEN.sub("", text)
    for char in "<>":
        if char in outside_tags:
            where = outside_tags.index(char)
            problems.append(
                f"raw {char!r} (or a malformed tag): {outside_tags[max(0, where - 20) : where + 20]!r}"
            )
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    problems.extend(parser.problems)
    if parser.stack:
        problems.append(f"tags left open: {parser.stack}")
    if not "".join(parser.text).strip():
        problems.append("no visible text (Telegram refuses an empty message)")
    return problems


def visible_text(html: str) -> str:
    """What the reader sees: tags dropped, entities decoded."""
    parser = _TelegramHTML()
    parser.feed(html)
    parser.close()
    return "".join(parser.text)


def assert_sendable(text: str) -> None:
    """One Telegram message: at most 4,096 characters (and UTF-16 units), valid HTML."""
    assert len(text) <= TELEGRAM_LIMIT, f"{len(text)} characters"
    assert utf16_length(text) <= TELEGRAM_LIMIT, f"{utf16_length(text)} UTF-16 units"
    problems = html_problems(text)
    assert not problems, f"{problems} in {text[:300]!r}"


# --------------------------------------------------------------------------- the properties

INTENTS = frozenset(
    {"next", "now", "at_time", "person", "people", "rooms", "search", "room_info", "info", "help", "unknown"}
)
EXAMPLES_MIXED = 5_000
EXAMPLES_UNICODE = 2_500
EXAMPLES_HUGE = 1_000
EXAMPLES_ANYTHING = 1_500
EXPECTED_TOTAL = 10_000
_seen: Counter[str] = Counter()


def check_reply(text: str, at: datetime, programme: Programme, hint: str | None) -> None:
    """The whole property for one message: no exception, a non-empty reply in parts Telegram takes."""
    reply = respond(text, at, programme, hint)
    assert reply.html.strip(), "empty reply"
    problems = html_problems(reply.html)
    assert not problems, f"{problems} in {reply.html[:300]!r}"
    parts = split_message(reply.html)
    assert parts
    for part in parts:
        assert_sendable(part)
    result = reply.as_json(programme)
    encoded = json.dumps(result, ensure_ascii=False).encode("utf-8")  # no lone surrogate either
    assert json.loads(encoded) == result
    assert result["intent"] in INTENTS
    assert result["lang"] in LANGUAGES, result["lang"]
    assert result["reply"] == reply.html


_SETTINGS = settings(
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
_NOON = datetime(2017, 11, 16, 12, 10, tzinfo=timezone(timedelta(hours=1)))


@settings(_SETTINGS, max_examples=EXAMPLES_MIXED)
@given(text=mixed_texts(), at=instants(), hint=language_hints())
@example(text="", at=_NOON, hint=None)
@example(text="<b>Alcazar</b> & <i>Scala", at=_NOON, hint="en")
@example(text="what's next in \u202eAlcazar", at=datetime(1900, 1, 2, tzinfo=UTC), hint="fr")
@example(text="a las 100 el 31/02", at=datetime(2100, 12, 30, tzinfo=UTC), hint="es")
def test_mixed_messages(mechelen: Programme, text: str, at: datetime, hint: str | None) -> None:
    _seen["mixed"] += 1
    check_reply(text, at, mechelen, hint)


@settings(_SETTINGS, max_examples=EXAMPLES_UNICODE)
@given(text=unicode_texts(), at=instants(), hint=language_hints())
def test_random_unicode(mechelen: Programme, text: str, at: datetime, hint: str | None) -> None:
    _seen["unicode"] += 1
    check_reply(text, at, mechelen, hint)


def test_at_least_ten_thousand_messages_went_through_the_core() -> None:
    """With tests/test_hostile_huge_input.py (huge and any hostile messages, a file of its own so
    that the two halves run on two workers): more than 10,000 messages in all."""
    assert EXAMPLES_MIXED + EXAMPLES_UNICODE + EXAMPLES_HUGE + EXAMPLES_ANYTHING >= EXPECTED_TOTAL
    if set(_seen) != {"mixed", "unicode"}:
        pytest.skip("counts only when the whole module runs")
    assert sum(_seen.values()) >= EXAMPLES_MIXED + EXAMPLES_UNICODE, dict(_seen)


@pytest.mark.parametrize("seed", range(3))
def test_the_deterministic_sample_is_hostile_and_reproducible(mechelen: Programme, seed: int) -> None:
    sample = hostile_samples(seed, 200)
    assert sample == hostile_samples(seed, 200)
    assert any(len(text) > TELEGRAM_LIMIT for text in sample)
    assert any(not text.strip() for text in sample)
    for text in sample:
        check_reply(text, _NOON, mechelen, None)


# --------------------------------------------------------------------------- once bugs
# Each test below failed before its fix; the properties above now draw these inputs too.


@settings(_SETTINGS, max_examples=300, report_multiple_bugs=False)
@given(text=mixed_texts(), at=instants(), hint=garbage_hints())
@example(text="16 novembre", at=_NOON, hint="xx")  # ValueError: Unknown language(s): 'xx'
@example(text="Alcazar", at=_NOON, hint="de")  # "lang": "de", titles in French, reply in English
def test_garbage_language_hints(mechelen: Programme, text: str, at: datetime, hint: str) -> None:
    check_reply(text, at, mechelen, hint)


@pytest.mark.parametrize("text", ["16 novembre", "31/02", "on 16 November"])
def test_a_question_with_a_date_on_a_leap_day(mechelen: Programme, text: str) -> None:
    check_reply(text, datetime(2028, 2, 29, 12, tzinfo=timezone(timedelta(hours=1))), mechelen, "fr")


def test_split_message_counts_utf16_units() -> None:
    html = "\n".join(f"<b>{index}</b> 😀😀😀😀 mot" for index in range(2_000))
    for part in split_message(html):
        assert_sendable(part)


def test_split_message_closing_tags_stay_within_the_limit() -> None:
    for part in split_message("<b>" + "x" * 5_000 + "</b>"):
        assert_sendable(part)


# --------------------------------------------------------------------------- the checker itself


@pytest.mark.parametrize(
    "html",
    [
        "<b>bold</b> &amp; <i>it</i> &lt;3 &#x27;q&#39; &quot;",
        '<a href="https://example.org/?a=1&amp;b=2">link</a>',
        '<span class="tg-spoiler">s</span> <tg-spoiler>t</tg-spoiler>',
        '<pre><code class="language-python">x</code></pre> <blockquote>q</blockquote>',
        "<b>a <i>b <u>c</u></i></b>",
    ],
)
def test_checker_accepts_telegram_html(html: str) -> None:
    assert html_problems(html) == []


@pytest.mark.parametrize(
    "html",
    [
        "a < b",
        "a > b",
        "fish & chips",
        "&amp",
        "&nbsp;",
        "&#0;",
        "&#xD800;",
        "<script>x</script>",
        "<b>x",
        "x</b>",
        "<b><i>x</b></i>",
        "<B>x</B>",
        "<b",
        "<br/>",
        "<!-- x -->",
        "<a>x</a>",
        '<span class="x">y</span>',
        "<b> </b>",
        "",
    ],
)
def test_checker_rejects_what_telegram_refuses(html: str) -> None:
    assert html_problems(html)


# --------------------------------------------------------------------------- split_message


def _long_reply() -> str:
    """About 35,000 characters of session lines under day headings (no astral character: see above)."""
    lines: list[str] = []
    for index in range(400):
        if index % 40 == 0:
            lines.extend(["", f"<u>Jeudi {index // 40 + 1} novembre</u>"])
        hour = 9 + index % 10
        lines.append(
            f"• <b>{hour:02}:00–{hour:02}:45</b> · Alcázar — Séance n°{index} &amp; l&#x27;avenir "
            f"<i>(orateur·rice &lt;{index}&gt;)</i> <s>annulée</s>"
        )
    return "\n".join(lines)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_split_message_cuts_a_long_reply_into_valid_parts() -> None:
    html = _long_reply()
    assert len(html) > 20_000
    assert not html_problems(html)
    parts = split_message(html)
    assert len(parts) >= 5
    for part in parts:
        assert_sendable(part)
    assert _squeeze("".join(visible_text(part) for part in parts)) == _squeeze(visible_text(html))


@pytest.mark.parametrize("width", [80, 2_000, 5_000, 12_000])
def test_split_message_cuts_long_lines_between_words_and_keeps_every_character(width: int) -> None:
    word = "mot&amp;&#x27;é&lt;"
    line = " ".join(f"{word}{index}" for index in range(width // len(word)))
    html = "\n".join(["<b>Titre</b>", "<i>Sous-titre</i>", line, line, line])
    parts = split_message(html)
    for part in parts:
        assert_sendable(part)
    assert _squeeze("".join(visible_text(part) for part in parts)) == _squeeze(visible_text(html))


def test_split_message_cuts_a_line_without_spaces_outside_entities() -> None:
    html = "&amp;" * 3_000 + "\n<b>fin</b>"
    parts = split_message(html)
    assert len(parts) >= 2
    for part in parts:
        assert_sendable(part)
    assert _squeeze("".join(visible_text(part) for part in parts)) == "&" * 3_000 + "fin"


def test_split_message_leaves_a_short_reply_alone() -> None:
    assert split_message("<b>court</b>") == ["<b>court</b>"]
