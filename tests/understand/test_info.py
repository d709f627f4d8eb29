"""Questions about the conference itself, its highlights and its sessions' documents, in French,
English and Spanish, against three shipped programmes: Mechelen 2017 (sessions and information
from its programme and press release), IDM 2015 (an announcement only: information, no sessions)
and GFMD 2020 (one round table with its background paper). The expected facts are those of the
source documents in /work/shared/seeds."""

from __future__ import annotations

from datetime import datetime
from html import unescape
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answers.reply import respond
from bot.config import ROOT
from bot.programme.loading import Loaded, load_programme
from bot.programme.model import Programme
from bot.understand.parse import parse
from tests.small_programme import small_programme, talk
from tests.understand.conftest import documents_intent

IDM_PATH = ROOT / "data" / "idm-2015" / "programme.toml"
GFMD_PATH = ROOT / "data" / "gfmd-2020" / "programme.toml"

MECHELEN_AT = "2017-11-16T12:10:00+01:00"
IDM_AT = "2015-10-26T10:00:00+01:00"
GFMD_AT = "2020-01-22T10:00:00-05:00"

HIGHLIGHTS = [
    "d1-opening",
    "d1-discussion-global-compact",
    "d1-workshop-right-to-the-city",
    "d1-session-human-rights",
    "d2-discussion-new-urban-agenda",
]
ROUND_TABLE = "rt-3-1-arrival-cities"
PAPER = "docs/gfmd-2020-roundtable-3.1-background-paper.fr.md"


@pytest.fixture(scope="module")
def idm_loaded() -> Loaded:
    return load_programme(IDM_PATH)


@pytest.fixture(scope="module")
def programmes(mechelen: Programme, idm_loaded: Loaded) -> dict[str, Programme]:
    return {
        "mechelen": mechelen,
        "idm": idm_loaded.programme,
        "gfmd": load_programme(GFMD_PATH).programme,
    }


AT = {"mechelen": MECHELEN_AT, "idm": IDM_AT, "gfmd": GFMD_AT}

