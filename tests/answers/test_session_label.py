"""A button naming a session (bot/answers/cards.py's session_label and title_label): its time and
title, or its title, in the reader's language, plain text, shortened to LABEL_LIMIT."""

from __future__ import annotations

from dataclasses import replace

from bot.answers.cards import LABEL_LIMIT, session_label, title_label
from bot.answers.split import utf16_length
from bot.i18n import speaker
from bot.programme.model import Programme, Text

YOUTH = "d2-workshop-youth-migration"  # Scala, Friday 17 November 2017, 13:30–14:30


def test_session_label_is_its_time_and_title_in_the_readers_language(mechelen: Programme) -> None:
    session = mechelen.session(YOUTH)
    assert session is not None
    assert session_label(session, speaker("es", mechelen.timezone)) == (
        "13:30 La migración de los jóvenes: ¿por qué este silencio?"
    )


def test_a_long_title_is_shortened_with_an_ellipsis(mechelen: Programme) -> None:
    session = mechelen.session(YOUTH)
    assert session is not None
    long = replace(session, title=Text.of({"fr": "Migration " + "🌍" * 40}))
    label = session_label(long, speaker("fr", mechelen.timezone))
    assert label.startswith("13:30 Migration 🌍")
    assert label.endswith("🌍…")
    assert utf16_length(label) in (LABEL_LIMIT - 1, LABEL_LIMIT)  # an emoji is two units


def test_title_label_is_plain_text_not_html(mechelen: Programme) -> None:
    session = mechelen.session(YOUTH)
    assert session is not None
    ampersand = replace(session, title=Text.of({"en": "Cities & migrants <today>"}))
    assert title_label(mechelen, ampersand, speaker("fr", mechelen.timezone)) == "Cities & migrants <today>"


def test_title_label_is_shortened_with_an_ellipsis(mechelen: Programme) -> None:
    session = mechelen.session(YOUTH)
    assert session is not None
    long = replace(session, title=Text.of({"en": "word " * 30}))
    assert title_label(mechelen, long, speaker("en", mechelen.timezone)) == ("word " * 12).rstrip() + "…"
