"""A programme of many rooms built in code, for the tests of the day's picture (unit and end to end)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.programme.kinds import SessionKind
from bot.programme.model import Conference, Programme, Room, Session, Text

ZONE = ZoneInfo("Europe/Brussels")
DAY = date(2026, 11, 16)
ROOMS = 37
# Long titles with the accents of French and Spanish, words longer than a column, short ones.
TITLES = (
    "Ouverture",
    "Migración y ciudades: ¿qué papel para las autoridades locales en la acogida de jóvenes?",
    "Résilience urbaine, cohésion sociale et coopération décentralisée entre villes d'accueil",
    "Anticonstitutionnellementextraordinairementinterminablement long",
    "Œuvres & façades — visite guidée",
)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZONE)


def many_rooms(rooms: int = ROOMS) -> Programme:
    """`rooms` rooms from 09:00 to 18:00 with sessions of 15 to 90 minutes, a break and a lunch."""
    room_list = [Room(f"r{i}", f"Salle {i} · Auditorium Ñandú") for i in range(rooms)]
    sessions = [
        Session("coffee", SessionKind.BREAK, at(10, 30), at(11), None, Text.of({"fr": "Pause café"})),
        Session("lunch", SessionKind.LUNCH, at(12, 30), at(13, 30), None, Text.of({"fr": "Déjeuner"})),
    ]
    lengths = (15, 30, 45, 60, 90)
    kinds = (SessionKind.TALK, SessionKind.WORKSHOP, SessionKind.PLENARY, SessionKind.ROUNDTABLE)
    for number, room in enumerate(room_list):
        start, index = at(9), 0
        while start < at(18):
            if at(10, 30) <= start < at(11) or at(12, 30) <= start < at(13, 30):
                start += timedelta(minutes=30)
                continue
            end = start + timedelta(minutes=lengths[(number + index) % len(lengths)])
            end = min(end, *(pause for pause in (at(10, 30), at(12, 30), at(18)) if pause > start))
            title = TITLES[(number * 3 + index) % len(TITLES)]
            kind = kinds[(number + index) % len(kinds)]
            sessions.append(Session(f"{room.id}-{index}", kind, start, end, room.id, Text.of({"fr": title})))
            start = end
            index += 1
    conference = Conference("many", Text.of({"fr": "Beaucoup de salles"}), ZONE, "fr", (DAY,))
    return Programme(conference, room_list, [], sessions)
