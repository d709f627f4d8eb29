"""Finding rooms as people type them (bot/understand/rooms.py), on rooms written as real
programmes write them: codes with an alias in brackets, '&', numbered rooms, plain names."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest

from bot.answers.reply import respond
from bot.programme.kinds import SessionKind
from bot.programme.model import Person, Programme, Room, Session
from bot.understand.parse import parse
from bot.understand.question import Intent
from bot.understand.rooms import RoomFinder, RoomMatch
from bot.understand.text import fold
from tests.small_programme import small_programme, talk

ROOMS = RoomFinder(
    [
        Room("aw1120", "AW1.120 (Coq)"),
        Room("b2204", "B.2.204 (Turing)"),
        Room("k1105", "K.1.105 (La Fontaine)"),
        Room("h2215", "H.2215 (Ferrer)"),
        Room("h2214", "H.2214"),
        Room("ub2252a", "UB2.252A (Lameere)"),
        Room("fox", "Fox & Hound"),
        Room("salle-3", "Salle 3"),
        Room("hall-12", "Hall 12"),
        Room("herten", "Herten Aas", aliases=("Hertenaas",)),
        Room("auditorium", "Auditorium"),
        Room("amphi-1600", "Amphithéâtre 1600"),
        Room("amphi-1200", "Amphithéâtre 1200"),
        Room("callelongue", "Amphithéâtre Callelongue"),
        Room("pauses", "Espaces Pauses"),
        Room("breakout-1", "Breakout Room 1 (146)"),
        Room("breakout-3", "Breakout Room 3 (E59-1)"),
        Room("bamberg", "backspace / franconian.net - Bamberg"),
        Room("chaos-west", "Chaos-West TV - Ennepetal"),
        Room("b316", "B316"),
        Room("b419", "B419"),
        Room("lecture-m1", "Lecture room M1"),
        Room("in-front-of-m1", "Assembly: Space in front of M1"),
        Room("saal-g", "Saal G"),
        Room("workshop-b", "Workshop B"),
        Room("workshop-2", "WORKSHOP 2"),
    ],
    city="Marseille",
)


def room_in(finder: RoomFinder, text: str) -> str | None:
    """The id of the room a finder finds in a message, or None."""
    match = finder.find(fold(text))
    return match.room_id if match else None


found = partial(room_in, ROOMS)


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("what's next in AW1.120", "aw1120"),
        ("whats next in aw1120", "aw1120"),
        ("next in aw1 120", "aw1120"),
        ("coq", "aw1120"),
        ("next talk in the turing room", "b2204"),
        ("what's on in b 2 204", "b2204"),
        ("b2204", "b2204"),
        ("k1105", "k1105"),
        ("k.1.105", "k1105"),
        ("la fontaine", "k1105"),
        ("h 2215", "h2215"),
        ("ferrer", "h2215"),
        ("h2214 now", "h2214"),
        ("now in UB2.252A", "ub2252a"),
        ("lameere", "ub2252a"),
        ("fox and hound", "fox"),
        ("fox & hound", "fox"),
        ("le fox et hound", "fox"),
        ("fox y hound", "fox"),
        ("next in salle 3", "salle-3"),
        ("next in room 3", "breakout-3"),  # "room" as printed beats "salle" for any room
        ("sala 3", "salle-3"),
        ("hal 12", "hall-12"),
        ("hall 12", "hall-12"),
        ("hertan aas", "herten"),
        ("lauditorium", "auditorium"),
        ("auditorum", "auditorium"),
        ("en ce moment dans l'amphi 1600", "amphi-1600"),
        ("que sigue en el anfiteatro 1200", "amphi-1200"),
        ("what's coming up in the 1200 amphitheatre", "amphi-1200"),
        ("next in breakout 1", "breakout-1"),
        ("qué hay en la sala breakout 1", "breakout-1"),
        ("salle e59", "breakout-3"),
        ("prochaine conf en callelongue", "callelongue"),
        ("next talk in callelongue", "callelongue"),
        ("callelongue", "callelongue"),
        ("en ce moment à bamberg", "bamberg"),
        ("next on backspace", "bamberg"),
        ("siguiente en chaos west tv", "chaos-west"),
        ("current talk on the bamberg stream", "bamberg"),
        ("prochaine conf salle 316", "b316"),  # a code's number with any word for a room
        ("prochaine séance en 419", "b419"),  # or after "en" when it cannot be an hour
        ("quoi dans la salle m1 maintenant", "lecture-m1"),
        ("hall twelve", "hall-12"),  # a number in words
        ("qué hay en la 12 ahora", "hall-12"),
        ("salle g maintenant ?", "saal-g"),  # a room named by a letter, with any word for a room
        ("whats next in hall g", "saal-g"),
        ("lo proximo en la sala g", "saal-g"),
        ("proxima en taller 2", "workshop-2"),  # the room's kind of session in another language
        ("next in atelier 2", "workshop-2"),  # a numbered room's number after a place and an article
        ("et dans la 12 ?", "hall-12"),
        ("chaos west", "chaos-west"),
        ("next at the ennepetal stage", "chaos-west"),
    ],
)
def test_a_room_is_found_as_people_type_it(typed: str, room: str) -> None:
    assert found(typed) == room


@pytest.mark.parametrize(
    "typed",
    [
        "h2216",  # no such room: the number is never fuzzed into H.2215 or H.2214
        "next in salle 4",
        "hall 13",
        "aw1121",
        "b 2 205",
        "next in narnia",
        "what's on at 3",
        "sala",  # a word for any room names none
        "quand sont les pauses",  # a word of one room's name, where no room is expected
        "talks about backspace characters",
        "amphi 1300",
        "what's on at 19",  # an hour, not room B419's number
        "qué hay a la 12",  # after a word an hour follows: an hour, not Hall 12
        "next in room b",  # "Workshop B": a letter names a room only after words for a room
    ],
)
def test_a_number_is_never_fuzzed_into_another_room(typed: str) -> None:
    assert found(typed) is None


def test_the_span_covers_what_was_typed() -> None:
    text = fold("what is on in k 1 105 now")
    match = ROOMS.find(text)
    assert match is not None
    assert text[match.span[0] : match.span[1]] == "k 1 105"


# Rooms a programme joins: a pair used as one room, and breaks held in several rooms at once
# ("C01, B05/B06, B09"). Codes are typed without their zeros.
JOINED = RoomFinder(
    [
        Room("everywhere", "C01, B05/B06, B07/B08, B09, A08"),
        Room("c01", "C01"),
        Room("a03-a04", "A03/A04"),
        Room("a03-a06", "A03/A04, A05/A06"),
        Room("b05-b06", "B05/B06"),
        Room("b09", "B09"),
        Room("a08", "A08"),
    ]
)


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("c koi en b9 maintenant", "b09"),
        ("b 9 a 15h", "b09"),
        ("qué hay en la a8 a las 11", "a08"),
        ("et en a03 ?", "a03-a04"),  # one room of a pair names the pair
        ("siguiente en la b5", "b05-b06"),
        ("c01", "c01"),  # not the list of rooms that starts with it
        ("next in B05/B06", "b05-b06"),
    ],
)
def test_a_joined_room_is_found_by_one_of_its_codes(typed: str, room: str) -> None:
    match = JOINED.find(fold(typed))
    assert match is not None and match.room_id == room


@pytest.mark.parametrize("typed", ["next in c2", "b19", "what's on at 9"])
def test_a_code_no_room_joins_is_no_room(typed: str) -> None:
    assert JOINED.find(fold(typed)) is None


def test_a_code_that_only_a_list_of_rooms_holds_names_that_list() -> None:
    """A05 is in no room of its own, only in "A03/A04, A05/A06" where a workshop is held."""
    match = JOINED.find(fold("que pasa en a5"))
    assert match is not None and match.room_id == "a03-a06"


# Rooms named by a word for a room and a letter, a long name that ends in a room's number, and a
# name with a building's code in brackets.
LONG_NAMES = RoomFinder(
    [
        Room("auditorium-a", "Auditorium A"),
        Room("auditorium-b", "Auditorium B"),
        Room("room-103", "Workshops and Loop-Cinema - Room 103"),
        Room("belfer", "Belfer Case Study Room (CGIS S020)"),
    ]
)


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("whats on in aud a rn", "auditorium-a"),
        ("c quoi dans l'amphi B la", "auditorium-b"),
        ("que hay en el auditorio b a las diez y media", "auditorium-b"),
        ("what's in room 103", "room-103"),
        ("la suite en salle 103", "room-103"),
        ("next session in s020?", "belfer"),
        ("y en la s020?", "belfer"),
        ("where is belfer", "belfer"),  # a word only one room's name has, after "where is"
        ("donde queda belfer", "belfer"),
    ],
)
def test_a_room_of_a_long_name_is_found_by_its_letter_number_or_code(typed: str, room: str) -> None:
    match = LONG_NAMES.find(fold(typed))
    assert match is not None and match.room_id == room


def test_a_number_in_digits_after_a_word_for_a_room_beats_a_number_word_before_it() -> None:
    """ "quoi de neuf salle 11": "quoi de neuf" is "what's new", not Room 9."""
    finder = RoomFinder([Room("room-9", "Room 9"), Room("room-11", "Room 11")])
    match = finder.find(fold("quoi de neuf salle 11 en ce moment"))
    assert match is not None and match.room_id == "room-11"


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("y a quoi en w224c", "c"),
        ("anything in w224 d right now", "d"),
        ("what's going on in 224c atm", "c"),
        ("et en 224 d ?", "d"),
        ("w221b", "ab"),
        ("w222", "a222"),
    ],
)
def test_a_code_with_a_letter_after_it_is_found_as_typed(typed: str, room: str) -> None:
    """FlutterCon USA: rooms "W224 C" and "W224 D Workshop Room", typed glued, spaced, without the
    building letter; "w224 d" is not W224 C."""
    finder = RoomFinder(
        [
            Room("ab", "W221 A/B Keynote Room"),
            Room("c", "W224 C"),
            Room("d", "W224 D Workshop Room"),
            Room("a222", "W222 A"),
        ]
    )
    match = finder.find(fold(typed))
    assert match is not None and match.room_id == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("and in 144?", "r144"),
        ("prochain truc dans la 082 ?", "r082"),
        ("que hay hoy en la 141?", "r141"),
        ("is jeff bezanson giving a talk this year?", None),  # "talk" names no room
        ("y a des talks sur l'irm ?", None),
        ("what's on in online talks now", "online"),
        ("what starts next in any room", None),  # "starts" is no slip for 'Star'
    ],
)
def test_a_room_is_found_by_its_number_after_its_building_s(typed: str, room: str | None) -> None:
    """JuliaCon 2023 at MIT: rooms '32-144', '32-082' are "144", "la 082"; the word "talks" of
    'Online talks and posters' is in any question about talks and names no room alone."""
    finder = RoomFinder(
        [
            Room("r144", "32-144"),
            Room("r141", "32-141"),
            Room("r082", "32-082"),
            Room("star", "32-D463 (Star)"),
            Room("online", "Online talks and posters"),
        ]
    )
    match = finder.find(fold(typed))
    assert (match.room_id if match else None) == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("c koi en salle sky là", "sky"),  # a name's start after a word for a room
        ("ça parle de quoi dans la salle des tables rondes", "round"),
        ("la ultima charla en la sala de mesas redondas", "round"),
        ("c'est où la plénière ?", "plenary"),  # no slip for "première"
        ("hay algo ahora en el estudio de diseño digital", "design"),  # a studio's words translated
        ("sunday 10:45, ballroom d/e?", "de"),  # two ballrooms opened into one
        ("c ou amboseli", "amboseli"),  # "où" typed "ou": where
    ],
)
def test_a_room_is_found_by_the_start_or_the_translation_of_its_name(typed: str, room: str) -> None:
    """PyConES 2017's 'Sala Skyscanner' typed "salle sky"; FlutterCon's roundtables room in French
    and Spanish; PyCon AU's plenary hall."""
    finder = RoomFinder(
        [
            Room("sky", "Sala Skyscanner"),
            Room("bloomberg", "Sala Bloomberg"),
            Room("round", "W223 A Unconference Roundtables"),
            Room("plenary", "Hall C (Plenary)"),
            Room("design", "Digital Design Studio (Ground Floor)"),
            Room("tinkering", "Tinkering Studio (Ground Floor)"),
            Room("a", "Ballroom A"),
            Room("de", "Ballroom DE"),
            Room("amboseli", "Amboseli Hall"),
            Room("tsavo", "Tsavo Hall"),
        ]
    )
    match = finder.find(fold(typed))
    assert match is not None and match.room_id == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("en ce moment ds la salle 1 c quoi", "r1"),  # Raum 1 / Room 1, not the level's 1
        ("what's in room 1 at 4:15?", "r1"),
        ("whats on in the gallery rn", "gallery"),
        ("q hay ahora en la galeria", "gallery"),
        ("anything going on in the hof lounge atm?", "lounge"),  # a long word of a name, run apart
    ],
)
def test_a_room_named_in_two_languages_and_by_level_is_found_by_either(typed: str, room: str) -> None:
    """Open Tech Summit 2016, Berlin: rooms named "level, room / level, room" in German and English."""
    finder = RoomFinder(
        [
            Room("hall", "Erdgeschoss, Saal / Ground Floor"),
            Room("lounge", "Erdgeschoss, Hoflounge / Ground Floor, Hoflounge Room"),
            Room("r1", "Ebene 1, Raum 1 / First Floor, Room 1"),
            Room("gallery", "Ebene 1, Galerie / Floor 1"),
            Room("loft", "Ebene 2, Loft / Floor 2"),
        ]
    )
    match = finder.find(fold(typed))
    assert match is not None and match.room_id == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("qu'est-ce qui passe en salle B là", "b"),
        ("whats on in room c right now?", "c"),
        ("ahora mismo en la sala g?", "g"),
    ],
)
def test_a_german_raum_is_a_room_of_every_language(typed: str, room: str) -> None:
    """Augsburger Linux-Infotag 2017: 'Raum B', 'Raum D (Workshop)', 'Pseudo-Raum G'."""
    finder = RoomFinder(
        [Room("b", "Raum B"), Room("c", "Raum C"), Room("d", "Raum D (Workshop)"), Room("g", "Pseudo-Raum G")]
    )
    match = finder.find(fold(typed))
    assert match is not None and match.room_id == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("y a quoi maintenant au dome E", "e"),  # not Dome C: the letter tells them apart
        ("ahora en el domo C?", "c"),
        ("que pasa en el anfiteatro ahora", "amphi"),
        ("que hay ahora en la mesa 19?", "t19"),  # one table of 'Table 19 & 20'
        ("next up at office hours table 11?", "t11"),
        ("ahora en el pabellon?", "pavilion"),
        ("dome", None),  # three domes: none of them
    ],
)
def test_google_i_o_s_domes_tables_and_amphitheatre(typed: str, room: str | None) -> None:
    """Google I/O 2017 at Shoreline: 'Sandbox Dome C/E/F', 'Office Hours Table 19 & 20', the
    'Amphitheatre'; a 'Pavilion'."""
    finder = RoomFinder(
        [
            Room("amphi", "Amphitheatre"),
            Room("c", "Sandbox Dome C"),
            Room("e", "Sandbox Dome E"),
            Room("f", "Sandbox Dome F"),
            Room("t11", "Office Hours Table 11 & 12"),
            Room("t19", "Office Hours Table 19 & 20"),
            Room("pavilion", "Pavilion"),
            Room("stage-1", "Stage 1"),
        ]
    )
    match = finder.find(fold(typed))
    assert (match.room_id if match else None) == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("y a quoi au petit théâtre là", "little"),
        ("lo siguiente en la sala cinco", "v5"),
        ("en v1", "v1"),
        ("siguiente en el taller de jovenes?", "youth"),  # EMF Camp's 'Youth Workshop'
    ],
)
def test_a_little_theatre_and_a_short_code_s_number(typed: str, room: str) -> None:
    """HOPE XV's 'Little Theatre' in French; Tübix 2026's 'V5 (C215)' as "la sala cinco"."""
    finder = RoomFinder(
        [
            Room("little", "Little Theatre"),
            Room("marillac", "Marillac Auditorium"),
            Room("v1", "V1 (F119)"),
            Room("v5", "V5 (C215)"),
            Room("w1", "W1 (C111)"),
            Room("youth", "Youth Workshop"),
            Room("workshop-2", "Workshop 2"),
        ]
    )
    match = finder.find(fold(typed))
    assert match is not None and match.room_id == room


def test_the_one_room_of_its_kind_is_found_by_that_word() -> None:
    """ "the auditorium", "el auditorio": the only room whose name says it is one; a word for a
    room followed by a name is another room ("la sala Memling"), and a numbered one is not fuzzed."""
    finder = RoomFinder(
        [
            Room("tsai", "Tsai Auditorium (CGIS S010)"),
            Room("belfer", "Belfer Case Study Room (CGIS S020)"),
            Room("lee", "Lee Conference Room (CGIS S030)"),
        ]
    )

    found = partial(room_in, finder)

    assert found("what's next in the auditorium") == "tsai"
    assert found("q hay ahorita en el auditorio") == "tsai"
    assert found("en la sala memling") is None
    assert found("next in the room") is None  # two rooms are rooms


def test_a_room_named_by_a_colour_is_found_in_every_language() -> None:
    """Online tracks and rooms named by a colour: "la piste verte", "sala morada", "in red"."""
    finder = RoomFinder(
        [
            Room("red", "Red Track"),
            Room("green", "Green Track"),
            Room("purple", "Purple Track"),
            Room("bof", "BoF"),
        ]
    )

    found = partial(room_in, finder)

    assert found("ya quoi sur la piste verte la") == "green"
    assert found("et sur la violette ?") == "purple"
    assert found("que hay en la sala morada a las doce y media") == "purple"
    assert found("what's on at 1pm tomorrow in red") == "red"
    assert found("prochain talk sur le track rouge") == "red"
    assert found("charlas sobre redes neuronales") is None


def test_a_room_named_for_what_it_is_for_is_found_in_every_language() -> None:
    """ "MOKids" is the children's room ("la sala de los niños", "la salle des enfants"); "Online
    Workshops" is "en ligne", "en línea"."""
    finder = RoomFinder([Room("mokids", "MOKids"), Room("online", "Online Workshops"), Room("xor", "XOR")])

    found = partial(room_in, finder)

    assert found("y en la sala de los niños?") == "mokids"
    assert found("quoi dans la salle des enfants") == "mokids"
    assert found("prochain atelier en ligne ?") == "online"
    assert found("siguiente en línea") == "online"


def test_a_computer_lab_is_found_by_its_words_in_every_language() -> None:
    """Penguicon's 'Computer Lab (EMC III)': "labo info", "sala de cómputo", "the computer room"."""
    finder = RoomFinder(
        [Room("lab", "Computer Lab (EMC III)"), Room("hamlin", "Hamlin"), Room("suite", "Con Suite")]
    )

    found = partial(room_in, finder)

    assert found("c quoi la suite au labo info ?") == "lab"
    assert found("que hay en la sala de computo") == "lab"
    assert found("qu'est-ce qu'il y a au labo") == "lab"
    assert found("what's on in the computer room") == "lab"


def test_a_room_named_by_a_direction_or_an_institution_is_found_in_every_language() -> None:
    finder = RoomFinder(
        [Room("west", "West Ballroom"), Room("east", "East Ballroom"), Room("senate", "Senate Chamber")]
    )

    found = partial(room_in, finder)

    assert found("q hay en el salon oeste ahora") == "west"
    assert found("quoi dans la salle est") == "east"
    assert found("est-ce que elon musk vient ?") is None  # French "est" is "is"
    assert found("siguiente charla en la camara del senado") == "senate"


def test_a_room_is_found_by_the_words_its_name_runs_together_or_shares() -> None:
    """ "FreeKevin" typed "free kevin", "MOKids" the kids' room; "room2" for Room 2; "chaos west"
    where "chaos" is in two names (ChaosTrawler) and both words in one."""
    finder = RoomFinder(
        [
            Room("freekevin", "FreeKevin"),
            Room("mokids", "MOKids"),
            Room("room-2", "Room 2"),
            Room("chaos-west", "Chaos-West TV - Ennepetal"),
            Room("trawler", "ChaosTrawler Stubnitz"),
        ]
    )

    found = partial(room_in, finder)

    assert found("dans la salle free kevin y a quoi") == "freekevin"
    assert found("whats in the kids room now") == "mokids"
    assert found("whats up next in room2") == "room-2"
    assert found("et ensuite sur chaos-west ?") == "chaos-west"
    assert found("whats up next in room3") is None


def test_a_venue_is_found_by_the_words_and_number_its_name_has() -> None:
    """A film festival's venues: "bearsville" is the theater, not the lounge "at … + Bearsville
    Theater lobby"; "orpheum 2" the second screen; "tinker street" the whole name; "au centre
    kleinert" after a word for a room."""
    finder = RoomFinder(
        [
            Room("lounge", "Hospitality Lounge at Woodstock Artists Association + Bearsville Theater lobby"),
            Room("bearsville", "Bearsville Theater"),
            Room("orpheum-1", "Upstate Films (Saugerties): Orpheum Theatre 1"),
            Room("orpheum-2", "Upstate Films (Saugerties): Orpheum Theatre 2"),
            Room("tinker", "Tinker Street Cinema"),
            Room("kleinert", "Kleinert/James Center for the Arts"),
        ]
    )

    def found(text: str) -> tuple[str, str] | None:
        folded = fold(text)
        match = finder.find(folded)
        return (match.room_id, folded[match.span[0] : match.span[1]]) if match else None

    assert found("c quoi la suite a bearsville") == ("bearsville", "bearsville")
    assert found("et a l'orpheum 2 ?") == ("orpheum-2", "orpheum 2")
    assert found("whats on now in orpheum 1") == ("orpheum-1", "orpheum 1")
    assert found("and at tinker street?") == ("tinker", "tinker street")
    assert found("vers midi au centre kleinert c quoi") == ("kleinert", "kleinert")
    assert found("whats on in orpheum 3") is None


def test_a_hall_is_found_by_its_letter_its_code_or_its_initials() -> None:
    """38C3's halls: "saal e" for 'SoS Saal E', "x07" for 'Saal X 07', "ccmc" for 'Chaos Computer
    Music Club'; "ssi" for 'The Software Sustainability Institute Room (CC2.1)'."""
    finder = RoomFinder(
        [
            Room("sos-e", "SoS Saal E"),
            Room("sos-d", "SoS Saal D"),
            Room("x07", "Saal X 07"),
            Room("ccmc", "Chaos Computer Music Club"),
            Room("ssi", "The Software Sustainability Institute Room (CC2.1)"),
        ]
    )
    found = partial(room_in, finder)
    assert found("and in saal e?") == "sos-e"
    assert found("c'est ou la salle x07 ?") == "x07"
    assert found("what's in x 07 at 4pm") == "x07"
    assert found("a la una de la madrugada que hay en el ccmc") == "ccmc"
    assert found("y a quoi dans la salle ssi a 11h") == "ssi"
    assert found("x08") is None


def test_a_room_whose_number_reads_as_a_time_or_follows_little_words() -> None:
    """ "Salle 2.04" typed "en 204"; "WG308 TE IRINGA" typed "in te iringa"."""
    finder = RoomFinder(
        [Room("s202", "Salle 2.02"), Room("s204", "Salle 2.04"), Room("iringa", "WG308 TE IRINGA")]
    )
    found = partial(room_in, finder)
    assert found("qu'est ce qui passe en 204 la") == "s204"
    assert found("what's on in te iringa now?") == "iringa"
    assert found("en 206") is None


