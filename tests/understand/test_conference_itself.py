"""Questions about the conference itself (issue 22), by kind, in French, English and Spanish, on
the three shipped conferences (Mechelen 2017, IDM 2015, GFMD 2020) and on an imported programme
given an [info] table (tests/understand/fixtures/devconf-2026-info.toml, DevConf 2026 converted
from frab XML): the conference named by its own names, what a term of its FAQ means, plain
wordings for the venue, languages, partners and audience, phone spellings, what the information
does not say, and a session's documents asked by its number."""

from __future__ import annotations

from datetime import datetime
from html import unescape
from pathlib import Path

import pytest

from bot.answers.reply import respond
from bot.programme.loading import load_programme
from bot.programme.model import Programme
from tests.understand.conftest import documents_intent

ROOT = Path(__file__).resolve().parents[2]
PATHS = {
    "mechelen": ROOT / "data" / "mechelen-2017" / "programme.toml",
    "idm": ROOT / "data" / "idm-2015" / "programme.toml",
    "gfmd": ROOT / "data" / "gfmd-2020" / "programme.toml",
    "devconf": ROOT / "tests" / "understand" / "fixtures" / "devconf-2026-info.toml",
}
AT = {
    "mechelen": "2017-11-16T12:10:00+01:00",
    "idm": "2015-10-26T10:00:00+01:00",
    "gfmd": "2020-01-22T10:00:00-05:00",
    "devconf": "2026-02-07T11:00:00+01:00",
}
ROUND_TABLE = "rt-3-1-arrival-cities"
PAPER = "docs/gfmd-2020-roundtable-3.1-background-paper.fr.md"
DEVCONF_CONTACT = "DevConf team — team@devconf.example.org"
DEVCONF_EMAIL = "team@devconf.example.org"
IDM_CONTACT = "idmworkshop@iom.int"


@pytest.fixture(scope="module")
def programmes() -> dict[str, Programme]:
    return {name: load_programme(path).programme for name, path in PATHS.items()}


def ask(programmes: dict[str, Programme], name: str, text: str) -> tuple[dict, str]:
    programme = programmes[name]
    reply = respond(text, datetime.fromisoformat(AT[name]), programme)
    return reply.as_json(programme), unescape(reply.html)


# (programme, text, language, intent, topics asked, topics the information lacks, parts of the reply)
Row = tuple[str, str, str, str, list[str], list[str], list[str]]

NAMED: list[Row] = [
    # Its name, whole or from its kind of event on, its city and year beside a name of it.
    (
        "gfmd",
        "what is the Global Forum on Migration and Development?",
        "en",
        "info",
        ["about"],
        [],
        ["Quito"],
    ),
    ("gfmd", "tell me about the 2020 GFMD summit", "en", "info", ["about"], [], ["Quito"]),
    (
        "idm",
        "qu'est-ce que le Dialogue international sur la migration ?",
        "fr",
        "info",
        ["about"],
        [],
        ["OIM"],
    ),
    (
        "mechelen",
        "where is the Mechelen conference?",
        "en",
        "info",
        ["venue"],
        [],
        ["Venue: Mechelen, Belgium"],
    ),
    # Asked when and nothing else: its days.
    ("idm", "c'est quand ?", "fr", "info", ["about"], [], ["lundi 26 octobre 2015"]),
    ("idm", "¿cuándo es?", "es", "info", ["about"], [], ["lunes, 26 de octubre de 2015"]),
    ("mechelen", "c'est quoi cette conf ?", "fr", "info", ["about"], [], ["Malines"]),
    # Asked when: its days, not its venue.
    ("gfmd", "quand a lieu le sommet ?", "fr", "info", ["about"], [], ["lundi 20 janvier 2020"]),
    ("gfmd", "what are the dates of the summit?", "en", "info", ["about"], [], ["Friday, 24 January 2020"]),
    # "cette conférence", "este congreso", "this conference": what it is, never sessions.
    ("mechelen", "de quoi parle cette conférence ?", "fr", "info", ["about"], [], ["Malines"]),
    ("mechelen", "¿de qué trata este congreso?", "es", "info", ["about"], [], ["Malinas"]),
    ("mechelen", "tell me about this conference", "en", "info", ["about"], [], ["Mechelen"]),
    # Its acronyms, in each language: the GFMD is the FMMD in French and Spanish.
    ("gfmd", "what is the GFMD?", "en", "info", ["about"], [], ["Mayoral Forum"]),
    ("gfmd", "c'est quoi le FMMD ?", "fr", "info", ["about"], [], ["Forum des maires"]),
    ("gfmd", "¿qué es el FMMD?", "es", "info", ["about"], [], ["Foro de Alcaldes"]),
    ("idm", "what is the IDM?", "en", "info", ["about"], [], ["second high-level global conference"]),
    # The kind of event it is: a summit, a forum, a dialogue, a workshop.
    ("gfmd", "où a lieu le sommet ?", "fr", "info", ["venue"], [], ["Centro de Convenciones Metropolitano"]),
    ("gfmd", "where is the summit?", "en", "info", ["venue"], [], ["Quito, Ecuador"]),
    ("gfmd", "¿dónde es la cumbre?", "es", "info", ["venue"], [], ["Quito, Ecuador"]),
    ("gfmd", "tell me about the forum", "en", "info", ["about"], [], ["GFMD Summit in Quito"]),
    ("idm", "c'est quoi le dialogue ?", "fr", "info", ["about"], [], ["Dialogue international"]),
    ("idm", "¿dónde es el taller?", "es", "info", ["venue"], [], ["Palacio de las Naciones"]),
    ("idm", "where is the workshop?", "en", "info", ["venue"], [], ["Palais des Nations"]),
    # An imported programme's one-word name.
    ("devconf", "what is DevConf?", "en", "info", ["about"], [], ["two-day gathering"]),
    ("devconf", "c'est quoi la DevConf ?", "fr", "info", ["about"], [], ["rencontre gratuite"]),
    ("devconf", "¿qué es la DevConf?", "es", "info", ["about"], [], ["encuentro gratuito"]),
    ("devconf", "where is devconf", "en", "info", ["venue"], [], ["Solbosch campus"]),
]

