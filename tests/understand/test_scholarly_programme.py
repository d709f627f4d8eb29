"""How attendees of a scholarly conference ask (MPSA 2026's first run): countries and their
demonyms across languages, "research" and "panels" beside what they are about, "les papiers"
for papers, a French name for a thinker a title spells in English, a single word nearer a
country than a speaker's name, and words of registering inside a programme's own phrase."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.answers.reply import respond
from bot.programme.model import Person, Programme, Session
from tests.small_programme import small_programme, talk

START = datetime(2026, 4, 23, 8, tzinfo=ZoneInfo("America/Chicago"))


def _session(number: int, title: str, description: str = "", *people: str) -> Session:
    start = START + timedelta(hours=number)
    return talk(
        f"s{number}", start, start + timedelta(minutes=50), title, description=description, speakers=people
    )


@pytest.fixture(scope="module")
def programme() -> Programme:
    people = [Person("ksenia", "Ksenia Northmore-Ball"), Person("hooghe", "Marc Hooghe")]
    sessions = [
        _session(0, "Latin American Politics", "Anti-Peruvian attitudes after the Venezuelan exodus."),
        _session(1, "Elections in Peru", "Turnout and trust."),
        _session(2, "African Public Opinion", "Kenyan voters and ethnic parties."),
        _session(3, "Political Attitudes in Autocracies", "Surveys in Russia.", "ksenia"),
        _session(4, "Affirmative Action in Appointments", "Quotas and courts."),
        _session(5, "New Research on Descriptive Representation", "Affirmative action and research design."),
        _session(6, "Book Panel: The People's Prince", "A roundtable on a new book.", "hooghe"),
        _session(7, "Online Political Communication", "TikTok and the young voter."),
        _session(8, "Machiavelli & Hobbes", "Early modern political thought."),
        _session(9, "Health Policy", "Vaccine mandates and public trust."),
        _session(10, "Electoral Redistricting, Voter Registration, and Turnout in the States"),
        _session(11, "Registration"),
        _session(12, "China's Rise", "Chinese foreign policy."),
    ]
    return small_programme(ZoneInfo("America/Chicago"), sessions, people=people)


def _answer(programme: Programme, text: str) -> dict[str, Any]:
    return respond(text, START, programme).as_json(programme)


def _ids(answer: dict[str, Any]) -> list[str]:
    return sorted(s["id"] for s in answer["sessions"])


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("y peru", ["s0", "s1"]),  # the country and its demonym
        ("des sessions sur le Pérou ?", ["s0", "s1"]),
        ("hay algo de kenia", ["s2"]),  # Kenya in Spanish, not a slip for "Ksenia"
        ("la chine", ["s12"]),  # not Chile, not Chinese alone
        ("I'm interested in affirmative action research - which sessions?", ["s4", "s5"]),
        ("tiktok panels?", ["s7"]),  # "panels" says what is asked for, beside what it is about
        ("les présentations qui portent sur la Russie", ["s3"]),
        ("machiavel ça passe quand", ["s8"]),  # the thinker's French name, no absent speaker
    ],
)
def test_a_topic_is_searched(programme: Programme, text: str, sessions: list[str]) -> None:
    answer = _answer(programme, text)
    assert (answer["intent"], _ids(answer)) == ("search", sessions)


def test_any_panels_alone_looks_for_them(programme: Programme) -> None:
    assert _ids(_answer(programme, "any panels?")) == ["s6"]


def test_papers_in_french_ask_for_the_sessions_of_a_topic(programme: Programme) -> None:
    answer = _answer(programme, "les vaccins, il y a des papiers là dessus ?")
    assert _ids(answer) == ["s9"]


def test_the_registration_desk_is_the_session_titled_so_not_one_about_voter_registration(
    programme: Programme,
) -> None:
    assert _ids(_answer(programme, "when is registration?")) == ["s11"]


def test_a_misspelt_name_is_still_found(programme: Programme) -> None:
    assert _answer(programme, "where does ksenya speak?")["people"] == ["Ksenia Northmore-Ball"]


def test_a_registering_word_in_a_phrase_of_the_programme_is_a_topic() -> None:
    sessions = [
        _session(0, "SSA-based Register Allocation for GPU Architectures"),
        _session(1, "Registration desk opens"),
        _session(2, "Shader compilers", "Register allocation in practice."),
    ]
    programme = small_programme(ZoneInfo("Europe/Warsaw"), sessions)
    answer = _answer(programme, "what about register allocation?")
    assert (answer["intent"], _ids(answer)) == ("search", ["s0", "s2"])
