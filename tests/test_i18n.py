"""Every user-facing string has a translation in every catalogue, and the catalogues are compiled."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.messages.pofile import read_po

from bot.i18n import (
    LANGUAGES,
    LOCALES_DIR,
    default_language,
    language_of,
    normalise_language,
    reader_language,
    speaker,
)

BRUSSELS = ZoneInfo("Europe/Brussels")


def template_ids() -> set[str]:
    with (LOCALES_DIR / "messages.pot").open("rb") as handle:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_translates_every_message(language: str) -> None:
    path = LOCALES_DIR / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalogue = read_po(handle)
    translated = {
        (m.id if isinstance(m.id, str) else m.id[0])
        for m in catalogue
        if m.id and m.string and not m.fuzzy and all(m.string if isinstance(m.string, tuple) else [m.string])
    }
    assert template_ids() - translated == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_present_and_fresh(language: str) -> None:
    folder = LOCALES_DIR / language / "LC_MESSAGES"
    mo, po = folder / "messages.mo", folder / "messages.po"
    assert mo.is_file(), f"{mo} missing: the set-up must compile catalogues"
    assert mo.stat().st_mtime >= po.stat().st_mtime


def test_template_holds_every_string_of_the_code() -> None:
    """A string added to the code but not extracted would reach users untranslated."""
    root = Path(__file__).resolve().parents[1]
    found = set()
    for path in [*root.glob("bot/**/*.py"), *root.glob("handlers/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            first = node.args[0]
            if name in ("_", "n_") and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    assert len(found) > 20
    assert found - template_ids() == set()


def test_dates_and_times_are_formatted_per_language_in_the_conference_zone() -> None:
    instant = datetime(2017, 11, 16, 14, 0, tzinfo=ZoneInfo("UTC"))  # 15:00 in Brussels
    assert speaker("fr", BRUSSELS).day_and_time(instant) == "jeudi 16 novembre à 15:00"
    assert speaker("es", BRUSSELS).day_and_time(instant) == "jueves, 16 de noviembre a las 15:00"
    english = speaker("en", BRUSSELS).day_and_time(instant)
    assert english.replace("\u202f", " ") == "Thursday 16 November at 3:00 PM"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("fr-BE", "fr"), ("es_419", "es"), ("en", "en"), ("pt-BR", "fr"), (None, "fr"), ("", "fr")],
)
def test_telegram_language_codes_are_normalised(code: str | None, expected: str) -> None:
    assert normalise_language(code, "fr") == expected


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("fr-BE", "fr"),
        ("EN_gb", "en"),
        ("es 419", "es"),
        (" es ", "es"),
        ("pt", None),
        ("und", None),
        ("", None),
    ],
)
def test_language_tags_are_read_to_one_of_ours_or_none(tag: str, expected: str | None) -> None:
    assert language_of(tag) == expected


def test_the_bot_speaks_its_configured_language_else_the_conference_s() -> None:
    assert (default_language("es", "fr"), default_language(None, "fr"), default_language("", "en")) == (
        "es",
        "fr",
        "en",
    )


def test_a_reader_is_written_to_in_their_choice_else_their_telegram_s_else_the_default() -> None:
    assert reader_language("es", "en-GB", "fr") == "es"
    assert reader_language(None, "en-GB", "fr") == "en"
    assert reader_language(None, "de", "fr") == "fr"  # not one of ours
    assert reader_language(None, None, "fr") == "fr"
