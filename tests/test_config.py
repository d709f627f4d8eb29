"""Settings come from the environment and .env; a bad value stops start-up with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, default_programme_path, load_config


def test_defaults_without_anything(tmp_path: Path) -> None:
    config = load_config({}, dotenv=tmp_path / "absent.env")
    assert config.token is None
    assert config.programme == str(default_programme_path())
    assert config.organiser_ids == frozenset()
    assert config.log_level == "INFO"
    assert config.simulated_speed == 1.0


def test_dotenv_is_read_and_the_environment_wins(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "# comment\nTELEGRAM_TOKEN='123:abc'\nORGANISER_IDS=1, 2;3\n"
        "DEFAULT_LANGUAGE=es\nexport LOG_LEVEL=debug\n"
    )
    config = load_config({"DEFAULT_LANGUAGE": "en"}, dotenv=dotenv)
    assert config.token == "123:abc"
    assert config.organiser_ids == frozenset({1, 2, 3})
    assert config.default_language == "en"
    assert config.log_level == "DEBUG"


def test_config_is_frozen(tmp_path: Path) -> None:
    config = load_config({}, dotenv=tmp_path / "absent.env")
    with pytest.raises(AttributeError):
        config.token = "x"  # type: ignore[misc]  # assigning to the frozen config is what the test checks is refused


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("TELEGRAM_TOKEN", "not-a-token", "TELEGRAM_TOKEN looks wrong"),
        ("ORGANISER_IDS", "12,abc", "ORGANISER_IDS must be Telegram user ids"),
        ("DEFAULT_LANGUAGE", "de", "DEFAULT_LANGUAGE must be one of fr, en, es"),
        ("LOG_LEVEL", "LOUD", "LOG_LEVEL must be one of"),
        ("SIMULATED_START", "tomorrow", "SIMULATED_START must be ISO-8601"),
        ("SIMULATED_START", "2017-11-16T08:50", "SIMULATED_START needs an offset"),
        ("SIMULATED_SPEED", "fast", "SIMULATED_SPEED must be a number"),
        ("SIMULATED_SPEED", "0", "SIMULATED_SPEED must be above 0"),
    ],
)
def test_malformed_value_is_refused_with_one_line(
    tmp_path: Path, name: str, value: str, message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config({name: value}, dotenv=tmp_path / "absent.env")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_dotenv_inline_comment_is_not_part_of_the_value(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "TELEGRAM_API_URL=http://localhost:8081  # local\n"
        "ORGANISER_IDS=123 # Alice\n"
        "PROGRAMME='data/#1/programme.toml' # quoted: this # is the value's\n"
    )
    config = load_config({}, dotenv=dotenv)
    assert config.api_url == "http://localhost:8081"
    assert config.organiser_ids == frozenset({123})
    assert config.programme == "data/#1/programme.toml"


def test_dotenv_value_set_empty_in_the_environment_is_unset(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("DEFAULT_LANGUAGE=es\n")
    assert load_config({"DEFAULT_LANGUAGE": ""}, dotenv=dotenv).default_language is None


@pytest.mark.parametrize(
    "line",
    ["this is not a setting", "TELEGRAM_API_URL", "WEBHOOK_SECRET='unterminated"],
)
def test_malformed_dotenv_line_names_the_line(tmp_path: Path, line: str) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"TELEGRAM_TOKEN=1:a\n{line}\nLOG_LEVEL=debug\n")
    with pytest.raises(ConfigError) as caught:
        load_config({}, dotenv=dotenv)
    assert str(caught.value) == f"{dotenv}:2: expected KEY=VALUE"


def test_dotenv_not_utf8_is_refused_with_one_line(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_bytes(b"ORGANISER_IDS=1 # Ren\xe9\n")
    with pytest.raises(ConfigError) as caught:
        load_config({}, dotenv=dotenv)
    assert str(caught.value) == f"{dotenv}: not UTF-8 text (byte 21)"
