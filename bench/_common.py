"""Helpers shared by the benchmark scripts: import path, percentiles, memory figures, tables, the
bot's production logging, generated questions, and the fake Bot API server in a process of its own.

Not a benchmark itself. The scripts run from the repository root with the project's venv:

    .venv/bin/python bench/throughput.py
    .venv/bin/python bench/reminders.py
    .venv/bin/python bench/broadcast.py
    .venv/bin/python bench/faults.py

The same scripts run against an older checkout of the bot (a git worktree with the newer
tests/fakes/bot_api.py copied in): what the older code lacks (ChatLanes, a Config field) is
detected here and said in the output, never assumed.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import random
import resource
import sys
import threading
import time
import unicodedata
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TOKEN = "123456:TEST-TOKEN"


# -- figures ----------------------------------------------------------------------------------------


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); nan for an empty sequence."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def median(values: Sequence[float]) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def verdict(value: float, limit: float, *, at_least: bool = False) -> str:
    if value != value:  # nan: nothing to judge
        return "not measured"
    met = value >= limit if at_least else value <= limit
    return "met" if met else "NOT met"


def rss_kib() -> int:
    """The process's resident set size now (VmRSS), in KiB; 0 where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def memory_breakdown() -> dict[str, int]:
    """Where resident memory is, in KiB: RSS, its anonymous part, what malloc holds in use and free
    (glibc mallinfo2, every arena: SQLite, aiohttp's C parts, big Python objects), and the number
    of Python's small-object blocks allocated (sys.getallocatedblocks)."""
    import ctypes

    figures: dict[str, int] = {"rss": rss_kib(), "py_blocks": sys.getallocatedblocks()}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("RssAnon:"):
                figures["anon"] = int(line.split()[1])
    except OSError:
        pass
    try:

        class MallInfo2(ctypes.Structure):
            _fields_ = [
                (name, ctypes.c_size_t)
                for name in (
                    "arena",
                    "ordblks",
                    "smblks",
                    "hblks",
                    "hblkhd",
                    "usmblks",
                    "fsmblks",
                    "uordblks",
                    "fordblks",
                    "keepcost",
                )
            ]

        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
        mallinfo2.restype = MallInfo2
        info = mallinfo2()
        figures["malloc_used"] = (info.uordblks + info.hblkhd) // 1024
        figures["malloc_free"] = info.fordblks // 1024
    except (OSError, AttributeError):
        pass
    return figures


def peak_rss_kib() -> int:
    """Peak resident set size of this process so far (ru_maxrss is in KiB on Linux)."""
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def mib(kib: float) -> str:
    return f"{kib / 1024:.1f} MiB"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain text table: first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(cells[0]), rule, *(line(row) for row in cells[1:])])


def seconds(value: float) -> str:
    return "n/a" if value != value else f"{value:.3f} s"


# -- the bot as in production -----------------------------------------------------------------------

# bot.app.run_telegram: logging.basicConfig(format=LOG_FORMAT, level=config.log_level), httpx at WARNING.
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class CountingHandler(logging.Handler):
    """Counts the records that reach the log (any level) and keeps the first warnings and errors."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.counts: Counter[str] = Counter()
        self.first: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[record.levelname] += 1
        if record.levelno >= logging.WARNING and len(self.first) < 5:
            self.first.append(f"{record.levelname} {record.name}: {record.getMessage()[:160]}")


def production_logging(path: str | Path = "/dev/null", level: str = "INFO") -> CountingHandler:
    """Logging as bot.app.run_telegram sets it up (basicConfig at LOG_LEVEL, INFO by default), the
    records formatted with the production format and written to `path` instead of stderr."""
    counter = CountingHandler()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logging.basicConfig(level=level, handlers=[handler, counter], force=True)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return counter


def config_defaults() -> dict[str, Any]:
    """Config's own defaults (what production runs with) for every field that has one."""
    from bot.config import Config

    return {f.name: f.default for f in fields(Config) if f.default is not MISSING}


def config_fields() -> set[str]:
    from bot.config import Config

    return {f.name for f in fields(Config)}


def bot_config(api: Any, database: Path, **overrides: Any) -> Any:
    """The tests' config (tests/e2e/harness.py make_config) with Config's production defaults where
    the tests change them (the tests sweep reminders every 20 ms), INFO logging, then `overrides`.
    Overrides this version of Config does not know are left out (see `missing_settings`)."""
    from tests.e2e.harness import make_config

    known = config_fields()
    settings = {**config_defaults(), "log_level": "INFO", **overrides}
    return make_config(api, database, **{k: v for k, v in settings.items() if k in known})