DEFINITIONS: list[Row] = [
    # A partner's acronym, as its name gives it in brackets.
    ("mechelen", "what does UCLG mean?", "en", "info", ["organisers"], [], ["(UCLG)"]),
    ("mechelen", "¿qué es la OIM?", "es", "info", ["organisers"], [], ["Migraciones (OIM)"]),
    (
        "mechelen",
        "what does GCM mean?",
        "en",
        "info",
        ["faq"],
        [],
        ["What is the Global Compact on Migration?"],
    ),
    ("mechelen", "que veut dire NUA ?", "fr", "info", ["faq"], [], ["Nouvel Agenda Urbain"]),
    ("mechelen", "¿qué significa GCM?", "es", "info", ["faq"], [], ["Pacto Mundial"]),
    ("devconf", "what does lightning talk mean?", "en", "info", ["faq"], [], ["A talk of five minutes"]),
    ("devconf", "que veut dire présentation éclair ?", "fr", "info", ["faq"], [], ["cinq minutes"]),
    ("devconf", "¿qué significa charla relámpago?", "es", "info", ["faq"], [], ["cinco minutos"]),
]

PLAIN: list[Row] = [
    ("mechelen", "kel langue ?", "fr", "info", ["languages"], ["languages"], ["Interprétation par salle :"]),
    (
        "mechelen",
        "q es el pacto mundial",
        "es",
        "info",
        ["faq"],
        [],
        ["¿Qué es el Pacto Mundial sobre Migración?"],
    ),
    (
        "mechelen",
        "practical information",
        "en",
        "info",
        ["about", "organisers", "venue", "languages", "registration", "website"],
        ["languages", "registration", "website"],
        ["Venue: Mechelen, Belgium"],
    ),
    ("idm", "who's it for?", "en", "info", ["faq"], [], ["Mayors, and ministers"]),
    ("mechelen", "address?", "en", "info", ["venue"], [], ["Venue: Mechelen, Belgium"]),
    # Where, without "venue" or "where is".
    (
        "mechelen",
        "c'est dans quel bâtiment ?",
        "fr",
        "info",
        ["venue"],
        [],
        ["Lieu : Malines (Mechelen), Belgique"],
    ),
    ("idm", "¿en qué sitio es?", "es", "info", ["venue"], [], ["Sede: Palacio de las Naciones, Ginebra"]),
    ("idm", "where does the IDM take place", "en", "info", ["venue"], [], ["Palais des Nations, Geneva"]),
    ("devconf", "where does it take place?", "en", "info", ["venue"], [], ["Avenue Franklin Roosevelt 50"]),
    ("devconf", "c'est dans quel bâtiment ?", "fr", "info", ["venue"], [], ["Campus du Solbosch"]),
    # Languages, asked as interpretation or "which languages".
    (
        "mechelen",
        "il y a de l'interprétation ?",
        "fr",
        "info",
        ["languages"],
        ["languages"],
        ["Interprétation par salle :", "Auditoire : anglais, français, espagnol et turc"],
    ),
    ("idm", "is there interpretation?", "en", "info", ["languages"], [], ["English, Spanish, and French"]),
    ("idm", "¿qué idiomas se hablan?", "es", "info", ["languages"], [], ["inglés, español y francés"]),
    (
        "devconf",
        "y a-t-il de l'interprétation ?",
        "fr",
        "info",
        ["languages"],
        [],
        ["Langues de travail : anglais."],
    ),
    # Partners, asked as the organisations involved.
    ("mechelen", "which organisations are involved?", "en", "info", ["organisers"], [], ["(UCLG)"]),
    ("mechelen", "quelles organisations sont impliquées ?", "fr", "info", ["organisers"], [], ["(CGLU)"]),
    (
        "devconf",
        "¿qué organizaciones participan?",
        "es",
        "info",
        ["organisers"],
        [],
        ["Open Source Bruselas"],
    ),
    # Whom it is for: the FAQ entry saying who takes part, else what it is about.
    ("idm", "who is the conference for?", "en", "info", ["faq"], [], ["Mayors, and ministers"]),
    ("idm", "à qui s'adresse la conférence ?", "fr", "info", ["faq"], [], ["Des maires"]),
    ("devconf", "¿para quién es la conferencia?", "es", "info", ["faq"], [], ["Cualquiera"]),
    (
        "gfmd",
        "who is the summit for?",
        "en",
        "info",
        ["about"],
        [],
        ["local and regional authorities"],
    ),
    (
        "mechelen",
        "¿para quién es la conferencia?",
        "es",
        "info",
        ["about"],
        [],
        ["responsables políticos"],
    ),
    # Phone spellings keep their language and what they ask.
    ("devconf", "kel est le lieu ?", "fr", "info", ["venue"], [], ["Campus du Solbosch"]),
    ("devconf", "i wanna know where the venue is", "en", "info", ["venue"], [], ["Solbosch campus"]),
    ("idm", "xq es la conferencia", "es", "info", ["about"], [], ["Diálogo Internacional"]),
    ("devconf", "ya un vestiaire ?", "fr", "info", ["faq"], [], ["Oui, au bâtiment K"]),
]

