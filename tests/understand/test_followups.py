"""Follow-ups: multi-turn exchanges, each turn with the answer expected, on Mechelen and on an
imported programme (bot/understand/followup.py through respond_in, as ask --json's "chat")."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answers.reply import respond_in
from bot.config import default_programme_path
from bot.programme.kinds import SessionKind
from bot.programme.loading import load_programme
from bot.programme.model import Programme, Room
from bot.understand.followup import MEMORY, Conversations
from tests.small_programme import small_programme, talk

ROOT = Path(__file__).resolve().parents[2]
MECHELEN = default_programme_path()
DEVCONF = ROOT / "tests" / "understand" / "fixtures" / "devconf-2026.xml"

# Each turn: (text, (intent, room or None, the first sessions of the answer as (start "MM-DDTHH:MM",
# room), or None not to look)). A `next` answer goes on to the end of the conference.
Turn = tuple[str, tuple[str, str | None, list[tuple[str, str | None]] | None]]

EXCHANGES: dict[str, tuple[Path, str, list[Turn]]] = {
    "after that, tomorrow, another room (en)": (
        MECHELEN,
        "2017-11-16T15:00:00+01:00",
        [
            ("what's next in auditoire", ("next", "Auditoire", None)),
            ("and after that?", ("next", "Auditoire", [("11-17T09:00", "Auditoire")])),
            ("what about Scala?", ("next", "Scala", [("11-17T13:30", "Scala")])),
        ],
    ),
    "et après, et demain (fr)": (
        MECHELEN,
        "2017-11-16T12:10:00+01:00",
        [
            ("quoi en ce moment à l'alcazar ?", ("now", "Alcazar", None)),
            ("et demain ?", ("at_time", "Alcazar", [("11-17T11:15", "Alcazar")])),
        ],
    ),
    "a time without its hour: half past the last one (en)": (
        MECHELEN,
        "2017-11-16T10:00:00+01:00",
        [
            ("what's in Alcazar at 11am tomorrow", ("at_time", "Alcazar", [])),
            ("and at half past?", ("at_time", "Alcazar", [("11-17T11:15", "Alcazar")])),
        ],
    ),
    "an hour alone after a time: that hour, in the afternoon after one of the afternoon (en)": (
        MECHELEN,
        "2017-11-16T10:00:00+01:00",
        [
            ("what's in Scala at 1pm tomorrow", ("at_time", "Scala", [])),
            ("and 2?", ("at_time", "Scala", [("11-17T13:30", "Scala")])),
        ],
    ),
    "the same room, whatever a word for a room names alone (fr)": (
        MECHELEN,
        "2017-11-16T08:45:00+01:00",
        [
            ("Qu'est-ce qui se passe à 15h dans la salle Dijle ?", ("at_time", "Dijlezaal", None)),
            ("et dans l'alcazar ?", ("at_time", "Alcazar", [("11-16T15:00", "Alcazar")])),
            ("et demain à 11h30, même salle ?", ("at_time", "Alcazar", [("11-17T11:15", "Alcazar")])),
        ],
    ),
    "y a las 3, quién habla (es)": (
        MECHELEN,
        "2017-11-16T10:00:00+01:00",
        [
            ("¿qué hay en Alcazar mañana?", ("at_time", "Alcazar", [("11-17T11:15", "Alcazar")])),
            ("¿y en Scala?", ("at_time", "Scala", [("11-17T13:30", "Scala")])),
            ("¿quién habla?", ("people", None, [("11-17T13:30", "Scala")])),
        ],
    ),
    "an imported programme: a room by its code, then its alias": (
        DEVCONF,
        "2026-02-07T10:05:00+01:00",
        [
            ("next in aw1120", ("next", "AW1.120 (Coq)", None)),
            ("and after that?", ("next", "AW1.120 (Coq)", [("02-07T11:00", "AW1.120 (Coq)")])),
            (
                "what about turing?",
                (
                    "next",
                    "B.2.204 (Turing)",
                    [("02-07T10:00", "B.2.204 (Turing)"), ("02-07T11:00", "B.2.204 (Turing)")],
                ),
            ),
            ("and at 11?", ("at_time", "B.2.204 (Turing)", [("02-07T11:00", "B.2.204 (Turing)")])),
            ("who speaks there?", ("people", None, [("02-07T11:00", "B.2.204 (Turing)")])),
        ],
    ),
    "after what is on now comes what follows it, not it again": (
        DEVCONF,
        "2026-02-07T10:05:00+01:00",
        [
            ("what's on in turing now?", ("now", "B.2.204 (Turing)", [("02-07T10:00", "B.2.204 (Turing)")])),
            ("and after that?", ("next", "B.2.204 (Turing)", [("02-07T11:00", "B.2.204 (Turing)")])),
        ],
    ),
    "after that in there keeps the room, as after that does": (
        DEVCONF,
        "2026-02-07T10:05:00+01:00",
        [
            ("what's on in turing now?", ("now", "B.2.204 (Turing)", [("02-07T10:00", "B.2.204 (Turing)")])),
            ("and after that in there?", ("next", "B.2.204 (Turing)", [("02-07T11:00", "B.2.204 (Turing)")])),
        ],
    ),
    "same time tomorrow, and the other room": (
        DEVCONF,
        "2026-02-07T10:05:00+01:00",
        [
            ("what's on in turing now?", ("now", "B.2.204 (Turing)", [("02-07T10:00", "B.2.204 (Turing)")])),
            ("same time tomorrow?", ("at_time", "B.2.204 (Turing)", [("02-08T10:00", "B.2.204 (Turing)")])),
        ],
    ),
    "ok and after that; another room named with its kind of sessions": (
        DEVCONF,
        "2026-02-07T09:00:00+01:00",
        [
            ("quoi à 10h en turing", ("at_time", "B.2.204 (Turing)", [("02-07T10:00", "B.2.204 (Turing)")])),
            ("et dans la salle des ateliers coq ?", ("at_time", "AW1.120 (Coq)", None)),
            ("ok and after that", ("next", "AW1.120 (Coq)", None)),
        ],
    ),
    "a follow-up ending with then": (
        DEVCONF,
        "2026-02-07T09:00:00+01:00",
        [
            ("quoi à 10h en turing", ("at_time", "B.2.204 (Turing)", [("02-07T10:00", "B.2.204 (Turing)")])),
            ("and at 11 then", ("at_time", "B.2.204 (Turing)", [("02-07T11:00", "B.2.204 (Turing)")])),
        ],
    ),
    "and after that one": (
        DEVCONF,
        "2026-02-07T10:05:00+01:00",
        [
            ("what's on in turing now?", ("now", "B.2.204 (Turing)", [("02-07T10:00", "B.2.204 (Turing)")])),
            ("and after that one?", ("next", "B.2.204 (Turing)", [("02-07T11:00", "B.2.204 (Turing)")])),
        ],
    ),
    "et après ça dans cette salle (fr)": (
        MECHELEN,
        "2017-11-16T15:00:00+01:00",
        [
            ("c'est quoi la suite à l'auditoire", ("next", "Auditoire", None)),
            ("et après ça dans cette salle ?", ("next", "Auditoire", [("11-17T09:00", "Auditoire")])),
        ],
    ),
    "French 'y a quoi' is a question of its own, and now then tomorrow is at this time tomorrow": (
        DEVCONF,
        "2026-02-07T10:05:00+01:00",
        [
            ("y a quoi en turing là", ("now", "B.2.204 (Turing)", [("02-07T10:00", "B.2.204 (Turing)")])),
            ("et demain ?", ("at_time", "B.2.204 (Turing)", [("02-08T10:00", "B.2.204 (Turing)")])),
        ],
    ),
    "the same time another day (fr)": (
        DEVCONF,
        "2026-02-07T09:00:00+01:00",
        [
            ("quoi à 10h en turing", ("at_time", "B.2.204 (Turing)", [("02-07T10:00", "B.2.204 (Turing)")])),
            (
                "et demain même heure ?",
                ("at_time", "B.2.204 (Turing)", [("02-08T10:00", "B.2.204 (Turing)")]),
            ),
        ],
    ),
    "a time in words keeps the room (es)": (
        DEVCONF,
        "2026-02-07T09:00:00+01:00",
        [
            ("que hay en turing a las 10", ("at_time", "B.2.204 (Turing)", None)),
            ("¿y a la una y media?", ("at_time", "B.2.204 (Turing)", None)),  # "una" is no politeness here
        ],
    ),
    "a question of its own pointing back at the room (fr)": (
        DEVCONF,
        "2026-02-07T09:00:00+01:00",
        [
            ("quoi à 10h en turing", ("at_time", "B.2.204 (Turing)", [("02-07T10:00", "B.2.204 (Turing)")])),
            (
                "et y a quoi là-bas à 11h ?",
                ("at_time", "B.2.204 (Turing)", [("02-07T11:00", "B.2.204 (Turing)")]),
            ),
        ],
    ),
    "a question of its own pointing back at the room (es)": (
        DEVCONF,
        "2026-02-07T09:00:00+01:00",
        [
            ("que hay en turing a las 10", ("at_time", "B.2.204 (Turing)", None)),
            ("y q hay ahi a las 11?", ("at_time", "B.2.204 (Turing)", [("02-07T11:00", "B.2.204 (Turing)")])),
        ],
    ),
    "the room of a person's session pointed back at, and after that one (Mechelen set_o)": (
        MECHELEN,
        "2017-11-16T15:30:00+01:00",
        [
            ("Jill Helke", ("person", None, [("11-16T16:45", "Auditoire")])),
            ("what's next in that room?", ("next", "Auditoire", [("11-16T15:00", "Auditoire")])),
            ("what's in the dijle room rn", ("now", "Dijlezaal", [("11-16T15:00", "Dijlezaal")])),
            ("what comes after that one?", ("next", "Dijlezaal", [("11-17T11:15", "Dijlezaal")])),
        ],
    ),
    "SMS French asking when things start there, and a room with 'alors' (Mechelen set_n)": (
        MECHELEN,
        "2017-11-16T11:05:00+01:00",
        [
            ("c koi en ce moment ds l'auditoire", ("now", "Auditoire", None)),
            ("et à la salle dijle ?", ("now", "Dijlezaal", None)),
            (
                "ok et qd est ce que ca commence la bas ?",
                ("next", "Dijlezaal", [("11-16T12:45", "Dijlezaal")]),
            ),
            ("et à 15h30 ?", ("at_time", "Dijlezaal", None)),
            ("et dans l'auditoire alors", ("at_time", "Auditoire", [("11-16T15:00", "Auditoire")])),
        ],
    ),
    "someone by office after someone asked for (Mechelen set_l, set_n)": (
        MECHELEN,
        "2017-11-16T08:40:00+01:00",
        [
            (
                "à quelle heure intervient le maire de Malines ?",
                ("person", None, [("11-16T09:00", "Auditoire")]),
            ),
            (
                "et le DG de l'OIM ?",
                ("person", None, [("11-16T09:00", "Auditoire"), ("11-17T16:30", "Auditoire")]),
            ),
        ],
    ),
    "a day gone by asked after a time (Mechelen set_m)": (
        MECHELEN,
        "2017-11-17T12:00:00+01:00",
        [
            (
                "vendredi à 10h y a quoi à l'auditoire",
                ("at_time", "Auditoire", [("11-17T09:30", "Auditoire")]),
            ),
            ("et jeudi ?", ("at_time", "Auditoire", [("11-16T09:00", "Auditoire")])),
        ],
    ),
    "a day asked of the room pointed back at (Mechelen set_l)": (
        MECHELEN,
        "2017-11-16T10:00:00+01:00",
        [
            ("donde queda la sala scala?", ("room_info", "Scala", None)),
            ("y mañana hay algo ahi?", ("at_time", "Scala", [("11-17T13:30", "Scala")])),
        ],
    ),
    "the last session of the room pointed back at, then of the next day (Mechelen set_i)": (
        MECHELEN,
        "2017-11-16T14:00:00+01:00",
        [
            ("where's dijlezaal", ("room_info", "Dijlezaal", None)),
            ("what's the last thing there today?", ("search", "Dijlezaal", [("11-16T15:00", "Dijlezaal")])),
            ("and tomorrow?", ("search", "Dijlezaal", [("11-17T13:30", "Dijlezaal")])),
        ],
    ),
    "a room alone after a question asks it again there": (
        DEVCONF,
        "2026-02-07T09:00:00+01:00",
        [
            ("quoi à 11h en turing", ("at_time", "B.2.204 (Turing)", [("02-07T11:00", "B.2.204 (Turing)")])),
            ("coq?", ("at_time", "AW1.120 (Coq)", None)),
        ],
    ),
    "a day alone after a question asks it again that day": (
        DEVCONF,
        "2026-02-07T09:00:00+01:00",
        [
            ("quoi à 10h en turing", ("at_time", "B.2.204 (Turing)", [("02-07T10:00", "B.2.204 (Turing)")])),
            ("sunday?", ("at_time", "B.2.204 (Turing)", [("02-08T10:00", "B.2.204 (Turing)")])),
        ],
    ),
    "a time alone after a question asks it again then (fr)": (
        DEVCONF,
        "2026-02-07T09:00:00+01:00",
        [
            ("quoi à 10h en turing", ("at_time", "B.2.204 (Turing)", [("02-07T10:00", "B.2.204 (Turing)")])),
            ("à 11h ?", ("at_time", "B.2.204 (Turing)", [("02-07T11:00", "B.2.204 (Turing)")])),
        ],
    ),
    "where is that room, and what is next there": (
        DEVCONF,
        "2026-02-07T09:00:00+01:00",
        [
            ("quoi à 10h en turing", ("at_time", "B.2.204 (Turing)", None)),
            ("where's that?", ("room_info", "B.2.204 (Turing)", None)),
            (
                "ok what's next there then",
                ("next", "B.2.204 (Turing)", [("02-07T10:00", "B.2.204 (Turing)")]),
            ),
        ],
    ),
    "another day at that time (es)": (
        DEVCONF,
        "2026-02-07T09:00:00+01:00",
        [
            ("que hay en turing a las 10", ("at_time", "B.2.204 (Turing)", None)),
            (
                "y el domingo a esa hora?",
                ("at_time", "B.2.204 (Turing)", [("02-08T10:00", "B.2.204 (Turing)")]),
            ),
        ],
    ),
    "a numbered room by its number and article (fr)": (
        DEVCONF,
        "2026-02-07T10:05:00+01:00",
        [
            ("quoi à 11h dans la salle 3", ("at_time", "Salle 3", None)),
            ("et dans la 12 ?", ("at_time", "Hall 12", [("02-07T11:00", "Hall 12")])),
        ],
    ),
}


@pytest.fixture(scope="module")
def programmes() -> dict[Path, Programme]:
    return {path: load_programme(path).programme for path in (MECHELEN, DEVCONF)}


@pytest.mark.parametrize("name", list(EXCHANGES))
def test_an_exchange(name: str, programmes: dict[Path, Programme]) -> None:
    path, at, turns = EXCHANGES[name]
    programme = programmes[path]
    conversations = Conversations()
    asked = datetime.fromisoformat(at)
    for step, (text, (intent, room, sessions)) in enumerate(turns):
        answer = respond_in(conversations, "chat", text, asked + timedelta(minutes=step), programme).as_json(
            programme
        )
        assert (answer["intent"], answer["room"]) == (intent, room), text
        if sessions is not None:
            got = [(s["start"][5:16], s["room"]) for s in answer["sessions"]]
            assert got[: len(sessions)] == sessions, text


@pytest.mark.parametrize(
    "text",
    ["and after that?", "et après ?", "¿y después?", "and tomorrow?", "et à 15h ?", "who speaks there?"],
)
def test_a_follow_up_with_nothing_to_follow_asks_back(text: str, programmes: dict[Path, Programme]) -> None:
    programme = programmes[MECHELEN]
    answer = respond_in(
        Conversations(), "chat", text, datetime.fromisoformat("2017-11-16T10:00:00+01:00"), programme
    )
    assert answer.as_json(programme)["rule"] == "nothing-to-follow"
    assert answer.as_json(programme)["sessions"] == []


def test_conversations_do_not_mix_and_forget_after_a_while(programmes: dict[Path, Programme]) -> None:
    programme = programmes[MECHELEN]
    conversations = Conversations()
    at = datetime.fromisoformat("2017-11-16T12:10:00+01:00")
    respond_in(conversations, ("group", 1), "what's next in Scala", at, programme)
    respond_in(conversations, ("group", 2), "what's next in Alcazar", at, programme)
    one = respond_in(conversations, ("group", 1), "and tomorrow?", at, programme).as_json(programme)
    two = respond_in(conversations, ("group", 2), "and tomorrow?", at, programme).as_json(programme)
    assert (one["room"], two["room"]) == ("Scala", "Alcazar")
    later = at + MEMORY + timedelta(minutes=1)
    forgotten = respond_in(conversations, ("group", 1), "and after that?", later, programme).as_json(
        programme
    )
    assert forgotten["rule"] == "nothing-to-follow"


def test_a_question_of_its_own_is_no_follow_up(programmes: dict[Path, Programme]) -> None:
    programme = programmes[MECHELEN]
    conversations = Conversations()
    at = datetime.fromisoformat("2017-11-16T12:10:00+01:00")
    respond_in(conversations, "chat", "what's next in Scala", at, programme)
    answer = respond_in(conversations, "chat", "where does Boubacar Bah speak?", at, programme).as_json(
        programme
    )
    assert answer["intent"] == "person"


def test_a_time_keeps_the_day_the_conversation_moved_to(programmes: dict[Path, Programme]) -> None:
    """ "and tomorrow?" then "and at 11?" is tomorrow at 11, not today."""
    programme = programmes[DEVCONF]
    conversations = Conversations()
    asked = datetime.fromisoformat("2026-02-07T09:00:00+01:00")
    turns = ["what is on in turing at 10?", "and tomorrow?", "and at 11?"]
    answers = [
        respond_in(conversations, "chat", text, asked + timedelta(minutes=step), programme).as_json(programme)
        for step, text in enumerate(turns)
    ]
    assert answers[2]["sessions"] == []  # nothing at 11 on the 8th in Turing (the 7th has a session)
    assert "8 February" in answers[2]["reply"]


def test_a_long_follow_up_naming_a_room_and_a_time_keeps_the_day() -> None:
    """GraphQLConf 2025: "q hay mañana a las 11", then "y en la sala grande a las 5 de la tarde?"
    (ten words) is tomorrow at 17:00 in that room, not today's."""
    zone = ZoneInfo("Europe/Berlin")
    rooms = [Room("borg", "Saal Borg"), Room("clarke", "Saal Clarke")]
    sessions = [
        talk(f"{room.id}-{day}-{hour}", datetime(2017, 12, day, hour, tzinfo=zone),
             datetime(2017, 12, day, hour + 1, tzinfo=zone), f"Talk {day} {hour}", room=room.id)
        for room in rooms
        for day in (27, 28)
        for hour in (11, 17)
    ]  # fmt: skip
    programme = small_programme(zone, sessions, rooms=rooms)
    conversations = Conversations()
    asked = datetime(2017, 12, 27, 19, tzinfo=zone)
    turns = ["q hay mañana a las 11", "y en la sala clarke a las 5 de la tarde?"]
    answers = [
        respond_in(conversations, "chat", text, asked + timedelta(minutes=step), programme).as_json(programme)
        for step, text in enumerate(turns)
    ]
    assert [s["id"] for s in answers[1]["sessions"]] == ["clarke-28-17"]