def test_a_topic_in_a_room_s_name_is_found_in_another_language() -> None:
    """ "la sala de educación" for an 'Education Room', "la formation" for 'In-person; Training'
    (the topic lexicon's forms of the word); a word that names no topic is not translated."""
    finder = RoomFinder(
        [
            Room("education", "Education Room"),
            Room("training", "In-person; Training"),
            Room("blin", "Salle Blin"),
        ]
    )
    found = partial(room_in, finder)
    assert found("¿que viene despues en la sala de educacion?") == "education"
    assert found("c quoi en formation a 11h") == "training"
    assert found("qué hay en la sala de cocina") is None


def test_numbered_halls_and_a_name_run_together() -> None:
    """32C3: "salle deux" is 'Hall 2', not 'Hall C.2' (whose "c" is part of its code: "c koi" names
    nothing); "dans la six" is 'Hall 6'; "food hacking base" is 'Foodhackingbase'; a list of
    rooms is no "Room 7"."""
    finder = RoomFinder(
        [
            Room("c2", "Hall C.2"),
            Room("a2", "Hall A.2"),
            Room("h2", "Hall 2"),
            Room("h6", "Hall 6"),
            Room("food", "Foodhackingbase"),
            Room("all", "Arena, Room 8, Room 7"),
            Room("r7", "Room 7"),
        ]
    )
    found = partial(room_in, finder)
    assert found("la tt de suite dans la salle deux c koi") == "h2"
    assert found("qu'est ce qu'il y a salle 2 a 14h") == "h2"
    assert found("hall c2") == "c2"
    assert found("et dans la six ?") == "h6"
    assert found("what's in the food hacking base at 10 tonight") == "food"
    assert found("prochaine session salle 7") == "r7"


def test_a_name_of_two_words_typed_as_one() -> None:
    """FOSSGIS 2014: "the meisingsaal" is 'Meising-Saal'; a run of words two rooms share is none."""
    finder = RoomFinder(
        [Room("ms", "Meising-Saal"), Room("h1", "H1"), Room("gh1", "Green Hall"), Room("gh2", "Green-Hall")]
    )
    found = partial(room_in, finder)
    assert found("what's coming up in the meisingsaal") == "ms"
    assert found("what's on in greenhall") is None


def test_a_dotted_code_said_digit_by_digit_and_a_room_word_that_names_one_room() -> None:
    """FOSSGIS 2013: "la sala tres cero cero ocho" is '3.008'; "l'aula c'est où ?" (the word for a
    room that one room's name alone has, at the start) is 'Aula / 4.1000'."""
    finder = RoomFinder([Room("aula", "Aula / 4.1000"), Room("r3008", "3.008"), Room("r3010", "3.010")])
    found = partial(room_in, finder)
    assert found("que viene despues en la sala tres cero cero ocho") == "r3008"
    assert found("l'aula c'est où ? il s'y passe quoi aujourd'hui") == "aula"


def test_german_room_words_in_other_languages() -> None:
    """FOSSGIS 2011: "le grand amphi", "the small lecture hall", "el aula pequeña" for 'Großer
    Hörsaal Geb. 308' and 'Kleiner Hörsaal Geb. 308' beside 'Hörsaal Geb. 227'."""
    finder = RoomFinder(
        [
            Room("big", "Großer Hörsaal Geb. 308"),
            Room("small", "Kleiner Hörsaal Geb. 308"),
            Room("h227", "Hörsaal Geb. 227"),
        ]
    )
    found = partial(room_in, finder)
    assert found("c koi dans le grand amphi la") == "big"
    assert found("and in the small lecture hall at 4?") == "small"
    assert found("q viene despues en el aula pequeña") == "small"
    assert found("hörsaal 227") == "h227"


def test_a_building_and_room_number_with_a_slash() -> None:
    """FOSSGIS 2012: "room 04/113", "l'amphi 04/114" for 'Hörsaal 04/113' and 'Hörsaal 04/114'."""
    finder = RoomFinder([Room("a", "Hörsaal 04/113"), Room("b", "Hörsaal 04/114"), Room("c", "Hörsaal 08")])
    found = partial(room_in, finder)
    assert found("what's on in room 04/113 now?") == "a"
    assert found("y a quoi dans l'amphi 04/114 là") == "b"
    assert found("hörsaal 08") == "c"


def test_a_room_numbered_after_a_building_number() -> None:
    """FOSSGIS 2011: "pool 2" is 'BST 48 Pool 002' (the building's 48 before, the number padded);
    'SR2.401 Geb. 227' (227 is its building's) is no "geb 227"."""
    finder = RoomFinder(
        [
            Room("p2", "BST 48 Pool 002"),
            Room("p3", "BST 48 Pool 003"),
            Room("sr", "SR2.401 Geb. 227"),
            Room("h", "Hörsaal Geb. 227"),
        ]
    )
    found = partial(room_in, finder)
    assert found("whats happening in pool 2 right now") == "p2"
    assert found("q sigue en el pool 3") == "p3"
    assert found("salle 227") == "h"


def test_a_name_glued_to_its_number_and_a_number_said_in_parts() -> None:
    """PyCon DE's `Helium3`, `Europium2` are typed "helium", "europium dos"; DevNexus's `312
    (Unobtanium)` and `402 (Tools and Techniques)` are said "room three twelve", "four oh two"."""
    finder = RoomFinder(
        [
            Room("helium3", "Helium3"),
            Room("europium2", "Europium2"),
            Room("platinum3", "Platinum3"),
            Room("r312", "312 (Unobtanium)"),
            Room("r402", "402 (Tools and Techniques)"),
            Room("aw1", "AW1.120"),
        ]
    )
    found = partial(room_in, finder)
    assert found("c koi ds la salle helium la") == "helium3"
    assert found("and in platinum?") == "platinum3"
    assert found("helium 3") == "helium3"
    span = finder.find(fold("la siguiente charla en la sala europium dos"))
    assert span is not None and span.room_id == "europium2"
    assert fold("la siguiente charla en la sala europium dos")[span.span[0] : span.span[1]] == "europium dos"
    assert found("what's on in room three twelve rn") == "r312"
    assert found("next thing in four oh two?") == "r402"
    assert found("what's on at three twelve") is None  # no word for a place before it


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("what's on in room forty two", "r42"),  # a ten and a unit are one number
        ("salle quarante-deux", "r42"),
        ("sala cuarenta y dos", "r42"),
        ("what's on right now in room one sixty", "r160"),  # RailsConf 2017's rooms
        ("room one sixty two", "r162"),
        ("salle cent soixante-deux", "r162"),  # not "suivante" mended from "soixante"
        ("sala ciento sesenta y dos", "r162"),
        ("salle soixante et onze", "r71"),  # "soixante-onze": sixty and eleven
        ("salle septante et un", "r71"),  # Belgian and Swiss tens
        ("salle quatre-vingt-douze", "r92"),  # four twenties and twelve
        ("room ninety two", "r92"),
    ],
)
def test_a_room_number_in_words_above_twenty(typed: str, room: str) -> None:
    rooms = [Room(f"r{n}", str(n)) for n in (42, 71, 92, 160, 162, 302)]
    zone = ZoneInfo("America/Phoenix")
    start = datetime(2017, 4, 25, 10, tzinfo=zone)
    sessions = [talk(f"s-{r.id}", start, start + timedelta(hours=1), "Talk", room=r.id) for r in rooms]
    programme = small_programme(zone, sessions, rooms=rooms)
    assert respond(typed, start + timedelta(minutes=5), programme).as_json(programme)["room"] == room[1:]


def test_a_hall_by_its_letter_after_in_a_name_by_its_start_or_its_word_translated() -> None:
    """PyCon AU's `Hall C (Plenary)`: "en C", "et en B ?", "la plénière"; Camp 2011's `Baikonur`:
    "a baiko"; "in a" stays English."""
    finder = RoomFinder(
        [
            Room("a", "Hall A"),
            Room("b", "Hall B"),
            Room("c", "Hall C (Plenary)"),
            Room("baikonur", "Baikonur"),
            Room("kourou", "Kourou"),
            Room("db", "Database Lab"),
        ]
    )
    found = partial(room_in, finder)
    assert found("c koi maintenant en C") == "c"
    assert found("et en B ?") == "b"
    assert found("anything in a workshop") is None
    assert found("c'est où la plénière ?") == "c"
    assert found("la sesión plenaria") == "c"
    assert found("prochaine conf a baiko stp") == "baikonur"
    assert found("talks in data science") is None  # "data" is too little of "database"


def test_a_code_without_its_building_letter_and_a_code_spelt_out() -> None:
    """Config Management Camp's `B.3.019`, `B.4.042`: "en 3.019", "la 4 042", "b two zero fifteen",
    "la b uno cero diecisiete"; FOSS4G's `WA220`: "a220"; DevFest's `101 階梯教室`: "salle cent un",
    "aula ciento cinco"."""
    finder = RoomFinder(
        [
            Room("b3019", "B.3.019"),
            Room("b4042", "B.4.042"),
            Room("b2015", "B.2.015"),
            Room("b1017", "B.1.017"),
            Room("wa220", "WA220"),
            Room("r101", "101 階梯教室"),
            Room("r105", "105 平面教室"),
        ]
    )
    found = partial(room_in, finder)
    assert found("quoi après en 3.019") == "b3019"
    assert found("y en la 4 042?") == "b4042"
    assert found("whats on in b two zero fifteen") == "b2015"
    assert found("proxima en la b uno cero diecisiete") == "b1017"
    assert found("cual es la ultima charla en la sala a220 hoy") == "wa220"
    assert found("ya quoi dans la salle cent un") == "r101"
    assert found("que charla hay ahorita en el aula ciento cinco") == "r105"
    assert found("what's on at 3.30") is None


def test_a_stage_by_its_letter_alone_a_workshop_abbreviated_and_a_tent() -> None:
    """EMF Camp: "et la C ?" for 'Stage C', "ws3" for 'Workshop 3 (Furry High Commission)', "the
    youth tent" for 'Youth Workshop'."""
    finder = RoomFinder(
        [
            Room("a", "Stage A"),
            Room("c", "Stage C"),
            Room("ws3", "Workshop 3 (Furry High Commission)"),
            Room("ws4", "Workshop 4 (FieldFX)"),
            Room("youth", "Youth Workshop"),
        ]
    )
    found = partial(room_in, finder)
    assert found("et la C ?") == "c"
    assert found("anything on in ws3 rn") == "ws3"
    assert found("ok what about the youth tent") == "youth"
    assert found("c'est la fin") is None


def test_a_room_named_by_its_level_is_found_in_every_language() -> None:
    """PyConES 2015's `1G-0.5 (Avanzado)`, `1G-0.4 (Básico)`, `1G-0.6 (Científico)`: "en salle
    avancé", "en basique", "the advanced room", "la sala científica"."""
    finder = RoomFinder(
        [
            Room("adv", "1G-0.5 (Avanzado)"),
            Room("basic", "1G-0.4 (Básico)"),
            Room("sci", "1G-0.6 (Científico)"),
            Room("aula1", "Aula 1"),
        ]
    )
    found = partial(room_in, finder)
    assert found("c koi en ce moment en salle avancé ?") == "adv"
    assert found("qu'est-ce qui passe en basique là ?") == "basic"
    assert found("whats on in the advanced room rn") == "adv"
    assert found("que hay en la sala cientifica") == "sci"


def test_of_a_saal_and_a_hall_numbered_alike_the_word_typed_decides() -> None:
    """33C3 has 'Saal 1', 'Saal 2', 'Saal G' and 'Hall 1', 'Hall 2', 'Hall G': "sala 2", "salle G",
    "sala uno" are the Saal, "hall 2" the Hall; "hall C 2" is 'Hall C.2'."""
    finder = RoomFinder(
        [
            Room("s1", "Saal 1"),
            Room("s2", "Saal 2"),
            Room("sg", "Saal G"),
            Room("h1", "Hall 1"),
            Room("h2", "Hall 2"),
            Room("hg", "Hall G"),
            Room("hc2", "Hall C.2"),
        ]
    )
    found = partial(room_in, finder)
    assert found("lo próximo en la sala 2") == "s2"
    assert found("y a quoi dans la salle G maintenant") == "sg"
    assert found("q hay en la sala uno ahora") == "s1"
    assert found("what's next in hall 2") == "h2"
    assert found("hall c2") == "hc2"


def test_a_numbered_room_with_a_letter_said_or_translated() -> None:
    """EuroPython 2023's 'Terrace 2B', 'South Hall 2A': "terrace two b", "la terraza 2a", "sala sur
    2a"."""
    finder = RoomFinder(
        [
            Room("t2a", "Terrace 2A"),
            Room("t2b", "Terrace 2B"),
            Room("s2a", "South Hall 2A"),
            Room("s2b", "South Hall 2B"),
            Room("north", "North Hall"),
        ]
    )
    found = partial(room_in, finder)
    assert found("terrace two b now pls") == "t2b"
    assert found("proxima en la terraza 2a") == "t2a"
    assert found("sala sur 2a ahora") == "s2a"


def test_a_code_in_brackets_a_name_s_number_in_words_and_a_short_name_in_capitals() -> None:
    """FOSDEM 2017's 'UD2.119 (Moved from AW1.124)' is "aw1.124"; Octocon's 'Zoom 2 - Online' is
    "zoom two"; PyConES 2016's 'Sala PSF' is "la psf", "in ual" is 'Sala UAL', but "talks on MCP"
    is a topic, not the track room 'Salons 7-8: MCP'."""
    finder = RoomFinder(
        [
            Room("ud2119", "UD2.119 (Moved from AW1.124)"),
            Room("zoom1", "Zoom 1 - Online"),
            Room("zoom2", "Zoom 2 - Online"),
            Room("psf", "Sala PSF"),
            Room("ual", "Sala UAL"),
            Room("mcp", "Salons 7-8: MCP"),
        ]
    )
    found = partial(room_in, finder)
    assert found("whats on in aw1.124 now") == "ud2119"
    assert found("next up on zoom two") == "zoom2"
    assert found("q hay ahora en la psf") == "psf"
    assert found("anything happening in ual rn?") == "ual"
    assert found("any talks on MCP") is None


def test_a_hall_named_by_a_number_word_is_found_by_its_number() -> None:
    """39C3's halls `One`, `Zero`, `Ground`, `Fuse`: "saal 0", "sala uno", "hall one"."""
    finder = RoomFinder(
        [Room("one", "One"), Room("zero", "Zero"), Room("ground", "Ground"), Room("fuse", "Fuse")]
    )
    found = partial(room_in, finder)
    assert found("qué pasa en el saal 0?") == "zero"
    assert found("que hay en la sala uno") == "one"
    assert found("what's on in hall one") == "one"
    assert found("what's on at 1") is None


def test_the_room_of_its_kind_gives_way_to_a_word_after_it() -> None:
    """Octocon 2024: 'Stratocaster (main room) - Gibson' is the one room its name calls a room, but
    "la sala de arriba" is 'Cordoba - Gibson (upstairs)' and "la sala de chat" 'Chat area - Gibson';
    Fluttercon's 'Chapel 1: Workshops & Ecosystem Summit' is "la chapelle"."""
    finder = RoomFinder(
        [
            Room("strat", "Stratocaster (main room) - Gibson"),
            Room("cordoba", "Cordoba - Gibson (upstairs)"),
            Room("chat", "Chat area - Gibson"),
            Room("chapel", "Chapel 1: Workshops & Ecosystem Summit"),
        ]
    )
    found = partial(room_in, finder)
    assert found("que hay a las 13:30 en la sala de arriba") == "cordoba"
    assert found("la proxima en la sala de chat") == "chat"
    assert found("salut, ya qqch dans la chapelle maintenant ?") == "chapel"
    assert found("qué hay en la sala") == "strat"


def test_chez_introduces_a_room() -> None:
    """Droidcon Greece 2019's 'Ibis Hotel Asgardians': "c koi en ce moment chez les asgardians"."""
    finder = RoomFinder([Room("asg", "Ibis Hotel Asgardians"), Room("av", "Ibis Hotel Avengers")])
    assert room_in(finder, "c koi en ce moment chez les asgardians") == "asg"


def test_a_village_is_a_room_and_no_start_of_a_longer_name() -> None:
    """EMF Camp 2018's 'Maths Village' beside "Swan'); DROP TABLE Villages; --", HOPE XV's
    'DevKitty Village': "village" says a room is meant, as "stream" does before 'Streamed - Online'."""
    finder = RoomFinder(
        [
            Room("maths", "Maths Village"),
            Room("swan", "Swan'); DROP TABLE Villages; --"),
            Room("devkitty", "DevKitty Village"),
            Room("terrace", "Marillac Terrace (Village Area) ONGOING"),
            Room("streamed", "Streamed - Online"),
        ]
    )
    found = partial(room_in, finder)
    assert found("y a qqch au village des maths là ?") == "maths"
    assert found("what's on in the maths village") == "maths"
    assert found("lo siguiente en el village de devkitty") == "devkitty"
    assert found("qué hay en la aldea devkitty") == "devkitty"
    assert found("c koi en ce moment sur le stream en ligne") == "streamed"


def test_a_room_s_kind_in_brackets_and_its_letter_name_it() -> None:
    """Augsburger Linux-Infotag 2017: 'Raum D/E/F (Workshop)' are "workshop f", "l'atelier F",
    "el taller F", and "workshop" alone names none of them; PyCon AU 2023's 'Hall C (Plenary)' is
    still "en C"."""
    finder = RoomFinder(
        [
            Room("a", "Raum A"),
            Room("d", "Raum D (Workshop)"),
            Room("e", "Raum E (Workshop)"),
            Room("f", "Raum F (Workshop)"),
            Room("g", "Pseudo-Raum G"),
        ]
    )
    found = partial(room_in, finder)
    assert found("next in workshop F") == "f"
    assert found("la suite dans l'atelier F ?") == "f"
    assert found("lo siguiente en el taller F") == "f"
    assert found("la suite en salle E") == "e"
    assert found("what's on in the workshop") is None
    halls = RoomFinder([Room("c", "Hall C (Plenary)"), Room("e", "Hall E"), Room("a", "Hall A")])
    assert room_in(halls, "c koi maintenant en C") == "c"
    assert room_in(halls, "what's next in the plenary") == "c"


def test_each_numbered_part_of_a_name_in_parts_names_the_room() -> None:
    """jev22's 'HIP - Track 2 - Room 2' is "hip track 2" and "room 2"; PyConES 2016's 'Aulario III
    - 4 - (0.030)' is still "aula 5" for its sibling."""
    finder = RoomFinder(
        [
            Room("hip1", "HIP - Track 1 - Room 5"),
            Room("hip2", "HIP - Track 2 - Room 2"),
            Room("rtc", "RTC-Workshop 1 (Sem1)"),
            Room("au4", "Aulario III - 4 - (0.030)"),
            Room("au5", "Aulario III - 5 - (0.090)"),
        ]
    )
    found = partial(room_in, finder)
    assert found("anything in hip track 2 right now?") == "hip2"
    assert found("last talk in hip track 1 tonight?") == "hip1"
    assert found("a la 1:45 en el hip track 1?") == "hip1"
    assert found("what's on in room 5") == "hip1"
    assert found("next up in aula 5?") == "au5"


def test_a_stage_is_a_stage_in_every_language_beside_another_word_of_its_name() -> None:
    """jev22's 'RTC-Bühne (Sparti)' beside 'RTC-Workshop 1 (Sem1)' and 'Multiversum Bühne': "the rtc
    stage", "la scène rtc", "el escenario multiversum"."""
    finder = RoomFinder(
        [
            Room("rtc", "RTC-Bühne (Sparti)"),
            Room("rtc-ws", "RTC-Workshop 1 (Sem1)"),
            Room("multi", "Multiversum Bühne"),
        ]
    )
    found = partial(room_in, finder)
    assert found("what's next on the rtc stage") == "rtc"
    assert found("la suite sur la scène rtc") == "rtc"
    assert found("lo siguiente en el escenario multiversum") == "multi"


def test_where_s_a_room_asks_where_the_room_is() -> None:
    """jev22's 'Klangkeller - H1-U.1': "where's the klangkeller" as "where is the klangkeller"."""
    start = datetime(2022, 12, 29, 14, tzinfo=ZoneInfo("Europe/Berlin"))
    rooms = [Room("klang", "Klangkeller - H1-U.1"), Room("park", "Park area Berlin")]
    sessions = [talk("gozaimasu", start, start.replace(hour=16), "Alligator Gozaimasu", room="klang")]
    programme = small_programme(ZoneInfo("Europe/Berlin"), sessions, rooms=rooms)
    for asked in ("where's the klangkeller", "wheres the klangkeller"):
        assert parse(asked, start, programme).room_id == "klang"
    assert parse("where can i park my car", start, programme).room_id is None


def test_of_rooms_sharing_a_name_the_message_s_other_words_choose() -> None:
    """PyCon HK 2025's 'Track A (Sessions) (LT-15)' and 'Track A (Workshop) (LT-15)': "l'atelier de
    la track A" and "el track A workshop" are the workshop; "track a" alone stays the first."""
    finder = RoomFinder(
        [
            Room("sessions", "Track A (Sessions) (LT-15)"),
            Room("workshop", "Track A (Workshop) (LT-15)"),
            Room("am", "Main Track (Morning) (LT-18)"),
            Room("pm", "Main Track (Afternoon) (LT-13)"),
        ]
    )
    found = partial(room_in, finder)
    assert found("y a quoi dans l'atelier de la track A maintenant") == "workshop"
    assert found("que hay hoy en el track A workshop") == "workshop"
    assert found("track a") == "sessions"
    assert found("main track de l'aprem") == "pm"
    assert found("el main track de la mañana") == "am"


def test_a_code_ending_a_name_is_typed_with_or_without_its_dash() -> None:
    """DevFest Calgary 2019's 'Central Library Room 0-13' and '… 0-14': "salle 014", "la 0-14",
    "room 014"."""
    finder = RoomFinder(
        [
            Room("hall", "Patricia A. Whelan Performance Hall"),
            Room("r13", "Central Library Room 0-13"),
            Room("r14", "Central Library Room 0-14"),
        ]
    )
    found = partial(room_in, finder)
    assert found("c quoi la prochaine session dans la salle 014") == "r14"
    assert found("ya quoi en ce moment dans la 0-14 ?") == "r14"
    assert found("que hay ahora en la 0-13") == "r13"
    assert found("what's happening in room 014 rn") == "r14"


def test_a_room_s_number_written_with_its_zeros_is_no_hour() -> None:
    """OpenSouthCode 2026's 'Sala Canillas 013' and 'Sala Benalmádena 002': "y a quoi en 013
    maintenant", "what's in 002"."""
    finder = RoomFinder(
        [
            Room("canillas", "Sala Canillas 013"),
            Room("benalmadena", "Sala Benalmádena 002"),
            Room("benamocarra", "Sala Benamocarra 23"),
        ]
    )
    found = partial(room_in, finder)
    assert found("y a quoi en 013 maintenant") == "canillas"
    assert found("what's in 002") == "benalmadena"
    assert found("en la 23") == "benamocarra"


