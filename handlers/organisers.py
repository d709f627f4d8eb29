"""Organisers change the programme live: /move, /retime, /cancel, /restore, /undo, /changes,
/organisers. Every command and every button checks the role again: a confirmation sent earlier is
worth nothing once the role is gone.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime, time, timedelta
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.answers.reply import respond
from bot.i18n import Speaker
from bot.programme.changes import CANCELLED, MOVED, RESTORED, RETIMED, SessionChange, Slot, kind_of
from bot.programme.current import short_id
from bot.programme.model import Programme, Session
from bot.services import Services
from bot.store.organisers import GrantOutcome
from bot.understand.index import index_for
from bot.understand.text import fold
from bot.understand.when import find_when
from handlers.callback_data import Callback, callback
from handlers.common import Context, answered_in_private_only, current_user, reply, services, speaker_for

log = logging.getLogger(__name__)
ARROW = re.compile(r"\s*(?:->|→|=>)\s*")


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


def find_sessions(programme: Programme, query: str, now: datetime) -> list[Session]:
    """Sessions an organiser means: an id, else what the question understanding finds."""
    query = query.strip()
    exact = programme.session(query)
    if exact is not None:
        return [exact]
    return list(respond(query, now, programme).answer.sessions)


def room_by_name(programme: Programme, text: str) -> str | None:
    found = index_for(programme).find_room(" ".join(fold(text).split()))
    return found.room_id if found else None


def title(session: Session, programme: Programme, s: Speaker) -> str:
    return escape(session.title.get(s.language, programme.conference.default_language))


def clash(programme: Programme, session: Session, slot: Slot, s: Speaker) -> str | None:
    """Why a slot cannot be taken, or None."""
    if slot.end <= slot.start:
        return s._("The end must come after the start.")
    conference = programme.conference
    if conference.programme_day(slot.start) not in conference.days:
        days = s.join(s.day(day) for day in conference.days)
        return s._("That is outside the conference days ({days}).", days=days)
    if slot.room_id is None:
        return None
    for other in programme.sessions_in_room(slot.room_id):
        if (
            other.id != session.id
            and not other.cancelled
            and other.start < slot.end
            and slot.start < other.end
        ):
            return s._(
                "{room} is already used then by “{title}” ({time}).",
                room=escape(programme.rooms[slot.room_id].name),
                title=title(other, programme, s),
                time=s.time_range(other.start, other.end),
            )
    return None


async def preview(update: Update, context: Context, s: Speaker, change: SessionChange, action: str) -> None:
    """Show what a change will do and whom it reaches; act only on Confirm."""
    svc = services(context)
    programme = svc.programme.snapshot
    session = programme.session(change.session_id)
    assert session is not None and change.before is not None and change.after is not None
    message = update.effective_message
    assert message is not None
    problem = (
        clash(programme, session, change.after, s) if change.kind in (MOVED, RETIMED, RESTORED) else None
    )
    if problem:
        await reply(message, "⚠️ " + problem)
        return
    starrers, speakers = await svc.door.affected(session.id)
    name = title(session, programme, s)
    when = s.day_and_time(change.after.start)
    rooms = programme.rooms
    if change.kind == MOVED:
        what = s._(
            "Move “{title}” from {old} to {new}, {when}",
            title=name,
            old=escape(rooms[change.before.room_id].name) if change.before.room_id else "",
            new=escape(rooms[change.after.room_id].name) if change.after.room_id else "",
            when=when,
        )
    elif change.kind == RETIMED:
        what = s._(
            "Move “{title}” from {old} to {new}",
            title=name,
            old=s.day_and_time(change.before.start),
            new=f"{when}–{s.time(change.after.end)}",
        )
    elif change.kind == CANCELLED:
        what = s._("Cancel “{title}”, {when}", title=name, when=s.day_and_time(change.before.start))
    else:
        what = s._("Restore “{title}”, {when}", title=name, when=when)
    reach = s.n_("{count} person starred it", "{count} people starred it", len(starrers)) + ", "
    reach += s.n_("{count} speaker", "{count} speakers", len(speakers))
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(s._("Confirm"), callback_data=action),
                InlineKeyboardButton(s._("Cancel"), callback_data=callback("no")),
            ]
        ]
    )
    await reply(message, f"{what}: {reach}.", keyboard)


def _change(session: Session, kind: str, after: Slot) -> SessionChange:
    return SessionChange(session.id, kind, Slot.of(session), after)


async def _one_session(update: Update, context: Context, s: Speaker, query: str) -> Session | None:
    """The one session a query names, or None after saying what is wrong."""
    message = update.effective_message
    assert message is not None
    svc = services(context)
    programme = svc.programme.snapshot
    found = [
        x
        for x in find_sessions(programme, query, svc.clock.now())
        if x.room_id or x.kind not in ("break", "lunch")
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        await reply(message, s._("No session matches “{query}”.", query=escape(query)))
        return None
    lines = [s._("Several sessions match; give its id:")]
    lines += [
        f"• <code>{x.id}</code> — {title(x, programme, s)} ({s.day_and_time(x.start)})" for x in found[:10]
    ]
    await reply(message, "\n".join(lines))
    return None


async def _session_and_target(
    update: Update, context: Context, usage: Callable[[Speaker], str]
) -> tuple[Speaker, Session, str] | None:
    """For '/command SESSION -> TARGET': the organiser's speaker, the one session, the target text."""
    s = await organiser_or_refuse(update, context)
    if s is None:
        return None
    message = update.effective_message
    assert message is not None
    parts = ARROW.split(" ".join(context.args or []), maxsplit=1)
    if len(parts) != 2 or not all(p.strip() for p in parts):
        await reply(message, usage(s))
        return None
    session = await _one_session(update, context, s, parts[0])
    return (s, session, parts[1]) if session is not None else None


