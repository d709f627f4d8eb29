"""Reminders across the end of summer time: lead times are measured in real minutes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest

from bot.delivery.outbox import Outbox
from bot.delivery.reminders import Reminders
from bot.programme.current import CurrentProgramme
from bot.programme.loading import load_programme
from bot.store.database import open_database
from bot.store.stars import Stars
from bot.store.users import Users

# Brussels leaves summer time on 29 October 2017: 03:00 CEST becomes 02:00 CET.
PROGRAMME = """
[conference]
id = "dst"
timezone = "Europe/Brussels"
default_language = "en"
days = ["2017-10-28", "2017-10-29"]
day_change = "00:00"
name = { en = "Night owls", fr = "Oiseaux de nuit", es = "Búhos" }

[[rooms]]
id = "hall"
name = "Hall"

[[sessions]]
id = "saturday"
kind = "talk"
start = "2017-10-28T09:00"
end = "2017-10-28T10:00"
room = "hall"
title = { en = "Saturday", fr = "Samedi", es = "Sábado" }

[[sessions]]
id = "after-the-change"
kind = "talk"
start = "2017-10-29T03:05"
end = "2017-10-29T04:00"
room = "hall"
title = { en = "Just after", fr = "Juste après", es = "Justo después" }
"""


@pytest.fixture
async def reminders(tmp_path: Path) -> AsyncIterator[tuple[Reminders, Outbox]]:
    path = tmp_path / "programme.toml"
    path.write_text(PROGRAMME, encoding="utf-8")
    loaded = load_programme(path)
    database = await open_database(tmp_path / "bot.sqlite3")
    users, stars, outbox = Users(database), Stars(database), Outbox(database)
    now = datetime.fromisoformat("2017-10-27T12:00:00+02:00")
    await users.seen(1, "en", now)
    await stars.star(1, "saturday", now)
    await stars.star(1, "after-the-change", now)
    try:
        yield Reminders(database, CurrentProgramme(loaded), outbox), outbox
    finally:
        await database.close()


async def test_offsets_follow_the_zone(tmp_path: Path) -> None:
    path = tmp_path / "programme.toml"
    path.write_text(PROGRAMME, encoding="utf-8")
    programme = load_programme(path).programme
    assert programme.session("saturday").start.isoformat() == "2017-10-28T09:00:00+02:00"  # type: ignore[union-attr]  # None (not found) fails the test here all the same
    assert programme.session("after-the-change").start.isoformat() == "2017-10-29T03:05:00+01:00"  # type: ignore[union-attr]  # None (not found) fails the test here all the same


async def test_summer_time_session_is_reminded_ten_real_minutes_before(
    reminders: tuple[Reminders, Outbox],
) -> None:
    sweeper, _outbox = reminders
    assert await sweeper.sweep(datetime.fromisoformat("2017-10-28T08:49:59+02:00")) == 0
    assert await sweeper.sweep(datetime.fromisoformat("2017-10-28T08:50:00+02:00")) == 1


async def test_the_first_0255_of_the_night_is_an_hour_too_early(reminders: tuple[Reminders, Outbox]) -> None:
    sweeper, outbox = reminders
    # 02:55 happens twice that night; the session is at 03:05 CET, so only the second 02:55 is due.
    assert await sweeper.sweep(datetime.fromisoformat("2017-10-29T02:55:00+02:00")) == 0
    assert await sweeper.sweep(datetime.fromisoformat("2017-10-29T02:54:59+01:00")) == 0
    assert await sweeper.sweep(datetime.fromisoformat("2017-10-29T02:55:00+01:00")) == 1
    assert await sweeper.sweep(datetime.fromisoformat("2017-10-29T03:00:00+01:00")) == 0  # written once
    assert (await outbox.counts()) == {"pending": 1}