def test_a_letter_before_an_apostrophe_is_an_elision_not_a_room() -> None:
    """SCaLE 21x: "maddog hall c'est où et quand ?" names no 'Ballroom C' ("c'est" is "it is"), nor
    does PyCon US's "samedi à 15h30 c'est quoi ?"."""
    finder = RoomFinder([Room("b", "Ballroom B"), Room("c", "Ballroom C"), Room("r103", "Room 103")])
    assert room_in(finder, "maddog hall c'est ou et quand ?") is None
    assert room_in(finder, "c'est quoi en ballroom c ?") == "c"
    # PyCon US 2025: "samedi à 15h30 c'est quoi ?", the time read, leaves "à … c'est quoi".
    assert room_in(finder, "samedi a       c'est quoi ?") is None
    assert room_in(finder, "c koi maintenant en c") == "c"


def test_a_code_ending_a_name_may_start_with_a_minus() -> None:
    """JuliaCon 2024's 'TU-Eindhoven -1.354' (a room below ground) and '… 0.242': "in -1.354"."""
    finder = RoomFinder(
        [
            Room("m1354", "TU-Eindhoven -1.354"),
            Room("m1350", "TU-Eindhoven -1.350"),
            Room("z242", "TU-Eindhoven 0.242"),
            Room("function", "Function (4.1)"),
        ]
    )
    found = partial(room_in, finder)
    assert found("anything going on in -1.354 right now?") == "m1354"
    assert found("qu'est-ce qu'il y a aujourd'hui dans la salle -1.350 ?") == "m1350"
    assert found("en la 0.242") == "z242"


def test_a_letter_that_is_a_word_ends_a_question_as_a_room_s_letter() -> None:
    """BreizhCamp 2025's 'Amphi A': "and in A?", "y en la A?"; "qu'est-ce qu'il y a" is "what is
    there" ('Raum A' of the Augsburger Linux-Infotag)."""
    finder = RoomFinder([Room("a", "Amphi A"), Room("b", "Amphi B")])
    found = partial(room_in, finder)
    assert found("and in A?") == "a"
    assert found("y en la A?") == "a"
    assert found("qu'est-ce qu'il y a       ?") is None


def test_a_name_that_runs_two_words_of_rooms_together_is_found_by_them_translated() -> None:
    """The Linux Audio Conference 2018's 'mainhall' beside 'ceminar' and 'nativespace': "y en la
    sala principal?", "main hall"."""
    finder = RoomFinder([Room("main", "mainhall"), Room("ceminar", "ceminar"), Room("native", "nativespace")])
    found = partial(room_in, finder)
    assert found("y en la sala principal?") == "main"
    assert found("que sigue en la sala principal?") == "main"
    assert found("what's next in the main hall") == "main"


def test_a_room_s_number_of_three_figures_and_its_letter_apart() -> None:
    """Red Hat Summit 2017's 'Room 254B', 'Room 251', 'Room 101' and Spark Summit's 'Room 2003':
    "salle 254 B", "and in 251?", "en 101", "le prochain truc en 2003"; the Chaos Congress's
    "salle 2 à 16h45" is still Saal 2."""
    finder = RoomFinder(
        [
            Room("254b", "Room 254B"),
            Room("251", "Room 251"),
            Room("101", "Room 101"),
            Room("2003", "Room 2003"),
            Room("saal2", "Saal 2"),
        ]
    )
    found = partial(room_in, finder)
    assert found("et dans la salle 254 B ?") == "254b"
    assert found("and in 251?") == "251"
    assert found("il se passe quoi en 101 la ?") == "101"
    assert found("qd commence le prochain truc en 2003") == "2003"
    assert found("salle 2 a 16h45") == "saal2"


def test_a_room_s_number_of_three_figures_with_its_letter_after_in() -> None:
    """Red Hat Summit 2017's 'Room 153B' beside 'Room 153A': "what's next in 153b?" (three figures
    and a letter are no hour)."""
    finder = RoomFinder([Room("153a", "Room 153A"), Room("153b", "Room 153B"), Room("saal2", "Saal 2")])
    found = partial(room_in, finder)
    assert found("what's next in 153b?") == "153b"
    assert found("y en el 153a?") == "153a"


def test_a_room_coded_by_a_letter_written_twice_and_a_word_abbreviated() -> None:
    """F8 2017's 'Hall LL' beside 'Hall A': "what's happening in LL right now"; Mozilla All Hands
    2017's 'Union Square 11' beside 'Nob Hill 1': "anything happening in union sq 11 now?" ("sq"
    shortens "square" as addresses do; "la 1" stays no room)."""
    finder = RoomFinder(
        [
            Room("ll", "Hall LL"),
            Room("a", "Hall A"),
            Room("us11", "Union Square 11"),
            Room("nh1", "Nob Hill 1"),
        ]
    )
    found = partial(room_in, finder)
    assert found("what's happening in LL right now") == "ll"
    assert found("c koi en ll") == "ll"
    assert found("anything happening in union sq 11 now?") == "us11"
    assert found("et dans la sq 11 ?") == "us11"
    # RailsConf 2022's 'Portland BR 253' beside 'Outside Portland 253': "BR" shortens "ballroom".
    finder = RoomFinder([Room("br253", "Portland BR 253"), Room("out253", "Outside Portland 253")])
    assert room_in(finder, "jeudi 14h dans le ballroom 253 ?") == "br253"
    assert found("hay algo a la 1") is None


def test_a_numbered_room_s_other_word_said_before_chooses_among_its_namesakes() -> None:
    """EuroPython 2022's 'Wicklow Hall 1' beside 'Liffey Hall 1': "la suite en wicklow hall un ?"
    is Wicklow's; "wicklow hall deux" is no 'Liffey Hall 2' (Wicklow has 2A and 2B)."""
    finder = RoomFinder(
        [
            Room("w1", "Wicklow Hall 1"),
            Room("w2a", "Wicklow Hall 2A"),
            Room("w2b", "Wicklow Hall 2B"),
            Room("l1", "Liffey Hall 1"),
            Room("l2", "Liffey Hall 2"),
        ]
    )
    found = partial(room_in, finder)
    assert found("la suite en wicklow hall un ?") == "w1"
    assert found("et en liffey hall deux") == "l2"
    assert found("la suite en wicklow hall deux ?") != "l2"


def test_a_code_s_number_in_words_and_an_auditorium_called_an_amphi() -> None:
    """PyData Berlin 2014's 'B09' and 'B05': "prochain talk salle b neuf", "la sala b cinco";
    DjangoCon Europe 2024's 'Auditorium' beside 'Workshop': "la suite dans l'amphi ?"."""
    finder = RoomFinder([Room("b05", "B05"), Room("b09", "B09")])
    found = partial(room_in, finder)
    assert found("prochain talk salle b neuf") == "b09"
    assert found("que charla hay ahora en la sala b cinco") == "b05"
    finder = RoomFinder([Room("auditorium", "Auditorium"), Room("workshop", "Workshop")])
    found = partial(room_in, finder)
    assert found("la suite dans l'amphi ?") == "auditorium"
    assert found("que hay en el auditorio") == "auditorium"


def test_a_room_named_workshop_is_the_atelier_and_the_taller() -> None:
    """Disobey 2024's rooms 'Main Stage', 'Security Theater', 'Workshop', 'Community Village':
    "qu'est-ce qui se passe maintenant dans l'atelier ?", "y en el taller?"; "prochain atelier ?"
    asks for the next workshop, wherever it is."""
    finder = RoomFinder(
        [
            Room("main", "Main Stage"),
            Room("theater", "Security Theater"),
            Room("workshop", "Workshop"),
            Room("village", "Community Village"),
        ]
    )
    found = partial(room_in, finder)
    assert found("qu'est-ce qui se passe maintenant dans l'atelier ?") == "workshop"
    assert found("y en el taller?") == "workshop"
    assert found("prochain atelier ?") is None


def test_a_room_s_word_shortened_after_a_word_for_a_place() -> None:
    """DevQuest 2026's 'Observatoire', 'Laboratoire', 'Forge', 'Beffroi': "y a quoi à l'obs là",
    "prochaine session au labo ?", "what's happening in the lab rn"; a word of questions or a kind
    of session is never one ("à la pause", "en atelier")."""
    finder = RoomFinder(
        [
            Room("obs", "Observatoire"),
            Room("labo", "Laboratoire"),
            Room("forge", "Forge"),
            Room("beffroi", "Beffroi"),
            Room("ateliers", "Atelierschuppen"),
        ]
    )
    found = partial(room_in, finder)
    assert found("y a quoi à l'obs là") == "obs"
    assert found("prochaine session au labo ?") == "labo"
    assert found("what's happening in the lab rn") == "labo"
    assert found("c koi en atelier maintenant") is None
    # SFSCON 2024: "y a des talks sur le CRA ?" asks about the Cyber Resilience Act, not 'Crane Hall'.
    finder = RoomFinder([Room("crane", "Crane Hall"), Room("s1", "Seminar 1")])
    assert room_in(finder, "y a des talks sur le CRA ?") is None
    assert room_in(finder, "c koi au crane ?") == "crane"


def test_a_numbered_room_s_letter_and_number_after_in() -> None:
    """KotlinConf 2025's 'Hall D2' beside 'Auditorium 10': "jeudi à 16h30 en D2 ?", "what's on in
    D2" (a letter and a number are no hour; "en 15" stays one)."""
    finder = RoomFinder([Room("d2", "Hall D2"), Room("a10", "Auditorium 10"), Room("r15", "Room 15")])
    found = partial(room_in, finder)
    assert found("jeudi à 16h30 en D2 ?") == "d2"
    assert found("what's on in D2") == "d2"
    assert found("que hay en 15 minutos") is None


def test_a_code_then_a_name_after_a_slash_is_found_by_the_name_typed_apart() -> None:
    """FrOSCon 2013's 'C175/FrogLabs 1' and 'C177/FrogLabs 2': "la suite en salle frog labs 1 ?",
    "sala frog labs 1 que hay hoy?"; a pair of codes ('B05/B06') gives no name of its own."""
    finder = RoomFinder(
        [
            Room("f1", "C175/FrogLabs 1"),
            Room("f2", "C177/FrogLabs 2"),
            Room("b5", "B05"),
            Room("b56", "B05/B06"),
        ]
    )
    found = partial(room_in, finder)
    assert found("la suite en salle frog labs 1 ?") == "f1"
    assert found("sala frog labs 2 que hay hoy?") == "f2"
    assert found("que hay en b05") == "b5"


def test_a_room_numbered_by_an_ordinal_and_a_word_shortened_before_a_word_for_a_room() -> None:
    """g0v Summit 2024's '1st Conference Room (R1)', '2nd Conference Room (R2)' and 'Recreation
    Hall (RH)': "y a quoi en salle 1 la", "what's on in conf room 2 rn", "next up in room 1?",
    "what's in the rec hall at 4pm saturday"."""
    finder = RoomFinder(
        [
            Room("r0", "International Conference Hall (R0)"),
            Room("r1", "1st Conference Room (R1)"),
            Room("r2", "2nd Conference Room (R2)"),
            Room("rh", "Recreation Hall (RH)"),
        ]
    )
    found = partial(room_in, finder)
    assert found("y a quoi en salle 1 la") == "r1"
    assert found("what's on in conf room 2 rn") == "r2"
    assert found("next up in room 1?") == "r1"
    assert found("what's in the rec hall at 4pm saturday") == "rh"


def test_a_room_named_by_a_letter_alone() -> None:
    """SITCON 2022's rooms 'R0'…'R3' and 'S': "y a quoi dans la salle S maintenant ?", "anything in
    S at the moment?", "que sigue en la sala S?"; "in a" stays English."""
    finder = RoomFinder([Room("r0", "R0"), Room("r1", "R1"), Room("s", "S"), Room("a", "A")])
    found = partial(room_in, finder)
    assert found("y a quoi dans la salle S maintenant ?") == "s"
    assert found("anything in S at the moment?") == "s"
    assert found("que sigue en la sala S?") == "s"
    assert found("anything in a workshop") is None


def test_a_code_s_number_in_parts_after_in_without_its_letters() -> None:
    """COSCUP 2024's 'TR412-2' beside 'TR412-1': "what's at 1:45 in 412-2" (the number in parts
    after "in" is no time)."""
    finder = RoomFinder([Room("a", "TR412-1"), Room("b", "TR412-2"), Room("c", "RB102")])
    found = partial(room_in, finder)
    assert found("what's at 1:45 in 412-2") == "b"
    assert found("et en 412-1 ?") == "a"


def test_a_number_of_three_figures_in_a_range_of_rooms_after_in() -> None:
    """PyCon US 2024's 'Room 301-305' beside 'Room 402': "and in 301?" (three figures are no hour)."""
    finder = RoomFinder([Room("r301", "Room 301-305"), Room("r402", "Room 402"), Room("hall", "Hall C")])
    found = partial(room_in, finder)
    assert found("and in 301?") == "r301"
    assert found("what's on in room 301") == "r301"


def test_a_room_named_with_its_block_and_level_after_commas() -> None:
    """SIGGRAPH Asia 2024's 'Hall C, C Block, Level 4' and 'Hall B5 (2), B Block, Level 5': "hall c",
    "en b5 2"; linux.conf.au's 'Arena, Room 8, Room 5' (a list of rooms) is no Room 5."""
    finder = RoomFinder(
        [
            Room("c", "Hall C, C Block, Level 4"),
            Room("b5-2", "Hall B5 (2), B Block, Level 5"),
            Room("lobby", "Lobby Gallery (1) & (2), G Block, Level B1"),
            Room("room5", "Room 5"),
            Room("changeover", "Arena, Room 8, Room 5"),
        ]
    )
    found = partial(room_in, finder)
    assert found("whats on in hall c rn") == "c"
    assert found("what comes up next in hall b5") == "b5-2"
    assert found("what's next in room 5") == "room5"


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("y a quoi en salle 210 A ?", "a"),
        ("el jueves en la 210 a", "a"),
        ("what's on in 513cd right now", "cd"),
        ("last session in 210 EF on monday", "ef"),
        ("et en 210ef ?", "ef"),
        ("qu'est ce qui se passe en 210 d la", "d"),
        ("room 210 now", "210"),
    ],
)
def test_a_number_with_letters_is_found_glued_or_spaced_and_a_room_s_own_name_first(
    typed: str, room: str
) -> None:
    """NIPS 2015: 'Room 210 A' beside '210 a,b Level 2' (rooms A and B opened into one): "210 a"
    is room A itself; '513 cd' typed "513cd"; '210D' typed "210 d" beside a room '210'."""
    finder = RoomFinder(
        [
            Room("ab", "210 a,b Level 2"),
            Room("a", "Room 210 A"),
            Room("ef", "Level 2 room 210 E,F"),
            Room("cd", "513 cd"),
            Room("d", "210D"),
            Room("210", "210"),
        ]
    )
    match = finder.find(fold(typed))
    assert match is not None and match.room_id == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("y a quoi en ce moment sur bitrate", "bit-rate"),
        ("que hay hoy en el egaming?", "e-gaming"),
        ("neuralnet stage now", "neural-net"),
    ],
)
def test_a_name_s_words_typed_as_one_or_translated(typed: str, room: str) -> None:
    """PonyFest Online 2020: 'Bit Rate's Stage' typed "bitrate", 'E-Gaming' "egaming"."""
    finder = RoomFinder(
        [
            Room("bit-rate", "Bit Rate's Stage"),
            Room("neural-net", "Neural Net's Stage"),
            Room("e-gaming", "E-Gaming"),
            Room("tabletop", "Tabletop"),
            Room("writing", "Writing Room"),
        ]
    )
    match = finder.find(fold(typed))
    assert match is not None and match.room_id == room


def test_a_room_named_by_a_word_of_the_lexicon_is_found_in_another_language() -> None:
    """PonyFest Online 2020's 'Tabletop', asked "la salle jeux de plateau" (board games)."""
    start = datetime(2020, 5, 30, 12, tzinfo=ZoneInfo("America/New_York"))
    end = start.replace(hour=13)
    programme = small_programme(
        ZoneInfo("America/New_York"),
        [
            talk("dice", start, end, "Dice night", room="tabletop"),
            talk("ink", start, end, "Inking", room="art"),
        ],
        rooms=[Room("tabletop", "Tabletop"), Room("art", "Art Theater")],
    )
    question = parse("y a quoi dans la salle jeux de plateau aujourd'hui", start, programme)
    assert question.room_id == "tabletop"


def test_a_room_named_for_tutorials_is_found_in_french_and_spanish() -> None:
    """LSWT 2019's 'Tutorials': "c ou la salle des tutos ?", "la sala de tutoriales"."""
    finder = RoomFinder([Room("tutorials", "Tutorials"), Room("main", "Main Track")])
    for typed in ("c ou la salle des tutos ?", "donde esta la sala de tutoriales"):
        match = finder.find(fold(typed))
        assert match is not None and match.room_id == "tutorials", typed


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("y a quoi en salle 3B la", "03b"),
        ("y en la sala 1b?", "01b"),
        ("la suite en salle 2 N ?", "02n"),
        ("next in 04 AB", "04ab"),
        ("whats happening in room twelve rn", "12"),
        ("q viene despues en la sala doce", "12"),
    ],
)
def test_a_code_without_its_leading_zero_and_a_room_named_by_its_number(typed: str, room: str) -> None:
    """ISMB 2025's rooms '03B', '01B', '02N', '04AB' typed without their zero, and '12' said in words."""
    finder = RoomFinder(
        [Room("03b", "03B"), Room("01b", "01B"), Room("02n", "02N"), Room("04ab", "04AB"), Room("12", "12")]
    )
    match = finder.find(fold(typed))
    assert match is not None and match.room_id == room


def test_a_slip_in_the_one_word_a_name_has_besides_its_word_for_a_room() -> None:
    """IMRF 2026's 'SCIROCCO ROOM' typed "la salle sirocco"; 'ZEFIRO ROOM' "the zefirro room"."""
    finder = RoomFinder(
        [Room("scirocco", "SCIROCCO ROOM"), Room("zefiro", "ZEFIRO ROOM"), Room("ponente", "PONENTE ROOM")]
    )
    for typed, room in (("maintenant dans la salle sirocco", "scirocco"), ("the zefirro room", "zefiro")):
        match = finder.find(fold(typed))
        assert match is not None and match.room_id == room, typed


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("what's in salon 5-6 now", "salon-5-6"),
        ("sala 5 y 6 ahora", "salon-5-6"),
        ("donde esta la sala 310/311", "room-310-311"),
    ],
)
def test_two_numbers_joined_by_and_or_a_slash(typed: str, room: str) -> None:
    """US-RSE'26's 'San Jose Ballroom Salon 5 & 6' ("5-6" is no date there); PyCon US's 'Room
    310/311' beside a list of rooms that ends with it."""
    start = datetime(2026, 10, 21, 10, 45, tzinfo=ZoneInfo("America/Los_Angeles"))
    rooms = [
        Room("salon-1-2", "San Jose Ballroom Salon 1 & 2"),
        Room("salon-5-6", "San Jose Ballroom Salon 5 & 6"),
        Room("all", "Hall C, Ballroom A, Room 301-305, Room 310/311"),
        Room("room-310-311", "Room 310/311"),
    ]
    sessions = [
        talk(r.id, start.replace(hour=10, minute=30), start.replace(hour=12), f"In {r.name}", room=r.id)
        for r in rooms
    ]
    programme = small_programme(ZoneInfo("America/Los_Angeles"), sessions, rooms=rooms)
    assert parse(typed, start, programme).room_id == room


def test_a_name_of_two_parts_said_the_other_way_round() -> None:
    """NIPS 2015's 'Foyer - 5th floor', asked "what's happening in the 5th floor foyer today?"."""
    finder = RoomFinder([Room("foyer", "Foyer - 5th floor"), Room("hall", "Level 2 room 210 AB")])
    match = finder.find(fold("what's happening in the 5th floor foyer today?"))
    assert match is not None and match.room_id == "foyer"


def test_a_letter_and_number_a_name_gives_in_brackets_typed_alone() -> None:
    """DrupalCon Vienna 2025's 'Session Room (Hall G1)': "next thing in g1", "jeudi 16h30 en g1 ?"."""
    finder = RoomFinder(
        [
            Room("g1", "Session Room (Hall G1)"),
            Room("g2", "Session Room (Hall G2)"),
            Room("d", "Auditorium (Hall D)"),
        ]
    )
    for typed, room in (("next thing in g1", "g1"), ("and in g2?", "g2"), ("jeudi 16h30 en g1 ?", "g1")):
        match = finder.find(fold(typed))
        assert match is not None and match.room_id == room, typed


def test_a_word_of_a_name_typed_as_its_cognate() -> None:
    """Tech'Work Lyon 2026's rooms 'Agilité', 'Craft', 'Data': "la ultima charla en la sala
    agilidad"; a word for a room many names share is no cognate of one ("village", "villages")."""
    finder = RoomFinder([Room("agility", "Agilité"), Room("craft", "Craft"), Room("data", "Data")])
    assert room_in(finder, "cual es la ultima charla en la sala agilidad") == "agility"
    assert room_in(finder, "what's on in the agility room") == "agility"
    villages = RoomFinder([Room("maths", "Maths Village"), Room("swan", "Swan'); DROP TABLE Villages; --")])
    assert room_in(villages, "y a qqch au village des maths là ?") == "maths"


def test_the_way_to_a_room_is_a_question_about_it() -> None:
    """MRMCD 2013: "how do i get to gate 104? what's on there today?" asks of the room, not of
    transport; the way to the airport stays a practical question no programme answers."""
    start = datetime(2013, 9, 6, 17, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    programme = small_programme(
        ZoneInfo("Europe/Berlin"),
        [talk("t", start.replace(hour=17, minute=23), start.replace(hour=18), "Takeoff", room="gate-104")],
        rooms=[Room("gate-104", "Gate 104"), Room("gate-111", "Gate 111")],
    )
    asked = parse("how do i get to gate 104? what's on there today?", start, programme)
    assert (asked.intent, asked.room_id) == ("at_time", "gate-104")
    assert parse("how do i get to the airport?", start, programme).intent == "unknown"
    first = parse("qu'est-ce qui ouvre le bal demain matin ?", start, programme)
    assert first.intent == "next" and first.when.day == start.date().replace(day=7)


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("que pasa en la sala g ahora", "zurich-g"),
        ("et en salle e ?", "zurich-e"),
        ("la suite en zur G ?", "zurich-g"),
        ("what's in zurich f", "zurich-f"),
        ("next in room b", "zurich-b"),
    ],
)
def test_rooms_told_apart_by_a_letter_after_words_they_share(typed: str, room: str) -> None:
    """SPLASH 2021's 'Swissotel Chicago | Zurich A'…'Zurich G': "sala f" as "salle 3" is."""
    finder = RoomFinder(
        [
            *(
                Room(f"zurich-{letter}", f"Swissotel Chicago | Zurich {letter.upper()}")
                for letter in "abcefg"
            ),
            Room("currents", "Swissotel Chicago | Currents"),
        ]
    )
    assert room_in(finder, typed) == room


def test_a_letter_no_series_of_rooms_has_is_no_room() -> None:
    finder = RoomFinder([Room("zurich-a", "Zurich A"), Room("zurich-b", "Zurich B")])
    assert room_in(finder, "is there a talk about plan b") is None
    assert room_in(finder, "y a des talks sur le langage c ?") is None


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("y a quoi en salle 12 là ?", "sala-xii"),
        ("que hay ahora en la sala 6", "sala-vi"),
        ("estoy en la sala dos, q esta pasando?", "sala-ii"),
        ("whats happening in room 1 rn", "sala-i"),
        ("sala vi", "sala-vi"),
    ],
)
def test_rooms_numbered_in_roman_numerals(typed: str, room: str) -> None:
    """POPL 2019's 'Hotel Cascais Miragem | Sala I'…'Sala XII': "salle 12", "sala dos"."""
    finder = RoomFinder(
        [
            Room(f"sala-{numeral}", f"Hotel Cascais Miragem | Sala {numeral.upper()}")
            for numeral in ("i", "ii", "iii", "vi", "vii", "xii")
        ]
    )
    assert room_in(finder, typed) == room