def missing_settings(*names: str) -> list[str]:
    known = config_fields()
    return [name for name in names if name not in known]


def update_processor() -> str:
    """Which update processor bot.app builds: this version's, or PTB's one-at-a-time default."""
    try:
        from bot.updates.processor import ChatLanes  # noqa: F401
    except ImportError:
        return "PTB default (one update at a time: this version has no ChatLanes)"
    return "ChatLanes (chats in parallel, each chat in order)"


def handled_updates() -> tuple[str, ...] | None:
    try:
        from bot.updates.fetching import HANDLED_UPDATES
    except ImportError:
        return None
    return tuple(HANDLED_UPDATES)


def machine_load() -> str:
    """The load average (the machine is shared: other work there skews every figure)."""
    import os

    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


def describe_checkout() -> str:
    """The commit the bot's code is at, and whether bot/ or handlers/ have uncommitted changes."""
    import subprocess

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT, check=False)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "?"
    changed = git("status", "--porcelain", "--", "bot", "handlers")
    return f"{commit}" + (
        f" + uncommitted changes in {len(changed.splitlines())} files of bot/, handlers/" if changed else ""
    )


def conference_clock(start: str) -> Any:
    """A clock that moves with real time from `start` (bot.clock.SimulatedClock at speed 1)."""
    from datetime import datetime

    from bot.clock import SimulatedClock

    return SimulatedClock(datetime.fromisoformat(start), 1.0)


# -- questions nobody asked before ------------------------------------------------------------------