async def on_move(update: Update, context: Context) -> None:
    """/move SESSION -> ROOM"""
    found = await _session_and_target(
        update, context, lambda s: s._("Write: /move SESSION -> ROOM, e.g. /move youth migration -> Alcazar")
    )
    if found is None:
        return
    s, session, target = found
    message = update.effective_message
    assert message is not None
    programme = services(context).programme.snapshot
    room_id = room_by_name(programme, target)
    if room_id is None:
        rooms = s.join(escape(r.name) for r in programme.rooms.values())
        await reply(
            message, s._("No room is called “{room}”. Rooms: {rooms}.", room=escape(target), rooms=rooms)
        )
        return
    if room_id == session.room_id:
        await reply(message, s._("That session is already there."))
        return
    after = Slot(session.start, session.end, room_id, session.cancelled)
    room_index = str(list(programme.rooms).index(room_id))
    await preview(
        update,
        context,
        s,
        _change(session, MOVED, after),
        callback("ok", "mv", short_id(session.id), room_index),
    )


def _parse_new_time(
    programme: Programme, session: Session, text: str, now: datetime
) -> tuple[datetime, datetime] | None:
    """'15:30', 'friday 15:30', '15:30-16:30': a new start (and end), keeping the duration."""
    pieces = re.split(r"\s*(?:–|-|to|à|a)\s*(?=\d{1,2}[:h.]?\d{0,2}\s*$)", fold(text).strip(), maxsplit=1)
    conference = programme.conference
    when, _ = find_when(pieces[0], "en", session.start, conference)
    if when.clock is None:
        return None
    day = when.day or conference.programme_day(session.start)
    start = conference.local(day, when.clock)
    end = start + session.duration
    if len(pieces) == 2:
        until, _ = find_when(pieces[1], "en", start, conference)
        if until.clock is None:
            return None
        end = conference.local(day, until.clock)
        if until.clock < when.clock and until.clock < time(6):
            end += timedelta(days=1)
    return start, end