# (programme, text, language, topics asked, topics the information lacks, parts of the reply)
INFO_EXAMPLES: list[tuple[str, str, str, list[str], list[str], list[str]]] = [
    # -- registration ----------------------------------------------------------------------------
    (
        "idm",
        "how do I register?",
        "en",
        ["registration"],
        [],
        [
            "How to register:",
            "please contact the IDM workshop team",
            "idmworkshop@iom.int",
            "+41 22 717 93 89",
        ],
    ),
    (
        "idm",
        "comment s'inscrire à la conférence ?",
        "fr",
        ["registration"],
        [],
        ["Pour s'inscrire :", "l'équipe de l'atelier IDM", "idmworkshop@iom.int"],
    ),
    (
        "idm",
        "¿cómo me inscribo?",
        "es",
        ["registration"],
        [],
        ["Cómo inscribirse:", "contactar con el equipo del taller IDM", "idmworkshop@iom.int"],
    ),
    # Mechelen: neither source says how to register, nor gives a contact.
    (
        "mechelen",
        "how do I register?",
        "en",
        ["registration"],
        ["registration"],
        ["does not say how to register"],
    ),
    (
        "mechelen",
        "comment s'inscrire ?",
        "fr",
        ["registration"],
        ["registration"],
        ["ne disent pas comment s'inscrire"],
    ),
    # -- working languages -----------------------------------------------------------------------
    (
        "idm",
        "¿cuáles son los idiomas de trabajo?",
        "es",
        ["languages"],
        [],
        ["Idiomas de trabajo: inglés, español y francés."],
    ),
    ("idm", "what are the working languages?", "en", ["languages"], [], ["English, Spanish, and French"]),
    (
        "idm",
        "quelles sont les langues de travail ?",
        "fr",
        ["languages"],
        [],
        ["anglais, espagnol et français"],
    ),
    # Mechelen gives none, but its rooms' interpretation is known.
    (
        "mechelen",
        "¿cuáles son los idiomas de trabajo?",
        "es",
        ["languages"],
        ["languages"],
        [
            "no indica sus idiomas de trabajo",
            "Interpretación por sala:",
            "Auditoire: inglés, francés, español y turco",
        ],
    ),
    # -- organisers and partners -----------------------------------------------------------------
    (
        "mechelen",
        "qui organise la conférence ?",
        "fr",
        ["organisers"],
        [],
        [
            "Organisée par :",
            "Gouvernement belge",
            "Ville de Malines",
            "Partenaires :",
            "ONU-Habitat",
            "(CGLU)",
        ],
    ),
    (
        "mechelen",
        "who are the partners?",
        "en",
        ["organisers"],
        [],
        ["Belgian government", "International Organization for Migration (IOM)", "institutional partner"],
    ),
    (
        "mechelen",
        "¿quién organiza la conferencia?",
        "es",
        ["organisers"],
        [],
        ["Gobierno belga", "Ciudad de Malinas", "Socios:", "Ciudades y Gobiernos Locales Unidos (CGLU)"],
    ),
    (
        "idm",
        "who organises the conference?",
        "en",
        ["organisers"],
        [],
        ["International Organization for Migration"],
    ),
    # -- venue -----------------------------------------------------------------------------------
    ("idm", "where is the venue?", "en", ["venue"], [], ["Venue: Palais des Nations, Geneva"]),
    ("idm", "où a lieu la conférence ?", "fr", ["venue"], [], ["Lieu : Palais des Nations, Genève"]),
    ("idm", "¿dónde es la conferencia?", "es", ["venue"], [], ["Sede: Palacio de las Naciones, Ginebra"]),
    # Mechelen: the city only, as the sources give no building.
    ("mechelen", "where is the venue?", "en", ["venue"], [], ["Venue: Mechelen, Belgium"]),
    # -- web page --------------------------------------------------------------------------------
    ("idm", "what's the website?", "en", ["website"], [], ['<a href="http://www.iom.int/fr/idmcmc_fr">']),
    ("idm", "quel est le site web ?", "fr", ["website"], [], ["Page web :", "idmcmc_fr"]),
    ("idm", "¿cuál es la página web?", "es", ["website"], [], ["Página web:", "idmcmc_fr"]),
    ("mechelen", "what's the website?", "en", ["website"], ["website"], ["gives no web page"]),
    # -- about -----------------------------------------------------------------------------------
    (
        "mechelen",
        "what is the conference about?",
        "en",
        ["about"],
        [],
        ["From Habitat III to the Global Compact", "Belgian government and the city of Mechelen"],
    ),
    (
        "idm",
        "de quoi parle la conférence ?",
        "fr",
        ["about"],
        [],
        ["deuxième conférence mondiale de haut niveau"],
    ),
    (
        "idm",
        "¿de qué trata la conferencia?",
        "es",
        ["about"],
        [],
        ["segunda conferencia mundial de alto nivel"],
    ),
    # -- FAQ -------------------------------------------------------------------------------------
    (
        "mechelen",
        "what is the Mechelen declaration?",
        "en",
        ["faq"],
        [],
        ["<b>What is the Mechelen Declaration?</b>", "closing plenary"],
    ),
    (
        "mechelen",
        "c'est quoi le pacte mondial ?",
        "fr",
        ["faq"],
        [],
        ["Pacte mondial pour des migrations sûres"],
    ),
    ("mechelen", "¿qué es la Nueva Agenda Urbana?", "es", ["faq"], [], ["Hábitat III"]),
    ("idm", "who will take part?", "en", ["faq"], [], ["Mayors, and ministers in charge of urban affairs"]),
    # An answer only in French is given in French, and said to be.
    (
        "idm",
        "why now?",
        "en",
        ["faq"],
        [],
        ["<b>Why now?</b>", "Parce que la migration est largement absente", "<i>(in French)</i>"],
    ),
    ("idm", "¿por qué ahora?", "es", ["faq"], [], ["<b>¿Por qué ahora?</b>", "<i>(en francés)</i>"]),
    # -- contact ---------------------------------------------------------------------------------
    (
        "idm",
        "what is the contact email?",
        "en",
        ["contact"],
        [],
        ["Contact: IDM workshop team — idmworkshop@iom.int"],
    ),
    (
        "idm",
        "¿a quién preguntar?",
        "es",
        ["contact"],
        [],
        ["Contacto: Equipo del taller IDM — idmworkshop@iom.int"],
    ),
    ("mechelen", "what is the contact email?", "en", ["contact"], ["contact"], ["gives no contact"]),
    # -- highlights ------------------------------------------------------------------------------
    (
        "mechelen",
        "what are the highlights?",
        "en",
        ["highlights"],
        [],
        ["<b>Highlights for local and regional governments in the programme</b>", "Parks Tau"],
    ),
    (
        "mechelen",
        "quels sont les moments forts ?",
        "fr",
        ["highlights"],
        [],
        ["<b>Moments forts des gouvernements locaux et régionaux dans le programme</b>", "Emilia Saiz"],
    ),
    (
        "mechelen",
        "¿cuáles son los momentos destacados?",
        "es",
        ["highlights"],
        [],
        [
            "<b>Momentos destacados de los gobiernos locales y regionales en el programa</b>",
            "Mohamed Boussraoui",
        ],
    ),
    ("idm", "what are the highlights?", "en", ["highlights"], ["highlights"], ["points out no highlights"]),
]