def test_a_letter_that_could_be_a_numeral_is_a_letter_without_a_series() -> None:
    finder = RoomFinder([Room("saal-x", "Saal X"), Room("saal-g", "Saal G")])
    assert room_in(finder, "was ist in saal x") == "saal-x"
    assert room_in(finder, "in room 10") is None


def test_a_short_word_of_one_name_after_in() -> None:
    """ICFP 2016's 'Noh Theater': "proxima charla en el noh"; not after "on" ("any talks on MCP"
    asks about MCP, AI Engineer World's Fair's 'Salons 7-8: MCP'), nor a topic ("talks in art")."""
    finder = RoomFinder(
        [
            Room("noh", "Noh Theater"),
            Room("cr1", "Conference Room 1"),
            Room("mcp", "Yerba Buena Ballroom Salons 7-8: MCP"),
            Room("art", "Art Gallery"),
        ]
    )
    assert room_in(finder, "proxima charla en el noh") == "noh"
    assert room_in(finder, "what's next in noh") == "noh"
    assert room_in(finder, "any talks on MCP") is None
    assert room_in(finder, "talks in art") is None


def test_this_talk_in_a_room_is_the_one_on_now() -> None:
    """POPL 2019: "I'm in sala seven, what's this talk?" asks what is on there now."""
    start = datetime(2019, 1, 15, 14, 20, tzinfo=ZoneInfo("Europe/Lisbon"))
    programme = small_programme(
        ZoneInfo("Europe/Lisbon"),
        [
            talk("now", start.replace(minute=15), start.replace(minute=40), "Model Checking", room="vii"),
            talk("later", start.replace(minute=40), start.replace(hour=15, minute=5), "Types", room="vii"),
        ],
        rooms=[Room("vii", "Sala VII"), Room("vi", "Sala VI")],
    )
    for text in ("I'm in sala seven, what's this talk?", "je suis en sala VII, c'est quoi ce talk ?"):
        asked = parse(text, start, programme)
        assert (asked.intent, asked.room_id) == ("now", "vii"), text


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("what's on in meeting room 8 at the moment", "mr8"),
        ("friday 10.45 west wing room 6?", "ww6"),
        ("que hay en la sala 4b ahora mismo", "ww4b"),
        ("y a quoi en salle de réunion 19 là ?", "mr19"),
        ("hay algo ahora en la sala de reuniones 8?", "mr8"),
    ],
)
def test_rooms_with_a_floor_code_no_before_the_number_or_a_letter_after(typed: str, room: str) -> None:
    """The India AI Impact Summit 2026's 'L1 Meeting Room No. 8', 'West Wing Room No. 6',
    'West Wing Room 4 B': "meeting room 8", "sala 4b", "salle de réunion 19"."""
    finder = RoomFinder(
        [
            Room("mr8", "L1 Meeting Room No. 8"),
            Room("mr19", "L1 Meeting Room No. 19"),
            Room("ww6", "West Wing Room No. 6"),
            Room("ww4a", "West Wing Room 4 A"),
            Room("ww4b", "West Wing Room 4 B"),
            Room("plenary", "L3 Plenary Hall"),
        ]
    )
    assert room_in(finder, typed) == room


def test_a_word_of_the_name_typed_as_its_cognate_before_the_word_that_tells_it_apart() -> None:
    """The India AI Impact Summit 2026: "que hay hoy en el banquete shakuntalam"."""
    finder = RoomFinder([Room("shak", "Shakuntalam Banquet"), Room("nal", "Nalanda Banquet")])
    assert room_in(finder, "que hay hoy en el banquete shakuntalam") == "shak"
    assert room_in(finder, "y en el banquete nalanda?") == "nal"


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("c koi en ce moment dans la salle 4 ?", "hall"),
        ("what's on in lecture room 4 right now", "hall"),
        ("que hay ahora en el aula 4", "hall"),
        ("c'est quoi la suite en collegezaal 4 ?", "hall"),
        ("c'est où la salle 3 ?", "hall-3"),
    ],
)
def test_a_room_named_before_where_it_is_and_its_foyer(typed: str, room: str) -> None:
    """SWAT4HCLS 2026's 'Collegezaal 4 (Lecture room 4) · building G' beside 'Foyer · Collegezaal 4
    (Lecture room 4), building G': "salle 4", "lecture room 4" are the hall."""
    finder = RoomFinder(
        [
            Room("foyer-tutorials", "Foyer · Collegezaal 4 (Lecture room 4), building G"),
            Room("foyer", "Foyer · Collegezaal 4, building G"),
            Room("hall", "Collegezaal 4 (Lecture room 4) · building G"),
            Room("hall-3", "Collegezaal 3 (Lecture room 3) · building J"),
            Room("canteen", "Canteen"),
        ]
    )
    assert room_in(finder, typed) == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("what comes next in seminar room 4.02", "sem-f4.02"),
        ("qu'est-ce qu'il y a dans la salle de séminaire 4.01 aujourd'hui ?", "sem-f4.01"),
        ("whats in 2.01 now", "f2.01"),
        ("hoy a las 14:30 que hay en edv 1.02", "edv-f1.02"),
        ("and in F4.01?", "sem-f4.01"),
        ("prochaine conf en FS002 ?", "fs-0.02"),  # Linuxwochen Wien 2015's 'FS 0.02', as one code
        ("que pasa ahora en la sala fs0.02", "fs-0.02"),
        ("what's on at 2.15", None),  # a quarter past two, perhaps
        ("what's on at 1.01", None),  # two rooms' number: 'EDV F1.01' and 'A1.01'
    ],
)
def test_a_lettered_code_s_number_typed_with_its_dot_and_without_its_letter(
    typed: str, room: str | None
) -> None:
    """Linuxwochen Wien 2016's 'F2.01', 'Sem F4.01', 'EDV F1.02': "seminar room 4.02", "in 2.01",
    "edv 1.02"; "séminaire" begins as 'Sem' does. 2015's 'FS 0.02' typed as one code: "fs002"."""
    finder = RoomFinder(
        [
            Room("f2.01", "F2.01"),
            Room("f2.15", "F2.15"),
            Room("edv-f1.01", "EDV F1.01"),
            Room("edv-f1.02", "EDV F1.02"),
            Room("a1.01", "A1.01"),
            Room("sem-f4.01", "Sem F4.01"),
            Room("sem-f4.02", "Sem F4.02"),
            Room("fs-0.01", "FS 0.01"),
            Room("fs-0.02", "FS 0.02"),
        ]
    )
    assert room_in(finder, typed) == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("c quand le prochain talk dans l'amphi du bâtiment 35 ?", "small"),
        ("y a quoi au bâtiment 35 là", "small"),
        ("en la sala de seminarios que hay ahora mismo", "seminar"),
        ("c'est quoi dans la salle de séminaire ?", "seminar"),
        ("the seminar room now", "seminar"),
    ],
)
def test_a_building_and_a_seminar_room_in_german(typed: str, room: str) -> None:
    """FOSSGIS 2010's 'Kleiner Hörsaal (Geb. 35, E01)' ('Geb.' for Gebäude, a building) and
    'Seminarraum 1 (Geb. 66/E01)' (a seminar room in one word)."""
    finder = RoomFinder(
        [
            Room("big", "Großer Hörsaal (Geb. 66, E33/34)"),
            Room("small", "Kleiner Hörsaal (Geb. 35, E01)"),
            Room("ws1", "Workshop 1 (Geb. SI, SI0201)"),
            Room("seminar", "Seminarraum 1 (Geb. 66/E01)"),
        ]
    )
    assert room_in(finder, typed) == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("c koi la suite en orchid ouest", "west"),
        ("q hay en orchid oeste ahorita", "west"),
        ("orchid ballroom east now", "east"),
        ("what's next in orchid", "orchid"),
    ],
)
def test_a_name_s_word_after_the_name_another_room_shares(typed: str, room: str) -> None:
    """PyOhio 2024's 'Orchid Ballroom' beside 'Orchid Ballroom East' and 'West': "orchid ouest",
    "orchid oeste" is the West one, by the word after, in any language."""
    finder = RoomFinder(
        [
            Room("orchid", "Orchid Ballroom"),
            Room("east", "Orchid Ballroom East"),
            Room("west", "Orchid Ballroom West"),
            Room("calypso", "Calypso"),
        ]
    )
    assert room_in(finder, typed) == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("whats going on in GB3 right now", "gb3"),
        ("que hay hoy en la sala de charlas online", "online"),
        ("in lh2 now", "lh2"),
    ],
)
def test_initials_with_a_number_and_a_word_for_sessions_before_a_name(typed: str, room: str) -> None:
    """DjangoCon US 2024's 'Grand Ballroom III' typed "GB3", and 'Online talks' asked as "la sala de
    charlas online"."""
    finder = RoomFinder(
        [
            Room("junior", "Junior Ballroom"),
            Room("gb3", "Grand Ballroom III"),
            Room("online", "Online talks"),
            Room("lh2", "Lecture Hall 2"),
        ]
    )
    assert room_in(finder, typed) == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("la suite en salle ABC svp", "abc"),
        ("and in the abc room?", "abc"),
        ("what's on in F&G right now?", "fg"),
        ("qu'est ce qui passe en salle F et G la", "fg"),
        ("que sigue en la sala F y G", "fg"),
        ("salle F", "f"),
        ("talks about a/b testing", None),  # no room: 'Sandpebble A&B' is asked as a room
        ("in sandpebble a and b", "ab"),
    ],
)
def test_letters_of_rooms_opened_into_one(typed: str, room: str | None) -> None:
    """GraphQLConf 2023's 'Grand Peninsula A,B,C' and 'Grand Peninsula F&G' beside 'Grand Peninsula
    F' and 'G': "salle ABC", "in F&G", "sala F y G" where a room is expected."""
    finder = RoomFinder(
        [
            Room("abc", "Grand Peninsula A,B,C"),
            Room("fg", "Grand Peninsula F&G"),
            Room("f", "Grand Peninsula F"),
            Room("g", "Grand Peninsula G"),
            Room("ab", "Sandpebble A&B"),
        ]
    )
    assert room_in(finder, typed) == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("il se passe quoi en ce moment dans la salle A3?", "a03"),
        ("what's happening in room b7 atm", "b07"),
        ("anything going on in a5 right now?", "a05"),
        ("what's next in room A-08", "a08"),
        ("cual es la siguiente charla en la sala b siete", "b07"),
    ],
)
def test_a_code_after_a_word_for_a_room_typed_without_its_zero(typed: str, room: str) -> None:
    """Qt World Summit 2017's 'Room A03', 'Room B07': "salle A3", "room b7", "la sala b siete"."""
    finder = RoomFinder(
        [Room("a03", "Room A03"), Room("a05", "Room A05"), Room("a08", "Room A08"), Room("b07", "Room B07")]
    )
    assert room_in(finder, typed) == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("la suite en salle 2 ?", "r2"),
        ("donde esta la sala 2", "r2"),
        ("room 2 prerecorded", "r2-pre"),
    ],
)
def test_of_numbered_names_alike_the_one_without_a_qualifier(typed: str, room: str) -> None:
    """JavaZone 2021's 'Room 2' beside 'Room 2 (Prerecorded)': "salle 2" is the plain one."""
    finder = RoomFinder([Room("r2", "Room 2"), Room("r2-pre", "Room 2 (Prerecorded)"), Room("r4", "Room 4")])
    assert room_in(finder, typed) == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("c koi en ce moment en skyline a ?", "sky-a"),
        ("la suite en skyline bc stp", "sky-bc"),
        ("la prochaine session en metro bc ?", "met-bc"),
        ("anything going on in metro a atm", "met-a"),
        ("wed 4:45pm metropolitan bc?", "met-bc"),
        ("in the metropolitan ballroom a bit later", "met"),
    ],
)
def test_a_level_after_a_dash_and_letters_joined_by_a_hyphen(typed: str, room: str) -> None:
    """GraphQLConf 2024's 'Skyline A - Level 21', 'Skyline B-C - Level 21', 'Metropolitan A',
    'Metropolitan B-C' beside 'Metropolitan Ballroom': "skyline a", "metro bc", "metro a"."""
    finder = RoomFinder(
        [
            Room("sky-a", "Skyline A - Level 21"),
            Room("sky-bc", "Skyline B-C - Level 21"),
            Room("met", "Metropolitan Ballroom"),
            Room("met-a", "Metropolitan A"),
            Room("met-bc", "Metropolitan B-C"),
        ]
    )
    assert room_in(finder, typed) == room


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("c koi en ce moment ds la grande salle ?", "grote"),
        ("q hay en la sala grande ahora", "grote"),
        ("now in the big hall?", "grote"),
        ("c quoi le prochain talk en ij zaal ?", "ij"),
        ("quelle session a lieu actuellement en salle IJ ?", "ij"),
        ("which talk is running in the IJ zaal on the 5th floor?", "ij"),
        ("what's on in the studio", "studio"),
        ("is there a juggling workshop", None),  # 'Workshopraum' is not cut into a "workshop"
        ("salle vortrags", "zkm"),
    ],
)
def test_dutch_names_a_floor_after_a_dash_and_compounds_apart(typed: str, room: str | None) -> None:
    """GraphQLConf 2025's 'Grote Zaal - 2nd Floor' beside 'Foyer Grote Zaal - 2nd Floor', and its
    'IJzaal - 5th Floor': "la grande salle" is the plain hall, not its foyer; "salle IJ", "ij zaal"
    the compound's parts (GPN 2017's 'ZKM-Vortragssaal' and 'Workshopraum' beside them)."""
    finder = RoomFinder(
        [
            Room("grote", "Grote Zaal - 2nd Floor"),
            Room("foyer", "Foyer Grote Zaal - 2nd Floor"),
            Room("ij", "IJzaal - 5th Floor"),
            Room("studio", "Studio - 5th Floor"),
            Room("zkm", "ZKM-Vortragssaal"),
            Room("workshop", "Workshopraum"),
        ]
    )
    assert room_in(finder, typed) == room


def test_a_room_named_for_what_it_holds_then_where_it_is() -> None:
    """AnimeNEXT 2023's rooms say what they hold, a dash, then the hotel's room: 'Panels 1 - Hyatt
    Regency E' is "panel 1", "regency e" or "salle E"; 'Game Shows / Panels - Hyatt Regency D' is
    "regency d"."""
    names = [
        "Panels 1 - Hyatt Regency E",
        "Panels 2 - Hyatt Regency F",
        "Game Shows / Panels - Hyatt Regency D",
        "Hyatt Regency Ballroom C",
        "Main Events - NJCEC Hall D",
        "NJCEC Hall C",
    ]
    finder = RoomFinder([Room(f"r{number}", name) for number, name in enumerate(names)])
    found = partial(room_in, finder)
    assert found("prochain truc en panel 2 ?") == "r1"
    assert found("whats on in regency d rn") == "r2"
    assert found("et en salle E ?") == "r0"
    assert found("y en la sala F?") == "r1"
    assert found("and in hall d?") == "r4"
    both = RoomFinder(
        [
            Room("main", "Guests / Autographs - NJCEC Main Ballroom"),
            Room("c", "Hyatt Regency Ballroom C"),
            Room("board", "Guests / Autographs - NJCEC Main Boardroom"),
        ]
    )
    assert room_in(both, "lo proximo en el main ballroom") == "main"  # its word and its word for a room
    lobby = RoomFinder([Room("lobby", "Lobby"), Room("auditorium", "Auditorium 1")])
    assert room_in(lobby, "q hay hoy en el vestibulo") == "lobby"  # NetSci 2025's


def test_a_speaker_asked_for_is_not_the_room_named_after_them() -> None:
    """PHP Conference Brasil 2017 names rooms after people, some of whom speak: "when is ricardo
    coelho speaking" asks for the man; "la salle Ricardo Coelho", "dans ricardo coelho" the room."""
    zone = ZoneInfo("America/Sao_Paulo")
    start = datetime(2017, 12, 7, 14, 30, tzinfo=zone)
    rooms = [Room("coelho", "Sala Ricardo Coelho"), Room("lisboa", "Sala Flavio Lisboa")]
    sessions = [
        talk("drupal", start, start + timedelta(hours=1), "Drupal 8", room="coelho"),
        talk("graphql", start + timedelta(hours=2), start + timedelta(hours=3), "GraphQL", room="lisboa",
             speakers=["ricardo"]),
    ]  # fmt: skip
    programme = small_programme(zone, sessions, rooms=rooms, people=[Person("ricardo", "Ricardo Coelho")])

    def answer(text: str) -> dict[str, object]:
        return respond(text, start - timedelta(minutes=10), programme).as_json(programme)

    assert answer("when is ricardo coelho speaking")["people"] == ["Ricardo Coelho"]
    assert answer("c'est quoi le programme dans la salle ricardo coelho ?")["room"] == "Sala Ricardo Coelho"


def test_the_room_a_name_gives_in_brackets() -> None:
    """Connect.Tech 2017 names its rooms by track, the room in brackets: 'Node-server-side (Room
    104)' is "la sala ciento cuatro", 'Advanced JS (Ballroom D)' "el salón D"."""
    finder = RoomFinder(
        [
            Room("node", "Node-server-side (Room 104)"),
            Room("adv", "Advanced JS (Ballroom D)"),
            Room("core", "Core JS & Frameworks  (Ballroom F)"),
        ]
    )
    assert room_in(finder, "cual es la ultima charla en la sala ciento cuatro el viernes") == "node"
    assert room_in(finder, "hay algo ahorita en el salon D") == "adv"


def test_the_words_of_a_rooms_name_before_its_number_are_the_rooms() -> None:
    """LibertyCon 2019's 'CC: Meeting Room 5' typed "meeting room 5": "meeting" is the room's word,
    not a topic left over ("what about meeting room 5?" after what is on now)."""
    finder = RoomFinder([Room("m5", "CC: Meeting Room 5"), Room("m8", "CC: Meeting Room 8")])
    text = fold("what about meeting room 5?")
    match = finder.find(text)
    assert match is not None and text[match.span[0] : match.span[1]] == "meeting room 5"


def test_this_in_spanish_is_no_east_room() -> None:
    """ "en este momento en el authors alley": "este" is "this", not 'M: East/West Room' (LibertyCon
    2019's); "la sala este" is still it."""
    finder = RoomFinder([Room("ew", "M: East/West Room"), Room("aa", "Author's Alley (M: Plaza Ballroom)")])
    assert room_in(finder, "que esta pasando en este momento en el authors alley") == "aa"
    assert room_in(finder, "que hay en la sala este") == "ew"


@pytest.mark.parametrize(
    ("typed", "room"),
    [
        ("c koi en ce moment ds la salle A du hall 7 ?", "7a"),
        ("ya quoi salle D hall 8", "8d"),
        ("jeudi 14h salle A hall7", "7a"),
        ("whats on in room c hall 7 rn", "7c"),
        ("que sigue en la sala B del hall 7", "7b"),
        ("hall 7 room b", "7b"),
        ("next in room 101 of building 2", "b2-101"),
    ],
)
def test_a_room_inside_a_hall_is_found_by_both_parts_either_way_round(typed: str, room: str) -> None:
    """KubeCon's 'Hall 7 | Room A' asked room first, with "du", "del", the room's word in French or
    Spanish or the hall's number run together; a name joining two rooms ('Hall 7 | Room B (Track 1)
    + Room C (Track 2)') is neither of them."""
    finder = RoomFinder(
        [
            Room("7a", "Hall 7 | Room A"),
            Room("7b", "Hall 7 | Room B"),
            Room("7c", "Hall 7 | Room C"),
            Room("7bc", "Hall 7 | Room B (Track 1) + Room C (Track 2)"),
            Room("8d", "Hall 8 | Room D"),
            Room("b2-101", "Building 2, Room 101"),
            Room("b3-101", "Building 3, Room 101"),
        ]
    )
    assert room_in(finder, typed) == room


def test_a_word_of_a_question_is_no_slip_for_a_rooms_name() -> None:
    """ "que puedes hacer" asks for help: "hacer" is no slip for openSUSE Conference's 'Hacker
    Room', which "hackr room" still is."""
    finder = RoomFinder([Room("hacker", "Hacker Room"), Room("saal", "Saal (Main Hall)")])
    assert room_in(finder, "que puedes hacer") is None
    assert room_in(finder, "what's next in the hackr room") == "hacker"


def test_rooms_named_with_an_expression_and_with_a_possessive() -> None:
    """SQLSaturday Atlanta 2019's rooms: "la salle kung fu" is 'I Love Kung Fu-329' (not the idea
    of martial arts the lexicon makes of "kung fu"), "el cubículo de peter" 'Peter's Cubicle-224'."""
    rooms = [Room(r, name) for r, name in (("kf", "I Love Kung Fu-329"), ("pc", "Peter's Cubicle-224"),
                                           ("mc", "Milton's Cubicle-225"))]  # fmt: skip
    zone = ZoneInfo("America/New_York")
    start = datetime(2019, 5, 18, 10, 30, tzinfo=zone)
    sessions = [talk(f"s-{r.id}", start, start + timedelta(hours=1), "Talk", room=r.id) for r in rooms]
    programme = small_programme(zone, sessions, rooms=rooms)
    at = start + timedelta(minutes=15)
    assert (
        respond("c koi en ce moment ds la salle kung fu", at, programme).as_json(programme)["room"]
        == rooms[0].name
    )
    assert (
        respond("siguiente en el cubiculo de peter", at, programme).as_json(programme)["room"]
        == rooms[1].name
    )
    assert (
        respond("que hay hoy en el cubiculo de milton", at, programme).as_json(programme)["room"]
        == rooms[2].name
    )


@pytest.mark.parametrize(
    ("typed", "room", "said"),
    [
        ("and in seminar room 2?", "s2", "seminar room 2"),  # openSUSE Conference's 'Seminarraum 2'
        ("anything at 4pm tomorrow in room forty-one A?", "41a", "forty-one a"),  # FISL 15's '41A'
        ("anything going on in the OF2 workshop room now?", "of2", "of2"),  # FISL 15's '702 - OF2'
    ],
)
def test_a_compound_s_head_a_spoken_number_s_letter_and_a_code_after_a_dash(
    typed: str, room: str, said: str
) -> None:
    finder = RoomFinder(
        [
            Room("s1", "Seminarraum 1"),
            Room("s2", "Seminarraum 2"),
            Room("41a", "41A"),
            Room("41b", "41B"),
            Room("of1", "701 - OF1"),
            Room("of2", "702 - OF2"),
        ]
    )
    text = fold(typed)
    match = finder.find(text)
    assert match is not None and match.room_id == room
    assert text[match.span[0] : match.span[1]] == said


def test_an_article_is_no_word_for_a_numbered_room() -> None:
    """Ignite The Tour Dubai's 'Theater 2': "during the two days" names no room ("the" begins
    "theater"); "in theater two" does."""
    finder = RoomFinder([Room("t1", "Theater 1"), Room("t2", "Theater 2"), Room("db", "Dubai B")])
    assert room_in(finder, "any sessions about data science during the two days?") is None
    assert room_in(finder, "what's on in theater two") == "t2"


