"""Who hears of what: a session's claimed speakers, an announcement's audience, the help desk,
the conference channel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.announcing import Audience
from bot.config import Config
from bot.delivery.audience import audience_chats
from bot.delivery.channel import channel_recipients
from bot.programme.current import CurrentProgramme
from bot.store.organisers import Organisers
from bot.store.speakers import Speakers
from bot.store.stars import Stars
from bot.store.users import Users


@dataclass(frozen=True, slots=True)
class Recipients:
    programme: CurrentProgramme
    config: Config
    users: Users
    stars: Stars
    speakers: Speakers
    organisers: Organisers

    async def speakers_of(self, session_id: str) -> list[int]:
        """Telegram chats of the claimed speakers of one session (also one the organisers removed)."""
        session = self.programme.snapshot.session(session_id) or self.programme.base.session(session_id)
        if session is None:
            return []
        return [u for u in (self.speakers.user_of(p) for p in session.person_ids) if u is not None]

    async def audience(self, audience: Audience, target: str, now: datetime) -> tuple[int, ...]:
        """The chats an organiser's announcement reaches at `now` (bot/delivery/audience.py)."""
        return await audience_chats(
            audience,
            target,
            self.programme.snapshot,
            now,
            users=self.users,
            stars=self.stars,
            speakers=self.speakers,
        )

    def helpdesk_chats(self) -> list[int]:
        """Where attendees' questions go: the help-desk group, else each organiser privately
        (none: nobody can be asked)."""
        if self.config.helpdesk_chat_id is not None:
            return [self.config.helpdesk_chat_id]
        return self.organisers.all()

    def channel_chats(self) -> list[int]:
        """The conference channel(s) that mirror changes and announcements."""
        language = self.programme.snapshot.conference.default_language
        return list(dict.fromkeys(chat for chat, _ in channel_recipients(self.config, language)))
