"""Callback data for inline buttons: packed and parsed in one place, refused over 64 bytes.

Each action is a small frozen dataclass declared with its prefix, as aiogram's `CallbackData`:

    @dataclass(frozen=True, slots=True)
    class MoveTo(CallbackData, prefix="omvr"):
        key: str
        room: str

`MoveTo(key, "alcazar").pack()` is the button's data ("omvr|1a2b3c4d|alcazar"); building one that
would not pack (over 64 bytes, or a field holding the separator) raises `CallbackDataTooLong` or
`ValueError` where it is built, not when Telegram refuses the message. `MoveTo.unpack(data)` is the
action again, or None for data that is not one (an old button, a forged one: a field missing or
extra, a number that is no plain number). `MoveTo.pattern()` is the regex its handler registers.

Every button of the bot is one of the classes below, grouped by the handler that takes it. Data
that comes back may be anything: handlers read positions with `position()`; `Callback.parse()`
reads the action of any data, for the log (handlers/events.py).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import Field, dataclass, fields
from datetime import date
from typing import Any, ClassVar, Self, get_origin, get_type_hints

LIMIT = 64
SEPARATOR = "|"
_NUMBER = re.compile(r"-?[0-9]{1,12}")


class CallbackDataTooLong(ValueError):
    """Telegram drops a button whose data is over 64 bytes: refuse it where it is built."""


def _packed(parts: tuple[str, ...], prefix: str | None = None) -> str:
    for part in parts:
        if SEPARATOR in part:
            raise ValueError(f"callback part {part!r} contains {SEPARATOR!r}")
    data = SEPARATOR.join(parts if prefix is None else (prefix, *parts))
    if len(data.encode("utf-8")) > LIMIT:
        raise CallbackDataTooLong(f"callback data over {LIMIT} bytes: {data!r}")
    return data


class CallbackData:
    """One action of a button: subclasses are frozen dataclasses with `str` and `int` fields (and
    a last `tuple[str, ...]` field for a variable rest), declared with `prefix=` (unique; it may
    itself hold a separator, as "ok|mv")."""

    __slots__ = ()
    prefix: ClassVar[str]
    _prefixes: ClassVar[dict[str, type[CallbackData]]] = {}
    # What @dataclass gives each subclass: declared so that type checkers take an action for the
    # dataclass it is (dataclasses.fields, astuple).
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    def __init_subclass__(cls, prefix: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # @dataclass(slots=True) makes the class again, without `prefix=`: it is in its namespace.
        prefix = prefix if prefix is not None else cls.__dict__.get("prefix")
        if prefix is None:
            raise TypeError(f"{cls.__name__} needs a prefix: class {cls.__name__}(CallbackData, prefix=...)")
        if (
            prefix in CallbackData._prefixes
            and CallbackData._prefixes[prefix].__qualname__ != cls.__qualname__
        ):
            raise ValueError(f"callback prefix {prefix!r} is already {CallbackData._prefixes[prefix]}")
        CallbackData._prefixes[prefix] = cls
        cls.prefix = prefix

    def __post_init__(self) -> None:
        self.pack()  # refuse data that would not reach Telegram here, where it is built

    def pack(self) -> str:
        values: list[str] = []
        for name, kind in _field_types(type(self)).items():
            value = getattr(self, name)
            values.extend(value if kind is tuple else (str(value),))
        return _packed(tuple(values), self.prefix)

    @classmethod
    def fits(cls, *values: str | int | tuple[str, ...]) -> bool:
        """Whether a button of this action with these fields can be made."""
        try:
            cls(*values)
        except ValueError:
            return False
        return True

    @classmethod
    def unpack(cls, data: str | None) -> Self | None:
        """The action this data stands for, or None when it is not one of this class."""
        head = cls.prefix + SEPARATOR
        names = _field_types(cls)
        if data is None:
            return None
        if not names:
            return cls() if data == cls.prefix else None
        if not data.startswith(head):
            return None
        split = data[len(head) :].split(SEPARATOR)
        kinds = list(names.values())
        parts: list[str | tuple[str, ...]] = list(split)
        if kinds[-1] is tuple and len(split) >= len(kinds) - 1:
            # The last field takes the fields that are left (none or more).
            parts = [*split[: len(kinds) - 1], tuple(split[len(kinds) - 1 :])]
        if len(parts) != len(kinds):
            return None
        values: list[str | int | tuple[str, ...]] = []
        for part, kind in zip(parts, kinds, strict=True):
            if kind is int:
                # (Always a str: only a last tuple field takes a tuple.)
                if not isinstance(part, str) or not _NUMBER.fullmatch(part):
                    return None
                values.append(int(part))
            else:
                values.append(part)
        try:
            return cls(*values)
        except ValueError:
            return None

    @classmethod
    def pattern(cls) -> str:
        """The regex a `CallbackQueryHandler` takes this action's buttons by."""
        return any_of(cls)


