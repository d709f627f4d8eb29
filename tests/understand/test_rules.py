"""Each answer names the parser's rule that read its question (ask --json's "rule"); the rules are
tried in one listed order, and each has questions it reads (a corpus, as duckling's per rule)."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answers.reply import respond
from bot.config import default_programme_path
from bot.programme.kinds import SessionKind
from bot.programme.loading import load_programme
from bot.programme.model import Person, Programme, Room
from bot.understand.features import read_features
from bot.understand.index import index_for
from bot.understand.parse import parse
from bot.understand.rules import RULES
from tests.small_programme import small_programme, talk

HELD_OUT = Path(__file__).resolve().parents[2] / "bench" / "heldout" / "programmes"


def intent_and_ids(text: str, at: datetime, programme: Programme) -> tuple[str, list[str]]:
    """What respond() reads a message as, and the ids of the sessions it answers with."""
    answer = respond(text, at, programme).as_json(programme)
    return answer["intent"], [s["id"] for s in answer["sessions"]]


def test_ask_json_names_the_rule_that_read_the_question() -> None:
    programme = load_programme(default_programme_path()).programme
    at = datetime.fromisoformat("2017-11-16T12:10:00+01:00")
    rules = {
        text: respond(text, at, programme).as_json(programme)["rule"]
        for text in ("what's next in alcazar", "help", "sessions about resilience", "blorp zzyx")
    }
    assert rules == {
        "what's next in alcazar": "next-in-room",
        "help": "help-or-greeting",
        "sessions about resilience": "topic-or-kind",
        "blorp zzyx": "not-understood",
    }


def test_the_rules_are_tried_in_one_listed_order() -> None:
    assert [rule.name for rule in RULES] == [
        "nothing-typed", "help-or-greeting", "rooms-by-language", "room-info", "way-to-a-session",
        "documents", "in-a-language", "conference-info",
        "person-named", "people-of-session", "out-of-scope", "after-a-pause", "after-a-session",
        "last-session",
        "first-in-room", "now-in-room", "room-at-time", "next-in-room", "topic-in-room", "room-alone",
        "room-on-day",
        "track", "unknown-room", "at-time", "unknown-name", "now", "unknown-person", "absent-office",
        "next-of-kind", "person",
        "absent-person", "next-in-unknown-place", "unlisted-pause", "topic-or-kind", "next", "day-or-part",
        "not-understood",
    ]  # fmt: skip


# Each rule with questions it reads (asked on the shipped programme at 12:10 on its first day):
# the first rule that answers names the question, whatever rule could read it too.
EXAMPLES = [
    ("nothing-typed", ["?", "¿?"]),
    (
        "help-or-greeting",
        [
            "ayuda por favor",
            "what can you do?",
            "bonjour",
            "Bonjour, qu'est-ce que tu sais faire exactement ? je découvre le bot",
            "t'sais faire quoi toi ?",
            "comment on utilise ce bot svp",
        ],
    ),
    (
        "rooms-by-language",
        ["the room without interpretation", "la salle où il y a de l'espagnol", "la sala con traducción"],
    ),
    ("room-info", ["c'est où herten aas", "how do I get to the Alcazar?", "¿hay traducción en Alcazar?"]),
    (
        "way-to-a-session",
        ["c'est loin, la visite ?", "how do I get to the reception?", "¿dónde es la visita?"],
    ),
    ("documents", ["background paper for the round table", "documentos de la mesa redonda"]),
    (
        "in-a-language",
        [
            "sessions with English interpretation",
            "ateliers en espagnol",
            "¿qué talleres hay en inglés mañana?",
        ],
    ),
    ("conference-info", ["who organises the conference?", "comment s'inscrire ?"]),
    (
        "person-named",
        [
            "where does Joan Clos speak?",
            "¿cuándo habla Joan Clos?",
            "la conf de Papagiannakis c'est où",
            "cuando sale Joan Clos",  # PonyFest 2020: "sale", comes on
        ],
    ),
    (
        "people-of-session",
        ["who is moderating drivers of migration", "qui parle à l'ouverture ?", "quién modera la sesión 3"],
    ),
    (
        "out-of-scope",
        [
            "où sont les toilettes",
            "where can I park?",
            "any good bbq near the station?",
            "où manger une bonne pizza près du palais",
            "a que hora sale el ultimo metro",  # not the last session
            "ou je peux manger une gaufre",  # buying, eating, prices: no programme says
            "y a quoi a manger ce midi ?",  # not what is on at noon
            "where can i buy a club mate",
            "where's the closest starbucks",  # DEF CON 32's "wheres the closest in-n-out"
            "hay descuento para estudiantes?",
            "dan certificado de participacion?",  # Mechelen's set_i, SQLSaturday 792's
            "c'est combien l'entrée ?",
            "cual es el menu de la comida",  # ESUG 2011: not the lunch sessions
            "what's for dinner?",
            "will there be free t-shirts?",  # HKOSCon 2020
            "donde puedo tomar un cafe?",  # Qt World Summit 2019
            "où prendre un café ?",
        ],
    ),
    ("after-a-pause", ["what's on after the break", "et après la pause café ?", "después del almuerzo"]),
    (
        "after-a-session",
        ["anything after the reception?", "y a quoi après la clôture ?", "¿y después de la clausura?"],
    ),
    ("last-session", ["when does the conference end", "¿cuál es la última sesión?"]),
    ("first-in-room", ["what's first in Alcazar tomorrow?", "la première session en Dijlezaal demain"]),
    (
        "now-in-room",
        [
            "anything happening in Herten Aas right now?",
            "qué pasa ahora en Alcazar",
            "what's playing on the alcazar stage",  # PonyFest 2020's "on the Renegade Stage"
            "quoi en alcazar là",
            "what's playing in alcazar",
            "hay algo en alcazar?",  # JavaZone 2019: "hay algo en la sala siete?"
            "anything in alcazar?",
        ],
    ),
    ("room-at-time", ["el viernes a las 11:20 en Dijlezaal", "Alcazar at 3pm"]),
    ("next-in-room", ["what's next in Alcazar", "la suite dans l'Alcazar"]),
    ("topic-in-room", ["resilience in Alcazar", "talleres sobre resiliencia en Alcazar"]),
    ("room-alone", ["y en alcazar", "Alcazar?"]),
    (
        "room-on-day",
        [
            "Alcazar tomorrow",
            "sala alcazar el viernes",
            "que hay hoy en alcazar",
            "whats on in alcazar today",
        ],
    ),
    ("track", []),  # the shipped programme has no tracks: tests/understand/test_tracks.py
    ("unknown-room", ["qu'est-ce qui se passe en salle Memling maintenant", "the Narnia room tomorrow"]),
    ("at-time", ["what's on Thursday at 4:15pm", "qu'est-ce qu'il y a à 15h ?"]),
    (
        "unknown-name",
        [
            "est-ce que Yann LeCun est là ?",
            "is jensen huang here now",
            "est ce que linus torvalds fait un talk ?",
        ],
    ),
    (
        "now",
        [
            "what's happening now",
            "¿qué hay ahora?",
            "¿qué pasa?",
            "what's on?",
            "la c koi ki passe",
            "c koi mnt",
            "c'est quoi la session qui vient de commencer ?",  # Mechelen's set_o
            "¿me podrías decir qué actividades están teniendo lugar en este momento?",  # ISMIR 2024
            "on est en pause ou pas ?",  # Mechelen's set_i: is a break on now?
            "are we on a break?",
            "esta empezando algo ya?",
        ],
    ),
    ("unknown-person", ["cuando habla el papa francisco", "when does Obama speak?"]),
    # An office none of those described holds (Mechelen's set_o): no city's representative is special.
    ("absent-office", ["Is the UN special representative for migration speaking?"]),
    (
        "next-of-kind",
        [
            "what's next?",
            "prochain atelier",
            "anything starting soon?",
            "q empieza pronto?",
            "que sigue",
            "qu'est-ce qui commence après, toutes salles confondues ?",
            "¿qué viene ahora?",  # what comes, now: next
            "what's up next after this one?",  # ORConf 2019: "one" is no topic
        ],
    ),
    ("person", ["quand est ce que swig parle"]),
    # Sandy: a hurricane in a description.
    ("absent-person", ["where does Sandy speak?", "où parle sandy ?", "va a hablar sandy?"]),
    ("next-in-unknown-place", ["what's next in Narnia"]),
    # Mechelen lists its lunches and breaks: test_a_pause_the_programme_does_not_list_… asks another.
    ("unlisted-pause", []),
    (
        "topic-or-kind",
        [
            "anything on resilience?",
            "ateliers sur la migration",
            # WueWW 2022: "how to use" asks for help only when no sessions are asked for after it.
            "my grandmother wants to learn how to use her city, are there any workshops for that?",
            # The way and the time asked at once: the session, with both.
            "la plénière de clôture c'est à quelle heure et où ?",
            "when and where is the closing plenary?",
            # "ou" between two kinds asked for is "or", not "où".
            "y a un atelier ou une session sur la traite des etres humains ?",
            # The asker's own office, then what sessions are to be about.
            "soy concejal de un municipio de Ecuador. ¿Hay algún taller sobre la resiliencia urbana?",
            "Soy concejal de un municipio de Honduras y me interesa la migración irregular. ¿Hay algo?",
            # Words titling a session of the kind named, not describing someone ("sale": comes on).
            "la visita a la casa social a q hora sale",
            "site visits?",  # Mechelen's set_n: the visits, not the room 'Hors site'
            "where is session two?",  # Mechelen's set_o: 'Session 2: …', its number in words
        ],
    ),
    ("next", ["what comes next about blorp", "prochaine blorp"]),
    ("day-or-part", ["tomorrow?", "¿mañana?", "qu'est-ce qui se passe demain ?"]),  # not now
    ("not-understood", ["blorp zzyx", "hay fiesta despues del evento? donde?"]),  # PyOhio 2024: no party
]


@pytest.mark.parametrize(
    ("rule", "text"), [(rule, text) for rule, texts in EXAMPLES for text in texts], ids=lambda value: value
)
def test_a_question_names_the_rule_that_read_it(mechelen: Programme, rule: str, text: str) -> None:
    at = datetime.fromisoformat("2017-11-16T12:10:00+01:00")
    assert parse(text, at, mechelen).rule == rule


def test_every_rule_has_an_example() -> None:
    assert [rule for rule, _ in EXAMPLES] == [rule.name for rule in RULES]


def test_someone_mentioned_in_passing_is_not_a_speaker() -> None:
    """A programme that names its speakers: someone asked for who is none of them, and whom only a
    description mentions in passing, is absent; a search about them still finds the mention, and
    a talk of a kind ("iphone jailbreak talk?") is a search."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2019, 12, 28, 11, tzinfo=zone)
    end = start.replace(hour=12)
    programme = small_programme(
        zone,
        [
            talk(
                "eu",
                start,
                end,
                "Digital sovereignty",
                description="What Emmanuel Macron promised",
                speakers=["ada"],
            ),
            talk("ios", start, end, "Jailbreak your iPhone", speakers=["bob"]),
        ],
        people=[Person("ada", "Ada Lovelace"), Person("bob", "Bob Marley")],
    )

    def answer(text: str) -> tuple[str, list[str]]:
        found = respond(text, start, programme).as_json(programme)
        return found["rule"], [s["id"] for s in found["sessions"]]

    assert answer("ou parle Emmanuel Macron") == ("absent-person", [])
    assert answer("¿habla macron?") == ("absent-person", [])
    assert answer("is emmanuel macron giving a talk?") == ("absent-person", [])
    assert answer("is emmanuel macron here?") == ("absent-person", [])
    assert answer("va a dar una charla Emmanuel Macron?") == ("absent-person", [])
    # Asked whether they are there (DebConf17, Chicon 8, SQLSaturday #987 sets).
    for there in (
        "will Emmanuel Macron be there?",
        "is emmanuel macron on the program?",
        "est-ce qu'Emmanuel Macron sera présent ?",
        "¿estará Emmanuel Macron en la conferencia?",
    ):
        assert answer(there) in (("absent-person", []), ("unknown-person", [])), there
    # "week-end" is one word, whose "end" asks for no last session.
    assert answer("qu'est-ce qu'il y a ce week-end ?")[0] != "last-session"
    assert answer("talks about Macron") == ("topic-or-kind", ["eu"])
    assert answer("iphone jailbreak talk?")[1] == ["ios"]
    assert answer("where does ada lovelace speak")[1] == ["eu"]


