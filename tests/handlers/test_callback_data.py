"""Typed callback data: packed and unpacked in one place, refused over 64 bytes where it is built,
its handler's pattern derived from it."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import date

import pytest

from bot.callback_data import (
    CARD_ACTIONS,
    CARD_BUTTONS,
    CONFIRMS,
    CallbackData,
    CallbackDataTooLong,
    CardDetails,
    ConfirmMove,
    ConfirmRetime,
    DayRoom,
    Dismiss,
    MoveTo,
    ShiftBy,
    ShowCard,
    ToggleStar,
    any_of,
    day_field,
    day_in,
    fields_of,
    parse_any,
    room_field,
    room_in,
)


def test_an_action_packs_and_unpacks_itself() -> None:
    confirm = ConfirmMove("1a2b3c4d", "alcazar")
    assert confirm.pack() == "ok|mv|1a2b3c4d|alcazar"
    assert ConfirmMove.unpack(confirm.pack()) == confirm
    assert ConfirmRetime.unpack("ok|rt|k|1510925400|-5") == ConfirmRetime("k", 1510925400, -5)


def test_data_over_64_bytes_is_refused_where_it_is_built() -> None:
    room = "r" * (64 - len("ok|mv|1a2b3c4d|"))
    assert len(ConfirmMove("1a2b3c4d", room).pack()) == 64
    with pytest.raises(CallbackDataTooLong):
        ConfirmMove("1a2b3c4d", room + "r")
    assert (MoveTo.fits("1a2b3c4d", "scala"), MoveTo.fits("1a2b3c4d", "x" * 60)) == (True, False)


def test_a_field_holding_the_separator_is_refused() -> None:
    with pytest.raises(ValueError, match="contains"):
        ConfirmMove("1a2b3c4d", "a|b")


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "ok|mv",
        "ok|mv|k",
        "ok|mv|k|room|extra",
        "ok|rt|k|1|x",
        "ok|rt|k|٣|1",
        "ok|rt|k|1e3|1",
        "omv|k",
    ],
)
def test_data_that_is_not_the_action_unpacks_to_none(data: str | None) -> None:
    assert (ConfirmMove.unpack(data), ConfirmRetime.unpack(data)) == (None, None)


def test_an_action_without_fields() -> None:
    assert (Dismiss().pack(), Dismiss.unpack("no"), Dismiss.unpack("no|x")) == ("no", Dismiss(), None)


def test_patterns_take_their_own_actions_only() -> None:
    confirms, cards = re.compile(any_of(*CONFIRMS)), re.compile(any_of(*CARD_ACTIONS))
    assert [bool(confirms.match(d)) for d in ("ok|mv|k|r", "ok|rt|", "ok|", "okay|mv|", "no")] == [
        True,
        True,
        False,
        False,
        False,
    ]
    assert [bool(cards.match(d)) for d in ("omv|k", "omvr|k|r", "ortm|k|15", "omv", "ok|mv|k|r")] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert re.fullmatch(Dismiss.pattern(), "no") and not re.match(Dismiss.pattern(), "no|x")


def test_parse_any_picks_the_action() -> None:
    assert parse_any("ortm|k|15", *CARD_ACTIONS) == ShiftBy("k", 15)
    assert parse_any("ortm|k|x", *CARD_ACTIONS) is None


def test_a_card_button_carries_the_list_it_was_opened_from() -> None:
    assert ToggleStar("k").pack() == "st|k"
    assert ToggleStar("k", ("proom", "2017-11-16", "alcazar")).pack() == "st|k|proom|2017-11-16|alcazar"
    assert ToggleStar.unpack("st|k|proom|2017-11-16|alcazar") == ToggleStar(
        "k", ("proom", "2017-11-16", "alcazar")
    )
    assert (ToggleStar.unpack("st|"), ToggleStar.unpack("st")) == (ToggleStar(""), None)
    assert parse_any("sd|k", *CARD_BUTTONS) == CardDetails("k")


def test_each_action_is_taken_by_its_own_pattern_only() -> None:
    actions = set(CallbackData._prefixes.values())
    assert len(actions) >= 30
    for action in actions:
        # "1" for each field, none for a card's `back` (its list, which may be empty).
        sample = action(*("1" for field in fields(action) if field.name != "back")).pack()
        assert {other for other in actions if re.match(other.pattern(), sample)} == {action}, sample
        assert action.unpack(sample) is not None


DAYS = (date(2017, 11, 16), date(2017, 11, 17))


def test_a_day_is_carried_as_its_date_and_read_back_only_while_the_programme_has_it() -> None:
    assert day_field(date(2017, 11, 17)) == "2017-11-17"
    assert day_in("2017-11-17", DAYS) == date(2017, 11, 17)
    assert day_in("2017-11-17", tuple(reversed(DAYS))) == date(2017, 11, 17)  # wherever it is listed
    written = ("2017-11-18", "20171117", "2017-02-30", "0", "1", "", "2017-11-17 ", "２０１７-11-17")
    assert [day_in(text, DAYS) for text in written] == [None] * len(written)


def test_a_room_is_carried_as_its_id_and_a_long_id_as_a_hash_of_it() -> None:
    long_id = "salle-de-conference-principale-batiment-b"
    assert room_field("alcazar") == "alcazar"
    assert room_field(long_id).startswith("#") and len(room_field(long_id)) == 9
    rooms = ("scala", long_id, "alcazar")
    assert [room_in(room_field(room_id), rooms) for room_id in rooms] == list(rooms)
    assert [room_in(text, rooms) for text in ("0", "2", "nowhere", "#00000000", "")] == [None] * 5


def test_a_card_opened_from_a_room_of_any_id_can_carry_its_way_back() -> None:
    back = fields_of(DayRoom(day_field(DAYS[0]), room_field("x" * 200)))
    assert back[:2] == ("proom", "2017-11-16")
    assert CardDetails.fits("1a2b3c4d", back) and ShowCard.fits("1a2b3c4d", back)
    assert CardDetails.fits("1a2b3c4d", fields_of(DayRoom("2017-11-16", room_field("x" * 35))))