def _halls() -> Programme:
    """Two halls named "Saal Borg" and "Saal Clarke", a talk an hour in each from 10:00."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2017, 12, 27, 10, tzinfo=zone)
    rooms = [Room("borg", "Saal Borg"), Room("clarke", "Saal Clarke")]
    sessions = [
        talk(
            f"{room.id}-{hour}",
            start.replace(hour=hour),
            start.replace(hour=hour + 1),
            f"Talk {hour} in {room.name}",
            room=room.id,
        )
        for room in rooms
        for hour in (10, 11, 12)
    ]
    return small_programme(zone, sessions, rooms=rooms)


def test_what_is_in_a_hall_is_now_and_the_conversation_goes_on_by_its_name() -> None:
    """ "what's in clarke?" is what is on there now; "what about borg" the same in Saal Borg (its
    name after "what about"); "and then what" what follows it there."""
    programme = _halls()
    conversations = Conversations()
    asked = datetime.fromisoformat("2017-12-27T11:20:00+01:00")
    turns = ["what's in clarke?", "what about borg", "and then what"]
    answers = [
        respond_in(conversations, "chat", text, asked + timedelta(minutes=step), programme).as_json(programme)
        for step, text in enumerate(turns)
    ]
    got = [(a["intent"], [s["id"] for s in a["sessions"]]) for a in answers]
    assert got == [("now", ["clarke-11"]), ("now", ["borg-11"]), ("next", ["borg-12"])]


def test_an_hour_after_an_evening_time_is_in_the_evening_too() -> None:
    """Camp 2011: "q hay el sabado a las diez de la noche" then "¿y a las diez y media?" is 22:30,
    not the morning; after a daytime question "and at 10?" stays 10:00."""
    zone = ZoneInfo("Europe/Berlin")
    morning = datetime(2011, 8, 13, 10, tzinfo=zone)
    evening = morning.replace(hour=22)
    programme = small_programme(
        zone,
        [
            talk("morning", morning, morning.replace(hour=11), "Rockets", room="k"),
            talk("evening", evening, evening.replace(hour=23), "Moon", room="k"),
        ],
        rooms=[Room("k", "Kourou")],
    )
    conversations = Conversations()
    at = morning.replace(hour=9)

    def ids(text: str, minutes: int) -> list[str]:
        reply = respond_in(conversations, "chat", text, at + timedelta(minutes=minutes), programme)
        return [s["id"] for s in reply.as_json(programme)["sessions"]]

    assert ids("q hay en kourou a las diez de la noche", 0) == ["evening"]
    assert ids("¿y a las diez y media?", 1) == ["evening"]
    assert ids("what's in kourou at 3 pm", 2) == []
    assert ids("and at 10?", 3) == ["morning"]


def test_an_hour_said_am_after_an_evening_is_the_night_to_come() -> None:
    """rC3 2020: "what's on at 11pm tonight?" then "and at 2am?" is 02:00 after that night (not
    14:00 for the evening before it), and "what about 4am lol" the 04:00 to come, though the
    programme's day changes at 4 (this morning's 04:00 is fourteen hours gone)."""
    zone = ZoneInfo("Europe/Berlin")
    night = datetime(2020, 12, 28, 22, tzinfo=zone)
    after = night + timedelta(hours=2)
    programme = small_programme(
        zone,
        [
            talk("morning", night.replace(hour=3), night.replace(hour=5), "Early set", room="lounge"),
            talk("radio", night, after + timedelta(hours=1), "Radio lounge", room="radio"),
            talk("set", after + timedelta(hours=1), after + timedelta(hours=5), "Late set", room="lounge"),
            talk("noon", night.replace(hour=13), night.replace(hour=15), "Lunch talk", room="radio"),
        ],
        rooms=[Room("lounge", "Lounge"), Room("radio", "Radio")],
    )
    conversations = Conversations()
    at = night.replace(hour=18)

    def ids(text: str, minutes: int) -> list[str]:
        reply = respond_in(conversations, "chat", text, at + timedelta(minutes=minutes), programme)
        return [s["id"] for s in reply.as_json(programme)["sessions"]]

    assert ids("what's on at 11pm tonight?", 0) == ["radio"]
    assert ids("and at 2am?", 1) == ["set"]
    assert ids("what about 4am lol", 2) == ["set"]


def test_a_number_alone_after_a_numbered_room_is_the_room_of_that_kind_numbered_so() -> None:
    """BSides CDMX: "qué hay ahora en el track 1" then "¿y en el 2?" is Track 2, not Workshops 2."""
    zone = ZoneInfo("America/Mexico_City")
    start = datetime(2024, 7, 19, 16, tzinfo=zone)
    rooms = [Room("t1", "Track 1"), Room("t2", "Track 2"), Room("w2", "Workshops 2")]
    sessions = [
        talk(room.id, start, start.replace(hour=17), f"Talk in {room.name}", room=room.id) for room in rooms
    ]
    programme = small_programme(zone, sessions, rooms=rooms)
    conversations = Conversations()
    asked = start.replace(minute=20)
    respond_in(conversations, "chat", "qué hay ahora en el track 1", asked, programme)
    answer = respond_in(conversations, "chat", "¿y en el 2?", asked + timedelta(minutes=1), programme)
    assert [s["id"] for s in answer.as_json(programme)["sessions"]] == ["t2"]


def test_a_room_named_in_translation_keeps_the_day_the_conversation_moved_to() -> None:
    """Fri3d Camp 2026: "demain à 10h ?" then "et sur la scène principale à 15h ?" is tomorrow at
    3 pm on 'Hoofdpodium' (Dutch, "main stage"): both words are the room's name, not a question
    of its own about today."""
    zone = ZoneInfo("Europe/Brussels")
    friday = datetime(2026, 8, 14, 14, tzinfo=zone)
    saturday = friday + timedelta(days=1)
    rooms = [Room("hoofdpodium", "Hoofdpodium"), Room("kapel", "Kapel")]
    sessions = [
        talk("fri", friday, friday.replace(hour=16), "Discord", room="hoofdpodium"),
        talk("sat", saturday.replace(minute=30), saturday.replace(hour=16), "Nerdland", room="hoofdpodium"),
        talk("sat-kapel", saturday, saturday.replace(hour=16), "Solderen", room="kapel"),
    ]
    programme = small_programme(zone, sessions, rooms=rooms)
    conversations = Conversations()
    asked = friday.replace(hour=21, minute=30)
    respond_in(conversations, "chat", "demain a 10h y a quoi", asked, programme)
    answer = respond_in(
        conversations, "chat", "et sur la scene principale a 15h ?", asked + timedelta(minutes=1), programme
    )
    assert [s["id"] for s in answer.as_json(programme)["sessions"]] == ["sat"]


def test_a_room_after_and_after_that_asks_the_question_that_went_on_there() -> None:
    """DebConf17, IRE 2025, cfgmgmtcamp 2019: "what's on in Rex now?", "and after that?", "and in
    Buzz?" is what is on in Buzz now; "y en la sala corse que viene?" still asks what comes, and
    after "what's next in Rex?" a room asks what is next there."""
    zone = ZoneInfo("America/Montreal")
    day = datetime(2017, 8, 7, tzinfo=zone)
    rooms = [Room("rex", "Rex"), Room("buzz", "Buzz")]
    sessions = [
        talk("rex1", day.replace(hour=11), day.replace(hour=12), "FreedomBox", room="rex"),
        talk("rex2", day.replace(hour=12), day.replace(hour=13), "Reproducible builds", room="rex"),
        talk("buzz1", day.replace(hour=11), day.replace(hour=12), "OSTree", room="buzz"),
        talk("buzz2", day.replace(hour=12), day.replace(hour=13), "Flatpak", room="buzz"),
    ]
    programme = small_programme(zone, sessions, rooms=rooms)
    at = day.replace(hour=11, minute=20)

    def chat(*texts: str) -> list[str]:
        conversations = Conversations()
        answers = [
            respond_in(conversations, "chat", text, at + timedelta(minutes=n), programme).as_json(programme)
            for n, text in enumerate(texts)
        ]
        return [s["id"] for s in answers[-1]["sessions"]]

    assert chat("what's on in rex now?", "and after that?", "and in buzz?") == ["buzz1"]
    assert chat("que hay ahora en la sala rex", "y despues?", "y en buzz que viene?") == ["buzz1", "buzz2"]
    assert chat("what's next in rex?", "and after that?", "and in buzz?") == ["buzz1", "buzz2"]


def test_only_in_a_room_narrows_the_question_asked_before() -> None:
    """GPN17: "demain à 15h y a quoi ?", "et à 17h ?", then "et seulement dans le vortragssaal du
    zkm ?" is what is on at 17:00 in 'ZKM-Vortragssaal' (its name typed in another order); JuliaCon
    2023's "just the star room" likewise."""
    zone = ZoneInfo("Europe/Berlin")
    evening = datetime(2017, 5, 25, 20, 10, tzinfo=zone)
    friday = datetime(2017, 5, 26, 15, tzinfo=zone)
    rooms = [Room("saal", "ZKM-Vortragssaal"), Room("studio", "Studio"), Room("star", "32-D463 (Star)")]
    sessions = [
        talk(
            f"{room.id}-{hour}",
            friday.replace(hour=hour),
            friday.replace(hour=hour + 1),
            f"Talk {hour}",
            room=room.id,
        )
        for room in rooms
        for hour in (15, 16, 17)
    ]
    programme = small_programme(zone, sessions, rooms=rooms)
    for last, room in (
        ("et seulement dans le vortragssaal du zkm ?", "saal"),
        ("just the star room", "star"),
    ):
        conversations = Conversations()
        turns = ["demain à 15h y a quoi ?", "et à 17h ?", last]
        answers = [
            respond_in(conversations, "chat", text, evening + timedelta(minutes=step), programme).as_json(
                programme
            )
            for step, text in enumerate(turns)
        ]
        assert [s["id"] for s in answers[-1]["sessions"]] == [f"{room}-17"]