def test_a_full_name_in_titles_asks_for_that_person_whatever_else_is_said() -> None:
    """ "michael carroll schedule pls": his name is in the titles of the sessions about him, and
    another Michael speaks, but the words beside the name do not make it a search of titles."""
    zone = ZoneInfo("Europe/Dublin")
    start = datetime(2022, 10, 15, 11, tzinfo=zone)
    end = start.replace(hour=12)
    programme = small_programme(
        zone,
        [
            talk("panel", start, end, "Crafting non-human worlds", speakers=["mc", "ms"]),
            talk(
                "chat",
                start.replace(hour=13),
                end.replace(hour=14),
                "Guest chat: Michael Carroll",
                speakers=["mc"],
            ),
            talk(
                "interview", start.replace(hour=15), end.replace(hour=16), "An interview with Michael Carroll"
            ),
            talk("other", start.replace(hour=17), end.replace(hour=18), "Space elevators", speakers=["ms"]),
        ],
        people=[Person("mc", "Michael Carroll"), Person("ms", "Michael Smith")],
    )
    for text in ("michael carroll schedule pls", "is michael carroll doing anything"):
        found = respond(text, start, programme).as_json(programme)
        assert (found["intent"], [s["id"] for s in found["sessions"]]) == ("person", ["panel", "chat"]), text


def test_a_practical_question_naming_a_room_is_still_practical() -> None:
    """ "is there free parking at the science centre?" asks about parking; "the main bar" is a
    room whose name has a practical word."""
    zone = ZoneInfo("Asia/Singapore")
    start = datetime(2017, 3, 18, 10, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("a", start, start.replace(hour=11), "Open Event", room="science"),
            talk("b", start, start.replace(hour=11), "Chiptunes", room="bar"),
        ],
        rooms=[Room("science", "Science Centre Hall"), Room("bar", "Main Bar")],
    )
    assert parse("is there free parking at the science centre?", start, programme).rule == "out-of-scope"
    assert parse("y a le wifi dans le science centre hall ?", start, programme).rule == "out-of-scope"
    assert parse("what's on in the main bar now", start, programme).rule == "now-in-room"


def test_a_kind_no_session_has_does_not_narrow_a_time() -> None:
    """PyConES 2017 calls its Friday workshops talks: "vendredi 15h, c'est quoi les ateliers" is
    what is on at 15:00; "when is lunch?" still asks for lunch."""
    zone = ZoneInfo("Europe/Madrid")
    start = datetime(2017, 9, 22, 15, tzinfo=zone)
    programme = small_programme(
        zone, [talk("wallapop", start, start.replace(hour=17), "Vigilante de Wallapop")]
    )
    found = respond("vendredi 15h, c'est quoi les ateliers", start.replace(hour=12), programme).as_json(
        programme
    )
    assert [s["id"] for s in found["sessions"]] == ["wallapop"]
    assert respond("when is lunch?", start, programme).as_json(programme)["sessions"] == []


def test_a_kind_s_word_in_the_room_s_name_asks_for_no_kind() -> None:
    """OSCAL 2017's '*Workshop 1': "que viene después en el workshop uno" is everything coming
    there, its break too; a kind said besides the room still narrows."""
    zone = ZoneInfo("Europe/Tirane")
    start = datetime(2017, 5, 14, 11, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("moodle", start, start.replace(hour=12), "Moodle", room="w1", kind=SessionKind.WORKSHOP),
            talk(
                "break",
                start.replace(hour=13),
                start.replace(hour=13, minute=45),
                "Break!",
                room="w1",
                kind=SessionKind.BREAK,
            ),
        ],
        rooms=[Room("w1", "*Workshop 1")],
    )
    at = start.replace(minute=30)
    assert parse("que viene despues en el workshop uno", at, programme).kinds == ()
    assert parse("prochain atelier en workshop 1 ?", at, programme).kinds == (SessionKind.WORKSHOP,)


def test_a_pause_of_no_kind_is_found_by_its_title_and_an_article_is_no_room_number() -> None:
    """BSides CDMX 2024: its lunch is a session "Comida" of no type ("when's lunch?"); "un
    atelier de crochetage" is a workshop, not 'Workshops 1'."""
    zone = ZoneInfo("America/Mexico_City")
    start = datetime(2024, 7, 19, 13, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("lunch", start, start.replace(hour=14), "Comida", room="t1", kind=SessionKind.OTHER),
            talk("locks", start, start.replace(hour=14), "Lockpicking village", room="w1"),
        ],
        rooms=[Room("t1", "Track 1"), Room("w1", "Workshops 1"), Room("w2", "Workshops 2")],
    )
    at = start.replace(hour=11)
    assert [s["id"] for s in respond("when's lunch?", at, programme).as_json(programme)["sessions"]] == [
        "lunch"
    ]
    assert parse("il y a un atelier de crochetage de serrures ?", at, programme).room_id is None


def test_a_word_for_someone_that_is_a_speaker_s_name_is_the_name() -> None:
    """Android Makers 2023: "quand passe romain guy" asks for Romain Guy, not every Romain ("guy"
    is also a word for someone)."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2023, 4, 27, 10, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("compose", start, start.replace(hour=11), "Compose", speakers=["rg"]),
            talk("other", start, start.replace(hour=11), "Kotlin", speakers=["rm"], room="r2"),
        ],
        people=[Person("rg", "Romain Guy"), Person("rm", "Romain Manni")],
    )
    question = parse("quand passe romain guy", start, programme)
    assert (question.rule, question.person_ids) == ("person-named", ("rg",))


def test_rooms_joined_into_one_are_named_by_both_numbers_and_no_date() -> None:
    """VSS 2026's 'Talk Room 1-2': "la sala 1-2 el lunes" is that room on Monday, not 1 February."""
    zone = ZoneInfo("America/New_York")
    start = datetime(2026, 5, 18, 19, tzinfo=zone)
    programme = small_programme(
        zone,
        [talk("awards", start, start.replace(hour=20), "Awards", room="r12")],
        rooms=[Room("r1", "Talk Room 1"), Room("r2", "Talk Room 2"), Room("r12", "Talk Room 1-2")],
    )
    question = parse("que es lo ultimo en la sala 1-2 el lunes?", start.replace(hour=10), programme)
    assert (question.room_id, question.when.day) == ("r12", start.date())