# Read once per class. A dict, not functools.cache: mypy (2.4) wrongly finds a class unhashable there.
_FIELD_TYPES: dict[type[CallbackData], dict[str, type]] = {}


def _field_types(cls: type[CallbackData]) -> dict[str, type]:
    """Each field's kind: str, int, or tuple (a last `tuple[str, ...]` field: the fields left)."""
    found = _FIELD_TYPES.get(cls)
    if found is None:
        hints = get_type_hints(cls)
        found = {field.name: get_origin(hints[field.name]) or hints[field.name] for field in fields(cls)}
        _FIELD_TYPES[cls] = found
    return found


def any_of(*actions: type[CallbackData]) -> str:
    """One handler's pattern for several actions: each prefix followed by its fields, or alone."""
    alternatives = (re.escape(a.prefix) + (re.escape(SEPARATOR) if _field_types(a) else "$") for a in actions)
    return "^(?:" + "|".join(alternatives) + ")"


def parse_any(data: str | None, *actions: type[CallbackData]) -> CallbackData | None:
    """The first of `actions` that `data` unpacks as, or None."""
    for action in actions:
        found = action.unpack(data)
        if found is not None:
            return found
    return None


@dataclass(frozen=True, slots=True)
class Callback:
    """An untyped action: `action` names what the button does; `args` are short strings without '|'."""

    action: str
    args: tuple[str, ...] = ()

    def pack(self) -> str:
        return _packed((self.action, *self.args))

    @classmethod
    def parse(cls, data: str | None) -> Callback | None:
        """The callback, or None for data this version of the bot does not know."""
        if not data:
            return None
        action, *args = data.split(SEPARATOR)
        return cls(action, tuple(args)) if action else None

    def arg(self, index: int, default: str = "") -> str:
        return self.args[index] if index < len(self.args) else default


def fits(action: str, *args: str) -> bool:
    """Whether a button with this data can be made (no separator in a part, at most 64 bytes)."""
    try:
        Callback(action, args).pack()
    except ValueError:
        return False
    return True


def position(text: str, size: int) -> int | None:
    """A position 0 ≤ n < size written in ASCII digits, else None ("-1", "٣", "1e3", "99…9")."""
    if not (text.isascii() and text.isdigit()) or len(text) > 9:
        return None
    number = int(text)
    return number if number < size else None


# The organisers' buttons (handlers/organisers.py, shown on cards by handlers/cards.py). `key` is a
# session's short id (bot/programme/current.py), `room` a room's id: never a position in a list
# that a reload may reorder.


@dataclass(frozen=True, slots=True)
class OpenMove(CallbackData, prefix="omv"):
    """A card's ✏️ Move: which room?"""

    key: str


@dataclass(frozen=True, slots=True)
class MoveTo(CallbackData, prefix="omvr"):
    """A room picked for the move: preview it."""

    key: str
    room: str


@dataclass(frozen=True, slots=True)
class OpenShift(CallbackData, prefix="ort"):
    """A card's 🕒 Time: by how much?"""

    key: str