def _talks_each_hour(zone: ZoneInfo, day: datetime, *hours: int) -> Programme:
    """A programme of one room that names none: a talk "t<hour>" at each hour, 45 minutes long."""
    sessions = [
        talk(f"t{hour}", day.replace(hour=hour), day.replace(hour=hour, minute=45), f"Talk {hour}")
        for hour in hours
    ]
    return small_programme(zone, sessions)


def test_after_that_at_a_conference_of_one_room_that_names_none_is_the_next_session() -> None:
    """NorESM 2023's, DISCAN 2018's, ERAD-SE 2025's files name no room: "and after that?" after what
    is on now is the session that starts next, then the one after it, as "what's next?" is."""
    zone = ZoneInfo("Europe/Paris")
    day = datetime(2019, 9, 29, tzinfo=zone)
    programme = _talks_each_hour(zone, day, 10, 11, 12, 13)
    conversations = Conversations()
    asked = day.replace(hour=10, minute=15)

    def ids(text: str, minutes: int) -> list[str]:
        answer = respond_in(conversations, "chat", text, asked + timedelta(minutes=minutes), programme)
        return [s["id"] for s in answer.as_json(programme)["sessions"]]

    assert ids("what's on now?", 0) == ["t10"]
    assert ids("and after that?", 1) == ["t11"]
    assert ids("and after that?", 2) == ["t12"]
    assert ids("what's next?", 3) == ["t11"]


