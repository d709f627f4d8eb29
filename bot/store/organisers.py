"""Who may change the programme and broadcast: ORGANISER_IDS, plus those they granted the role to.

The rule of grants: only the organisers named in ORGANISER_IDS (the operator's choice, the
"founders") may add or remove organisers in the chat; an organiser added in the chat has every
other power but may not grant it. A grant lasts as long as its granter is in ORGANISER_IDS: when a
founder is taken out of the configuration (and the bot restarted), the organisers they added lose
the role at load, with a WARNING in the log saying how many.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import aiosqlite

log = logging.getLogger(__name__)
# Telegram user ids are positive and fit in 52 bits; SQLite integers stop at 2**63.
LARGEST_USER_ID = 2**52


class GrantOutcome(StrEnum):
    DONE = "done"
    ALREADY = "already"  # add: already an organiser
    NOT_GRANTED = "not-granted"  # remove: not an organiser added in the chat
    NOT_ALLOWED = "not-allowed"  # the asker is not in ORGANISER_IDS
    NOT_A_USER = "not-a-user"  # the id cannot be a Telegram user's


@dataclass(frozen=True, slots=True)
class Grant:
    user_id: int
    granted_by: int
    granted_at: datetime


class Organisers:
    """Checked on every call (never cached per chat): a revoked organiser loses the power at once."""

    def __init__(self, connection: aiosqlite.Connection, founders: frozenset[int]) -> None:
        self._db = connection
        self.founders = founders
        self._granted: dict[int, Grant] = {}
        # Organisers added in the chat who lost the role at the last load (their granter left
        # ORGANISER_IDS): their own command menu is taken away at start-up.
        self.dropped: tuple[int, ...] = ()

    async def load(self) -> None:
        """Read the grants; those whose granter is no longer in ORGANISER_IDS are deleted."""
        async with self._db.execute("SELECT user_id, granted_by, granted_at FROM organisers") as cursor:
            grants = [Grant(user, by, datetime.fromisoformat(at)) async for user, by, at in cursor]
        orphans = [g.user_id for g in grants if g.granted_by not in self.founders]
        self.dropped = tuple(orphans)
        if orphans:
            await self._db.executemany("DELETE FROM organisers WHERE user_id = ?", [(u,) for u in orphans])
            await self._db.commit()
            log.warning(
                "%d organiser(s) added in the chat lost the role: whoever added them is no longer "
                "in ORGANISER_IDS (user ids %s)",
                len(orphans),
                ", ".join(map(str, sorted(orphans))),
            )
        self._granted = {g.user_id: g for g in grants if g.granted_by in self.founders}

    def is_organiser(self, user_id: int | None) -> bool:
        return user_id is not None and (user_id in self.founders or user_id in self._granted)

    def may_grant(self, user_id: int | None) -> bool:
        """Only ORGANISER_IDS add or remove organisers."""
        return user_id is not None and user_id in self.founders

    def all(self) -> list[int]:
        return sorted(self.founders | set(self._granted))

    def granted(self) -> dict[int, int]:
        """Organisers added in the chat → who added them."""
        return {user: grant.granted_by for user, grant in self._granted.items()}

    def grants(self) -> list[Grant]:
        """Organisers added in the chat, who added them and when, oldest first."""
        return sorted(self._granted.values(), key=lambda g: (g.granted_at, g.user_id))

    async def grant(self, user_id: int, by: int, now: datetime) -> GrantOutcome:
        if not self.may_grant(by):
            return GrantOutcome.NOT_ALLOWED
        if not 0 < user_id < LARGEST_USER_ID:
            return GrantOutcome.NOT_A_USER
        if self.is_organiser(user_id):
            return GrantOutcome.ALREADY
        await self._db.execute(
            "INSERT INTO organisers (user_id, granted_by, granted_at) VALUES (?, ?, ?)",
            (user_id, by, now.isoformat()),
        )
        await self._db.execute(
            "INSERT INTO audit (at, actor, action, after) VALUES (?, ?, 'grant', ?)",
            (now.isoformat(), by, str(user_id)),
        )
        await self._db.commit()
        self._granted[user_id] = Grant(user_id, by, now)
        return GrantOutcome.DONE

    async def revoke(self, user_id: int, by: int, now: datetime) -> GrantOutcome:
        """Founders (ORGANISER_IDS) cannot be revoked from the chat: they are the operator's choice."""
        if not self.may_grant(by):
            return GrantOutcome.NOT_ALLOWED
        if user_id not in self._granted:
            return GrantOutcome.NOT_GRANTED
        await self._db.execute("DELETE FROM organisers WHERE user_id = ?", (user_id,))
        await self._db.execute(
            "INSERT INTO audit (at, actor, action, before) VALUES (?, ?, 'revoke', ?)",
            (now.isoformat(), by, str(user_id)),
        )
        await self._db.commit()
        del self._granted[user_id]
        return GrantOutcome.DONE
