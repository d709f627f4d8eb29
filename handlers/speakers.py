"""Speakers claim their identity with a one-time link, see their own slots, and set their reminder;
organisers invite them and see who has claimed.

Claims happen only in the private chat of whoever opened the link: opened in a group, the link is
not used (the bot says to open it in private and, when it may, deletes the message that shows the
code). In private the bot asks "Are you NAME?"; the Yes button carries a token of that user's
pending claim, which no one else's press can use (bot/store/speakers.py). /invite in a group sends
the link to the organiser's private chat, never to the group.
"""

from __future__ import annotations

import contextlib
import logging
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.answers.feedback import ended_asking_feedback, summarise
from bot.answers.slots import my_slots
from bot.callback_data import Claim, DeclineClaim, SpeakerLead, any_of, parse_any
from bot.i18n import Speaker
from bot.programme.model import Programme
from bot.store.speakers import CODE_PREFIX
from bot.understand.index import index_for
from bot.understand.text import words
from handlers.common import (
    Context,
    answered_in_private_only,
    current_user,
    reply,
    services,
    speaker_for,
)
from handlers.groups import in_group, private_chat_keyboard
from handlers.organisers import organiser_or_refuse

log = logging.getLogger(__name__)
LEADS = (0, 10, 15, 30, 60)  # minutes a speaker may choose to be reminded before their sessions


def find_people(programme: Programme, query: str) -> list[str]:
    query = query.strip()
    if query in programme.people:
        return [query]
    found = index_for(programme).find_person([w for w in words(query)])
    return list(found.person_ids) if found else []


def invitation_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start={CODE_PREFIX}{code}"


def refusal(s: Speaker) -> str:
    """The one answer to every claim that cannot go ahead, whatever the reason."""
    return s._("This invitation link cannot be used. Ask the organisers for a new one.")


async def _invitation(update: Update, context: Context, s: Speaker) -> tuple[str, str | None]:
    """The answer to /invite NAME, and the new code when one was made."""
    svc = services(context)
    assert update.effective_user is not None
    programme = svc.programme.snapshot
    people = find_people(programme, " ".join(context.args or []))
    if len(people) != 1:
        names = s.join(escape(programme.people[p].name) for p in people) if people else ""
        text = (
            s._("Several people match: {names}.", names=names)
            if people
            else s._("No such person in the programme.")
        )
        return text + "\n" + s._("Write: /invite NAME"), None
    person = programme.people[people[0]]
    code = await svc.speakers.invite(person.id, update.effective_user.id, svc.clock.now())
    log.info("organiser %s invited person %s", update.effective_user.id, person.id)
    link = invitation_link(context.bot.username, code)
    text = s._("Invitation for {name} (valid 14 days, single use):", name=escape(person.name))
    return text + f"\n{escape(link)}", code


