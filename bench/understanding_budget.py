"""The understanding's budgets on a real large programme: answer latency and `ask --json` cold start.

    .venv/bin/python bench/understanding_budget.py [--questions 600] [--cold-runs 5]

Goals (issue 15): on a real programme of about a thousand events, with every question new,
p99 ≤ 10 ms per answer; `python -m bot ask --json` answering its first line in ≤ 0.8 s cold.

The programme is FOSDEM 2020's published frab XML (bench/heldout/programmes/, 872 events in 35
rooms with codes such as `UB2.252A (Lameere)`, 1,000+ people), read with `--tz Europe/Brussels`;
`--programme FILE [--tz ZONE]` takes another, e.g. FOSDEM 2025's (1,105 events in 35 rooms, the
size of the issue's: `--tz Europe/Brussels`) or 36C3's (1,351 events in 96 rooms, times with
offsets: no `--tz`).

1. Warm answers: `--questions` questions generated from the programme itself (its rooms typed as
   people type them, its speakers' names and surnames with and without a slip, title words as
   topics in English and asked in French and Spanish, times on its days, words it does not have),
   each text asked once (a set: no text twice), each at its own instant on the conference's days.
   Each goes through parse() and the answer with its HTML (`reply_to`, what respond() does without
   its one-minute memory of replies), and the index's memory of topic scores is emptied before
   each one: nothing answered before helps. A first round of other generated questions warms the
   process (compiled patterns, dateparser's first call, Babel's formats) and is not counted.
2. Cold start: wall time of `python -m bot ask --json --programme … --tz …` as a subprocess,
   answering one line from stdin; the median of `--cold-runs`, with min and max, beside the bare
   interpreter's start-up, and the parts of it measured in-process (imports, loading, index).
   Measured three times. With the bot's modules compiled to bytecode (pip compiles on install;
   any run writes `__pycache__` unless PYTHONDONTWRITEBYTECODE is set, as it is on these
   machines) and what the bot keeps in its cache folder from an earlier start (the parsed
   lexicon, the compiled patterns, the programme file read and indexed: bot/cache_folder.py,
   bot/understand/kept.py), as a deployed bot restarts. The same with the programme file read
   for the first time (a new or changed file: its kept copy removed before each run), which a
   first `ask --json` on a file meets. And with nothing kept, as the very first run of a fresh
   checkout compiles every module and pattern and parses the lexicon, for comparison: the bot's
   `__pycache__` folders are removed for it and written back after, and each of its runs gets an
   empty cache folder.

Not measured: Telegram and the handlers (bench/throughput.py measures the whole bot), the
conversation's memory, answers to questions about the conference itself, a programme read from
an address, and the machine's other load (it is shared: the load average is printed). Prints
figures only; nothing fails. Takes about a minute.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from _common import ROOT, median, percentile, table, verdict  # first: puts the repository on sys.path

from bot.answers.reply import reply_to
from bot.programme.loading import load_programme
from bot.programme.model import Programme
from bot.understand.index import index_for
from bot.understand.kept import forget_programmes
from bot.understand.parse import parse

PROGRAMME = ROOT / "bench" / "heldout" / "programmes" / "fosdem-2020.schedule.xml"
ZONE = "Europe/Brussels"
P99_GOAL_MS = 10.0
COLD_GOAL_S = 0.8

TEMPLATES = {
    "next in room": [
        "what's next in {room}",
        "prochaine séance en {room}",
        "qué sigue en {room}",
        "next talk in {room}?",
    ],
    "now in room": ["what's on now in {room}", "quoi en ce moment dans {room}", "qué hay ahora en {room}"],
    "last in room": ["last talk in {room}", "dernière présentation en {room}", "última charla en {room}"],
    "room at time": ["{room} at {time}", "en {room} à {time}", "en {room} a las {time}"],
    "person": ["where does {person} speak", "où intervient {person} ?", "cuándo habla {person}", "{surname}"],
    "topic": ["talks about {topic}", "des exposés sur {topic_fr}", "charlas sobre {topic_es}", "{topic}?"],
    "at time": ["what's on at {time} {day}", "qu'est-ce qu'il y a {day} à {time}", "qué hay a las {time}"],
    "absent": ["talks about {absent}", "où parle {absent_person} ?", "algo de {absent}"],
}
ABSENT = ["knitting", "quantum chromodynamics", "origami", "beekeeping", "tango", "volcanology"]
ABSENT_PEOPLE = ["Barack Obama", "Marie Curie", "Frida Kahlo", "Nelson Mandela"]
# Title words asked in French and Spanish (the lexicon's forms); the English word where none.
TRANSLATED = {
    "security": ("sécurité", "seguridad"),
    "database": ("bases de données", "bases de datos"),
    "privacy": ("vie privée", "privacidad"),
    "testing": ("tests", "pruebas"),
    "networking": ("réseaux", "redes"),
    "graphics": ("graphisme", "gráficos"),
}


def slip(word: str, rng: random.Random) -> str:
    """One letter dropped or two swapped, as thumbs do; short words stay."""
    if len(word) < 6:
        return word
    at = rng.randrange(1, len(word) - 2)
    return (
        word[:at] + word[at + 1 :]
        if rng.random() < 0.5
        else word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    )


def room_as_typed(name: str, rng: random.Random) -> str:
    """'UB2.252A (Lameere)' → 'ub2252a', 'ub2.252a', 'lameere' or the name as printed."""
    code, _, alias = name.partition(" (")
    choices = [name, name.lower(), code.replace(".", ""), code.lower()]
    if alias:
        choices.append(alias.rstrip(")").lower())
    return rng.choice(choices)


def generate(programme: Programme, count: int, seed: int) -> list[tuple[str, datetime]]:
    rng = random.Random(seed)
    rooms = [room.name for room in programme.rooms.values()]
    people = [p.name for p in programme.people.values() if not p.unnamed and " " in p.name]
    index = index_for(programme)
    titles = sorted(
        {word for word in set().union(*index.title_words.values()) if len(word) >= 6 and word.isalpha()}
    )
    sessions = programme.sessions
    seen: set[str] = set()
    questions: list[tuple[str, datetime]] = []
    while len(questions) < count:
        kind = rng.choice(list(TEMPLATES))
        session = rng.choice(sessions)
        at = session.start + timedelta(minutes=rng.choice((-20, -5, 3, 10, 25)))
        local = session.start.astimezone(programme.timezone)
        topic = rng.choice(titles)
        french, spanish = TRANSLATED.get(topic, (topic, topic))
        person = rng.choice(people)
        values = {
            "room": room_as_typed(rng.choice(rooms), rng),
            "time": rng.choice((local.strftime("%H:%M"), f"{local.hour}h", f"{local.hour % 12 or 12}pm")),
            "day": rng.choice(("today", "demain", "mañana", local.strftime("%A").lower())),
            "person": rng.choice((person, person.lower(), slip(person, rng))),
            "surname": person.split()[-1],
            "topic": rng.choice((topic, slip(topic, rng))),
            "topic_fr": french,
            "topic_es": spanish,
            "absent": rng.choice(ABSENT),
            "absent_person": rng.choice(ABSENT_PEOPLE),
        }
        text = rng.choice(TEMPLATES[kind]).format(**values)
        if rng.random() < 0.3:
            text = text.lower()
        if text not in seen:
            seen.add(text)
            questions.append((text, at))
    return questions


def warm(programme: Programme, questions: list[tuple[str, datetime]]) -> tuple[list[float], Counter[str]]:
    index = index_for(programme)
    times: list[float] = []
    rules: Counter[str] = Counter()
    for text, at in questions:
        index.forget()
        began = time.perf_counter()
        reply = reply_to(parse(text, at, programme), programme)
        times.append((time.perf_counter() - began) * 1000)
        rules[reply.answer.question.rule] += 1
    return times, rules


def _first_question(programme: Programme) -> str:
    """ "What's next in <a room>?", asked at the programme's first start: an answer with sessions."""
    first = min(programme.sessions, key=lambda s: s.start)
    room = next(s.room_id for s in sorted(programme.sessions, key=lambda s: s.start) if s.room_id)
    text = f"what's next in {programme.rooms[room].name}"
    return json.dumps({"text": text, "at": (first.start - timedelta(minutes=5)).isoformat()}) + "\n"


