"""What a change is: its kind is one of ChangeKind, whether given as a member or read back as text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.programme.changes import ChangeKind, SessionChange, Slot

BEFORE = Slot(datetime(2026, 11, 16, 9, tzinfo=UTC), datetime(2026, 11, 16, 10, tzinfo=UTC), "alcazar")


def test_change_kind_read_back_as_text_is_the_member() -> None:
    change = SessionChange("d1-opening", "moved", BEFORE, BEFORE)  # type: ignore[arg-type]  # as the change log stores it
    assert change.kind is ChangeKind.MOVED


def test_change_of_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown change kind 'teleported'"):
        SessionChange("d1-opening", "teleported", BEFORE, BEFORE)  # type: ignore[arg-type]  # what it refuses
