"""What a file means although it does not say it: a session titled "Pause" is a break, and one
room spelt with and without an accent is one room."""

from __future__ import annotations

from pathlib import Path

from bot.programme.kinds import SessionKind
from bot.programme.loading import load_programme

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//test//FR
BEGIN:VEVENT
UID:1@test
DTSTART;TZID=Europe/Paris:20220518T102000
DTEND;TZID=Europe/Paris:20220518T110000
SUMMARY:Pause
LOCATION:Espaces Pauses
END:VEVENT
BEGIN:VEVENT
UID:2@test
DTSTART;TZID=Europe/Paris:20220518T123000
DTEND;TZID=Europe/Paris:20220518T140000
SUMMARY:Pause déjeuner
LOCATION:Espace Restauration
END:VEVENT
BEGIN:VEVENT
UID:3@test
DTSTART;TZID=Europe/Paris:20220518T090000
DTEND;TZID=Europe/Paris:20220518T100000
SUMMARY:Breaking the kernel
LOCATION:Amphithéâtre Callelongue
END:VEVENT
BEGIN:VEVENT
UID:4@test
DTSTART;TZID=Europe/Paris:20220518T180000
DTEND;TZID=Europe/Paris:20220518T183000
SUMMARY:Lunch & Learn: Rust
LOCATION:Amphithéatre Callelongue
END:VEVENT
END:VCALENDAR
"""


def test_titles_say_breaks_and_accents_do_not_make_two_rooms(tmp_path: Path) -> None:
    path = tmp_path / "programme.ics"
    path.write_text(CALENDAR.replace("\n", "\r\n"), encoding="utf-8")
    programme = load_programme(path).programme
    kinds = {session.title.all()[0]: session.kind for session in programme.sessions}
    assert kinds == {
        "Pause": SessionKind.BREAK,
        "Pause déjeuner": SessionKind.LUNCH,
        "Breaking the kernel": SessionKind.TALK,
        "Lunch & Learn: Rust": SessionKind.TALK,
    }
    callelongue = [room for room in programme.rooms.values() if "Callelongue" in room.name]
    assert [(room.name, room.aliases) for room in callelongue] == [
        ("Amphithéâtre Callelongue", ("Amphithéatre Callelongue",))
    ]
    assert {
        s.room_id
        for s in programme.sessions
        if s.room_id and "Callelongue" in programme.rooms[s.room_id].name
    } == {callelongue[0].id}
