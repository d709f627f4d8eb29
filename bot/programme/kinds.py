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