async def on_retime(update: Update, context: Context) -> None:
    """/retime SESSION -> [DAY] HH:MM[-HH:MM]"""
    found = await _session_and_target(
        update,
        context,
        lambda s: s._("Write: /retime SESSION -> TIME, e.g. /retime youth migration -> friday 15:30"),
    )
    if found is None:
        return
    s, session, target = found
    message = update.effective_message
    assert message is not None
    svc = services(context)
    times = _parse_new_time(svc.programme.snapshot, session, target, svc.clock.now())
    if times is None:
        await reply(message, s._("I could not read the time “{time}”.", time=escape(target)))
        return
    after = Slot(times[0], times[1], session.room_id, session.cancelled)
    data = callback(
        "ok", "rt", short_id(session.id), str(int(times[0].timestamp())), str(int(times[1].timestamp()))
    )
    await preview(update, context, s, _change(session, RETIMED, after), data)


async def on_cancel(update: Update, context: Context) -> None:
    """/cancel SESSION"""
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    session = await _one_session(update, context, s, " ".join(context.args or []))
    if session is None:
        return
    if session.cancelled:
        await reply(update.effective_message, s._("That session is already cancelled."))  # type: ignore[arg-type]
        return
    after = Slot(session.start, session.end, session.room_id, cancelled=True)
    await preview(
        update, context, s, _change(session, CANCELLED, after), callback("ok", "cx", short_id(session.id))
    )


async def on_restore(update: Update, context: Context) -> None:
    """/restore SESSION"""
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    session = await _one_session(update, context, s, " ".join(context.args or []))
    if session is None:
        return
    if not session.cancelled:
        await reply(update.effective_message, s._("That session is not cancelled."))  # type: ignore[arg-type]
        return
    after = Slot(session.start, session.end, session.room_id, cancelled=False)
    await preview(
        update, context, s, _change(session, RESTORED, after), callback("ok", "rs", short_id(session.id))
    )


async def _organiser_button(
    update: Update, context: Context, *, session_arg: int
) -> tuple[Speaker, Services, Callback | None, Session | None] | None:
    """A button pressed by an organiser (None after refusing anyone else): its data and the
    session it names, if that session is still in the programme."""
    query = update.callback_query
    assert query is not None
    s = await organiser_or_refuse(update, context)
    if s is None:
        return None
    svc = services(context)
    data = Callback.parse(query.data)
    session = svc.programme.by_short_id(data.arg(session_arg)) if data else None
    return s, svc, data, session


def _change_from_button(programme: Programme, session: Session, data: Callback) -> SessionChange | None:
    before = Slot.of(session)
    action = data.arg(0)
    if action == "mv":
        rooms = list(programme.rooms)
        index = int(data.arg(2))
        if not 0 <= index < len(rooms):
            return None
        after = Slot(session.start, session.end, rooms[index], session.cancelled)
    elif action == "rt":
        zone = programme.timezone
        after = Slot(
            datetime.fromtimestamp(int(data.arg(2)), zone),
            datetime.fromtimestamp(int(data.arg(3)), zone),
            session.room_id,
            session.cancelled,
        )
    elif action in ("cx", "rs"):
        after = Slot(session.start, session.end, session.room_id, cancelled=action == "cx")
    else:
        return None
    return SessionChange(session.id, kind_of(before, after), before, after)