@pytest.mark.parametrize(
    ("name", "text", "language", "topics", "unknown", "parts"),
    INFO_EXAMPLES,
    ids=[f"{e[0]}:{e[1]}" for e in INFO_EXAMPLES],
)
def test_information_question_is_answered_from_the_information(
    programmes: dict[str, Programme],
    name: str,
    text: str,
    language: str,
    topics: list[str],
    unknown: list[str],
    parts: list[str],
) -> None:
    programme = programmes[name]
    reply = respond(text, datetime.fromisoformat(AT[name]), programme)
    result = reply.as_json(programme)
    # Where the information says nothing of what is asked, the bot does not know (the languages
    # are also the rooms' interpretation).
    interpreted = "languages" in topics and any(room.interpretation for room in programme.rooms.values())
    intent = "unknown" if set(unknown) == set(topics) and not interpreted else "info"
    assert (result["intent"], result["lang"]) == (intent, language)
    assert result["info"] == {"topics": topics, "unknown": unknown}
    for part in parts:
        assert part in unescape(reply.html)


def test_highlights_name_their_sessions_in_the_press_release_order(programmes: dict[str, Programme]) -> None:
    for text in ("what are the highlights?", "temps forts", "lo más destacado"):
        result = respond(text, datetime.fromisoformat(MECHELEN_AT), programmes["mechelen"])
        assert [session.id for session in result.answer.sessions] == HIGHLIGHTS


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("help", "✨ <b>Highlights for local and regional governments in the programme</b>: 5 moments"),
        (
            "aide",
            "✨ <b>Moments forts des gouvernements locaux et régionaux dans le programme</b> : 5 moments",
        ),
        (
            "ayuda",
            "✨ <b>Momentos destacados de los gobiernos locales y regionales en el programa</b>: 5 momentos",
        ),
    ],
)
def test_help_has_a_line_on_the_highlights(programmes: dict[str, Programme], text: str, line: str) -> None:
    reply = respond(text, datetime.fromisoformat(MECHELEN_AT), programmes["mechelen"])
    assert reply.answer.intent == "help"
    assert line in reply.html


