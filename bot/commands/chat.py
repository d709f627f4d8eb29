"""A chat in the terminal on the shipped programme: what `make run` does without a Telegram token."""

from __future__ import annotations

import re
import sys
from datetime import datetime, time
from html import unescape
from typing import TextIO

from bot.answers.reply import respond_in
from bot.clock import Clock, SimulatedClock
from bot.i18n import Speaker, speaker
from bot.programme.model import Programme
from bot.understand.followup import Conversations

_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)


def to_plain(html: str) -> str:
    """Telegram HTML for a terminal: bold and italics dropped, a link's address after its label,
    entities decoded."""
    return unescape(_TAG.sub("", _LINK.sub(lambda link: f"{link.group(2)} ({link.group(1)})", html)))


def first_morning(programme: Programme) -> datetime:
    """When the conference's first day begins: its first session, else 9:00."""
    first_day = programme.days[0]
    starts = [session.start for session in programme.sessions_on(first_day)]
    return min(starts) if starts else programme.conference.local(first_day, time(9))


def outside_the_conference(programme: Programme, now: datetime, s: Speaker) -> str | None:
    """What to say when `now` is before or after the conference's days, else None."""
    conference = programme.conference
    day = conference.programme_day(now)
    if day < conference.days[0]:
        return s._("The conference has not begun: it starts on {day}.", day=s.full_date(conference.days[0]))
    if day > conference.days[-1]:
        return s._("The conference is over: it ended on {day}.", day=s.full_date(conference.days[-1]))
    return None


def opening_clock(programme: Programme, clock: Clock, speed: float, s: Speaker) -> tuple[Clock, str | None]:
    """The real clock on a day of the conference; outside them, a clock from its first morning
    (so that the first question gets a real answer) and a line saying why."""
    note = outside_the_conference(programme, clock.now(), s)
    if note is None:
        return clock, None
    start = first_morning(programme)
    moved = s._(
        "The clock starts at its first morning instead; --at sets another moment, e.g. --at '{example}'.",
        example=start.astimezone(programme.timezone).strftime("%Y-%m-%d %H:%M"),
    )
    return SimulatedClock(start, speed), f"{note} {moved}"


def clock_line(instant: datetime, s: Speaker) -> str:
    """'Thursday, 16 November 2017 at 12:10': the clock with its year."""
    day = s.full_date(instant.astimezone(s.timezone).date())
    return s._("{day} at {time}", day=day, time=s.time(instant))


def chat(
    programme: Programme, clock: Clock, language: str, source: TextIO, sink: TextIO, note: str | None = None
) -> None:
    interactive = source.isatty()
    s = speaker(language, programme.timezone)
    name = programme.conference.name.get(language, programme.conference.default_language)
    sink.write(f"{name}\n")
    if note:
        sink.write(f"{note}\n")
    sink.write(
        s._(
            "Clock: {when}. Ask a question; an empty line or Ctrl-D quits.",
            when=clock_line(clock.now(), s),
        )
    )
    sink.write("\n")
    conversation = Conversations()  # the terminal is one chat: "and after that?" follows on
    while True:
        if interactive:
            sink.write("> ")
            sink.flush()
        line = source.readline()
        if not line or not line.strip():
            return
        reply = respond_in(conversation, "terminal", line, clock.now(), programme, language)
        if not interactive:
            sink.write(f"> {line.strip()}\n")
        sink.write(to_plain(reply.html) + "\n\n")
        sink.flush()


def run(programme: Programme, clock: Clock, language: str, note: str | None = None) -> int:
    try:
        chat(programme, clock, language, sys.stdin, sys.stdout, note)
    except KeyboardInterrupt:
        print()
    return 0
