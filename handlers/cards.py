"""Session cards: open one, show its details, star or unstar it; stale buttons answered politely."""

from __future__ import annotations

import asyncio

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, MaybeInaccessibleMessage, Message, Update
from telegram.ext import CallbackQueryHandler

from bot.answers.cards import session_card, session_label
from bot.answers.myday import star_added
from bot.answers.way import shows_the_way
from bot.callback_data import (
    CARD_BUTTONS,
    AskPanel,
    CancelSession,
    CardDetails,
    OpenCard,
    OpenMove,
    OpenShift,
    PanelQuestions,
    RestoreSession,
    SessionCalendar,
    SessionDocuments,
    SessionWay,
    ShowCard,
    ToggleStar,
    any_of,
    parse_any,
    view_of,
)
from bot.delivery.reminders import may_be_due
from bot.i18n import Speaker
from bot.panel import takes_questions
from bot.programme.current import short_id
from bot.programme.model import Session
from handlers.common import Context, current_user, reply, services, speaker_for
from handlers.groups import in_group, star_link


def card_keyboard(
    session: Session,
    s: Speaker,
    *,
    starred: bool,
    details: bool,
    back: tuple[str, ...] = (),
    group_link: str | None = None,
    organiser: bool = False,
    way: bool = False,
    panel: bool = False,
) -> InlineKeyboardMarkup:
    """In a group (`group_link` given) the star is a link to the private chat: stars are personal.
    `way`: the room has a map or a place to show (📍, handlers/way.py). `panel`: the session takes
    questions now (bot/panel.py), asked and seen in a private chat (handlers/panel.py)."""
    key = short_id(session.id)
    star_label = s._("★ Unstar") if starred else s._("⭐ Star")
    star = InlineKeyboardButton(star_label, callback_data=ToggleStar(key, back).pack())
    if group_link:
        star = InlineKeyboardButton(s._("⭐ Star in private chat"), url=group_link)
    rows = [[star]]
    if not details:
        rows[0].append(InlineKeyboardButton(s._("More"), callback_data=CardDetails(key, back).pack()))
    rows[0].append(InlineKeyboardButton(s._("📅 Calendar"), callback_data=SessionCalendar(key).pack()))
    second = []
    if way:
        second.append(InlineKeyboardButton(s._("📍 Way there"), callback_data=SessionWay(key).pack()))
    if session.documents:
        # Opens the list of the session's documents (handlers/documents.py).
        second.append(InlineKeyboardButton(s._("📄 Documents"), callback_data=SessionDocuments(key).pack()))
    if second:
        rows.append(second)
    if panel and not group_link:
        rows.append(
            [
                InlineKeyboardButton(s._("❓ Ask the panel"), callback_data=AskPanel(key).pack()),
                InlineKeyboardButton(s._("🙋 Questions"), callback_data=PanelQuestions(key).pack()),
            ]
        )
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
    view = view_of(back)
    if view is not None:
        rows.append([InlineKeyboardButton(s._("« Back"), callback_data=view.pack())])
    return InlineKeyboardMarkup(rows)


def session_buttons(
    sessions: tuple[Session, ...] | list[Session], s: Speaker, back: tuple[str, ...] = ()
) -> list[list[InlineKeyboardButton]]:
    """One button a session, opening its card (under an answer in a new message, in place of a
    list of handlers/browse.py)."""
    action = ShowCard if back else OpenCard
    rows = []
    for session in sessions:
        label = session_label(session, s)
        rows.append([InlineKeyboardButton(label, callback_data=action(short_id(session.id), back).pack())])
    return rows


def back_path_valid(key: str, back: tuple[str, ...]) -> bool:
    """A card's buttons carry the list it was opened from (none, or a list of handlers/browse.py
    with its day and room or time) so that Back returns there; anything else is not ours."""
    return not back or (view_of(back) is not None and CardDetails.fits(key, back))


def details_shown(message: MaybeInaccessibleMessage | None) -> bool:
    """Whether a card shows its details: its buttons offer no "More" (a star pressed under a
    reminder, which is no card, counts as not shown)."""
    if not isinstance(message, Message) or message.reply_markup is None:
        return False
    pressable = [button for row in message.reply_markup.inline_keyboard for button in row]
    if not any(SessionCalendar.unpack(_data(button)) for button in pressable):
        return False  # not a card: a reminder's buttons
    return not any(CardDetails.unpack(_data(button)) for button in pressable)


def _data(button: InlineKeyboardButton) -> str | None:
    return button.callback_data if isinstance(button.callback_data, str) else None


async def on_card_button(update: Update, context: Context) -> None:
    """Buttons under a card or a list: open (o, s), details (sd), star toggle (st)."""
    query = update.callback_query
    assert query is not None
    data = parse_any(query.data, *CARD_BUTTONS)
    user = await current_user(update, context)
    s = speaker_for(user, context)
    svc = services(context)
    if not isinstance(data, OpenCard | ShowCard | CardDetails | ToggleStar) or not back_path_valid(
        data.key, data.back
    ):
        await query.answer(s._("This button is no longer valid."))
        return
    session = svc.programme.by_short_id(data.key)
    if session is None:
        await query.answer(s._("This session is no longer in the programme."), show_alert=True)
        return
    back = data.back
    programme = svc.programme.snapshot
    assert user is not None
    details = isinstance(data, CardDetails)
    notice: str | None = None
    alert = False
    if isinstance(data, ToggleStar):
        if svc.stars.has(user.id, session.id):
            await svc.stars.unstar(user.id, session.id)
            notice = s._("Removed from your sessions.")
        else:
            await svc.stars.star(user.id, session.id, svc.clock.now())
            # Said at once when it overlaps another starred session, naming both.
            notice, alert = star_added(programme, session, svc.stars.of(user.id), s)
            if may_be_due(session, svc.clock.now()):  # reminded of at once
                await svc.sweep_now()
        # The card stays as it was, details shown or not: they were when its buttons offer none.
        # (A message older than 48 hours is inaccessible: Telegram no longer gives its buttons.)
        details = details_shown(query.message)
    starred = svc.stars.has(user.id, session.id)
    group = query.message is not None and in_group(query.message.chat)
    link = star_link(context.bot.username, session) if group else None
    organiser = svc.organisers.is_organiser(user.id)
    keyboard = card_keyboard(
        session,
        s,
        starred=starred,
        details=details,
        back=back,
        group_link=link,
        organiser=organiser,
        way=shows_the_way(programme.room(session.room_id)),
        panel=takes_questions(session, svc.clock.now()),
    )
    if isinstance(data, ToggleStar):
        # The text stays as it is: only the star button changes (a lighter call than the card).
        shown = query.edit_message_reply_markup(reply_markup=keyboard)
    else:
        text = session_card(programme, session, s, details=details)
        if isinstance(data, OpenCard) and isinstance(query.message, Message):
            shown = reply(query.message, text, keyboard)
        else:
            shown = query.edit_message_text(text, reply_markup=keyboard)
    # The spinner on the button stops and the card appears in one round trip, not two.
    await asyncio.gather(query.answer(notice, show_alert=alert), shown)


HANDLERS = [CallbackQueryHandler(on_card_button, pattern=any_of(*CARD_BUTTONS))]
