"""Questions to the panel: ❓ Ask the panel under a running session's card, "question for the
panel: …" written while a followed session runs, /questions, and the buttons under a session's
questions (👍 a vote, ✅ answered, 🙈 hide). Every press asks bot/panel.py again who may do what.

After ❓ the next private message is the question (within bot/store/panel.py's WRITING_WINDOW);
any other private message goes on to handlers/feedback.py (a comment being written), then to
handlers/ask.py (a question to the bot).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.answers.cards import session_label, title_label
from bot.answers.panel import (
    followers_view,
    hosts_view,
    refusal_text,
    sent_text,
    shown,
    too_many_text,
    writing_prompt,
)
from bot.callback_data import (
    AskPanel,
    PanelAnswered,
    PanelFor,
    PanelHide,
    PanelQuestions,
    PanelVote,
    StopAsking,
)
from bot.i18n import Speaker
from bot.panel import (
    Refusal,
    Standing,
    State,
    askable,
    check_text,
    hosts_of,
    moderation_refusal,
    next_allowed,
    offered,
    standing,
    takes_questions,
    vote_refusal,
)
from bot.programme.current import short_id
from bot.programme.model import Session
from bot.services import Services
from bot.understand.panel import panel_question
from handlers import feedback
from handlers.common import Context, answered_in_private_only, current_user, reply, services, speaker_for
from handlers.groups import in_group
from handlers.organisers import one_session

log = logging.getLogger(__name__)

VOTES_PER_ROW = 4


def standing_in(svc: Services, user_id: int, session: Session) -> Standing:
    hosts = hosts_of(session, svc.speakers.user_of, svc.organisers.all())
    return standing(
        user_id,
        hosts,
        organiser=svc.organisers.is_organiser(user_id),
        follows=svc.stars.has(user_id, session.id),
    )


async def questions_view(
    svc: Services, session: Session, user_id: int, s: Speaker
) -> tuple[str, InlineKeyboardMarkup] | Refusal:
    """A session's questions as this person may see them, with their buttons; or why not."""
    place = standing_in(svc, user_id, session)
    if place == Standing.NONE:
        return Refusal.NOT_FOLLOWING
    programme = svc.programme.snapshot
    questions = await svc.panel.questions([session.id])
    listed = shown(questions)
    rows: list[list[InlineKeyboardButton]] = []
    if place in (Standing.HOST, Standing.ORGANISER):
        text = hosts_view(programme, session, questions, s, place)
        for number, question in enumerate(listed, start=1):
            row = [InlineKeyboardButton(f"🙈 {number}", callback_data=PanelHide(question.id).pack())]
            if place == Standing.HOST:
                row.insert(
                    0, InlineKeyboardButton(f"✅ {number}", callback_data=PanelAnswered(question.id).pack())
                )
            rows.append(row)
    else:
        voted = await svc.panel.voted(session.id, user_id)
        mine = {q.id for q in questions if q.asker == user_id}
        text = followers_view(programme, session, questions, s, mine=mine, voted=voted)
        if takes_questions(session, svc.clock.now()):
            votes = [
                InlineKeyboardButton(
                    ("✓ " if question.id in voted else "👍 ") + str(number),
                    callback_data=PanelVote(question.id).pack(),
                )
                for number, question in enumerate(listed, start=1)
                if question.id not in mine
            ]
            rows += [votes[i : i + VOTES_PER_ROW] for i in range(0, len(votes), VOTES_PER_ROW)]
    key = short_id(session.id)
    rows.append([InlineKeyboardButton(s._("🔄 Refresh"), callback_data=PanelQuestions(key, 1).pack())])
    return text, InlineKeyboardMarkup(rows)


async def _wait_until(svc: Services, session: Session, user_id: int, now: datetime) -> datetime | None:
    """When this person may ask for this session again; None: now."""
    window = timedelta(minutes=svc.config.panel_window_minutes)
    asked = await svc.panel.asked_at(session.id, user_id, now - window)
    return next_allowed(asked, now, svc.config.panel_questions, window)