def test_a_weekday_s_short_form_in_a_speaker_s_name_is_no_day() -> None:
    """droidcon London 2024: "where can i see huyen tue dao" asks for her talks, every day; "what's
    on tue?" is still Tuesday."""
    zone = ZoneInfo("Europe/London")
    start = datetime(2024, 11, 1, 11, 15, tzinfo=zone)
    programme = small_programme(
        zone,
        [talk("kmp", start, start.replace(hour=12), "Kotlin Multiplatform", speakers=["htd"])],
        people=[Person("htd", "Huyen Tue Dao")],
    )
    question = parse("where can i see huyen tue dao", start.replace(hour=10), programme)
    assert (question.rule, question.when.day) == ("person-named", None)
    assert parse("what's on tue?", start, programme).when.day is not None


def test_french_on_is_no_english_subject_marker() -> None:
    """Augsburger Linux-Infotag 2017: "on mange où à midi ? y a un menu ?" asks about food, though
    a talk says "on mange ensemble"."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2017, 4, 22, 11, 45, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk(
                "fli4l",
                start,
                start.replace(hour=12, minute=30),
                "fli4l",
                description="Ein Menü für den Router",
            )
        ],
    )
    assert parse("on mange où à midi ? y a un menu ?", start, programme).rule == "out-of-scope"


def test_a_slip_in_a_name_with_particles_is_that_person() -> None:
    """JuliaCon 2021: "Fons van der Plass" is Fons van der Plas; "van" and "der" are no topic."""
    zone = ZoneInfo("UTC")
    start = datetime(2021, 7, 28, 19, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("pluto", start, start.replace(hour=20), "Pluto.jl, one year later", speakers=["fons"]),
            talk("other", start, start.replace(hour=20), "Van der Waals forces", room="r2"),
        ],
        people=[Person("fons", "Fons van der Plas")],
    )
    assert parse("Fons van der Plass", start, programme).rule == "person-named"


def test_a_ballroom_in_french_and_spanish_and_a_speaker_named_doc() -> None:
    """SCaLE 22x: "el salón de baile A" is 'Ballroom A'; "doc searls donde habla" asks for Doc
    Searls, not for documents."""
    zone = ZoneInfo("America/Los_Angeles")
    start = datetime(2025, 3, 7, 10, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("a", start, start.replace(hour=11), "Keynote", room="a", speakers=["doc"]),
            talk("b", start, start.replace(hour=11), "eBPF", room="b"),
        ],
        rooms=[Room("a", "Ballroom A"), Room("b", "Ballroom B")],
        people=[Person("doc", "Doc Searls")],
    )
    assert parse("que pasa en el salon de baile A ahora?", start, programme).room_id == "a"
    assert parse("c'est quoi dans la salle de bal B ?", start, programme).room_id == "b"
    assert parse("doc searls donde habla", start, programme).rule == "person-named"


@pytest.mark.parametrize(
    ("text", "room_id"),
    [
        # The rooms' kinds as French and Spanish name them (ETHBrno² 2022, GDG Cebu 2018, NEATO 2024).
        ("c koi dans la salle de conf la maintenant", "conference"),
        ("what's in the conf room at 3pm", "conference"),
        ("que hay ahora en la sala de conferencias", "conference"),
        ("c koi en salle de reu A la", "meeting-a"),
        ("que hay en la sala de reuniones a", "meeting-a"),
        ("ya quoi sur le quai la maintenant", "platform"),
        ("a las 13h en el anden q hay", "platform"),
        ("donde queda el almacen de repuestos?", "parts"),
        ("que hay ahora en la sala de exposiciones", "exhibit"),
        ("ya quoi au hall d'accueil aujourdhui", "lobby"),
        # Floors by their ordinal (DevFest Siberia 2019's '13th floor'); names translated (Stir Trek).
        ("prochaine session au 13e étage ?", "floor-13"),
        ("que pasa ahora en el piso 13", "floor-13"),
        ("a las 9 en viuda negra?", "widow"),
        # A ship's places (JoCo Cruise 2026), a courtyard (Ropecon 2025), a room by its number alone.
        ("la suite dans la salle à manger du bas stp", "dining"),
        ("lo proximo en la piscina lido?", "pool"),
        ("c koi ds la cour sud la maintenant", "courtyard"),
        ("c koi la suite ds la 217", "room-217"),
    ],
)
def test_rooms_named_by_what_they_are_in_french_and_spanish(text: str, room_id: str) -> None:
    zone = ZoneInfo("Europe/Prague")
    start = datetime(2022, 11, 11, 10, tzinfo=zone)
    rooms = [
        Room("conference", "Conference room"),
        Room("meeting-a", "Meeting Room A"),
        Room("platform", "Visitors Center Platform"),
        Room("parts", "Parts Warehouse"),
        Room("exhibit", "Exhibit Room in the Visitors Center"),
        Room("lobby", "Visitors Center Lobby"),
        Room("floor-13", "13th floor"),
        Room("widow", "Black Widow"),
        Room("panther", "Black Panther"),
        Room("dining", "Lower Main Dining Room, Deck 2, Aft"),
        Room("pool", "Lido Pool Area, Deck 9, Midship"),
        Room("courtyard", "Southern Courtyard"),
        Room("room-217", "Room 217"),
    ]
    sessions = [
        talk(room.id, start, start.replace(hour=11), f"Talk {room.id}", room=room.id) for room in rooms
    ]
    assert parse(text, start, small_programme(zone, sessions, rooms=rooms)).room_id == room_id


def test_a_word_for_a_kind_of_session_is_never_mended_into_a_question_word() -> None:
    """ "c'est où la plénière ?" names PyCon AU's plenary hall: "plénière" is no slip for
    "première" (a word of "le premier truc")."""
    zone = ZoneInfo("Australia/Adelaide")
    start = datetime(2023, 8, 19, 9, tzinfo=zone)
    programme = small_programme(
        zone,
        [talk("a", start, start.replace(hour=10), "Keynote", room="plenary")],
        rooms=[Room("plenary", "Hall C (Plenary)"), Room("hall-b", "Hall B")],
    )
    assert parse("c'est où la plénière ?", start, programme).room_id == "plenary"


def test_a_room_named_by_a_number_that_reads_as_a_time_is_the_room() -> None:
    """ "salle 2.02" and "and in 2.02?" name Android Makers' room 2.02, not 14:02."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2023, 4, 27, 14, 30, tzinfo=zone)
    end = start.replace(hour=15, minute=10)
    programme = small_programme(
        zone,
        [talk("a", start, end, "Compose", room="s202"), talk("b", start, end, "Kotlin", room="s204")],
        rooms=[Room("s202", "Salle 2.02"), Room("s204", "Salle 2.04")],
    )
    question = parse("c'est quoi en salle 2.02 maintenant", start.replace(minute=40), programme)
    assert (question.room_id, question.when.clock) == ("s202", None)


def test_what_s_on_first_thing_tomorrow_asks_what_comes_first_where_titles_say_first() -> None:
    """EMF 2024, whose sessions say "first" ('Your first solder joint'): "what's on first thing
    tomorrow?" asks what starts first tomorrow, not for sessions about firsts ("on" after
    "what's" says no subject)."""
    zone = ZoneInfo("Europe/London")
    day = datetime(2024, 5, 30, 12, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk(
                "solder",
                day.replace(day=31, hour=14),
                day.replace(day=31, hour=15),
                "Your first solder joint",
            ),
            talk("tea", day.replace(day=31, hour=7), day.replace(day=31, hour=23), "Tea Tent"),
            talk("first", day, day.replace(hour=13), "First aid for makers"),
        ],
    )
    at = day.replace(hour=21)
    assert intent_and_ids("what's on first thing tomorrow?", at, programme) == ("next", ["tea"])
    assert intent_and_ids("whats on first tomorrow", at, programme) == ("next", ["tea"])


