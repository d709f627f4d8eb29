"""The programme in force: one immutable snapshot, swapped whole so readers never see half a change."""

from __future__ import annotations

import hashlib

from bot.programme.changes import Slot, with_overrides
from bot.programme.model import Programme, Session
from bot.programme.reader import Loaded


def short_id(session_id: str) -> str:
    """Eight characters standing for a session id in Telegram's 64-byte callback data."""
    return hashlib.blake2s(session_id.encode(), digest_size=4).hexdigest()


class CurrentProgramme:
    """`base` is the programme file as last loaded; `snapshot` is base + organisers' overrides."""

    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.overrides: dict[str, Slot] = {}
        self._swap(loaded.programme)

    @property
    def base(self) -> Programme:
        return self.loaded.programme

    def _swap(self, programme: Programme) -> None:
        self._by_short = {short_id(s.id): s.id for s in programme.sessions}
        self.snapshot = programme

    def set_base(self, loaded: Loaded) -> None:
        """A new version of the programme file; organisers' overrides stay on top of it."""
        self.loaded = loaded
        self._swap(with_overrides(loaded.programme, self.overrides))

    def set_overrides(self, overrides: dict[str, Slot]) -> None:
        self.overrides = dict(overrides)
        self._swap(with_overrides(self.base, self.overrides))

    def by_short_id(self, key: str) -> Session | None:
        session_id = self._by_short.get(key)
        return self.snapshot.session(session_id) if session_id else None