def test_a_question_the_information_lacks_gives_the_organisers_contact(
    programmes: dict[str, Programme],
) -> None:
    idm = respond("what's the wifi password", datetime.fromisoformat(IDM_AT), programmes["idm"])
    assert idm.answer.intent == "unknown"
    assert "You can ask the organisers: IDM workshop team — idmworkshop@iom.int" in idm.html
    mechelen = respond(
        "what's the wifi password", datetime.fromisoformat(MECHELEN_AT), programmes["mechelen"]
    )
    assert "organisers" not in mechelen.html  # no contact in its sources


# -- a conference with information and no sessions ----------------------------------------------


def test_idm_loads_with_no_sessions_and_only_its_french_answers_warned(idm_loaded: Loaded) -> None:
    programme = idm_loaded.programme
    assert (programme.sessions, dict(programme.rooms), dict(programme.people)) == ((), {}, {})
    info = programme.conference.info
    assert info.working_languages == ("en", "es", "fr")
    assert info.registration.contact.email == "idmworkshop@iom.int"
    assert [w.split(": ", 2)[1] for w in idm_loaded.warnings] == [
        "info.faq[1].answer",
        "info.faq[2].answer",
        "info.faq[3].answer",
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("what's next?", "en", "I have no sessions for <b>International Dialogue on Migration 2015"),
        ("qu'est-ce qui se passe maintenant ?", "fr", "Je n'ai pas encore de séances pour"),
        ("¿qué hay mañana a las 10?", "es", "Todavía no tengo sesiones de"),
        ("any documents?", "en", "I have no sessions for"),
    ],
)
def test_idm_answers_schedule_questions_with_what_it_knows(
    programmes: dict[str, Programme], text: str, language: str, expected: str
) -> None:
    reply = respond(text, datetime.fromisoformat(IDM_AT), programmes["idm"])
    assert reply.language == language
    assert expected in reply.html
    assert reply.answer.sessions == ()


@pytest.mark.parametrize(("text", "language"), [("aide", "fr"), ("help", "en"), ("ayuda", "es")])
def test_idm_help_offers_information_questions_that_are_understood(
    programmes: dict[str, Programme], text: str, language: str
) -> None:
    programme = programmes["idm"]
    at = datetime.fromisoformat(IDM_AT)
    reply = respond(text, at, programme)
    assert (reply.answer.intent, reply.language) == ("help", language)
    examples = [
        line.removeprefix("• <i>").removesuffix("</i>") for line in reply.html.splitlines() if "<i>" in line
    ]
    # Four of the schedule's place, then four about the conference itself (two of them its FAQ's own).
    assert len(examples) == 8
    for example in examples:
        question = parse(unescape(example), at, programme)
        assert (question.intent, question.language) == ("info", language), example


# -- documents -----------------------------------------------------------------------------------

# (programme, text, language, sessions found, documents listed, parts of the reply)
DOCUMENT_EXAMPLES: list[tuple[str, str, str, list[str], list[str], list[str]]] = [
    (
        "gfmd",
        "background paper for the round table on arrival cities",
        "en",
        [ROUND_TABLE],
        [PAPER],
        ["📄 Background paper of round table 3.1 <i>(French)</i>", "❓ 6 guiding questions"],
    ),
    (
        "gfmd",
        "document de travail de la table ronde sur les villes d'arrivée",
        "fr",
        [ROUND_TABLE],
        [PAPER],
        ["📄 Document de travail de la table ronde 3.1 <i>(français)</i>", "6 questions directrices"],
    ),
    (
        "gfmd",
        "documento de antecedentes de la mesa redonda sobre ciudades de llegada",
        "es",
        [ROUND_TABLE],
        [PAPER],
        ["📄 Documento de antecedentes de la mesa redonda 3.1 <i>(francés)</i>", "6 preguntas orientativas"],
    ),
    ("gfmd", "any documents?", "en", [ROUND_TABLE], [PAPER], ["Open a session to receive its documents."]),
    # Mechelen's sources give no session a document: the session is found, and said to have none.
    (
        "mechelen",
        "documents de l'atelier sur la résilience",
        "fr",
        ["d2-workshop-urban-resilience"],
        [],
        ["La résilience urbaine", "Aucun document n'est indiqué pour cette séance."],
    ),
    (
        "mechelen",
        "slides of the youth migration workshop",
        "en",
        ["d2-workshop-youth-migration"],
        [],
        ["No documents are listed for this session."],
    ),
    (
        "mechelen",
        "documentos del taller sobre resiliencia",
        "es",
        ["d2-workshop-urban-resilience"],
        [],
        ["No se indica ningún documento para esta sesión."],
    ),
    ("mechelen", "any documents?", "en", [], [], ["No session of this programme lists documents."]),
]


