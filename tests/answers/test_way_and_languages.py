"""The way to a room and the language texts are shown in, on three programmes: Mechelen (ours),
a frab schedule.xml and a pretalx widget export (both with rooms that say nothing of the way)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.answers.answer import answer
from bot.answers.cards import session_card
from bot.answers.lines import session_list
from bot.answers.reply import reply_to, respond
from bot.answers.way import room_way, shows_the_way, way_for
from bot.commands.chat import to_plain
from bot.config import default_programme_path
from bot.i18n import speaker
from bot.programme.loading import load_programme
from bot.programme.model import Programme
from bot.understand.question import Intent, Question

ROOT = Path(__file__).resolve().parents[2]
# Copies of the shared pretalx exports, kept in the repository.
FIXTURES = ROOT / "tests" / "programme" / "importers" / "fixtures" / "pretalx"
MECHELEN = load_programme(default_programme_path()).programme
DEMOCON = load_programme(FIXTURES / "democon-FrabXmlExporter.xml").programme  # English only
JORNADA = load_programme(FIXTURES / "jornada-widget-schedule.json").programme  # Spanish only
THURSDAY = datetime.fromisoformat("2017-11-16T12:10:00+01:00")


def room_question(programme: Programme, room_id: str, language: str) -> str:
    question = Question(Intent.ROOM_INFO, language, programme.first_start or THURSDAY, room_id=room_id)
    return reply_to(question, programme).html


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("how do I get to Herten Aas", "The programme does not say how to get to Herten Aas."),
        ("comment aller à Scala ?", "Le programme ne dit pas comment se rendre à Scala."),
        ("¿cómo llego a Dijlezaal?", "El programa no dice cómo llegar a Dijlezaal."),
    ],
)
def test_mechelen_says_plainly_that_it_does_not_know_the_way(text: str, unknown: str) -> None:
    lines = respond(text, THURSDAY, MECHELEN).html.split("\n")
    assert lines[1] == unknown
    assert lines[2].startswith(("Languages:", "Langues", "Idiomas"))


def test_mechelen_gives_the_way_it_knows() -> None:
    lines = respond("how do I get to the off-site visits?", THURSDAY, MECHELEN).html.split("\n")
    assert lines[:2] == ["<b>Hors site</b>", "How to get there: 10 minutes&#x27; walk"]
    assert "does not say how to get" not in "\n".join(lines)


def test_a_question_on_interpretation_does_not_say_the_way_is_unknown() -> None:
    html = respond("is there English in Herten Aas?", THURSDAY, MECHELEN).html
    assert html.split("\n")[1] == "Yes: Herten Aas has interpretation in English."
    assert "how to get" not in html


@pytest.mark.parametrize("programme", [MECHELEN, DEMOCON, JORNADA], ids=["mechelen", "frab", "pretalx"])
def test_no_room_of_these_programmes_has_a_map_or_a_place_to_send(programme: Programme) -> None:
    s = speaker("en", programme.timezone)
    for room in programme.rooms.values():
        assert not shows_the_way(room)
        question = Question(Intent.ROOM_INFO, "en", programme.first_start or THURSDAY, room_id=room.id)
        assert way_for(answer(question, programme), programme, s) is None
        assert room_way(room, programme, s).map_path is None


@pytest.mark.parametrize("programme", [DEMOCON, JORNADA], ids=["frab", "pretalx"])
def test_an_imported_room_says_its_way_is_unknown(programme: Programme) -> None:
    room = next(iter(programme.rooms.values()))
    html = room_question(programme, room.id, "fr")
    assert html.split("\n")[1] == f"Le programme ne dit pas comment se rendre à {room.name}."


def test_a_card_marks_a_description_in_another_language() -> None:
    session = MECHELEN.session("d1-workshop-right-to-the-city")
    assert session is not None
    english = session_card(MECHELEN, session, speaker("en", MECHELEN.timezone), details=True)
    assert "\n\n<i>(in French)</i>\nLes ateliers parallèles" in english
    assert english.startswith("<b>Human mobility and the right to the city</b>\n")  # a title in English
    french = session_card(MECHELEN, session, speaker("fr", MECHELEN.timezone), details=True)
    assert "(en français)" not in french and "\n\nLes ateliers parallèles" in french


def test_a_card_marks_a_title_in_another_language() -> None:
    session = JORNADA.sessions[0]
    card = session_card(JORNADA, session, speaker("en", JORNADA.timezone))
    title = session.title.get("es")
    assert card.startswith(f"<b>{title}</b> <i>(in Spanish)</i>\n")
    spanish = session_card(JORNADA, session, speaker("es", JORNADA.timezone))
    assert spanish.startswith(f"<b>{title}</b>\n")


def test_a_list_of_titles_all_in_one_other_language_says_it_once() -> None:
    sessions = DEMOCON.sessions[:3]
    listed = session_list(DEMOCON, sessions, speaker("fr", DEMOCON.timezone), with_days=False)
    lines = listed.split("\n")
    assert len(lines) == 4 and lines[-1] == "<i>(titres en anglais)</i>"
    assert not any("(en anglais)" in line for line in lines)
    english = session_list(DEMOCON, sessions, speaker("en", DEMOCON.timezone), with_days=False)
    assert len(english.split("\n")) == 3


def test_a_single_title_in_another_language_is_marked_on_its_line() -> None:
    listed = session_list(JORNADA, JORNADA.sessions[:1], speaker("fr", JORNADA.timezone), with_days=False)
    assert listed.endswith(" <i>(en espagnol)</i>")


def test_mechelen_titles_are_in_every_language_and_never_marked() -> None:
    for language in ("fr", "en", "es"):
        listed = session_list(MECHELEN, MECHELEN.sessions, speaker(language, MECHELEN.timezone))
        assert "<i>(" not in listed


def test_on_now_in_a_room_lists_what_is_on_first() -> None:
    reply = respond("what's next in Alcazar", datetime.fromisoformat("2017-11-16T13:00:00+01:00"), MECHELEN)
    assert [s.id for s in reply.answer.running] == ["d1-workshop-right-to-the-city"]
    assert reply.html.startswith("On now in Alcazar:")


def test_the_terminal_shows_a_links_address() -> None:
    assert to_plain('🗺 <a href="https://osm.org/?a=1&amp;b=2">Map</a>') == "🗺 Map (https://osm.org/?a=1&b=2)"


def test_affiliations_in_another_language_are_said_to_be() -> None:
    opening = MECHELEN.session("d1-opening")
    assert opening is not None
    english = session_card(MECHELEN, opening, speaker("en", MECHELEN.timezone)).split("\n")
    assert english[3].startswith("• Bart Somers, <i>Bourgmestre de Malines</i>")
    assert english[-1] == "<i>(affiliations in French)</i>"
    french = session_card(MECHELEN, opening, speaker("fr", MECHELEN.timezone))
    assert "(affiliations en" not in french
    person = respond("where does Bart Somers speak?", THURSDAY, MECHELEN).html.split("\n")[0]
    assert person == "<b>Bart Somers</b>, Bourgmestre de Malines <i>(in French)</i>"