@pytest.mark.parametrize(
    ("text", "at", "first"),
    [
        ("what's first?", datetime(2011, 8, 10, 11, 30), "opening"),
        ("what's first tomorrow?", datetime(2011, 8, 10, 20, 0), "day-two"),
        ("c'est quoi en premier demain ?", datetime(2011, 8, 10, 20, 0), "day-two"),
        ("¿qué es lo primero que empieza?", datetime(2011, 8, 10, 11, 30), "opening"),
        ("demain ça commence par quoi ?", datetime(2011, 8, 10, 20, 0), "day-two"),
        ("c'est quoi le premier truc demain ?", datetime(2011, 8, 10, 20, 0), "day-two"),
        ("first session tomorrow?", datetime(2011, 8, 10, 20, 0), "day-two"),
        ("¿la primera charla de mañana?", datetime(2011, 8, 10, 20, 0), "day-two"),
        ("what does tomorrow start with", datetime(2011, 8, 10, 20, 0), "day-two"),
        ("¿con qué empieza mañana?", datetime(2011, 8, 10, 20, 0), "day-two"),
        ("que hay primero mañana", datetime(2011, 8, 10, 20, 0), "day-two"),  # ESUG 2011
        ("quest ce qui passe en premier demain matin", datetime(2011, 8, 10, 20, 0), "day-two"),
        ("qu'est-ce qui vient après ?", datetime(2011, 8, 10, 14, 0), "later"),  # Penguicon 2019: no audience
        ("what's on first this morning?", datetime(2011, 8, 11, 9, 10), "day-two"),  # Linuxwochen Wien 2015
        (
            "just got into town - what's first thing tomorrow morning?",
            datetime(2011, 8, 10, 20, 0),
            "day-two",
        ),
        # PyOhio 2024, which lists no lunch: where one is, not what is asked for.
        ("c quoi le prochain créneau ? on est en pause dej là", datetime(2011, 8, 10, 14, 0), "later"),
    ],
)
def test_what_comes_first_is_what_comes_next(text: str, at: datetime, first: str) -> None:
    """ "what's first (tomorrow)?": the sessions that start first, that day or from now."""
    zone = ZoneInfo("Europe/Berlin")
    day = datetime(2011, 8, 10, 12, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("opening", day, day.replace(hour=13), "Opening"),
            talk("later", day.replace(hour=16), day.replace(hour=17), "Rockets"),
            talk("day-two", day.replace(day=11, hour=10), day.replace(day=11, hour=11), "Moon"),
        ],
    )
    assert intent_and_ids(text, at.replace(tzinfo=zone), programme) == ("next", [first])


@pytest.mark.parametrize(
    ("text", "intent", "ids"),
    [
        ("Kelsey Hightower il est là ?", "unknown", []),  # a name at the start of the sentence
        ("q puedes hacer?", "help", []),
        ("radioaficionados", "search", ["ham"]),
        ("a que hora sale el ultimo tren a londres?", "unknown", []),
        ("what's running in hall 101", "now", ["ham"]),
    ],
)
def test_kinds_met_at_maker_camps_and_dev_conferences(text: str, intent: str, ids: list[str]) -> None:
    """A name starting a sentence, help in SMS Spanish, amateur radio asked in Spanish, the last
    train (a transport question), "what's running"."""
    zone = ZoneInfo("Europe/London")
    start = datetime(2024, 6, 1, 10, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("ham", start, start.replace(hour=11), "Amateur radio satellites", room="h101"),
            talk("yaml", start, start.replace(hour=11), "Configuration in YAML", room="h102"),
        ],
        rooms=[Room("h101", "Hall 101"), Room("h102", "Hall 102")],
    )
    assert intent_and_ids(text, start.replace(minute=30), programme) == (intent, ids)


def test_a_room_named_by_its_symbol() -> None:
    """MCH2022's rooms end in a symbol ('Clairvoyance 🔮'): "whats on rn in 🔮" asks about it."""
    zone = ZoneInfo("Europe/Amsterdam")
    start = datetime(2022, 7, 24, 15, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("lt", start, start.replace(hour=16), "Lightning talks", room="c"),
            talk("other", start, start.replace(hour=16), "Badges", room="a"),
        ],
        rooms=[Room("c", "Clairvoyance 🔮"), Room("a", "Abacus 🧮")],
    )
    assert intent_and_ids("whats on rn in 🔮", start.replace(minute=30), programme) == ("now", ["lt"])


@pytest.mark.parametrize(
    ("text", "intent", "ids"),
    [
        ("charlas sobre cómo funciona internet", "search", ["internet"]),
        ("¿cómo funciona?", "help", []),
        ("c quoi en salle 301 la", "now", ["internet"]),
        ("je cherche un talk sur les rançongiciels", "search", ["ransom"]),
        ("il y a un truc avec des chauves-souris ??", "search", ["bats"]),
    ],
)
def test_kinds_met_at_a_community_day(text: str, intent: str, ids: list[str]) -> None:
    """Tübix 2025 (German texts, rooms 'V3 (A301)'): a talk on how the internet works is no call
    for help; a code's number in brackets names its room; ransomware and bats asked in French."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2025, 7, 5, 16, 10, tzinfo=zone)
    end = start.replace(hour=17)
    programme = small_programme(
        zone,
        [
            talk("internet", start, end, "Wie funktioniert das Internet?", room="v3"),
            talk("ransom", end, end.replace(hour=18), "Ransomware: Angriffe und Abwehr", room="v1"),
            talk("bats", end, end.replace(hour=18), "Fledermäuse belauschen mit dem Raspberry Pi", room="v2"),
        ],
        rooms=[Room("v3", "V3 (A301)"), Room("v1", "V1 (F119)"), Room("v2", "V2 (F122)")],
    )
    assert intent_and_ids(text, start.replace(minute=12), programme) == (intent, ids)


@pytest.mark.parametrize(
    ("text", "intent", "ids"),
    [
        ("any talks mentioning YAML", "search", ["yaml"]),
        ("is there a black holes talk", "search", ["holes"]),
        ("where does Lionel Messi talk", "unknown", []),  # a name: someone the programme lacks
        ("qué tiempo va a hacer el domingo en valencia", "unknown", []),  # the weather, not Ana Valencia
    ],
)
def test_a_talk_on_a_word_the_programme_lacks_is_a_search(text: str, intent: str, ids: list[str]) -> None:
    """ "talk" beside one word no session has asks for talks on what the others say, unless that
    word is a name."""
    zone = ZoneInfo("Europe/Brussels")
    start = datetime(2019, 2, 5, 9, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("yaml", start, start.replace(hour=10), "Configuration in YAML"),
            talk("holes", start, start.replace(hour=10), "Black holes and telescopes", speakers=["valencia"]),
        ],
        people=[Person("valencia", "Ana Valencia")],
    )
    assert intent_and_ids(text, start, programme) == (intent, ids)


def test_a_place_named_after_each_day_s_track_is_found_by_the_place() -> None:
    """AI Engineer World's Fair 2025 names a room by place and track, a track a day ('Foothill E:
    Voice' on Wednesday, 'Foothill E: Autonomy + Robotics' on Thursday): "foothill e" is the one in
    use when asked. Woodstock's 'Upstate Films: Orpheum Theatre 1' and '…2' run side by side: two
    rooms, each found by its own name."""
    zone = ZoneInfo("America/Los_Angeles")
    wednesday = datetime(2025, 6, 4, 11, tzinfo=zone)
    thursday = wednesday.replace(day=5)
    programme = small_programme(
        zone,
        [
            talk("voice", wednesday, wednesday.replace(hour=12), "Voice agents", room="fe-voice"),
            talk("robots", thursday, thursday.replace(hour=12), "Humanoid robots", room="fe-robotics"),
            talk("film-1", wednesday, wednesday.replace(hour=13), "A film", room="o1"),
            talk("film-2", wednesday, wednesday.replace(hour=13), "Another film", room="o2"),
        ],
        rooms=[
            Room("fe-voice", "Foothill E: Voice"),
            Room("fe-robotics", "Foothill E: Autonomy + Robotics"),
            Room("o1", "Upstate Films: Orpheum Theatre 1"),
            Room("o2", "Upstate Films: Orpheum Theatre 2"),
        ],
    )
    assert intent_and_ids("what's on in foothill e", wednesday.replace(minute=30), programme) == (
        "now",
        ["voice"],
    )
    assert intent_and_ids("prochaine session en foothill e", thursday.replace(hour=9), programme) == (
        "next",
        ["robots"],
    )
    assert intent_and_ids("whats on now in orpheum 1", wednesday.replace(minute=30), programme) == (
        "now",
        ["film-1"],
    )


def test_a_place_of_two_parts_named_after_each_day_s_track_is_found_by_its_letter() -> None:
    """AI Engineer World's Fair 2025's 'Foothill G1&2: Workshops' (Tuesday) and 'Foothill G 1&2:
    Product Management' (Wednesday) beside 'Foothill C: Security': "c'est où foothill G ?" on
    Wednesday is the second, not 'Foothill C' one letter away."""
    zone = ZoneInfo("America/Los_Angeles")
    tuesday = datetime(2025, 6, 3, 11, tzinfo=zone)
    wednesday = tuesday.replace(day=4)
    programme = small_programme(
        zone,
        [
            talk("workshop", tuesday, tuesday.replace(hour=12), "Build agents", room="g-workshops"),
            talk("pm", wednesday, wednesday.replace(hour=12), "AI product managers", room="g-pm"),
            talk("security", wednesday, wednesday.replace(hour=12), "Prompt injection", room="c-security"),
        ],
        rooms=[
            Room("g-workshops", "Foothill G1&2: Workshops"),
            Room("g-pm", "Foothill G 1&2: Product Management"),
            Room("c-security", "Foothill C: Security"),
        ],
    )
    assert intent_and_ids("c'est où foothill G ?", wednesday.replace(hour=9), programme) == (
        "room_info",
        ["pm"],
    )


def test_a_kind_of_session_is_no_slip_for_a_room_named_by_a_compound_of_it() -> None:
    """GPN17's rooms 'Workshopraum' and 'Anderswo': "is there a juggling workshop" asks for the
    juggling workshop held elsewhere, not what the Workshopraum holds."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2017, 5, 27, 12, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk(
                "juggling",
                start.replace(hour=14),
                start.replace(hour=15),
                "Juggling for beginners",
                room="anderswo",
            ),
            talk("zfs", start.replace(hour=13), start.replace(hour=14), "ZFS replication", room="raum"),
        ],
        rooms=[Room("raum", "Workshopraum"), Room("anderswo", "Anderswo")],
    )
    assert intent_and_ids("is there a juggling workshop", start, programme) == ("search", ["juggling"])