async def on_invite(update: Update, context: Context) -> None:
    """/invite PERSON: a one-time link for that person to claim their identity. Asked in a group,
    the answer goes to the organiser's private chat; if the bot may not write there (the
    organiser never started it), the link is withdrawn and the group is told to ask in private."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    grouped = in_group(update.effective_chat)
    if grouped and not services(context).organisers.is_organiser(user.id):
        await answered_in_private_only(update, context, "invite")
        return
    s = await organiser_or_refuse(update, context)
    if s is None:
        return
    text, code = await _invitation(update, context, s)
    if not grouped:
        await reply(message, text)
        return
    try:
        await context.bot.send_message(user.id, text)
    except (Forbidden, BadRequest):
        if code is not None:
            await services(context).speakers.withdraw(code)
        keyboard = private_chat_keyboard(s, context.bot.username, "invite")
        await reply(
            message,
            s._("I cannot write to you in private yet: open our private chat, then send /invite there."),
            keyboard,
        )
        return
    await reply(message, s._("I sent you the answer in our private chat."))


async def on_claim_link(update: Update, context: Context) -> None:
    """/start c-CODE: 'Are you NAME, AFFILIATION?' in private — the same answer for every refusal.
    In a group the code is neither used nor repeated: open the link again, in private."""
    message = update.effective_message
    user = await current_user(update, context)
    assert message is not None and message.text is not None and user is not None
    s = speaker_for(user, context)
    svc = services(context)
    if in_group(update.effective_chat):
        keyboard = private_chat_keyboard(s, context.bot.username, "claim")
        text = s._(
            "Invitation links work only in a private chat with me: open your link again and it "
            "will open there. Do not share it: it is for you alone."
        )
        # Not a quoted reply: the quote would show the code to the group once more.
        await message.reply_html(text, reply_markup=keyboard, do_quote=False)
        # The code is visible to everyone in the group: take it away if the bot may.
        with contextlib.suppress(TelegramError):
            await message.delete()
        log.warning("invitation link opened in group %s by user %s: not used", message.chat_id, user.id)
        return
    code = message.text.split(maxsplit=1)[1][len(CODE_PREFIX) :] if " " in message.text else ""
    pending = await svc.speakers.open_link(code, user.id, svc.clock.now())
    person = svc.programme.snapshot.people.get(pending.person_id) if pending else None
    if pending is None or person is None:
        await reply(message, refusal(s))
        return
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(s._("Yes, that is me"), callback_data=Claim(pending.token).pack()),
                InlineKeyboardButton(s._("No"), callback_data=DeclineClaim().pack()),
            ]
        ]
    )
    who = escape(person.name) + (f", {escape(person.affiliation)}" if person.affiliation else "")
    await reply(message, s._("Are you {who}?", who=who), keyboard)


def _asks_to_claim(message: object) -> bool:
    """The 'Are you NAME?' message (a forged press on any other message leaves it as it is)."""
    markup = getattr(message, "reply_markup", None)
    return markup is not None and any(
        isinstance(button.callback_data, str) and Claim.unpack(button.callback_data) is not None
        for row in markup.inline_keyboard
        for button in row
    )


async def on_claim_answer(update: Update, context: Context) -> None:
    """Yes or No under 'Are you NAME?': only the user who opened the link, in their private chat,
    can confirm; every press of Yes is throttled like the links themselves."""
    query = update.callback_query
    assert query is not None
    user = await current_user(update, context)
    assert user is not None
    s = speaker_for(user, context)
    svc = services(context)
    data = parse_any(query.data, Claim, DeclineClaim)
    private = query.message is not None and query.message.chat.id == user.id
    if isinstance(data, DeclineClaim):
        await query.answer()
        await svc.speakers.decline(user.id)
        if private:
            await query.edit_message_text(s._("Nothing was changed."))
        return
    # A press anywhere but the presser's own private chat confirms nothing (and counts as refused).
    token = data.token if isinstance(data, Claim) and private else ""
    person_id = await svc.speakers.confirm(user.id, token, svc.clock.now())
    if person_id is None:
        await query.answer(refusal(s), show_alert=True)
        if private and _asks_to_claim(query.message):
            try:
                await query.edit_message_text(refusal(s))
            except BadRequest as error:  # a second refusal on the same message changes nothing
                if "not modified" not in error.message.lower():
                    raise
        return
    await query.answer()
    log.info("user %s claimed person %s", user.id, person_id)
    await query.edit_message_text(
        s._("Thank you! You will hear about every change to your sessions. /myslots shows them.")
    )


async def on_myslots(update: Update, context: Context) -> None:
    if await answered_in_private_only(update, context, "myslots"):
        return
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
                    ("✅ " if lead == m else "")
                    + (s._("off") if m == 0 else s.n_("{count} min", "{count} min", m)),
                    callback_data=SpeakerLead(m).pack(),
                )
                for m in LEADS
            ]
        ]
    )
    # The feedback on their sessions that have ended (bot/answers/feedback.py), without names.
    programme, now = svc.programme.snapshot, svc.clock.now()
    ended = ended_asking_feedback(programme, person_id, now)
    summaries = summarise(await svc.feedback.ratings(ended)) if ended else {}
    results = {session_id: summaries.get(session_id) for session_id in ended}
    text = my_slots(programme, person_id, s, results) + "\n\n" + s._("Remind me before my sessions:")
    await reply(message, text, keyboard)


async def on_speaker_lead(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    user = await current_user(update, context)
    assert user is not None
    s = speaker_for(user, context)
    svc = services(context)
    person_id = svc.speakers.person_of(user.id)
    data = SpeakerLead.unpack(query.data)
    if person_id is None or data is None or data.minutes not in LEADS:
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return
    await svc.speakers.set_lead_minutes(person_id, data.minutes)
    await query.answer(s._("Saved."))
    await svc.sweep_now()


async def on_speakers(update: Update, context: Context) -> None:
    """/speakers: claimed, invited, not invited; /speakers reset PERSON frees a claim."""
    if await answered_in_private_only(update, context, "speakers"):
        return
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
    CallbackQueryHandler(on_claim_answer, pattern=any_of(Claim, DeclineClaim)),
    CallbackQueryHandler(on_speaker_lead, pattern=SpeakerLead.pattern()),
]