UNKNOWN: list[Row] = [
    ("mechelen", "¿dónde dejo mi abrigo?", "es", "unknown", ["cloakroom"], ["cloakroom"], ["«abrigo»"]),
    # What the information does not say: said so, with the organisers' contact when there is one.
    (
        "mechelen",
        "is there a cloakroom?",
        "en",
        "unknown",
        ["cloakroom"],
        ["cloakroom"],
        ["does not say anything"],
    ),
    (
        "idm",
        "¿hay guardarropa?",
        "es",
        "unknown",
        ["cloakroom"],
        ["cloakroom"],
        ["no dice nada", IDM_CONTACT],
    ),
    (
        "devconf",
        "food allergies?",
        "en",
        "unknown",
        ["food"],
        ["food"],
        ["“food allergies”", DEVCONF_CONTACT],
    ),
    ("mechelen", "j'ai une allergie alimentaire", "fr", "unknown", ["food"], ["food"], ["ne disent rien"]),
    ("idm", "y a-t-il une garderie ?", "fr", "unknown", ["childcare"], ["childcare"], [IDM_CONTACT]),
    ("mechelen", "child care?", "en", "unknown", ["childcare"], ["childcare"], ["“child care”"]),
    ("devconf", "¿hay guardería?", "es", "unknown", ["childcare"], ["childcare"], [DEVCONF_EMAIL]),
    ("gfmd", "where can I get a taxi", "en", "unknown", ["taxi"], ["taxi"], ["“taxi”"]),
    ("idm", "is there parking at the venue?", "en", "unknown", ["parking"], ["parking"], [IDM_CONTACT]),
    ("devconf", "¿dónde puedo aparcar?", "es", "unknown", ["parking"], ["parking"], [DEVCONF_EMAIL]),
    # Nearby places, the weather, the way to another town: not in any programme.
    ("devconf", "un bon café pas loin ?", "fr", "unknown", ["nearby"], ["nearby"], ["« pas loin »"]),
    ("mechelen", "où est-ce qu'on peut manger pas loin", "fr", "unknown", ["nearby"], ["nearby"], []),
    ("devconf", "que tiempo va a hacer mañana", "es", "unknown", ["weather"], ["weather"], []),
    ("gfmd", "how do i get to berlin by train from here", "en", "unknown", ["transport"], ["transport"], []),
    ("devconf", "is the u-bahn still running this late?", "en", "unknown", ["transport"], ["transport"], []),
    ("devconf", "how cold is it outside rn", "en", "unknown", ["weather"], ["weather"], []),
    # The FAQ says, when it does.
    ("devconf", "is there a cloakroom?", "en", "info", ["faq"], [], ["Yes, in building K"]),
]