def typo(word: str, rng: random.Random) -> str:
    """One slip of the keyboard: two neighbours swapped, a letter dropped or doubled (never the first)."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    roll = rng.random()
    if roll < 0.4:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if roll < 0.8:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
RELATIVE_DAYS = {"en": ("today", "tomorrow"), "fr": ("aujourd'hui", "demain"), "es": ("hoy", "mañana")}
# (fr, en, es) topics of a conference on migration and cities.
TOPICS = (
    ("droits humains", "human rights", "derechos humanos"),
    ("traite des êtres humains", "human trafficking", "trata de personas"),
    ("intégration sociale", "social integration", "integración social"),
    ("migration des jeunes", "youth migration", "migración juvenil"),
    ("résilience urbaine", "urban resilience", "resiliencia urbana"),
    ("nouvel agenda urbain", "new urban agenda", "nueva agenda urbana"),
    ("pacte mondial", "global compact", "pacto mundial"),
    ("coopération internationale", "international cooperation", "cooperación internacional"),
    ("développement urbain durable", "sustainable urban development", "desarrollo urbano sostenible"),
    ("réfugiés", "refugees", "refugiados"),
    ("causes de la migration", "drivers of migration", "causas de la migración"),
    ("gouvernance locale", "local governance", "gobernanza local"),
    ("Méso-Amérique", "Mesoamerica", "Mesoamérica"),
    ("Moyen-Orient", "Middle East", "Oriente Medio"),
    ("perspective européenne", "European perspective", "perspectiva europea"),
    ("passage de migrants", "migrant smuggling", "tráfico de migrantes"),
)
POLITE = {
    "en": ("", "", "", "hi, ", "hello ", "sorry, ", "quick question: ", "excuse me, ", "hey "),
    "fr": ("", "", "", "bonjour, ", "salut ", "pardon, ", "svp ", "excusez-moi, ", "dites-moi "),
    "es": ("", "", "", "hola, ", "perdón, ", "disculpa, ", "una pregunta: ", "buenas, ", "oye "),
}
THANKS = {
    "en": ("", "", "", " please", " thanks", " thx", " ?", "??", " !", " 🙏"),
    "fr": ("", "", "", " svp", " merci", " stp", " ?", "??", " !", " 🙏"),
    "es": ("", "", "", " por favor", " gracias", " porfa", " ?", "??", " !", " 🙏"),
}
# (weight, language, template): {room} {person} {surname} {day} {time} {topic} {today}
TEMPLATES = (
    (4, "en", "what's next in {room}"),
    (3, "en", "whats on in the {room} room now"),
    (3, "en", "what's on {day} at {time}"),
    (3, "en", "where does {person} speak"),
    (2, "en", "when is {surname} talking"),
    (2, "en", "anything on {topic}?"),
    (2, "en", "sessions about {topic} {today}"),
    (2, "en", "how do I get to {room}"),
    (1, "en", "is there interpretation in {room}"),
    (2, "en", "what is happening at {time} in {room}"),
    (4, "fr", "c'est quoi la prochaine séance à {room}"),
    (3, "fr", "qu'est-ce qui se passe en ce moment à {room}"),
    (3, "fr", "{day} à {time}"),
    (3, "fr", "quand parle {person}"),
    (2, "fr", "où intervient {surname}"),
    (2, "fr", "ateliers sur {topic}"),
    (2, "fr", "y a-t-il une session sur {topic} {today}"),
    (2, "fr", "comment aller à la salle {room}"),
    (1, "fr", "quelles langues à {room}"),
    (2, "fr", "qu'y a-t-il à {time} dans la salle {room}"),
    (4, "es", "¿qué viene en {room}?"),
    (3, "es", "¿qué hay ahora en {room}?"),
    (3, "es", "el {day} a las {time}"),
    (3, "es", "¿a qué hora habla {person}?"),
    (2, "es", "¿dónde habla {surname}?"),
    (2, "es", "talleres sobre {topic}"),
    (2, "es", "sesiones sobre {topic} {today}"),
    (2, "es", "¿cómo llego a {room}?"),
    (1, "es", "¿hay traducción en {room}?"),
    (2, "es", "¿qué hay a las {time} en la sala {room}?"),
)


class QuestionMaker:
    """Questions typed by attendees, made from the programme: its rooms (names and aliases), its
    people (full names, surnames), its days, times and topics, in French, English and Spanish
    templates with slips (swapped, dropped or doubled letters, no accents, no capitals), greetings
    and thanks. Each text is new: one already made is made again differently, so that the answers
    kept for their minute (bot.answers.reply) are never a hit for a text of this maker."""

    def __init__(self, programme: Any, seed: int = 2017) -> None:
        self.rng = random.Random(seed)
        self.rooms = [name for room in programme.rooms.values() for name in (room.name, *room.aliases[:3])]
        self.people = [
            person.name for person in programme.people.values() if programme.sessions_of_person(person.id)
        ] or [person.name for person in programme.people.values()]
        self.days = list(programme.days)
        self.weights = [weight for weight, _, _ in TEMPLATES]
        self.by_language = {
            language: [(w, t) for w, lang, t in TEMPLATES if lang == language]
            for language in ("fr", "en", "es")
        }
        self.made: set[str] = set()
        self.repeats_avoided = 0

    def _time(self, language: str) -> str:
        hour, minute = self.rng.randint(9, 17), self.rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
        if language == "fr":
            return (
                f"{hour}h{minute:02d}" if minute else self.rng.choice((f"{hour}h", f"{hour} h", f"{hour}:00"))
            )
        if language == "es" or self.rng.random() < 0.5:
            return f"{hour}:{minute:02d}"
        suffix = "pm" if hour >= 12 else "am"
        twelve = hour - 12 if hour > 12 else hour
        return f"{twelve}{suffix}" if not minute else f"{twelve}:{minute:02d} {suffix}"

    def _fill(self, language: str, template: str) -> str:
        rng = self.rng
        person = rng.choice(self.people)
        day = rng.choice(self.days)
        topic = rng.choice(TOPICS)[("fr", "en", "es").index(language)]
        today = rng.choice(("", "", *RELATIVE_DAYS[language]))
        return template.format(
            room=rng.choice(self.rooms),
            person=person,
            surname=person.split()[-1],
            day=WEEKDAYS[language][day.weekday()],
            time=self._time(language),
            topic=topic,
            today=today,
        ).strip()

    def _slip(self, text: str, language: str) -> str:
        rng = self.rng
        words = text.split(" ")
        if rng.random() < 0.35:
            long = [i for i, word in enumerate(words) if len(word) >= 5]
            if long:
                i = rng.choice(long)
                words[i] = typo(words[i], rng)
        text = " ".join(words)
        if rng.random() < 0.15:
            text = strip_accents(text)
        if rng.random() < 0.25:
            text = text.lower()
        elif rng.random() < 0.15:
            text = text[:1].upper() + text[1:]
        return rng.choice(POLITE[language]) + text + rng.choice(THANKS[language])

    def make(self, language: str | None = None) -> str:
        language = language if language in self.by_language else self.rng.choice(("fr", "en", "es"))
        candidates = self.by_language[language]
        for _ in range(50):
            template = self.rng.choices([t for _, t in candidates], [w for w, _ in candidates])[0]
            text = self._slip(self._fill(language, template), language)
            if text not in self.made:
                self.made.add(text)
                return text
            self.repeats_avoided += 1
        # Very unlikely: every draw was made before; a number makes it new.
        text = f"{text} {len(self.made)}"
        self.made.add(text)
        return text


def load_mechelen() -> Any:
    from bot.config import default_programme_path
    from bot.programme.loading import load_programme

    return load_programme(default_programme_path())


# -- the fake Bot API server in a process of its own ------------------------------------------------
#
# Telegram is not in the bot's process: the fake's HTTP threads would take the bot's GIL. Here it
# runs in a child process; the bot talks HTTP to it as to Telegram, and the benchmark drives it
# through a pipe (push updates, read when each was answered). Both ends use time.monotonic(),
# which is one clock for every process of the machine.

REPLY_METHODS = frozenset({"sendMessage", "editMessageText", "editMessageReplyMarkup", "sendDocument"})


class _Tracker:
    """In the fake's process: pushes updates and matches each with the first reply to its chat."""

    def __init__(self, api: Any, programme_needed: bool) -> None:
        self.api = api
        self.lock = threading.RLock()
        self.maker: QuestionMaker | None = (
            QuestionMaker(load_mechelen().programme) if programme_needed else None
        )
        # One row per pushed update: [update_id, chat, tag, push_at, reply_at or None, text length]
        self.pushes: list[list[Any]] = []
        self.outstanding: dict[int, deque[int]] = {}
        self.welcome: dict[int, int] = {}
        self.sends: list[tuple[float, int, bool, int | None, bool]] = []  # sendMessage calls
        self.methods: Counter[str] = Counter()
        self.extra_replies = 0
        self._pacer: threading.Thread | None = None

    # -- pushing

    def push_one(self, spec: Sequence[Any]) -> None:
        kind, user, language, arg, tag = spec
        api = self.api
        with self.lock:
            index = len(self.pushes)
            row = [0, user, tag, 0.0, None, 0]
            self.pushes.append(row)
            self.outstanding.setdefault(user, deque()).append(index)
            row[3] = time.monotonic()
            if kind == "text":
                text = arg if arg is not None else self.maker.make(language)  # type: ignore[union-attr]
                row[5] = len(text)
                row[0] = api.send_text(user, text, language_code=language)
            elif kind == "cmd":
                row[0] = api.send_command(user, *arg, language_code=language)
            elif kind == "button":
                message = self.welcome.get(user)
                if message is None:  # no welcome message to press on: a question instead
                    text = self.maker.make(language)  # type: ignore[union-attr]
                    row[0] = api.send_text(user, text, language_code=language)
                else:
                    row[0] = api.press_button(
                        user, (user, message), arg, language_code=language, check_button=False
                    )
            else:
                raise ValueError(kind)

    def push(self, specs: Sequence[Sequence[Any]]) -> tuple[int, int]:
        start = len(self.pushes)
        for spec in specs:
            self.push_one(spec)
        return start, len(self.pushes)

    def pace(self, specs: Sequence[Sequence[Any]], rate: float) -> int:
        """Push at `rate` per second from a thread of its own; returns the index of the first."""
        start = len(self.pushes)

        def run() -> None:
            began = time.monotonic()
            for i, spec in enumerate(specs):
                wait = began + i / rate - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                self.push_one(spec)

        self._pacer = threading.Thread(target=run, name="bench-pacer", daemon=True)
        self._pacer.start()
        return start

    def pacing(self) -> bool:
        return self._pacer is not None and self._pacer.is_alive()

    # -- reading the calls

    def harvest(self) -> None:
        api = self.api
        with self.lock:
            with api._cond:  # atomically take the calls recorded so far and forget them
                calls = list(api._calls)
                api._calls.clear()
            for call in calls:
                self.methods[call.method] += 1
                matched = False
                chat = call.params.get("chat_id")
                if call.ok and call.method in REPLY_METHODS and isinstance(chat, int):
                    if call.method == "sendMessage" and chat not in self.welcome:
                        self.welcome[chat] = call.result["message_id"]
                    waiting = self.outstanding.get(chat)
                    if waiting and self.pushes[waiting[0]][3] <= call.at:
                        row = self.pushes[waiting.popleft()]
                        row[4] = call.at
                        matched = True
                        if not waiting:
                            del self.outstanding[chat]
                    else:
                        self.extra_replies += 1
                if call.method == "sendMessage":
                    self.sends.append(
                        (call.at, chat if isinstance(chat, int) else 0, call.ok, call.error_code, matched)
                    )

    def progress(self) -> tuple[int, int]:
        self.harvest()
        return sum(1 for row in self.pushes if row[4] is not None), len(self.pushes)

    def answered_between(self, start: int, end: int) -> int:
        self.harvest()
        return sum(1 for row in self.pushes[start:end] if row[4] is not None)

    def results(self, start: int, end: int | None = None) -> list[list[Any]]:
        self.harvest()
        return [list(row) for row in self.pushes[start:end]]

    def sends_since(self, since: float) -> list[tuple[float, int, bool, int | None, bool]]:
        self.harvest()
        return [send for send in self.sends if send[0] >= since]

    def trim(self) -> None:
        """Forget what the fake keeps for every update and message (not the welcome messages), so that
        its process stays small over 100,000 updates; what this tracker needs is kept."""
        api = self.api
        self.harvest()
        with self.lock, api._cond:
            api._pushed.clear()
            api._dropped.clear()
            keep = {(chat, message) for chat, message in self.welcome.items()}
            api._messages = {key: value for key, value in api._messages.items() if key in keep}
            api._bot_message_keys = [key for key in api._bot_message_keys if key in keep]
            self.sends.clear()

    def counters(self) -> dict[str, Any]:
        self.harvest()
        violations = self.api.violations
        return {
            "methods": dict(self.methods),
            "extra_replies": self.extra_replies,
            "violations": violations.total,
            "violations_global": violations.global_limit,
            "violations_per_chat": violations.per_chat,
            "refused": self.api.refused_connections,
            "repeats_avoided": self.maker.repeats_avoided if self.maker else 0,
        }