@pytest.mark.parametrize(
    ("name", "text", "language", "sessions", "documents", "parts"),
    DOCUMENT_EXAMPLES,
    ids=[f"{e[0]}:{e[1]}" for e in DOCUMENT_EXAMPLES],
)
def test_document_question_finds_the_sessions_and_their_documents(
    programmes: dict[str, Programme],
    name: str,
    text: str,
    language: str,
    sessions: list[str],
    documents: list[str],
    parts: list[str],
) -> None:
    programme = programmes[name]
    reply = respond(text, datetime.fromisoformat(AT[name]), programme)
    result = reply.as_json(programme)
    assert (result["intent"], result["lang"]) == (documents_intent(programme, text, sessions), language)
    assert [session["id"] for session in result["sessions"]] == sessions
    assert [document["file"] for document in result["documents"]] == documents
    for part in parts:
        assert part in unescape(reply.html)


def test_the_round_table_document_is_the_background_paper_with_its_guiding_questions(
    programmes: dict[str, Programme],
) -> None:
    session = programmes["gfmd"].session(ROUND_TABLE)
    assert session is not None
    (document,) = session.documents
    assert (document.language, document.file, document.url) == ("fr", PAPER, "")
    assert document.path == (GFMD_PATH.parent / PAPER).resolve()
    seed = Path("/work/shared/seeds/gfmd-2020-roundtable-3.1-background.fr.md")
    if seed.is_file():
        assert document.path.read_bytes() == seed.read_bytes()
    assert len(session.questions) == 6
    assert session.questions[0].startswith("Comment les réseaux et initiatives existants")
    assert all(question.endswith("?") for question in session.questions)


@pytest.mark.parametrize(
    "text",
    [
        "what's next in Alcazar",
        "who organises the youth workshop?",
        "sessions organised by UCLG",
        "where is Pomanto",
        "where is the Director of the Global Compact speaking?",
        "which languages in Scala?",
    ],
)
def test_session_questions_are_not_taken_for_information(programmes: dict[str, Programme], text: str) -> None:
    question = parse(text, datetime.fromisoformat(MECHELEN_AT), programmes["mechelen"])
    assert question.intent != "info"
    assert not question.documents


@pytest.mark.parametrize(
    "text", ["cuando es el registro?", "where is registration?", "c'est quand les inscriptions ?"]
)
def test_registration_sessions_answer_when_the_information_says_nothing(text: str) -> None:
    """ESUG 2011: its calendar has "Registration" twice and no information: when and where to
    register is those sessions, not "the information does not say"."""
    zone = ZoneInfo("Europe/London")
    sunday = datetime(2011, 8, 21, 16, tzinfo=zone)
    monday = datetime(2011, 8, 22, 8, 30, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("reg-1", sunday, sunday.replace(hour=18), "Registration"),
            talk("reg-2", monday, monday.replace(hour=9), "Registration"),
            talk("keynote", monday.replace(hour=9), monday.replace(hour=10), "Keynote: registers and VMs"),
        ],
    )
    answer = respond(text, sunday.replace(hour=11), programme).as_json(programme)
    assert (answer["intent"], [s["id"] for s in answer["sessions"]]) == ("search", ["reg-1", "reg-2"])