def _zone_options(zone: str | None) -> list[str]:
    return ["--tz", zone] if zone else []


SOURCES = ("bot", "handlers")


def bytecode(kept: bool) -> None:
    """The bot's modules compiled to bytecode in their `__pycache__` folders, or none kept."""
    for folder in SOURCES:
        if kept:
            compileall.compile_dir(ROOT / folder, quiet=1)
        else:
            for cache in (ROOT / folder).rglob("__pycache__"):
                shutil.rmtree(cache)


def cold(
    runs: int, path: Path, zone: str | None, line: str, compiled: bool = True, programme_kept: bool = True
) -> tuple[list[float], list[float]]:
    command = [sys.executable, "-m", "bot", "ask", "--json", "--programme", str(path), *_zone_options(zone)]
    bytecode(kept=compiled)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}  # none written by the runs themselves
    bot, bare = [], []
    for _ in range(runs):
        if not programme_kept:  # the file read for the first time: the lexicon and patterns kept
            forget_programmes()
        with tempfile.TemporaryDirectory() as empty:
            if not compiled:  # nothing kept from an earlier start either
                env["CONFERENCE_BOT_CACHE"] = empty
            began = time.perf_counter()
            done = subprocess.run(
                command, input=line, capture_output=True, text=True, cwd=ROOT, check=False, env=env
            )
            bot.append(time.perf_counter() - began)
        assert done.returncode == 0 and json.loads(done.stdout)["sessions"], done.stderr
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - began)
    return bot, bare