async def on_confirm(update: Update, context: Context) -> None:
    """Confirm of a preview: the role is checked again, and the slot too (it may be taken since)."""
    query = update.callback_query
    assert query is not None
    pressed = await _organiser_button(update, context, session_arg=1)
    if pressed is None:
        return
    s, svc, data, session = pressed
    programme = svc.programme.snapshot
    change = _change_from_button(programme, session, data) if session and data else None
    if session is None or change is None or change.after is None:
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    if change.before == change.after:
        await query.answer(s._("Nothing to change."))
        return
    problem = clash(programme, session, change.after, s) if change.kind != CANCELLED else None
    if problem:
        await query.answer(problem, show_alert=True)
        return
    user = update.effective_user
    assert user is not None
    await svc.door.apply_changes([change], by=user.id, now=svc.clock.now())
    log.info("organiser %s: %s %s", user.id, change.kind, session.id)
    starrers, speakers = await svc.door.affected(session.id)
    await query.answer(s._("Done."))
    done = s._(
        "Done: “{title}” changed; {count} people are being told.",
        title=title(session, programme, s),
        count=len(set(starrers + speakers)),
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
    entries = [e for e in await svc.changes.entries(limit=30) if e.session_id]
    if not entries:
        await reply(update.effective_message, s._("No change has been made to the programme."))
        return
    programme = svc.programme.snapshot
    heading = s._("Changes to the programme")
    lines = [f"<b>{heading}</b>"]
    for entry in entries:
        session = programme.session(entry.session_id or "")
        name = title(session, programme, s) if session else escape(entry.session_id or "")
        who = str(entry.actor) if entry.actor else s._("programme file")
        undone = " " + s._("(undone)") if entry.undone else ""
        lines.append(f"• {s.day_and_time(entry.at)} — {escape(entry.action)} — {name} — {who}{undone}")
    await reply(update.effective_message, "\n".join(lines))


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
    pressed = await _organiser_button(update, context, session_arg=0)
    if pressed is None:
        return
    s, svc, data, session = pressed
    if data is None or session is None:
        await query.answer(s._("This session is no longer in the programme."), show_alert=True)
        return
    await query.answer()
    programme = svc.programme.snapshot
    key = short_id(session.id)
    if data.action == "omv":
        rooms = [
            InlineKeyboardButton(room.name, callback_data=callback("omvr", key, str(index)))
            for index, room in enumerate(programme.rooms.values())
            if room.id != session.room_id
        ]
        keyboard = InlineKeyboardMarkup([rooms[i : i + 3] for i in range(0, len(rooms), 3)])
        await reply(
            query.message, s._("Move “{title}” to which room?", title=title(session, programme, s)), keyboard
        )  # type: ignore[arg-type]
        return
    if data.action == "ort":
        shifts = [
            InlineKeyboardButton(label, callback_data=callback("ortm", key, str(minutes)))
            for label, minutes in (("−15 min", -15), ("+15 min", 15), ("+30 min", 30), ("+60 min", 60))
        ]
        text = s._(
            "Move “{title}” by how much? (Or /retime SESSION -> TIME.)", title=title(session, programme, s)
        )
        await reply(query.message, text, InlineKeyboardMarkup([shifts]))  # type: ignore[arg-type]
        return
    if data.action == "ortm":
        minutes = int(data.arg(1)) if data.arg(1).lstrip("-").isdigit() else 0
        if minutes not in (-15, 15, 30, 60):
            await query.answer(s._("This button is no longer valid."), show_alert=True)
            return
        shift = timedelta(minutes=minutes)
        after = Slot(session.start + shift, session.end + shift, session.room_id, session.cancelled)
        action = callback("ok", "rt", key, str(int(after.start.timestamp())), str(int(after.end.timestamp())))
        await preview(update, context, s, _change(session, RETIMED, after), action)
        return
    if data.action == "omvr":
        rooms = list(programme.rooms)
        index = int(data.arg(1)) if data.arg(1).isdigit() else -1
        if not 0 <= index < len(rooms):
            await query.answer(s._("This button is no longer valid."), show_alert=True)
            return
        after = Slot(session.start, session.end, rooms[index], session.cancelled)
        action = callback("ok", "mv", key, str(index))
        await preview(update, context, s, _change(session, MOVED, after), action)
        return
    cancelled = data.action == "ocx"
    if session.cancelled == cancelled:
        await reply(query.message, s._("Nothing to change."))  # type: ignore[arg-type]
        return
    after = Slot(session.start, session.end, session.room_id, cancelled=cancelled)
    kind, code = (CANCELLED, "cx") if cancelled else (RESTORED, "rs")
    await preview(update, context, s, _change(session, kind, after), callback("ok", code, key))


HANDLERS = [
    CallbackQueryHandler(on_card_action, pattern=r"^(omv|omvr|ort|ortm|ocx|ors)\|"),
    CommandHandler("reload", on_reload),
    CommandHandler("move", on_move),
    CommandHandler("retime", on_retime),
    CommandHandler("cancel", on_cancel),
    CommandHandler("restore", on_restore),
    CommandHandler("undo", on_undo),
    CommandHandler("changes", on_changes),
    CommandHandler("organisers", on_organisers),
    CallbackQueryHandler(on_confirm, pattern=r"^ok\|"),
    CallbackQueryHandler(on_dismiss, pattern=r"^no$"),
]
