"""What every handler may use, built once by the composition root (bot/app.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

import aiosqlite

from bot.clock import Clock
from bot.config import Config
from bot.programme.current import CurrentProgramme
from bot.store.stars import Stars
from bot.store.users import Users


@dataclass
class Services:
    config: Config
    programme: CurrentProgramme
    clock: Clock
    database: aiosqlite.Connection | None = None
    users: Users = field(init=False)
    stars: Stars = field(init=False)

    async def open_store(self, database: aiosqlite.Connection) -> None:
        self.database = database
        self.users = Users(database)
        self.stars = Stars(database)
        await self.users.load()
        await self.stars.load()

    async def close_store(self) -> None:
        if self.database is not None:
            await self.database.close()
            self.database = None