def parts_in_process(path: Path, zone: str | None, line: str) -> dict[str, float]:
    """Loading and the index, timed in a fresh interpreter (imports counted apart)."""
    script = f"""
import time, json
began = time.perf_counter()
from bot.commands import ask
imported = time.perf_counter()
from bot.programme.source import load_location
loaded = load_location({str(path)!r}, tz={zone!r})
read = time.perf_counter()
from bot.understand.index import index_for
index_for(loaded.programme)
indexed = time.perf_counter()
import io
ask.serve(loaded.programme, io.StringIO({line!r}), io.StringIO())
answered = time.perf_counter()
parts = {{"imports": imported - began, "loading": read - imported, "index": indexed - read}}
print(json.dumps({{**parts, "first answer": answered - indexed}}))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    parts: dict[str, float] = json.loads(done.stdout)
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=600)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--programme", type=Path, default=PROGRAMME, help="a programme file (FOSDEM 2020's)")
    parser.add_argument("--tz", default=None, help="the zone of a file whose times carry none")
    args = parser.parse_args()
    path: Path = args.programme
    zone = args.tz if args.tz or path != PROGRAMME else ZONE
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    programme = load_programme(path, tz=zone).programme
    print(
        f"programme: {path.name}, {len(programme.sessions)} events, {len(programme.rooms)} rooms, "
        f"{len(programme.people)} people"
    )
    warm(programme, generate(programme, 200, seed=1))  # warm-up: other texts, not counted
    questions = generate(programme, args.questions, seed=2)
    warmup_texts = {text for text, _ in generate(programme, 200, seed=1)}
    fresh = [(text, at) for text, at in questions if text not in warmup_texts]
    times, rules = warm(programme, fresh)
    p99 = percentile(times, 99)
    print()
    print(
        table(
            ["answers", "p50 ms", "p90 ms", "p99 ms", "max ms", "goal"],
            [
                (
                    len(times),
                    f"{median(times):.2f}",
                    f"{percentile(times, 90):.2f}",
                    f"{p99:.2f}",
                    f"{max(times):.2f}",
                    f"p99 ≤ {P99_GOAL_MS:g} ms: {verdict(p99, P99_GOAL_MS)}",
                )
            ],
        )
    )
    print("rules that answered:", ", ".join(f"{rule} {n}" for rule, n in rules.most_common()))
    line = _first_question(programme)
    first_ever, _ = cold(args.cold_runs, path, zone, line, compiled=False)
    cold(1, path, zone, line, compiled=True)  # keeps what a start keeps, if nothing is kept yet
    first_read, _ = cold(args.cold_runs, path, zone, line, compiled=True, programme_kept=False)
    cold(1, path, zone, line, compiled=True)  # keeps the programme read and indexed
    bot, bare = cold(args.cold_runs, path, zone, line, compiled=True)
    parts = parts_in_process(path, zone, line)
    print()
    print(
        table(
            ["cold ask --json", "median s", "min s", "max s", "goal"],
            [
                (
                    "first answer, file kept",
                    f"{median(bot):.2f}",
                    f"{min(bot):.2f}",
                    f"{max(bot):.2f}",
                    f"≤ {COLD_GOAL_S:g} s: {verdict(median(bot), COLD_GOAL_S)}",
                ),
                (
                    "… the file not kept",
                    f"{median(first_read):.2f}",
                    f"{min(first_read):.2f}",
                    f"{max(first_read):.2f}",
                    f"≤ {COLD_GOAL_S:g} s: {verdict(median(first_read), COLD_GOAL_S)}",
                ),
                (
                    "… nothing kept",
                    f"{median(first_ever):.2f}",
                    f"{min(first_ever):.2f}",
                    f"{max(first_ever):.2f}",
                    "",
                ),
                ("bare interpreter", f"{median(bare):.2f}", f"{min(bare):.2f}", f"{max(bare):.2f}", ""),
            ],
        )
    )
    print("in-process parts (s): " + ", ".join(f"{name} {value:.3f}" for name, value in parts.items()))
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
