"""How often the bot understands held-out questions: the sets in bench/heldout/, scored as `ask --json`.

    .venv/bin/python bench/understanding_accuracy.py [--wrong] [--set NAME]

Goal (issue): at least 95 % right on held-out questions of the kinds the issue lists, in the three
languages, comparing sessions by start instant and room.

Each set was written by someone who had not seen the code: a third each in French, English and
Spanish, with the expected sessions worked out by hand (and script) from the programme it is asked
of. A line's optional "programme" (a path relative to bench/heldout/), "tz" (the zone for a file
whose times carry none) and "first_day" (the date of the first day of a file whose days carry
none, as `--first-day`) choose that programme; without them it is the shipped Mechelen one,
data/mechelen-2017/programme.toml. Each programme is loaded once. A line is right when the sessions
of the answer, as a set of (start instant, room), are the expected ones; for `help` and `unknown`,
when the answer names no session and is one of those two intents; for `room_info`, when the room is
the expected one too. Lines with the same optional "chat" are one conversation, in order, as in
`ask --json`: a follow-up ("and after that?") is scored against what it continues.

Each set's first run, before any fix it led to, is the honest estimate for questions nobody has
seen (bench/heldout/README.md keeps them); once a set has shown its mistakes and their kinds were
fixed, it is a regression set, which is what this script measures now. `--wrong` prints the lines
that are not right; `--set NAME` scores only bench/heldout/NAME.jsonl. Prints figures only; nothing
fails. Takes a few seconds. A set whose programme is absent is skipped, said on stderr: a
publisher may ask that its file not be redistributed (MPSA 2026's), and the README says where to
fetch it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from _common import ROOT, table, verdict  # first: puts the repository on sys.path

from bot.answers.reply import respond, respond_in
from bot.config import default_programme_path
from bot.programme.loading import load_programme
from bot.understand.followup import Conversations
from bot.understand.text import fold

HELD_OUT = ROOT / "bench" / "heldout"
GOAL = 0.95
NO_SESSIONS = ("help", "unknown")
LINE_KEYS = frozenset(
    (
        "text",
        "at",
        "lang",
        "intent",
        "expected",
        "expected_room",
        "why",
        "programme",
        "tz",
        "first_day",
        "chat",
    )
)


def key(session: dict[str, Any], named: dict[str, str] | None = None) -> tuple[float, str | None]:
    room = spaced(session["room"])
    return datetime.fromisoformat(session["start"]).timestamp(), (named or {}).get(room or "", room)


def spaced(room: str | None) -> str | None:
    """A room's name as the loader tells rooms apart (case, accents and spacing aside): a writer
    copying a file's `Core Java ` or `Amphithéatre Callelongue` names the room the bot calls `Core
    Java` or `Amphithéâtre Callelongue`, the file's first spelling; a file's empty room (`""`,
    DrupalCon Vienna's breaks) is no room, as the bot's `null`."""
    said = " ".join(fold(room).split()) if room is not None else ""
    return said or None


def right(line: dict[str, Any], answer: dict[str, Any], programme: Any = None) -> bool:
    """Whether the answer is the one expected. With the programme, a room the writer named by
    another of its names in the file (ICRS's "516" for 'Room 516') is that room."""
    named = _other_names(programme)
    expected = {key(s, named) for s in line["expected"]}
    got = {key(s) for s in answer["sessions"]}
    if line["intent"] in NO_SESSIONS:
        return not got and answer["intent"] in NO_SESSIONS
    if line["intent"] == "room_info":
        wanted = spaced(line.get("expected_room"))
        if spaced(answer["room"]) != named.get(wanted or "", wanted):
            return False
    return got == expected


def _other_names(programme: Any) -> dict[str, str]:
    if programme is None:
        return {}
    return {
        spaced(alias) or "": spaced(room.name) or ""
        for room in programme.rooms.values()
        for alias in room.aliases
    }


class Programmes:
    """Each programme a line asks of, loaded once: (path relative to bench/heldout/, zone, first
    day) → programme."""

    def __init__(self) -> None:
        self.loaded: dict[tuple[str | None, str | None, str | None], Any] = {}
        # The programmes under bench/heldout, as the lines name them (read once, not per set).
        self.present = {str(path.relative_to(HELD_OUT)) for path in (HELD_OUT / "programmes").iterdir()}

    def of(self, line: dict[str, Any]) -> Any:
        key = (line.get("programme"), line.get("tz"), line.get("first_day"))
        if key not in self.loaded:
            path = HELD_OUT / key[0] if key[0] else Path(default_programme_path())
            first_day = date.fromisoformat(key[2]) if key[2] else None
            self.loaded[key] = load_programme(path, tz=key[1], first_day=first_day).programme
        return self.loaded[key]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrong", action="store_true", help="print the questions answered wrongly")
    parser.add_argument("--set", metavar="NAME", help="score only bench/heldout/NAME.jsonl")
    args = parser.parse_args()
    programmes = Programmes()
    paths = sorted(HELD_OUT.glob("*.jsonl"))
    if args.set:
        paths = [path for path in paths if path.stem == args.set]
        if not paths:
            parser.error(f"no set {args.set!r} in {HELD_OUT}")
    rows = []
    totals: Counter[str] = Counter()
    by: dict[str, Counter[str]] = {"lang": Counter(), "intent": Counter(), "set, lang": Counter()}
    by_right: dict[str, Counter[str]] = {"lang": Counter(), "intent": Counter(), "set, lang": Counter()}
    for path in paths:
        lines = [json.loads(text) for text in path.read_text(encoding="utf-8").splitlines() if text.strip()]
        absent = sorted({line["programme"] for line in lines if line.get("programme")} - programmes.present)
        if absent:  # a programme its publisher asks not to redistribute: fetched by hand
            missing = ", ".join(absent)
            print(f"skipped: {path.name}: {missing} absent (bench/heldout/README.md)", file=sys.stderr)
            continue
        strange = sorted({key for line in lines for key in line} - LINE_KEYS)
        if strange:  # "chain" for "chat": follow-ups asked with no conversation, silently
            print(
                f"warning: {path.name}: keys the benchmark does not read: {', '.join(strange)}",
                file=sys.stderr,
            )
        good = 0
        conversations = Conversations()  # lines with the same "chat" are one conversation, in order
        for line in lines:
            programme = programmes.of(line)
            at = datetime.fromisoformat(line["at"])
            if "chat" in line:
                reply = respond_in(conversations, (path.stem, line["chat"]), line["text"], at, programme)
            else:
                reply = respond(line["text"], at, programme)
            answer = reply.as_json(programme)
            ok = right(line, answer, programme)
            good += ok
            for field in ("lang", "intent"):
                by[field][line[field]] += 1
                by_right[field][line[field]] += ok
            by["set, lang"][f"{path.stem} {line['lang']}"] += 1
            by_right["set, lang"][f"{path.stem} {line['lang']}"] += ok
            if not ok and args.wrong:
                print(f"[{path.stem} {line['lang']} {line['intent']}→{answer['intent']}] {line['text']!r}")
        totals["lines"] += len(lines)
        totals["right"] += good
        rows.append((path.stem, len(lines), good, f"{good / len(lines):.1%}"))
    if args.wrong:
        print()
    share = totals["right"] / max(totals["lines"], 1)
    rows.append(("all", totals["lines"], totals["right"], f"{share:.1%}"))
    print("Held-out questions through respond() → ask --json's answer, each asked of its programme")
    print(table(("set", "questions", "right", "share"), rows))
    print()
    for field in ("lang", "intent", "set, lang"):
        print(
            table(
                (field, "questions", "share right"),
                [(k, n, f"{by_right[field][k] / n:.1%}") for k, n in sorted(by[field].items())],
            )
        )
        print()
    met = verdict(share, GOAL, at_least=True)
    print(f"goal ≥ {GOAL:.0%} right: {met} (sets already seen; first runs in bench/heldout/README.md)")


if __name__ == "__main__":
    main()
