"""Names that are not the person asked for, and topics that are not out of scope: on a small
programme of our own with a group as a speaker ("Open Climate Fix"), a name with a particle and
a surname near another name, and sessions about the weather and hospitals."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.answers.reply import respond
from bot.programme.kinds import SessionKind
from bot.programme.model import Person, Programme, Session
from bot.understand.parse import parse
from tests.small_programme import small_programme, talk

START = datetime(2026, 2, 7, 10, tzinfo=ZoneInfo("Europe/Brussels"))


def _session(
    number: int, title: str, description: str, *people: str, kind: SessionKind = SessionKind.TALK
) -> Session:
    start = START + timedelta(hours=number)
    end = start + timedelta(minutes=50)
    return talk(f"s{number}", start, end, title, description=description, speakers=people, kind=kind)


@pytest.fixture(scope="module")
def programme() -> Programme:
    people = [
        Person("ocf", "Open Climate Fix"),
        Person("salman", "Salman Niazi"),
        Person("richard", "Richard Hartmann"),
        Person("jos", "Jos van den Oever"),
        Person("pim", "Pim van Pelt"),
        Person("tor", "Tor Lindqvist"),
        Person("emma", "Asuka & Emmanouela"),
        Person("chinoy", "Saad Chinoy"),
    ]
    sessions = [
        _session(0, "Solar forecasts", "Open data against climate change.", "ocf"),
        _session(1, "Climate-aware scheduling", "Scheduling jobs when the grid is green.", "richard"),
        _session(2, "Carbon accounting", "Measuring what climate change costs a data centre.", "salman"),
        _session(3, "Weather models in Python", "Forecasting the weather with open source.", "jos"),
        _session(
            4,
            "Open source in the hospital",
            "Software for hospitals and clinics.",
            "pim",
            kind=SessionKind.WORKSHOP,
        ),
        _session(5, "Onion services", "Running Tor relays at home.", "pim"),
        _session(6, "Censorship", "How Tor bridges get around blocking.", "jos"),
        _session(7, "Mobile networks", "What a SIM card tells the network, after Lindstrom.", "tor"),
        _session(8, "Social credit", "How scores of citizens are kept.", "chinoy"),
    ]
    return small_programme(ZoneInfo("Europe/Brussels"), sessions, people=people)


def _answer(programme: Programme, text: str) -> dict[str, Any]:
    return respond(text, START, programme).as_json(programme)


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("anything about climate change", ["s0", "s2"]),  # a topic, not the group "Open Climate Fix"
        ("des trucs sur la météo ?", ["s3"]),  # what sessions are about, not the forecast
        ("talks about the weather", ["s3"]),
        ("des confs sur l'hôpital", ["s4"]),
        ("algo sobre hospitales", ["s4"]),
        ("qqch de météo ?", ["s3"]),  # after "something of", "workshops of": what they are about
        ("weather talks?", ["s3"]),  # just before a word for sessions
        ("des ateliers de météo", ["s3"]),
        ("anything about tor", ["s5", "s6"]),  # after "about", what sessions are about, not Tor Lindqvist
        ("des ateliers sur l'agriculture", []),  # a topic none has: not every workshop instead
        ("charla sobre el credito social chino", ["s8"]),  # "chino" is no slip for "Chinoy" here
    ],
)
def test_a_topic_is_searched(programme: Programme, text: str, sessions: list[str]) -> None:
    answer = _answer(programme, text)
    assert (answer["intent"], sorted(s["id"] for s in answer["sessions"])) == ("search", sessions)


@pytest.mark.parametrize(
    "text",
    [
        "where does richard stallman speak",  # "stallman" is near Salman, but "richard" is someone else
        "dónde habla guido van rossum",  # "van" alone names no one
        "the weather tomorrow?",  # no word saying what sessions are about: out of scope
        "où manger près de l'hôpital ?",  # a meal is no word for sessions: "de" says where
        "where can i buy a sim card",  # a practical question, though a session says "SIM card"
        "viene chema alonso?",  # two words side by side that are nowhere in the programme: a name
        "est ce que bob lindqvist parle ?",  # a Lindqvist speaks, but Tor, not Bob
        "on mange quoi ce midi ?",  # the menu, not the sessions at noon
        "on mange où le midi, y a des food trucks ?",
        "c quoi le lien zoom ?",  # links of an online conference are no session
        "whats the discord invite link",
        "cuanto cuesta la entrada?",
        "donde se puede comer por aqui",  # places to eat, not the programme's lunch
        "hay cafe gratis?",
        "hay opciones veganas en el almuerzo?",
        "does jos kowalski speak?",  # a Jos speaks, but Jos van den Oever
    ],
)
def test_a_name_or_thing_the_programme_does_not_have_is_unknown(programme: Programme, text: str) -> None:
    answer = _answer(programme, text)
    assert (answer["intent"], answer["sessions"]) == ("unknown", [])


def test_a_name_near_another_beside_a_name_nobody_has_is_someone_else(programme: Programme) -> None:
    """ "Emmanuel Lindstrom" is not "Asuka & Emmanouela", though "Lindstrom" is a word of the
    programme (as "Macron" may be): the answer names nobody."""
    assert _answer(programme, "Where does Emmanuel Lindstrom speak?")["people"] == []


def test_the_last_session_of_a_kind_none_has_is_the_last_session(programme: Programme) -> None:
    """ "la dernière visite" of a programme without visits: its last session, not nothing."""
    assert [s["id"] for s in _answer(programme, "c'est quoi la dernière visite ?")["sessions"]] == ["s8"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("where does Open Climate Fix speak?", ["Open Climate Fix"]),  # a person is asked for
        ("van den oever", ["Jos van den Oever"]),
        ("richard hartman", ["Richard Hartmann"]),  # a typo in a name that is there
        ("where does tor speak", ["Tor Lindqvist"]),
        ("Where does Emmanouela speak?", ["Asuka & Emmanouela"]),
        ("where does emmanuela speak", ["Asuka & Emmanouela"]),  # a slip, nothing beside it
    ],
)
def test_a_person_is_still_found(programme: Programme, text: str, people: list[str]) -> None:
    assert _answer(programme, text)["people"] == people


def test_politeness_and_the_weather_to_come_are_no_topic(programme: Programme) -> None:
    """ "I'm interested in…", "me interesa…" say nothing of the topic; "¿qué tiempo hará el
    viernes?" asks about the weather, not a person named Tiempo."""
    assert parse("Hello, I'm interested in censorship", START, programme).topic == ("censorship",)
    assert parse("me interesa la censura", START, programme).topic == ("censura",)
    assert parse("que tiempo hara el viernes?", START, programme).rule == "out-of-scope"


def test_talks_on_a_topic_that_is_also_a_first_name_in_french_and_spanish() -> None:
    """SPLASH 2021: "des talks sur ruby ?" asks about Ruby the language, though Ruby Tahboub
    speaks there; "talks" is an English noun in a French or Spanish question."""
    start = datetime(2021, 10, 19, 9, tzinfo=ZoneInfo("America/Chicago"))
    end = start.replace(hour=10)
    sessions = [
        talk("yjit", start, end, "YJIT: a JIT compiler for CRuby and Ruby"),
        talk("sim", start, end, "SimTyper: inferring Ruby types"),
        talk("ruby-talk", start, end, "Compiling queries", speakers=["tahboub"]),
    ]
    programme = small_programme(
        ZoneInfo("America/Chicago"), sessions, people=[Person("tahboub", "Ruby Tahboub")]
    )
    for question in ("des talks sur ruby ?", "talks sobre ruby?", "ruby?"):
        asked = parse(question, start, programme)
        assert (asked.intent, asked.topic) == ("search", ("ruby",)), question
    # Her full name, or asking for a person, is her.
    for question in ("ruby tahboub?", "when does ruby speak?"):
        assert parse(question, start, programme).intent == "person", question