@dataclass(frozen=True, slots=True)
class ShiftBy(CallbackData, prefix="ortm"):
    """A shift picked: preview it."""

    key: str
    minutes: int


@dataclass(frozen=True, slots=True)
class CancelSession(CallbackData, prefix="ocx"):
    key: str


@dataclass(frozen=True, slots=True)
class RestoreSession(CallbackData, prefix="ors"):
    key: str


@dataclass(frozen=True, slots=True)
class ConfirmMove(CallbackData, prefix="ok|mv"):
    key: str
    room: str


@dataclass(frozen=True, slots=True)
class ConfirmRetime(CallbackData, prefix="ok|rt"):
    """`start` and `end` in seconds since the epoch."""

    key: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ConfirmCancel(CallbackData, prefix="ok|cx"):
    key: str


@dataclass(frozen=True, slots=True)
class ConfirmRestore(CallbackData, prefix="ok|rs"):
    key: str


@dataclass(frozen=True, slots=True)
class Dismiss(CallbackData, prefix="no"):
    """Cancel under a preview (of a change or an announcement): nothing is done."""


@dataclass(frozen=True, slots=True)
class SendAnnouncement(CallbackData, prefix="an"):
    draft: str


CARD_ACTIONS: tuple[type[CallbackData], ...] = (
    OpenMove,
    MoveTo,
    OpenShift,
    ShiftBy,
    CancelSession,
    RestoreSession,
)
CONFIRMS: tuple[type[CallbackData], ...] = (ConfirmMove, ConfirmRetime, ConfirmCancel, ConfirmRestore)


# A session's card and the buttons under it (handlers/cards.py, handlers/calendar.py,
# handlers/documents.py, and the reminders of bot/delivery/render.py). `back` is the list the card
# was opened from (a view of handlers/browse.py and its fields), so that « Back returns there.


@dataclass(frozen=True, slots=True)
class OpenCard(CallbackData, prefix="o"):
    """A session's card, in a new message under the answer listing it."""

    key: str
    back: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ShowCard(CallbackData, prefix="s"):
    """A session's card, in place of the list it was picked from."""

    key: str
    back: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CardDetails(CallbackData, prefix="sd"):
    """The card again with its description and guiding questions."""

    key: str
    back: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ToggleStar(CallbackData, prefix="st"):
    key: str
    back: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionCalendar(CallbackData, prefix="cal"):
    """The session as an .ics file."""

    key: str


@dataclass(frozen=True, slots=True)
class NewCalendarLink(CallbackData, prefix="calnew"):
    """Under /ics's subscription link: a new link, and the old one stops working (handlers/calendar.py)."""


@dataclass(frozen=True, slots=True)
class SessionDocuments(CallbackData, prefix="doc"):
    key: str


@dataclass(frozen=True, slots=True)
class DocumentFile(CallbackData, prefix="docf"):
    """One document of a session: `number` its position, read with `position()`."""

    key: str
    number: str


@dataclass(frozen=True, slots=True)
class GuidingQuestions(CallbackData, prefix="docq"):
    key: str


@dataclass(frozen=True, slots=True)
class SessionWay(CallbackData, prefix="way"):
    """📍 under a card or a reminder: the way to the session's room, its map and place
    (handlers/way.py)."""

    key: str


CARD_BUTTONS: tuple[type[CallbackData], ...] = (OpenCard, ShowCard, CardDetails, ToggleStar)
DOCUMENT_BUTTONS: tuple[type[CallbackData], ...] = (SessionDocuments, DocumentFile, GuidingQuestions)


# Days and rooms in buttons: by what they are, never by their position in the programme's lists,
# which a reload may reorder or lengthen between one press and the next.

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# A room id this long at most goes in a button as it is: a card opened from a room's list carries
# that list ("sd|<8>|proom|YYYY-MM-DD|<room>", 29 bytes and the room's); a longer one goes as "#"
# and a hash of it, which no room id holds ([a-z0-9._-], bot/programme/native.py).
ROOM_FIELD_LIMIT = 35