def test_a_room_coded_in_capitals_as_a_little_word_and_a_code_typed_glued() -> None:
    """COSCUP 2023's rooms 'AU' and 'RB 105': "what's happening in AU right now?", "c koi le
    prochain truc en salle AU" ("au" typed in lower case is French "to the"), "rb105 en ce moment ?"."""
    zone = ZoneInfo("Asia/Taipei")
    start = datetime(2023, 7, 30, 10, 40, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("iot", start, start.replace(hour=11, minute=20), "IoT monitoring with InfluxDB", room="au"),
            talk("vlc", start.replace(hour=15), start.replace(hour=16), "VLC 4.0 and beyond", room="au"),
            talk("i18n", start, start.replace(hour=11, minute=20), "Language barriers", room="rb105"),
        ],
        rooms=[Room("au", "AU"), Room("rb105", "RB 105")],
    )
    at = start.replace(minute=45)
    assert intent_and_ids("what's happening in AU right now?", at, programme) == ("now", ["iot"])
    assert intent_and_ids("c koi le prochain truc en salle AU", at, programme) == ("next", ["iot", "vlc"])
    assert intent_and_ids("rb105 en ce moment ?", at, programme) == ("now", ["i18n"])


def test_the_first_session_of_a_day_in_a_room() -> None:
    """COSCUP 2024 and 2021: "what's first in RB102 today, please?", "lo primero del sabado en la
    TR212?", "lo primero mañana en la main track?" ask for one session, not all that follow; "what's
    next in RB102" still lists them."""
    zone = ZoneInfo("Asia/Taipei")
    saturday = datetime(2024, 8, 3, 10, tzinfo=zone)
    sunday = saturday.replace(day=4)
    programme = small_programme(
        zone,
        [
            talk("sat-1", saturday, saturday.replace(hour=11), "CNCF projects", room="rb102"),
            talk("sat-2", saturday.replace(hour=11), saturday.replace(hour=12), "Tracing", room="rb102"),
            talk("sun-1", sunday, sunday.replace(hour=11), "Chrome extensions", room="rb102"),
            talk("sun-2", sunday.replace(hour=11), sunday.replace(hour=12), "Gemini", room="rb102"),
        ],
        rooms=[Room("rb102", "RB102 - Main Track")],
    )
    early = sunday.replace(hour=8, minute=20)
    assert intent_and_ids("what's first in RB102 today, please?", early, programme) == ("search", ["sun-1"])
    assert intent_and_ids("lo primero del sabado en la RB102?", early.replace(day=2), programme) == (
        "search",
        ["sat-1"],
    )
    assert intent_and_ids("lo primero mañana en la main track?", saturday.replace(hour=21), programme) == (
        "search",
        ["sun-1"],
    )
    assert intent_and_ids("what's next in RB102", early, programme) == ("next", ["sun-1", "sun-2"])


def test_a_speaker_whose_first_name_looks_like_a_room_is_the_speaker() -> None:
    """FOSDEM 2017: "when is jason donenfeld talking" asks for Jason Donenfeld, not the room
    Janson one letter away; "next in jansen" still finds the room."""
    zone = ZoneInfo("Europe/Brussels")
    start = datetime(2017, 2, 4, 11, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("wireguard", start, start.replace(hour=12), "WireGuard", room="k", speakers=["jason"]),
            talk("keynote", start, start.replace(hour=12), "Keynote", room="janson"),
        ],
        rooms=[Room("janson", "Janson"), Room("k", "K.1.105")],
        people=[Person("jason", "Jason Donenfeld")],
    )
    assert intent_and_ids("when is jason donenfeld talking", start.replace(hour=10), programme) == (
        "person",
        ["wireguard"],
    )
    assert intent_and_ids("next in jansen", start.replace(hour=10), programme) == ("next", ["keynote"])


@pytest.mark.parametrize(
    ("text", "clock"), [("what's on at quarter to one", time(12, 45)), ("q sigue", None)]
)
def test_quarter_to_one_is_a_quarter_to_one_and_q_sigue_asks_what_is_next(
    text: str, clock: time | None
) -> None:
    zone = ZoneInfo("Europe/Berlin")
    at = datetime(2023, 6, 23, 9, 30, tzinfo=zone)
    programme = small_programme(zone, [talk("keynote", at.replace(hour=10), at.replace(hour=11), "Keynote")])
    question = parse(text, at, programme)
    assert (question.intent, question.when.clock) == ("at_time" if clock else "next", clock)


def test_a_first_name_beside_a_surname_no_such_speaker_has_is_someone_else() -> None:
    """FOSDEM 2017 has Richards (Brown, Fontana, Hartmann…) and mentions Stallman, but no Richard
    Stallman speaks: "va a venir richard stallman?" names someone the programme lacks; "richard
    fontana" is the speaker."""
    programme = load_programme(HELD_OUT / "fosdem-2017.2017.xml", tz="Europe/Brussels").programme
    at = datetime(2017, 2, 4, 11, 10, tzinfo=ZoneInfo("Europe/Brussels"))
    assert intent_and_ids("va a venir richard stallman?", at, programme) == ("unknown", [])
    assert parse("richard fontana", at, programme).person_ids == ("richard-fontana",)


def test_the_keynote_is_a_session_not_the_conference() -> None:
    """Droidcon Greece 2019: "when is the keynote?" asks for the keynote, not the conference's days."""
    zone = ZoneInfo("Europe/Athens")
    start = datetime(2019, 9, 25, 19, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("keynote", start, start.replace(hour=20), "Closing keynote"),
            talk("other", start.replace(hour=10), start.replace(hour=11), "Compose"),
        ],
    )
    assert intent_and_ids("when is the keynote?", start.replace(hour=9), programme) == ("search", ["keynote"])


def test_a_room_named_for_a_part_of_the_day_is_found_by_it_and_asks_no_time() -> None:
    """PyCon HK 2025's 'Main Track (Morning) (LT-18)' and 'Main Track (Afternoon) (LT-13)': "the main
    track de la mañana" is the morning one, now; "de l'aprem" the afternoon one; "the first talk
    tomorrow morning" names no room; "what's on this morning" asks for the morning."""
    zone = ZoneInfo("Asia/Hong_Kong")
    day = datetime(2025, 10, 11, tzinfo=zone)
    rooms = [Room("am", "Main Track (Morning) (LT-18)"), Room("pm", "Main Track (Afternoon) (LT-13)")]
    sessions = [
        talk("a1", day.replace(hour=10, minute=25), day.replace(hour=10, minute=55), "Pip", room="am"),
        talk("a2", day.replace(hour=10, minute=55), day.replace(hour=11, minute=25), "Agents", room="am"),
        talk("p1", day.replace(hour=15, minute=50), day.replace(hour=16, minute=20), "Data", room="pm"),
        talk("p2", day.replace(hour=16, minute=30), day.replace(hour=17), "Async", room="pm"),
    ]
    programme = small_programme(zone, sessions, rooms=rooms)
    eleven = day.replace(hour=11)
    assert intent_and_ids("ahora mismo en el main track de la mañana", eleven, programme) == ("now", ["a2"])
    asked = "hey is something running in the morning main hall LT18 now??"
    assert intent_and_ids(asked, eleven, programme) == ("now", ["a2"])
    four = day.replace(hour=16)
    assert intent_and_ids("qu'est-ce qui suit dans le main track de l'aprem", four, programme) == (
        "next",
        ["p1", "p2"],
    )
    assert intent_and_ids("what's next in the afternoon track", four, programme) == ("next", ["p1", "p2"])
    evening_before = datetime(2025, 10, 10, 22, 10, tzinfo=zone)
    first = "what's the first talk tomorrow morning?"
    assert intent_and_ids(first, evening_before, programme) == ("next", ["a1"])
    early = day.replace(hour=8)
    assert intent_and_ids("what's on this morning", early, programme) == ("at_time", ["a1", "a2"])
    assert intent_and_ids("c quoi cet aprem", early, programme) == ("at_time", ["p1", "p2"])
    assert intent_and_ids("quoi cet après-midi", early, programme) == ("at_time", ["p1", "p2"])


