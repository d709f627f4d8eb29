"""The kinds of session a programme knows, and which of them pause the programme."""

from __future__ import annotations

from enum import StrEnum


class SessionKind(StrEnum):
    """A session's kind, as our TOML writes it; every importer maps another tool's type to one."""

    PLENARY = "plenary"
    BREAKOUT = "breakout"
    WORKSHOP = "workshop"
    SIDE_EVENT = "side-event"
    VISIT = "visit"
    RECEPTION = "reception"
    BREAK = "break"
    LUNCH = "lunch"
    TALK = "talk"
    ROUNDTABLE = "roundtable"
    OTHER = "other"


SESSION_KINDS = frozenset(SessionKind)

# Breaks and lunch pause the programme: they are held everywhere at once (no room, nobody needs
# telling where to go), a day does not end with one, and "after the break" means what follows.
PAUSE_KINDS = frozenset((SessionKind.BREAK, SessionKind.LUNCH))

# The words that name a kind in French, English and Spanish, folded (`understand.text.fold`):
# a question's words (`understand.vocabulary.KIND_WORDS`) and another tool's type labels
# (`importers.common.map_kind`) both start from these, and each adds its own (plurals and "eat"
# in questions; "keynote" and "tutorial" in schedules).
KIND_NAMES: dict[SessionKind, tuple[str, ...]] = {
    SessionKind.LUNCH: ("lunch", "dejeuner", "almuerzo", "comida"),
    SessionKind.BREAK: ("break", "coffee", "pause", "descanso", "cafe"),
    SessionKind.WORKSHOP: ("workshop", "atelier", "taller"),
    SessionKind.PLENARY: ("plenary", "pleniere", "plenaria"),
    SessionKind.RECEPTION: ("reception", "recepcion", "cocktail"),
    SessionKind.VISIT: ("visit", "visite", "visita", "tour"),
    SessionKind.BREAKOUT: ("breakout",),
}
