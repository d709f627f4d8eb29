"""Organisers change the programme live: /move, /retime, /cancel, /restore, /undo, /changes,
/organisers. Every command and every button checks the role again: a confirmation sent earlier is
worth nothing once the role is gone.

Each command and button parses its update, plans the change in the core (bot/organising.py),
renders the plan or its refusal (bot/answers/organising.py) and sends it; the door applies it on
Confirm, after planning it again (the slot may be taken since the preview).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.answers.organising import change_preview, changes_text, refusal_text, several_sessions_text, title
from bot.callback_data import (
    CARD_ACTIONS,
    CONFIRMS,
    CallbackData,
    CallbackDataTooLong,
    CancelSession,
    ConfirmCancel,
    ConfirmMove,
    ConfirmRestore,
    ConfirmRetime,
    Dismiss,
    MoveTo,
    OpenMove,
    OpenShift,
    ShiftBy,
    any_of,
    parse_any,
)
from bot.i18n import Speaker
from bot.organising import (
    UNCHANGED,
    EndBeforeStart,
    OutsideDays,
    Refusal,
    RoomTaken,
    UnknownRoom,
    UnreadableTime,
    free_rooms,
    plan_cancel,
    plan_move,
    plan_restore,
    plan_retime,
    plan_shift,
    read_new_time,
    room_named,
    sessions_to_change,
)
from bot.programme.changes import ChangeKind, SessionChange
from bot.programme.current import short_id
from bot.programme.model import Programme, Session
from bot.store.organisers import GrantOutcome
from handlers.common import Context, answered_in_private_only, current_user, reply, services, speaker_for
from handlers.menus import clear_organiser_menu, language_for, set_organiser_menu

log = logging.getLogger(__name__)
ARROW = re.compile(r"\s*(?:->|→|=>)\s*")
SHIFTS = (("−15 min", -15), ("+15 min", 15), ("+30 min", 30), ("+60 min", 60))


async def organiser_or_refuse(update: Update, context: Context) -> Speaker | None:
    """The organiser's speaker, or None after refusing (in their language) and logging the attempt."""
    user = await current_user(update, context)
    s = speaker_for(user, context)
    if user is not None and services(context).organisers.is_organiser(user.id):
        return s
    log.warning("refused organiser action to user %s", user.id if user else None)
    text = s._("Only the conference organisers can do that.")
    if update.callback_query is not None:
        await update.callback_query.answer(text, show_alert=True)
    elif update.effective_message is not None:
        await reply(update.effective_message, text)
    return None


def confirm_data(change: SessionChange) -> CallbackData:
    """The Confirm button of a planned change: the session and what it becomes (a room by its
    id), so that a programme reloaded in between cannot make it mean another change. Raises
    CallbackDataTooLong for a room id too long for Telegram's 64 bytes."""
    key = short_id(change.session_id)
    after = change.after
    assert after is not None
    if change.kind == ChangeKind.MOVED:
        assert after.room_id is not None
        return ConfirmMove(key, after.room_id)
    if change.kind == ChangeKind.RETIMED:
        return ConfirmRetime(key, int(after.start.timestamp()), int(after.end.timestamp()))
    if change.kind == ChangeKind.CANCELLED:
        return ConfirmCancel(key)
    return ConfirmRestore(key)


async def preview(message: Message, context: Context, s: Speaker, planned: SessionChange | Refusal) -> None:
    """Show what a change will do and whom it reaches (or why it cannot be made); act only on Confirm."""
    svc = services(context)
    programme = svc.programme.snapshot
    if not isinstance(planned, SessionChange):
        text = refusal_text(planned, programme, s)
        # A slot that cannot be taken is a warning; the rest only say what is already so.
        clashes = isinstance(planned, (EndBeforeStart, OutsideDays, RoomTaken))
        await reply(message, "⚠️ " + text if clashes else text)
        return
    try:
        confirm = confirm_data(planned).pack()
    except CallbackDataTooLong:
        # Translators: a room id (from the programme file) longer than a Telegram button can carry.
        text = s._("The id of this room is too long for a button: shorten it in the programme file.")
        await reply(message, "⚠️ " + text)
        return
    starrers, speakers = await svc.door.affected(planned.session_id)
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(s._("Confirm"), callback_data=confirm),
                InlineKeyboardButton(s._("Cancel"), callback_data=Dismiss().pack()),
            ]
        ]
    )
    text = change_preview(programme, planned, s, starrers=len(starrers), speakers=len(speakers))
    await reply(message, text, keyboard)


