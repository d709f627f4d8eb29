"""The command line.

python -m bot [--new-database]                 run on Telegram, or chat in the terminal without a token
python -m bot ask --json [--programme PATH] [--tz ZONE] [--first-day DATE]  answer JSON lines from stdin
python -m bot programme check PATH [--tz ZONE] [--first-day DATE] [--json]
python -m bot programme convert PATH -o OUT.toml [--tz ZONE] [--first-day DATE] [--force]
python -m bot backup PATH                      copy the database (DATABASE), also while the bot runs
python -m bot feedback export FILE.csv         every rating and comment on the sessions, without names
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from datetime import date

from bot.i18n import LANGUAGES

FIRST_DAY_HELP = "the conference's first day, e.g. 2017-11-24, for files whose days carry no date"


def first_day_option(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date such as 2017-11-24: {text!r}") from error


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Conference companion bot.")
    parser.add_argument("--programme", help="programme file (default: the PROGRAMME setting)")
    parser.add_argument("--at", help="the clock's start, e.g. '2017-11-16 12:10' (conference time)")
    parser.add_argument("--lang", choices=LANGUAGES, help="your language in the chat")
    parser.add_argument(
        "--new-database",
        action="store_true",
        help="start with a new empty database although the previous one (DATABASE) held data and is gone",
    )
    commands = parser.add_subparsers(dest="command")

    ask = commands.add_parser("ask", help="answer questions given as JSON lines on stdin")
    ask.add_argument("--json", action="store_true", required=True, help="JSON lines in and out")
    ask.add_argument("--programme", dest="ask_programme", help="programme file")
    ask.add_argument("--tz", help="time zone for files whose times carry none (default: PROGRAMME_TZ)")
    ask.add_argument(
        "--first-day", type=first_day_option, help=f"{FIRST_DAY_HELP} (default: PROGRAMME_FIRST_DAY)"
    )

    programme = commands.add_parser("programme", help="programme files")
    programme_commands = programme.add_subparsers(dest="programme_command", required=True)
    check = programme_commands.add_parser("check", help="validate a programme file")
    check.add_argument("path")
    check.add_argument("--tz", help="time zone for files whose times carry none")
    check.add_argument("--first-day", type=first_day_option, help=FIRST_DAY_HELP)
    check.add_argument("--json", action="store_true", help="print one JSON object")
    convert = programme_commands.add_parser("convert", help="write a programme in our TOML format")
    convert.add_argument("path")
    convert.add_argument("-o", "--output", required=True)
    convert.add_argument("--tz", help="time zone for files whose times carry none")
    convert.add_argument("--first-day", type=first_day_option, help=FIRST_DAY_HELP)
    convert.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    backup = commands.add_parser("backup", help="a consistent copy of the database, while the bot runs")
    backup.add_argument("path", help="the copy's file (or a folder to put it in)")
    speakers = commands.add_parser("speakers", help="speakers' invitations")
    speakers_commands = speakers.add_subparsers(dest="speakers_command", required=True)
    invite = speakers_commands.add_parser(
        "invite", help="one-time links for speakers to claim their identity"
    )
    invite.add_argument("people", nargs="*", help="names or ids of people in the programme")
    invite.add_argument(
        "--all", action="store_true", help="everyone in the programme who has not claimed yet"
    )
    feedback = commands.add_parser("feedback", help="attendees' feedback on the sessions")
    feedback_commands = feedback.add_subparsers(dest="feedback_command", required=True)
    export = feedback_commands.add_parser("export", help="every rating and comment as CSV (no names)")
    export.add_argument("path", help="the CSV file to write ('-': standard output)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = dispatch(args)
        sys.stdout.flush()  # here, where a reader that went away is caught, not at exit
        return code
    except BrokenPipeError:
        # The reader went away (`speakers invite --all | head`): stop quietly, as other tools do.
        # What is still buffered for stdout goes nowhere rather than fail again at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a command ended the same way
    except Exception as error:
        # Imported here, not above: `ask` and `programme check` open no database and start
        # faster without aiosqlite; an error from the database module has imported it already.
        from bot.store.safety import DatabaseUnusable

        if not isinstance(error, DatabaseUnusable):
            raise
        # One line naming the file, the reason and what to do; no traceback (README: The database's safety).
        print(error, file=sys.stderr)
        return 2


def dispatch(args: argparse.Namespace) -> int:
    if args.command == "programme" and args.programme_command == "check":
        from bot.commands import programme_check

        return programme_check.run(args.path, tz=args.tz, first_day=args.first_day, as_json=args.json)
    if args.command == "programme" and args.programme_command == "convert":
        from bot.commands import programme_convert

        return programme_convert.run(
            args.path, output=args.output, tz=args.tz, first_day=args.first_day, force=args.force
        )
    if args.command == "backup":
        from bot.commands import backup

        return backup.run(args.path)
    if args.command == "speakers":
        from bot.commands import speakers

        return speakers.run_invite(args.people, everyone=args.all, programme_path=args.programme)
    if args.command == "feedback":
        from bot.commands import feedback

        return feedback.run_export(args.path, programme_path=args.programme)
    if args.command == "ask":
        from bot.commands import ask

        return ask.run(
            programme_path=args.ask_programme or args.programme, tz=args.tz, first_day=args.first_day
        )
    if args.new_database:
        forget_lost_database()
    from bot.commands import start

    return start.run(programme_path=args.programme, at=args.at, lang=args.lang)


def forget_lost_database() -> None:
    """--new-database: a missing or empty DATABASE that held data may start afresh, once."""
    from bot.config import ConfigError, load_config
    from bot.store.safety import allow_new_database

    try:
        config = load_config()
    except ConfigError:
        return  # start.run says what is wrong with the settings
    if allow_new_database(config.database):
        print(f"--new-database: {config.database} may start empty", file=sys.stderr)


if __name__ == "__main__":
    code = main()
    # The process ends here: the collector's passes at exit over everything still alive (a large
    # programme and its index, hundreds of thousands of objects) free nothing the system will not,
    # and cost `ask --json` a sixth of its cold start on FOSDEM 2020's programme.
    gc.freeze()
    sys.exit(code)