def day_field(day: date) -> str:
    """A day as a button carries it: "2026-06-12"."""
    return day.isoformat()


def day_in(text: str, days: Iterable[date]) -> date | None:
    """The day a button's field names, if the programme still has it, else None."""
    if not _ISO_DAY.fullmatch(text):
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day if day in days else None


def room_field(room_id: str) -> str:
    """A room as a button carries it: its id, or "#" and a hash of an id too long for a button (or
    holding the separator)."""
    if (
        len(room_id.encode("utf-8")) <= ROOM_FIELD_LIMIT
        and not room_id.startswith("#")
        and SEPARATOR not in room_id
    ):
        return room_id
    return "#" + hashlib.blake2s(room_id.encode("utf-8"), digest_size=4).hexdigest()


def room_in(text: str, room_ids: Iterable[str]) -> str | None:
    """The id of the room a button's field names, if the programme still has it, else None."""
    return next((room_id for room_id in room_ids if room_field(room_id) == text), None)


# /programme's views (handlers/browse.py), one message edited in place. `day` is a day as
# `day_field()` writes it, `room` a room as `room_field()` does; `hhmm` a start, "1330".


@dataclass(frozen=True, slots=True)
class Days(CallbackData, prefix="pdays"):
    pass


@dataclass(frozen=True, slots=True)
class Day(CallbackData, prefix="pday"):
    day: str


@dataclass(frozen=True, slots=True)
class DayRooms(CallbackData, prefix="prooms"):
    day: str


@dataclass(frozen=True, slots=True)
class DayRoom(CallbackData, prefix="proom"):
    day: str
    room: str


@dataclass(frozen=True, slots=True)
class DayTimes(CallbackData, prefix="ptimes"):
    day: str


@dataclass(frozen=True, slots=True)
class DayTime(CallbackData, prefix="ptime"):
    day: str
    hhmm: str


BROWSE_VIEWS: tuple[type[CallbackData], ...] = (Days, Day, DayRooms, DayRoom, DayTimes, DayTime)
# The lists a card may be opened from, whose Back returns to them.
BACK_VIEWS: tuple[type[CallbackData], ...] = (DayRoom, DayTime)


def fields_of(view: CallbackData) -> tuple[str, ...]:
    """A view as the fields a card carries to come back to it (handlers/cards.py)."""
    return tuple(view.pack().split(SEPARATOR))


def view_of(back: tuple[str, ...]) -> CallbackData | None:
    """The list a card's fields say it was opened from, or None (none, or not a list of ours)."""
    return parse_any(SEPARATOR.join(back), *BACK_VIEWS) if back else None


# The day as a picture (handlers/grid.py) and the reader's day (handlers/myday.py). `day` is a day
# as `day_field()` writes it, `page` a position in the day's pages of rooms (bot/pictures/grid.py),
# read with `position()`.


@dataclass(frozen=True, slots=True)
class AnswerPage(CallbackData, prefix="more"):
    """Another page of a long answer, in place of the one shown (bot/answers/pages.py); `key`
    names the question among the recent ones (handlers/ask.py)."""

    key: str
    page: str


@dataclass(frozen=True, slots=True)
class AskOrganisers(CallbackData, prefix="hd"):
    """🙋 Ask the organisers, under an answer that leaves the question open (handlers/helpdesk.py);
    `key` names the question among the recent ones."""

    key: str


@dataclass(frozen=True, slots=True)
class GridShow(CallbackData, prefix="grid"):
    """The day's picture in a new message (under /programme's day, /today, an answer)."""

    day: str


@dataclass(frozen=True, slots=True)
class GridPage(CallbackData, prefix="gridp"):
    """Another page (or day) of the picture, in place of the one shown."""

    day: str
    page: str


@dataclass(frozen=True, slots=True)
class GridFull(CallbackData, prefix="gridf"):
    """Every room of the day in one picture, sent as a file."""

    day: str


GRID_BUTTONS: tuple[type[CallbackData], ...] = (GridShow, GridPage, GridFull)