@pytest.mark.parametrize(
    ("name", "text", "language", "intent", "topics", "unknown", "parts"),
    NAMED + DEFINITIONS + PLAIN + UNKNOWN,
    ids=[f"{row[0]}:{row[1]}" for row in NAMED + DEFINITIONS + PLAIN + UNKNOWN],
)
def test_a_question_about_the_conference_is_answered_from_its_information(
    programmes: dict[str, Programme],
    name: str,
    text: str,
    language: str,
    intent: str,
    topics: list[str],
    unknown: list[str],
    parts: list[str],
) -> None:
    result, html = ask(programmes, name, text)
    assert (result["intent"], result["lang"], result["sessions"]) == (intent, language, [])
    assert result["info"] == {"topics": topics, "unknown": unknown}
    for part in parts:
        assert part in html


# (programme, text, language, sessions found, documents listed, parts of the reply)
DOCUMENTS: list[tuple[str, str, str, list[str], list[str], list[str]]] = [
    # A session named by its number (no date, though "3.1" looks like one).
    ("gfmd", "documents de la table ronde 3.1", "fr", [ROUND_TABLE], [PAPER], ["Documents :"]),
    ("gfmd", "documentos de la mesa redonda 3.1", "es", [ROUND_TABLE], [PAPER], ["Documentos:"]),
    ("gfmd", "background paper of round table 3.1", "en", [ROUND_TABLE], [PAPER], ["Background paper"]),
    # As the programme abbreviates them (TR, RT, MR), and in French with Spanish-looking "de la".
    ("gfmd", "document de travail TR 3.1", "fr", [ROUND_TABLE], [PAPER], ["Document de travail"]),
    ("gfmd", "documentos MR 3.1", "es", [ROUND_TABLE], [PAPER], ["Documento de antecedentes"]),
    ("gfmd", "documents de la session 3.1", "fr", [ROUND_TABLE], [PAPER], ["Documents :"]),
    # A number no session has: said so, with the sessions that do list documents.
    (
        "gfmd",
        "documents de la table ronde 2.2",
        "fr",
        [],
        [],
        [
            "Je n'ai trouvé aucune séance numéro « 2.2 ».",
            "Ces séances ont des documents :",
            "Table ronde 3.1",
        ],
    ),
    ("gfmd", "documentos de la mesa redonda 1", "es", [], [], ["«1»", "Mesa redonda 3.1"]),
    ("gfmd", "slides of workshop 4", "en", [], [], ["“4”", "These sessions list documents:"]),
    # Mechelen numbers its sessions; none lists documents.
    (
        "mechelen",
        "documents de la session 2",
        "fr",
        ["d2-session-2-trafficking-smuggling"],
        [],
        ["Aucun document n'est indiqué pour cette séance."],
    ),
    ("devconf", "slides of workshop 4", "en", [], [], ["No session of this programme lists documents."]),
    # French labels for a French question.
    ("mechelen", "de la documentation ?", "fr", [], [], ["Aucune séance de ce programme n'a de documents."]),
]


@pytest.mark.parametrize(
    ("name", "text", "language", "sessions", "documents", "parts"),
    DOCUMENTS,
    ids=[f"{row[0]}:{row[1]}" for row in DOCUMENTS],
)
def test_documents_of_a_session_named_by_its_number(
    programmes: dict[str, Programme],
    name: str,
    text: str,
    language: str,
    sessions: list[str],
    documents: list[str],
    parts: list[str],
) -> None:
    result, html = ask(programmes, name, text)
    assert (result["intent"], result["lang"]) == (
        documents_intent(programmes[name], text, sessions),
        language,
    )
    assert [session["id"] for session in result["sessions"]] == sessions
    assert [document["file"] for document in result["documents"]] == documents
    for part in parts:
        assert part in html


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # A session's own questions stay questions about sessions.
        ("devconf", "where is the vector tiles workshop?"),
        ("devconf", "sessions on privacy at the conference"),
        ("gfmd", "round table on arrival cities"),
        ("mechelen", "¿Dónde queda la sesión de Lilia Umaña?"),
        ("mechelen", "quelles langues pour l'atelier sur la résilience ?"),
    ],
)
def test_a_question_about_a_session_is_not_taken_for_the_conference(
    programmes: dict[str, Programme], name: str, text: str
) -> None:
    result, _ = ask(programmes, name, text)
    assert result["intent"] != "info"
    assert result["sessions"]


@pytest.mark.parametrize(
    "text", ["table ronde 3.1", "when is round table 3.1?", "¿de qué trata la mesa redonda 3.1?"]
)
def test_a_session_named_by_its_number_is_found(programmes: dict[str, Programme], text: str) -> None:
    result, _ = ask(programmes, "gfmd", text)
    assert (result["intent"], [session["id"] for session in result["sessions"]]) == ("search", [ROUND_TABLE])
