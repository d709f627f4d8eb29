"""Session cards: open one, show its details, star or unstar it; stale buttons answered politely."""

from __future__ import annotations

import asyncio

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from bot.answers.cards import session_card
from bot.delivery.reminders import LONGEST_LEAD
from bot.i18n import Speaker
from bot.programme.current import short_id
from bot.programme.model import Session
from handlers.callback_data import (
    Callback,
    CancelSession,
    OpenMove,
    OpenShift,
    RestoreSession,
    callback,
    fits,
)
from handlers.common import Context, current_user, reply, services, speaker_for
from handlers.groups import in_group, star_link

# The lists a card may be opened from, whose Back returns to them (handlers/browse.py).
BACK_VIEWS = ("proom", "ptime")


def card_keyboard(
    session: Session,
    s: Speaker,
    *,
    starred: bool,
    details: bool,
    back: tuple[str, ...] = (),
    group_link: str | None = None,
    organiser: bool = False,
) -> InlineKeyboardMarkup:
    """In a group (`group_link` given) the star is a link to the private chat: stars are personal."""
    key = short_id(session.id)
    star_label = s._("★ Unstar") if starred else s._("⭐ Star")
    star = InlineKeyboardButton(star_label, callback_data=callback("st", key, *back))
    if group_link:
        star = InlineKeyboardButton(s._("⭐ Star in private chat"), url=group_link)
    rows = [[star]]
    if not details:
        rows[0].append(InlineKeyboardButton(s._("More"), callback_data=callback("sd", key, *back)))
    rows[0].append(InlineKeyboardButton(s._("📅 Calendar"), callback_data=callback("cal", key)))
    if session.documents:
        # Opens the list of the session's documents (handlers/documents.py).
        rows.append([InlineKeyboardButton(s._("📄 Documents"), callback_data=callback("doc", key))])
    if organiser and not group_link:
        # Organisers change a session from its card too (handlers/organisers.py checks the role again).
        if session.cancelled:
            cancel = InlineKeyboardButton(s._("✅ Restore"), callback_data=RestoreSession(key).pack())
        else:
            cancel = InlineKeyboardButton(s._("❌ Cancel session"), callback_data=CancelSession(key).pack())
        rows.append(
            [
                InlineKeyboardButton(s._("✏️ Move"), callback_data=OpenMove(key).pack()),
                InlineKeyboardButton(s._("🕒 Time"), callback_data=OpenShift(key).pack()),
                cancel,
            ]
        )
    if back:
        rows.append([InlineKeyboardButton(s._("« Back"), callback_data=callback(*back))])
    return InlineKeyboardMarkup(rows)


def session_buttons(
    sessions: tuple[Session, ...] | list[Session], s: Speaker, back: tuple[str, ...] = ()
) -> list[list[InlineKeyboardButton]]:
    """One button a session, opening its card ("o" opens it in a new message under an answer)."""
    action = ("s",) if back else ("o",)
    rows = []
    for session in sessions:
        label = f"{s.time(session.start)} {session.title.get(s.language, 'fr')}"
        if len(label) > 60:
            label = label[:59] + "…"
        rows.append(
            [InlineKeyboardButton(label, callback_data=callback(*action, short_id(session.id), *back))]
        )
    return rows


def back_path_valid(key: str, back: tuple[str, ...]) -> bool:
    """A card's buttons carry the list it was opened from (none, or a list of handlers/browse.py
    with its day and room or time) so that Back returns there; anything else is not ours."""
    return not back or (len(back) == 3 and back[0] in BACK_VIEWS and fits("sd", key, *back))


async def on_card_button(update: Update, context: Context) -> None:
    """Buttons under a card or a list: open (o, s), details (sd), star toggle (st)."""
    query = update.callback_query
    assert query is not None
    data = Callback.parse(query.data)
    user = await current_user(update, context)
    s = speaker_for(user, context)
    svc = services(context)
    if data is None or not data.args or not back_path_valid(data.args[0], data.args[1:]):
        await query.answer(s._("This button is no longer valid."))
        return
    session = svc.programme.by_short_id(data.args[0])
    if session is None:
        await query.answer(s._("This session is no longer in the programme."), show_alert=True)
        return
    back = data.args[1:]
    programme = svc.programme.snapshot
    assert user is not None
    details = data.action == "sd"
    notice: str | None = None
    if data.action == "st":
        if svc.stars.has(user.id, session.id):
            await svc.stars.unstar(user.id, session.id)
            notice = s._("Removed from your sessions.")
        else:
            await svc.stars.star(user.id, session.id, svc.clock.now())
            notice = s._("Added to your sessions.")
            # A session starting within the user's lead time is reminded of at once.
            if session.start - svc.clock.now() <= LONGEST_LEAD:
                await svc.sweep_now()
        # Keep the details open if they were: the message shows them when it is long.
        details = bool(query.message and query.message.text and len(query.message.text) > 600)
    starred = svc.stars.has(user.id, session.id)
    group = query.message is not None and in_group(query.message.chat)
    link = star_link(context.bot.username, session) if group else None
    organiser = svc.organisers.is_organiser(user.id)
    keyboard = card_keyboard(
        session, s, starred=starred, details=details, back=back, group_link=link, organiser=organiser
    )
    if data.action == "st":
        # The text stays as it is: only the star button changes (a lighter call than the card).
        shown = query.edit_message_reply_markup(reply_markup=keyboard)
    else:
        text = session_card(programme, session, s, details=details)
        if data.action == "o" and query.message is not None:
            shown = reply(query.message, text, keyboard)  # type: ignore[arg-type]
        else:
            shown = query.edit_message_text(text, reply_markup=keyboard)
    # The spinner on the button stops and the card appears in one round trip, not two.
    await asyncio.gather(query.answer(notice), shown)


HANDLERS = [CallbackQueryHandler(on_card_button, pattern=r"^(o|s|sd|st)\|")]