def test_and_again_after_that_moves_on_once_more() -> None:
    """DISCAN 2018's "et après ?" then "et encore après ??": each goes on from the last answer."""
    zone = ZoneInfo("Europe/Paris")
    day = datetime(2018, 9, 26, tzinfo=zone)
    programme = _talks_each_hour(zone, day, 10, 11, 12, 13)
    asked = day.replace(hour=9)

    def ids(chat: str, text: str, minutes: int) -> list[str]:
        answer = respond_in(conversations, chat, text, asked + timedelta(minutes=minutes), programme)
        return [s["id"] for s in answer.as_json(programme)["sessions"]]

    conversations = Conversations()
    assert ids("fr", "c'est quoi le prochain ?", 0) == ["t10"]
    assert ids("fr", "et encore après ??", 1) == ["t11"]
    assert ids("es", "¿qué viene?", 2) == ["t10"]
    assert ids("es", "¿y la que sigue?", 3) == ["t11"]


def test_an_hour_of_eight_or_nine_after_what_is_on_in_the_evening_is_tonight_s() -> None:
    """The Libertarian Party of Ohio's convention: "what's on now?" at 19:16, then "and at 9:30?"
    is 21:30, not the morning gone by; asked at 10:00, it stays the morning's."""
    zone = ZoneInfo("America/New_York")
    day = datetime(2019, 6, 1, tzinfo=zone)
    sessions = [
        talk("morning", day.replace(hour=9, minute=20), day.replace(hour=9, minute=40), "CiviCRM"),
        talk("dinner", day.replace(hour=19), day.replace(hour=20), "Dinner"),
        talk("night", day.replace(hour=21), day.replace(hour=23), "Informal Hospitality"),
        talk(
            "small-hours",
            day.replace(hour=23, minute=30),
            day.replace(hour=23) + timedelta(hours=3),
            "Cookies",
        ),
        talk("afternoon", day.replace(hour=13), day.replace(hour=14), "Tomorrow's panel"),
    ]
    programme = small_programme(zone, sessions)
    conversations = Conversations()

    def ids(chat: str, text: str, at: datetime) -> list[str]:
        answer = respond_in(conversations, chat, text, at, programme)
        return [s["id"] for s in answer.as_json(programme)["sessions"]]

    evening, morning = day.replace(hour=19, minute=16), day.replace(hour=9, minute=5)
    late = day.replace(hour=22, minute=40)
    assert ids("evening", "what's on now?", evening) == ["dinner"]
    assert ids("evening", "and at 9:30?", evening + timedelta(minutes=1)) == ["night"]
    assert ids("morning", "what's on now?", morning) == []
    assert ids("morning", "and at 9:30?", morning + timedelta(minutes=1)) == ["morning"]
    # Bitcamp 2018: at 22:40, "y a la 1 y media?" is the night's 01:30, not 13:30 tomorrow.
    assert ids("late", "que esta pasando ahora mismo", late) == ["night"]
    assert ids("late", "y a la 1 y media?", late + timedelta(minutes=1)) == ["small-hours"]