@dataclass(frozen=True, slots=True)
class MyDay(CallbackData, prefix="myday"):
    """The reader's day: in a new message (under /mine), in place (another day under /today)."""

    day: str
    edit: int = 0


# A user's settings (handlers/settings.py, handlers/start.py).


@dataclass(frozen=True, slots=True)
class ReminderLead(CallbackData, prefix="remind"):
    """Minutes before a starred session that its reminder comes (0: none)."""

    minutes: int


@dataclass(frozen=True, slots=True)
class MorningDigest(CallbackData, prefix="digest"):
    """The time the morning digest comes at, as "0730" (one of users.DIGEST_CHOICES), or "off"."""

    at: str


@dataclass(frozen=True, slots=True)
class ChooseLanguage(CallbackData, prefix="lang"):
    code: str


# Speakers (handlers/speakers.py): Yes or No under "Are you NAME?", and their reminders' lead.


@dataclass(frozen=True, slots=True)
class Claim(CallbackData, prefix="claim"):
    """Yes, that is me: `token` is the pending claim's, checked by bot/store/speakers.py."""

    token: str


@dataclass(frozen=True, slots=True)
class DeclineClaim(CallbackData, prefix="noclaim"):
    pass


@dataclass(frozen=True, slots=True)
class SpeakerLead(CallbackData, prefix="slead"):
    minutes: int


# Scheduled announcements (handlers/announcements.py): Confirm under the preview, and Cancel
# beside each in /scheduled (`number`: the scheduled row's id).


@dataclass(frozen=True, slots=True)
class ScheduleAnnouncement(CallbackData, prefix="ans"):
    draft: str


@dataclass(frozen=True, slots=True)
class CancelScheduled(CallbackData, prefix="ansx"):
    number: int


# Feedback on sessions (handlers/feedback.py, under the question of bot/delivery/render.py, and
# in /settings): a rating, Comment, no comment after all, and being asked at all (1) or not (0).


@dataclass(frozen=True, slots=True)
class RateSession(CallbackData, prefix="fb"):
    key: str
    rating: int


@dataclass(frozen=True, slots=True)
class CommentOn(CallbackData, prefix="fbc"):
    key: str


@dataclass(frozen=True, slots=True)
class NoComment(CallbackData, prefix="fbn"):
    pass


@dataclass(frozen=True, slots=True)
class FeedbackQuestions(CallbackData, prefix="fbq"):
    """`place`: "q" under a question (its message then says so), "s" in /settings (shown again)."""

    on: int
    place: str = "q"


# Questions to the panel (handlers/panel.py; ❓ and 🙋 under a card of handlers/cards.py while the
# session runs). `key` is a session's short id, `number` a question's id in bot/store/panel.py.


@dataclass(frozen=True, slots=True)
class AskPanel(CallbackData, prefix="qa"):
    """❓ Ask the panel: the next message is the question."""

    key: str


@dataclass(frozen=True, slots=True)
class StopAsking(CallbackData, prefix="qx"):
    """Cancel under "Your question for …": the next message is a question to the bot again."""


@dataclass(frozen=True, slots=True)
class PanelFor(CallbackData, prefix="qp"):
    """The session a question written as "question for the panel: …" is for (several were on)."""

    key: str


@dataclass(frozen=True, slots=True)
class PanelQuestions(CallbackData, prefix="qs"):
    """A session's questions, as the presser may see them: in a new message, or in place (1)."""

    key: str
    edit: int = 0


@dataclass(frozen=True, slots=True)
class PanelVote(CallbackData, prefix="qv"):
    number: int


@dataclass(frozen=True, slots=True)
class PanelAnswered(CallbackData, prefix="qok"):
    number: int


@dataclass(frozen=True, slots=True)
class PanelHide(CallbackData, prefix="qh"):
    number: int


PANEL_BUTTONS: tuple[type[CallbackData], ...] = (
    AskPanel,
    StopAsking,
    PanelFor,
    PanelQuestions,
    PanelVote,
    PanelAnswered,
    PanelHide,
)
