"""Words that say what a session is (a keynote, a panel, a workshop) rather than what it is about:
asked alone they find the sessions of that kind, in any of the three languages; beside a name
they ask for that person's session, or, for someone the programme lacks, say so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.answers.reply import respond
from bot.programme.kinds import SessionKind
from bot.programme.model import Person, Programme, Room
from tests.small_programme import small_programme, talk

ZONE = ZoneInfo("America/Mexico_City")
START = datetime(2025, 6, 14, 10, tzinfo=ZONE)
ASKED = datetime(2025, 6, 14, 9, tzinfo=ZONE)


def _programme() -> Programme:
    def at(hour: int) -> tuple[datetime, datetime]:
        return START.replace(hour=hour), START.replace(hour=hour + 1)

    return small_programme(
        ZONE,
        [
            talk("key", *at(10), "Keynote: the cloud in 2030", room="main", speakers=["jeff"]),
            talk("panel", *at(11), "Panel: inclusive teams", room="main", speakers=["ana"]),
            talk("birds", *at(12), "Serverless in practice", room="main", speakers=["ana"]),
            talk(
                "flask", *at(10), "Learn Flask", room="w2", speakers=["shahriyar"], kind=SessionKind.WORKSHOP
            ),
            talk("viz", *at(12), "Beyond the basics: data visualisation", room="w1", speakers=["ana"]),
        ],
        rooms=[Room("main", "Auditorium"), Room("w1", "Workshop I"), Room("w2", "Workshop II")],
        people=[
            Person("jeff", "Jeff Barr"),
            Person("ana", "Ana Lopez"),
            Person("shahriyar", "Shahriyar Rzayev"),
        ],
    )


def _answer(text: str, programme: Programme) -> tuple[str, list[str]]:
    found = respond(text, ASKED, programme).as_json(programme)
    return found["rule"], [session["id"] for session in found["sessions"]]


def test_a_keynote_asked_in_spanish_or_french_finds_the_keynotes() -> None:
    programme = _programme()
    for text in (
        "a q hora es la conferencia magistral",
        "cuando son las conferencias magistrales",
        "c'est quand la conférence principale ?",
        "keynote?",
    ):
        assert _answer(text, programme)[1] == ["key"], text


def test_a_panel_asked_alone_is_a_search_not_a_question_about_someone() -> None:
    programme = _programme()
    assert _answer("is there a panel", programme) == ("topic-or-kind", ["panel"])
    assert _answer("y a un panel ?", programme) == ("topic-or-kind", ["panel"])
    # Beside a name, the word for a session asks for that person's.
    assert _answer("Ana Lopez - which panel?", programme)[0] == "person-named"


def test_someone_the_programme_lacks_giving_a_keynote_is_absent() -> None:
    """ "keynote" is what the session is called, not its subject; "vogels" is a word of the topic
    lexicon (Dutch birds) that no session here has."""
    programme = _programme()
    assert _answer("est-ce que Werner Vogels fait une keynote ?", programme) == ("absent-person", [])
    assert _answer("est-ce que linus torvalds fait une keynote ?", programme) == ("absent-person", [])


def test_a_word_for_sessions_that_names_two_rooms_is_someones_session_beside_their_name() -> None:
    """ "workshop" is the word of 'Workshop I' and 'Workshop II'; beside a surname it asks for that
    person's workshop. Alone it still names the room."""
    programme = _programme()
    assert _answer("rzayev workshop when", programme) == ("person-named", ["flask"])
    assert _answer("taller de rzayev", programme) == ("person-named", ["flask"])
    assert _answer("what's next in workshop ii", programme)[0] == "next-in-room"


def test_a_talk_said_the_mexican_way_is_a_word_for_sessions() -> None:
    """ "Plática" is a talk in Mexico: beside a misspelt name it asks for that person's talk, not
    for a topic; with a subject, for the talks about it."""
    programme = _programme()
    assert _answer("donde da su platica shahriyar rzayv", programme) == ("person-named", ["flask"])
    assert _answer("hay platicas de serverless?", programme) == ("topic-or-kind", ["birds"])
