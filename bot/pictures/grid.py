"""The day as a picture: rooms as columns, time running down, each session a block.

A block shows its time and its title (wrapped, shortened with "…"), coloured by its kind; breaks,
lunch and sessions held nowhere in particular run across every room; the reader's starred sessions
have a gold frame and a star; a red line marks the time on the day it is. Labels are in the
reader's language and times in the conference's zone (the `Speaker`).

Many rooms make pages of at most ROOMS_PER_PAGE columns, each readable on a phone; `full=True`
draws every room at once (sent as a file). Pure: no Telegram, no I/O; the PNG comes back as bytes
with where each block and each text went, for the tests and whoever wants to check.
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

from bot.answers.lines import kind_label
from bot.i18n import Speaker
from bot.pictures.fonts import Weight, font
from bot.programme.kinds import PAUSE_KINDS, SessionKind
from bot.programme.model import Programme, Session

ROOMS_PER_PAGE = 6
# A photo's page in JPEG (Telegram's own format for photos); the whole day as a file in PNG.
Encoding = Literal["jpeg", "png"]
# A column is wider when a page has few rooms (more of each title on a line), never narrower.
COLUMN_MIN, COLUMN_MAX, PAGE_BODY_WIDTH = 184, 320, 1104
GUTTER_MIN = 52  # the hours, left of the first room: as wide as their labels
MARGIN = 14
TITLE_HEIGHT = 52
ROOMS_HEIGHT = 54
# Minutes to pixels: the day's hours fill about BODY_PIXELS, within these bounds (a 15-minute
# talk keeps one line of text, a long day stays a picture Telegram does not shrink much).
BODY_PIXELS = 1550
PX_PER_MINUTE_MIN, PX_PER_MINUTE_MAX = 1.7, 2.8
PAD = 5
# Hours with nothing on in any room, GAP_HOURS or more of them, are drawn GAP_PIXELS high.
GAP_HOURS, GAP_PIXELS = 2, 30
TIME_SIZE, TITLE_SIZE, ROOM_SIZE, HOUR_SIZE, LEGEND_SIZE, HEADING_SIZE = 16, 19, 17, 16, 17, 27
TIME_LINE, TITLE_LINE = 20, 23
STAR_SIZE = 17

INK = (34, 34, 38)
SOFT_INK = (96, 96, 104)
PAPER = (255, 255, 255)
RULE = (226, 226, 230)
HALF_RULE = (242, 242, 245)
HEADER = (244, 245, 248)
NOW = (214, 36, 36)
GOLD = (232, 158, 0)
PAUSE_FILL, PAUSE_STRIPE, PAUSE_EDGE = (240, 240, 236), (228, 228, 221), (196, 196, 188)

# (fill, edge) of a block by its session's kind.
KIND_COLOURS: dict[SessionKind, tuple[tuple[int, int, int], tuple[int, int, int]]] = {
    SessionKind.PLENARY: ((212, 226, 250), (70, 112, 190)),
    SessionKind.BREAKOUT: ((218, 239, 212), (74, 138, 62)),
    SessionKind.WORKSHOP: ((255, 232, 200), (204, 122, 30)),
    SessionKind.TALK: ((230, 224, 248), (112, 82, 172)),
    SessionKind.ROUNDTABLE: ((250, 220, 229), (178, 66, 100)),
    SessionKind.SIDE_EVENT: ((214, 239, 239), (38, 128, 128)),
    SessionKind.VISIT: ((238, 228, 208), (140, 108, 58)),
    SessionKind.RECEPTION: ((250, 224, 246), (166, 58, 148)),
    SessionKind.OTHER: ((232, 232, 232), (120, 120, 120)),
    SessionKind.BREAK: (PAUSE_FILL, PAUSE_EDGE),
    SessionKind.LUNCH: (PAUSE_FILL, PAUSE_EDGE),
}


@dataclass(frozen=True, slots=True)
class Box:
    x0: int
    y0: int
    x1: int
    y1: int

    def contains(self, other: Box) -> bool:
        return self.x0 <= other.x0 and self.y0 <= other.y0 and other.x1 <= self.x1 and other.y1 <= self.y1


@dataclass(frozen=True, slots=True)
class Text:
    """A line of text as drawn: its box (advance wide, ascent + descent high) and its face."""

    text: str
    box: Box
    face: ImageFont.FreeTypeFont = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Block:
    session_id: str
    box: Box
    starred: bool
    across: bool  # a break or lunch: across every room of the page
    texts: tuple[Text, ...]


@dataclass(frozen=True, slots=True)
class Picture:
    data: bytes
    encoding: Encoding
    width: int
    height: int
    page: int
    pages: int
    rooms: tuple[str, ...]
    blocks: tuple[Block, ...]
    now_at: int | None = None  # the height of the time line, when there is one

    def block(self, session_id: str) -> Block | None:
        return next((b for b in self.blocks if b.session_id == session_id), None)


# Babel writes "3:00 PM" with a narrow no-break space, which the face lacks (it would be a box).
_SUBSTITUTES = str.maketrans({"\u202f": " ", "\u00a0": " ", "\u2009": " ", "\u2007": " "})


def drawable(text: str) -> str:
    return text.translate(_SUBSTITUTES)


def time_range(s: Speaker, start: datetime, end: datetime) -> str:
    """'09:00–10:15', and '10:30–10:55 AM' rather than '10:30 AM–10:55 AM' (a column is narrow)."""
    first, last = drawable(s.time(start)), drawable(s.time(end))
    suffix = last.lstrip("0123456789:.")
    if suffix and first.endswith(suffix):
        first = first[: -len(suffix)]
    return f"{first}–{last}"


def day_sessions(programme: Programme, day: date) -> tuple[Session, ...]:
    """What the picture of a day shows: its sessions that are not cancelled."""
    return tuple(x for x in programme.sessions_on(day) if not x.cancelled)


def runs_across(programme: Programme, session: Session) -> bool:
    """Breaks, lunch and what is held in no room of the programme run across every room."""
    return session.kind in PAUSE_KINDS or session.room_id is None or session.room_id not in programme.rooms


def room_pages(programme: Programme, day: date) -> tuple[tuple[str, ...], ...]:
    """The rooms used on a day in the programme's order, in pages of at most ROOMS_PER_PAGE of
    nearly equal size (37 rooms: 8, 8, 7, 7, 7). No rooms (only breaks, or nothing): one page."""
    used = {x.room_id for x in day_sessions(programme, day) if not runs_across(programme, x)}
    rooms = [room_id for room_id in programme.rooms if room_id in used]
    count = max(1, math.ceil(len(rooms) / ROOMS_PER_PAGE))
    size, extra = divmod(len(rooms), count)
    pages, at = [], 0
    for number in range(count):
        length = size + (1 if number < extra else 0)
        pages.append(tuple(rooms[at : at + length]))
        at += length
    return tuple(pages)


def _lanes(sessions: Iterable[Session]) -> dict[str, tuple[int, int]]:
    """Sessions of one room that overlap share its column side by side: (lane, lanes) each."""
    found: dict[str, tuple[int, int]] = {}
    group: list[tuple[Session, int]] = []
    ends: list[datetime] = []
    group_end: datetime | None = None

    def close() -> None:
        found.update((x.id, (lane, len(ends))) for x, lane in group)

    for session in sorted(sessions, key=lambda x: (x.start, x.end, x.id)):
        if group_end is not None and session.start >= group_end:
            close()
            group, ends, group_end = [], [], None
        for lane, end in enumerate(ends):
            if end <= session.start:
                ends[lane] = session.end
                break
        else:
            lane = len(ends)
            ends.append(session.end)
        group.append((session, lane))
        group_end = session.end if group_end is None else max(group_end, session.end)
    close()
    return found


# Each character's advance, per face, measured once in the process: the basic layout neither
# kerns nor joins, so a text's width is the sum of its characters' (checked by the tests against
# what FreeType draws), and measuring a title costs a few dictionary look-ups instead of a
# FreeType layout (~10 µs) for every word and every attempt at shortening.
_ADVANCES: dict[int, dict[str, float]] = {}


def text_width(face: ImageFont.FreeTypeFont, text: str) -> float:
    table = _ADVANCES.setdefault(id(face), {})
    total = 0.0
    for char in text:
        advance = table.get(char)
        if advance is None:
            advance = table[char] = face.getlength(char)
        total += advance
    return total


class _Fitter:
    """Text shortened and wrapped to a width, words measured once per drawing."""

    def __init__(self) -> None:
        self._widths: dict[tuple[int, str], float] = {}

    def width(self, face: ImageFont.FreeTypeFont, text: str) -> float:
        key = (id(face), text)
        found = self._widths.get(key)
        if found is None:
            found = self._widths[key] = text_width(face, text)
        return found

    def clip(self, face: ImageFont.FreeTypeFont, text: str, width: float) -> str:
        """`text`, or as much of it as fits with "…" after it ("" when not even one letter does)."""
        if self.width(face, text) <= width:
            return text
        room = width - self.width(face, "…")
        kept, cut = 0.0, 0
        for char in text:
            kept += text_width(face, char)
            if kept > room:
                break
            cut += 1
        while cut > 0 and text_width(face, text[:cut].rstrip()) > room:
            cut -= 1
        return text[:cut].rstrip() + "…" if cut else ""

    def wrap(self, face: ImageFont.FreeTypeFont, text: str, width: float, lines: int) -> list[str]:
        """At most `lines` lines; the last ends with … when the text goes on."""
        if lines <= 0:
            return []
        space = self.width(face, " ")
        out: list[str] = []
        current: list[str] = []
        current_width = 0.0
        words = text.split()
        for index, word in enumerate(words):
            size = self.width(face, word)
            if current and current_width + space + size <= width:
                current.append(word)
                current_width += space + size
                continue
            if current:
                out.append(" ".join(current))
                if len(out) == lines:
                    return [*out[:-1], self.clip(face, out[-1] + " " + " ".join(words[index:]) + "…", width)]
            if size > width:  # a word longer than the column: cut it where it must
                word = self.clip(face, word, width).removesuffix("…")
                size = self.width(face, word)
            current, current_width = [word], size
        if current:
            out.append(" ".join(current))
        return out


@dataclass(frozen=True, slots=True)
class _Frame:
    """Where things go on one page. Time runs down at `per_minute` pixels a minute, except in the
    `gaps`: hours when nothing at all is on (a morning, then an evening reception), drawn
    GAP_PIXELS high."""

    origin: datetime
    finish: datetime
    per_minute: float
    column: int
    body_top: int
    body_bottom: int
    width: int
    rooms: tuple[str, ...]
    gutter: int
    gaps: tuple[tuple[datetime, datetime], ...] = ()

    def y(self, instant: datetime) -> int:
        minutes = (instant - self.origin).total_seconds() / 60
        squeezed = 0.0
        for start, end in self.gaps:
            if instant <= start:
                break
            length = (end - start).total_seconds() / 60
            inside = min(length, (instant - start).total_seconds() / 60)
            # The gap's minutes count GAP_PIXELS in all, not their length at the usual pace.
            squeezed += inside - inside / length * GAP_PIXELS / self.per_minute
        return self.body_top + round((minutes - squeezed) * self.per_minute)

    def in_gap(self, instant: datetime) -> bool:
        return any(start < instant < end for start, end in self.gaps)

    def x(self, room_index: int) -> int:
        return self.gutter + room_index * self.column

    @property
    def right(self) -> int:
        return self.x(len(self.rooms)) if self.rooms else self.width - MARGIN


def _gaps(sessions: Sequence[Session], s: Speaker) -> tuple[tuple[datetime, datetime], ...]:
    """Whole hours of at least GAP_HOURS with nothing on in any room."""
    gaps = []
    ordered = sorted(sessions, key=lambda x: x.start)
    busy_until = ordered[0].end
    for session in ordered[1:]:
        if session.start > busy_until:
            start = s.local(busy_until)
            if start.minute or start.second:
                start = start.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
            end = s.local(session.start).replace(minute=0, second=0, microsecond=0)
            if end - start >= timedelta(hours=GAP_HOURS):
                gaps.append((start, end))
        busy_until = max(busy_until, session.end)
    return tuple(gaps)


def _frame(sessions: Sequence[Session], rooms: tuple[str, ...], s: Speaker) -> _Frame:
    first = s.local(min(x.start for x in sessions))
    last = s.local(max(x.end for x in sessions))
    origin = first.replace(minute=0, second=0, microsecond=0)
    finish = last.replace(minute=0, second=0, microsecond=0)
    if finish < last:
        finish += timedelta(hours=1)
    gaps = _gaps(sessions, s)
    gap_minutes = sum((end - start).total_seconds() / 60 for start, end in gaps)
    minutes = max(60.0, (finish - origin).total_seconds() / 60 - gap_minutes)
    per_minute = min(PX_PER_MINUTE_MAX, max(PX_PER_MINUTE_MIN, BODY_PIXELS / minutes))
    column = min(COLUMN_MAX, max(COLUMN_MIN, PAGE_BODY_WIDTH // max(1, len(rooms))))
    face = font(HOUR_SIZE, Weight.MEDIUM)
    hours = (origin + timedelta(hours=h) for h in range(round((finish - origin).total_seconds()) // 3600 + 1))
    gutter = max(GUTTER_MIN, 16 + math.ceil(max(text_width(face, drawable(s.time(h))) for h in hours)))
    width = gutter + column * max(len(rooms), 2) + MARGIN
    body_top = TITLE_HEIGHT + ROOMS_HEIGHT
    body_bottom = body_top + round(minutes * per_minute) + GAP_PIXELS * len(gaps)
    return _Frame(origin, finish, per_minute, column, body_top, body_bottom, width, rooms, gutter, gaps)


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, radius: float, fill: tuple[int, int, int]) -> None:
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(points, fill=fill, outline=INK)


class _Painter:
    def __init__(self, frame: _Frame, height: int, s: Speaker) -> None:
        self.frame = frame
        self.s = s
        self.image = Image.new("RGB", (frame.width, height), PAPER)
        self.draw = ImageDraw.Draw(self.image)
        self.fit = _Fitter()

    def text(
        self, xy: tuple[float, float], text: str, face: ImageFont.FreeTypeFont, fill: tuple[int, ...]
    ) -> Text:
        """Draw a line; its box is its advance wide and the face's ascent and descent high."""
        self.draw.text(xy, text, font=face, fill=fill)
        ascent, descent = face.getmetrics()
        x, y = xy
        right = x + self.fit.width(face, text)
        box = Box(math.floor(x), math.floor(y), math.ceil(right), math.ceil(y + ascent + descent))
        return Text(text, box, face)

    def grid_lines(self) -> None:
        frame, draw = self.frame, self.draw
        hour = frame.origin
        face = font(HOUR_SIZE, Weight.MEDIUM)
        for start, end in frame.gaps:
            # The hours left out: a band of dots between the hour before and the hour after.
            top, bottom = frame.y(start), frame.y(end)
            draw.rectangle([frame.gutter, top, frame.right, bottom], fill=HEADER)
            for x in range(frame.gutter + 6, frame.right - 4, 10):
                draw.ellipse([x, (top + bottom) // 2 - 1, x + 3, (top + bottom) // 2 + 2], fill=RULE)
        while hour <= frame.finish:
            if frame.in_gap(hour):
                hour += timedelta(hours=1)
                continue
            y = frame.y(hour)
            half = frame.y(hour + timedelta(minutes=30))
            if hour < frame.finish and not frame.in_gap(hour + timedelta(minutes=30)):
                draw.line([(frame.gutter, half), (frame.right, half)], fill=HALF_RULE, width=1)
            draw.line([(frame.gutter - 6, y), (frame.right, y)], fill=RULE, width=1)
            label = drawable(self.s.time(hour))
            width = text_width(face, label)
            top = y + 2 if hour == frame.origin else y - HOUR_SIZE // 2 - 2
            draw.text((frame.gutter - 8 - width, top), label, font=face, fill=SOFT_INK)
            hour += timedelta(hours=1)
        for index in range(len(frame.rooms) + 1):
            x = frame.x(index)
            draw.line([(x, frame.body_top - ROOMS_HEIGHT), (x, frame.body_bottom)], fill=RULE, width=1)

    def heading(self, title: str, pages_text: str) -> None:
        frame = self.frame
        face = font(HEADING_SIZE, Weight.SEMIBOLD)
        small = font(LEGEND_SIZE)
        right_width = self.fit.width(small, pages_text) if pages_text else 0
        shown = self.fit.clip(face, title, frame.width - 2 * MARGIN - right_width - 12)
        self.draw.text((MARGIN, 12), shown, font=face, fill=INK)
        if pages_text:
            self.draw.text((frame.width - MARGIN - right_width, 19), pages_text, font=small, fill=SOFT_INK)

    def room_names(self, programme: Programme) -> None:
        frame = self.frame
        top = frame.body_top - ROOMS_HEIGHT
        self.draw.rectangle([frame.gutter, top, frame.right, frame.body_top - 1], fill=HEADER)
        face = font(ROOM_SIZE, Weight.SEMIBOLD)
        for index, room_id in enumerate(frame.rooms):
            x = frame.x(index)
            width = frame.column - 2 * PAD
            lines = self.fit.wrap(face, drawable(programme.rooms[room_id].name), width, 2)
            line_height = ROOM_SIZE + 4
            y = top + (ROOMS_HEIGHT - line_height * len(lines)) // 2
            for line in lines:
                size = self.fit.width(face, line)
                self.draw.text((x + (frame.column - size) / 2, y), line, font=face, fill=INK)
                y += line_height
        self.draw.line([(frame.gutter, frame.body_top - 1), (frame.right, frame.body_top - 1)], fill=RULE)

    def pause(self, session: Session, starred: bool) -> Block:
        frame, draw = self.frame, self.draw
        box = Box(frame.gutter + 1, frame.y(session.start) + 1, frame.right - 1, frame.y(session.end) - 1)
        # Diagonal stripes: a pause reads as "no session" at a glance.
        width, height = box.x1 - box.x0, box.y1 - box.y0
        if width > 0 and height > 0:
            band = Image.new("RGB", (width, height), PAUSE_FILL)
            lines = ImageDraw.Draw(band)
            for x in range(-height, width, 14):
                lines.line([(x, height), (x + height, 0)], fill=PAUSE_STRIPE, width=3)
            self.image.paste(band, (box.x0, box.y0))
        draw.rectangle(
            [box.x0, box.y0, box.x1, box.y1],
            outline=GOLD if starred else PAUSE_EDGE,
            width=3 if starred else 1,
        )
        face = font(TITLE_SIZE, Weight.MEDIUM)
        title = drawable(session.title.get(self.s.language))
        label = f"{title} · {time_range(self.s, session.start, session.end)}"
        texts: list[Text] = []
        if box.y1 - box.y0 >= TITLE_LINE + 2:
            label = self.fit.clip(face, label, box.x1 - box.x0 - 2 * PAD - (2 * STAR_SIZE if starred else 0))
            size = self.fit.width(face, label)
            left = (box.x0 + box.x1 - size) / 2
            top = (box.y0 + box.y1) / 2 - TITLE_LINE / 2 - 1
            draw.rectangle([left - 6, top, left + size + 6, top + TITLE_LINE + 2], fill=PAUSE_FILL)
            texts.append(self.text((left, top), label, face, SOFT_INK))
            if starred:
                _star(
                    draw, left + size + 6 + STAR_SIZE * 0.7, top + TITLE_LINE / 2 + 1, STAR_SIZE / 2 + 1, GOLD
                )
        return Block(session.id, box, starred, True, tuple(texts))

    def session(self, session: Session, room_index: int, lane: int, lanes: int, starred: bool) -> Block:
        frame, draw = self.frame, self.draw
        left = frame.x(room_index)
        share = frame.column / lanes
        box = Box(
            round(left + lane * share) + 2,
            frame.y(session.start) + 1,
            round(left + (lane + 1) * share) - 2,
            max(frame.y(session.end) - 1, frame.y(session.start) + 12),
        )
        fill, edge = KIND_COLOURS[session.kind]
        draw.rectangle([box.x0, box.y0, box.x1, box.y1], fill=fill, outline=edge, width=1)
        draw.rectangle([box.x0, box.y0, box.x0 + 3, box.y1], fill=edge)  # the kind, again, on the left
        if starred:
            draw.rectangle([box.x0, box.y0, box.x1, box.y1], outline=GOLD, width=4)
        inner_left = box.x0 + PAD + 3
        inner_right = box.x1 - PAD - (1 if not starred else 3)
        width = inner_right - inner_left
        star_room = STAR_SIZE + 4 if starred else 0
        height = box.y1 - box.y0
        time_face = font(TIME_SIZE, Weight.SEMIBOLD)
        title_face = font(TITLE_SIZE)
        title = drawable(session.title.get(self.s.language))
        texts: list[Text] = []
        top = box.y0 + (PAD if not starred else PAD + 1)
        if height >= 2 * PAD + TIME_LINE + TITLE_LINE:
            when = self.fit.clip(time_face, time_range(self.s, session.start, session.end), width - star_room)
            texts.append(self.text((inner_left, top - 1), when, time_face, SOFT_INK))
            lines = (height - 2 * PAD - TIME_LINE) // TITLE_LINE
            y = top + TIME_LINE
            for line in self.fit.wrap(title_face, title, width, lines):
                texts.append(self.text((inner_left, y - 1), line, title_face, INK))
                y += TITLE_LINE
        elif height >= sum(font(TIME_SIZE).getmetrics()) + 2:
            # Too short for two lines: the start and the title on one, smaller.
            face = font(TIME_SIZE)
            line = self.fit.clip(face, f"{drawable(self.s.time(session.start))} {title}", width - star_room)
            middle = box.y0 + (height - sum(face.getmetrics())) / 2
            texts.append(self.text((inner_left, middle), line, face, INK))
        if starred:
            _star(draw, box.x1 - 5 - STAR_SIZE / 2, box.y0 + 5 + STAR_SIZE / 2, STAR_SIZE / 2 + 1, GOLD)
        return Block(session.id, box, starred, False, tuple(texts))

    def now_line(self, now: datetime) -> None:
        frame, draw = self.frame, self.draw
        y = frame.y(now)
        draw.line([(frame.gutter - 4, y), (frame.right, y)], fill=NOW, width=3)
        face = font(HOUR_SIZE, Weight.SEMIBOLD)
        label = drawable(self.s.time(now))
        width = text_width(face, label)
        draw.rounded_rectangle(
            [frame.gutter - 10 - width, y - 12, frame.gutter - 1, y + 12], radius=5, fill=NOW
        )
        draw.text((frame.gutter - 6 - width, y - HOUR_SIZE / 2 - 2), label, font=face, fill=PAPER)

    def legend(
        self, items: list[tuple[str, str, tuple[int, int, int], tuple[int, int, int]]], top: int
    ) -> None:
        """Items (what, label, fill, edge) in rows; `what` is "kind", "pause", "star" or "now"."""
        face = font(LEGEND_SIZE)
        x: float = MARGIN
        y = top
        for what, label, fill, edge in items:
            size = 28 + self.fit.width(face, label) + 20
            if x + size > self.frame.width - MARGIN and x > MARGIN:
                x, y = MARGIN, y + LEGEND_ROW
            if what == "star":
                _star(self.draw, x + 11, y + 12, 10, GOLD)
            elif what == "now":
                self.draw.line([(x, y + 12), (x + 22, y + 12)], fill=NOW, width=3)
            else:
                self.draw.rectangle([x, y + 4, x + 22, y + 20], fill=fill, outline=edge)
                if what == "kind":
                    self.draw.rectangle([x, y + 4, x + 3, y + 20], fill=edge)
                else:
                    self.draw.line([(x + 4, y + 18), (x + 18, y + 6)], fill=PAUSE_STRIPE, width=3)
            self.draw.text((x + 28, y + 1), label, font=face, fill=INK)
            x += size


LEGEND_ROW = 30


def _legend_items(
    sessions: Sequence[Session], starred_any: bool, now: datetime | None, s: Speaker, programme: Programme
) -> list[tuple[str, str, tuple[int, int, int], tuple[int, int, int]]]:
    kinds = {x.kind for x in sessions if not runs_across(programme, x)}
    items = [("kind", kind_label(kind, s), *KIND_COLOURS[kind]) for kind in SessionKind if kind in kinds]
    pauses = [x for x in sessions if runs_across(programme, x)]
    if pauses:
        # One striped swatch for what runs across the rooms: "Break and lunch".
        names = list(dict.fromkeys(kind_label(x.kind, s) for x in sorted(pauses, key=lambda x: x.kind)))
        names[1:] = [name[:1].lower() + name[1:] for name in names[1:]]  # "Break and lunch"
        items.append(("pause", s.join(names), PAUSE_FILL, PAUSE_EDGE))
    if starred_any:
        items.append(("star", s._("Your sessions"), GOLD, GOLD))
    if now is not None:
        items.append(("now", s._("Now ({time})", time=drawable(s.time(now))), NOW, NOW))
    return items


def _legend_height(
    items: list[tuple[str, str, tuple[int, int, int], tuple[int, int, int]]], width: int
) -> int:
    face = font(LEGEND_SIZE)
    rows, x = 1, float(MARGIN)
    for _, label, _, _ in items:
        size = 28 + text_width(face, label) + 20
        if x + size > width - MARGIN and x > MARGIN:
            rows, x = rows + 1, float(MARGIN)
        x += size
    return rows * LEGEND_ROW


def draw_day(
    programme: Programme,
    day: date,
    s: Speaker,
    *,
    page: int = 0,
    starred: frozenset[str] = frozenset(),
    now: datetime | None = None,
    full: bool = False,
    encoding: Encoding = "jpeg",
) -> Picture:
    """Page `page` of the day's picture (or every room, `full`). `now` draws the time line when
    it falls within the day's hours. Raises LookupError for a day without sessions or a page out
    of range. Safe to call from several threads: they draw one at a time."""
    with _DRAWING:
        return _draw_day(programme, day, s, page=page, starred=starred, now=now, full=full, encoding=encoding)


# The faces of fonts.py are shared, and a FreeType face is not to be used by two threads at once
# (the bot draws in threads, handlers/grid.py). One drawing at a time also keeps a burst of
# requests from taking every core from the bot's event loop.
_DRAWING = threading.Lock()


def _draw_day(
    programme: Programme,
    day: date,
    s: Speaker,
    *,
    page: int,
    starred: frozenset[str],
    now: datetime | None,
    full: bool,
    encoding: Encoding,
) -> Picture:
    sessions = day_sessions(programme, day)
    if not sessions:
        raise LookupError(day)
    pages = room_pages(programme, day)
    if not 0 <= page < len(pages):
        raise LookupError(page)
    rooms = tuple(room for p in pages for room in p) if full else pages[page]
    on_page = [x for x in sessions if runs_across(programme, x) or x.room_id in rooms]
    frame = _frame(sessions, rooms, s)
    line_at = now if now is not None and frame.origin <= now <= frame.finish else None
    starred_here = any(x.id in starred for x in on_page)
    items = _legend_items(on_page, starred_here, line_at, s, programme)
    legend_top = frame.body_bottom + 18
    height = legend_top + _legend_height(items, frame.width) + 8
    painter = _Painter(frame, height, s)

    painter.grid_lines()
    pages_text = ""
    if len(pages) > 1 and not full:
        first = sum(len(p) for p in pages[:page]) + 1
        total = sum(len(p) for p in pages)
        pages_text = s._(
            "Rooms {first}–{last} of {count}", first=first, last=first + len(rooms) - 1, count=total
        )
    painter.heading(s.day_title(day), pages_text)
    painter.room_names(programme)
    blocks: list[Block] = []
    for session in on_page:
        if runs_across(programme, session):
            blocks.append(painter.pause(session, session.id in starred))
    index = {room_id: i for i, room_id in enumerate(rooms)}
    by_room: dict[str, list[Session]] = {}
    for session in on_page:
        if not runs_across(programme, session):
            by_room.setdefault(session.room_id or "", []).append(session)
    for room_id, room_sessions in by_room.items():
        lanes = _lanes(room_sessions)
        for session in room_sessions:
            lane, count = lanes[session.id]
            blocks.append(painter.session(session, index[room_id], lane, count, session.id in starred))
    if line_at is not None:
        painter.now_line(line_at)
    painter.legend(items, legend_top)
    buffer = io.BytesIO()
    if encoding == "jpeg":
        # Telegram turns every photo into a JPEG anyway: this one keeps the colours of letters
        # sharp (no chroma subsampling) and costs a fifth of a PNG's time (bench/grid.py).
        painter.image.save(buffer, format="JPEG", quality=JPEG_QUALITY, subsampling=0)
    else:
        # A file to zoom into: lossless; zlib level 1, a third of the default level's time.
        painter.image.save(buffer, format="PNG", compress_level=1)
    now_at = frame.y(line_at) if line_at is not None else None
    return Picture(
        buffer.getvalue(), encoding, frame.width, height, page, len(pages), rooms, tuple(blocks), now_at
    )


JPEG_QUALITY = 88