def test_after_the_break_at_a_conference_of_one_room_is_what_starts_as_it_ends() -> None:
    """IEEE SaTML 2026 names no room: "what comes after this break" is the session that starts as
    the break ends, not every later one."""
    zone = ZoneInfo("Europe/Berlin")
    day = datetime(2026, 3, 24, tzinfo=zone)
    sessions = [
        talk("keynote", day.replace(hour=10), day.replace(hour=11), "Keynote 2"),
        talk(
            "pause",
            day.replace(hour=11),
            day.replace(hour=11, minute=20),
            "Coffee Break",
            kind=SessionKind.BREAK,
        ),
        talk("unlearning", day.replace(hour=11, minute=20), day.replace(hour=12, minute=20), "Unlearning"),
        talk("safety", day.replace(hour=13, minute=20), day.replace(hour=14, minute=20), "Safety"),
    ]
    programme = small_programme(zone, sessions)
    answer = respond_in(
        Conversations(), "chat", "what comes after this break", day.replace(hour=11, minute=10), programme
    )
    assert [s["id"] for s in answer.as_json(programme)["sessions"]] == ["unlearning"]


def test_after_that_where_sessions_run_side_by_side_with_no_room_is_the_next_ones() -> None:
    """XDC 2021 (Indico, online) names no room, but its workshops run beside its talks: "and
    after that?" is what starts next, as at a conference of several rooms, not everything left."""
    zone = ZoneInfo("Europe/Warsaw")
    day = datetime(2021, 9, 15, tzinfo=zone)
    sessions = [
        talk(f"t{hour}", day.replace(hour=hour), day.replace(hour=hour, minute=45), f"Talk {hour}")
        for hour in (14, 15, 16, 17)
    ]
    sessions.append(talk("workshop", day.replace(hour=14), day.replace(hour=16), "Workshop"))
    programme = small_programme(zone, sessions)
    conversations = Conversations()
    asked = day.replace(hour=14, minute=15)
    answers = [
        respond_in(conversations, "chat", text, asked + timedelta(minutes=minutes), programme)
        for minutes, text in enumerate(("what's on now?", "and after that?"))
    ]
    assert [s["id"] for s in answers[0].as_json(programme)["sessions"]] == ["t14", "workshop"]
    assert [s["id"] for s in answers[1].as_json(programme)["sessions"]] == ["t15"]


