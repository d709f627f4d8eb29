"""Speakers' claims: one-time invitation codes (stored hashed) and the links they create.

A claim takes two steps, both in the private chat of the person who opened the link: opening it
holds a pending claim for that user (`open_link`), and their Yes confirms it (`confirm`). The Yes
button carries only a short token of that pending claim, worthless to anyone else. Every refused
attempt, on either step, counts towards a per-user throttle kept in the database.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

CODE_PREFIX = "c-"  # /start payloads: "c-<code>" is a speaker's invitation
INVITATION_LIFETIME = timedelta(days=14)
MAX_CODE_LENGTH = 40  # codes are 22 characters; anything much longer is not one
# Refused claim attempts: after this many in the window, every attempt is refused without looking.
MAX_FAILURES, FAILURE_WINDOW = 5, timedelta(minutes=10)


def hash_code(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Invitation:
    person_id: str
    expires_at: datetime
    used: bool


@dataclass(frozen=True, slots=True)
class PendingClaim:
    """A link opened by one user, waiting for their Yes: `token` goes in the button's data."""

    person_id: str
    token: str


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
        return await self._invited_by_hash(hash_code(code), now)

    async def _invited_by_hash(self, code_hash: str, now: datetime) -> str | None:
        async with self._db.execute(
            "SELECT person_id, expires_at, used_at FROM invitations WHERE code_hash = ?", (code_hash,)
        ) as cursor:
            row = await cursor.fetchone()
        if row is None or row[2] is not None or datetime.fromisoformat(row[1]) <= now:
            return None
        return None if row[0] in self._user_by_person else row[0]

    async def withdraw(self, code: str) -> None:
        """Forget an invitation that never reached anyone (it could not be sent)."""
        await self._db.execute(
            "DELETE FROM invitations WHERE code_hash = ? AND used_at IS NULL", (hash_code(code),)
        )
        await self._db.commit()

    async def claim(self, code: str, user_id: int, now: datetime) -> str | None:
        """Use a code: link the account to the person; None when the code cannot be used."""
        return await self._claim_hash(hash_code(code), user_id, now)

    async def _claim_hash(self, code_hash: str, user_id: int, now: datetime) -> str | None:
        person_id = await self._invited_by_hash(code_hash, now)
        if person_id is None or self.person_of(user_id) is not None:
            return None
        cursor = await self._db.execute(
            "UPDATE invitations SET used_at = ? WHERE code_hash = ? AND used_at IS NULL",
            (now.isoformat(), code_hash),
        )
        if cursor.rowcount != 1:  # used by someone else in the meantime: nothing was written
            return None
        await self._db.execute(
            "INSERT INTO speaker_links (person_id, user_id, claimed_at) VALUES (?, ?, ?)",
            (person_id, user_id, now.isoformat()),
        )
        await self._db.execute("DELETE FROM pending_claims WHERE user_id = ?", (user_id,))
        await self._db.commit()
        self._user_by_person[person_id] = user_id
        self._lead[person_id] = 15
        return person_id

    async def open_link(self, code: str, user_id: int, now: datetime) -> PendingClaim | None:
        """A link opened in `user_id`'s private chat: the person it invites, held for that user
        until they confirm. None, counted as a refused attempt, when the user is throttled or the
        code cannot be used; the code itself is never used up here."""
        person_id = None
        if len(code) <= MAX_CODE_LENGTH and not await self.throttled(user_id, now):
            person_id = await self.invitation(code, now)
        if person_id is None:
            await self._refused(user_id, now)
            return None
        pending = PendingClaim(person_id, secrets.token_hex(4))
        await self._db.execute(
            "INSERT INTO pending_claims (user_id, code_hash, person_id, token, created_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET code_hash = excluded.code_hash, "
            "person_id = excluded.person_id, token = excluded.token, created_at = excluded.created_at",
            (user_id, hash_code(code), person_id, pending.token, now.isoformat()),
        )
        await self._db.commit()
        return pending

    async def confirm(self, user_id: int, token: str, now: datetime) -> str | None:
        """`user_id` said Yes to their own pending claim `token`: link them to the person. None,
        counted as a refused attempt, when throttled, when the token is not that user's latest
        pending claim, or when the invitation can no longer be used."""
        person_id = None
        if not await self.throttled(user_id, now):
            async with self._db.execute(
                "SELECT code_hash, token FROM pending_claims WHERE user_id = ?", (user_id,)
            ) as cursor:
                row = await cursor.fetchone()
            if row is not None and secrets.compare_digest(row[1], token):
                person_id = await self._claim_hash(row[0], user_id, now)
        if person_id is None:
            await self._refused(user_id, now)
        return person_id

    async def decline(self, user_id: int) -> None:
        """'No': the pending claim is dropped; the link stays usable by the person it was for."""
        await self._db.execute("DELETE FROM pending_claims WHERE user_id = ?", (user_id,))
        await self._db.commit()

    async def throttled(self, user_id: int, now: datetime) -> bool:
        """Too many refused claim attempts by this user within the window."""
        async with self._db.execute(
            "SELECT COUNT(*) FROM claim_failures WHERE user_id = ? AND at > ?",
            (user_id, (now - FAILURE_WINDOW).timestamp()),
        ) as cursor:
            row = await cursor.fetchone()
        return row is not None and row[0] >= MAX_FAILURES

    async def _refused(self, user_id: int, now: datetime) -> None:
        """Count a refused attempt (attempts made while throttled count too), forgetting old ones."""
        await self._db.execute(
            "DELETE FROM claim_failures WHERE user_id = ? AND at <= ?",
            (user_id, (now - FAILURE_WINDOW).timestamp()),
        )
        await self._db.execute(
            "INSERT INTO claim_failures (user_id, at) VALUES (?, ?)", (user_id, now.timestamp())
        )
        await self._db.commit()

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
