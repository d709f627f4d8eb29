"""Pictures already drawn, and the file ids Telegram gave them: the same picture is not drawn twice.

A picture is known by what it shows: the day's sessions and rooms as they are now (hashed, so an
organiser's change or a new programme file makes a new picture), the day, the language, the page,
the reader's starred sessions that appear on it, and the time line to NOW_STEP. A picture without
stars is the same for everyone who reads that language: once uploaded, it is sent again by the
file id Telegram returned, without uploading it.

Bounded: the least recently used pictures go first once they hold more than `max_bytes`.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.pictures.grid import Picture, day_sessions, room_pages, runs_across
from bot.programme.model import Programme

NOW_STEP = timedelta(minutes=5)
FULL = -1  # the page number of the picture with every room


@dataclass(frozen=True, slots=True)
class PictureKey:
    version: str
    day: date
    language: str
    page: int
    stars: frozenset[str]
    now: datetime | None

    @property
    def shared(self) -> bool:
        """Without stars the picture is everyone's, and Telegram's file id can be reused."""
        return not self.stars

    @property
    def full(self) -> bool:
        return self.page == FULL


def now_line(programme: Programme, day: date, now: datetime) -> datetime | None:
    """Where the time line goes on a day's picture: the clock's time to NOW_STEP, on that day only."""
    if programme.conference.programme_day(now) != day:
        return None
    local = now.astimezone(programme.timezone)
    step = int(NOW_STEP.total_seconds() // 60)
    return local.replace(minute=local.minute - local.minute % step, second=0, microsecond=0)


class PictureCache:
    def __init__(self, max_bytes: int = 64 * 1024 * 1024, max_file_ids: int = 4096) -> None:
        self.max_bytes = max_bytes
        self.max_file_ids = max_file_ids
        self._pictures: OrderedDict[PictureKey, Picture] = OrderedDict()
        self._file_ids: OrderedDict[PictureKey, str] = OrderedDict()
        self._bytes = 0
        # The programme last asked about (held, so that its identity stays its own) and the
        # versions of its days.
        self._programme: Programme | None = None
        self._versions: dict[date, str] = {}

    def version(self, programme: Programme, day: date) -> str:
        """A digest of what the day's picture shows of the programme."""
        if programme is not self._programme:
            self._programme, self._versions = programme, {}
        found = self._versions.get(day)
        if found is None:
            digest = hashlib.blake2b(digest_size=12)
            for room_id, room in programme.rooms.items():
                digest.update(f"{room_id}\0{room.name}\1".encode())
            for x in day_sessions(programme, day):
                values = "\0".join(f"{k}={v}" for k, v in sorted(x.title.values.items()))
                digest.update(f"{x.id}\0{x.kind}\0{x.start}\0{x.end}\0{x.room_id}\0{values}\1".encode())
            found = self._versions[day] = digest.hexdigest()
        return found

    def key(
        self,
        programme: Programme,
        day: date,
        language: str,
        page: int,
        starred: frozenset[str],
        now: datetime,
    ) -> PictureKey:
        """The key of the picture a reader with these stars gets at `now` (`page` FULL: every room)."""
        if page == FULL:
            rooms = {room for p in room_pages(programme, day) for room in p}
        else:
            pages = room_pages(programme, day)
            rooms = set(pages[page]) if 0 <= page < len(pages) else set()
        shown = frozenset(
            x.id
            for x in day_sessions(programme, day)
            if x.id in starred and (x.room_id in rooms or runs_across(programme, x))
        )
        return PictureKey(
            self.version(programme, day), day, language, page, shown, now_line(programme, day, now)
        )

    def get(self, key: PictureKey) -> Picture | None:
        picture = self._pictures.get(key)
        if picture is not None:
            self._pictures.move_to_end(key)
        return picture

    def put(self, key: PictureKey, picture: Picture) -> None:
        old = self._pictures.pop(key, None)
        if old is not None:
            self._bytes -= len(old.data)
        self._pictures[key] = picture
        self._bytes += len(picture.data)
        while self._bytes > self.max_bytes and len(self._pictures) > 1:
            _, gone = self._pictures.popitem(last=False)
            self._bytes -= len(gone.data)

    def file_id(self, key: PictureKey) -> str | None:
        return self._file_ids.get(key) if key.shared else None

    def keep_file_id(self, key: PictureKey, file_id: str) -> None:
        if not key.shared:
            return
        self._file_ids[key] = file_id
        self._file_ids.move_to_end(key)
        while len(self._file_ids) > self.max_file_ids:
            self._file_ids.popitem(last=False)

    def forget_file_id(self, key: PictureKey) -> None:
        self._file_ids.pop(key, None)

    @property
    def file_ids_kept(self) -> int:
        """How many shared pictures Telegram already holds (sent again by their file id)."""
        return len(self._file_ids)

    def __len__(self) -> int:
        return len(self._pictures)

    @property
    def size(self) -> int:
        """Bytes of the pictures held."""
        return self._bytes