def test_what_comes_next_someone_absent_and_topics_of_a_newsroom() -> None:
    """DebConf17 and IRE 2025: "what comes next?" asks what is next; "will Richard Stallman be
    there?" names no speaker; "la compta", "l'avortement" are accounting and abortion."""
    zone = ZoneInfo("America/Chicago")
    day = datetime(2025, 6, 20, tzinfo=zone)
    sessions = [
        talk("erp", day.replace(hour=10), day.replace(hour=11), "Business ERP for accounting"),
        talk("ethics", day.replace(hour=11), day.replace(hour=12), "Ethical reporting on abortion"),
    ]
    programme = small_programme(zone, sessions, people=[Person("ada", "Ada Lovelace")])
    early = day.replace(hour=9, minute=55)
    assert intent_and_ids("what comes next?", early, programme) == ("next", ["erp"])
    assert intent_and_ids("will Richard Stallman be there?", early, programme) == ("unknown", [])
    assert intent_and_ids("ya une conf sur la compta ?", early, programme) == ("search", ["erp"])
    assert intent_and_ids("y a des sessions sur l'avortement ?", early, programme) == ("search", ["ethics"])


BREAK = SessionKind.BREAK


def test_a_pause_asked_for_that_is_not_on_gives_what_is_on() -> None:
    """MIE 2026's "y a quoi maintenant ? c la pause ?" and OpenSouthCode 2026's "il se passe quoi à
    l'instant ? je sors juste de manger": no break or lunch runs, so what runs is the answer; a
    break that runs is the answer alone."""
    zone = ZoneInfo("Europe/Madrid")
    day = datetime(2026, 6, 26, tzinfo=zone)
    sessions = [
        talk("networking", day.replace(hour=14, minute=15), day.replace(hour=15, minute=30), "Networking"),
        talk("talk", day.replace(hour=16), day.replace(hour=17), "Kubernetes"),
        talk("coffee", day.replace(hour=16), day.replace(hour=16, minute=30), "Coffee", kind=BREAK),
    ]
    programme = small_programme(zone, sessions)
    after_lunch = day.replace(hour=14, minute=30)
    asked = "il se passe quoi à l'instant ? je sors juste de manger"
    assert intent_and_ids(asked, after_lunch, programme) == ("now", ["networking"])
    pause = "y a quoi maintenant ? c la pause ?"
    assert intent_and_ids(pause, after_lunch, programme) == ("now", ["networking"])
    at_four = day.replace(hour=16, minute=10)
    assert intent_and_ids(pause, at_four, programme) == ("now", ["coffee"])


def test_when_it_starts_tomorrow_is_the_first_sessions_of_tomorrow() -> None:
    """MIE 2026's "demain ça commence à quelle heure et avec quoi ?": the sessions of tomorrow's
    first start, not the whole day."""
    zone = ZoneInfo("Europe/Rome")
    day = datetime(2026, 5, 27, tzinfo=zone)
    sessions = [
        talk("panel", day.replace(hour=8, minute=30), day.replace(hour=9, minute=30), "Panel 13"),
        talk("a1", day.replace(hour=8, minute=30), day.replace(hour=9, minute=30), "Session A1"),
        talk("a2", day.replace(hour=10), day.replace(hour=11), "Session A2"),
    ]
    programme = small_programme(zone, sessions)
    evening = datetime(2026, 5, 26, 21, tzinfo=zone)
    for asked in (
        "demain ça commence à quelle heure et avec quoi ?",
        "what time does it start tomorrow?",
        "a que hora arranca mañana",
    ):
        assert intent_and_ids(asked, evening, programme) == ("next", ["a1", "panel"])


def test_a_practical_word_that_titles_an_event_asks_for_that_event() -> None:
    """36C3's 'Beer Tasting', CloudLand's 'Pizza & Beer': "dégustation de bière", "cata de cerveza",
    "when's the pizza and beer" ask for them; "where can i charge my phone?" beside a workshop
    named for a charge stays a practical question."""
    zone = ZoneInfo("Europe/Berlin")
    day = datetime(2019, 12, 28, tzinfo=zone)
    sessions = [
        talk("beer", day.replace(hour=20), day.replace(hour=22), "Beer Tasting"),
        talk("pizza", day.replace(hour=18), day.replace(hour=19), "Pizza & Beer"),
        talk("charge", day.replace(hour=11), day.replace(hour=12), "Charge your badge with solar power"),
    ]
    programme = small_programme(zone, sessions)
    at = day.replace(hour=9)
    assert intent_and_ids("dégustation de bière", at, programme) == ("search", ["pizza", "beer"])
    assert intent_and_ids("when's the pizza and beer", at, programme)[1][:1] == ["pizza"]
    assert intent_and_ids("where can i charge my phone?", at, programme) == ("unknown", [])


def test_a_letter_typed_again_and_again_at_a_word_s_end_is_one() -> None:
    """PyCon US 2025's "ayudaaa" asks for help; "holaaa que hay ahora" what is on; an acronym of
    one letter thrice ("DDD") and a name ending so ("Mixxx") stay themselves."""
    zone = ZoneInfo("America/New_York")
    day = datetime(2025, 5, 16, tzinfo=zone)
    sessions = [
        talk("ddd", day.replace(hour=10), day.replace(hour=11), "DDD in practice"),
        talk("mixxx", day.replace(hour=12), day.replace(hour=13), "DJing with Mixxx"),
    ]
    programme = small_programme(zone, sessions)
    at = day.replace(hour=10, minute=30)
    assert parse("ayudaaa", at, programme).intent == "help"
    assert intent_and_ids("holaaa que hay ahora", at, programme) == ("now", ["ddd"])
    assert intent_and_ids("charla de ddd?", at, programme) == ("search", ["ddd"])
    assert intent_and_ids("mixxx??", at, programme) == ("search", ["mixxx"])  # LAC 2018's DJ software


def test_a_dress_code_and_the_heat_are_practical_questions() -> None:
    """FOSS4G 2022's "is there a dress code for the gala dinner?", PyCon US 2025's "va a hacer
    calor en pittsburgh mañana?", jev22's snow, Go Conference's stickers to buy, the Linux Audio
    Conference's fine weather, EMF's dogs: the programme does not say, even with a dinner in it."""
    zone = ZoneInfo("Europe/Rome")
    day = datetime(2022, 8, 24, tzinfo=zone)
    sessions = [talk("gala", day.replace(hour=20), day.replace(hour=23), "Gala dinner")]
    programme = small_programme(zone, sessions)
    at = day.replace(hour=18)
    for asked in (
        "is there a dress code for the gala dinner?",
        "y a-t-il une tenue exigée pour le dîner ?",
        "va a hacer calor en pittsburgh mañana?",
        "va a nevar mañana?",
        "donde compro stickers del gopher",
        "il va faire beau demain a berlin ?",
        "se puede llevar perro al camping?",
    ):
        assert intent_and_ids(asked, at, programme) == ("unknown", [])
    assert intent_and_ids("when is the gala dinner?", at, programme) == ("search", ["gala"])


def test_a_room_numbered_with_a_slash_is_no_date() -> None:
    """FrOSCon 2013's 'HS1/2': "what's happening in hs 1/2 right now?" was the first of February."""
    zone = ZoneInfo("Europe/Berlin")
    day = datetime(2013, 8, 24, tzinfo=zone)
    rooms = [Room("hs12", "HS1/2"), Room("hs3", "HS3")]
    sessions = [
        talk("keynote", day.replace(hour=9), day.replace(hour=10), "Keynote", room="hs12"),
        talk("php", day.replace(hour=9), day.replace(hour=10), "PHP", room="hs3"),
    ]
    programme = small_programme(zone, sessions, rooms=rooms)
    at = day.replace(hour=9, minute=40)
    assert intent_and_ids("what's happening in hs 1/2 right now?", at, programme) == ("now", ["keynote"])
    assert intent_and_ids("prochain talk en hs 1/2 ?", at, programme) == ("next", ["keynote"])


def test_going_to_a_session_oneself_asks_for_no_one() -> None:
    """BreizhCamp 2026: "Is there anything on embeddings? … would love to attend" searches;
    "attend" there is the asker going, not someone asked for."""
    start = datetime(2026, 6, 24, 10, 20, tzinfo=ZoneInfo("Europe/Paris"))
    later = start.replace(hour=13, minute=30)
    programme = small_programme(
        ZoneInfo("Europe/Paris"),
        [talk("emb", later, later.replace(hour=15), "Gérer des embeddings à l'échelle du milliard")],
    )
    question = "Hi! Is there anything on embeddings? I work on vector search and would love to attend, thanks"
    assert parse(question, start, programme).rule == "topic-or-kind"