def room_buttons(programme: Programme, session: Session, room_ids: list[str]) -> InlineKeyboardMarkup:
    """A card's Move: one button a room, three a row (a room whose id is too long for a button
    is left out; /move still names why)."""
    key = short_id(session.id)
    rooms = [
        InlineKeyboardButton(programme.rooms[room_id].name, callback_data=MoveTo(key, room_id).pack())
        for room_id in room_ids
        if MoveTo.fits(key, room_id)
    ]
    return InlineKeyboardMarkup([rooms[i : i + 3] for i in range(0, len(rooms), 3)])


async def offer_free_rooms(
    message: Message, context: Context, s: Speaker, session: Session, taken: RoomTaken
) -> None:
    """A move to a room used at that time: why not, and the rooms free then as buttons."""
    programme = services(context).programme.snapshot
    text = "⚠️ " + refusal_text(taken, programme, s)
    free = free_rooms(programme, session)
    if not free:
        await reply(message, text + "\n" + s._("No other room is free at that time."))
        return
    text += "\n" + s._("Rooms free at that time:")
    await reply(message, text, room_buttons(programme, session, free))


async def one_session(message: Message, context: Context, s: Speaker, query: str) -> Session | None:
    """The one session a query names, or None after saying what is wrong."""
    svc = services(context)
    programme = svc.programme.snapshot
    found = sessions_to_change(programme, query, svc.clock.now())
    if len(found) == 1:
        return found[0]
    if not found:
        await reply(message, s._("No session matches “{query}”.", query=escape(query)))
        return None
    await reply(message, several_sessions_text(programme, found, s))
    return None


async def _command(update: Update, context: Context) -> tuple[Speaker, Message] | None:
    """An organiser's command: their speaker and message (None after refusing anyone else)."""
    s = await organiser_or_refuse(update, context)
    message = update.effective_message
    if s is None or message is None:
        return None
    return s, message


async def _session_and_target(
    update: Update, context: Context, usage: Callable[[Speaker], str]
) -> tuple[Speaker, Message, Session, str] | None:
    """For '/command SESSION -> TARGET': the organiser's speaker, the one session, the target text."""
    found = await _command(update, context)
    if found is None:
        return None
    s, message = found
    parts = ARROW.split(" ".join(context.args or []), maxsplit=1)
    if len(parts) != 2 or not all(p.strip() for p in parts):
        await reply(message, usage(s))
        return None
    session = await one_session(message, context, s, parts[0])
    return (s, message, session, parts[1]) if session is not None else None


def _usage_move(s: Speaker) -> str:
    return s._("Write: /move SESSION -> ROOM, e.g. /move youth migration -> Alcazar")


def _usage_retime(s: Speaker) -> str:
    return s._("Write: /retime SESSION -> TIME, e.g. /retime youth migration -> friday 15:30")


async def on_move(update: Update, context: Context) -> None:
    """/move SESSION -> ROOM"""
    found = await _session_and_target(update, context, _usage_move)
    if found is None:
        return
    s, message, session, target = found
    programme = services(context).programme.snapshot
    room_id = room_named(programme, target)
    planned = plan_move(programme, session, room_id) if room_id else UnknownRoom(target)
    if isinstance(planned, RoomTaken):
        await offer_free_rooms(message, context, s, session, planned)
        return
    await preview(message, context, s, planned)


async def on_retime(update: Update, context: Context) -> None:
    """/retime SESSION -> [DAY] HH:MM[-HH:MM]"""
    found = await _session_and_target(update, context, _usage_retime)
    if found is None:
        return
    s, message, session, target = found
    programme = services(context).programme.snapshot
    times = read_new_time(programme, session, target)
    if times is None:
        await reply(message, refusal_text(UnreadableTime(target), programme, s))
        return
    await preview(message, context, s, plan_retime(programme, session, *times))


async def _cancel_or_restore(update: Update, context: Context, *, cancel: bool) -> None:
    found = await _command(update, context)
    if found is None:
        return
    s, message = found
    session = await one_session(message, context, s, " ".join(context.args or []))
    if session is None:
        return
    programme = services(context).programme.snapshot
    planned = plan_cancel(programme, session) if cancel else plan_restore(programme, session)
    await preview(message, context, s, planned)


async def on_cancel(update: Update, context: Context) -> None:
    """/cancel SESSION"""
    await _cancel_or_restore(update, context, cancel=True)


async def on_restore(update: Update, context: Context) -> None:
    """/restore SESSION"""
    await _cancel_or_restore(update, context, cancel=False)