def _too_many(svc: Services, s: Speaker, again: datetime) -> str:
    return too_many_text(s, svc.config.panel_questions, svc.config.panel_window_minutes, again)


async def _keep(
    message: Message, context: Context, s: Speaker, user_id: int, session: Session, text: str
) -> None:
    """A question `user_id` wrote for a session: kept, or refused with the reason."""
    svc = services(context)
    now = svc.clock.now()
    kept, refusal = check_text(text)
    if refusal is not None:  # the next message may be the question, shorter
        await reply(message, refusal_text(refusal, s, length=len(kept)))
        return
    svc.panel.stop_writing(user_id)
    if not takes_questions(session, now):
        await reply(message, refusal_text(Refusal.NOT_ON, s))
        return
    again = await _wait_until(svc, session, user_id, now)
    if again is not None:
        await reply(message, _too_many(svc, s, again))
        return
    await svc.panel.ask(session.id, user_id, kept, s.language, now)
    log.info("user %s asked the panel of %s", user_id, session.id)
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    s._("🙋 Questions"), callback_data=PanelQuestions(short_id(session.id)).pack()
                )
            ]
        ]
    )
    await reply(message, sent_text(svc.programme.snapshot, session, kept, s), keyboard)


async def on_text(update: Update, context: Context) -> None:
    """A private message: a question to the panel (after ❓, or written as one), else what
    handlers/feedback.py makes of it."""
    message, tg_user = update.effective_message, update.effective_user
    if message is None or tg_user is None or not message.text:
        await feedback.on_text(update, context)
        return
    svc = services(context)
    now = svc.clock.now()
    asked = panel_question(message.text)
    if asked is not None:
        await _ask_written(update, context, asked)
        return
    session_id = svc.panel.writing(tg_user.id, now)
    if session_id is not None and svc.feedback.writing_comment(tg_user.id, now) is not None:
        # Comment was pressed after ❓ (which stops a comment): the comment comes first.
        svc.panel.stop_writing(tg_user.id)
        session_id = None
    session = svc.programme.snapshot.session(session_id) if session_id else None
    if session is None:
        await feedback.on_text(update, context)
        return
    s = speaker_for(await current_user(update, context), context)
    await _keep(message, context, s, tg_user.id, session, message.text)


async def _ask_written(update: Update, context: Context, asked: str) -> None:
    """ "question for the panel: …": for the followed session on now, or asks which one."""
    message = update.effective_message
    user = await current_user(update, context)
    assert message is not None and user is not None
    s = speaker_for(user, context)
    svc = services(context)
    now = svc.clock.now()
    programme = svc.programme.snapshot
    running = askable(programme, svc.stars.of(user.id), now)
    if not running:
        await reply(
            message,
            s._(
                "None of the sessions you follow is on now. During a session, ❓ Ask the panel "
                "under its card sends it a question."
            ),
        )
        return
    if len(running) == 1:
        await _keep(message, context, s, user.id, running[0], asked)
        return
    kept, refusal = check_text(asked)
    if refusal is not None:
        await reply(message, refusal_text(refusal, s, length=len(kept)))
        return
    svc.panel.hold(user.id, kept, now)
    rows = [
        [InlineKeyboardButton(title_label(programme, x, s), callback_data=PanelFor(short_id(x.id)).pack())]
        for x in running
    ]
    await reply(message, s._("Which session is your question for?"), InlineKeyboardMarkup(rows))


async def _pressed(update: Update, context: Context, key: str | None) -> tuple[Speaker, int, Session] | None:
    """The presser's speaker and id and the session a button names, in a private chat; None
    after answering the press."""
    query = update.callback_query
    assert query is not None
    user = await current_user(update, context)
    s = speaker_for(user, context)
    session = services(context).programme.by_short_id(key) if key else None
    if user is None or session is None:
        await query.answer(s._("This button is no longer valid."), show_alert=True)
        return None
    if query.message is not None and in_group(query.message.chat):
        await query.answer(s._("Questions to the panel are asked in our private chat."), show_alert=True)
        return None
    return s, user.id, session