def test_what_sessions_are_about_is_no_room_resembling_it() -> None:
    """WueWW 2022: "des ateliers sur les robots" asks about robots, not the room 'Center for
    Artificial Intelligence and Robotics (CAIRO)'; "c koi sur le stream en ligne" is on a stream."""
    finder = RoomFinder(
        [Room("cairo", "Center for Artificial Intelligence and Robotics (CAIRO)"), Room("f", "Falkenhaus")]
    )
    assert room_in(finder, "il y a des ateliers sur les robots ?") is None
    assert room_in(finder, "what's on in the robotics center") == "cairo"


def test_a_room_named_with_a_weekday_s_short_form_and_after_a_planet() -> None:
    """SIGDIAL & INLG 2023's 'Sun I', 'Sun II', 'Uranus': "sun 2" is no Sunday, "where's sun II"
    asks for the room, "la sala sol 1" and "en urano" name them in Spanish."""
    rooms = [Room("s1", "Sun I"), Room("s2", "Sun II"), Room("u", "Uranus"), Room("j", "Jupiter")]
    zone = ZoneInfo("Europe/Prague")
    start = datetime(2023, 9, 14, 10, 30, tzinfo=zone)
    sessions = [talk(f"t-{r.id}", start, start + timedelta(hours=1), "Talk", room=r.id) for r in rooms]
    programme = small_programme(zone, sessions, rooms=rooms)
    at = start + timedelta(minutes=10)
    for text, room in (
        ("what comes after in sun 2", "Sun II"),
        ("where's sun II", "Sun II"),
        ("que hay ahora en la sala sol 1", "Sun I"),
        ("a las 11 en urano", "Uranus"),
    ):
        assert respond(text, at, programme).as_json(programme)["room"] == room, text


def test_il_y_en_a_names_no_room_a() -> None:
    """Devoxx UK 2023's 'Room A': "il y en a aujourd'hui ?" asks whether there are any; "et en a ?"
    still names the room."""
    finder = RoomFinder([Room("a", "Room A"), Room("b", "Room B")])
    assert room_in(finder, "des sessions sur le machine learning, il y en a   ?") is None
    assert room_in(finder, "et en a ?") == "a"


def test_the_one_room_of_a_conference_is_the_main_hall() -> None:
    """Jugaadfest 2018 has one room, 'Jugaadfest': "the main hall", "la grande salle", "la sala
    principal" name it; at a conference of two rooms they name neither."""
    only = RoomFinder([Room("j", "Jugaadfest")])
    for typed in (
        "what's happening in the main hall right now?",
        "il se passe quoi dans la grande salle",
        "en la sala principal",
    ):
        assert room_in(only, typed) == "j", typed
    assert (
        room_in(RoomFinder([Room("j", "Jugaadfest"), Room("w", "Workshop Lab")]), "in the main hall") is None
    )


def test_the_room_that_holds_nearly_every_session_is_the_main_room() -> None:
    """Madison+ Ruby Chicago 2018 holds every session but its after party in a library named by its
    address: "the main room", "la grande salle", "la sala principal" name it; "the room" alone
    does not, and where the sessions are shared out no room is the main one."""
    zone = ZoneInfo("America/Chicago")
    start = datetime(2018, 5, 10, 9, tzinfo=zone)
    rooms = [Room("lib", "Newberry Library, 60 W Walton St"), Room("bar", "Dave & Busters, 1030 N Clark St")]
    library = [
        talk(
            f"t{n}",
            start + timedelta(hours=n),
            start + timedelta(hours=n, minutes=45),
            f"Talk {n}",
            room="lib",
        )
        for n in range(5)
    ]
    party = talk("party", start.replace(hour=19), start.replace(hour=23), "After party", room="bar")
    programme = small_programme(zone, [*library, party], rooms=rooms)
    asked = start + timedelta(hours=2, minutes=10)
    for typed in (
        "what's happening in the main room now?",
        "c koi dans la grande salle",
        "en la sala principal",
    ):
        assert parse(typed, asked, programme).room_id == "lib", typed
    assert parse("what's on in the room now?", asked, programme).room_id is None
    shared = small_programme(
        zone, [*library[:3], *(replace(s, room_id="bar") for s in library[3:]), party], rooms=rooms
    )
    assert parse("what's happening in the main room now?", asked, shared).room_id is None


def test_a_code_of_a_letter_and_a_number_typed_apart_or_after_the_word_its_letter_begins() -> None:
    """IGARSS 2025: "salle p 9", "room p eight", "sala m cuatro" are 'Plaza: Room P9', 'Plaza: Room
    P8', 'Mezzanine: Room M4', not the poster areas lettered P and M; "mezzanine 3" is 'Mezzanine:
    Room M3'; "poster area p" is the poster area still."""
    finder = RoomFinder(
        [
            Room("p8", "Plaza: Room P8"),
            Room("p9", "Plaza: Room P9"),
            Room("m3", "Mezzanine: Room M3"),
            Room("m4", "Mezzanine: Room M4"),
            Room("area-m", "Plaza Ballroom: Poster Area M"),
            Room("area-p", "Plaza Ballroom: Poster Area P"),
        ]
    )
    for typed, room in (
        ("y a quoi en ce moment dans la salle p 9", "p9"),
        ("room p eight", "p8"),
        ("algo ahora en la sala m cuatro?", "m4"),
        ("what comes after this in mezzanine 3?", "m3"),
        ("poster area p", "area-p"),
    ):
        assert room_in(finder, typed) == room, typed


def test_a_code_ending_with_a_letter_before_c_est_is_that_room() -> None:
    """OHBM 2023: "la salle 512C c'est où ?" is 'Room 512C', not 'Room 516 C' (the "c" of "c'est"
    is no letter after the room, and "room" is no part of a name that two rooms share)."""
    finder = RoomFinder([Room("512c", "Room 512C"), Room("516c", "Room 516 C"), Room("512a", "Room 512A")])
    assert room_in(finder, "la salle 512C c'est où ? et ya quoi dedans aujourd'hui") == "512c"
    assert room_in(finder, "la salle 516 c") == "516c"


def test_a_room_s_words_in_the_asker_s_language_with_a_little_word_between() -> None:
    """CRYPTO 2016: "la playa de goleta" is 'Goleta Beach'; "la suite au dealers room" is what
    comes next in the dealers' room, not the 'Con Suite' (LibertyCon 2019's)."""
    finder = RoomFinder(
        [
            Room("beach", "Goleta Beach"),
            Room("corwin", "Corwin Pavilion"),
            Room("dealers", "Dealer's Room (M: Plaza A/B/C Ballroom)"),
            Room("suite", "Con Suite (M: Presidential Suite)"),
        ]
    )
    assert room_in(finder, "la playa de goleta, que hay hoy alli?") == "beach"
    assert room_in(finder, "la suite au dealers room ?") == "dealers"


def test_a_number_and_a_letter_after_a_building_s_code_name_the_room() -> None:
    """ACM FSE 2026: "c quoi le dernier talk en 9C" is 'MB 9C' (the building's "MB" left out); the
    APS summit's "anything in 1AB rn?" is 'Convention Center, Mile High Ballroom 1AB'; EuroPython
    2023's "2a" is no room where 'South Hall 2A' and 'Terrace 2A' both end so."""
    finder = RoomFinder(
        [Room("9a", "MB 9A"), Room("9c", "MB 9C"), Room("3210", "MB 3.210"), Room("h110", "H110")]
    )
    assert room_in(finder, "c quoi le dernier talk en 9C aujourd'hui") == "9c"
    assert room_in(finder, "what's next in 9a") == "9a"
    aps = RoomFinder(
        [
            Room("1ab", "Convention Center, Mile High Ballroom 1AB"),
            Room("4f", "Convention Center, Mile High Ballroom 4F"),
            Room("south", "South Hall 2A"),
            Room("terrace", "Terrace 2A"),
        ]
    )
    assert room_in(aps, "anything in 1AB rn?") == "1ab"
    assert room_in(aps, "and in 4F?") == "4f"
    assert room_in(aps, "sala sur 2a ahora") != "terrace"


def test_a_hall_s_parts_in_brackets_and_a_name_s_next_word_name_the_room() -> None:
    """SIGCOMM 2017: "salon a" is 'Centennial Hall (Salon A/Salon B)', "salon c" the other one;
    "la sala legacy y transformation" is 'Legacy Room and Transformation Room', not 'Legacy Room'."""
    finder = RoomFinder(
        [
            Room("ab", "Centennial Hall (Salon A/Salon B)"),
            Room("cd", "Centennial Hall (Salon C/Salon D)"),
            Room("hall", "Centennial Hall"),
            Room("legacy", "Legacy Room"),
            Room("both", "Legacy Room and Transformation Room"),
        ]
    )
    assert room_in(finder, "what's on right now in salon a") == "ab"
    assert room_in(finder, "et dans le salon c ?") == "cd"
    assert room_in(finder, "que hay hoy en la sala legacy y transformation") == "both"
    assert room_in(finder, "what's next in the legacy room") == "legacy"


def test_a_room_s_own_name_after_its_venue_and_floor() -> None:
    """AWS re:Invent 2024: "lafite 1", "oceanside b" for 'Wynn | Convention Promenade | Lafite 1',
    'Mandalay Bay | Level 2 South | Oceanside B'; ICSE 2020's "msr zoom 2" is 'Virtual | MSR:Zoom2'
    still, not 'Virtual | MSR:Zoom'."""
    finder = RoomFinder(
        [
            Room("l1", "Wynn | Convention Promenade | Lafite 1"),
            Room("l2", "Wynn | Convention Promenade | Lafite 2"),
            Room("hub", "Wynn | Level 1 | Lafite 4 | Content Hub | Orange Screen"),
            Room("oa", "Mandalay Bay | Level 2 South | Oceanside A"),
            Room("ob", "Mandalay Bay | Level 2 South | Oceanside B"),
            Room("g1", "MGM | Level 1 | Grand 122"),
            Room("p1", "Venetian | Level 2 | Hall B | Expo."),
            Room("z1", "Virtual | MSR:Zoom"),
            Room("z2", "Virtual | MSR:Zoom2"),
        ]
    )
    assert room_in(finder, "hay algo en lafite 1 ahora") == "l1"
    assert room_in(finder, "oceanside b donde queda? q hay hoy") == "ob"
    assert room_in(finder, "next up in msr zoom 2?") == "z2"


def test_a_room_s_small_number_said_in_words_and_a_code_typed_apart() -> None:
    """SnowCamp 2024's 'Mont Blanc 4' beside 'Mont Blanc', Devoxx Greece 2023's 'MC3', SQLSaturday
    Mexico 2019's 'SQL95' beside 'SQL'."""
    finder = RoomFinder(
        [
            Room("mb", "Mont Blanc"),
            Room("mb4", "Mont Blanc 4"),
            Room("mc2", "MC2"),
            Room("mc3", "MC3"),
            Room("sql", "SQL"),
            Room("sql95", "SQL95"),
        ]
    )

    found = partial(room_in, finder)

    assert found("what's after this in mont blanc four") == "mb4"
    assert found("et à mont blanc quatre ?") == "mb4"
    assert found("next in mont blanc") == "mb"
    assert found("siguiente en la mc tres") == "mc3"
    assert found("next in mc two") == "mc2"
    assert found("q esta pasando en sql 95 ahora mismo") == "sql95"
    assert found("que hay en sql ahora") == "sql"


def test_a_room_named_by_a_word_for_a_room_is_found_by_its_start() -> None:
    """WordCamp Antwerp 2018's 'Auditorium' beside 'Trappenaula': "next in the aud"."""
    finder = RoomFinder([Room("aud", "Auditorium"), Room("trap", "Trappenaula"), Room("via", "ViaVia")])

    found = partial(room_in, finder)

    assert found("what's next in the aud?") == "aud"
    assert found("whats next in the audi") == "aud"
    assert found("in the audience tonight") is None


def test_a_numbered_room_with_a_word_after_its_number_is_found_by_its_number() -> None:
    """SQLSaturday Chimbote 2020's 'Room 4 English' beside 'Sala 1'…'Sala 3': "room 4", "sala 4"."""
    finder = RoomFinder([Room(f"s{n}", f"Sala {n}") for n in (1, 2, 3)] + [Room("r4", "Room 4 English")])

    found = partial(room_in, finder)

    assert found("what's on in room 4 rn") == "r4"
    assert found("que hay en la sala 4 ahora") == "r4"
    assert found("que hay en la sala 2 ahora") == "s2"


def test_a_number_printed_with_its_zero_is_typed_without_it() -> None:
    """SQLSaturday Mexico City 2017's 'Administración 01'…'03', 'BI 01', 'BI 02': "admin 1", "bi1"."""
    names = ["Administración 01", "Administración 02", "Administración 03", "BI 01", "BI 02"]
    finder = RoomFinder([Room(name.lower().replace(" ", ""), name) for name in names])

    found = partial(room_in, finder)

    assert found("c koi en ce moment en admin 2 ?") == "administración02"
    assert found("qu'est ce qui suit en salle adm 3") == "administración03"
    assert found("anything happening now in administracion 1?") == "administración01"
    assert found("ya quoi en bi1 là") == "bi01"
    assert found("quoi à 11h30 en bi 2") == "bi02"
    assert found("que hay ahorita en admin uno") == "administración01"


def test_a_room_numbered_without_a_zero_keeps_its_number() -> None:
    """'Room 1' beside 'Room 01' (two rooms): "room 1" is 'Room 1', as printed."""
    finder = RoomFinder([Room("r1", "Room 1"), Room("r01", "Room 01"), Room("r2", "Room 2")])

    assert room_in(finder, "what's on in room 1") == "r1"


def test_a_name_before_its_room_number_after_a_dash() -> None:
    """SQLSaturday Montreal 2018's 'Montreal A - 516', 'Montreal B - 517', 'Laval - 510':
    "montreal a", "la b" after it, "quinientos diecisiete", "cinq cent dix sept"."""
    names = ["St-Laurent - 511", "Laval - 510", "Montreal A - 516", "Montreal B - 517"]
    finder = RoomFinder([Room(name, name) for name in names])

    found = partial(room_in, finder)

    assert found("q hay en montreal a ahorita") == "Montreal A - 516"
    assert found("where is montreal b room") == "Montreal B - 517"
    assert found("y en la b?") == "Montreal B - 517"
    assert found("whats on in laval") == "Laval - 510"
    assert found("proxima charla en la quinientos diecisiete") == "Montreal B - 517"
    assert found("sala quinientos once") == "St-Laurent - 511"
    assert found("et dans la cinq cent dix sept ?") == "Montreal B - 517"
    assert found("whats in montreal") is None  # two rooms are in Montreal


def test_rooms_named_after_the_elements_are_found_in_each_language() -> None:
    """SQLSaturday Paris 2016's 'Air', 'Eau', 'Feu', 'Metal': "the fire room", "sala agua"."""
    finder = RoomFinder([Room(name.lower(), name) for name in ("Air", "Eau", "Feu", "Metal")])

    found = partial(room_in, finder)

    assert found("whats the last talk in the fire room") == "feu"
    assert found("what's on at 10am in the water room?") == "eau"
    assert found("que viene despues en la sala fuego") == "feu"
    assert found("que pasa ahora en la sala aire?") == "air"
    assert found("c koi dans la salle métal") == "metal"


def test_a_room_of_talks_in_one_language_is_named_in_another() -> None:
    """SQLSaturday Lima 2020's 'EVA00 English' beside 'EVA 01', 'EVA02': "la salle anglaise",
    "la sala en ingles", "eva1"."""
    finder = RoomFinder([Room("e1", "EVA 01"), Room("e0", "EVA00 English"), Room("e2", "EVA02")])

    found = partial(room_in, finder)

    assert found("et maintenant dans la salle anglaise ?") == "e0"
    assert found("q hay ahorita en la sala en ingles") == "e0"
    assert found("c koi en ce moment en eva1 ?") == "e1"


def test_a_short_code_before_what_the_room_holds() -> None:
    """SQLSaturday Bogotá 2015's 'T1 - CLOUD'…'T5 - BI/BA': "en t5", "la t 5", "cloud room"."""
    names = ["T1 - CLOUD", "T2 - DEVELOPER", "T3 - ENTERPRISE", "T4 - DBA", "T5 - BI/BA"]
    finder = RoomFinder([Room(name[:2].lower(), name) for name in names])

    found = partial(room_in, finder)

    assert found("y a quoi a 13h30 en t5") == "t5"
    assert found("que hay en la t5 en este momento") == "t5"
    assert found("salle t 5") == "t5"
    assert found("whats on in the cloud room") == "t1"


def test_dutch_stages_and_chapels_in_other_languages() -> None:
    """Fri3d Camp's 'Hoofdpodium' (main stage) and 'Kapel' (chapel): "la grande scène",
    "el escenario principal", "the main stage", "la capilla"."""
    names = ["Hoofdpodium", "Kapel", "Large LED", "Berkenhof", "Shelter"]
    finder = RoomFinder([Room(name.lower(), name) for name in names])

    found = partial(room_in, finder)

    assert found("c quoi le prochain truc sur la grande scene ?") == "hoofdpodium"
    assert found("que hay en el escenario principal ahora") == "hoofdpodium"
    assert found("what's on at the main stage right now?") == "hoofdpodium"
    assert found("que pasa en la capilla ahora mismo") == "kapel"
    assert found("c koi a la chapelle la") == "kapel"


def test_a_classroom_named_in_a_nordic_language() -> None:
    """DIPS Exchange 2024's 'Klasserom' beside 'Arena', 'Kantina', 'Hinnøya': "the classroom",
    "la salle de classe", "la clase"."""
    finder = RoomFinder([Room(name.lower(), name) for name in ("Arena", "Hinnøya", "Kantina", "Klasserom")])

    found = partial(room_in, finder)

    assert found("next up in the classroom?") == "klasserom"
    assert found("c quoi le programme en salle de classe aujourd'hui ?") == "klasserom"
    assert found("que hay en la clase ahora") == "klasserom"


def test_rooms_numbered_in_a_list_are_said_by_their_number() -> None:
    """SQLSaturday Sacramento 2019's '1. Snowflake (Placer)'…'5. San Mateo': "room 3", "sala dos"."""
    names = ["1. Snowflake (Placer)", "2. SentryOne (SF)", "3. San Joaquin", "4. Alameda", "5. San Mateo"]
    finder = RoomFinder([Room(name[0], name) for name in names])

    found = partial(room_in, finder)

    assert found("and in room 3?") == "3"
    assert found("whats after this in room five") == "5"
    assert found("que viene despues en la sala dos") == "2"
    assert found("qd je reviens vers 15h qu'est ce qui passe salle 3") == "3"
    assert found("what's on in snowflake") == "1"


def test_a_short_code_before_a_dash_and_a_track() -> None:
    """SQLSaturday Orlando 2019's 'R1-PowerBI (3102)'…'R8-PowerBI/ETL (4205)', 'DBA2 (4206)':
    "r7", "la r8", "room 3102"."""
    names = [
        "DBA2 (4206)",
        "R1-PowerBI (3102)",
        "R2-DBA1 (3103)",
        "R7-BigData/DataSci (4103)",
        "R8-PowerBI/ETL (4205)",
    ]
    finder = RoomFinder([Room(name.split()[0].lower(), name) for name in names])

    found = partial(room_in, finder)

    assert found("whats in r7 now") == "r7-bigdata/datasci"
    assert found("what's next in r1?") == "r1-powerbi"
    assert found("a las 9 y media que hay en la r8") == "r8-powerbi/etl"
    assert found("room 3102") == "r1-powerbi"
    assert found("dba2") == "dba2"


def test_a_code_ending_with_a_letter_typed_without_it() -> None:
    """SQLSaturday Denmark 2017's 'CUST 0.01M'…'CUST 1.13M': "salle 1.13", "the 0.01 room",
    "cust 113"; where two codes differ by their letter only ('254A', '254B'), neither is "254"."""
    names = ["CUST 0.01M", "CUST 0.02M", "CUST 1.01M", "CUST 1.11M", "CUST 1.13M"]
    finder = RoomFinder([Room(name[5:], name) for name in names])

    found = partial(room_in, finder)

    assert found("dans la salle 1.13") == "1.13M"
    assert found("next talk in the 0.01 room") == "0.01M"
    assert found("la 1.11 ahora mismo") == "1.11M"
    assert found("siguiente en cust 113") == "1.13M"
    pair = RoomFinder([Room("a", "Room 254A"), Room("b", "Room 254B")])
    assert room_in(pair, "what's on in room 254") is None


def test_rooms_named_by_a_dutch_colour_in_other_languages() -> None:
    """SQLSaturday Holland 2017's 'Room Blauw', 'Room Rood', 'Room Wit': "the red room", "la salle
    bleue", "la sala blanca"."""
    names = ["Room 040", "Room A", "Room Blauw", "Room Rood", "Room Wit"]
    finder = RoomFinder([Room(name[5:].lower(), name) for name in names])

    found = partial(room_in, finder)

    assert found("next in the red room?") == "rood"
    assert found("Bonjour, quelles sessions sont en cours en salle bleue ?".lower()) == "blauw"
    assert found("siguiente charla en la sala blanca") == "wit"


def test_a_theatre_numbered_before_its_word_beside_a_room_of_that_number() -> None:
    """SIGGRAPH 2026's '411 Theatre' beside 'Room 411': "el teatro 411" is the theatre, "room 411"
    the room."""
    finder = RoomFinder([Room("t", "411 Theatre"), Room("r", "Room 411"), Room("k", "Hall K")])

    found = partial(room_in, finder)

    assert found("a las 12:30 del miercoles en el teatro 411?") == "t"
    assert found("what's on in the 411 theatre") == "t"
    assert found("room 411") == "r"


def test_rooms_that_begin_alike_are_said_by_their_endings() -> None:
    """SQLSaturday Oslo 2017's 'Trollfeltet', 'Trollheimen', 'Trollstigen', 'Trolltunga',
    'Trollveggen': "a veggen", "next in heimen?", "en tunga"."""
    names = ["Trollfeltet", "Trollheimen", "Trollstigen", "Trolltunga", "Trollveggen"]
    finder = RoomFinder([Room(name.lower(), name) for name in names])

    found = partial(room_in, finder)

    assert found("c koi en ce moment a veggen") == "trollveggen"
    assert found("next in heimen?") == "trollheimen"
    assert found("que esta pasando ahorita en tunga") == "trolltunga"
    assert found("in troll stigen") == "trollstigen"


def test_rooms_named_after_places_typed_as_the_place_is_called_in_another_language() -> None:
    """Prairie Dev Con 2012's hotel rooms 'Umbria', 'Tuscany AB', 'Lombardy A': "en ombrie", "la
    salle toscane", "que viene en toscana"; a short word whose consonants a name also has is no
    room ("cuanto" is not 'Keynote')."""
    names = ["Lombardy A", "Lombardy B", "Tuscany AB", "Campania", "Umbria", "Trentino", "Keynote"]
    finder = RoomFinder([Room(fold(name).replace(" ", "-"), name) for name in names])

    found = partial(room_in, finder)

    assert found("et en ombrie ?") == "umbria"
    assert found("maintenant dans la salle toscane ?") == "tuscany-ab"
    assert found("que viene en toscana") == "tuscany-ab"
    assert found("cuanto cuesta la entrada") is None


