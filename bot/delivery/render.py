"""Rendering an outbox row in its recipient's language at the moment it is sent."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from html import escape

from bot.answers.feedback import asks_feedback, question_text
from bot.answers.helpdesk import answer_for_attendee, for_organisers
from bot.answers.lines import room_label, way_there
from bot.answers.myday import starred_on
from bot.answers.room_fit import alert_text
from bot.answers.slots import speaker_reminder_text
from bot.answers.way import shows_the_way
from bot.callback_data import FeedbackQuestions, MoveTo, OpenCard, RateSession, SessionWay, ToggleStar
from bot.clock import Clock
from bot.delivery.channel import slot_post
from bot.delivery.day_picture import picture_post
from bot.delivery.digest import changes_from, digest_text
from bot.delivery.helpdesk import question_of
from bot.delivery.kinds import OutboxKind
from bot.delivery.notices import announcement, change_notice, refused_programme
from bot.delivery.outbox import Envelope, Outbox
from bot.delivery.reminders import reminder_is_current
from bot.delivery.sender import Rendered
from bot.i18n import LANGUAGES, Speaker, speaker
from bot.pictures.cache import PictureCache
from bot.programme.current import CurrentProgramme, short_id
from bot.programme.model import Programme, Session
from bot.room_fit import bigger_room, fit_of
from bot.store.changes import ChangeLog
from bot.store.feedback import Feedback
from bot.store.stars import Stars
from bot.store.users import Users


def reminder_text(programme: Programme, session: Session, s: Speaker, minutes: int) -> str:
    """'⏰ In 10 minutes: Title — 15:00, Alcazar…', with the way there and the languages."""
    title = escape(session.title.get(s.language, programme.conference.default_language))
    lines = [
        "⏰ " + s.n_("In {count} minute:", "In {count} minutes:", minutes) + f" <b>{title}</b>",
        f"🕒 {s.time_range(session.start, session.end)} · 📍 {room_label(programme, session, s)}",
    ]
    return "\n".join([*lines, *way_there(programme, session, s)])


class OutboxRenderer:
    """Knows every kind of outbox message; unknown or outdated ones render as None (not sent)."""

    def __init__(
        self,
        programme: CurrentProgramme,
        users: Users,
        stars: Stars,
        clock: Clock,
        feedback: Feedback | None = None,
        *,
        is_organiser: Callable[[int], bool] = lambda user_id: True,
        pictures: PictureCache | None = None,
        changes: ChangeLog | None = None,
        outbox: Outbox | None = None,
    ) -> None:
        self.programme = programme
        self.users = users
        self.stars = stars
        self.clock = clock
        self.feedback = feedback
        self.is_organiser = is_organiser
        self.pictures = pictures or PictureCache()
        self.changes = changes  # for the morning digest's changes (none: it lists none)
        self.outbox = outbox  # for the previous digest's time
        self.kinds: dict[str, Callable[[Envelope, Speaker], Awaitable[Rendered | None]]] = {
            OutboxKind.REMINDER: self.reminder,
            OutboxKind.CHANGE: self.change,
            OutboxKind.REFUSED: self.refused,
            OutboxKind.SPEAKER_REMINDER: self.speaker_reminder,
            OutboxKind.ANNOUNCEMENT: self.announcement,
            OutboxKind.SLOT: self.slot,
            OutboxKind.FEEDBACK: self.feedback_question,
            OutboxKind.HELPDESK_QUESTION: self.helpdesk_question,
            OutboxKind.HELPDESK_ANSWER: self.helpdesk_answer,
            OutboxKind.ROOM_FULL: self.room_full,
            OutboxKind.DAY_PICTURE: self.day_picture,
            OutboxKind.DIGEST: self.digest,
        }

    def speaker_for(self, user_id: int) -> Speaker:
        snapshot = self.programme.snapshot
        user = self.users.get(user_id)
        language = (user.language if user else None) or snapshot.conference.default_language
        return speaker(language, snapshot.timezone)

    async def __call__(self, envelope: Envelope) -> Rendered | None:
        render = self.kinds.get(envelope.kind)
        if render is None:
            return None
        return await render(envelope, self.speaker_for(envelope.recipient))

    async def reminder(self, envelope: Envelope, s: Speaker) -> Rendered | None:
        now = self.clock.now()
        session = reminder_is_current(envelope.payload, self.programme, now)
        if session is None or not self.stars.has(envelope.recipient, session.id):
            return None
        minutes = max(1, round((session.start - now).total_seconds() / 60))
        key = short_id(session.id)
        buttons: tuple[tuple[tuple[str, str], ...], ...] = (
            ((s._("Details"), OpenCard(key).pack()), (s._("★ Unstar"), ToggleStar(key).pack())),
        )
        programme = self.programme.snapshot
        if shows_the_way(programme.room(session.room_id)):
            # The room's map and place (handlers/way.py).
            buttons += (((s._("📍 Way there"), SessionWay(key).pack()),),)
        return Rendered(reminder_text(programme, session, s, minutes), buttons)

    async def speaker_reminder(self, envelope: Envelope, s: Speaker) -> Rendered | None:
        now = self.clock.now()
        session = reminder_is_current(envelope.payload, self.programme, now)
        person_id = str(envelope.payload.get("person"))
        if session is None or person_id not in session.person_ids:
            return None
        minutes = max(1, round((session.start - now).total_seconds() / 60))
        return Rendered(speaker_reminder_text(self.programme.snapshot, session.id, person_id, s, minutes))

    async def change(self, envelope: Envelope, s: Speaker) -> Rendered | None:
        text = change_notice(self.programme.snapshot, envelope.payload, s)
        return Rendered(text) if text else None

    async def announcement(self, envelope: Envelope, s: Speaker) -> Rendered | None:
        return Rendered(announcement(str(envelope.payload.get("text", "")), s))

    async def slot(self, envelope: Envelope, s: Speaker) -> Rendered | None:
        """A channel post, in the language its row names (a channel has no user language)."""
        return slot_post(envelope.payload, self.programme.snapshot, self.clock.now())

    async def day_picture(self, envelope: Envelope, s: Speaker) -> Rendered | None:
        """The day's picture for the channel, in the language its row names."""
        return await picture_post(envelope.payload, self.programme.snapshot, self.pictures, self.clock.now())

    async def digest(self, envelope: Envelope, s: Speaker) -> Rendered | None:
        """An attendee's morning digest, unless they turned it off or starred nothing that day."""
        user = self.users.get(envelope.recipient)
        if user is None or user.digest_time is None:
            return None
        programme = self.programme.snapshot
        try:
            day = date.fromisoformat(str(envelope.payload.get("day")))
        except ValueError:
            return None
        starred = self.stars.of(user.id)
        sessions = [x.id for x in starred_on(programme, starred, day)]
        if not sessions:
            return None
        previous = await self.outbox.last_sent(envelope.kind, user.id) if self.outbox else None
        since = changes_from(programme, day, previous)
        changes = await self.changes.changes_since(since, sessions) if self.changes else []
        text = digest_text(programme, starred, day, self.clock.now(), changes, s)
        return Rendered(text) if text else None

    async def helpdesk_question(self, envelope: Envelope, s: Speaker) -> Rendered | None:
        """An attendee's question for the help desk (a group: the conference's language)."""
        return Rendered(for_organisers(question_of(envelope.payload), s))

    async def helpdesk_answer(self, envelope: Envelope, s: Speaker) -> Rendered | None:
        """An organiser's answer, labelled in the language the attendee asked in."""
        payload = envelope.payload
        language = str(payload.get("language") or s.language)
        s = speaker(language if language in LANGUAGES else s.language, self.programme.snapshot.timezone)
        return Rendered(answer_for_attendee(str(payload.get("asked", "")), str(payload.get("answer", "")), s))

    async def refused(self, envelope: Envelope, s: Speaker) -> Rendered | None:
        return Rendered(refused_programme(str(envelope.payload.get("reason", "")), s))

    async def feedback_question(self, envelope: Envelope, s: Speaker) -> Rendered | None:
        """'How was “Title”?' with 1–5 under it, unless it no longer applies (the session was
        cancelled, unstarred or already rated, or the person asked not to be asked)."""
        programme = self.programme.snapshot
        session = programme.session(str(envelope.payload.get("session")))
        user = envelope.recipient
        if session is None or not asks_feedback(session) or not self.stars.has(user, session.id):
            return None
        if self.feedback is None or not self.feedback.asks(user):
            return None
        if await self.feedback.rating_of(user, session.id) is not None:
            return None
        key = short_id(session.id)
        buttons = (
            tuple((str(n), RateSession(key, n).pack()) for n in range(1, 6)),
            ((s._("🔕 Stop asking me"), FeedbackQuestions(0).pack()),),
        )
        return Rendered(question_text(programme, session, s), buttons)

    async def room_full(self, envelope: Envelope, s: Speaker) -> Rendered | None:
        """An organiser's alert that a session's room is filling up, with the bigger room free at
        that time as a Move button (counted now: the figures may have grown since); nothing for
        a session cancelled, ended or no longer in a room with seats, or someone no longer an
        organiser."""
        if not self.is_organiser(envelope.recipient):
            return None
        programme = self.programme.snapshot
        session = programme.session(str(envelope.payload.get("session")))
        if session is None or session.cancelled or session.end <= self.clock.now():
            return None
        fit = fit_of(programme, session, self.stars.followers(session.id))
        if fit.capacity is None:
            return None
        percent = float(envelope.payload.get("percent") or 0)
        bigger = bigger_room(programme, session, fit.followers, percent)
        key = short_id(session.id)
        buttons: tuple[tuple[tuple[str, str], ...], ...] = ()
        if bigger is not None and MoveTo.fits(key, bigger):
            label = s._("Move to {room}", room=programme.rooms[bigger].name)
            buttons = (((label, MoveTo(key, bigger).pack()),),)
        return Rendered(alert_text(programme, fit, bigger, s), buttons)