def test_the_day_after_moves_on_from_the_day_asked_about() -> None:
    """ICFP 2016: "what's first tomorrow?" then "and the day after?" is the first the day after."""
    zone = ZoneInfo("Asia/Tokyo")
    monday = datetime(2016, 9, 19, 22, tzinfo=zone)
    sessions = [
        talk(
            f"first-{day}",
            monday.replace(day=day, hour=9, minute=15),
            monday.replace(day=day, hour=10),
            "Keynote",
        )
        for day in (20, 21, 22)
    ]
    programme = small_programme(zone, sessions)
    conversations = Conversations()
    for step, (text, expected) in enumerate(
        [
            ("what's first tomorrow?", "first-20"),
            ("and the day after?", "first-21"),
            ("et le lendemain ?", "first-22"),
        ]
    ):
        answer = respond_in(conversations, "chat", text, monday + timedelta(minutes=step), programme)
        assert [s["id"] for s in answer.as_json(programme)["sessions"]] == [expected], text


def test_a_room_named_by_its_letter_and_a_number_word_is_no_hour() -> None:
    """Qt World Summit 2019: "que pasa en la sala B5 ahora?" then "y en la a cinco?" asks about
    'A05' now, not 'B05' at five o'clock."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2019, 11, 5, 16, tzinfo=zone)
    rooms = [Room("a05", "A05"), Room("b05", "B05")]
    sessions = [
        talk("orm", start, start.replace(minute=30), "Object-Relational Mapping with Qt", room="a05"),
        talk("qml", start, start.replace(minute=45), "QML tips", room="b05"),
        talk("late", start.replace(hour=17), start.replace(hour=18), "Late talk", room="b05"),
    ]
    programme = small_programme(zone, sessions, rooms=rooms)
    conversations = Conversations()
    at = start.replace(minute=10)
    for step, (text, expected) in enumerate(
        [("que pasa en la sala B5 ahora?", ["qml"]), ("y en la a cinco?", ["orm"])]
    ):
        answer = respond_in(conversations, "chat", text, at + timedelta(minutes=step), programme)
        assert [s["id"] for s in answer.as_json(programme)["sessions"]] == expected, text


def test_a_number_after_an_hour_preposition_is_an_hour_not_the_room_numbered_so() -> None:
    """Google I/O 2019: "a las 3 en el escenario 5" then "¿y a las 4?" is 4 o'clock on Stage 5,
    not Stage 4; "¿y en el 4?" is still Stage 4."""
    zone = ZoneInfo("America/Los_Angeles")
    rooms = [Room("s4", "Stage 4"), Room("s5", "Stage 5")]
    sessions = [
        talk(
            f"{room.id}-{hour}",
            datetime(2019, 5, 8, hour, 30, tzinfo=zone),
            datetime(2019, 5, 8, hour + 1, 20, tzinfo=zone),
            f"Talk {hour} in {room.name}",
            room=room.id,
        )
        for room in rooms
        for hour in (14, 15)
    ]
    programme = small_programme(zone, sessions, rooms=rooms)
    asked = datetime(2019, 5, 8, 13, tzinfo=zone)
    for follow_up, expected in (("¿y a las 4?", ["s5-15"]), ("¿y en el 4?", ["s4-14"])):
        conversations = Conversations()
        respond_in(conversations, "chat", "a las 3 en el escenario 5", asked, programme)
        answer = respond_in(conversations, "chat", follow_up, asked + timedelta(minutes=1), programme)
        assert [s["id"] for s in answer.as_json(programme)["sessions"]] == expected, follow_up


def test_when_things_start_on_that_stage_tomorrow_is_its_first_session_that_day() -> None:
    """WeAreDevelopers 2017: after "what's on the green stage?", "et demain ça commence à quelle
    heure sur cette scène ?" asks for that stage's first session the next day, as "…sur la scène
    verte ?" does; a stage pointed at is the stage just asked about."""
    zone = ZoneInfo("Europe/Vienna")
    day = datetime(2017, 5, 11, 9, tzinfo=zone)
    sessions = [
        talk(f"{room}{d}{n}", day + timedelta(days=d, hours=n), day + timedelta(days=d, hours=n + 1),
             f"T{d}{n}", room=room)
        for room in ("green", "main")
        for d in (0, 1)
        for n in (0, 1, 2)
    ]  # fmt: skip
    programme = small_programme(
        zone, sessions, rooms=[Room("green", "GREEN STAGE"), Room("main", "MAIN STAGE")]
    )
    at = day + timedelta(hours=1, minutes=10)

    def ids(conversations: Conversations, text: str) -> list[str]:
        return [
            s["id"]
            for s in respond_in(conversations, "c", text, at, programme).as_json(programme)["sessions"]
        ]

    first_tomorrow = [s.id for s in sessions if s.room_id == "green" and s.start == day + timedelta(days=1)]
    assert ids(Conversations(), "demain ça commence a quelle heure sur la scene verte ?") == first_tomorrow
    chat = Conversations()
    ids(chat, "c koi sur la scene verte la")
    assert ids(chat, "et demain ça commence a quelle heure sur cette scene ?") == first_tomorrow
    chat = Conversations()
    ids(chat, "what's on the green stage?")
    assert ids(chat, "and tomorrow, when does it start on that stage?") == first_tomorrow