def test_fossgis_rooms_by_letter_and_number_in_words_and_sessions_asked_at_the_venue() -> None:
    """FOSSGIS 2015: 'S2' typed "en la s dos" (an article between "en" and the room), and "I just
    got to the venue — which sessions are running?" asks for sessions, not the venue."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2015, 3, 11, 17, 30, tzinfo=zone)
    end = start.replace(hour=18, minute=30)
    programme = small_programme(
        zone,
        [talk("s2", start, end, "Mapbender", room="s2"), talk("s10", start, end, "xPlanBox", room="s10")],
        rooms=[Room("s2", "S2"), Room("s10", "S10")],
    )
    at = start.replace(minute=40)
    assert parse("a las 5 de la tarde que hay en la s dos", at, programme).room_id == "s2"
    assert parse("que hay en la s diez", at, programme).room_id == "s10"
    asked = "Hi! I just got to the venue — could you tell me which sessions are running at the moment?"
    assert intent_and_ids(asked, at, programme) == ("now", ["s10", "s2"])


def test_taking_place_asks_what_is_on_now() -> None:
    """ISMIR 2024 (no people named): "qué está teniendo lugar ahora" is no one's name."""
    zone = ZoneInfo("America/Los_Angeles")
    start = datetime(2024, 11, 12, 12, tzinfo=zone)
    programme = small_programme(zone, [talk("lunch", start, start.replace(hour=13), "Lunch Break")])
    for text in ("que esta teniendo lugar ahora", "¿qué actividades están teniendo lugar en este momento?"):
        assert parse(text, start.replace(minute=30), programme).rule == "now", text


def test_sessions_that_take_place_now_is_a_question_about_now() -> None:
    """SQLSaturday El Salvador 2018: "quelles sessions ont lieu en ce moment ?" names no one."""
    zone = ZoneInfo("America/El_Salvador")
    start = datetime(2018, 10, 13, 10, tzinfo=zone)
    programme = small_programme(zone, [talk("a", start, start.replace(hour=11), "Graph Databases", room="a")],
                                rooms=[Room("a", "Apolo")])  # fmt: skip
    asked = "Bonjour, pourriez-vous me dire quelles sessions ont lieu en ce moment ?"
    assert parse(asked, start.replace(minute=30), programme).rule == "now"


def test_a_word_for_next_inside_the_room_s_name_asks_for_nothing_next() -> None:
    """PyData London 2022's 'Tower Suite 2': in "hay algo ahora en la suite dos", "suite" is the
    room's, not French "la suite" (what comes next); "c quoi la suite en tower suite 2" asks next."""
    zone = ZoneInfo("Europe/London")
    start = datetime(2022, 6, 19, 13, 30, tzinfo=zone)
    rooms = [Room("ts1", "Tower Suite 1"), Room("ts2", "Tower Suite 2")]
    programme = small_programme(
        zone,
        [
            talk("a", start, start.replace(hour=14), "Graphs", room="ts1"),
            talk("b", start.replace(hour=14, minute=15), start.replace(hour=15), "Time series", room="ts2"),
        ],
        rooms=rooms,
    )
    gap = start.replace(minute=45)
    assert intent_and_ids("hay algo ahora en la suite dos", gap, programme) == ("now", [])
    assert intent_and_ids("c quoi la suite en tower suite 2", gap, programme) == ("next", ["b"])


def test_a_pause_the_programme_does_not_list_is_what_it_does_not_say() -> None:
    """SQLSaturday Charlotte 2019 lists no lunch nor break: "where can i get lunch?" is what the
    programme does not say, not a search of "where can i get"; where a session is titled lunch
    ("Comida", of no kind), it is that session."""
    zone = ZoneInfo("America/New_York")
    start = datetime(2019, 12, 7, 9, tzinfo=zone)
    talks = [talk("git", start, start.replace(hour=10), "Git for DBAs", room="r1")]
    programme = small_programme(zone, talks, rooms=[Room("r1", "111 (60)")])
    for text in ("where can i get lunch", "a que hora es el almuerzo y que dan", "c quand la pause café ?"):
        answer = respond(text, start, programme).as_json(programme)
        said = (answer["intent"], answer["rule"], answer["sessions"])
        assert said == ("unknown", "unlisted-pause", []), text
    lunch = talk("comida", start.replace(hour=13), start.replace(hour=14), "Comida", kind=SessionKind.OTHER)
    with_lunch = small_programme(zone, [*talks, lunch], rooms=[Room("r1", "111 (60)")])
    assert intent_and_ids("where can i get lunch", start, with_lunch) == ("search", ["comida"])


def test_a_room_asked_by_its_number_after_a_word_for_number() -> None:
    """SQLSaturday Dublin 2017's 'Room3': "la salle numéro 3", "la sala número tres", "room number
    3"; "le premier créneau demain" is what comes first tomorrow."""
    zone = ZoneInfo("Europe/Dublin")
    start = datetime(2017, 6, 17, 10, 30, tzinfo=zone)
    rooms = [Room("r1", "Room1"), Room("r3", "Room3")]
    programme = small_programme(
        zone,
        [
            talk("a", start, start.replace(hour=11, minute=30), "Query tuning", room="r3"),
            talk("b", start, start.replace(hour=11, minute=30), "Backups", room="r1"),
        ],
        rooms=rooms,
    )
    at = start.replace(hour=9)
    asked = ("qu'y a-t-il à 11 heures dans la salle numéro 3 ?", "que hay a las 11 en la sala número tres")
    for text in asked:
        assert intent_and_ids(text, at, programme) == ("at_time", ["a"]), text
    assert intent_and_ids("what's on at 11 in room number 3", at, programme) == ("at_time", ["a"])
    evening = start.replace(day=16, hour=21)
    assert intent_and_ids("c'est quoi le premier creneau demain matin ?", evening, programme)[1] == ["b", "a"]


@pytest.mark.parametrize(
    ("text", "hour", "first"),
    [
        # iOS Conf SG 2023: the afterparty after the closing address.
        ("anything after the closing?", 16, "party"),
        # NixCon 2018: in French, that evening.
        ("y a quoi apres la cloture ce soir ?", 16, "party"),
        ("y despues de la clausura?", 16, "party"),
        ("what's on after the opening?", 8, "talk"),
        # "after" followed by no session's title is what comes next, as before.
        ("what's after this?", 16, "closing"),
    ],
)
def test_what_comes_after_a_session_named_by_its_title(text: str, hour: int, first: str) -> None:
    zone = ZoneInfo("Asia/Singapore")
    day = datetime(2023, 1, 13, tzinfo=zone)
    sessions = [
        talk("opening", day.replace(hour=9), day.replace(hour=9, minute=30), "Opening Address"),
        talk("talk", day.replace(hour=9, minute=30), day.replace(hour=10, minute=15), "SwiftUI in depth"),
        talk("closing", day.replace(hour=18), day.replace(hour=18, minute=15), "Closing address"),
        talk("party", day.replace(hour=19), day.replace(hour=22), "Afterparty"),
    ]
    programme = small_programme(zone, sessions)
    intent, found = intent_and_ids(text, day.replace(hour=hour), programme)
    assert (intent, found[0]) == ("next", first)


@pytest.mark.parametrize(
    "text",
    [
        "là dans callelongue ?",  # JRES 2022
        "dans callelongue, là, ça donne quoi ?",  # BSides CDMX 2024's villages
        "la c quoi ds callelongue",  # AWS re:Invent 2024's Murano 3304, typed without its accent
        "ça parle de quoi là dans callelongue",  # SQLSaturday #1012
    ],
)
def test_la_for_now_before_what_no_article_precedes(text: str) -> None:
    """French "là" is now, wherever it stands, when what follows could not follow the article "la"
    (accents are folded, so "là" and "la" are one word to the parser)."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2022, 5, 18, 8, 40, tzinfo=zone)
    sessions = [
        talk(
            "now",
            start,
            start.replace(hour=10, minute=20),
            "Le Deep Learning en 100 minutes",
            room="callelongue",
        ),
        talk("later", start.replace(hour=11), start.replace(hour=12), "Supervision", room="callelongue"),
    ]
    programme = small_programme(zone, sessions, rooms=[Room("callelongue", "Amphithéâtre Callelongue")])
    assert intent_and_ids(text, start.replace(hour=9), programme) == ("now", ["now"])


def test_what_is_on_the_lunch_menu_is_no_question_about_sessions() -> None:
    """ "what's on the lunch menu today" (four sets' writers): the "on" of "what's on" is no "talks
    on", so a lunch in the programme does not make the menu a topic."""
    zone = ZoneInfo("Europe/Riga")
    start = datetime(2019, 6, 21, 12, 15, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("lunch", start, start.replace(hour=13, minute=15), "Stand-up Lunch", kind=SessionKind.LUNCH),
            talk("talk", start.replace(hour=13, minute=15), start.replace(hour=14), "Lunch and learn"),
        ],
    )
    at = start.replace(hour=11, minute=30)
    assert parse("what's on the lunch menu today", at, programme).rule == "out-of-scope"
    assert parse("what's on the lunch menu", at, programme).rule == "out-of-scope"
    # And as the writers of seven other sets asked it.
    for text in ("le déj c'est quoi au menu ?", "y a quoi au menu ce midi", "que hay de menu en el almuerzo",
                 "is lunch included? whats on the menu"):  # fmt: skip
        assert parse(text, at, programme).rule == "out-of-scope", text