async def on_ask(update: Update, context: Context) -> None:
    """❓ Ask the panel under a card: the next message is the question."""
    query = update.callback_query
    assert query is not None
    data = AskPanel.unpack(query.data)
    found = await _pressed(update, context, data.key if data else None)
    if found is None:
        return
    s, user_id, session = found
    svc = services(context)
    now = svc.clock.now()
    if not takes_questions(session, now):
        await query.answer(refusal_text(Refusal.NOT_ON, s), show_alert=True)
        return
    again = await _wait_until(svc, session, user_id, now)
    if again is not None:
        await query.answer(_too_many(svc, s, again), show_alert=True)
        return
    await svc.feedback.stop_comment(user_id)
    svc.panel.start_writing(user_id, session.id, now)
    await query.answer()
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(s._("Cancel"), callback_data=StopAsking().pack())]]
    )
    if isinstance(query.message, Message):
        await reply(query.message, writing_prompt(svc.programme.snapshot, session, s), keyboard)


async def on_stop_asking(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    s = speaker_for(await current_user(update, context), context)
    services(context).panel.stop_writing(update.effective_user.id)
    await query.answer()
    await query.edit_message_text(s._("No question, then."))


async def on_session_chosen(update: Update, context: Context) -> None:
    """The session a question written as "question for the panel: …" is for."""
    query = update.callback_query
    assert query is not None
    data = PanelFor.unpack(query.data)
    found = await _pressed(update, context, data.key if data else None)
    if found is None:
        return
    s, user_id, session = found
    svc = services(context)
    held = svc.panel.take_held(user_id, svc.clock.now())
    if held is None:
        await query.answer(s._("This question is no longer waiting: write it again."), show_alert=True)
        return
    await query.answer()
    if isinstance(query.message, Message):
        await query.edit_message_reply_markup(reply_markup=None)
        await _keep(query.message, context, s, user_id, session, held)


async def _show(update: Update, context: Context, session: Session, *, edit: bool) -> None:
    """A session's questions, as the presser or writer may see them, new or in place."""
    user = await current_user(update, context)
    assert user is not None
    s = speaker_for(user, context)
    view = await questions_view(services(context), session, user.id, s)
    query, message = update.callback_query, update.effective_message
    if isinstance(view, Refusal):
        if query is not None:
            await query.answer(refusal_text(view, s), show_alert=True)
        elif message is not None:
            await reply(message, refusal_text(view, s))
        return
    text, keyboard = view
    if query is not None:
        await query.answer()
    if query is not None and edit:
        try:
            await query.edit_message_text(text, reply_markup=keyboard)
        except BadRequest as error:  # Refresh with nothing new: Telegram says "not modified"
            if "not modified" not in error.message.lower():
                raise
    elif message is not None:
        await reply(message, text, keyboard)


async def on_questions_button(update: Update, context: Context) -> None:
    """🙋 Questions under a card or a question sent, a session picked in /questions, 🔄 Refresh."""
    query = update.callback_query
    assert query is not None
    data = PanelQuestions.unpack(query.data)
    found = await _pressed(update, context, data.key if data else None)
    if found is None or data is None:
        return
    await _show(update, context, found[2], edit=bool(data.edit))


async def on_questions(update: Update, context: Context) -> None:
    """/questions [SESSION]: the questions of a session on now that one follows or hosts (a
    choice when several), or of the session named."""
    if await answered_in_private_only(update, context, "questions"):
        return
    message = update.effective_message
    user = await current_user(update, context)
    if message is None or user is None:
        return
    s = speaker_for(user, context)
    svc = services(context)
    words = " ".join(context.args or [])
    if words:
        session = await one_session(message, context, s, words)
        if session is not None:
            await _show(update, context, session, edit=False)
        return
    now = svc.clock.now()
    found = [x for x in svc.programme.snapshot.sessions if offered(x, standing_in(svc, user.id, x), now)]
    if not found:
        await reply(
            message,
            s._(
                "No session you follow is on now. During one, its card's ❓ Ask the panel sends it "
                "a question and 🙋 Questions shows them; /questions and a session's name shows one."
            ),
        )
        return
    if len(found) == 1:
        await _show(update, context, found[0], edit=False)
        return
    counts = {q.session_id for q in await svc.panel.questions(x.id for x in found) if q.state == State.OPEN}
    rows = [
        [
            InlineKeyboardButton(
                ("🙋 " if x.id in counts else "") + session_label(x, s),
                callback_data=PanelQuestions(short_id(x.id)).pack(),
            )
        ]
        for x in found
    ]
    await reply(message, s._("The questions of which session?"), InlineKeyboardMarkup(rows))


async def on_vote(update: Update, context: Context) -> None:
    """👍 under a session's questions: one vote per follower and question, while it runs."""
    query = update.callback_query
    assert query is not None
    data = PanelVote.unpack(query.data)
    svc = services(context)
    question = await svc.panel.question(data.number) if data else None
    session = svc.programme.snapshot.session(question.session_id) if question else None
    found = await _pressed(update, context, short_id(session.id) if session else None)
    if found is None or question is None:
        return
    s, user_id, session = found
    now = svc.clock.now()
    voted = question.id in await svc.panel.voted(session.id, user_id)
    refusal = vote_refusal(question, user_id, standing_in(svc, user_id, session), voted, session, now)
    if refusal is None and not await svc.panel.vote(question.id, user_id, now):
        refusal = Refusal.ALREADY  # a second press that raced the first
    if refusal is not None:
        await query.answer(refusal_text(refusal, s), show_alert=refusal != Refusal.ALREADY)
        return
    await query.answer(s._("Your vote is counted."))
    view = await questions_view(svc, session, user_id, s)
    if not isinstance(view, Refusal):
        await query.edit_message_text(view[0], reply_markup=view[1])


async def _moderate(update: Update, context: Context, number: int | None, state: State) -> None:
    """✅ or 🙈 under a session's questions: hosts mark answered or hide; organisers hide."""
    query = update.callback_query
    assert query is not None
    svc = services(context)
    question = await svc.panel.question(number) if number is not None else None
    session = svc.programme.snapshot.session(question.session_id) if question else None
    found = await _pressed(update, context, short_id(session.id) if session else None)
    if found is None or question is None:
        return
    s, user_id, session = found
    place = standing_in(svc, user_id, session)
    refusal = moderation_refusal(question, place, hide=state == State.HIDDEN)
    if refusal is None and not await svc.panel.close(question.id, state, user_id, svc.clock.now()):
        refusal = Refusal.CLOSED
    if refusal is not None:
        await query.answer(refusal_text(refusal, s), show_alert=True)
        return
    log.info("user %s marked question %s of %s %s", user_id, question.id, session.id, state.value)
    await query.answer(s._("Marked answered.") if state == State.ANSWERED else s._("Hidden."))
    view = await questions_view(svc, session, user_id, s)
    if not isinstance(view, Refusal):
        await query.edit_message_text(view[0], reply_markup=view[1])


async def on_answered(update: Update, context: Context) -> None:
    data = PanelAnswered.unpack(update.callback_query.data if update.callback_query else None)
    await _moderate(update, context, data.number if data else None, State.ANSWERED)


async def on_hide(update: Update, context: Context) -> None:
    data = PanelHide.unpack(update.callback_query.data if update.callback_query else None)
    await _moderate(update, context, data.number if data else None, State.HIDDEN)


HANDLERS = [
    CommandHandler("questions", on_questions),
    CallbackQueryHandler(on_ask, pattern=AskPanel.pattern()),
    CallbackQueryHandler(on_stop_asking, pattern=StopAsking.pattern()),
    CallbackQueryHandler(on_session_chosen, pattern=PanelFor.pattern()),
    CallbackQueryHandler(on_questions_button, pattern=PanelQuestions.pattern()),
    CallbackQueryHandler(on_vote, pattern=PanelVote.pattern()),
    CallbackQueryHandler(on_answered, pattern=PanelAnswered.pattern()),
    CallbackQueryHandler(on_hide, pattern=PanelHide.pattern()),
    # Before handlers/feedback.py's and handlers/ask.py's: in a private chat, a question to the
    # panel comes first, then a comment being written, then a question to the bot.
    MessageHandler(filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE, on_text),
]