def plan_confirmed(
    programme: Programme, session: Session, data: CallbackData
) -> SessionChange | Refusal | None:
    """The change a Confirm stands for, planned again on the programme in force (None: no change)."""
    if isinstance(data, ConfirmMove):
        return plan_move(programme, session, data.room)
    if isinstance(data, ConfirmRetime):
        zone = programme.timezone
        try:
            start, end = (datetime.fromtimestamp(t, zone) for t in (data.start, data.end))
        except (OverflowError, OSError, ValueError):
            return None
        return plan_retime(programme, session, start, end)
    if isinstance(data, ConfirmCancel):
        return plan_cancel(programme, session)
    if isinstance(data, ConfirmRestore):
        return plan_restore(programme, session)
    return None


async def on_confirm(update: Update, context: Context) -> None:
    """Confirm of a preview: the role is checked again, and the slot too (it may be taken since)."""
    query = update.callback_query
    assert query is not None
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    svc = services(context)
    programme = svc.programme.snapshot
    data = parse_any(query.data, *CONFIRMS)
    key = getattr(data, "key", None)
    session = svc.programme.by_short_id(key) if isinstance(key, str) else None
    planned = plan_confirmed(programme, session, data) if session and data else None
    if session is None or planned is None or isinstance(planned, UnknownRoom):
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    if isinstance(planned, UNCHANGED) or (
        isinstance(planned, SessionChange) and planned.before == planned.after
    ):
        await query.answer(s._("Nothing to change."))
        return
    if not isinstance(planned, SessionChange):
        await query.answer(refusal_text(planned, programme, s), show_alert=True)
        return
    user = update.effective_user
    assert user is not None
    await svc.door.apply_changes([planned], by=user.id, now=svc.clock.now())
    log.info("organiser %s: %s %s", user.id, planned.kind, session.id)
    starrers, speakers = await svc.door.affected(session.id)
    await query.answer(s._("Done."))
    done = s.n_(
        "Done: “{title}” changed; {count} person is being told.",
        "Done: “{title}” changed; {count} people are being told.",
        len(set(starrers + speakers)),
        title=title(session, programme, s),
    )
    await query.edit_message_text(done)