def test_what_no_programme_says_near_a_room_is_not_the_room_s_way() -> None:
    """ESSC 2026, Octocon 2022: "where can I park my car near D House?" is parking, which the
    programme does not say, not the way to the room; the way to it is still asked so."""
    zone = ZoneInfo("Europe/Stockholm")
    start = datetime(2026, 6, 11, 9, tzinfo=zone)
    programme = small_programme(
        zone,
        [talk("coffee", start, start.replace(hour=10), "Registration and Coffee", room="f3")],
        rooms=[Room("f3", "D House, Floor 3")],
    )
    at = start.replace(hour=8)
    assert parse("where can I park my car near D House?", at, programme).rule == "out-of-scope"
    assert parse("où je peux garer ma voiture près de d house", at, programme).rule == "out-of-scope"
    assert parse("how do I get to D House, Floor 3?", at, programme).rule == "room-info"


def test_a_practical_word_among_those_naming_a_talk_is_its_subject() -> None:
    """CCCamp 2023: "when's the TETRA police radio crypto talk" asks for that talk ("police" is
    what no programme says only when asked alone: "is there police on site?")."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2023, 8, 17, 15, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk(
                "tetra",
                start,
                start.replace(hour=16),
                "All cops are broadcasting: the secret TETRA primitives",
                description="A radio standard used by police and military.",
            ),
            talk("demo", start, start.replace(hour=16), "Demoparty"),
        ],
    )
    at = start.replace(hour=10)
    question = parse("when's the TETRA police radio crypto talk", at, programme)
    assert question.rule == "topic-or-kind"
    assert parse("is there police on site?", at, programme).rule == "out-of-scope"


def test_an_english_a_names_no_place() -> None:
    """MiXiT 2019: in "passwords after a data leak" the English article is not French or Spanish
    "à", "a": no unknown place "data" is named (which answered "no such room"); "prochain truc à
    narnia" still names one."""
    zone = ZoneInfo("Europe/Paris")
    at = datetime(2019, 5, 24, 13, tzinfo=zone)
    programme = small_programme(zone, [talk("t", at.replace(hour=16), at.replace(hour=17), "Mots de passe")])
    index = index_for(programme)
    english = read_features("is there a talk about passwords after a data leak", at, programme, None, index)
    assert english.language == "en" and not english.names_a_place
    assert read_features("prochain truc à narnia ?", at, programme, None, index).names_a_place


def test_words_about_oneself_after_the_question_change_nothing() -> None:
    """36C3: "snowden il parle quand ?? c en visio je crois", "qu'est ce qui commence apres,
    nimporte ou ? jai pas sommeil": the question, then words that name nothing here; "à 3h du mat
    cette nuit" is a time, not a speaker Mat."""
    zone = ZoneInfo("Europe/Berlin")
    day = datetime(2019, 12, 28, 12, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk(
                "es",
                day.replace(hour=17),
                day.replace(hour=18),
                "Human Rights at a Crossroads",
                speakers=["es"],
            ),
            talk(
                "night",
                day.replace(day=29, hour=2),
                day.replace(day=29, hour=4),
                "Night music",
                speakers=["mat"],
            ),
            talk("ogen", day.replace(hour=19), day.replace(hour=20), "Deep Space Night"),
        ],
        people=[Person("es", "Edward Snowden"), Person("mat", "Mat Ogen")],
    )
    assert intent_and_ids("snowden il parle quand ?? c en visio je crois", day, programme) == (
        "person",
        ["es"],
    )
    assert intent_and_ids("qu'est ce qui commence apres, nimporte ou ? jai pas sommeil", day, programme) == (
        "next",
        ["es"],
    )
    assert intent_and_ids("il y a quoi à 3h du mat cette nuit ?", day.replace(hour=23), programme) == (
        "at_time",
        ["night"],
    )


def test_a_word_after_les_confs_sur_is_what_they_are_about_not_a_room() -> None:
    """MCH2022: "les conf sur le piratage des dispositifs medicaux c quand" asks for sessions on
    hacking medical devices, not for those of its 'Hardware Hacking Area' ("piratage" is hacking)."""
    zone = ZoneInfo("Europe/Amsterdam")
    day = datetime(2022, 7, 23, 9, tzinfo=zone)
    rooms = [Room("hha", "Hardware Hacking Area 🤖"), Room("dna", "DNA 🧬")]
    programme = small_programme(
        zone,
        [
            talk("med", day.replace(hour=10), day.replace(hour=11), "Hacking medical devices", room="dna"),
            talk("solder", day.replace(hour=12), day.replace(hour=13), "Soldering for beginners", room="hha"),
        ],
        rooms=rooms,
    )
    assert intent_and_ids("les conf sur le piratage des dispositifs medicaux c quand", day, programme) == (
        "search",
        ["med"],
    )


def test_the_weather_in_a_city_is_no_session_about_weather() -> None:
    """38C3 has a "Disinfo weather report": "weather in hamburg today?" asks the forecast, which no
    programme says; "talks about weather" still finds the session."""
    zone = ZoneInfo("Europe/Berlin")
    day = datetime(2024, 12, 28, 10, tzinfo=zone)
    programme = small_programme(
        zone, [talk("w", day.replace(hour=17), day.replace(hour=18), "Disinfo weather report")]
    )
    assert intent_and_ids("weather in hamburg today?", day, programme) == ("unknown", [])
    assert intent_and_ids("como va a estar el clima mañana en hamburgo", day, programme) == ("unknown", [])
    assert intent_and_ids("talks about weather?", day, programme) == ("search", ["w"])


def test_a_practical_word_in_a_title_s_phrase_asks_for_the_sessions() -> None:
    """31C3: "password cracking" asks for 'UNHash - Methods for better password cracking', not
    the wifi's password; "wifi password?" still asks what no programme says."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2014, 12, 29, 22, 45, tzinfo=zone)
    sessions = [
        talk(
            "unhash",
            start,
            start.replace(hour=23, minute=45),
            "UNHash - Methods for better password cracking",
        )
    ]
    programme = small_programme(zone, sessions)
    assert intent_and_ids("password cracking", start.replace(hour=10), programme) == ("search", ["unhash"])
    assert intent_and_ids("wifi password?", start.replace(hour=10), programme)[0] == "unknown"


def test_after_inside_what_sessions_are_about_is_no_session_after() -> None:
    """State of the Map 2025: "charlas sobre evaluación de daños después de desastres" asks for the
    sessions on damage assessment after disasters, not what follows a session on disasters."""
    zone = ZoneInfo("Asia/Manila")
    start = datetime(2025, 10, 5, 10, tzinfo=zone)
    sessions = [
        talk(
            "damage",
            start,
            start.replace(hour=10, minute=30),
            "Crowdsourced Damage Assessment in Disaster Response",
        ),
        talk("next", start.replace(hour=10, minute=30), start.replace(hour=11), "Vector tiles"),
    ]
    programme = small_programme(zone, sessions)
    at = start.replace(hour=9)
    question = parse("charlas sobre evaluacion de daños despues de desastres", at, programme)
    assert (question.rule, question.intent.value) == ("topic-or-kind", "search")
    assert intent_and_ids("charlas sobre evaluacion de daños despues de desastres", at, programme)[1] == [
        "damage"
    ]


def test_slides_asked_of_a_programme_that_lists_none_are_not_known() -> None:
    """BESETO 2022, LSWT 2019, Mechelen's set_i: "will the slides be shared after the
    conference?" of sessions that list no documents is something the programme does not say (a
    word no session has, "shared", is no subject); "slides of the rust talk?" still looks for it."""
    zone = ZoneInfo("Europe/Brussels")
    at = datetime(2026, 2, 1, 10, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("rust", at, at.replace(hour=11), "Rust in production"),
            talk("go", at, at.replace(hour=11), "Go"),
        ],
    )
    question = parse("will the slides be shared after the conference?", at, programme)
    assert (question.intent.value, question.rule) == ("unknown", "documents")
    assert parse("slides of the rust talk?", at, programme).intent.value == "search"


def test_getting_to_the_venue_at_a_time_asks_what_is_on_then() -> None:
    """Mechelen's set_i: "I should get to the venue around 11:30 on Thursday. What will be going
    on at that time, please?" asks for the sessions at 11:30, not for the venue."""
    programme = load_programme(default_programme_path()).programme
    at = datetime.fromisoformat("2017-11-15T20:00:00+01:00")
    asked = (
        "Hi there, I'm coming in from Brussels and should get to the venue around 11:30 on Thursday."
        " What will be going on at that time, please?"
    )
    question = parse(asked, at, programme)
    assert (question.intent.value, question.when.clock) == ("at_time", time(11, 30))


def test_sessions_asked_about_what_an_faq_entry_explains_are_searched() -> None:
    """Mechelen's set_i: "anything about the new urban agenda?" asks for the sessions about it;
    "what is the New Urban Agenda?" for the FAQ entry that explains it."""
    programme = load_programme(default_programme_path()).programme
    at = datetime.fromisoformat("2017-11-17T08:55:00+01:00")
    assert parse("anything about the new urban agenda?", at, programme).intent.value == "search"
    assert parse("what is the New Urban Agenda?", at, programme).intent.value == "info"
