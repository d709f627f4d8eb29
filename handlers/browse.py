"""/programme: browse day → room or time → session, editing one message in place, with Back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import astuple
from datetime import date
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.answers.browse import clock_key, in_room, rooms_in_use, start_times, starting_at
from bot.answers.clip import clip, clip_html
from bot.callback_data import (
    BROWSE_VIEWS,
    Day,
    DayRoom,
    DayRooms,
    Days,
    DayTime,
    DayTimes,
    GridShow,
    any_of,
    day_field,
    day_in,
    fields_of,
    parse_any,
    room_field,
    room_in,
)
from bot.i18n import Speaker
from bot.programme.model import Programme
from handlers.cards import session_buttons
from handlers.common import Context, current_user, reply, services, speaker_for

# A room's name as a button label and in a view's heading (a programme may hold any length).
LABEL_LIMIT = 60
NAME_LIMIT = 200
TIMES_A_ROW = 4


def _day(programme: Programme, field: str) -> date | None:
    return day_in(field, programme.days)


def days_view(programme: Programme, s: Speaker) -> tuple[str, InlineKeyboardMarkup]:
    rows = [
        [InlineKeyboardButton(s.day_title(day), callback_data=Day(day_field(day)).pack())]
        for day in programme.days
    ]
    return s._("Which day?"), InlineKeyboardMarkup(rows)


def day_view(programme: Programme, s: Speaker, when: str) -> tuple[str, InlineKeyboardMarkup]:
    day = _day(programme, when)
    assert day is not None
    rows = [
        [
            InlineKeyboardButton(s._("By room"), callback_data=DayRooms(when).pack()),
            InlineKeyboardButton(s._("By time"), callback_data=DayTimes(when).pack()),
        ],
        # The day's picture comes in a new message (handlers/grid.py): this one stays.
        [InlineKeyboardButton(s._("🗓 The day as a picture"), callback_data=GridShow(when).pack())],
        [InlineKeyboardButton(s._("« Back"), callback_data=Days().pack())],
    ]
    return s.day_title(day), InlineKeyboardMarkup(rows)


def rooms_view(programme: Programme, s: Speaker, when: str) -> tuple[str, InlineKeyboardMarkup]:
    day = _day(programme, when)
    assert day is not None
    rows = [
        [
            InlineKeyboardButton(
                clip(programme.rooms[room_id].name, LABEL_LIMIT),
                callback_data=DayRoom(when, room_field(room_id)).pack(),
            )
        ]
        for room_id in rooms_in_use(programme, day)
    ]
    rows.append([InlineKeyboardButton(s._("« Back"), callback_data=Day(when).pack())])
    return s._("{day}: which room?", day=s.day_title(day)), InlineKeyboardMarkup(rows)


def room_view(programme: Programme, s: Speaker, when: str, room: str) -> tuple[str, InlineKeyboardMarkup]:
    day = _day(programme, when)
    room_id = room_in(room, programme.rooms)
    if day is None or room_id is None:
        raise LookupError(room)
    rows = session_buttons(in_room(programme, day, room_id), s, back=fields_of(DayRoom(when, room)))
    rows.append([InlineKeyboardButton(s._("« Back"), callback_data=DayRooms(when).pack())])
    title = f"{escape(s.day_title(day))} · {clip_html(programme.rooms[room_id].name, NAME_LIMIT)}"
    return title, InlineKeyboardMarkup(rows)


def times_view(programme: Programme, s: Speaker, when: str) -> tuple[str, InlineKeyboardMarkup]:
    day = _day(programme, when)
    assert day is not None
    buttons = [
        InlineKeyboardButton(s.time(start), callback_data=DayTime(when, clock_key(programme, start)).pack())
        for start in start_times(programme, day)
    ]
    # Four times a row: short labels, and fewer rows to scroll on a phone.
    rows = [buttons[i : i + TIMES_A_ROW] for i in range(0, len(buttons), TIMES_A_ROW)]
    rows.append([InlineKeyboardButton(s._("« Back"), callback_data=Day(when).pack())])
    return s._("{day}: which time?", day=s.day_title(day)), InlineKeyboardMarkup(rows)


def time_view(programme: Programme, s: Speaker, when: str, hhmm: str) -> tuple[str, InlineKeyboardMarkup]:
    day = _day(programme, when)
    assert day is not None
    sessions = starting_at(programme, day, hhmm)
    if not sessions:
        raise LookupError(hhmm)  # no session starts then (any more)
    rows = session_buttons(sessions, s, back=fields_of(DayTime(when, hhmm)))
    rows.append([InlineKeyboardButton(s._("« Back"), callback_data=DayTimes(when).pack())])
    return f"{s.day_title(day)} · {hhmm[:2]}:{hhmm[2:]}", InlineKeyboardMarkup(rows)


VIEWS: dict[type, Callable[..., tuple[str, InlineKeyboardMarkup]]] = {
    Days: days_view,
    Day: day_view,
    DayRooms: rooms_view,
    DayRoom: room_view,
    DayTimes: times_view,
    DayTime: time_view,
}


async def on_programme(update: Update, context: Context) -> None:
    message = update.effective_message
    assert message is not None
    user = await current_user(update, context)
    text, keyboard = days_view(services(context).programme.snapshot, speaker_for(user, context))
    await reply(message, text, keyboard)


async def on_browse_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    data = parse_any(query.data, *BROWSE_VIEWS)
    user = await current_user(update, context)
    s = speaker_for(user, context)
    programme = services(context).programme.snapshot
    try:
        if data is None:
            raise LookupError(query.data)
        fields = astuple(data)
        if fields and _day(programme, fields[0]) is None:
            raise LookupError(data)
        text, keyboard = VIEWS[type(data)](programme, s, *fields)
    except (LookupError, ValueError):
        # A button from an older programme (a day or room that is gone).
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    await query.answer()
    try:
        await query.edit_message_text(text, reply_markup=keyboard)
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise


HANDLERS = [
    CommandHandler("programme", on_programme),
    CommandHandler("program", on_programme),
    CallbackQueryHandler(on_browse_button, pattern=any_of(*BROWSE_VIEWS)),
]
