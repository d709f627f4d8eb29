"""The pictures' cache: a key by what the picture shows, bounded, file ids only for shared pictures."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.i18n import speaker
from bot.pictures.cache import FULL, PictureCache, now_line
from bot.pictures.grid import draw_day
from tests.pictures.many_rooms import DAY, ZONE, at, many_rooms

PROGRAMME = many_rooms(12)  # two pages: r0–r5, r6–r11


def test_a_key_holds_only_the_stars_shown_on_its_page() -> None:
    cache = PictureCache()
    stars = frozenset({"r1-0", "r8-0", "coffee", "elsewhere"})
    first = cache.key(PROGRAMME, DAY, "fr", 0, stars, at(11))
    second = cache.key(PROGRAMME, DAY, "fr", 1, stars, at(11))
    assert first.stars == {"r1-0", "coffee"}
    assert second.stars == {"r8-0", "coffee"}
    assert cache.key(PROGRAMME, DAY, "fr", FULL, stars, at(11)).stars == {"r1-0", "r8-0", "coffee"}
    # Someone whose stars are all on other pages gets the shared picture of this one.
    other = cache.key(PROGRAMME, DAY, "fr", 1, frozenset({"r1-0"}), at(11))
    assert other.shared
    assert other == cache.key(PROGRAMME, DAY, "fr", 1, frozenset(), at(11))


def test_the_time_line_moves_the_key_every_five_minutes_on_its_day_only() -> None:
    cache = PictureCache()
    keys = {cache.key(PROGRAMME, DAY, "fr", 0, frozenset(), at(11, m)).now for m in range(10)}
    assert keys == {at(11, 0), at(11, 5)}
    assert now_line(PROGRAMME, DAY, at(11) + timedelta(days=1)) is None


def test_a_change_to_the_days_sessions_is_another_picture() -> None:
    cache = PictureCache()
    before = cache.key(PROGRAMME, DAY, "fr", 0, frozenset(), at(11))
    session = PROGRAMME.session("r1-0")
    assert session is not None
    moved = replace(session, room_id="r9")
    after = PROGRAMME.replace_sessions([moved, *(x for x in PROGRAMME.sessions if x.id != "r1-0")])
    assert cache.key(after, DAY, "fr", 0, frozenset(), at(11)).version != before.version
    assert cache.key(PROGRAMME, DAY, "fr", 0, frozenset(), at(11)) == before


def test_pictures_are_bounded_and_file_ids_kept_for_shared_ones_only() -> None:
    s = speaker("fr", ZONE)
    picture = draw_day(PROGRAMME, DAY, s)
    cache = PictureCache(max_bytes=len(picture.data) * 2)
    keys = [cache.key(PROGRAMME, DAY, language, 0, frozenset(), at(11)) for language in ("fr", "en", "es")]
    for key in keys:
        cache.put(key, picture)
    assert len(cache) == 2 and cache.size == 2 * len(picture.data)
    assert cache.get(keys[0]) is None  # the oldest went first
    assert cache.get(keys[2]) is picture

    cache.keep_file_id(keys[0], "AgAD-shared")
    assert cache.file_id(keys[0]) == "AgAD-shared"
    starred = cache.key(PROGRAMME, DAY, "fr", 0, frozenset({"r1-0"}), at(11))
    cache.keep_file_id(starred, "AgAD-mine")
    assert cache.file_id(starred) is None
    cache.forget_file_id(keys[0])
    assert cache.file_id(keys[0]) is None
