"""Speakers claim their identity with a one-time link, see their own slots, and set their reminder;
organisers invite them and see who has claimed."""

from __future__ import annotations

import logging
import time
from collections import deque
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.answers.slots import my_slots
from bot.programme.model import Programme
from bot.store.speakers import CODE_PREFIX
from bot.understand.index import index_for
from bot.understand.text import words
from handlers.callback_data import Callback, callback
from handlers.common import Context, current_user, reply, services, speaker_for
from handlers.organisers import organiser_or_refuse

log = logging.getLogger(__name__)
# Wrong codes: after this many in the window, every code is refused without looking.
MAX_FAILURES, FAILURE_WINDOW = 5, 600.0


def find_people(programme: Programme, query: str) -> list[str]:
    query = query.strip()
    if query in programme.people:
        return [query]
    found = index_for(programme).find_person([w for w in words(query)])
    return list(found.person_ids) if found else []


def invitation_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start={CODE_PREFIX}{code}"


async def on_invite(update: Update, context: Context) -> None:
    """/invite PERSON: a one-time link for that person to claim their identity."""
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    svc = services(context)
    message = update.effective_message
    assert message is not None and update.effective_user is not None
    programme = svc.programme.snapshot
    people = find_people(programme, " ".join(context.args or []))
    if len(people) != 1:
        names = s.join(escape(programme.people[p].name) for p in people) if people else ""
        text = (
            s._("Several people match: {names}.", names=names)
            if people
            else s._("No such person in the programme.")
        )
        await reply(message, text + "\n" + s._("Write: /invite NAME"))
        return
    person = programme.people[people[0]]
    code = await svc.speakers.invite(person.id, update.effective_user.id, svc.clock.now())
    link = invitation_link(context.bot.username, code)
    log.info("organiser %s invited person %s", update.effective_user.id, person.id)
    await reply(
        message,
        s._("Invitation for {name} (valid 14 days, single use):", name=escape(person.name))
        + f"\n{escape(link)}",
    )


def _throttled(context: Context, user_id: int) -> bool:
    failures: deque[float] = context.bot_data.setdefault("claim_failures", {}).setdefault(user_id, deque())
    now = time.monotonic()
    while failures and failures[0] < now - FAILURE_WINDOW:
        failures.popleft()
    return len(failures) >= MAX_FAILURES


def _failed(context: Context, user_id: int) -> None:
    context.bot_data.setdefault("claim_failures", {}).setdefault(user_id, deque()).append(time.monotonic())


async def on_claim_link(update: Update, context: Context) -> None:
    """/start c-CODE: 'Are you NAME, AFFILIATION?' — the same answer for every wrong code."""
    message = update.effective_message
    user = await current_user(update, context)
    assert message is not None and message.text is not None and user is not None
    s = speaker_for(user, context)
    svc = services(context)
    code = message.text.split(maxsplit=1)[1][len(CODE_PREFIX) :] if " " in message.text else ""
    person_id = None if _throttled(context, user.id) else await svc.speakers.invitation(code, svc.clock.now())
    if person_id is None or len(code) > 40:
        _failed(context, user.id)
        await reply(message, s._("This invitation link cannot be used. Ask the organisers for a new one."))
        return
    person = svc.programme.snapshot.people.get(person_id)
    if person is None:
        await reply(message, s._("This invitation link cannot be used. Ask the organisers for a new one."))
        return
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(s._("Yes, that is me"), callback_data=callback("claim", code)),
                InlineKeyboardButton(s._("No"), callback_data=callback("noclaim")),
            ]
        ]
    )
    who = escape(person.name) + (f", {escape(person.affiliation)}" if person.affiliation else "")
    await reply(message, s._("Are you {who}?", who=who), keyboard)


async def on_claim_answer(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    user = await current_user(update, context)
    assert user is not None
    s = speaker_for(user, context)
    data = Callback.parse(query.data)
    await query.answer()
    if data is None or data.action != "claim":
        await query.edit_message_text(s._("Nothing was changed."))
        return
    svc = services(context)
    person_id = await svc.speakers.claim(data.arg(0), user.id, svc.clock.now())
    if person_id is None:
        _failed(context, user.id)
        await query.edit_message_text(
            s._("This invitation link cannot be used. Ask the organisers for a new one.")
        )
        return
    log.info("user %s claimed person %s", user.id, person_id)
    await query.edit_message_text(
        s._("Thank you! You will hear about every change to your sessions. /myslots shows them.")
    )


async def on_myslots(update: Update, context: Context) -> None:
    message = update.effective_message
    user = await current_user(update, context)
    assert message is not None and user is not None
    s = speaker_for(user, context)
    svc = services(context)
    person_id = svc.speakers.person_of(user.id)
    if person_id is None or person_id not in svc.programme.snapshot.people:
        await reply(message, s._("Only speakers who claimed their invitation have slots here."))
        return
    lead = svc.speakers.lead_minutes(person_id)
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    ("✅ " if lead == m else "") + (s._("off") if m == 0 else f"{m} min"),
                    callback_data=callback("slead", str(m)),
                )
                for m in (0, 10, 15, 30, 60)
            ]
        ]
    )
    text = my_slots(svc.programme.snapshot, person_id, s) + "\n\n" + s._("Remind me before my sessions:")
    await reply(message, text, keyboard)


async def on_speaker_lead(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    user = await current_user(update, context)
    assert user is not None
    s = speaker_for(user, context)
    svc = services(context)
    person_id = svc.speakers.person_of(user.id)
    data = Callback.parse(query.data)
    if person_id is None or data is None or data.arg(0) not in ("0", "10", "15", "30", "60"):
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    await svc.speakers.set_lead_minutes(person_id, int(data.arg(0)))
    await query.answer(s._("Saved."))
    await svc.sweep_now()


async def on_speakers(update: Update, context: Context) -> None:
    """/speakers: claimed, invited, not invited; /speakers reset PERSON frees a claim."""
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    svc = services(context)
    message = update.effective_message
    assert message is not None
    programme = svc.programme.snapshot
    args = context.args or []
    if args[:1] == ["reset"]:
        people = find_people(programme, " ".join(args[1:]))
        if len(people) == 1 and await svc.speakers.reset(people[0]):
            await reply(
                message,
                s._(
                    "{name} can claim again with a new invitation.",
                    name=escape(programme.people[people[0]].name),
                ),
            )
        else:
            await reply(message, s._("No claimed speaker matches that name."))
        return
    invited = await svc.speakers.invited()
    claimed, waiting, never = [], [], []
    for person in programme.people.values():
        if person.unnamed:
            continue
        if svc.speakers.user_of(person.id) is not None:
            claimed.append(person.name)
        elif person.id in invited:
            waiting.append(person.name)
        else:
            never.append(person.name)
    groups = ((s._("Claimed"), claimed), (s._("Invited"), waiting), (s._("Not invited"), never))
    lines = [f"<b>{label}</b> ({len(names)}): " + escape(", ".join(names)) for label, names in groups]
    await reply(message, "\n".join(lines))


HANDLERS = [
    # Before /start's own handler: an invitation link opens with /start c-CODE.
    CommandHandler("start", on_claim_link, filters=filters.Regex(rf"^/start(@\w+)? {CODE_PREFIX}")),
    CommandHandler("invite", on_invite),
    CommandHandler("speakers", on_speakers),
    CommandHandler("myslots", on_myslots),
    CallbackQueryHandler(on_claim_answer, pattern=r"^(claim\||noclaim$)"),
    CallbackQueryHandler(on_speaker_lead, pattern=r"^slead\|"),
]