async def on_dismiss(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    await query.answer()
    await query.edit_message_text(s._("Nothing was changed."))


async def on_undo(update: Update, context: Context) -> None:
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    svc = services(context)
    user = update.effective_user
    assert user is not None and update.effective_message is not None
    change = await svc.door.undo_last(by=user.id, now=svc.clock.now())
    if change is None:
        await reply(update.effective_message, s._("There is no change to undo."))
        return
    session = svc.programme.snapshot.session(change.session_id)
    name = title(session, svc.programme.snapshot, s) if session else escape(change.session_id)
    await reply(update.effective_message, s._("Undone: “{title}” is back as it was.", title=name))


async def on_changes(update: Update, context: Context) -> None:
    if await answered_in_private_only(update, context, "changes"):
        return
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    svc = services(context)
    assert update.effective_message is not None
    entries = await svc.changes.entries(limit=30)
    await reply(update.effective_message, changes_text(svc.programme.snapshot, entries, s))


async def on_organisers(update: Update, context: Context) -> None:
    """/organisers (who, and who added whom), /organisers add ID, /organisers remove ID.
    Only ORGANISER_IDS add and remove (bot/store/organisers.py), checked on every call."""
    if await answered_in_private_only(update, context, "organisers"):
        return
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    svc = services(context)
    message = update.effective_message
    user = update.effective_user
    assert message is not None and user is not None
    args = context.args or []
    if args[:1] in (["add"], ["remove"]):
        # ASCII digits only: int() also reads "١٢٣" (123) and other scripts' digits.
        digits = len(args) == 2 and args[1].isascii() and args[1].isdigit() and len(args[1]) < 20
        target = int(args[1]) if digits else 0
        if args[0] == "add":
            outcome = await svc.organisers.grant(target, user.id, svc.clock.now())
        else:
            outcome = await svc.organisers.revoke(target, user.id, svc.clock.now())
        if outcome is not GrantOutcome.NOT_ALLOWED:
            log.info("organiser %s: organisers %s %s: %s", user.id, args[0], target, outcome)
        if outcome is GrantOutcome.DONE and args[0] == "add":
            await set_organiser_menu(context.bot, target, language_for(svc, target))
        elif outcome is GrantOutcome.DONE:
            await clear_organiser_menu(context.bot, target)
        await reply(message, _grant_answer(s, args[0], target, outcome))
        return
    founders = [
        s._("{id}, in ORGANISER_IDS", id=f"<code>{i}</code>") for i in sorted(svc.organisers.founders)
    ]
    added = [
        s._(
            "{id}, added by {by} on {when}",
            id=f"<code>{g.user_id}</code>",
            by=f"<code>{g.granted_by}</code>",
            when=s.day_and_time(g.granted_at),
        )
        for g in svc.organisers.grants()
    ]
    heading = s._("Organisers")
    lines = [f"<b>{heading}</b>", *(f"• {line}" for line in founders + added), ""]
    if svc.organisers.may_grant(user.id):
        lines.append(s._("Add or remove one with /organisers add ID or /organisers remove ID."))
    else:
        lines.append(s._("Only the organisers in ORGANISER_IDS can add or remove organisers."))
    await reply(message, "\n".join(lines))


def _grant_answer(s: Speaker, verb: str, target: int, outcome: GrantOutcome) -> str:
    if outcome is GrantOutcome.NOT_ALLOWED:
        return s._("Only the organisers in ORGANISER_IDS can add or remove organisers.")
    if outcome is GrantOutcome.NOT_A_USER:
        return s._("Write: /organisers add ID or /organisers remove ID, where ID is a Telegram user id.")
    if verb == "add":
        if outcome is GrantOutcome.DONE:
            return s._("{id} is now an organiser.", id=target)
        return s._("{id} already is an organiser.", id=target)
    if outcome is GrantOutcome.DONE:
        return s._("{id} is no longer an organiser.", id=target)
    return s._("{id} cannot be removed here (not granted in the chat).", id=target)


async def on_reload(update: Update, context: Context) -> None:
    """/reload: read the programme file or address now; changes go out as for any change."""
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    svc = services(context)
    message = update.effective_message
    assert message is not None
    if svc.refresher is None:
        await reply(message, s._("The programme cannot be reloaded here."))
        return
    outcome = await svc.refresher.check_once()
    if outcome.status == "refused":
        text = s._(
            "The new version was refused; the previous one stays in force. Why: {reason}",
            reason=escape(outcome.message or ""),
        )
    elif outcome.status == "unchanged":
        text = s._("The programme has not changed.")
    else:
        text = s.n_(
            "Programme reloaded: {count} change.",
            "Programme reloaded: {count} changes.",
            len(outcome.changes),
        )
    await reply(message, text)


async def on_card_action(update: Update, context: Context) -> None:
    """An organiser's buttons on a session card: move (pick a room), shift in time, cancel, restore."""
    query = update.callback_query
    assert query is not None
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    svc = services(context)
    data = parse_any(query.data, *CARD_ACTIONS)
    key = getattr(data, "key", None)
    session = svc.programme.by_short_id(key) if isinstance(key, str) else None
    message = query.message
    if session is None or not isinstance(message, Message):
        await query.answer(s._("This session is no longer in the programme."), show_alert=True)
        return
    programme = svc.programme.snapshot
    if isinstance(data, ShiftBy) and data.minutes not in dict(SHIFTS).values():
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    if isinstance(data, MoveTo) and data.room not in programme.rooms:
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    await query.answer()
    key = short_id(session.id)
    if isinstance(data, OpenMove):
        others = [room_id for room_id in programme.rooms if room_id != session.room_id]
        keyboard = room_buttons(programme, session, others)
        text = s._("Move “{title}” to which room?", title=title(session, programme, s))
        await reply(message, text, keyboard)
    elif isinstance(data, OpenShift):
        shifts = [
            InlineKeyboardButton(label, callback_data=ShiftBy(key, minutes).pack())
            for label, minutes in SHIFTS
        ]
        text = s._(
            "Move “{title}” by how much? (Or /retime SESSION -> TIME.)", title=title(session, programme, s)
        )
        await reply(message, text, InlineKeyboardMarkup([shifts]))
    elif isinstance(data, ShiftBy):
        await preview(message, context, s, plan_shift(programme, session, data.minutes))
    elif isinstance(data, MoveTo):
        planned = plan_move(programme, session, data.room)
        if isinstance(planned, RoomTaken):
            await offer_free_rooms(message, context, s, session, planned)
            return
        await preview(message, context, s, planned)
    else:
        cancel = isinstance(data, CancelSession)
        planned = plan_cancel(programme, session) if cancel else plan_restore(programme, session)
        if isinstance(planned, UNCHANGED):
            await reply(message, s._("Nothing to change."))
            return
        await preview(message, context, s, planned)


HANDLERS = [
    CallbackQueryHandler(on_card_action, pattern=any_of(*CARD_ACTIONS)),
    CommandHandler("reload", on_reload),
    CommandHandler("move", on_move),
    CommandHandler("retime", on_retime),
    CommandHandler("cancel", on_cancel),
    CommandHandler("restore", on_restore),
    CommandHandler("undo", on_undo),
    CommandHandler("changes", on_changes),
    CommandHandler("organisers", on_organisers),
    CallbackQueryHandler(on_confirm, pattern=any_of(*CONFIRMS)),
    CallbackQueryHandler(on_dismiss, pattern=Dismiss.pattern()),
]