def test_a_time_with_words_that_ask_needs_nothing_before(programmes: dict[Path, Programme]) -> None:
    """ "et demain à 10h40 y a quoi ?" as a chat's first message (SIAM CSS 2025's) asks what is on
    then, as "et à 15h ?" alone does not; "et ds 10 min ?" (SMS French) after a question moves it
    ten minutes on."""
    programme = programmes[MECHELEN]
    evening = datetime.fromisoformat("2017-11-16T19:30:00+01:00")
    answer = respond_in(Conversations(), "chat", "et demain à 10h40 y a quoi ?", evening, programme)
    got = answer.as_json(programme)
    assert (got["intent"], got["rule"]) == ("at_time", "at-time")
    assert got["sessions"] and all(s["start"].startswith("2017-11-17T") for s in got["sessions"])
    conversations = Conversations()
    at = datetime.fromisoformat("2017-11-17T11:06:00+01:00")
    respond_in(conversations, "chat", "c koi en ce moment ?", at, programme)
    later = respond_in(conversations, "chat", "et ds 10 min ?", at + timedelta(minutes=1), programme)
    starts = {s["start"][11:16] for s in later.as_json(programme)["sessions"]}
    assert later.as_json(programme)["intent"] == "at_time" and starts == {"11:15"}


def test_a_search_said_as_a_follow_up_keeps_the_day_asked_before(programmes: dict[Path, Programme]) -> None:
    """ "when's lunch today" then "and the coffee breaks?": today's breaks, not every day's."""
    programme = programmes[MECHELEN]
    conversations = Conversations()
    at = datetime.fromisoformat("2017-11-16T09:30:00+01:00")
    respond_in(conversations, "chat", "when's lunch today", at, programme)
    breaks = respond_in(conversations, "chat", "and the coffee breaks?", at + timedelta(minutes=1), programme)
    days = {s["start"][:10] for s in breaks.as_json(programme)["sessions"]}
    assert days == {"2017-11-16"}
    alone = respond_in(Conversations(), "chat", "and the coffee breaks?", at, programme).as_json(programme)
    assert {s["start"][:10] for s in alone["sessions"]} == {"2017-11-16", "2017-11-17"}


