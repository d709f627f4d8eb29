"""The one SQLite database: opened once, WAL, schema versioned with migrations applied at start."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import aiosqlite

from bot.store.safety import (
    DatabaseUnusable,
    WatchedConnection,
    check_file,
    describe,
    marker_path,
    missing_refusal,
    prepare_file,
)

# Each entry moves the schema one version up; never edit one that has shipped, add a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,           -- the Telegram user id
        language TEXT,                    -- fr | en | es, NULL until known
        language_chosen INTEGER NOT NULL DEFAULT 0,
        reminder_minutes INTEGER NOT NULL DEFAULT 10,
        blocked INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL
    );
    CREATE TABLE stars (
        user_id INTEGER NOT NULL REFERENCES users(id),
        session_id TEXT NOT NULL,
        starred_at TEXT NOT NULL,
        PRIMARY KEY (user_id, session_id)
    ) WITHOUT ROWID;
    CREATE INDEX stars_by_session ON stars(session_id, user_id);
    """,
    # The outbox: everything sent later or to many people is a row here before it is sent.
    # UNIQUE(job, recipient) is also the sent-log of reminders: a reminder's job names the
    # session and its start instant, so it can be written once only, across restarts.
    """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        job TEXT NOT NULL,
        recipient INTEGER NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',  -- pending | sent | failed | blocked | obsolete
        attempts INTEGER NOT NULL DEFAULT 0,
        not_before REAL NOT NULL DEFAULT 0,      -- POSIX seconds on the bot's clock
        created_at TEXT NOT NULL,
        sent_at TEXT,
        error TEXT,
        UNIQUE (job, recipient)
    );
    CREATE INDEX outbox_pending ON outbox(not_before, id) WHERE state = 'pending';
    CREATE INDEX outbox_by_kind ON outbox(kind, state);
    """,
    # Organisers' powers and changes: granted roles, the overrides on top of the programme file,
    # and the audit log (every change and broadcast, who, when, what) that /undo walks back.
    """
    CREATE TABLE organisers (
        user_id INTEGER PRIMARY KEY,
        granted_by INTEGER NOT NULL,
        granted_at TEXT NOT NULL
    );
    CREATE TABLE overrides (
        session_id TEXT PRIMARY KEY,
        slot TEXT NOT NULL,                       -- JSON: start, end, room, cancelled
        updated_at TEXT NOT NULL
    );
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor INTEGER,                            -- Telegram user id; NULL for a programme reload
        -- a change (moved, retimed, cancelled, restored, added, retitled), broadcast, grant, revoke
        action TEXT NOT NULL,
        session_id TEXT,
        before TEXT,
        after TEXT,
        undone INTEGER NOT NULL DEFAULT 0
    );
    """,
    # Speakers: a Telegram account linked to a person of the programme through a one-time
    # invitation (only a hash of the code is kept), and their own reminder lead time.
    """
    CREATE TABLE speaker_links (
        person_id TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL UNIQUE,
        claimed_at TEXT NOT NULL,
        reminder_minutes INTEGER NOT NULL DEFAULT 15
    );
    CREATE TABLE invitations (
        code_hash TEXT PRIMARY KEY,
        person_id TEXT NOT NULL,
        created_by INTEGER,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
    );
    CREATE INDEX invitations_by_person ON invitations(person_id);
    """,
    # Claims: a link opened in a private chat waits for that same user's Yes (the button carries
    # only a token worthless to anyone else), and refused claim attempts are counted per user so
    # that guessing codes stays throttled across restarts.
    """
    CREATE TABLE pending_claims (
        user_id INTEGER PRIMARY KEY,
        code_hash TEXT NOT NULL,
        person_id TEXT NOT NULL,
        token TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE claim_failures (
        user_id INTEGER NOT NULL,
        at REAL NOT NULL                          -- POSIX seconds on the bot's clock
    );
    CREATE INDEX claim_failures_by_user ON claim_failures(user_id, at);
    """,
    # Delivery that survives outages and crashes: how many parts of a long message went out, and
    # whether a send may have arrived without Telegram saying so (sent once more at most); the
    # inbox keeps updates fetched from Telegram until their handling starts, so a kill loses none
    # that were waiting; progress messages are followed from here, across outages and restarts.
    """
    ALTER TABLE outbox ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE outbox ADD COLUMN uncertain INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE inbox (
        update_id INTEGER PRIMARY KEY,
        body TEXT NOT NULL                        -- the update as Telegram sent it (JSON)
    );
    CREATE TABLE progress (                       -- an organiser's message showing a job's progress
        job TEXT PRIMARY KEY,
        chat_id INTEGER NOT NULL,
        message_id INTEGER NOT NULL,
        total INTEGER NOT NULL,
        language TEXT NOT NULL,
        shown TEXT NOT NULL,                      -- the text last shown
        done INTEGER NOT NULL DEFAULT 0
    );
    """,
    # Announcements an organiser schedules for later: written to the outbox by the sweeper when
    # due (once: the job names the row), their progress shown in the organiser's message.
    """
    CREATE TABLE scheduled_announcements (
        id INTEGER PRIMARY KEY,
        organiser INTEGER NOT NULL,
        audience TEXT NOT NULL,                   -- everyone | speakers | session | room
        target TEXT NOT NULL,                     -- a session or room id ('' for the others)
        text TEXT NOT NULL,
        due REAL NOT NULL,                        -- POSIX seconds on the bot's clock
        chat_id INTEGER NOT NULL,                 -- the organiser's message showing its progress
        message_id INTEGER NOT NULL,
        language TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'scheduled',  -- scheduled | sent | cancelled
        created_at TEXT NOT NULL
    );
    CREATE INDEX scheduled_due ON scheduled_announcements(due) WHERE state = 'scheduled';
    """,
    # Feedback on sessions: one rating (1–5) and an optional comment per person and session, the
    # session a person is writing a comment for, and those who asked not to be asked.
    """
    CREATE TABLE ratings (
        user_id INTEGER NOT NULL,
        session_id TEXT NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment TEXT,
        language TEXT,                            -- the rater's language when they rated
        rated_at TEXT NOT NULL,
        comment_asked_at TEXT,                    -- pressed Comment: their next message is it
        PRIMARY KEY (user_id, session_id)
    ) WITHOUT ROWID;
    CREATE INDEX ratings_by_session ON ratings(session_id);
    CREATE TABLE feedback_optout (
        user_id INTEGER PRIMARY KEY,
        at TEXT NOT NULL
    );
    """,
    # Calendar subscriptions: each user's secret link to their starred sessions as a feed
    # (bot/calendar_feed.py). The token is kept as is, so /ics can show the same link again.
    """
    CREATE TABLE calendar_links (
        user_id INTEGER PRIMARY KEY,
        token TEXT NOT NULL UNIQUE,               -- secrets.token_urlsafe: the link's last part
        created_at TEXT NOT NULL
    );
    """,
    # Room fit: the sessions whose followers reached the threshold of their room's seats, so that
    # organisers are told once per session (bot/delivery/room_alerts.py), also across restarts.
    """
    CREATE TABLE room_alerts (
        session_id TEXT PRIMARY KEY,
        room_id TEXT NOT NULL,
        followers INTEGER NOT NULL,               -- when the organisers were told
        capacity INTEGER NOT NULL,
        alerted_at TEXT NOT NULL
    );
    """,
    # Questions to the panel (bot/panel.py): asked during a session, kept as written, each with
    # who asked it (for the rate limit only: never shown) and its state; one vote per person.
    """
    CREATE TABLE panel_questions (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL,
        asker INTEGER NOT NULL,                   -- Telegram user id, never shown to anyone
        text TEXT NOT NULL,
        language TEXT,                            -- the asker's language when they asked
        asked_at REAL NOT NULL,                   -- POSIX seconds on the bot's clock
        state TEXT NOT NULL DEFAULT 'open',       -- open | answered | hidden
        changed_by INTEGER,                       -- who marked it answered or hid it
        changed_at REAL
    );
    CREATE INDEX panel_questions_by_session ON panel_questions(session_id, state);
    CREATE INDEX panel_questions_by_asker ON panel_questions(asker, session_id, asked_at);
    CREATE TABLE panel_votes (
        question_id INTEGER NOT NULL REFERENCES panel_questions(id),
        user_id INTEGER NOT NULL,
        voted_at REAL NOT NULL,
        PRIMARY KEY (question_id, user_id)
    ) WITHOUT ROWID;
    """,
    # The help desk (bot/store/helpdesk.py): an attendee's question to the organisers until one
    # answers; at most one open question per attendee (the partial unique index).
    """
    CREATE TABLE helpdesk_questions (
        id INTEGER PRIMARY KEY,                   -- the number organisers see (#12)
        user_id INTEGER NOT NULL,                 -- the asker: their private chat
        first_name TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        asked_at TEXT NOT NULL,
        answered_at TEXT,
        answered_by INTEGER
    );
    CREATE UNIQUE INDEX helpdesk_one_open ON helpdesk_questions(user_id) WHERE answered_at IS NULL;
    """,
    # Files Telegram already has (documents, maps): sent again by file_id after a restart.
    """
    CREATE TABLE telegram_files (
        key TEXT PRIMARY KEY,             -- the file's path, size and modification time
        file_id TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # The morning digest (bot/delivery/digest.py): the time of the conference's zone it comes
    # at, e.g. '08:00'; NULL: off.
    """
    ALTER TABLE users ADD COLUMN digest_time TEXT;
    """,
)


async def open_database(path: str | Path) -> aiosqlite.Connection:
    """Open (creating it private to the bot's user if needed) and migrate the database.

    A database that cannot be used (lost, damaged, unreadable, read-only: bot/store/safety.py)
    raises DatabaseUnusable, whose message is one line saying which file, why, and what to do."""
    if str(path) == ":memory:":
        connection = await aiosqlite.connect(":memory:")
        try:
            await _configure(connection)
            await migrate(connection)
        except BaseException:
            await connection.close()
            raise
        return connection
    file = Path(path)
    prepare_file(file)
    await asyncio.to_thread(check_file, file)
    watched = WatchedConnection(file)
    try:
        await watched
    except sqlite3.Error as error:
        raise DatabaseUnusable(describe(file, error)) from error
    try:
        await _configure(watched)
        await migrate(watched)
        if await holds_data(watched):
            watched.held_data()
        elif marker_path(file).exists():
            raise DatabaseUnusable(missing_refusal(file))
    except (sqlite3.Error, RuntimeError, DatabaseUnusable) as error:
        await watched.close()
        raise DatabaseUnusable(describe(file, error)) from error
    except BaseException:
        await watched.close()
        raise
    return watched


async def _configure(connection: aiosqlite.Connection) -> None:
    await connection.execute("PRAGMA journal_mode=WAL")
    await connection.execute("PRAGMA synchronous=NORMAL")
    await connection.execute("PRAGMA foreign_keys=ON")
    await connection.execute("PRAGMA busy_timeout=5000")


async def holds_data(connection: aiosqlite.Connection) -> bool:
    """Whether any table has a row (a database that was only created and migrated has none)."""
    async with connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ) as cursor:
        tables = [row[0] async for row in cursor]
    for table in tables:
        async with connection.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")') as cursor:
            row = await cursor.fetchone()
        if row and row[0]:
            return True
    return False


async def schema_version(connection: aiosqlite.Connection) -> int:
    async with connection.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def migrate(connection: aiosqlite.Connection) -> None:
    version = await schema_version(connection)
    if version > len(MIGRATIONS):
        raise RuntimeError(
            f"the database is at schema version {version}, newer than this bot ({len(MIGRATIONS)})"
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        # executescript commits first; the version is written in the same script so that a
        # crash leaves either the old schema or the new one with its number.
        await connection.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
