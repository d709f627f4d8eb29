"""xCal in its RFC 6321 shape (the Pentabarf shape is pretalx's, in test_pretalx_exports)."""

from __future__ import annotations

from tests.programme.importers.support import by_id, load, people_of


def test_rfc6321_properties_parameters_and_values() -> None:
    loaded = load("rfc6321.xcal", tz="Europe/Paris")
    programme = loaded.programme
    assert loaded.format == "xcal"
    intro = by_id(programme, "evt-1-example.org")
    assert intro.start.isoformat() == "2025-09-18T14:00:00+02:00"
    assert intro.end.isoformat() == "2025-09-18T15:30:00+02:00"
    assert (intro.kind, intro.room_id) == ("workshop", "salle-turing")  # "Atelier"
    utc = by_id(programme, "evt-2-example.org")
    assert utc.start.isoformat() == "2025-09-18T16:00:00+02:00"
    assert utc.duration.total_seconds() == 30 * 60
    # The same address as attendee of one and organiser of the other: one person.
    assert people_of(programme) == {"helene-roux": "Hélène Roux"}
    assert utc.person_ids == intro.person_ids == ("helene-roux",)
    assert programme.conference.name.get("en") == "Atelier XML"
