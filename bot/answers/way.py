"""The way to a room, or to the venue: what the programme says of it in words (building, floor,
directions) and what Telegram can show besides (the room's map, a place on the map). Pure: the
handlers send the pictures and places."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from bot.answers.answer import Answer
from bot.answers.lines import building_line, directions_text
from bot.i18n import Speaker
from bot.programme.model import Programme, Room
from bot.understand.question import Intent


@dataclass(frozen=True, slots=True)
class Place:
    """A point Telegram shows as a venue: a pin with a title and an address."""

    latitude: float
    longitude: float
    title: str
    address: str


@dataclass(frozen=True, slots=True)
class Way:
    """What goes with an answer about the way: the room's map and its place, either or both."""

    caption: str  # HTML: the room's name and the way in words
    map_path: Path | None = None
    place: Place | None = None


def way_lines(room: Room, programme: Programme, s: Speaker) -> list[str]:
    """'🏢 Main building · Floor: 2' and '🚶 directions', each only when the programme says."""
    lines = []
    building = building_line(room, programme, s)
    if building:
        lines.append(f"🏢 {building}")
    directions = directions_text(room, programme, s)
    if directions:
        lines.append(f"🚶 {directions}")
    return lines


def knows_the_way(room: Room) -> bool:
    """Whether the programme says anything of the way to a room."""
    return bool(room.building or room.floor or room.directions or room.map_path or room.coordinates)


def shows_the_way(room: Room | None) -> bool:
    """Whether there is more to the way than words: a map or a place (a card's 📍 button)."""
    return room is not None and (room.map_path is not None or room.coordinates is not None)


def map_link(latitude: float, longitude: float) -> str:
    return f"https://www.openstreetmap.org/?mlat={latitude}&mlon={longitude}#map=17/{latitude}/{longitude}"


def _address(programme: Programme, s: Speaker) -> str:
    venue = programme.conference.info.venue
    default = programme.conference.default_language
    return venue.address.get(s.language, default) or programme.conference.city


def room_place(room: Room, programme: Programme, s: Speaker) -> Place | None:
    if room.coordinates is None:
        return None
    latitude, longitude = room.coordinates
    default = programme.conference.default_language
    address = room.building.get(s.language, default) or _address(programme, s) or room.name
    return Place(latitude, longitude, room.name, address)


def venue_place(programme: Programme, s: Speaker) -> Place | None:
    """The venue from the conference information, when it gives coordinates."""
    venue = programme.conference.info.venue
    if venue.coordinates is None:
        return None
    default = programme.conference.default_language
    conference = programme.conference.name.get(s.language, default)
    title = venue.name.get(s.language, default) or conference
    return Place(venue.coordinates[0], venue.coordinates[1], title, _address(programme, s) or title)


def room_way(room: Room, programme: Programme, s: Speaker) -> Way:
    """The room's map and place with a caption saying the way in words (or that it is unknown)."""
    lines = [f"<b>{escape(room.name)}</b>", *way_lines(room, programme, s)]
    if not knows_the_way(room):
        lines.append(way_unknown(room, s))
    return Way("\n".join(lines), room.map_path, room_place(room, programme, s))


def way_unknown(room: Room, s: Speaker) -> str:
    return s._("The programme does not say how to get to {room}.", room=escape(room.name))


def way_for(result: Answer, programme: Programme, s: Speaker) -> Way | None:
    """What an answer sends besides its text: the map and place of the room asked about, the
    venue's place when the venue is asked; None when there is nothing to show."""
    question = result.question
    if question.intent == Intent.ROOM_INFO and not question.interpretation:
        room = programme.room(question.room_id)
        if room is not None and shows_the_way(room):
            return room_way(room, programme, s)
    if question.intent == Intent.INFO and "venue" in question.info:
        place = venue_place(programme, s)
        if place is not None:
            return Way("", None, place)
    return None
