"""Shared fixtures: the shipped programme, loaded once per test session (it is immutable)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import default_programme_path
from bot.programme.loading import Loaded, load_programme
from bot.programme.model import Programme

MECHELEN = default_programme_path()


@pytest.fixture(scope="session")
def mechelen_loaded() -> Loaded:
    return load_programme(MECHELEN)


@pytest.fixture(scope="session")
def mechelen(mechelen_loaded: Loaded) -> Programme:
    return mechelen_loaded.programme


@pytest.fixture
def mechelen_text() -> str:
    return Path(MECHELEN).read_text(encoding="utf-8")
