"""The morning digest (off by default, /settings): on each conference day at the time the attendee
chose (in the conference's zone), their day's starred sessions in order (the /today text) and the
changes the door recorded for them since the previous digest, or else since the day before.

Derived like reminders, never a timer: each sweep asks which of the digest times have come today,
and writes one outbox row per attendee who chose one of them, the job naming the day
(`digest:<day>`), so UNIQUE(job, recipient) writes it once, also across restarts; a restart later
that day still writes it. Turned on after its time on a conference day, today's comes at once.
The text is written when the sender gets to it: nothing for someone who turned the digest off
meanwhile or starred nothing on that day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from bot.answers.myday import my_day, starred_on
from bot.delivery.kinds import OutboxKind
from bot.delivery.notices import change_notice
from bot.delivery.outbox import NewMessage, Outbox
from bot.i18n import Speaker
from bot.programme.changes import ChangeKind
from bot.programme.model import Programme
from bot.store.changes import AuditEntry
from bot.store.users import DIGEST_CHOICES, Users

KIND = OutboxKind.DIGEST
CHANGE_KINDS = (ChangeKind.MOVED, ChangeKind.RETIMED, ChangeKind.CANCELLED, ChangeKind.RESTORED)


def digest_job(day: date) -> str:
    return f"{KIND}:{day.isoformat()}"


def due_times(programme: Programme, now: datetime) -> tuple[date, list[str]]:
    """Today in the conference's zone, and the digest times that have come on it (none: not a
    conference day)."""
    local = now.astimezone(programme.timezone)
    day = local.date()
    if not programme.sessions_on(day):
        return day, []
    clock_time = local.time().replace(tzinfo=None)
    return day, [choice for choice in DIGEST_CHOICES if time.fromisoformat(choice) <= clock_time]


def changes_from(programme: Programme, day: date, previous: datetime | None) -> datetime:
    """Where a digest's changes start: the previous digest, else the start of the day before."""
    day_before = datetime.combine(day - timedelta(days=1), time(), programme.timezone)
    return previous if previous is not None and previous > day_before else day_before


class MorningDigests:
    """Writes the digests whose time has come to the outbox, once per attendee and day."""

    def __init__(self, users: Users, outbox: Outbox) -> None:
        self.users = users
        self.outbox = outbox
        # (day, time) whose digests this run has written: the sweep need not write them again.
        self._written: set[tuple[date, str]] = set()

    def settings_changed(self) -> None:
        """Someone chose a time (or turned the digest on): look at every time of today again."""
        self._written.clear()

    async def sweep(self, programme: Programme, now: datetime) -> int:
        """Write the digests due at `now`; returns how many rows are new."""
        day, times = due_times(programme, now)
        due = {choice for choice in times if (day, choice) not in self._written}
        if not due:
            return 0
        messages = [
            NewMessage(digest_job(day), user.id, KIND, {"day": day.isoformat()})
            for user in self.users.with_digest()
            if user.digest_time in due
        ]
        added = await self.outbox.enqueue(messages, now)
        self._written.update((day, choice) for choice in due)
        return added


def digest_text(
    programme: Programme,
    starred: frozenset[str],
    day: date,
    now: datetime,
    changes: Sequence[AuditEntry],
    s: Speaker,
) -> str | None:
    """'☀️ Good morning!', the reader's day as /today shows it, then the changes to their
    sessions; None when they starred nothing on that day."""
    if not starred_on(programme, starred, day):
        return None
    # Translators: first line of the morning digest, an attendee's day sent each conference morning.
    lines = ["☀️ " + s._("Good morning! Here is your day."), "", my_day(programme, starred, day, now, s)]
    notices = [
        change_notice(
            programme,
            {"kind": entry.action, "session": entry.session_id, "before": entry.before, "after": entry.after},
            s,
        )
        for entry in changes
        if entry.action in CHANGE_KINDS
    ]
    written = [notice for notice in notices if notice]
    if written:
        # Translators: heading of the list of changes to the attendee's sessions in the morning digest.
        lines += ["", "<b>" + s._("What changed for your sessions:") + "</b>", *written]
    return "\n".join(lines)
