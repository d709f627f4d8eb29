"""The repositories' tests share one thing: a fresh database in memory, migrated, per test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiosqlite
import pytest

from bot.store.database import open_database


@pytest.fixture
async def database() -> AsyncIterator[aiosqlite.Connection]:
    connection = await open_database(":memory:")
    try:
        yield connection
    finally:
        await connection.close()