def test_rooms_numbered_before_their_building() -> None:
    """dotnet Cologne 2018's '4/5, Haus 6', '2/3, Haus 6', '1, Haus 6', 'Saal, Haus 7': the room's
    number comes first, typed "salle 4-5", "room two three", "la sala uno del edificio 6"."""
    names = ["Saal, Haus 7", "222, Haus 7", "313/314, Haus 7", "1, Haus 6", "2/3, Haus 6", "4/5, Haus 6"]
    finder = RoomFinder([Room(str(i), name) for i, name in enumerate(names)])

    def found(text: str) -> str | None:
        room_id = room_in(finder, text)
        return names[int(room_id)] if room_id is not None else None

    assert found("et en salle 4-5 ?") == "4/5, Haus 6"
    assert found("what comes next in room two three") == "2/3, Haus 6"
    assert found("que hay ahora en la sala cuatro cinco") == "4/5, Haus 6"
    assert found("lo proximo en la sala uno del edificio 6") == "1, Haus 6"
    assert found("next in building 6 room 4/5?") == "4/5, Haus 6"
    assert found("room 222") == "222, Haus 7"


def test_a_room_s_words_typed_after_a_word_for_a_room_ask_for_no_kind_of_session() -> None:
    """KCD Munich 2024: "dans la salle des workshops c quoi le prochain" is everything next in
    'Workshop Room', its talks too; OpenStack Vancouver 2018: "el teatro de demos" is 'Marketplace
    Demo Theater'."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2024, 7, 2, 10, 30, tzinfo=zone)
    rooms = [Room("workshop-room", "Workshop Room"), Room("main", "Main Stage")]
    programme = small_programme(
        zone,
        [
            talk(
                "w",
                start,
                start + timedelta(hours=1),
                "Cilium Workshop",
                room="workshop-room",
                kind=SessionKind.WORKSHOP,
            ),
            talk(
                "t", start.replace(hour=13), start.replace(hour=14), "Open weight LLMs", room="workshop-room"
            ),
            talk("m", start.replace(hour=13), start.replace(hour=14), "Keynote", room="main"),
        ],
        rooms=rooms,
    )
    answer = respond("dans la salle des workshops c quoi le prochain", start - timedelta(hours=1), programme)
    assert [s["id"] for s in answer.as_json(programme)["sessions"]] == ["w", "t"]

    theatres = RoomFinder([Room("demo", "Marketplace Demo Theater"), Room("lt", "Lightning Talk Theater")])
    assert room_in(theatres, "que pasa en el teatro de demos ahora") == "demo"


def test_a_multipurpose_room_and_a_room_s_schedule_in_three_languages() -> None:
    """Simposium CEI 2026's 'Polivalente' and 'Auditorio': "salle poly", "the multipurpose room";
    "programme de l'auditorium", "the schedule of the auditorium"."""
    finder = RoomFinder(
        [Room("auditorio", "Auditorio"), Room("polivalente", "Polivalente"), Room("g", "General")]
    )

    found = partial(room_in, finder)

    assert found("prochaine session en salle poly ?") == "polivalente"
    assert found("whats on in the multipurpose room rn") == "polivalente"
    assert found("programme de l'auditorium aujourd'hui stp") == "auditorio"
    assert found("the schedule of the auditorium") == "auditorio"


def test_a_ship_s_venues_typed_in_spanish() -> None:
    """The Rock Boat XXV's 'Atrium - Deck 7, MID', 'Sports Court - Deck 13, AFT', 'Pool Deck - Deck
    12, MID': "el atrio", "la cancha deportiva", "la cubierta de la piscina" (two little words between
    a name's words)."""
    names = [
        "Atrium - Deck 7, MID",
        "Sports Court - Deck 13, AFT",
        "Pool Deck - Deck 12, MID",
        "Spinnaker - Deck 13, FWD",
    ]
    finder = RoomFinder([Room(str(i), name) for i, name in enumerate(names)])

    def found(text: str) -> str | None:
        room_id = room_in(finder, text)
        return names[int(room_id)] if room_id is not None else None

    assert found("que hay en el atrio ahora mismo") == names[0]
    assert found("proximo show en la cancha deportiva?") == names[1]
    assert found("qué habrá en la cubierta de la piscina mañana a las 12:30") == names[2]


def test_a_forum_typed_in_spanish() -> None:
    """GOTO Chicago 2026's 'Forum' beside 'The Hall' and 'Hub': "el foro"."""
    finder = RoomFinder([Room("forum", "Forum"), Room("hall", "The Hall"), Room("hub", "Hub")])
    assert room_in(finder, "que hay ahora en el foro") == "forum"


def test_a_room_named_by_a_greek_letter_typed_in_spanish() -> None:
    """GDays Nigeria 2014's 'Room Alpha', 'Room Beta', 'Room Gamma': "sala alfa"."""
    finder = RoomFinder([Room("alpha", "Room Alpha"), Room("beta", "Room Beta"), Room("gamma", "Room Gamma")])
    assert room_in(finder, "sala alfa a las 2 y media del sabado") == "alpha"


def test_a_department_named_by_its_abbreviations() -> None:
    """The Kratos workshop's room "Department of Mathematics 'Tullio Levi-Civita', Torre
    Archimede, …": "au dept de maths", "in the math dept", beside another department."""
    names = ["Department of Mathematics 'Tullio Levi-Civita', Torre Archimede", "Department of Physics"]
    finder = RoomFinder([Room("maths", names[0]), Room("physics", names[1])])
    assert room_in(finder, "qu'est ce qui suit au dept de maths ?") == "maths"
    assert room_in(finder, "whats going on in the math dept today") == "maths"


def test_the_one_room_of_its_word_called_the_main_or_big_one() -> None:
    """GOTO Chicago 2026's 'The Hall' and dotnet Cologne 2018's 'Saal, Haus 7': "in the main hall",
    "dans le grand saal"."""
    goto = RoomFinder([Room("hall", "The Hall"), Room("forum", "Forum"), Room("hub", "Hub")])
    assert room_in(goto, "what's on in the main hall now") == "hall"
    cologne = RoomFinder([Room("saal", "Saal, Haus 7"), Room("222", "222, Haus 7"), Room("1", "1, Haus 6")])
    assert room_in(cologne, "ya quoi dans le grand saal la") == "saal"


def test_a_lecture_theatre_by_its_subject_and_the_word_for_an_amphi() -> None:
    """Saarang 2016's 'PhLT - Physics Lecture Theatre' beside a 'Central Lecture Theatre' and an
    'ICSR Main Auditorium': "l'amphi de physique" is the physics one (an "amphi" is an auditorium
    and a lecture theatre, so the word alone names none of them); GDS Prague 2025's 'Lecture Hall'
    is "la lecture" and "l'amphi" where no other room is one."""
    names = ["PhLT - Physics Lecture Theatre", "CLT - Central Lecture Theatre", "ICSR Main Auditorium"]
    finder = RoomFinder([Room(str(i), name) for i, name in enumerate(names)])

    def found(text: str) -> str | None:
        room_id = room_in(finder, text)
        return names[int(room_id)] if room_id is not None else None

    assert found("qu'est ce qui se passe dans l'amphi de physique en ce moment") == names[0]
    assert found("que hay en el anfiteatro de fisica") == names[0]
    assert found("next in the main auditorium") == names[2]
    halls = ["Lecture Hall", "Hangar 13 Hall", "Panorama Hall"]
    finder = RoomFinder([Room(str(i), name) for i, name in enumerate(halls)])
    assert room_in(finder, "c koi le dernier talk ds la lecture samedi") == "0"
    assert room_in(finder, "et dans l'amphi ?") == "0"


def test_a_letter_of_a_term_written_with_a_slash_is_no_room() -> None:
    """ODSC East 2025's 'Demo A' and 'Demo B': "hay algo de pruebas A/B" asks about A/B testing,
    not what is on in Demo B ("y en la demo b?" still is)."""
    finder = RoomFinder([Room("a", "Demo A"), Room("b", "Demo B"), Room("204", "Room 204")])
    assert room_in(finder, "hay algo de pruebas A/B") is None
    assert room_in(finder, "anything on a/b testing?") is None
    assert room_in(finder, "y en la demo b?") == "b"
    assert room_in(finder, "et en b ?") == "b"


def test_rooms_named_after_nature_in_the_attendee_s_language() -> None:
    """DDD Perth 2022's rooms, each a Noongar name and its English one: 'Bilya (River)', 'Maali
    (Black Swan)', 'Yiibi (Black Cockatoo)', typed "la sala del río", "la salle du cygne noir"."""
    names = ["Kwoka (Quokka)", "Yiibi (Black Cockatoo)", "Mari (Red Gum)", "Bilya (River)"]
    names.append("Maali (Black Swan)")
    finder = RoomFinder([Room(str(i), name) for i, name in enumerate(names)])

    def found(text: str) -> str | None:
        room_id = room_in(finder, text)
        return names[int(room_id)] if room_id is not None else None

    assert found("que hay ahora en la sala del rio") == "Bilya (River)"
    assert found("a las 10:15 en la sala cacatua negra?") == "Yiibi (Black Cockatoo)"
    assert found("c'est ou la salle cygne noir et y a quoi dedans") == "Maali (Black Swan)"


def test_a_word_for_a_room_and_its_letter_typed_as_one() -> None:
    """ML in PL 2025's "next in hallb?" for 'Hall B'; a word for a room alone is no room."""
    finder = RoomFinder(
        [Room("a", "Hall A"), Room("b", "Hall B"), Room("main", "Main Hall"), Room("c", "Salle C")]
    )
    found = partial(room_in, finder)
    assert found("next in hallb?") == "b"
    assert found("whats in halla") == "a"
    assert found("quoi en sallec") == "c"
    assert found("next in hall?") is None


def test_an_aula_magna_is_the_great_hall_in_every_language() -> None:
    """AIUCD 2025's 'Aula Magna' asked as "la grande salle", "the main hall", "el aula principal"."""
    finder = RoomFinder(
        [Room("magna", "Aula Magna"), Room("spa", "Aula SPA"), Room("sm", "Santa Marta (Provianda)")]
    )
    found = partial(room_in, finder)
    assert found("qu'est ce qui se passe en ce moment dans la grande salle ?") == "magna"
    assert found("what's on in the main hall") == "magna"
    assert found("que hay en el aula principal") == "magna"


def test_a_room_numbered_second_beside_one_unnumbered_and_a_campfire_in_every_language() -> None:
    """Bitcamp 2018: 'Campfire II' beside 'Campfire' is "campfire 2"; "la fogata" is the campfire."""
    finder = RoomFinder([Room("fire", "Campfire"), Room("fire2", "Campfire II"), Room("cabin", "Cabin")])
    found = partial(room_in, finder)
    assert found("whats next at campfire 2") == "fire2"
    assert found("q pasa ahora en el campfire 2") == "fire2"
    assert found("campfire ii now") == "fire2"
    assert found("what's on at the campfire") == "fire"
    assert found("que sigue en la fogata") == "fire"
    assert found("qu'est ce qui se passe au feu de camp la") == "fire"  # a form of three words
    assert found("quoi de neuf au feu de camp 2") == "fire2"
    assert found("que hay en la fogata ii") == "fire2"
    assert found("en la fogata dos") == "fire2"


def test_a_booth_is_a_stand_and_its_number_no_time() -> None:
    """Bitcamp 2018's '1517 Fund Booth' asked "le stand 1517 il est où ?": a room, not 15:17."""
    zone = ZoneInfo("America/New_York")
    start = datetime(2018, 4, 7, 14, tzinfo=zone)
    rooms = [Room("booth", "1517 Fund Booth"), Room("cabin", "Cabin")]
    sessions = [
        talk("office", start, start + timedelta(hours=2), "Office Hours with 1517 Fund", room="booth"),
        talk("workshop", start, start + timedelta(hours=1), "Hackathon 101", room="cabin"),
    ]
    programme = small_programme(zone, sessions, rooms=rooms)
    for text in ("le stand 1517 il est ou", "donde esta el stand 1517", "where's the 1517 booth"):
        reply = respond(text, start - timedelta(hours=4), programme).as_json(programme)
        assert (reply["intent"], reply["room"]) == ("room_info", "1517 Fund Booth"), text


def test_a_word_for_a_room_run_into_its_number() -> None:
    """MiXiT 2023's rooms 'ROOM1'…'ROOM5', 'AMPHI1', 'AMPHI2': "salle 2", "sala 1", "l'amphi 2"."""
    finder = RoomFinder(
        [Room("r1", "ROOM1"), Room("r2", "ROOM2"), Room("a1", "AMPHI1"), Room("a2", "AMPHI2")]
    )
    found = partial(room_in, finder)
    assert found("et en salle 2 maintenant") == "r2"
    assert found("y en la sala 1") == "r1"
    assert found("quoi dans l'amphi 2") == "a2"
    assert found("next in room 1") == "r1"


def test_a_word_with_a_room_s_consonants_but_another_length_is_no_translation_of_it() -> None:
    """CPAIOR 2025: "aluminio" (a topic) is not 'RMIT Alumni Courtyard', whose "alumni" has the
    same consonants; "en ombrie" is still 'Umbria'."""
    finder = RoomFinder(
        [Room("court", "RMIT Alumni Courtyard"), Room("forum", "Forum 3"), Room("umbria", "Umbria")]
    )
    found = partial(room_in, finder)
    assert found("aluminio") is None
    assert found("que hay en ombrie") == "umbria"


def test_a_floor_s_number_and_a_room_s_typed_without_the_floor_s_zeros() -> None:
    """CLIN 35's rooms 'MSI 00.14', 'MSI 03.18': "la suite en 3.18", "in 0.14 right now", "msi 0.14"
    (not 3:18 nor 0:14); "00.28" as printed."""
    finder = RoomFinder([Room("14", "MSI 00.14"), Room("318", "MSI 03.18"), Room("28", "MSI 00.28")])
    found = partial(room_in, finder)
    assert found("la suite en 3.18") == "318"
    assert found("what's on in 0.14 right now") == "14"
    assert found("last session in msi 0.14 today") == "14"
    assert found("and in 00.28") == "28"
    # Its number said in words after a word for a room, as "sala 20" would be typed.
    assert found("que pasa ahora en la sala veintiocho") == "28"
    assert found("room fourteen") == "14"


def test_an_entrance_in_every_language() -> None:
    """CLIN 35's 'Erasmushuis (LETT), entrance' beside 'Erasmushuis (LETT), 1st-4th floor': "la
    entrada del erasmushuis", "l'entrée"."""
    finder = RoomFinder(
        [Room("in", "Erasmushuis (LETT), entrance"), Room("up", "Erasmushuis (LETT), 1st-4th floor")]
    )
    found = partial(room_in, finder)
    assert found("que hay hoy en la entrada del erasmushuis") == "in"
    assert found("c'est quoi a l'entrée du erasmushuis") == "in"
    assert found("what's at the entrance") == "in"


def test_a_room_named_next_to_another_is_not_named_by_next_alone() -> None:
    """Agile Day Riga 2019's 'Next to Daugava 1+2' (its coffee corner): "next up on 2nd floor" asks
    what is next on 'Abava / Amata - 2nd floor'; the whole name still names it."""
    finder = RoomFinder(
        [
            Room("by", "Next to Daugava 1+2"),
            Room("d12", "Daugava 1+2"),
            Room("up", "Abava / Amata - 2nd floor"),
        ]
    )
    found = partial(room_in, finder)
    assert found("next up on 2nd floor") == "up"
    assert found("whats on next to daugava 1+2") == "by"


def test_a_boardroom_in_every_language() -> None:
    """SRCCON 2016's 'Boardroom': "la sala de juntas", "la salle du conseil", "the board room"."""
    finder = RoomFinder(
        [Room("board", "Boardroom"), Room("commons", "Commons"), Room("c305", "Classroom 305")]
    )
    found = partial(room_in, finder)
    assert found("lo siguiente en la sala de juntas") == "board"
    assert found("qu'est-ce qu'il y a aujourd'hui en salle du conseil") == "board"
    assert found("next in the board room") == "board"
    # Written in two words, as SRCCON 2017's 'Board Room (5th floor)'.
    written_apart = RoomFinder([Room("board", "Board Room (5th floor)"), Room("johnson", "Johnson")])
    assert written_apart.find("y en la sala de juntas") == RoomMatch("board", (8, 22), exact=True)


def test_a_room_named_after_a_thing_is_found_in_every_language_and_sun_is_no_sunday() -> None:
    """Rooms named after the cards of a game (AWS Community Day México 2025's 'La Corona', 'El
    Sol'): "the crown room", "la salle de la couronne"; "the sun room" before a word for a room is
    'El Sol', not Sunday."""
    zone = ZoneInfo("America/Mexico_City")
    start = datetime(2025, 6, 14, 12, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("crown", start, start + timedelta(hours=1), "Serverless", room="corona"),
            talk("sun", start, start + timedelta(hours=1), "FinOps", room="sol"),
            talk("world", start, start + timedelta(hours=1), "Startups", room="mundo"),
        ],
        rooms=[Room("corona", "La Corona"), Room("sol", "El Sol"), Room("mundo", "El Mundo")],
    )
    at = start + timedelta(minutes=10)

    def room_of(text: str) -> str | None:
        return parse(text, at, programme).room_id

    assert room_of("what's happening in the crown room right now?") == "corona"
    assert room_of("la salle de la couronne") == "corona"
    assert room_of("the world room?") == "mundo"
    assert room_of("et au monde ?") == "mundo"
    question = parse("what's on in the sun room", at, programme)
    assert (question.room_id, question.when.day) == ("sol", None)


def test_a_floor_said_with_an_ordinal_is_the_room_its_number_names() -> None:
    """ESSC 2026's 'D House, Floor 3' asked "au 3e étage", "the 3rd floor", "el tercer piso";
    Agile Day Riga's 'Abava / Amata - 2nd floor' asked "el segundo piso" keeps what is asked of it
    (the last session there), "piso" being the room's word, not a question about floors."""
    zone = ZoneInfo("Europe/Stockholm")
    start = datetime(2026, 6, 11, 9, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("coffee", start, start + timedelta(minutes=30), "Registration and Coffee", room="f3"),
            talk("lunch", start.replace(hour=12), start.replace(hour=13), "Lunch", room="f3"),
            talk("panel", start, start + timedelta(hours=1), "Deterrence", room="h8"),
        ],
        rooms=[Room("f3", "D House, Floor 3"), Room("h8", "D House, Lecture Hall 8")],
    )
    at = start.replace(hour=8)
    for text in (
        "qu'est ce qu'il y a au 3e étage aujourd'hui ?",
        "au troisième étage ?",
        "what's on the 3rd floor today",
        "que hay en el tercer piso hoy",
    ):
        assert parse(text, at, programme).room_id == "f3", text
    last = parse("ultima cosa en el tercer piso", at, programme)
    assert (last.room_id, last.rule) == ("f3", "last-session")


def test_a_room_s_hyphenated_words_typed_as_one() -> None:
    """WeAreDevelopers 2017's 'CO-WORKING SPACE' typed "coworking"."""
    finder = RoomFinder([Room("cw", "CO-WORKING SPACE"), Room("main", "MAIN STAGE")])
    assert room_in(finder, "c'est quoi le programme du coworking aujourd'hui ?") == "cw"
    assert room_in(finder, "coworking?") == "cw"


def test_a_code_of_letters_and_a_number_typed_as_one() -> None:
    """ISORC 2026's 'Conference (BSB 108)' beside 'Lunch & Posters (BSB 104)' typed "bsb108"."""
    finder = RoomFinder([Room("conf", "Conference (BSB 108)"), Room("lunch", "Lunch & Posters (BSB 104)")])
    assert room_in(finder, "last talk in bsb108 on wednesday?") == "conf"
    assert room_in(finder, "c koi en bsb104 la") == "lunch"


def test_a_side_said_after_a_shared_word_in_french_or_spanish() -> None:
    """droidcon SF 2023's 'Fisher East' beside 'Fisher West': "fisher este", "salle fisher est"
    ("este", "est" alone are "this", "is"; "este" is one letter from 'West')."""
    finder = RoomFinder([Room("east", "Fisher East"), Room("west", "Fisher West"), Room("r1", "Robertson 1")])
    assert room_in(finder, "que hay ahora en fisher este") == "east"
    assert room_in(finder, "la prochaine session en salle fisher est svp") == "east"
    assert room_in(finder, "c'est quoi dans fisher ouest") == "west"
    assert room_in(finder, "que hay en fisher oeste") == "west"


def test_a_camp_s_rooms_as_people_type_them() -> None:
    """CCCamp 2023: "nortx" for 'N:O:R:T:x' (a name spelt letter by letter), "hhv" for 'Hardware
    Hacking Village' (initials with the word for a room), "le dome milliways" or "el domo de
    milliways" for 'Milliways Workshop Dome' beside 'Milliways' (a name inside another, whose other
    words are typed too); "theatre te paepae" stays 'Te Paepae Theatre' beside 'Te Paepae Theatre |
    Level 5 | NZICC', "theatre" being both names' word."""
    finder = RoomFinder(
        [
            Room("nortx", "N:O:R:T:x"),
            Room("hhv", "Hardware Hacking Village"),
            Room("mw", "Milliways"),
            Room("dome", "Milliways Workshop Dome"),
            Room("tp", "Te Paepae Theatre"),
            Room("tp5", "Te Paepae Theatre | Level 5 | NZICC"),
        ]
    )
    found = partial(room_in, finder)
    assert found("qu'est-ce qui passe ensuite sur la scene nortx ?") == "nortx"
    assert found("anything going on in nortx rn") == "nortx"
    assert found("prochain atelier au hhv ?") == "hhv"
    assert found("ce soir a 22h30 ds le dome milliways ?") == "dome"
    assert found("a las 2 y media de la tarde en el domo de milliways") == "dome"
    assert found("what's next in milliways") == "mw"
    assert found("quoi de prevu ds le theatre te paepae demain matin a 9h") == "tp"


def test_a_camp_s_family_zone_and_topics_that_resemble_its_rooms() -> None:
    """WHY2025: "la zona familiar", "la zone famille" are its 'Family Zone'; "les élections", a
    word of a title and of the topic lexicon, is neither 'Village:Yolocation' (the same consonants)
    nor a slip for 'Electronics (Hardware Hacking Village)'."""
    zone = ZoneInfo("Europe/Amsterdam")
    start = datetime(2025, 8, 9, 14, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("soap", start, start + timedelta(hours=1), "Soap-molding", room="family"),
            talk("vote", start, start + timedelta(hours=1), "How to rig elections", room="andromeda"),
            talk("yolo", start, start + timedelta(hours=1), "Yolocation tour", room="yolo"),
            talk("solder", start, start + timedelta(hours=1), "Learn to solder", room="hhv"),
        ],
        rooms=[
            Room("family", "Family Zone"),
            Room("andromeda", "Andromeda"),
            Room("yolo", "Village:Yolocation"),
            Room("hhv", "Electronics (Hardware Hacking Village)"),
        ],
    )
    at = start - timedelta(minutes=10)
    assert parse("que sigue en la zona familiar", at, programme).room_id == "family"
    assert parse("c quoi dans la zone famille ?", at, programme).room_id == "family"
    elections = parse("y a des confs sur les élections ?", at, programme)
    assert (elections.intent, elections.room_id) == (Intent.SEARCH, None)


def test_the_smaller_and_the_large_hall_in_every_language() -> None:
    """Goatmire 2026: "la petite salle", "la sala pequeña" are its 'Smaller hall' (a comparative),
    "the big hall" its 'Large hall'."""
    finder = RoomFinder([Room("small", "Smaller hall"), Room("large", "Large hall"), Room("forsa", "Forsa")])
    found = partial(room_in, finder)
    assert found("qu'est-ce qui se passe dans la petite salle là") == "small"
    assert found("hoy a las 9 en la sala pequeña") == "small"
    assert found("what's on in the big hall") == "large"


