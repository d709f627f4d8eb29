"""A chat in the terminal on the shipped programme: what `make run` does without a Telegram token."""

from __future__ import annotations

import re
import sys
from html import unescape
from typing import TextIO

from bot.answers.reply import respond
from bot.clock import Clock
from bot.i18n import speaker
from bot.programme.model import Programme

_TAG = re.compile(r"<[^>]+>")


def to_plain(html: str) -> str:
    """Telegram HTML for a terminal: bold and italics dropped, entities decoded."""
    return unescape(_TAG.sub("", html))


def chat(programme: Programme, clock: Clock, language: str, source: TextIO, sink: TextIO) -> None:
    interactive = source.isatty()
    s = speaker(language, programme.timezone)
    name = programme.conference.name.get(language, programme.conference.default_language)
    sink.write(f"{name}\n")
    sink.write(
        s._(
            "Clock: {when}. Ask a question; an empty line or Ctrl-D quits.",
            when=s.day_and_time(clock.now()),
        )
    )
    sink.write("\n")
    while True:
        if interactive:
            sink.write("> ")
            sink.flush()
        line = source.readline()
        if not line or not line.strip():
            return
        reply = respond(line, clock.now(), programme, language)
        if not interactive:
            sink.write(f"> {line.strip()}\n")
        sink.write(to_plain(reply.html) + "\n\n")
        sink.flush()


def run(programme: Programme, clock: Clock, language: str) -> int:
    try:
        chat(programme, clock, language, sys.stdin, sys.stdout)
    except KeyboardInterrupt:
        print()
    return 0
