"""The day's picture: what is drawn where, on a many-room programme and on Mechelen's."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta

import pytest
from PIL import Image

from bot.answers.lines import kind_label
from bot.i18n import speaker
from bot.pictures.grid import (
    GAP_PIXELS,
    ROOMS_PER_PAGE,
    Box,
    Picture,
    draw_day,
    room_pages,
    text_width,
    time_range,
)
from bot.programme.kinds import SessionKind
from bot.programme.loading import load_programme
from bot.programme.model import Programme, Session, Text
from tests.e2e.harness import ROOT
from tests.pictures.many_rooms import DAY, ROOMS, ZONE, at, many_rooms


@pytest.fixture(scope="module")
def programme() -> Programme:
    return many_rooms()


def pixels(picture: Picture) -> Image.Image:
    image = Image.open(io.BytesIO(picture.data))
    image.load()
    return image.convert("RGB")


def crop(image: Image.Image, box: Box) -> bytes:
    return image.crop((box.x0, box.y0, box.x1 + 1, box.y1 + 1)).tobytes()


def test_room_pages_of_a_37_room_day_hold_at_most_6_rooms_each(programme: Programme) -> None:
    pages = room_pages(programme, DAY)
    assert [len(page) for page in pages] == [6, 6, 5, 5, 5, 5, 5]
    assert [room for page in pages for room in page] == [f"r{i}" for i in range(ROOMS)]


@pytest.mark.parametrize("page", range(7))
def test_each_page_is_a_photo_telegram_takes(programme: Programme, page: int) -> None:
    picture = draw_day(programme, DAY, speaker("fr", ZONE), page=page, now=at(11, 20))
    image = Image.open(io.BytesIO(picture.data))
    assert image.format == "JPEG"
    assert image.size == (picture.width, picture.height)
    assert len(picture.data) <= 10 * 1024 * 1024
    assert picture.width + picture.height <= 10_000
    assert max(image.size) / min(image.size) <= 20
    # Readable on a phone held upright: about as many pixels wide as its screen (1080–1290), so
    # that titles of 19 pixels are not shrunk, and a day about one screen high.
    assert picture.width <= 1250
    assert picture.height <= 1800


def test_a_page_shows_its_rooms_sessions_and_the_pauses_across_them(programme: Programme) -> None:
    picture = draw_day(programme, DAY, speaker("fr", ZONE), page=1)
    assert picture.rooms == tuple(f"r{i}" for i in range(6, 12))
    shown = {block.session_id for block in picture.blocks}
    expected = {x.id for x in programme.sessions_on(DAY) if x.room_id in picture.rooms or x.room_id is None}
    assert shown == expected
    coffee, lunch = picture.block("coffee"), picture.block("lunch")
    assert coffee is not None and lunch is not None
    assert coffee.across and lunch.across
    columns = [b.box for b in picture.blocks if not b.across]
    assert coffee.box.x0 <= min(box.x0 for box in columns)
    assert coffee.box.x1 >= max(box.x1 for box in columns)


def test_a_starred_blocks_pixels_differ_and_no_other_blocks_do(programme: Programme) -> None:
    s = speaker("en", ZONE)
    plain = draw_day(programme, DAY, s, encoding="png")
    starred = draw_day(programme, DAY, s, starred=frozenset({"r2-1"}), encoding="png")
    before, after = pixels(plain), pixels(starred)
    star_block = starred.block("r2-1")
    assert star_block is not None and star_block.starred
    assert crop(before, star_block.box) != crop(after, star_block.box)
    for block in starred.blocks:
        if block.session_id != "r2-1":
            assert not block.starred
            assert crop(before, block.box) == crop(after, block.box), block.session_id


def test_a_moved_sessions_block_moves_to_its_new_room_and_time(programme: Programme) -> None:
    s = speaker("fr", ZONE)
    session = programme.session("r1-0")
    assert session is not None
    moved = replace(session, room_id="r5", start=at(16), end=at(16) + session.duration)
    others = [
        x for x in programme.sessions if x.id != session.id and not (x.room_id == "r5" and x.end > at(16))
    ]
    after = programme.replace_sessions([*others, moved])
    old = draw_day(programme, DAY, s).block("r1-0")
    new = draw_day(after, DAY, s).block("r1-0")
    assert old is not None and new is not None
    assert new.box.x0 - old.box.x0 == 4 * (old.box.x1 - old.box.x0 + 4)  # four columns to the right
    height = old.box.y1 - old.box.y0
    assert new.box.y1 - new.box.y0 == height  # as long as before
    assert new.box.y0 > old.box.y0 + 6 * height  # 7 hours later, 15 minutes long


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_every_text_fits_its_block(programme: Programme, language: str) -> None:
    s = speaker(language, ZONE)
    stars = frozenset({"r0-0", "r1-2", "coffee"})
    for page in range(len(room_pages(programme, DAY))):
        picture = draw_day(programme, DAY, s, page=page, starred=stars, now=at(14, 5))
        for block in picture.blocks:
            assert block.texts or block.box.y1 - block.box.y0 < 25, block.session_id
            for text in block.texts:
                assert block.box.contains(text.box), (block.session_id, text.text)
                # The ink FreeType draws lies within the box measured from the advances.
                left, top, right, bottom = text.face.getbbox(text.text)
                ink = Box(text.box.x0 + left, text.box.y0 + top, text.box.x0 + right, text.box.y0 + bottom)  # type: ignore[arg-type]  # FreeType gives whole pixels; Pillow's stubs say float
                assert block.box.contains(ink), (block.session_id, text.text)
                assert text_width(text.face, text.text) == text.face.getlength(text.text)


def test_a_long_title_is_wrapped_and_ends_with_an_ellipsis(programme: Programme) -> None:
    picture = draw_day(programme, DAY, speaker("es", ZONE))
    texts = [t.text for b in picture.blocks for t in b.texts]
    assert any(t.endswith("…") for t in texts)
    short = [b for b in picture.blocks if b.session_id.endswith("-0") and b.texts]
    assert any(len(b.texts) >= 3 for b in picture.blocks)  # time, then two lines of title or more
    assert short


def test_the_time_line_is_drawn_on_the_day_only_at_the_clocks_time(programme: Programme) -> None:
    s = speaker("fr", ZONE)
    today = draw_day(programme, DAY, s, now=at(11, 45), encoding="png")
    assert today.now_at is not None
    red = pixels(today).getpixel((today.width - 20, today.now_at))
    assert red == (214, 36, 36)
    later = draw_day(programme, DAY, s, now=at(15, 45), encoding="png")
    assert later.now_at is not None and later.now_at > today.now_at
    assert draw_day(programme, DAY, s, now=at(9) + timedelta(days=1)).now_at is None


def test_a_full_size_picture_holds_every_room(programme: Programme) -> None:
    picture = draw_day(programme, DAY, speaker("fr", ZONE), full=True, encoding="png")
    assert picture.rooms == tuple(f"r{i}" for i in range(ROOMS))
    assert Image.open(io.BytesIO(picture.data)).format == "PNG"
    assert {b.session_id for b in picture.blocks} == {x.id for x in programme.sessions_on(DAY)}


def test_a_day_without_sessions_or_a_page_out_of_range_is_refused(programme: Programme) -> None:
    s = speaker("fr", ZONE)
    with pytest.raises(LookupError):
        draw_day(programme, DAY + timedelta(days=1), s)
    with pytest.raises(LookupError):
        draw_day(programme, DAY, s, page=7)


def test_times_and_legend_are_in_the_readers_language() -> None:
    s_en, s_fr = speaker("en", ZONE), speaker("fr", ZONE)
    assert time_range(s_en, at(10, 30), at(10, 55)) == "10:30–10:55 AM"
    assert time_range(s_en, at(11, 30), at(12, 15)) == "11:30 AM–12:15 PM"
    assert time_range(s_fr, at(10, 30), at(10, 55)) == "10:30–10:55"
    assert kind_label(SessionKind.WORKSHOP, s_fr) == "Atelier"
    assert kind_label(SessionKind.WORKSHOP, speaker("es", ZONE)) == "Taller"


def test_mechelen_day_one_draws_its_rooms_and_pauses() -> None:
    mechelen = load_programme(ROOT / "data" / "mechelen-2017" / "programme.toml").programme
    day = mechelen.days[0]
    picture = draw_day(mechelen, day, speaker("fr", mechelen.timezone))
    assert picture.pages == 1
    assert len(picture.rooms) <= ROOMS_PER_PAGE
    pauses = {b.session_id for b in picture.blocks if b.across}
    assert pauses == {x.id for x in mechelen.sessions_on(day) if x.room_id is None}


def test_hours_with_nothing_on_are_squeezed(programme: Programme) -> None:
    evening = Session(
        "evening", SessionKind.RECEPTION, at(21), at(22, 30), "r0", Text.of({"fr": "Réception"})
    )
    later = programme.replace_sessions([*programme.sessions, evening])
    s = speaker("fr", ZONE)
    picture, before = draw_day(later, DAY, s), draw_day(programme, DAY, s)
    last = max((x for x in programme.sessions if x.room_id == "r0"), key=lambda x: x.start)
    assert last.end == at(18)
    last_block, evening_block = picture.block(last.id), picture.block("evening")
    assert last_block is not None and evening_block is not None
    # 18:00 to 21:00 is one band GAP_PIXELS high, not three hours.
    assert evening_block.box.y0 - last_block.box.y1 == GAP_PIXELS + 2
    assert picture.height - before.height < 2 * 90 * 2.6
