"""`python -m bot ask --json`: one JSON question a line on stdin, one JSON answer a line on stdout."""

from __future__ import annotations

import json
import sys
import traceback
from datetime import date, datetime
from typing import TextIO

from bot.answers.reply import respond, respond_in
from bot.config import ConfigError, default_programme_path, load_config
from bot.i18n import check_catalogues
from bot.programme.bulk import built_for_good
from bot.programme.errors import ProgrammeError
from bot.programme.model import Programme
from bot.understand.followup import Conversations
from bot.understand.kept import load_indexed


def answer_line(
    line: str, programme: Programme, conversations: Conversations | None = None
) -> dict[str, object]:
    try:
        request = json.loads(line)
    except json.JSONDecodeError as error:
        return {"error": f"not JSON: {error.msg} at column {error.colno}"}
    if not isinstance(request, dict):
        return {"error": "expected a JSON object with 'text' and 'at'"}
    text, at_text = request.get("text"), request.get("at")
    if not isinstance(text, str):
        return {"error": "'text' must be a string"}
    if at_text is None:
        return {"error": "'at' is missing: the moment the question is asked, e.g. 2017-11-16T12:10:00+01:00"}
    if not isinstance(at_text, str):
        return {"error": "'at' must be an ISO-8601 date and time with an offset"}
    try:
        at = datetime.fromisoformat(at_text)
    except ValueError:
        return {"error": f"'at' is not an ISO-8601 date and time: {at_text!r}"}
    if at.tzinfo is None:
        return {"error": "'at' needs an offset, e.g. 2017-11-16T12:10:00+01:00"}
    lang = request.get("lang")
    hint = lang if isinstance(lang, str) else None
    chat = request.get("chat")
    if chat is not None and conversations is not None:
        # Lines with the same "chat" are one conversation, in order: follow-ups continue it.
        return respond_in(conversations, str(chat), text, at, programme, hint).as_json(programme)
    return respond(text, at, programme, hint).as_json(programme)


def serve(programme: Programme, source: TextIO, sink: TextIO) -> None:
    conversations = Conversations()
    for line in source:
        if not line.strip():
            continue
        try:
            result = answer_line(line, programme, conversations)
        except Exception:
            # One line per line, whatever happens: a bug on one question must not end the stream.
            traceback.print_exc(file=sys.stderr)
            result = {"error": "internal error on this line (details on stderr)"}
        sink.write(json.dumps(result, ensure_ascii=False) + "\n")
        sink.flush()


def run(programme_path: str | None, tz: str | None = None, first_day: date | None = None) -> int:
    path = programme_path or str(default_programme_path())
    try:
        if tz is None or first_day is None:
            config = load_config()
            tz, first_day = tz or config.programme_tz, first_day or config.programme_first_day
        with built_for_good():  # the programme and its index serve until the stream ends
            loaded = load_indexed(path, tz=tz, first_day=first_day)
    except (ProgrammeError, ConfigError) as error:
        print(error, file=sys.stderr)
        return 1
    check_catalogues()
    serve(loaded.programme, sys.stdin, sys.stdout)
    return 0