def test_the_last_one_there_on_a_day_is_the_room_s(programmes: dict[Path, Programme]) -> None:
    """MozFest 2016's "which one is the last one there on sunday?" after a question on a room."""
    programme = programmes[MECHELEN]
    conversations = Conversations()
    at = datetime.fromisoformat("2017-11-16T10:00:00+01:00")
    respond_in(conversations, "chat", "what's next in Alcazar", at, programme)
    last = respond_in(
        conversations,
        "chat",
        "which one is the last one there on friday?",
        at + timedelta(minutes=1),
        programme,
    ).as_json(programme)
    assert last["room"] == "Alcazar"
    assert [(s["start"][:10], s["room"]) for s in last["sessions"]] == [("2017-11-17", "Alcazar")]


def test_after_it_in_the_same_room_is_the_room_of_what_was_shown(programmes: dict[Path, Programme]) -> None:
    """ "what's first tomorrow?" (one session, in one room) then "and what comes after it in the
    same room?": that room's later sessions."""
    programme = programmes[MECHELEN]
    conversations = Conversations()
    at = datetime.fromisoformat("2017-11-16T18:00:00+01:00")
    first = respond_in(conversations, "chat", "what's first tomorrow?", at, programme).as_json(programme)
    after = respond_in(
        conversations,
        "chat",
        "and what comes after it in the same room?",
        at + timedelta(minutes=1),
        programme,
    ).as_json(programme)
    room = first["sessions"][0]["room"]
    assert after["room"] == room and len(after["sessions"]) > 1
    assert all(s["room"] == room and s["start"] > first["sessions"][0]["start"] for s in after["sessions"])
