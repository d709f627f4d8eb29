"""The command menus and the organisers' own words: everyone's menu (Telegram's default scope, one
per language), each organiser's own menu (a chat scope, in their language: their commands first,
then everyone's), and the organisers' part of /help, a line and an example for each command.

Telegram shows the menu of the narrowest scope that has one: an organiser's chat scope wins over
the default in every language, so attendees keep the default menu. The organisers' menus are
set at start-up for the organisers known then, when someone becomes an organiser or changes
language, and taken away when an organiser added in the chat is removed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import asdict
from html import escape
from zoneinfo import ZoneInfo

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from bot.i18n import Speaker, reader_language, speaker
from bot.organising import Example
from bot.services import Services
from handlers.common import bot_language

log = logging.getLogger(__name__)
# Command descriptions hold no dates: any zone will do.
UTC = ZoneInfo("UTC")


def command_menu(language: str) -> list[BotCommand]:
    """Everyone's menu, in one language."""
    s = speaker(language, UTC)
    return [
        BotCommand("now", s._("What is on now")),
        BotCommand("next", s._("What comes next (add a room)")),
        BotCommand("programme", s._("Browse the programme")),
        BotCommand("mine", s._("Your starred sessions")),
        BotCommand("today", s._("Your day: your sessions, the time between them, clashes")),
        BotCommand("grid", s._("The day as a picture")),
        BotCommand("questions", s._("Questions to the panel of a session on now")),
        BotCommand("settings", s._("Reminders")),
        BotCommand("myslots", s._("Speakers: your sessions")),
        BotCommand("ics", s._("Your sessions as a calendar file")),
        BotCommand("lang", s._("Change language")),
        BotCommand("help", s._("What I can do")),
    ]


# The organisers' commands, in the order of their menu and of /help, each with its example
# (the names between braces are taken from the programme in force: bot/organising.py's `example_of`).
ORGANISER_COMMANDS: dict[str, str] = {
    "popular": "/popular",
    "move": "/move {session} -> {room}",
    "retime": "/retime {session} -> {time}",
    "cancel": "/cancel {session}",
    "restore": "/restore {session}",
    "undo": "/undo",
    "changes": "/changes",
    "announce": "/announce everyone: {announcement}",
    "scheduled": "/scheduled",
    "postgrid": "/postgrid",
    "feedback": "/feedback {session}",
    "helpdesk": "/helpdesk",
    "invite": "/invite {person}",
    "speakers": "/speakers",
    "organisers": "/organisers",
    "reload": "/reload",
    "status": "/status",
}


def organiser_descriptions(s: Speaker) -> dict[str, str]:
    """What each of the organisers' commands does, in one language (menu and /help)."""
    return {
        "popular": s._("Sessions by followers, and how full their rooms are"),
        "move": s._("Move a session to another room"),
        "retime": s._("Change a session's time"),
        "cancel": s._("Cancel a session"),
        "restore": s._("Hold a cancelled session again"),
        "undo": s._("Undo the last change"),
        "changes": s._("The changes made to the programme"),
        "announce": s._("An announcement, now or at a time"),
        "scheduled": s._("Announcements waiting for their time"),
        "postgrid": s._("Post the day's picture to the channel again"),
        "feedback": s._("Sessions' ratings and comments"),
        "helpdesk": s._("Attendees' questions waiting for an answer"),
        "invite": s._("Invite a speaker"),
        "speakers": s._("Speakers' invitations and claims"),
        "organisers": s._("Who the organisers are; add or remove one"),
        "reload": s._("Read the programme file again"),
        "status": s._("The bot's status and the fullest rooms"),
    }


def organiser_menu(language: str) -> list[BotCommand]:
    """An organiser's menu: their commands, then everyone's."""
    s = speaker(language, UTC)
    own = [BotCommand(command, text) for command, text in organiser_descriptions(s).items()]
    return own + [c for c in command_menu(language) if c.command not in ORGANISER_COMMANDS]


def organiser_help(s: Speaker, example: Example) -> str:
    """The organisers' part of /help: each command, what it does, an example."""
    lines = ["<b>" + s._("Your commands as an organiser") + "</b>"]
    # Translators: an example of an announcement to everyone, as an organiser would write it.
    names = {**asdict(example), "announcement": s._("Lunch is served on the terrace.")}
    for command, text in organiser_descriptions(s).items():
        typed = ORGANISER_COMMANDS[command].format(**names)
        # Translators: {example} is a command as typed, e.g. /move d2-workshop -> Alcazar.
        eg = s._("e.g. {example}", example=f"<code>{escape(typed)}</code>")
        lines.append(f"/{command} — {escape(text)}\n    {eg}")
    return "\n".join(lines)


async def set_organiser_menu(bot: Bot, chat_id: int, language: str) -> bool:
    """Give one organiser their own menu; False (logged) when Telegram refuses, e.g. for someone
    who never opened the chat."""
    try:
        await bot.set_my_commands(organiser_menu(language), scope=BotCommandScopeChat(chat_id))
    except TelegramError as error:
        log.warning("organiser %s: their command menu could not be set: %s", chat_id, error)
        return False
    return True


async def clear_organiser_menu(bot: Bot, chat_id: int) -> None:
    """Someone no longer an organiser: back to everyone's menu."""
    try:
        await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id))
    except TelegramError as error:
        log.warning("user %s: their organiser's menu could not be taken away: %s", chat_id, error)


def language_for(svc: Services, user_id: int) -> str:
    """An organiser's language for their menu: their choice, else the bot's."""
    user = svc.users.get(user_id)
    return reader_language(user.language if user else None, None, bot_language(svc))


async def set_menus(bot: Bot, svc: Services, languages: Iterable[str]) -> None:
    """At start-up: everyone's menu in each language, each organiser's own, and none any more
    for those who lost the role with their granter (bot/store/organisers.py)."""
    await bot.set_my_commands(command_menu(bot_language(svc)))
    for language in languages:
        await bot.set_my_commands(command_menu(language), language_code=language)
    for organiser in svc.organisers.all():
        await set_organiser_menu(bot, organiser, language_for(svc, organiser))
    for former in svc.organisers.dropped:
        await clear_organiser_menu(bot, former)
