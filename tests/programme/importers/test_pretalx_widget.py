"""The pretalx widget JSON: rooms and speakers by id, per-language names, breaks."""

from __future__ import annotations

from datetime import date

from tests.programme.importers.support import by_id, load, rooms_of

WIDGET = "widget-i18n.json"


def test_per_language_room_names_take_the_default_language() -> None:
    programme = load(WIDGET).programme
    assert programme.conference.default_language == "fr"
    assert rooms_of(programme) == {"grande-salle": "Grande salle", "foyer-nord": "Foyer Nord"}


def test_a_break_without_code_keeps_its_translations_and_gets_a_stable_id() -> None:
    programme = load(WIDGET).programme
    coffee = by_id(programme, "break-20251002-0745-foyer-nord")
    assert coffee.kind == "break"
    assert dict(coffee.title.values) == {"en": "Coffee break", "fr": "Pause café"}
    assert coffee.start.isoformat() == "2025-10-02T09:45:00+02:00"  # given in UTC
    assert programme.conference.languages == ("fr", "en")


def test_a_title_only_in_another_language_is_kept_not_lost() -> None:
    talk = by_id(load(WIDGET).programme, "ef34gh")
    assert talk.title.get("fr") == "Nur auf Deutsch"


def test_speakers_by_code_and_an_unknown_code_warned_about() -> None:
    loaded = load(WIDGET)
    assert by_id(loaded.programme, "ab12cd").person_ids == ("camille-durand", "jonas-weber")
    assert by_id(loaded.programme, "ef34gh").person_ids == ("jonas-weber",)
    assert any("'GHOST'" in warning for warning in loaded.warnings)
    assert by_id(loaded.programme, "ab12cd").description.get("fr") == "Résumé court."


def test_days_span_event_start_to_event_end() -> None:
    assert load(WIDGET).programme.days == (date(2025, 10, 2), date(2025, 10, 3))