def _fake_main(connection: Any, options: dict[str, Any]) -> None:
    """The fake's process: serve, and obey the benchmark's commands until "stop"."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import gc

    from tests.fakes import FakeBotApi

    programme_needed = options.pop("questions", True)
    api = FakeBotApi(**options).start()
    tracker = _Tracker(api, programme_needed)
    gc.freeze()  # what was loaded stays out of the collector's way
    connection.send(api.url)
    commands = {
        "push": tracker.push,
        "pace": tracker.pace,
        "pacing": tracker.pacing,
        "progress": tracker.progress,
        "answered_between": tracker.answered_between,
        "results": tracker.results,
        "sends_since": tracker.sends_since,
        "trim": tracker.trim,
        "counters": tracker.counters,
        "now": time.monotonic,
        "welcomed": lambda: len(tracker.welcome),
    }
    try:
        while True:
            command, args = connection.recv()
            if command == "stop":
                break
            try:
                connection.send(("ok", commands[command](*args)))
            except Exception as error:  # reported to the benchmark, which prints it
                connection.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        api.stop()
        connection.send(("ok", None))


class RemoteFake:
    """tests/fakes/bot_api.py FakeBotApi in a child process; `url` is what the bot is pointed at."""

    def __init__(self, **options: Any) -> None:
        context = multiprocessing.get_context("spawn")
        self._connection, child = context.Pipe()
        self._process = context.Process(target=_fake_main, args=(child, options), daemon=True)
        self._process.start()
        self.url: str = self._connection.recv()
        self._lock = threading.Lock()
        # One thread of its own for the pipe (not asyncio's default pool): the bot's process gets one
        # thread more than in production, not several, each with its own malloc arena.
        from concurrent.futures import ThreadPoolExecutor

        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bench-pipe")

    def call(self, command: str, *args: Any) -> Any:
        with self._lock:
            self._connection.send((command, args))
            status, value = self._connection.recv()
        if status != "ok":
            raise RuntimeError(f"fake Bot API: {command}: {value}")
        return value

    async def acall(self, command: str, *args: Any) -> Any:
        """The same from the event loop, without holding it while the fake works."""
        import asyncio

        return await asyncio.get_running_loop().run_in_executor(self._executor, self.call, command, *args)

    async def wait_answered(
        self, start: int, end: int, timeout: float, *, stall: float = 3.0, poll: float = 0.02
    ) -> int:
        """Wait until the updates pushed at indexes start..end are all answered; give up after
        `timeout`, or after `stall` seconds without a new answer (an update the bot lost)."""
        import asyncio

        began = time.monotonic()
        last_change, last = began, -1
        while True:
            answered = await self.acall("answered_between", start, end)
            now = time.monotonic()
            if answered != last:
                last_change, last = now, answered
            if answered >= end - start or now - began > timeout or now - last_change > stall:
                return answered
            await asyncio.sleep(poll)

    def close(self) -> None:
        with self._lock:
            try:
                self._connection.send(("stop", ()))
                self._connection.recv()
            except (EOFError, OSError):
                pass
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()
        self._executor.shutdown(wait=False)