def test_a_cinema_s_screens_listed_in_brackets_are_its_rooms_numbers() -> None:
    """Stir Trek 2024 (a cinema): "la salle 5", "theater 20" are the rooms whose brackets list
    screens 5 and 20 ('Clones (Live 4, Simul 5, 6, 7, 8, 9)'); a number no room lists stays unknown,
    and a lone number in brackets ('Hall A (Level 2)') is no room's."""
    finder = RoomFinder(
        [
            Room("clones", "Clones (Live 4, Simul 5, 6, 7, 8, 9)"),
            Room("force", "Force Awakens (Live 17, Simul 20)"),
            Room("hall", "Hall A (Level 2)"),
        ]
    )
    found = partial(room_in, finder)
    assert found("jsuis dans la salle 5 la, ca parle de quoi ?") == "clones"
    assert found("im sitting in theater 20, whats playing") == "force"
    assert found("what's happening at 9am in theater 17") == "force"
    assert found("salle 12") is None
    assert found("room 2") is None


def test_an_outdoor_room_is_outside_in_every_language_even_alone() -> None:
    """Camping des Speakers 2023's 'Extérieur': "qu'est-ce qui se passe dehors ?", "q hay ahora
    afuera", "next up outside?", "what's going on outdoors": a word that says where by itself
    needs no "in" before it."""
    finder = RoomFinder(
        [Room("ext", "Extérieur"), Room("grande", "Grande Salle"), Room("petite", "Petite Salle")]
    )
    found = partial(room_in, finder)
    assert found("qu'est ce qui se passe dehors en ce moment ?") == "ext"
    assert found("q hay ahora afuera") == "ext"
    assert found("next up outside?") == "ext"
    assert found("what's going on outdoors at the moment") == "ext"
    assert found("la grande salle") == "grande"


def test_a_room_numbered_with_a_zero_typed_without_it_at_the_end_of_a_message() -> None:
    """State of the Map France 2022's rooms '020'…'027': "what comes next in 23?", "what's on in
    27" name them; "dans 10 min" is a delay, "à 14" an hour, and a number no room has stays none."""
    finder = RoomFinder([Room(code, code) for code in ("020", "022", "023", "024", "027")])
    found = partial(room_in, finder)
    assert found("what comes next in 23?") == "023"
    assert found("what's on in 27") == "027"
    assert found("qué hay en 24") == "024"
    assert found("c koi dans 10 min") is None
    assert found("y a quoi à 22") is None
    assert found("what's on in 25") is None


def test_a_lettered_room_s_letter_closing_a_message_is_a_verb_after_en() -> None:
    """Devoxx UK 2023's 'Room A': "… des sessions sur l'apprentissage automatique, il y en a
    aujourd'hui ?" asks for a topic today ("il y en a", there are some), not what is in Room A."""
    zone = ZoneInfo("Europe/London")
    start = datetime(2023, 5, 11, 9, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("ml", start, start + timedelta(hours=1), "Machine Learning in Java", room="a"),
            talk("cloud", start, start + timedelta(hours=1), "Cloud with Jakarta EE", room="b"),
            talk("ops", start + timedelta(hours=1), start + timedelta(hours=2), "Platforms", room="a"),
        ],
        rooms=[Room("a", "Room A"), Room("b", "Room B")],
    )
    question = parse(
        "bonjour, je cherche des sessions sur l'apprentissage automatique, il y en a aujourd'hui ?",
        start - timedelta(minutes=20),
        programme,
    )
    assert (question.intent, question.room_id) == (Intent.SEARCH, None)


def test_rooms_named_after_trees_in_every_language() -> None:
    """Killer Nashville 2026's hotel rooms 'Oak', 'Maple', 'Birch/Chestnut': "la sala roble",
    "la salle érable", "in the chestnut room"."""
    finder = RoomFinder([Room("oak", "Oak"), Room("maple", "Maple"), Room("bc", "Birch/Chestnut")])
    found = partial(room_in, finder)
    assert found("que esta pasando en la sala roble") == "oak"
    assert found("c koi dans la salle érable") == "maple"
    assert found("what's on in the chestnut room") == "bc"
    assert found("qué hay en el abedul") == "bc"


def test_a_room_named_by_how_many_it_seats_in_every_language() -> None:
    """Forward Data 2025's 'Gulbenkian - 80 personnes', 'Salle Adenauer - 500 personnes': "the 80
    people room", "la salle de 500 personnes", "la sala de 200 personas"; a number no room seats is
    none."""
    finder = RoomFinder(
        [
            Room("gulbenkian", "Gulbenkian - 80 personnes"),
            Room("honorat", "Salon Honorat - 200 personnes"),
            Room("adenauer", "Salle Adenauer - 500 personnes"),
        ]
    )
    found = partial(room_in, finder)
    assert found("whats on in the 80 people room right now") == "gulbenkian"
    assert found("c koi dans la salle de 500 personnes") == "adenauer"
    assert found("que hay en la sala de 200 personas") == "honorat"
    assert found("the 300 people room") is None


def test_the_conference_named_is_not_the_room_that_bears_its_name() -> None:
    """rC3 NOWHERE 2021's 'rC3 Lounge': "le premier truc demain au rC3" asks about the whole
    congress, "the rc3 lounge" about the room; a room whose whole name is the conference's (Jugaadfest
    2018's 'Jugaadfest') is named by it."""
    zone = ZoneInfo("Europe/Berlin")
    monday = datetime(2021, 12, 27, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk(
                "opening", monday.replace(hour=10, minute=45), monday.replace(hour=11), "Opening", room="r3s"
            ),
            talk("music", monday.replace(hour=16), monday.replace(hour=18), "Couch", room="lounge"),
        ],
        rooms=[Room("r3s", "r3s - Monheim"), Room("lounge", "rX9 Lounge")],
        name="rX9 NOWHERE",
    )
    evening = monday - timedelta(hours=3)
    first = parse("c'est quoi le tout premier truc demain au rX9 ?", evening, programme)
    assert first.room_id is None
    assert [
        s["id"]
        for s in respond("c'est quoi le tout premier truc demain au rX9 ?", evening, programme).as_json(
            programme
        )["sessions"]
    ] == ["opening"]
    assert parse("what's on at the rx9 lounge tomorrow at 4pm", evening, programme).room_id == "lounge"
    named_so = small_programme(
        zone,
        [talk("hack", monday.replace(hour=10), monday.replace(hour=11), "Hack", room="fest")],
        rooms=[Room("fest", "Jugaadfest")],
        name="Jugaadfest",
    )
    assert parse("where's the jugaadfest hall", evening, named_so).room_id == "fest"


def test_a_room_of_two_words_is_not_someone_who_has_one_of_them() -> None:
    """ "prochain talk sur chaos west ?": the channel 'Chaos-West TV', not 'Chaos Macht Schule',
    a speaker with one of its words; "when does jane doe talk" is still Jane Doe, not 'Doe Hall'."""
    zone = ZoneInfo("Europe/Berlin")
    day = datetime(2021, 12, 29, tzinfo=zone)
    people = [Person("cms", "Chaos Macht Schule"), Person("jane", "Jane Doe")]
    programme = small_programme(
        zone,
        [
            talk(
                "math", day.replace(hour=12, minute=30), day.replace(hour=13), "Math for hackers", room="west"
            ),
            talk(
                "school", day.replace(hour=14), day.replace(hour=15), "Schools", room="zone", speakers=["cms"]
            ),
            talk("jane", day.replace(hour=16), day.replace(hour=17), "Hello", room="zone", speakers=["jane"]),
        ],
        rooms=[Room("west", "Chaos-West TV"), Room("zone", "ChaosZone TV"), Room("doe", "Jane Doe Hall")],
        people=people,
    )
    noon = day.replace(hour=12)
    assert parse("prochain talk sur chaos west ?", noon, programme).room_id == "west"
    assert parse("when does jane doe talk", noon, programme).person_ids == ("jane",)


def test_of_rooms_a_word_names_the_one_that_holds_ten_times_the_sessions() -> None:
    """FOSDEM 2021's devroom 'D.radio' (14 talks) beside its stand 'S.radio' (none), 'D.mariadb'
    (19) beside 'S.mariadb' (1): "la salle radio", "sala mariadb" name the devrooms; of two rooms
    of sessions alike ('M.community', 6, 'D.community', 15) the word names neither."""
    finder = RoomFinder(
        [
            Room("d.radio", "D.radio"),
            Room("s.radio", "S.radio"),
            Room("d.mariadb", "D.mariadb"),
            Room("s.mariadb", "S.mariadb"),
            Room("m.community", "M.community"),
            Room("d.community", "D.community"),
            Room("d.hpc", "D.hpc"),
        ],
        sessions_held={
            "d.radio": 14,
            "d.mariadb": 19,
            "s.mariadb": 1,
            "regency-a": 20,
            "regency-b": 3,
            "d.hpc": 8,
        },
    )
    found = partial(room_in, finder)
    assert found("y a quoi maintenant dans la salle radio") == "d.radio"
    assert found("q hay ahorita en la sala mariadb") == "d.mariadb"
    assert found("what's next in the community room") is None
    assert found("whats next in the hpc devroom") == "d.hpc"


def test_rooms_of_a_cinema_by_their_screens() -> None:
    """Stir Trek 2022's rooms, named after sponsors with their screens: "l'écran 27", "screen
    17", "la pantalla 23" (one of the screens a talk is shown on at once)."""
    finder = RoomFinder(
        [
            Room("impact", "impact.com (Live 27 - Simul 23, 24, 25, 26)"),
            Room("daugherty", "Daugherty (Live 17 - Simul 20)"),
            Room("aware", "Aware (Live 28 - Simul 18, 19)"),
        ]
    )
    found = partial(room_in, finder)
    assert found("il se passe quoi sur l'ecran 27 actuellement ?") == "impact"
    assert found("and in screen 17?") == "daugherty"
    assert found("que pasa en la pantalla 23 ahora") == "impact"
    assert found("last session on screen 28?") == "aware"


def test_a_word_for_a_room_run_into_its_letter() -> None:
    """MiXiT 2019's 'AMPHID', 'AMPHIK', 'ROOM1': "l'amphi D", "el anfiteatro d", "anfi k", "room
    1"; not a plural ('Stages' is no stage "s")."""
    finder = RoomFinder(
        [Room("amphid", "AMPHID"), Room("amphik", "AMPHIK"), Room("room1", "ROOM1"), Room("stages", "Stages")]
    )
    found = partial(room_in, finder)
    assert found("c quoi la suite en amphi D ?") == "amphid"
    assert found("cual es la ultima charla en el anfiteatro d el jueves") == "amphid"
    assert found("que hay ahora en el anfi k") == "amphik"
    assert found("what's on in room 1") == "room1"
    assert found("stage s") is None


def test_a_hyphenated_name_typed_as_one_word_and_a_code_one_said_uno() -> None:
    """rC3 2020's 'c-base Berlin' beside 'xHain Berlin': "c quoi le dernier talk sur cbase" (five
    letters are enough for a hyphen's two sides); 'rC1' is "rc uno" as "rc two" is 'rC2'."""
    finder = RoomFinder(
        [Room("cb", "c-base Berlin"), Room("xh", "xHain Berlin"), Room("rc1", "rC1"), Room("rc2", "rC2")]
    )
    found = partial(room_in, finder)
    assert found("c quoi le dernier talk sur cbase ce soir") == "cb"
    assert found("que hay en rc uno ahora mismo") == "rc1"
    assert found("what is on rc two now") == "rc2"


def test_the_conference_code_beside_other_words_is_not_what_is_sought() -> None:
    """rC3 2020 (a file whose acronym is 'rc3', its title "Remote Chaos Experience"): "where do i
    get rc3 merch?" names neither the room 'rC3 Lounge' nor the sessions that mention rc3."""
    zone = ZoneInfo("Europe/Berlin")
    day = datetime(2020, 12, 29, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("set", day.replace(hour=13), day.replace(hour=14), "DJ set", room="lounge"),
            talk("open", day.replace(hour=11), day.replace(hour=12), "#rC3 Eröffnung", room="rc1"),
        ],
        rooms=[Room("lounge", "rC3 Lounge"), Room("rc1", "rC1")],
        name="Remote Chaos Experience",
        conference_id="rc3",
    )
    question = parse("where do i get rc3 merch? hoodies?", day.replace(hour=13, minute=15), programme)
    assert question.room_id is None and question.session_ids == () and question.intent == "unknown"
    assert (
        parse("what's on in the rc3 lounge now", day.replace(hour=13, minute=15), programme).room_id
        == "lounge"
    )


def test_a_room_named_by_a_little_word_beside_a_word_for_a_room() -> None:
    """FOSDEM 2021's 'D.go': "la salle go", "la sala de go", "the go devroom"; "where do i go"
    names no room, nor does "the" name 'The Hall' (GOTO Chicago 2026's) beside a word for a room."""
    finder = RoomFinder(
        [
            Room("d.go", "D.go"),
            Room("d.rust", "D.rust"),
            Room("k.fosdem", "K.fosdem"),
            Room("hall", "The Hall"),
            Room("slalom", "Slalom Office, Aon Center, 37th Floor"),
        ]
    )
    found = partial(room_in, finder)
    assert found("a 16h45 dans la salle go y a quoi") == "d.go"
    assert found("cual es la ultima charla en la sala de go") == "d.go"
    assert found("the go devroom") == "d.go"
    assert found("where do i go") is None
    assert found("which floor is the slalom office on") == "slalom"


def test_a_room_named_by_a_short_word_for_documentation() -> None:
    """FOSDEM 2021's 'D.docs': "la sala de documentacion", "the documentation room"."""
    finder = RoomFinder([Room("d.docs", "D.docs"), Room("d.go", "D.go"), Room("d.radio", "D.radio")])
    found = partial(room_in, finder)
    assert found("el domingo a las 16h en la sala de documentacion") == "d.docs"
    assert found("what's on in the documentation room") == "d.docs"


def test_rooms_named_after_chemical_elements_in_the_asker_s_language() -> None:
    """PyCon DE 2025's rooms at the darmstadtium: "la salle platine", "sala titanio", "carbono"
    for 'Platinum3', 'Titanium3', 'Carbonium'."""
    finder = RoomFinder(
        [
            Room("ti", "Titanium3"),
            Room("pt", "Platinum3"),
            Room("c", "Carbonium"),
            Room("eu", "Europium2"),
            Room("pd", "Palladium"),
            Room("fe", "Ferrum"),
        ]
    )
    found = partial(room_in, finder)
    assert found("c quoi le dernier talk en salle platine ajd") == "pt"
    assert found("que hay ahora en la sala titanio") == "ti"
    assert found("prochain talk en titane ?") == "ti"
    assert found("elle est où la salle carbone ?") == "c"
    assert found("que pasa en la sala europio ahora mismo") == "eu"
    assert found("a las 12 en la sala paladio?") == "pd"
    assert found("la salle fer") == "fe"


def test_a_name_s_second_word_shortened_chooses_among_rooms_sharing_the_first() -> None:
    """Devnexus 2026: "whats on in ai eng rn" is 'AI Engineering' beside 'AI in Practice' and
    'Gen AI'; 39C3: "la mesa compartida del fediverso" is 'Fediverse shared table'."""
    finder = RoomFinder([Room("eng", "AI Engineering"), Room("pr", "AI in Practice"), Room("gen", "Gen AI")])
    assert room_in(finder, "whats on in ai eng rn") == "eng"
    assert room_in(finder, "whats on in ai rn") is None
    finder = RoomFinder([Room("fedi", "Fediverse shared table"), Room("living", "Living Room")])
    assert room_in(finder, "que sigue en la mesa compartida del fediverso?") == "fedi"


def test_sched_s_parts_between_bars_are_each_typed_alone() -> None:
    """KubeCon Europe 2026 (Sched): 'Hall 8 | Room F' is "room f", 'Hall 7 | Room C' is "room c"
    beside 'Hall 7 | Room B (Track 1) + Room C (Track 2)'."""
    finder = RoomFinder(
        [
            Room("a", "Hall 7 | Room A"),
            Room("b", "Hall 7 | Room B"),
            Room("bc", "Hall 7 | Room B (Track 1) + Room C (Track 2)"),
            Room("c", "Hall 7 | Room C"),
            Room("f", "Hall 8 | Room F"),
            Room("demo", "Hall 1-5 | Tram Zone | Demo Theater"),
        ]
    )
    found = partial(room_in, finder)
    assert found("and in room f?") == "f"
    assert found("room c") == "c"
    assert found("in room b") == "b"
    assert found("what's on at the demo theater") == "demo"


def test_a_room_s_words_for_games_screens_and_areas_in_the_asker_s_language() -> None:
    """Assembly Summer 2011: "la sala de juegos" is the 'Game hall', "la pantalla grande" the 'Big
    screen', "la zone séminaires" the 'Seminar area'."""
    finder = RoomFinder(
        [
            Room("game", "Game hall"),
            Room("screen", "Big screen"),
            Room("seminar", "Seminar area"),
            Room("main", "Main stage"),
        ]
    )
    found = partial(room_in, finder)
    assert found("que hay en la sala de juegos ahora") == "game"
    assert found("samedi à 15h dans la salle de jeux ya quoi") == "game"
    assert found("que hay en la pantalla grande ahora mismo") == "screen"
    assert found("quoi en ce moment a la zone seminaires") == "seminar"
    assert found("siguiente en la zona de seminarios") == "seminar"
    # MCH2022's rooms named after things, with an emoji: "la salle engrenage", "sala abaco", "l'ADN".
    finder = RoomFinder([Room("gear", "Gear ⚙️"), Room("abacus", "Abacus  🧮"), Room("dna", "DNA 🧬")])
    found = partial(room_in, finder)
    assert found("c koi en ce moment ds la salle engrenage") == "gear"
    assert found("que hay ahora en la sala abaco") == "abacus"
    assert found("y a un truc en cours a l'ADN ?") == "dna"


def test_words_typed_apart_are_the_name_that_has_them_apart() -> None:
    """39C3: "bits und baume workshop area" is 'Bits&Bäume Workshop Area', not 'Workshoparea Chaos
    Mauldasch' (whose name runs "workshop area" together); "workshoparea" is that one."""
    finder = RoomFinder(
        [
            Room("bb", "Bits&Bäume Workshop Area"),
            Room("living", "Bits&Bäume Living Room"),
            Room("cm", "Workshoparea Chaos Mauldasch"),
        ]
    )
    assert room_in(finder, "what's up next at the bits und baume workshop area") == "bb"
    assert room_in(finder, "next in the workshoparea") == "cm"


def test_a_short_code_in_brackets_typed_without_its_dot_or_said_with_it() -> None:
    """JuliaCon 2024's 'For Loop (3.2)', 'Else (1.3)': "next up in room 32?", "la sala uno punto
    tres", "room one point three"; "at 32" is no room."""
    finder = RoomFinder(
        [Room("for", "For Loop (3.2)"), Room("else", "Else (1.3)"), Room("fn", "Function (4.1)")]
    )
    found = partial(room_in, finder)
    assert found("next up in room 32?") == "for"
    assert found("el miercoles a las 5 de la tarde en la sala uno punto tres") == "else"
    assert found("room one point three") == "else"
    assert found("la salle quatre point un") == "fn"
    assert found("at 32") is None


def test_a_lecture_hall_s_short_form_typed_in_full() -> None:
    """FrOSCon 2018's 'HS5' (HS for Hörsaal): "samedi a 17h50 dans le hörsaal 5", "hs 5"."""
    finder = RoomFinder([Room("hs1", "HS1"), Room("hs5", "HS5"), Room("c116", "C116")])
    found = partial(room_in, finder)
    assert found("samedi a 17h50 dans le hörsaal 5 c quoi") == "hs5"
    assert found("hs 5") == "hs5"
    assert found("next in c116") == "c116"


def test_a_room_named_after_a_streaming_platform_is_the_stream() -> None:
    """MiXiT 2024 streams on 'TWITCH' beside its halls: "ya quoi sur le stream", "the livestream"."""
    finder = RoomFinder([Room("amphi1", "AMPHI1"), Room("room1", "ROOM1"), Room("twitch", "TWITCH")])
    found = partial(room_in, finder)
    assert found("ya quoi sur le stream") == "twitch"
    assert found("what's on the livestream") == "twitch"


def test_a_room_coded_by_the_start_of_a_word_for_a_room() -> None:
    """Config Management Camp 2019's 'D.AUD' beside 'B.CON' and 'B.1.017': "in the auditorium?",
    "what's next in the aud"; 'B.CON' is no Spanish "con"."""
    finder = RoomFinder([Room("aud", "D.AUD"), Room("con", "B.CON"), Room("b1017", "B.1.017")])
    found = partial(room_in, finder)
    assert found("in the auditorium?") == "aud"
    assert found("whats next in the aud") == "aud"
    assert found("charlas con ansible") is None


def test_rooms_marked_by_letters_joined_by_a_slash() -> None:
    """CCSCNE 2015's 'Hogan Suite A' beside 'Hogan Suite B/C': "que hay ahora en la suite a",
    "in suite b", "suite c" (French "la suite" is no "next" here)."""
    finder = RoomFinder(
        [Room("a", "Hogan Suite A"), Room("bc", "Hogan Suite B/C"), Room("r401", "Hogan Room 401")]
    )
    found = partial(room_in, finder)
    assert found("que hay ahora en la suite a") == "a"
    assert found("qd commence la prochaine session dans la suite a") == "a"
    assert found("in suite b") == "bc"
    assert found("suite c") == "bc"


WORKSHOP = SessionKind.WORKSHOP


def _workshops_programme() -> tuple[datetime, Programme]:
    """EMF Camp 2022's numbered workshops beside its stages, a youth workshop and a BOF."""
    zone = ZoneInfo("Europe/London")
    day = datetime(2022, 6, 4, tzinfo=zone)
    rooms = [
        Room("w1", "Workshop 1"),
        Room("w5", "Workshop 5"),
        Room("youth", "Youth Workshop"),
        Room("stage-a", "Stage A"),
    ]
    sessions = [
        talk(
            "solder", day.replace(hour=14), day.replace(hour=16), "Learn to solder", room="w5", kind=WORKSHOP
        ),
        talk("maths", day.replace(hour=23), day.replace(hour=23, minute=55), "Midnight Maths", room="w5"),
        talk("euler", day.replace(day=5, hour=20), day.replace(day=5, hour=21), "Project Euler", room="w5"),
        talk(
            "bof",
            day.replace(hour=17, minute=45),
            day.replace(hour=18, minute=30),
            "BOF maps",
            room="w1",
            kind=SessionKind.SIDE_EVENT,
        ),
        talk(
            "layers",
            day.replace(day=5, hour=9),
            day.replace(day=5, hour=11),
            "Layers",
            room="w1",
            kind=WORKSHOP,
        ),
        talk(
            "rocket",
            day.replace(hour=17),
            day.replace(hour=18),
            "Build a rocket",
            room="youth",
            kind=WORKSHOP,
        ),
        talk("keynote", day.replace(hour=17), day.replace(hour=18), "Keynote", room="stage-a"),
    ]
    return day.replace(hour=16, minute=30), small_programme(zone, sessions, rooms=rooms)


