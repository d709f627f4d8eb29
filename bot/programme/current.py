"""The programme in force: one immutable snapshot, swapped whole so readers never see half a change."""

from __future__ import annotations

import hashlib

from bot.programme.loading import Loaded
from bot.programme.model import Programme, Session


def short_id(session_id: str) -> str:
    """Eight characters standing for a session id in Telegram's 64-byte callback data."""
    return hashlib.blake2s(session_id.encode(), digest_size=4).hexdigest()


class CurrentProgramme:
    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self._swap(loaded.programme)

    def _swap(self, programme: Programme) -> None:
        self._by_short = {short_id(s.id): s.id for s in programme.sessions}
        self.snapshot = programme

    def replace(self, programme: Programme) -> None:
        self._swap(programme)

    def by_short_id(self, key: str) -> Session | None:
        session_id = self._by_short.get(key)
        return self.snapshot.session(session_id) if session_id else None
