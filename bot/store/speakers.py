"""Speakers' claims: one-time invitation codes (stored hashed) and the links they create."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

CODE_PREFIX = "c-"  # /start payloads: "c-<code>" is a speaker's invitation
INVITATION_LIFETIME = timedelta(days=14)


def hash_code(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Invitation:
    person_id: str
    expires_at: datetime
    used: bool


class Speakers:
    """Links are cached (every change notice asks who speaks in a session); codes are not."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        self._user_by_person: dict[str, int] = {}
        self._lead: dict[str, int] = {}

    async def load(self) -> None:
        async with self._db.execute(
            "SELECT person_id, user_id, reminder_minutes FROM speaker_links"
        ) as cursor:
            async for person, user, minutes in cursor:
                self._user_by_person[person] = user
                self._lead[person] = minutes

    def lead_minutes(self, person_id: str) -> int:
        """How long before their own sessions a speaker is reminded (0: never)."""
        return self._lead.get(person_id, 15)

    async def set_lead_minutes(self, person_id: str, minutes: int) -> None:
        await self._db.execute(
            "UPDATE speaker_links SET reminder_minutes = ? WHERE person_id = ?", (minutes, person_id)
        )
        await self._db.commit()
        self._lead[person_id] = minutes

    def user_of(self, person_id: str) -> int | None:
        return self._user_by_person.get(person_id)

    def person_of(self, user_id: int) -> str | None:
        return next((p for p, u in self._user_by_person.items() if u == user_id), None)

    def linked_users(self) -> list[int]:
        return sorted(set(self._user_by_person.values()))

    async def invite(self, person_id: str, by: int | None, now: datetime) -> str:
        """A new code for a person: at least 128 bits of randomness, single use, 14 days."""
        code = secrets.token_urlsafe(16)
        await self._db.execute(
            "INSERT INTO invitations (code_hash, person_id, created_by, created_at, expires_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (hash_code(code), person_id, by, now.isoformat(), (now + INVITATION_LIFETIME).isoformat()),
        )
        await self._db.commit()
        return code

    async def invitation(self, code: str, now: datetime) -> str | None:
        """The person a code invites, if it is known, unused, unexpired and the person unclaimed."""
        async with self._db.execute(
            "SELECT person_id, expires_at, used_at FROM invitations WHERE code_hash = ?", (hash_code(code),)
        ) as cursor:
            row = await cursor.fetchone()
        if row is None or row[2] is not None or datetime.fromisoformat(row[1]) <= now:
            return None
        return None if row[0] in self._user_by_person else row[0]

    async def claim(self, code: str, user_id: int, now: datetime) -> str | None:
        """Use a code: link the account to the person; None when the code cannot be used."""
        person_id = await self.invitation(code, now)
        if person_id is None or self.person_of(user_id) is not None:
            return None
        cursor = await self._db.execute(
            "UPDATE invitations SET used_at = ? WHERE code_hash = ? AND used_at IS NULL",
            (now.isoformat(), hash_code(code)),
        )
        if cursor.rowcount != 1:  # used by someone else in the meantime
            await self._db.rollback()
            return None
        await self._db.execute(
            "INSERT INTO speaker_links (person_id, user_id, claimed_at) VALUES (?, ?, ?)",
            (person_id, user_id, now.isoformat()),
        )
        await self._db.commit()
        self._user_by_person[person_id] = user_id
        self._lead[person_id] = 15
        return person_id

    async def reset(self, person_id: str) -> bool:
        """An organiser frees a person for a new claim."""
        if person_id not in self._user_by_person:
            return False
        await self._db.execute("DELETE FROM speaker_links WHERE person_id = ?", (person_id,))
        await self._db.commit()
        del self._user_by_person[person_id]
        return True

    async def invited(self) -> set[str]:
        async with self._db.execute("SELECT DISTINCT person_id FROM invitations") as cursor:
            return {row[0] async for row in cursor}
