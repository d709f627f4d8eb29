"""The conference channel's slot posts: due a few minutes before each slot, written once, checked
against the programme in force when they are sent."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.config import Config, default_programme_path, load_config
from bot.delivery.channel import (
    channel_recipients,
    due_slots,
    slot_job,
    slot_post,
    slot_sessions,
    sweep_channel,
)
from bot.delivery.outbox import Outbox
from bot.programme.model import Programme
from bot.store.database import open_database

CHANNEL = -1001234567890


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def config(**overrides: object) -> Config:
    base = Config(
        token=None,
        programme=str(default_programme_path()),
        database=Path(":memory:"),
        organiser_ids=frozenset(),
        default_language=None,
        log_level="WARNING",
        api_url=None,
        simulated_start=None,
        simulated_speed=1.0,
        announce_chat_id=CHANNEL,
    )
    return replace(base, **overrides)  # type: ignore[arg-type]  # a test's chosen fields, of any of Config's types


@pytest.fixture
async def outbox() -> AsyncIterator[Outbox]:
    database = await open_database(":memory:")
    try:
        yield Outbox(database)
    finally:
        await database.close()


async def rows(outbox: Outbox) -> list[tuple[str, int, str, str]]:
    async with outbox._db.execute("SELECT job, recipient, kind, payload FROM outbox ORDER BY id") as cursor:
        return [tuple(row) async for row in cursor]


def test_channel_recipients_without_a_channel_is_empty() -> None:
    assert channel_recipients(config(announce_chat_id=None), "fr") == []


def test_channel_recipients_language_order_of_preference() -> None:
    assert channel_recipients(config(), "fr") == [(CHANNEL, "fr")]
    assert channel_recipients(config(default_language="es"), "fr") == [(CHANNEL, "es")]
    both = config(default_language="es", announce_languages=("en", "fr"))
    assert channel_recipients(both, "fr") == [(CHANNEL, "en"), (CHANNEL, "fr")]


def test_settings_are_read_from_the_environment(tmp_path: Path) -> None:
    loaded = load_config(
        {"ANNOUNCE_CHAT_ID": "-1001234567890", "ANNOUNCE_MINUTES": "10", "ANNOUNCE_LANGUAGES": "en, fr"},
        dotenv=tmp_path / "absent.env",
    )
    assert (loaded.announce_chat_id, loaded.announce_minutes, loaded.announce_languages) == (
        CHANNEL,
        10.0,
        ("en", "fr"),
    )
    defaults = load_config({}, dotenv=tmp_path / "absent.env")
    assert (defaults.announce_chat_id, defaults.announce_minutes, defaults.announce_languages) == (
        None,
        5.0,
        (),
    )


def test_due_slots_within_the_lead_time_only(mechelen: Programme) -> None:
    minutes = timedelta(minutes=config().announce_minutes)  # the default: 5
    assert due_slots(mechelen, at("2017-11-16T12:39:59+01:00"), minutes) == []
    assert due_slots(mechelen, at("2017-11-16T12:40:00+01:00"), minutes) == [at("2017-11-16T12:45:00+01:00")]
    assert due_slots(mechelen, at("2017-11-16T12:44:59+01:00"), minutes) == [at("2017-11-16T12:45:00+01:00")]
    assert due_slots(mechelen, at("2017-11-16T12:45:00+01:00"), minutes) == []


def test_breaks_and_lunch_are_not_announced(mechelen: Programme) -> None:
    lead = timedelta(minutes=5)
    assert due_slots(mechelen, at("2017-11-16T10:12:00+01:00"), lead) == []  # coffee break at 10:15
    assert due_slots(mechelen, at("2017-11-16T11:57:00+01:00"), lead) == []  # lunch at 12:00


async def test_sweep_writes_one_row_per_language_once(outbox: Outbox, mechelen: Programme) -> None:
    settings = config(announce_languages=("fr", "en"))
    now = at("2017-11-16T12:41:00+01:00")
    assert await sweep_channel(outbox, mechelen, settings, now) == 2
    assert await sweep_channel(outbox, mechelen, settings, now) == 0
    start = at("2017-11-16T12:45:00+01:00")
    assert [(job, recipient, kind) for job, recipient, kind, _ in await rows(outbox)] == [
        (slot_job(start, "fr"), CHANNEL, "slot"),
        (slot_job(start, "en"), CHANNEL, "slot"),
    ]
    assert slot_job(start, "fr") == f"slot:{int(start.timestamp())}:fr"


async def test_sweep_without_a_channel_writes_nothing(outbox: Outbox, mechelen: Programme) -> None:
    assert (
        await sweep_channel(outbox, mechelen, config(announce_chat_id=None), at("2017-11-16T12:41+01:00"))
        == 0
    )
    assert await rows(outbox) == []


def test_post_lists_every_session_of_the_slot_with_room_and_languages(mechelen: Programme) -> None:
    start = at("2017-11-16T12:45:00+01:00")
    post = slot_post({"start": start.timestamp(), "lang": "en"}, mechelen, at("2017-11-16T12:40:00+01:00"))
    assert post is not None
    lines = post.text.splitlines()
    assert lines[0] == "🕒 <b>Starting at 12:45\u202fPM</b>"
    assert "• <b>Human mobility and the right to the city</b>" in lines
    assert "📍 Alcazar · 🎧 interpretation: English, French, and Spanish" in lines
    assert "📍 Herten Aas · 🎧 interpretation: English" in lines
    assert sum(line.startswith("• ") for line in lines) == 4
    assert post.buttons == ()


def test_post_in_french_uses_the_french_titles_and_times(mechelen: Programme) -> None:
    start = at("2017-11-16T15:00:00+01:00")
    post = slot_post({"start": start.timestamp(), "lang": "fr"}, mechelen, at("2017-11-16T14:55:00+01:00"))
    assert post is not None
    assert post.text.startswith("🕒 <b>Début à 15:00</b>")
    assert "interprétation : anglais, français et espagnol" in post.text


def test_post_is_dropped_once_the_slot_began(mechelen: Programme) -> None:
    start = at("2017-11-16T12:45:00+01:00")
    assert slot_post({"start": start.timestamp(), "lang": "en"}, mechelen, start) is None


def test_a_slot_whose_sessions_all_moved_posts_nothing_and_the_new_time_is_a_new_job(
    mechelen: Programme,
) -> None:
    start = at("2017-11-16T15:00:00+01:00")
    later = at("2017-11-16T17:45:00+01:00")
    moved = mechelen.replace_sessions(
        replace(s, start=later, end=at("2017-11-16T18:45:00+01:00")) if s.start == start else s
        for s in mechelen.sessions
    )
    assert slot_post({"start": start.timestamp(), "lang": "en"}, moved, at("2017-11-16T14:56+01:00")) is None
    assert [s.id for s in slot_sessions(moved, later.timestamp())] == [
        "d1-session-drivers-of-migration",
        "d1-session-international-cooperation",
        "d1-session-human-rights",
    ]
    assert slot_job(later, "en") != slot_job(start, "en")


def test_a_cancelled_session_is_left_out_of_the_post(mechelen: Programme) -> None:
    start = at("2017-11-16T15:00:00+01:00")
    cancelled = mechelen.replace_sessions(
        replace(s, cancelled=True) if s.id == "d1-session-human-rights" else s for s in mechelen.sessions
    )
    post = slot_post({"start": start.timestamp(), "lang": "en"}, cancelled, at("2017-11-16T14:56+01:00"))
    assert post is not None
    assert "Human rights" not in post.text
    assert sum(line.startswith("• ") for line in post.text.splitlines()) == 2


@pytest.mark.parametrize("payload", [{}, {"start": "soon"}, {"start": None}, {"start": 1e30}])
def test_a_malformed_row_renders_as_nothing(mechelen: Programme, payload: dict[str, object]) -> None:
    assert slot_post(payload, mechelen, at("2017-11-16T14:56+01:00")) is None
