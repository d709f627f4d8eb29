"""HELPDESK_CHAT_ID: the organisers' group for attendees' questions, or none (each organiser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_config


def test_helpdesk_chat_is_a_numeric_id_or_none(tmp_path: Path) -> None:
    absent = tmp_path / "absent.env"
    assert load_config({}, dotenv=absent).helpdesk_chat_id is None
    assert (
        load_config({"HELPDESK_CHAT_ID": " -1001234567890 "}, dotenv=absent).helpdesk_chat_id
        == -1001234567890
    )


def test_a_helpdesk_chat_by_name_is_refused_with_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config({"HELPDESK_CHAT_ID": "@organisers"}, dotenv=tmp_path / "absent.env")
    assert str(caught.value) == (
        "HELPDESK_CHAT_ID must be the organisers' group's numeric id, e.g. -1001234567890, got '@organisers'"
    )