def test_a_room_s_word_and_number_before_a_part_of_the_day_is_the_room() -> None:
    """ "whats the last thing in workshop 5 tonight" is 'Workshop 5''s last that evening, not what
    is on at 17:00; "workshop 5 at 9pm" and "at 5 tonight" still read their hours."""
    at, programme = _workshops_programme()
    answer = respond("whats the last thing in workshop 5 tonight", at, programme).as_json(programme)
    assert (answer["room"], [s["id"] for s in answer["sessions"]]) == ("Workshop 5", ["maths"])
    question = parse("what's on in workshop 5 at 11pm", at, programme)
    assert question.room_id == "w5" and question.when.clock == time(23)
    assert parse("what's on at 5 tonight", at, programme).when.clock == time(17)


def test_the_word_of_a_room_found_first_asks_for_no_kind() -> None:
    """ "what's coming up in workshop 1?" is all of 'Workshop 1', its BOF too, not its workshops."""
    at, programme = _workshops_programme()
    answer = respond("what's coming up in workshop 1?", at, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["bof", "layers"]


def test_a_youth_workshop_in_spanish() -> None:
    """ "que hay despues en el taller juvenil" is EMF's 'Youth Workshop'."""
    at, programme = _workshops_programme()
    assert parse("que hay despues en el taller juvenil", at, programme).room_id == "youth"


def test_a_word_for_a_room_run_into_its_number_after_the_name_s_other_words() -> None:
    """EuroPython 2022's 'Liffey Hall 1' beside 'Wicklow Hall 1': "ds la liffey hall1" is the
    Liffey one, "wicklow hall1" the Wicklow one."""
    finder = RoomFinder(
        [Room("wicklow", "Wicklow Hall 1"), Room("liffey", "Liffey Hall 1"), Room("liffey2", "Liffey Hall 2")]
    )
    found = partial(room_in, finder)
    assert found("c koi en ce moment ds la liffey hall1 ?") == "liffey"
    assert found("wicklow hall1") == "wicklow"
    assert found("liffey hall2") == "liffey2"


def test_a_code_typed_with_its_letters_keeps_them_before_french_c_est() -> None:
    """OHBM 2023's 'Room 516 AB' beside 'Room 516 C': "cet aprem à 14h ds la 516AB c quoi" is the
    AB room ("c" is French "c'est")."""
    finder = RoomFinder([Room("ab", "Room 516 AB"), Room("c", "Room 516 C"), Room("de", "Room 516 DE")])
    found = partial(room_in, finder)
    assert found("cet aprem a 14h ds la 516ab c quoi") == "ab"
    assert found("et dans la 516 c ?") == "c"


def test_a_market_square_in_every_language() -> None:
    """Camp 2023's 'Marktplatz': "and at the marketplace?", "sur la place du marché", "en la plaza
    del mercado"; "the market" alone is no room (a topic: markets)."""
    finder = RoomFinder([Room("markt", "Marktplatz"), Room("hhv", "Hardware Hacking Village")])
    found = partial(room_in, finder)
    assert found("and at the marketplace?") == "markt"
    assert found(fold("sur la place du marché")) == "markt"
    assert found("en la plaza del mercado") == "markt"
    assert found("talks about the market") is None


def test_a_room_named_by_a_word_for_the_conference_is_no_slip_of_another() -> None:
    """SQLSaturday Kyiv 2019's 'Congress-Hall': "c koi en ce moment en salle congres ?" asks about
    that room (French "congrès" is no slip for Spanish "congreso")."""
    zone = ZoneInfo("Europe/Kiev")
    start = datetime(2019, 5, 18, 11, 10, tzinfo=zone)
    rooms = [Room("congress", "Congress-Hall"), Room("conference", "Conference-Hall"), Room("ac", "Room AC")]
    sessions = [talk("query", start, start.replace(hour=12, minute=10), "Query Store", room="congress")]
    programme = small_programme(zone, sessions, rooms=rooms)
    question = parse("c koi en ce moment en salle congres ?", start.replace(minute=30), programme)
    assert question.room_id == "congress"


def test_a_lettered_code_said_with_its_dot() -> None:
    """32C3's 'Hall C.1' beside 'Hall C.2' and 'Hall 1': "la sala c punto 1", "la salle c point 1",
    "room c dot 1"; "la sala a punto de empezar" is no room ("a punto de": about to)."""
    finder = RoomFinder(
        [Room("c1", "Hall C.1"), Room("c2", "Hall C.2"), Room("h1", "Hall 1"), Room("a1", "Hall A.1")]
    )
    found = partial(room_in, finder)
    assert found("la sala c punto 1 donde queda? que hay hoy") == "c1"
    assert found("la salle c point 2") == "c2"
    assert found("room c dot 1") == "c1"
    assert found("la sala a punto de empezar") is None


def test_a_code_with_one_figure_after_its_dot() -> None:
    """PyCon UK 2015's 'PythonAnywhere Room (CC1.3)' beside 'Osper Room (CC1.4)': "dans la salle
    1.3", as 'Sem F4.02' is "4.02"."""
    finder = RoomFinder([Room("cc13", "PythonAnywhere Room (CC1.3)"), Room("cc14", "Osper Room (CC1.4)")])
    found = partial(room_in, finder)
    assert found("qu'est-ce qui se passe dans la salle 1.3 maintenant ?") == "cc13"
    assert found("la salle 1.4") == "cc14"


def test_a_ballroom_in_every_language() -> None:
    """RailsConf 2017's 'South Ballroom' beside 'South Ballroom Lobby' and 'South Lobby': "la salle
    de bal sud", "el salón de baile sur"."""
    finder = RoomFinder(
        [Room("sb", "South Ballroom"), Room("sbl", "South Ballroom Lobby"), Room("sl", "South Lobby")]
    )
    found = partial(room_in, finder)
    assert found("la suite dans la salle de bal sud ?") == "sb"
    assert found(fold("el salón de baile sur")) == "sb"


def test_a_given_name_typed_whole_for_the_initial_of_a_room_s_name() -> None:
    """Devoxx France 2012's 'E. Fitzgerald & L. Armstrong' (rooms named after jazz musicians):
    "salle ella fitzgerald", "la salle louis armstrong"; "ella" alone is no room."""
    finder = RoomFinder(
        [Room("fa", "E. Fitzgerald & L. Armstrong"), Room("md", "Miles Davis"), Room("sa", "La Seine A")]
    )
    found = partial(room_in, finder)
    assert found("c koi le prochain talk salle ella fitzgerald") == "fa"
    assert found("la salle louis armstrong") == "fa"
    assert found("ella") is None


def test_a_room_s_word_in_a_phrase_of_the_titles_is_the_phrase() -> None:
    """DevFest Nantes 2023: "et sur le machine learning ?" asks about machine learning, not about
    the room 'Les Machines'; "dans la salle machines" and "next in machines" name the room, and
    so do "the lightning talks room" for FOSDEM 2021's 'L.lightningtalks' and "the online energy
    devroom" for FOSDEM 2023's 'D.energy', whose titles also say "lightning talks" and "online
    energy"."""
    zone = ZoneInfo("Europe/Paris")
    at = datetime(2023, 10, 19, 9, 5, tzinfo=zone)

    def session(id_: str, hour: int, title: str, room: str) -> Session:
        return talk(id_, at.replace(hour=hour), at.replace(hour=hour + 1), title, room=room)

    programme = small_programme(
        zone,
        [
            session("mlops", 11, "MLOps : une CI/CD pour le machine learning", "jv"),
            session("web", 14, "Web ML: what's new with machine learning", "jv"),
            session("ctf", 12, "Capture the flag", "machines"),
            session("lt", 15, "More lightning talks", "jv"),
            session("l1", 16, "25 languages in 25 days", "lt"),
            session("en", 17, "Online energy meetup", "jv"),
            session("e1", 18, "Green software", "energy"),
        ],
        rooms=[
            Room("jv", "Jules Verne"),
            Room("machines", "Les Machines"),
            Room("lt", "L.lightningtalks"),
            Room("energy", "D.energy"),
        ],
    )
    question = parse("et sur le machine learning ?", at, programme)
    assert (question.intent, question.room_id) == (Intent.SEARCH, None)
    for asked in ("c koi dans la salle machines", "next in machines"):
        assert parse(asked, at, programme).room_id == "machines", asked
    assert parse("where is the lightning talks room?", at, programme).room_id == "lt"
    assert parse("next in the online energy devroom?", at, programme).room_id == "energy"


def test_a_living_room_in_every_language() -> None:
    """TrondheimDC 2026's 'Living room': "dans le salon", "en la sala de estar"."""
    finder = RoomFinder([Room("living", "Living room"), Room("andromeda", "Andromeda")])
    found = partial(room_in, finder)
    assert found("qu'est-ce qui se passe dans le salon aujourd'hui ?") == "living"
    assert found("que hay en la sala de estar") == "living"


def test_a_room_s_name_is_no_slip_for_a_question_word() -> None:
    """Biocuration 2023's 'Agora': "what's coming up in agora", "que viene despues en el agora"
    name the room; "agora" is no slip for Spanish "ahora" (now)."""
    zone = ZoneInfo("Europe/Rome")
    at = datetime(2023, 4, 25, 16, 30, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("cocktail", at.replace(hour=18), at.replace(hour=19), "Welcome cocktail", room="agora"),
            talk("fair", at.replace(hour=17), at.replace(hour=18), "FAIR 1", room="spazio"),
        ],
        rooms=[Room("agora", "Agora"), Room("spazio", "Spazio 35")],
    )
    for asked in ("what's coming up in agora", "que viene despues en el agora"):
        assert parse(asked, at, programme).room_id == "agora", asked


def test_a_letter_after_a_dash_is_the_room_s_letter() -> None:
    """Forum PHP 2025 names its rooms after people, then their letters: 'Olivier MANSOUR - G'."""
    finder = RoomFinder(
        [
            Room("g", "Olivier MANSOUR - G"),
            Room("m", "Atelier Laury SORRIAUX - M"),
            Room("hjk", "Cécile HAMEREL - HJK"),
        ]
    )
    assert room_in(finder, "c quoi en salle G là ?") == "g"
    assert room_in(finder, "what's on in room M now?") == "m"
    assert room_in(finder, "que hay en la sala hjk") == "hjk"
    assert room_in(finder, "what's on in room K now?") is None


def test_an_old_church_in_every_language() -> None:
    """JNation 2026's 'Old Church' in Coimbra: "la vieille église", "la iglesia vieja"."""
    finder = RoomFinder(
        [Room("church", "Old Church"), Room("almedina", "Almedina"), Room("big", "Grand Auditorium")]
    )
    found = partial(room_in, finder)
    assert found("a 14h30 ds la vieille église ?") == "church"
    assert found("proxima charla en la iglesia vieja") == "church"


def test_a_convention_centre_hall_s_code_of_three_numbers() -> None:
    """DEF CON 32's halls, 'LVCC - L1 - HW3-06-01': "hw3-06-01", "hw3 06 01"; its stages by their
    words in every language ("la scène créateurs 2", "el village aeroespacial")."""
    finder = RoomFinder(
        [
            Room("h1", "LVCC - L1 - HW3-06-01"),
            Room("h5", "LVCC - L1 - HW3-06-05"),
            Room("cs2", "LVCC - L1 - HW3-06-02 (Creator Stage 2)"),
            Room("cs4", "LVCC - L2 - W222 (Creator Stage 4)"),
            Room("aero", "LVCC - L1 - HW2-07-02 (Aerospace)"),
            Room("t4", "LVCC - L1 - HW1-11-04 (Track 4)"),
            Room("btv1", "LVCC - L3 - W310 (BTV Track 1 Presentations)"),
            Room("btv2", "LVCC - L3 - W309 (BTV Track 2 Workshops)"),
            Room("btv", "LVCC - L3 - W311-W313 (BTV)"),
        ]
    )
    found = partial(room_in, finder)
    assert found("programme d'aujourd'hui en hw3 06 01 svp") == "h1"
    assert found("what's on in hw3-06-05") == "h5"
    assert found("what's the last talk in hw1-11-04 today") == "t4"
    assert found("y a quoi en ce moment à la scène créateurs 2 ?") == "cs2"
    assert found("que sigue en el escenario de creadores 4?") == "cs4"
    assert found("que hay ahorita en el village aeroespacial") == "aero"
    assert found("lo siguiente en la sala de presentaciones del btv") == "btv1"


def test_a_numbered_track_by_its_initial_and_a_short_form_in_another_language() -> None:
    """CactusCon 2024's 'Track 1'…'Track 3' and 'AI Village': "in t1 atm", "la aldea de IA"; a
    topic "IA" stays a topic."""
    finder = RoomFinder([Room(f"t{n}", f"Track {n}") for n in (1, 2, 3)] + [Room("ai", "AI Village")])
    found = partial(room_in, finder)
    assert found("anything going on in t1 atm?") == "t1"
    assert found("que hay en la t3") == "t3"
    assert found("donde queda la aldea de IA?") == "ai"
    assert found("hay charlas de IA?") is None


def test_a_room_named_for_its_workshops_said_with_a_word_for_a_room() -> None:
    """KubeHuddle 2022's 'Workshops Room': "la salle des ateliers", "la sala de talleres"; the word
    for workshops alone asks for the sessions ("taller de clojure?")."""
    finder = RoomFinder(
        [
            Room("workshops", "Workshops Room"),
            Room("lloyds", "Lloyds Banking Group Room"),
            Room("cp", "ControlPlane Room"),
        ]
    )
    found = partial(room_in, finder)
    assert found("salle des ateliers aujourd'hui, y a quoi ?") == "workshops"
    assert found("que viene despues en la sala de talleres") == "workshops"
    assert found("what's in the workshop room today?") == "workshops"
    assert found("taller de clojure?") is None


def test_a_track_in_a_room_s_brackets_by_its_number_in_another_language() -> None:
    """BSides Vancouver 2024's 'Room 1700 (Track 3)': "la piste 3", "la pista 4", "salle 1700"."""
    finder = RoomFinder(
        [
            Room("t3", "Room 1700 (Track 3)"),
            Room("t4", "Room 1800 (Track 4)"),
            Room("all", "Tracks 1-4"),
            Room("r2200", "Room 2200"),
        ]
    )
    found = partial(room_in, finder)
    assert found("qu'est ce qui passe maintenant dans la piste 3") == "t3"
    assert found("que pasa ahora mismo en la pista 4") == "t4"
    assert found("salle 1700 ?") == "t3"


def test_a_word_for_a_room_alone_is_not_the_one_a_size_qualifies() -> None:
    """SNCT Itacoatiara 2022: "el auditorio" is the 'Auditório do ICET', not 'Sala 307 (Mini
    Auditório)' (still "el mini auditorio"); "the outdoor area" is its 'Área Externa do ICET'."""
    finder = RoomFinder(
        [
            Room("aud", "Auditório do ICET"),
            Room("mini", "Bloco A - Sala 307(Mini Auditório)"),
            Room("out", "Área Externa do ICET"),
            Room("s103", "Bloco A - Sala 103"),
        ]
    )
    found = partial(room_in, finder)
    assert found("que esta pasando en el auditorio") == "aud"
    assert found("el mini auditorio") == "mini"
    assert found("what's on right now in the outdoor area") == "out"


def test_a_room_named_for_the_kind_of_session_it_holds_said_with_a_word_for_a_room() -> None:
    """State of the Map 2021's 'Track 1 - Talks' and 'Track 2 - Panels and Workshops': "la sala de
    charlas", "la pista de paneles"; the kind alone asks for the sessions ("hay charlas sobre…");
    a room a word of its own names is not the kind's ('Online Workshops')."""
    finder = RoomFinder(
        [
            Room("talks", "Track 1 - Talks"),
            Room("panels", "Track 2 - Panels and Workshops"),
        ]
    )
    found = partial(room_in, finder)
    assert found("que viene despues en la sala de charlas") == "talks"
    assert found("viernes 11:45 que hay en la pista de paneles y talleres") == "panels"
    assert found("what's on in the talks track?") == "talks"
    assert found("hay charlas sobre mapillary?") is None
    # State of the Map 2025's: the workshops held online.
    online = RoomFinder([Room("online", "Online Workshops"), Room("apo", "Apo"), Room("pulag", "Pulag")])
    assert room_in(online, "et dans la salle des ateliers en ligne ?") == "online"


def test_rooms_named_like_snow_houses_and_an_event_centre_in_other_languages() -> None:
    """WeAreDevelopers 2017's 'IGLOO 1' and 'IGLOO 2', Author Nation 2026's 'Event Center'."""
    finder = RoomFinder(
        [Room("i1", "IGLOO 1"), Room("i2", "IGLOO 2"), Room("ec", "Event Center"), Room("gold", "Gold")]
    )
    found = partial(room_in, finder)
    assert found("lo proximo en el iglu 2") == "i2"
    assert found("que esta pasando en el salon de eventos") == "ec"
    assert found("qu'y a-t-il au centre d'événements ?") == "ec"


def test_stages_named_by_a_country_or_a_short_subject_in_other_languages() -> None:
    """The Geneva book fair's 'La scène suisse' and 'La scène philo': "the swiss stage", "la
    escena suiza", "the philosophy stage"."""
    finder = RoomFinder(
        [Room("suisse", "La scène suisse"), Room("philo", "La scène philo"), Room("bd", "La scène BD")]
    )
    found = partial(room_in, finder)
    assert found("is something going on at the swiss stage atm") == "suisse"
    assert found("que hay hoy en la escena suiza") == "suisse"
    assert found("whats next at the philosophy stage") == "philo"


def test_halves_of_a_ballroom_numbered_in_roman_typed_in_digits() -> None:
    """SIGCSE 2022's 'Providence Ballroom II/III (Omni)': "next up in providence 2/3?"."""
    finder = RoomFinder(
        [Room("p23", "Providence Ballroom II/III (Omni)"), Room("p14", "Providence Ballroom I/IV (Omni)")]
    )
    found = partial(room_in, finder)
    assert found("next up in providence 2/3?") == "p23"
    assert found("que esta pasando en la sala providence 1/4 ahora") == "p14"


def test_a_room_for_signings_in_other_languages() -> None:
    """LoneStarCon 3's 'Autographing': "la salle des dedicaces", "que hay ahora en autografos?"."""
    finder = RoomFinder([Room("sign", "Autographing"), Room("f", "Conference 7"), Room("g", "Exhibit A")])
    found = partial(room_in, finder)
    assert found("c koi en ce moment ds la salle des dedicaces") == "sign"
    assert found("que hay ahora en autografos?") == "sign"


def test_a_room_word_typed_with_its_first_letter_apart() -> None:
    """X-Ops Madrid 2025's 'Bsides Madrid': "salle b-sides", "en b sides"."""
    finder = RoomFinder(
        [Room("bsides", "Bsides Madrid"), Room("aula", "Aula magna"), Room("hyper", "Hyperscalers")]
    )

    found = partial(room_in, finder)

    assert found("ya quoi en salle b-sides mtn") == "bsides"
    assert found("que hay en b sides") == "bsides"
    assert found("que hay en la b") is None


def test_a_readings_room_and_a_spanish_now_said_as_being_given() -> None:
    """NASFiC 2020's 'Readings': "la salle des lectures", "lecturas"; "q se está dando en…" asks
    what is on there now."""
    finder = RoomFinder([Room("readings", "Readings"), Room("music", "Music Room"), Room("tbd", "TBD")])

    found = partial(room_in, finder)

    assert found("prochain truc dans la salle des lectures") == "readings"
    assert found("que viene despues en lecturas") == "readings"
    zone = ZoneInfo("Europe/Madrid")
    start = datetime(2025, 11, 21, 9, 30, tzinfo=zone)
    programme = small_programme(
        zone,
        [talk("keynote", start, start + timedelta(hours=1), "Keynote", room="aula")],
        rooms=[Room("aula", "Aula magna")],
    )
    question = parse("q se esta dando en el aula magna", start + timedelta(minutes=15), programme)
    assert (question.intent, question.room_id) == (Intent.NOW, "aula")


def test_the_conference_s_name_names_no_room_when_no_city_is_given() -> None:
    """X-Ops Madrid 2025's file names no city, the conference is named after it: "from madrid
    centre" is no way to 'Bsides Madrid' (the room still by its name or "b-sides")."""
    zone = ZoneInfo("Europe/Madrid")
    start = datetime(2025, 11, 22, 12, 50, tzinfo=zone)
    programme = small_programme(
        zone,
        [talk("cicd", start, start + timedelta(hours=1), "Hacking CI/CD Pipelines", room="bsides")],
        rooms=[Room("bsides", "Bsides Madrid"), Room("aula", "Aula magna")],
        name="X-Ops Conference Madrid 2025",
    )
    at = start.replace(hour=8)
    question = parse("how do i get to the mostoles campus from madrid centre", at, programme)
    assert question.room_id is None
    assert parse("que hay en b sides", start, programme).room_id == "bsides"


def test_a_room_s_number_after_its_floor_s_as_signs_write_it() -> None:
    """MozFest 2016's 'Floor 6 - 604': "6-604", "6 604"; not 'Floor 6 - 607'."""
    finder = RoomFinder(
        [Room("604", "Floor 6 - 604"), Room("607", "Floor 6 - 607"), Room("lab", "Floor 9 - Lab")]
    )

    found = partial(room_in, finder)

    assert found("what's coming up in 6-604?") == "604"
    assert found("whats next in 6 604") == "604"
    assert found("next in 6-605") is None


def test_a_room_number_in_hundreds_said_after_a_word_for_a_room() -> None:
    """MozFest 2016's 'Floor 6 - 607': "en salle six cent sept", "room six oh seven", "sala
    seiscientos siete"; "six oh eight" names no room."""
    finder = RoomFinder(
        [Room("604", "Floor 6 - 604"), Room("607", "Floor 6 - 607"), Room("lab", "Floor 9 - Lab")]
    )

    found = partial(room_in, finder)

    assert found("prochaine session en salle six cent sept ?") == "607"
    assert found("room six oh seven") == "607"
    assert found("sala seiscientos siete") == "607"
    assert found("room six oh eight") is None


def test_a_floor_named_by_its_ordinal_is_found_by_the_ordinal_said() -> None:
    """Hackaday Supercon 2022's 'Supplyframe HQ 2nd Floor' and 'Supplyframe HQ, 3rd Floor': "au
    deuxième étage", "2e étage", "el tercer piso", "the third floor"."""
    finder = RoomFinder(
        [
            Room("f2", "Supplyframe HQ 2nd Floor"),
            Room("f3", "Supplyframe HQ, 3rd Floor"),
            Room("lacm", "LACM"),
        ]
    )

    found = partial(room_in, finder)

    assert found("qu'est-ce qu'il y a ensuite au deuxième étage ?") == "f2"
    assert found("qu'est ce qu'il y a au 2e étage aujourd'hui") == "f2"
    assert found("que hay hoy en el tercer piso") == "f3"
    assert found("what's currently going on on the third floor?") == "f3"
    assert found("what's on the fourth floor?") is None


def test_a_room_and_the_pair_it_belongs_to_are_told_apart() -> None:
    """Civic Tech Fest 2017's '201B', '201C' and '201B+C': "201 b" is 201B, "201b+c" the pair."""
    finder = RoomFinder([Room("bc", "201B+C"), Room("b", "201B"), Room("c", "201C"), Room("af", "201A+F")])

    found = partial(room_in, finder)

    assert found("c quoi la suite en 201 b ?") == "b"
    assert found("salle 201b+c") == "bc"
    assert found("que hay en la 201 c") == "c"
    assert found("201 a+f") == "af"
