"""Topic scoring on three programmes: a question's topic words (translated, abbreviations
expanded, expressions read as one word) find the sessions on it, a title before a passing
mention, and a topic a programme does not have finds nothing rather than something loosely like it."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answers.reply import respond
from bot.programme.loading import load_programme
from bot.programme.model import Programme, Session, SessionKind
from bot.understand.cognates import cognate_keys, spelling_key
from bot.understand.index import TopicMatch, index_for
from bot.understand.parse import parse
from bot.understand.question import Intent
from tests.small_programme import small_programme, talk
from tests.understand.conftest import PROGRAMMES

HELD_OUT = Path(__file__).resolve().parents[2] / "bench" / "heldout" / "programmes"


def found_ids(programme: Programme, at: datetime, question: str) -> list[str]:
    """The ids of the sessions the answer to a question lists, in its order."""
    return [s["id"] for s in respond(question, at, programme).as_json(programme)["sessions"]]


TRAFFICKING = "Session 2: Trafficking and smuggling of migrants, combating irregular migration"
MESOAMERICA = (
    "Mesoamerica and the implementation of the recommendations on Migrants in Countries in Crisis, "
    "with a particular focus on trafficking and smuggling of migrants"
)

# (programme, question, the titles that match best (ties together), the others found).
TOPICS: list[tuple[str, str, set[str], set[str]]] = [
    ("mechelen", "sessions about resilience", {"Urban resilience"}, {"Drivers of migration"}),
    ("mechelen", "ateliers sur la résilience", {"Urban resilience"}, {"Drivers of migration"}),
    ("mechelen", "human trafficking", {TRAFFICKING, MESOAMERICA}, set()),
    ("mechelen", "charlas sobre trata de personas", {TRAFFICKING, MESOAMERICA}, set()),  # an expression
    ("devconf", "charlas sobre privacidad", {"Privacy by design in web apps"}, set()),
    (
        "devconf",
        "des exposés sur la cartographie ?",
        {"Mapping the world with OpenStreetMap", "Accessible maps"},
        {"Vector tiles workshop"},
    ),
    (
        "devconf",
        "algo de bases de datos",
        {"Graph databases in practice"},
        {"PostgreSQL performance for everyone", "SQLite in production"},
    ),
    ("devconf", "talks about JavaScript", {"Modern JavaScript tooling"}, {"Node.js security updates"}),
    ("devconf", "JS talks", {"Modern JavaScript tooling"}, {"Node.js security updates"}),  # an abbreviation
    ("devconf", "accesibilidad", {"Accessibility testing for the web", "Accessible maps"}, set()),
    ("devconf", "machine learning", {"Machine learning for birdsong"}, set()),
    ("democon", "talks on monitoring", {"Expanded user-facing monitoring"}, set()),
    (
        "democon",
        "workforce",
        {
            "Profit-focused even-keeled workforce",
            "Object-based mission-critical workforce",
            "Versatile interactive workforce",
        },
        set(),
    ),
]


def _title(session: Session) -> str:
    return session.title.values.get("en") or next(iter(session.title.values.values()))


def _found(programme: Programme, text: str) -> tuple[tuple[str, ...], dict[str, TopicMatch]]:
    """The question's topic words, and how each session they match matches, by title."""
    conference = programme.conference
    question = parse(text, conference.local(conference.days[0], time(10, 0)), programme)
    hits = index_for(programme).topic_scores(list(question.topic)) if question.topic else {}
    return question.topic, {_title(s): hits[s.id] for s in programme.sessions if s.id in hits}


@pytest.mark.parametrize(
    ("name", "text", "best", "others"), TOPICS, ids=[f"{row[0]}: {row[1]}" for row in TOPICS]
)
def test_a_topic_finds_its_sessions_best_first(
    programmes: dict[str, Programme], name: str, text: str, best: set[str], others: set[str]
) -> None:
    topic, found = _found(programmes[name], text)
    top = max(found.values())
    assert topic
    assert ({title for title, match in found.items() if match == top}, set(found) - best) == (best, others)


@pytest.mark.parametrize("name", PROGRAMMES)
@pytest.mark.parametrize(
    "text", ["anything about blockchain?", "sesiones sobre kubernetes", "el cambio climático"]
)
def test_a_topic_the_programme_lacks_finds_nothing(
    programmes: dict[str, Programme], name: str, text: str
) -> None:
    programme = programmes[name]
    conference = programme.conference
    question = parse(text, conference.local(conference.days[0], time(10, 0)), programme)
    assert (question.rule, question.intent) == ("not-understood", "unknown")
    assert _found(programme, text)[1] == {}


def test_a_title_match_comes_before_a_passing_mention(programmes: dict[str, Programme]) -> None:
    # "Urban resilience" has the word in its title; "Drivers of migration" only in its description.
    found = _found(programmes["mechelen"], "resilience")[1]
    assert found["Urban resilience"] > found["Drivers of migration"]


def test_a_short_code_is_a_topic() -> None:
    """ "5G", "3D": two characters of letters and digits name a thing, unlike "at" or "12"."""
    start = datetime(2026, 5, 4, 10, tzinfo=ZoneInfo("UTC"))
    end = start.replace(hour=11)
    sessions = [talk("a", start, end, "The road from 4G to 5G"), talk("b", start, end, "Printing in 3D")]
    programme = small_programme(ZoneInfo("UTC"), sessions)
    answer = respond("des confs sur la 5G ?", start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["a"]
    # DevConf.cz 2016: "je voudrais" says what is wanted, not what the talks are about.
    polite = "Bonjour, je voudrais savoir s'il y a des présentations sur la 5G. Merci d'avance !"
    assert [s["id"] for s in respond(polite, start, programme).as_json(programme)["sessions"]] == ["a"]


def _talks_at_once(*titles: str) -> tuple[Programme, datetime]:
    """A programme of talks held at once, one per title (ids "a", "b", "c"…), and their start."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2026, 5, 4, 10, tzinfo=zone)
    end = start.replace(hour=11)
    sessions = [talk(chr(ord("a") + n), start, end, title) for n, title in enumerate(titles)]
    return small_programme(zone, sessions), start


@pytest.mark.parametrize(
    ("titles", "text", "found"),
    [
        # React Conf 2025: "perf" is performance.
        (("Exploring React Performance", "React Native"), "y a des talks sur la perf ?", ["a"]),
        # Devoxx UK 2023 and Devoxx France 2012: a short word the programme has is not the start
        # of a longer one.
        (("Contextual abstractions in Scala 3", "Cracking the scalability wall"),
         "hay alguna charla de scala", ["a"]),
        (("Green IT", "Java avec Alice et Greenfoot"), "talks about green IT?", ["a"]),
        # MBLGTACC 2020: a job fair in every language.
        (("Resource and Career Fair", "Drag Show"), "cuando es la feria de empleo", ["a"]),
        (("Resource and Career Fair", "Drag Show"), "c'est quand le salon de l'emploi ?", ["a"]),
        (("Resource and Career Fair", "Drag Show"), "when is the job fair", ["a"]),
        # CMPD6 2023: the flu.
        (("Seasonality and Influenza Vaccination Impact", "Malaria"),
         "vous avez qqch sur la grippe ?", ["a"]),
        (("Seasonality and Influenza Vaccination Impact", "Malaria"), "algo sobre la gripe", ["a"]),
        (("Seasonality and Influenza Vaccination Impact", "Malaria"), "flu talks?", ["a"]),
        # Libertäre Tage Dresden 2017: its German title, asked in English and French.
        (("Vielfältige Perspektiven jüdischen Lebens", "Wheelchair-Skating-Workshop"),
         "what about jewish stuff", ["a"]),
        (("Vielfältige Perspektiven jüdischen Lebens", "Wheelchair-Skating-Workshop"),
         "des trucs sur le judaïsme ?", ["a"]),
        # Devoxx UK 2023: a numeronym stands for its idea.
        (("Frameworks vs. K8s vs. Service Mesh", "Taming Apache Kafka on Kubernetes", "Java records"),
         "k8s stuff today?", ["a", "b"]),
        # This session's first runs: a short form, a translation the lexicon lacked.
        (("Votre propre kube as a service ?", "Java records"), "talks about kubernetes?", ["a"]),
        (("Social Games with Zero Knowledge Proofs", "Java records"), "et sur les zk ?", ["a"]),
        (("The Asian Consortium on MRI Studies in Psychosis", "Sleep"),
         "des presentations avec de l'IRM ?", ["a"]),
        (("Closing ceremonies - award ceremony, demos", "Java records"),
         "cuando entregan los premios", ["a"]),
        (("Set theory", "Model theory"), "qd est la théorie des ensembles", ["a"]),
        (("Dividiendo el problema: Particionamiento", "Java records"), "partitionnement ?", ["a"]),
        (("SQL Power Shell", "Java records"), "algo de powershell", ["a"]),
        (("Daily indexing problems and its solution", "Java records"), "hay algo de indices", ["a"]),
        (("Saturday Supper", "Bingo"), "la cena cuando es", ["a"]),
        # YOW! Connected 2014: a short word is not a longer one derived from it ("Scala" and
        # "scalable"), but still its compounds and inflections ("SwiftUI", "Swiftly").
        (("Scala on Android", "A simple, scalable app architecture"), "charlas de scala?", ["a"]),
        (("Reactive streams", "React hooks"), "hay algo de react?", ["b"]),
        (("What the Swiftly Func?", "Java records"), "et sur swift ?", ["a"]),
        # dotnet Cologne 2018: two words of one title that another writes as one word.
        (("Web Assembly - eine Revolution des Webs", "WebAssembly und Blazor", "Java records"),
         "y a des confs sur webassembly ?", ["a", "b"]),
        # EuroPCR 2026, Saarang 2016: medical words, festival crafts; heart failure is no longer
        # every session of a cardiology congress.
        (("Monotherapy vs. DAPT: bleeding risk", "Java records"), "sesiones sobre sangrado", ["a"]),
        (("Interventions for heart failure", "Cardiovascular disease prevention"),
         "et sur l'insuffisance cardiaque ?", ["a"]),
        (("The Face Painting and Tattoo Making Contest", "Java records"),
         "je veux me faire un tatouage, c ou ?", ["a"]),
        # The Rock Boat XXV: what is done and who does it; a cruise's port days.
        (("Hooked: Songwriting Secrets", "The Songwriters Round Table", "Flip Cup"),
         "songwriting stuff?", ["a", "b"]),
        (("St. Maarten Port Day (All Aboard at 4:30pm)", "Flip Cup"), "les escales c quand ?", ["a"]),
        # GDays Nigeria 2014: an expression the programme does not have, asked in another language,
        # is its words ("femmes", "tech"), not its idea alone.
        (("Opportunities for Women in Business and Technology", "Android Bootcamp"),
         "les femmes dans la tech c'est quand", ["a"]),
        # NBIS's RNA-seq course: titles as acronyms, asked in words.
        (("Pre-alignment QC", "Hierarchical Clustering"), "y a quoi sur le controle qualité ?", ["a"]),
        (("GSA & GSEA", "Hierarchical Clustering"), "is there anything on gene set enrichment?", ["a"]),
        (("Pre-alignment QC", "Hierarchical Clustering"), "cuando es lo de control de calidad", ["a"]),
        # The Kratos workshop: a kind of session no session is given, by a title of two words.
        (("Round Table & Coeffee", "Data Management"), "la table ronde c'est a quelle heure", ["a"]),
        # ODSC East 2025's book signings, asked in French and Spanish.
        (("Book Signing with Stefanie Molin", "Idiomatic Polars"),
         "les séances de dédicace c'est quand", ["a"]),
        (("Book Signing with Stefanie Molin", "Idiomatic Polars"), "firma de libros?", ["a"]),
        # GOTO Chicago 2026: quantum computing in a talk about quantum software.
        (("A day in the life of a Quantum software engineer", "Hype or Hot"),
         "hay algo de computacion cuantica", ["a"]),
        # DDD Melbourne 2025, g0v Summit 2024: web accessibility is accessibility.
        (("Hands on Accessibility testing", "A Look At Modern Web Development"),
         "conf sur l'accessibilite web ?", ["a"]),
        # Earlier batches' searches for ideas the lexicon lacked: a magic show, a welcome, a cello,
        # consulting and freelancing, a CV, a raffle, a bot, ice cream, cocktails.
        (("The Magic Show", "Java records"), "un spectacle de magie ?", ["a"]),
        (("Welcome in BVRIT Hyderabad", "Java records"), "hay una bienvenida?", ["a"]),
        (("Bach for cello and piano", "Java records"), "il parait qu'il y a du violoncelle ce soir ?", ["a"]),
        (("Consulting 101", "Life as a freelancer", "Java records"),
         "hay algo de consultoria o trabajar como freelance?", ["a", "b"]),
        (("Wanna be a DBA? 5 resume truths", "Java records"), "un talk pour faire un bon CV ?", ["a"]),
        (("Cierre y Rifas", "Java records"), "c'est quand la tombola ?", ["a"]),
        (("Exploring Azure Bot Service", "Java records"), "alguna charla de chatbots??", ["a"]),
        (("Ice Cream Social", "Java records"), "dan helado en algun lado??", ["a"]),
        (("Cocktail workshop", "Java records"), "hay taller de cocteles??", ["a"]),
        # FOSDEM 2024: robotics is robots too.
        (("Dora-rs: simplifying robotics stack", "Controlling a Robot Arm", "Java records"),
         "robotics", ["a", "b"]),
        # ML in PL 2025: its round tables are "Discussion Panel"s; ODSC East 2025 has both, and
        # its round tables are the ones asked for. Health care is health; thanks are no topic.
        (("Discussion Panel 1: PL in ML", "Invited Talk 2: Open models"),
         "Bonjour, y a-t-il des tables rondes pendant la conférence ? Merci beaucoup", ["a"]),
        (("Panel Discussion: AI", "Roundtable Discussion: Scaling AI", "Java records"),
         "et les tables rondes ?", ["b"]),
        (("Invited Talk 13: Equity in Healthcare AI", "Java records"),
         "hay algo de salud? muchas gracias", ["a"]),
        (("Invited Talk 13: Equity in Healthcare AI", "Java records"),
         "anything on health? thanks a lot", ["a"]),
        # JFPC 2021, written in French: knapsack constraints, pattern mining, dungeons; "SAT" of a
        # conference that has no Saturday is the problem, not the day.
        (("Contraintes de sac-à-dos", "Java records"), "any talks on knapsack constraints?", ["a"]),
        (("Fouille de motifs sous contraintes", "Java records"),
         "is there something about pattern mining", ["a"]),
        (("Générer des donjons", "Java records"), "hay algo sobre mazmorras o videojuegos?", ["a"]),
        (("Abacus: un solveur SAT", "Java records"), "des exposés sur SAT ?", ["a"]),
        (("Stratégies pour Max-SAT", "Java records"), "hay charlas sobre max-sat", ["a"]),
        # The Libertarian Party of Ohio's convention: canvassing; AIUCD 2025, in Italian: digital
        # editions and manuscripts.
        (("Door knocking that works", "Java records"), "il y a un truc sur le porte a porte ?", ["a"]),
        (("L'edizione digitale del carteggio Canneti-Fiacchi", "Java records"),
         "y a des trucs sur l'edition numerique ?", ["a"]),
        (("Manoscritti e codici miniati", "Il codice sorgente"), "y sobre manuscritos?", ["a"]),
        # CackalackyCon 2024's honeypots asked in French.
        (("HoneyPot Workshop", "Java records"), "un truc sur les pots de miel ?", ["a"]),
        # The NorESM workshop: its exercises asked in Spanish.
        (("Exercise-1 -- Setup, build and run NorESM", "Java records"), "cuando son los ejercicios", ["a"]),
    ],
)  # fmt: skip
def test_a_topic_as_people_ask_it(titles: tuple[str, ...], text: str, found: list[str]) -> None:
    programme, start = _talks_at_once(*titles)
    assert sorted(s["id"] for s in respond(text, start, programme).as_json(programme)["sessions"]) == found


def test_sessions_asked_for_by_kind_alone_are_headed_by_the_kind_not_the_message() -> None:
    programme, start = _talks_at_once("Discussion Panel 1: PL in ML", "Invited Talk 2: Open models")
    asked = {
        "Bonjour, y a-t-il des tables rondes pendant la conférence ?": "Séances sur « table ronde » :",
        "any round tables?": "Sessions about “round table”:",
        "¿hay mesas redondas?": "Sesiones sobre «mesa redonda»:",
    }
    assert {text: respond(text, start, programme).html.splitlines()[0] for text in asked} == asked


def test_an_idea_of_several_words_is_headed_as_the_reader_writes_it() -> None:
    programme, start = _talks_at_once("Fouille de motifs sous contraintes", "Java records")
    asked = {
        "is there something about pattern mining": "Sessions about “data mining”:",
        "y a des trucs sur la fouille de données ?": "Séances sur « fouille de données » :",
        "hay algo de mineria de datos": "Sesiones sobre «minería de datos»:",
    }
    assert {text: respond(text, start, programme).html.splitlines()[0] for text in asked} == asked


def test_the_r_language_is_the_capital_letter_alone() -> None:
    """SQLSaturdays' "R Services", "Intro to R": the language, asked "about R" or "con r";
    not "R&D", an initial, nor the "r" of "what r the talks"."""
    programme, start = _talks_at_once(
        "SQL Server R Services en SQL 2016",
        "Intro to R and the tidyverse",
        "R&D at scale",
        "George R. Smith live",
    )
    asked = {
        "any sessions about R": "Sessions about “R language”:",
        "y a des talks sur R ?": "Séances sur « langage R » :",
        "hay charlas con r?": "Sesiones sobre «lenguaje R»:",
        "algo del lenguaje r": "Sesiones sobre «lenguaje R»:",
    }
    replies = {text: respond(text, start, programme) for text in asked}
    assert {text: reply.html.splitlines()[0] for text, reply in replies.items()} == asked
    for reply in replies.values():
        assert sorted(s["id"] for s in reply.as_json(programme)["sessions"]) == ["a", "b"]
    assert respond("what r the talks now", start, programme).as_json(programme)["intent"] == "now"


def test_a_short_weekday_stays_a_day_where_the_conference_has_it() -> None:
    """ "sat" is Saturday at a conference with a Saturday, even where a text says "SAT"."""
    zone = ZoneInfo("Europe/Paris")
    friday = datetime(2026, 5, 8, 10, tzinfo=zone)
    sessions = [
        talk("a", friday, friday + timedelta(hours=1), "Abacus: un solveur SAT"),
        talk("b", friday + timedelta(days=1), friday + timedelta(days=1, hours=1), "Java records"),
    ]
    programme = small_programme(zone, sessions)
    reply = respond("what's on sat at 10?", friday, programme).as_json(programme)
    assert [s["id"] for s in reply["sessions"]] == ["b"]


def test_a_word_for_the_event_after_of_the_says_which_event_not_what_about() -> None:
    """PAX Online 2020: "le tout premier événement du festival samedi ?" asks what comes first;
    "del congreso", "of the convention" likewise."""
    zone = ZoneInfo("America/Los_Angeles")
    saturday = datetime(2020, 9, 12, 9, tzinfo=zone)
    sessions = [
        talk("a", saturday, saturday + timedelta(hours=2), "Hearts Amiss"),
        talk("b", saturday + timedelta(hours=3), saturday + timedelta(hours=4), "Factorio"),
    ]
    programme = small_programme(zone, sessions)
    asked = saturday - timedelta(hours=13)
    for text in (
        "Quel est le tout premier événement du festival samedi ?",
        "¿cuál es el primer evento del congreso el sábado?",
        "what's the very first thing of the convention on saturday?",
    ):
        assert [s["id"] for s in respond(text, asked, programme).as_json(programme)["sessions"]] == ["a"], (
            text
        )


def test_saying_one_is_late_is_no_topic_of_a_question_on_what_is_on_now() -> None:
    """The NorESM workshop's "sorry joined late, what are we doing rn", "on est sur quoi là ?
    j'arrive en retard", "perdón, llego tarde, ¿qué hay ahora?"."""
    programme, start = _talks_at_once("First look on model output", "Java records")
    for text in (
        "sorry joined late, what are we doing rn",
        "on est sur quoi la ? j'arrive en retard",
        "perdón, llego tarde, ¿qué hay ahora?",
    ):
        reply = respond(text, start + timedelta(minutes=20), programme).as_json(programme)
        assert (reply["intent"], sorted(s["id"] for s in reply["sessions"])) == ("now", ["a", "b"]), text


def test_a_session_s_printed_code_typed_alone() -> None:
    """Ignite The Tour Dubai 2020's catalogue prints codes attendees type: "c koi BRK30191"."""
    zone = ZoneInfo("Asia/Dubai")
    start = datetime(2020, 2, 10, 10, 45, tzinfo=zone)
    end = start.replace(hour=11, minute=30)
    sessions = [
        talk("brk30191", start, end, "Introducing Azure Sentinel"),
        talk("mod20", start, end, "Databases"),
    ]
    programme = small_programme(zone, sessions)
    for text, found in (("c koi BRK30191", ["brk30191"]), ("que es el MOD20", ["mod20"])):
        assert [s["id"] for s in respond(text, start, programme).as_json(programme)["sessions"]] == found


@pytest.mark.parametrize(
    "text",
    [
        "how my team writes documentation - is there a session about that?",
        # DDD Melbourne 2024, SnowCamp 2024: without a word for a session.
        "looking for something on writing documentation",
        "Bonjour, est-ce qu'il y a des conférences qui parlent de documentation ? Merci d'avance",
    ],
)
def test_a_document_word_asked_as_a_subject_in_a_programme_without_documents(text: str) -> None:
    """Devoxx UK 2023: "how my team writes documentation: is there a session about that?" asks for
    the talk titled so, not for papers."""
    programme, start = _talks_at_once("10 Best Practices for Writing Documentation", "Java records")
    answer = respond(text, start, programme)
    assert answer.as_json(programme)["rule"] == "topic-or-kind"
    assert [s["id"] for s in answer.as_json(programme)["sessions"]] == ["a"]


def test_documents_asked_of_a_programme_that_lists_none_are_not_known() -> None:
    """set_h's "can i get the slides of the presentations": the programme lists no documents, so
    the bot does not know (it says so), rather than searching sessions."""
    programme, start = _talks_at_once("Graph databases", "Java records")
    for text in ("can i get the slides of the presentations", "où sont les slides ?"):
        reply = respond(text, start, programme)
        answer = reply.as_json(programme)
        assert (answer["intent"], answer["sessions"]) == ("unknown", []), text
        assert "documents" in reply.html, reply.html  # "No session of this programme lists documents."


def test_a_word_for_a_room_in_a_title_s_phrase_is_a_topic() -> None:
    """ "visual studio sessions?" (Linuxwochen Wien 2016): "studio", a word for a room, is part of
    what the talks are about where a title says "Visual Studio"."""
    start = datetime(2016, 4, 29, 11, tzinfo=ZoneInfo("Europe/Vienna"))
    end = start.replace(hour=12)
    sessions = [
        talk("code", start, end, "Visual Studio Code"),
        talk("visual", start, end, "Visual impairment and the web"),
    ]
    programme = small_programme(ZoneInfo("Europe/Vienna"), sessions)
    answer = respond("visual studio sessions?", start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["code"]


@pytest.mark.parametrize(
    "text", ["hay alguna charla sobre suecia?", "talks about sweden", "des confs sur la suède ?"]
)
def test_a_country_is_found_by_its_name_in_another_language(text: str) -> None:
    """FOSSGIS 2010's «FOSSGIS in Schweden», asked in Spanish, English or French."""
    start = datetime(2010, 3, 2, 15, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    end = start.replace(hour=16)
    sessions = [talk("se", start, end, "FOSSGIS in Schweden"), talk("other", start, end, "OpenLayers 3")]
    programme = small_programme(ZoneInfo("Europe/Berlin"), sessions)
    assert [s["id"] for s in respond(text, start, programme).as_json(programme)["sessions"]] == ["se"]


def test_a_long_form_finds_its_short_form_of_letters_and_digits() -> None:
    """PyOhio 2024: "kubernetes" finds «Automating K8s Ops» beside a title that says Kubernetes."""
    start = datetime(2024, 7, 27, 11, 45, tzinfo=ZoneInfo("America/New_York"))
    end = start.replace(hour=12)
    sessions = [
        talk("k8s", start, end, "Simplifying Web App Operations: Automating K8s Ops"),
        talk("kube", start, end, "Kubernetes and the Art of Simplicity"),
        talk("other", start, end, "Data Engineering"),
    ]
    programme = small_programme(ZoneInfo("America/New_York"), sessions)
    answer = respond("y a des trucs sur kubernetes ?", start, programme).as_json(programme)
    assert sorted(s["id"] for s in answer["sessions"]) == ["k8s", "kube"]


def test_a_practical_word_before_a_word_for_sessions_is_what_they_are_about() -> None:
    """Penguicon 2019: "any vegan food sessions?" finds the food track's vegan cooking sessions;
    "is there vegan food?" stays a practical question no programme answers."""
    start = datetime(2019, 5, 4, 11, tzinfo=ZoneInfo("America/Detroit"))
    sessions = [
        talk("cook", start.replace(hour=16), start.replace(hour=17), "Vegan cooking demo"),
        talk("other", start.replace(hour=16), start.replace(hour=17), "Linux on the desktop"),
    ]
    programme = small_programme(ZoneInfo("America/Detroit"), sessions)
    assert found_ids(programme, start, "any vegan food sessions?") == ["cook"]
    assert respond("is there vegan food?", start, programme).as_json(programme)["intent"] == "unknown"


def test_a_german_compound_is_found_by_its_first_word() -> None:
    """A German text says "Klimakrise" and "Quantenzeitalter": asked about the climate or
    quantum things in another language, they are found; a plural the lexicon leaves out on purpose
    ("Netzwerke", often neural or social) is not a compound."""
    start = datetime(2019, 12, 27, 11, tzinfo=ZoneInfo("Europe/Berlin"))
    end = start.replace(hour=12)
    sessions = [
        talk("klima", start, end, "Aufstand oder Aussterben?", description="Ein Vortrag über die Klimakrise"),
        talk("quanten", start, end, "Theater und Quantenzeitalter"),
        talk("netze", start, end, "Soziale Netzwerke und Wahlen"),
        talk("other", start, end, "Wie man Orgeln baut"),
    ]
    programme = small_programme(ZoneInfo("Europe/Berlin"), sessions)

    found = partial(found_ids, programme, start)

    assert found("anything about climate") == ["klima"]
    assert found("algo sobre el cambio climático") == ["klima"]
    assert found("y a des confs sur le quantique ?") == ["quanten"]
    assert "netze" not in found("talks about computer networks")


def test_a_short_form_in_capitals_names_its_idea() -> None:
    """ "AI" in a text is artificial intelligence, asked as "l'IA" or "inteligencia artificial";
    "ai" in lower case is French ("j'ai"). "VR" stands for "virtual reality" too."""
    start = datetime(2025, 3, 18, 13, tzinfo=ZoneInfo("America/New_York"))
    end = start.replace(hour=14)
    sessions = [
        talk("ai", start, end, "Open OnDemand and AI", description="Running AI models on clusters"),
        talk("jai", start, end, "Retour d'expérience", description="J'ai migré nos serveurs"),
        talk("vr", start, end, "Shifting to high gear", description="A VR headset on Linux"),
        talk("virtual", start, end, "Virtual reality for all"),
    ]
    programme = small_programme(ZoneInfo("America/New_York"), sessions)

    def found(question: str) -> set[str]:
        return set(found_ids(programme, start, question))

    assert found("des confs sur l'IA") == {"ai"}
    assert found("hay charlas de inteligencia artificial") == {"ai"}
    assert found("VR") == {"vr", "virtual"}


def test_a_topic_of_alternatives_finds_the_sessions_of_each() -> None:
    """ "schools or education", "mujeres o género": the sessions on either, not only on both."""
    start = datetime(2022, 8, 20, 11, tzinfo=ZoneInfo("Europe/Rome"))
    end = start.replace(hour=12)
    sessions = [
        talk("schools", start, end, "OpenStreetMap in schools"),
        talk("education", start, end, "Educational initiatives and mapping"),
        talk("women", start, end, "Women leadership in mapping"),
        talk("gender", start, end, "Fighting gender based violence"),
        talk("other", start, end, "Vector tiles"),
    ]
    programme = small_programme(ZoneInfo("Europe/Rome"), sessions)

    def found(question: str) -> set[str]:
        return set(found_ids(programme, start, question))

    assert found("anything on schools or education") == {"schools", "education"}
    assert found("charlas sobre mujeres o genero") == {"women", "gender"}
    assert found("des confs sur les femmes ou le genre ?") == {"women", "gender"}
    # "où" typed "ou" before the topic is "where", not "or": one topic.
    assert parse("ou sont les ateliers sur les écoles", start, programme).either == ()


def test_a_list_with_slashes_or_commas_is_alternatives() -> None:
    """ "serrures / crochetage", "teachers, classroom etc": the sessions on any of them, as the
    one on all of them would be the only answer if the words were one topic."""
    start = datetime(2022, 8, 20, 11, tzinfo=ZoneInfo("Europe/Rome"))
    end = start.replace(hour=12)
    sessions = [
        talk("both", start, end, "Women and gender in open source"),
        talk("women", start, end, "Women leadership in mapping"),
        talk("gender", start, end, "Fighting gender based violence"),
        talk("other", start, end, "Vector tiles"),
    ]
    programme = small_programme(ZoneInfo("Europe/Rome"), sessions)

    def found(question: str) -> set[str]:
        return set(found_ids(programme, start, question))

    assert found("women gender") == {"both"}
    assert found("femmes / genre ?") == {"both", "women", "gender"}
    assert found("stuff on women, gender etc") == {"both", "women", "gender"}
    # A phrase, then examples after a comma: one topic, not each of its words.
    assert parse("women leadership in mapping, like gender", start, programme).either == ()


def test_an_expression_asked_in_another_language_is_its_idea() -> None:
    """ "jeux vidéo" asked of an English programme that also says "jeux" and "vidéo" somewhere is
    video games, not the sessions that have both words; asked of a programme that writes it so,
    its words find it."""
    start = datetime(2018, 2, 3, 11, tzinfo=ZoneInfo("Europe/Brussels"))
    end = start.replace(hour=12)
    sessions = [
        talk("godot", start, end, "Making games with Godot"),
        talk("jeux", start, end, "Jeux Olympiques video archive", description="Video of the jeux"),
        talk("other", start, end, "Vector tiles"),
    ]
    programme = small_programme(ZoneInfo("Europe/Brussels"), sessions)
    answer = respond("des confs sur les jeux vidéo ?", start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["godot"]

    french = [talk("atelier", start, end, "Atelier jeux vidéo"), talk("autre", start, end, "Cartographie")]
    programme = small_programme(ZoneInfo("Europe/Brussels"), french)
    answer = respond("des confs sur les jeux vidéo ?", start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["atelier"]


def test_an_expression_after_an_elision_is_read() -> None:
    """ "l'apprentissage automatique": the expression is read after "l'" as anywhere else."""
    start = datetime(2020, 3, 28, 12, tzinfo=ZoneInfo("America/New_York"))
    end = start.replace(hour=13)
    sessions = [talk("ml", start, end, "Machine learning for everybody"), talk("other", start, end, "Git")]
    programme = small_programme(ZoneInfo("America/New_York"), sessions)
    answer = respond("un truc sur l'apprentissage automatique", start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["ml"]


def test_a_word_of_every_kind_of_session_beside_a_rare_one_does_not_narrow_the_topic() -> None:
    """ "climate change": "change" is in sessions of every kind, "climate" in two; the topic is
    the climate, not only the one session that says both."""
    start = datetime(2024, 2, 3, 11, tzinfo=ZoneInfo("Europe/Brussels"))
    end = start.replace(hour=12)
    sessions = [
        talk("both", start, end, "Open data for climate change"),
        talk("climate", start, end, "Climate models in Fortran"),
        *(talk(f"change-{n}", start, end, f"Change management {n}") for n in range(30)),
    ]
    programme = small_programme(ZoneInfo("Europe/Brussels"), sessions)
    answer = respond("anything about climate change", start, programme).as_json(programme)
    assert {s["id"] for s in answer["sessions"]} == {"both", "climate"}


def test_a_short_word_finds_its_singular_and_plural() -> None:
    """ "gpus" finds "GPU", "llm" finds "LLMs"; French "qui suit" asks what is next, not "suits"."""
    start = datetime(2020, 7, 29, 12, tzinfo=ZoneInfo("UTC"))
    end = start.replace(hour=13)
    sessions = [
        talk("gpu", start, end, "Julia on the GPU"),
        talk("llms", start, end, "Serving LLMs"),
        talk("suits", start, end, "Test suits and suites"),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions)

    found = partial(found_ids, programme, start)

    assert found("hay algo de gpus") == ["gpu"]
    assert found("anything about llm") == ["llms"]
    assert respond("qu'est ce qui suit ?", start, programme).as_json(programme)["intent"] == "next"


def test_one_word_finds_its_other_number_and_its_inflections() -> None:
    """ "galaxies" finds "galaxy", "tests" finds "how to test", "mocking" finds "mocks" and
    "mocked"; a longer word of another family ("mockup") is no inflection."""
    start = datetime(2025, 11, 19, 9, tzinfo=ZoneInfo("Pacific/Auckland"))
    end = start.replace(hour=10)
    sessions = [
        talk("galaxy", start, end, "A guide to the galaxy"),
        talk("galaxies", start, end, "Colliding galaxies"),
        talk("test", start, end, "System apps", description="How to test all of this on an emulator."),
        talk("mocks", start, end, "Fixtures", description="Fixtures with mocks."),
        talk("mocked", start, end, "Refactoring", description="Heavily mocked code."),
        talk("mockup", start, end, "Design", description="From a mockup to an app."),
        talk("other", start, end, "Vector tiles"),
    ]
    programme = small_programme(ZoneInfo("Pacific/Auckland"), sessions)
    found = partial(found_ids, programme, start)

    assert sorted(found("anything about galaxies")) == ["galaxies", "galaxy"]
    assert found("y a des trucs sur les tests ?") == ["test"]
    assert sorted(found("anything on mocking")) == ["mocked", "mocks"]


def test_microservices_asked_in_spanish_find_every_mention() -> None:
    """DevNexus: "microservicios" finds the sessions that say "microservices" in passing too."""
    start = datetime(2023, 4, 5, 10, tzinfo=ZoneInfo("America/New_York"))
    end = start.replace(hour=11)
    sessions = [
        talk("title", start, end, "From monolith to microservices"),
        talk("passing", start, end, "Quarkus", description="Perfect for microservices and serverless."),
        talk("other", start, end, "Gradle plugins"),
    ]
    programme = small_programme(ZoneInfo("America/New_York"), sessions)
    assert sorted(found_ids(programme, start, "microservicios")) == ["passing", "title"]


def test_a_camp_s_german_workshops_are_found_from_french_and_spanish() -> None:
    """Klimacamp 2015 (German texts): "gaz de schiste" finds Fracking, "decrecimiento" Postwachstum,
    "premiers secours" an Erste-Hilfe workshop (a subject of sessions, not the venue's first aid)."""
    start = datetime(2015, 8, 10, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    end = start.replace(hour=11)
    sessions = [
        talk("fracking", start, end, "Fracking in Europa"),
        talk("degrowth", start, end, "Einführung in Postwachstum"),
        talk("aid", start, end, "Erste Hilfe für Aktionen"),
    ]
    programme = small_programme(ZoneInfo("Europe/Berlin"), sessions)
    found = partial(found_ids, programme, start)
    assert found("qqch sur le gaz de schiste ?") == ["fracking"]
    assert found("quiero ver charlas sobre decrecimiento") == ["degrowth"]
    assert found("est-ce qu'il y a des ateliers sur les premiers secours ?") == ["aid"]


def test_a_geodata_conference_s_german_titles_are_found_from_other_languages() -> None:
    """FOSSGIS 2015 (German titles): "séries temporelles" is Zeitreihenanalyse, "zonas de bajas
    emisiones" Umweltzone, "user group meetings" the Anwendertreffen, "asamblea general" the
    Vollversammlung, "geocoding" a talk on Geocodern."""
    start = datetime(2015, 3, 12, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    end = start.replace(hour=10)
    sessions = [
        talk("series", start, end, "Zeitreihenanalyse mit GRASS GIS"),
        talk("zone", start, end, "Projekt Umweltzone"),
        talk("users", start, end, "Mapbender Anwendertreffen"),
        talk("assembly", start, end, "Vollversammlung FOSSGIS e.V."),
        talk(
            "geocoder", start, end, "Welches Münster meinen Sie?", description="Ein Vergleich von Geocodern."
        ),
        talk("other", start, end, "QGIS Server"),
    ]
    programme = small_programme(ZoneInfo("Europe/Berlin"), sessions)
    found = partial(found_ids, programme, start)
    assert found("y a-t-il quelque chose sur les séries temporelles ?") == ["series"]
    assert found("hay algo sobre zonas de bajas emisiones?") == ["zone"]
    assert found("are there any user group meetings?") == ["users"]
    assert found("cuando es la asamblea general?") == ["assembly"]
    assert found("any talks about geocoding?") == ["geocoder"]
    toll = small_programme(
        ZoneInfo("Europe/Berlin"), [talk("toll", start, end, "OpenStreetMap bei der Lkw-Maut")]
    )
    assert found_ids(toll, start, "¿hay alguna charla sobre los peajes de camiones?") == [
        "toll"
    ]  # FOSSGIS 2014
    rapperswil = small_programme(  # FOSSGIS 2013
        ZoneInfo("Europe/Zurich"),
        [
            talk("sewer", start, end, "Das QGEP Abwasser Projekt"),
            talk("traffic", start, end, "MATSim: Open-Source-Verkehrssimulation mit offenen Daten"),
            talk("numbers", start, end, "Effizientes Mappen von Hausnummern"),
            talk("other", start, end, "Netzwerkanalysen mit GRASS GIS"),
        ],
    )
    found = partial(found_ids, rapperswil, start)
    assert found("anything about wastewater / sewer networks?")[0] == "sewer"  # networks: ranked after
    assert found("is there a talk on traffic simulation") == ["traffic"]
    assert found("des trucs sur les numéros de rue dans OSM ?") == ["numbers"]


def test_a_workshop_on_a_topic_no_workshop_has_finds_the_sessions_on_it() -> None:
    """Klimacamp 2015: "un atelier sur les abeilles" where the bees are a talk, not a workshop: the
    talk, not every workshop of the camp."""
    start = datetime(2015, 8, 13, 15, tzinfo=ZoneInfo("Europe/Berlin"))
    end = start.replace(hour=16)
    sessions = [
        talk("bees", start, end, "Bienen in der Stadt"),
        talk("ukulele", start, end, "Ukulele for dummies", kind=SessionKind.OTHER),
        *(
            talk(f"workshop-{n}", start, end, f"Aktionstraining {n}", kind=SessionKind.WORKSHOP)
            for n in range(5)
        ),
    ]
    programme = small_programme(ZoneInfo("Europe/Berlin"), sessions)
    assert found_ids(programme, start, "y a un atelier sur les abeilles ou les insectes ?") == ["bees"]
    # A word no idea of the lexicon has, misspelt: still the one session that has it.
    assert found_ids(programme, start, "Hola! Hay algún taller o charla de ukelele? Gracias") == ["ukulele"]


def test_a_convention_s_topics_are_found_from_another_language() -> None:
    """Octocon and the congresses: "hay algo sobre hongos?" finds the mushroom walk, "contes de
    fées" fairy tales, "poesía" the poetry reading."""
    start = datetime(2024, 10, 5, 10, tzinfo=ZoneInfo("Europe/Dublin"))
    end = start.replace(hour=11)
    sessions = [
        talk("fungi", start, end, "Pilze sammeln im Stadtpark"),
        talk("fairies", start, end, "Fairy tales retold"),
        talk("poems", start, end, "Poetry reading"),
        talk("other", start, end, "Worldbuilding"),
    ]
    programme = small_programme(ZoneInfo("Europe/Dublin"), sessions)
    found = partial(found_ids, programme, start)
    assert found("hay algo sobre hongos?") == ["fungi"]
    assert found("et sur les contes de fées ?") == ["fairies"]
    assert found("algo de poesía?") == ["poems"]


def test_a_maker_festival_s_topics_are_found_from_another_language() -> None:
    """EMF Camp 2022: "un atelier pour travailler le cuir" finds the leatherwork, "sous-titres
    pour les malentendants" the live captions, "et pour les aveugles ?" the talk on seeing
    without sight, "algo de alquimia?" the alchemy, "patinetes" the scooters."""
    start = datetime(2022, 6, 3, 10, tzinfo=ZoneInfo("Europe/London"))
    end = start.replace(hour=11)
    sessions = [
        talk("leather", start, end, "Introduction to leatherwork"),
        talk("captions", start, end, "Wearable live captions", description="For deaf people"),
        talk("blind", start, end, "Sense without sight", description="How blind people navigate"),
        talk("alchemy", start, end, "Computational alchemy"),
        talk("scooters", start, end, "Who watches the scooters?"),
        talk("other", start, end, "Worldbuilding"),
    ]
    programme = small_programme(ZoneInfo("Europe/London"), sessions)
    found = partial(found_ids, programme, start)
    assert found("un atelier pour apprendre à travailler le cuir ?") == ["leather"]
    assert found("qqch sur les sous-titres ?") == ["captions"]
    assert found("des trucs pour les malentendants ?") == ["captions"]
    assert found("et pour les aveugles ?") == ["blind"]
    assert found("algo de alquimia?") == ["alchemy"]
    assert found("y sobre patinetes?") == ["scooters"]


def test_everyday_topics_are_found_from_another_language() -> None:
    """Words of everyday life asked in French or Spanish of an English programme: "threads
    virtuels", "arquitectura limpia", "le seigneur des anneaux", "film muet", "naves espaciales",
    "apps hors ligne", "filogenética", "microrredes", "perquisition"."""
    start = datetime(2023, 7, 26, 10, tzinfo=ZoneInfo("America/New_York"))
    end = start.replace(hour=11)
    sessions = [
        talk("loom", start, end, "Virtual threads in practice"),
        talk("clean", start, end, "Clean Architecture for Android"),
        talk("rings", start, end, "Tolkien's languages", description="The Lord of the Rings, read again"),
        talk("silent", start, end, "Caligari: a silent film with live music"),
        talk("ships", start, end, "Designing believable spaceships"),
        talk("offline", start, end, "Offline-first apps with Flutter"),
        talk("trees", start, end, "Sorting gene trees", description="Phylogenetic inference in Julia"),
        talk("grid", start, end, "Islanding microgrids safely"),
        talk("raid", start, end, "Was tun bei einer Hausdurchsuchung?"),
        talk("ddd", start, end, "A use case of domain-driven design in Django"),
        talk("money", start, end, "How to facilitate sponsorships for open source projects"),
        talk("other", start, end, "Worldbuilding"),
    ]
    programme = small_programme(ZoneInfo("America/New_York"), sessions)
    found = partial(found_ids, programme, start)
    assert found("threads virtuels") == ["loom"]
    assert found("arquitectura limpia") == ["clean"]
    assert found("algo sobre el señor de los anillos") == ["rings"]
    assert found("projection de film muet ?") == ["silent"]
    assert found("algo de naves espaciales") == ["ships"]
    assert found("apps hors ligne ?") == ["offline"]
    assert found("algo de filogenética?") == ["trees"]
    assert found("busco charlas sobre microrredes electricas") == ["grid"]
    assert found("que faire en cas de perquisition, y a une conf ?") == ["raid"]
    assert found("hay algo de diseño guiado por el dominio?") == ["ddd"]
    assert found("charlas sobre patrocinio") == ["money"]


def test_vision_science_and_app_topics_are_found_from_another_language() -> None:
    """VSS 2026, droidcon London 2024, the Augsburger Linux-Infotag: "et sur le sommeil ?",
    "daltonismo", "couverture de code", "monetizar", "gestión de proyectos" (Projektmanagement)."""
    start = datetime(2026, 5, 16, 9, tzinfo=ZoneInfo("America/New_York"))
    end = start.replace(hour=10)
    sessions = [
        talk("sleep", start, end, "Sleep deprivation and visual search"),
        talk("colour", start, end, "Colour vision deficiency in the wild"),
        talk("coverage", start, end, "Measuring test coverage in Kotlin"),
        talk("money", start, end, "How to monetize your app"),
        talk("pm", start, end, "Vom Digital Native zum Digital Naiv", description="Projektmanagement heute"),
        talk("other", start, end, "Worldbuilding"),
    ]
    programme = small_programme(ZoneInfo("America/New_York"), sessions)
    found = partial(found_ids, programme, start)
    assert found("et sur le sommeil ?") == ["sleep"]
    assert found("Hola! Hay algun poster sobre daltonismo?") == ["colour"]
    assert found("et sur la couverture de code ?") == ["coverage"]
    assert found("como monetizar una app, hay algo?") == ["money"]
    assert found("¿hay alguna charla sobre gestión de proyectos?") == ["pm"]


def test_a_hacker_conference_s_and_a_german_programme_s_topics() -> None:
    """HOPE XV and Tübix 2026: "et sur la géo-ingénierie ?", "il paraît qu'il y a un truc avec des
    chèvres ??" (Ziegen)."""
    start = datetime(2024, 7, 12, 10, tzinfo=ZoneInfo("America/New_York"))
    end = start.replace(hour=11)
    sessions = [
        talk("geo", start, end, "Hacking the planet: solar geoengineering"),
        talk("goats", start, end, "Ziegen im Rechenzentrum"),
        talk("other", start, end, "Worldbuilding"),
    ]
    programme = small_programme(ZoneInfo("America/New_York"), sessions)
    found = partial(found_ids, programme, start)
    assert found("et sur la géo-ingénierie ?") == ["geo"]
    assert found("il parait qu'il y a un truc avec des chèvres ??") == ["goats"]


def test_a_maker_camp_s_crafts_and_foods_are_found_from_another_language() -> None:
    """EMF Camp 2018, jev22: "et de la reliure ?", "un taller de kéfir o fermentados", "un truc
    sur le chocolat ??"."""
    start = datetime(2018, 8, 31, 12, tzinfo=ZoneInfo("Europe/London"))
    end = start.replace(hour=13)
    sessions = [
        talk("binding", start, end, "Japanese stab bookbinding", kind=SessionKind.WORKSHOP),
        talk("ferment", start, end, "Fermentation for beginners", kind=SessionKind.WORKSHOP),
        talk("choc", start, end, "Schokolade selber machen"),
        *(talk(f"w{n}", start, end, f"Soldering {n}", kind=SessionKind.WORKSHOP) for n in range(3)),
    ]
    programme = small_programme(ZoneInfo("Europe/London"), sessions)
    found = partial(found_ids, programme, start)
    assert found("et de la reliure ?") == ["binding"]
    assert found("hay algun taller de kefir o fermentados?") == ["ferment"]
    assert found("un truc sur le chocolat ??") == ["choc"]


def test_an_expression_with_an_elision_is_its_idea() -> None:
    """HOPE XV: "un talk sur le droit d'auteur ?" is copyright, not every right and author."""
    start = datetime(2024, 7, 12, 10, tzinfo=ZoneInfo("America/New_York"))
    end = start.replace(hour=11)
    sessions = [
        talk("copyright", start, end, "Copyright is broken"),
        talk("rights", start, end, "Digital rights for authors", description="Every right an author has"),
    ]
    programme = small_programme(ZoneInfo("America/New_York"), sessions)
    assert found_ids(programme, start, "un talk sur le droit d'auteur ?") == ["copyright"]


def test_a_pause_s_word_after_about_is_what_sessions_are_about() -> None:
    """EMF Camp's coffee workshops: "des talks sur le café ?" asks for them, "la pause café"
    for the break."""
    start = datetime(2024, 5, 31, 8, 30, tzinfo=ZoneInfo("Europe/London"))
    end = start.replace(hour=9, minute=30)
    sessions = [
        talk("roast", start, end, "Pop-up cafe: roast your own coffee", kind=SessionKind.WORKSHOP),
        talk(
            "break",
            start.replace(hour=10),
            start.replace(hour=10, minute=30),
            "Coffee break",
            kind=SessionKind.BREAK,
        ),
    ]
    programme = small_programme(ZoneInfo("Europe/London"), sessions)
    assert found_ids(programme, start, "des talks sur le café ?")[:1] == ["roast"]
    assert found_ids(programme, start, "c'est quand la pause café ?") == ["break"]


def test_breakfast_typed_short_is_breakfast_not_lunch() -> None:
    """JuliaCon 2023's "Breakfast in Stata Center": "le petit déj c'est à quelle heure ?"."""
    start = datetime(2023, 7, 26, 7, tzinfo=ZoneInfo("America/New_York"))
    sessions = [
        talk("breakfast", start, start.replace(hour=8), "Breakfast in Stata Center", kind=SessionKind.BREAK),
        talk("lunch", start.replace(hour=12), start.replace(hour=13), "Lunch", kind=SessionKind.LUNCH),
    ]
    programme = small_programme(ZoneInfo("America/New_York"), sessions)
    assert found_ids(programme, start, "le petit déj c'est à quelle heure ?") == ["breakfast"]


@pytest.mark.parametrize(
    "text", ["cuando son los almuerzos?", "when are the lunches?", "c'est quand les déjeuners ?"]
)
def test_lunches_in_the_plural_are_the_lunch_sessions(text: str) -> None:
    """GraphQLConf 2024: "cuando son los almuerzos?", its lunches breaks titled 'Lunch Break'."""
    start = datetime(2024, 9, 10, 9, tzinfo=ZoneInfo("America/Los_Angeles"))
    sessions = [
        talk("lunch-1", start.replace(hour=12), start.replace(hour=13), "Lunch", kind=SessionKind.LUNCH),
        talk(
            "lunch-2",
            start.replace(day=11, hour=12),
            start.replace(day=11, hour=13),
            "Lunch",
            kind=SessionKind.LUNCH,
        ),
        talk("talk", start.replace(hour=14), start.replace(hour=15), "Federation at scale"),
    ]
    programme = small_programme(ZoneInfo("America/Los_Angeles"), sessions)
    assert parse(text, start, programme).kinds == (SessionKind.LUNCH,)
    assert found_ids(programme, start, text) == ["lunch-1", "lunch-2"]


def test_sessions_in_a_language_are_those_that_say_it_where_no_room_is_interpreted() -> None:
    """JuliaCon 2023 interprets no room; "hay alguna charla en español?" is the talk whose title
    says "(Spanish)"."""
    start = datetime(2023, 7, 28, 10, tzinfo=ZoneInfo("America/New_York"))
    end = start.replace(hour=11)
    sessions = [
        talk("es", start, end, "Julia para gente con prisa (Spanish)"),
        talk("en", start, end, "Julia for people in a hurry"),
    ]
    programme = small_programme(ZoneInfo("America/New_York"), sessions)
    assert found_ids(programme, start, "hay alguna charla en español?") == ["es"]
    assert found_ids(programme, start, "des talks en espagnol ?") == ["es"]


def test_phone_french_for_something_is_no_topic_word() -> None:
    """ "qqch sur la mythologie": "qqch" is "quelque chose", not a word to look for."""
    start = datetime(2024, 10, 6, 10, tzinfo=ZoneInfo("Europe/Dublin"))
    programme = small_programme(
        ZoneInfo("Europe/Dublin"), [talk("myths", start, start.replace(hour=11), "Irish mythology")]
    )
    assert parse("qqch sur la mythologie", start, programme).topic == ("mythologie",)


def test_retirement_in_every_language_and_the_first_talk_written_with_a_figure() -> None:
    """PyCon HK 2025's "My Poor Fund: How MPF Fees Are Eating Your Retirement": "des talks sur la
    retraite ?", "charlas sobre jubilación"; "c quoi le 1er talk ce matin" asks for the first."""
    hong_kong = ZoneInfo("Asia/Hong_Kong")
    start = datetime(2025, 10, 11, 10, 25, tzinfo=hong_kong)
    sessions = [
        talk("pip", start, start.replace(hour=10, minute=55), "pip install community"),
        talk("mpf", start.replace(hour=12, minute=45), start.replace(hour=13), "MPF Eats Your Retirement"),
    ]
    programme = small_programme(hong_kong, sessions)
    early = start.replace(hour=8, minute=30)
    assert found_ids(programme, early, "y a des talks sur la retraite ?") == ["mpf"]
    assert found_ids(programme, early, "charlas sobre jubilación") == ["mpf"]
    assert found_ids(programme, early, "c quoi le 1er talk ce matin") == ["pip"]
    assert found_ids(programme, early, "what's the 1st talk?") == ["pip"]
    assert found_ids(programme, early, "cuál es la 1ra charla?") == ["pip"]


def test_a_short_form_in_capitals_is_read_inside_japanese_text() -> None:
    """Go Conference 2025's "10年もののAPIサーバーにおけるCI/CDの改善の奮闘": "CI" sits between Japanese
    letters, which are word characters too."""
    tokyo = ZoneInfo("Asia/Tokyo")
    start = datetime(2025, 9, 28, 18, tzinfo=tokyo)
    sessions = [
        talk("cicd", start, start.replace(hour=19), "10年もののAPIサーバーにおけるCI/CDの改善の奮闘"),
        talk("gc", start.replace(hour=20), start.replace(hour=21), "GoのGCを理解する"),
    ]
    programme = small_programme(tokyo, sessions)
    assert found_ids(programme, start, "is there a talk on CI?") == ["cicd"]


def test_health_and_machine_words_of_the_twenty_fifth_batch_in_every_language() -> None:
    """MIE 2026 (dementia, stroke), OpenSouthCode 2026 (printers, AI hallucinations) and DevFest
    Calgary 2019 (voice assistants), asked in a language the programme is not written in."""
    rome = ZoneInfo("Europe/Rome")
    start = datetime(2026, 5, 26, 9, tzinfo=rome)
    titles = {
        "dementia": "Digital cognitive tests for Alzheimer's patients",
        "stroke": "Predicting stroke outcomes",
        "printers": "OpenPrinting - We continue to make printing just work!",
        "hallucinations": "Why language models hallucinate",
        "voice": "Building a voice assistant",
        "gpt": "GPT-4 as a clinical coder",
    }
    programme = hourly(rome, start, titles)
    assert found_ids(programme, start, "y a des présentations sur la démence ?") == ["dementia"]
    assert found_ids(programme, start, "sessions sur les AVC svp") == ["stroke"]
    assert found_ids(programme, start, "charlas sobre impresoras") == ["printers"]
    assert found_ids(programme, start, "alguna charla sobre alucinaciones?") == ["hallucinations"]
    assert found_ids(programme, start, "algo sobre asistente de voz") == ["voice"]
    assert found_ids(programme, start, "talks about printers?") == ["printers"]
    assert found_ids(programme, start, "is there anything on chatgpt") == ["gpt"]


def test_load_testing_and_memory_management_in_every_language() -> None:
    """PyCon India 2025: "y a qqch sur les tests de charge ?" (not a phone's charge), "¿hay alguna
    charla sobre la gestión de memoria en Python?" (not every Python talk)."""
    kolkata = ZoneInfo("Asia/Kolkata")
    start = datetime(2025, 9, 13, 10, tzinfo=kolkata)
    sessions = [
        talk("load", start, start.replace(hour=11), "From Stress to Success: Load Testing Python Apps"),
        talk("memory", start.replace(hour=12), start.replace(hour=13), "Memory Management in Python"),
        talk("web", start.replace(hour=14), start.replace(hour=15), "Python for the web"),
    ]
    programme = small_programme(kolkata, sessions)
    assert found_ids(programme, start, "y a qqch sur les tests de charge ?") == ["load"]
    asked = "Buenos días, ¿hay alguna charla sobre la gestión de memoria en Python?"
    assert found_ids(programme, start, asked) == ["memory"]


def test_money_laundering_black_holes_dinner_and_meteorology_asked_across_languages() -> None:
    """EuroPython 2023's "Fighting Money Laundering" (no longer read as corruption), PyConES 2015's
    "Agujeros negros", EuroPython 2014's "EuroPython Dinner", PyCon DE's weather forecasts; "is
    there" asks for a session, it says no one speaks."""
    zone = ZoneInfo("Europe/Madrid")
    start = datetime(2023, 7, 21, 10, tzinfo=zone)
    titles = {
        "aml": "Fighting Money Laundering with Python",
        "holes": "Agujeros negros y optimización de código",
        "dinner": "EuroPython Dinner",
        "forecast": "Operational weather forecasting",
        "bribes": "Tracking bribery",
    }
    programme = hourly(zone, start, titles)
    assert found_ids(programme, start, "algo sobre blanqueo de dinero") == ["aml"]
    assert found_ids(programme, start, "is there a black holes talk") == ["holes"]
    assert found_ids(programme, start, "cuando es la cena") == ["dinner"]
    assert found_ids(programme, start, "alguna charla de meteorología?") == ["forecast"]


def hourly(zone: ZoneInfo, start: datetime, titles: dict[str, str]) -> Programme:
    """A programme of one session an hour from `start`, by id and title."""
    sessions = [
        talk(sid, start + timedelta(hours=n), start + timedelta(hours=n + 1), title)
        for n, (sid, title) in enumerate(titles.items())
    ]
    return small_programme(zone, sessions)


def test_mechanical_keyboards_asked_in_english_of_a_french_programme() -> None:
    """BreizhCamp 2025's "Le monde merveilleux des claviers mécaniques": "is there a talk about
    mechanical keyboards?" was read as someone's name."""
    paris = ZoneInfo("Europe/Paris")
    start = datetime(2025, 6, 26, 10, 30, tzinfo=paris)
    programme = hourly(paris, start, {"claviers": "Le monde merveilleux des claviers mécaniques"})
    assert found_ids(programme, start, "is there a talk about mechanical keyboards?") == ["claviers"]


def test_d_and_d_is_dungeons_and_dragons() -> None:
    """EMF Camp 2016's "is there any d&d tonight" (the "&" is dropped with the other signs)."""
    london = ZoneInfo("Europe/London")
    start = datetime(2016, 8, 6, 18, 30, tzinfo=london)
    titles = {"dnd": "Dungeons and Dragons & board games open session", "solder": "Learn to solder"}
    programme = hourly(london, start.replace(hour=20), titles)
    assert found_ids(programme, start, "is there any d&d tonight") == ["dnd"]


def test_recruitment_negotiation_parties_and_bots_asked_in_spanish_and_french() -> None:
    """Mozilla All Hands 2017's 'Recruiting Hack Time', 'Negotiation Training', 'Closing Party' and
    F8 2017's Messenger bots, asked in Spanish and French."""
    pacific = ZoneInfo("America/Los_Angeles")
    start = datetime(2017, 6, 27, 9, tzinfo=pacific)
    titles = {
        "recruiting": "Recruiting Hack Time",
        "negotiation": "Negotiation Training",
        "party": "Closing Party at the Academy of Sciences",
        "bots": "Boost your business with Messenger bots",
        "photo": "All Team Photo",
    }
    programme = hourly(pacific, start.replace(hour=10), titles)
    assert found_ids(programme, start, "y de reclutamiento?") == ["recruiting"]
    assert found_ids(programme, start, "hay algo de negociacion") == ["negotiation"]
    assert found_ids(programme, start, "y la fiesta?") == ["party"]
    assert found_ids(programme, start, "il y a une fête ?") == ["party"]
    assert found_ids(programme, start, "y de chatbots?") == ["bots"]


def test_translation_said_as_what_sessions_are_about_is_a_search() -> None:
    """F8 2017, both writers: "et sur la traduction ?", "et sur la traduction automatique ?" ask
    for 'Use machine translations…', not about the conference's interpreting, which "y a de la
    traduction ?" still asks."""
    pacific = ZoneInfo("America/Los_Angeles")
    start = datetime(2017, 4, 18, 9, tzinfo=pacific)
    titles = {"mt": "Use machine translations to remove language barriers", "vr": "VR 101"}
    programme = hourly(pacific, start.replace(hour=10), titles)
    assert found_ids(programme, start, "et sur la traduction ?") == ["mt"]
    assert found_ids(programme, start, "et sur la traduction automatique ?") == ["mt"]
    assert found_ids(programme, start, "algo sobre traducción automática?") == ["mt"]
    # Of a programme that says nothing of its languages: the bot does not know.
    interpreting = respond("y a de la traduction ?", start, programme).as_json(programme)
    assert (interpreting["intent"], interpreting["info"]["topics"]) == ("unknown", ["languages"])


def test_a_word_the_lexicon_knows_is_not_a_shorter_word_cut() -> None:
    """PyData Berlin 2014: "is there a party tonight" found 'the most interesting part of a
    computer' ("party" read as a slip for "part") and "in particular" (the stem of "parties");
    "algo sobre brasil" still finds 'Cinema of Brazil' ("brasil" for "brazil")."""
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2014, 7, 26, 16, 40, tzinfo=berlin)
    titles = {
        "gpu": "GPUs: the most interesting part of a computer",
        "queues": "Job queues, in particular gearman",
        "cinema": "Cinema of Brazil today",
    }
    programme = hourly(berlin, start.replace(hour=9), titles)
    assert found_ids(programme, start, "is there a party tonight") == []
    assert found_ids(programme, start, "algo sobre brasil") == ["cinema"]


def test_a_word_written_with_a_hyphen_is_found_typed_as_one() -> None:
    """Disobey 2024: "y a des confs sur le wifi ?" finds 'Wi-Fi Roaming…' as well as 'Advanced
    WiFi Attacks'; "email" finds a description's "e-mail"."""
    helsinki = ZoneInfo("Europe/Helsinki")
    start = datetime(2024, 2, 16, 13, 10, tzinfo=helsinki)
    titles = {
        "roaming": "Wi-Fi Roaming Security and Privacy",
        "attacks": "Advanced WiFi Attacks for Red Team Professionals",
        "phishing": "Phishing: what an e-mail header tells",
    }
    programme = hourly(helsinki, start.replace(hour=14), titles)
    assert found_ids(programme, start, "y a des confs sur le wifi ?") == ["roaming", "attacks"]
    assert found_ids(programme, start, "anything about email?") == ["phishing"]


def test_submarine_cables_and_telephony_asked_in_french_and_spanish() -> None:
    """DENOG16 2024: "des trucs sur les câbles sous-marins ?" asks for submarine cables, not any
    cable ("sous-marins" was read as "marins", which no session has); "hay algo sobre telefonia /
    voz?" is no one's name but a topic."""
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2024, 11, 18, 10, 20, tzinfo=berlin)
    titles = {
        "lifelines": "Submarine cables - lifelines of countries",
        "racks": "Cables and connectors in the data centre",
        "sip": "SIP interworking between VoIP carriers",
        "bgp": "BGP route leaks",
    }
    programme = hourly(berlin, start.replace(hour=11), titles)
    assert found_ids(programme, start, "des trucs sur les câbles sous-marins ?") == ["lifelines"]
    assert found_ids(programme, start, "hay algo sobre telefonia / voz?") == ["sip"]


def test_lightning_talks_asked_in_spanish_and_french() -> None:
    """GUADEC 2016: "las charlas relampago cuando son", "y a des talks éclair ?" find 'Intern
    lightning talks'."""
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2016, 8, 12, 16, 10, tzinfo=berlin)
    titles = {
        "interns": "Intern lightning talks",
        "pykids": "Lightning PyKids",
        "qt": "Integration of Qt applications",
    }
    programme = hourly(berlin, start.replace(hour=17), titles)
    assert found_ids(programme, start, "las charlas relampago cuando son")[:1] == ["interns"]
    assert found_ids(programme, start, "y a des talks éclair ?")[:1] == ["interns"]


def test_two_words_typed_apart_that_the_programme_writes_as_one() -> None:
    """COSCUP 2023: "anything about tiny ml?" finds the 'TinyML' talks, "algo sobre argo cd??" the
    'ArgoCD' ones; droidcon Berlin 2022's "wear os" is still 'Wear OS', which a title writes apart."""
    taipei = ZoneInfo("Asia/Taipei")
    start = datetime(2023, 7, 29, 9, 50, tzinfo=taipei)
    titles = {
        "pico": "TinyML with MicroPython on Raspberry Pi Pico",
        "argo": "Multi-Tenant ArgoCD in enterprise grade",
        "tiles": "Building glanceables for Wear OS",
        "watch": "WearOS tiles in Compose",
        "tiny": "A tiny parser",
    }
    programme = hourly(taipei, start.replace(hour=10), titles)
    assert found_ids(programme, start, "anything about tiny ml?") == ["pico"]
    assert found_ids(programme, start, "algo sobre argo cd??") == ["argo"]
    assert "tiles" in found_ids(programme, start, "any talks about wear os")


def test_aircraft_asked_in_spanish_and_french() -> None:
    """SFSCON 2023: "algo de aviones?" finds 'Real-time aeroplane tracking and the Open Data Hub'."""
    rome = ZoneInfo("Europe/Rome")
    start = datetime(2023, 11, 11, 9, 20, tzinfo=rome)
    titles = {"planes": "Real-time aeroplane tracking and the Open Data Hub", "bikes": "Bike sharing data"}
    programme = hourly(rome, start.replace(hour=10), titles)
    assert found_ids(programme, start, "algo de aviones?") == ["planes"]
    assert found_ids(programme, start, "des confs sur l'aviation ?") == ["planes"]


def test_a_refund_asked_in_french_with_about_it() -> None:
    """SFSCON 2024: "remboursement de windows, ya une conf la dessus ?" is 'State of Microsoft
    Windows Refund', not every talk that says "Windows" ("là-dessus" says "about it")."""
    rome = ZoneInfo("Europe/Rome")
    start = datetime(2024, 11, 8, 11, 30, tzinfo=rome)
    titles = {"refund": "State of Microsoft Windows Refund", "wsl": "Linux on Windows with WSL"}
    programme = hourly(rome, start.replace(hour=12), titles)
    assert found_ids(programme, start, "remboursement de windows, ya une conf la dessus ?") == ["refund"]


def test_a_french_or_spanish_word_finds_its_english_cognate() -> None:
    """NIPS 2015: "décomposition de tenseurs", "programación probabilística" are tensor
    decomposition and probabilistic programming, found as a phrase in an abstract too; an ending
    that would make a short word another ("gif" is no "give") is left alone."""
    start = datetime(2015, 12, 7, 9, tzinfo=ZoneInfo("America/Toronto"))
    end = start.replace(hour=10)
    sessions = [
        talk("tensor", start, end, "Fast Guaranteed Tensor Decomposition"),
        talk("abstract", start, end, "Inference", description="We use probabilistic programming."),
        talk("matrix", start, end, "Matrix decomposition", description="Tensors are not used here."),
        talk("give", start, end, "What we give back"),
    ]
    programme = small_programme(ZoneInfo("America/Toronto"), sessions)
    found = partial(found_ids, programme, start)

    assert found("des exposés sur la décomposition de tenseurs ?") == ["tensor"]
    assert found("algo sobre los tensores") == ["tensor", "matrix"]
    assert found("me interesa la programación probabilística") == ["abstract"]
    assert found("des talks sur les gif ?") == []


def test_a_subject_asked_a_few_words_after_its_marker_and_a_presentation_cut_short() -> None:
    """LSWT 2019 (German titles): "un talk sur l'informatique à l'hôpital" is about hospitals,
    "Krankenhaus"; "une prés sur…" is a presentation, not "près" (near); asked alone, the
    hospital stays a practical question no programme answers."""
    start = datetime(2019, 5, 22, 9, tzinfo=ZoneInfo("Europe/Berlin"))
    end = start.replace(hour=10)
    sessions = [
        talk("snik", start, end, "SNIK - Semantisches Netz des Informationsmanagements im Krankenhaus"),
        talk("dh", start, end, "Semantic Web in the Digital Humanities"),
    ]
    programme = small_programme(ZoneInfo("Europe/Berlin"), sessions)
    found = partial(found_ids, programme, start)

    assert found("yaurait pas un talk sur l'informatique a l'hopital ?") == ["snik"]
    assert found("il y a une pres sur les humanites numeriques ?") == ["dh"]
    assert parse("where is the nearest hospital?", start, programme).intent == "unknown"
    assert parse("un resto pres d'ici ?", start, programme).intent == "unknown"


def test_an_auction_asked_in_spanish_and_a_laugh_and_a_very_are_no_topic() -> None:
    """PonyFest Online 2020: "¿hay alguna subasta hoy?" finds the 'Charity Auction'; "hay algo
    ahora? es muy temprano jaja" asks what is on now."""
    start = datetime(2020, 5, 30, 7, 50, tzinfo=ZoneInfo("America/New_York"))
    sessions = [
        talk(
            "auction", start.replace(hour=13, minute=0), start.replace(hour=14, minute=0), "Charity Auction"
        ),
        talk("early", start.replace(hour=7, minute=30), start.replace(hour=8, minute=30), "Morning Show"),
    ]
    programme = small_programme(ZoneInfo("America/New_York"), sessions)
    found = partial(found_ids, programme, start)

    assert found("Buenas tardes, ¿hay alguna subasta hoy? Me gustaría participar") == ["auction"]
    assert parse("hay algo ahora? es muy temprano jaja", start, programme).intent == "now"


def test_the_opening_is_found_under_its_german_title() -> None:
    """LSWT 2019 opens with 'Begrüßung': "what time does the welcome / opening session start?"."""
    start = datetime(2019, 5, 22, 8, 20, tzinfo=ZoneInfo("Europe/Berlin"))
    sessions = [
        talk("open", start.replace(hour=9, minute=0), start.replace(hour=9, minute=10), "Begrüßung"),
        talk("kg", start.replace(hour=9, minute=10), start.replace(hour=9, minute=30), "Knowledge Graphs"),
    ]
    programme = small_programme(ZoneInfo("Europe/Berlin"), sessions)
    question = "Good morning! Could you please tell me what time the welcome / opening session starts?"
    assert found_ids(programme, start, question) == ["open"]


def test_if_possible_is_politeness() -> None:
    """Touraine Tech 2026: "I'd like to attend one if possible" adds nothing to "GDPR"."""
    start = datetime(2026, 2, 13, 8, 40, tzinfo=ZoneInfo("Europe/Paris"))
    sessions = [
        talk("gdpr", start.replace(hour=13), start.replace(hour=14), "L'article 25 du RGPD avec Postgres"),
        talk("other", start.replace(hour=14), start.replace(hour=15), "Le plus petit possible"),
    ]
    programme = small_programme(ZoneInfo("Europe/Paris"), sessions)
    question = "Hi! Is there any session about GDPR? I'd like to attend one if possible, thanks"
    assert found_ids(programme, start, question) == ["gdpr"]


def test_rna_in_french_and_spanish_and_more_cognates() -> None:
    """ISMB 2025: "ARN" is RNA ("microARN", "ARN circulaires"), "velocidad" is velocity."""
    start = datetime(2025, 7, 22, 13, tzinfo=ZoneInfo("Europe/London"))
    end = start.replace(hour=14)
    sessions = [
        talk("velo", start, end, "TFvelo: gene regulation inspired RNA velocity estimation"),
        talk("mir", start, end, "miRBench: benchmarking microRNA binding site prediction"),
        talk("circ", start, end, "CIRI-Deep: circular RNA in single cells"),
        talk("prot", start, end, "Protein folding at scale"),
    ]
    programme = small_programme(ZoneInfo("Europe/London"), sessions)
    found = partial(found_ids, programme, start)

    assert found("algo de velocidad de ARN?") == ["velo"]
    assert found("y a des talks sur les microARN ?") == ["mir"]
    assert found("et sur les ARN circulaires ?") == ["circ"]


def test_invited_talks_asked_in_spanish_and_french() -> None:
    """EASIAM 2026 titles them "Invited Talk 1"…: "las charlas invitadas", "les conférences invitées"."""
    start = datetime(2026, 8, 24, 12, 45, tzinfo=ZoneInfo("Asia/Seoul"))
    sessions = [
        talk("it1", start.replace(hour=14, minute=0), start.replace(hour=14, minute=40), "Invited Talk 1"),
        talk("pl1", start.replace(hour=8, minute=30), start.replace(hour=9, minute=20), "Plenary Lecture 1"),
    ]
    programme = small_programme(ZoneInfo("Asia/Seoul"), sessions)
    found = partial(found_ids, programme, start)

    assert found("cuando son las charlas invitadas") == ["it1"]
    assert found("les conférences invitées c'est quand ?") == ["it1"]


def test_football_asked_in_spanish_meets_fussball_and_no_foot() -> None:
    """re:publica 23: "hay charlas de futbol?" finds "Fußball der Frauen"; the English "foot" of
    "shooting yourself in the foot" is no football (FOSDEM 2020)."""
    start = datetime(2023, 6, 7, 9, tzinfo=ZoneInfo("Europe/Berlin"))
    end = start.replace(hour=10)
    sessions = [
        talk("frauen", start, end, "Quo vadis, Fußball der Frauen?"),
        talk("rust", start, end, "Rusty instruments", description="Never shoot yourself in the foot."),
    ]
    programme = small_programme(ZoneInfo("Europe/Berlin"), sessions)
    assert found_ids(programme, start, "hay charlas de futbol?") == ["frauen"]


def test_a_word_and_a_letter_joined_by_a_hyphen() -> None:
    """ISMB 2025: "any talks on hi-c?" is Hi-C, not a greeting and a letter."""
    start = datetime(2025, 7, 22, 21, tzinfo=ZoneInfo("Europe/London"))
    later = start.replace(day=23, hour=11)
    sessions = [
        talk("hic", later, later.replace(hour=12), "Unicorn: Enhancing Single-Cell Hi-C Data"),
        talk("rna", later, later.replace(hour=12), "RNA velocity"),
    ]
    programme = small_programme(ZoneInfo("Europe/London"), sessions)
    assert found_ids(programme, start, "any talks on hi-c?") == ["hic"]


def test_dark_matter_in_french_and_thanks_in_advance() -> None:
    """US-RSE'26: "une présentation sur la matière noire ? Merci d'avance" asks about dark matter
    only ("avance" is no topic there)."""
    start = datetime(2026, 10, 19, 8, 5, tzinfo=ZoneInfo("America/Los_Angeles"))
    later = start.replace(hour=10, minute=30)
    sessions = [
        talk(
            "dm", later, later.replace(hour=12), "RAG Assistants", description="Searching dark matter papers."
        ),
        talk("adv", later, later.replace(hour=12), "Lessons", description="Advance your training."),
    ]
    programme = small_programme(ZoneInfo("America/Los_Angeles"), sessions)
    question = "Bonjour, est-ce qu'il y a une présentation sur la matière noire ? Merci d'avance"
    assert found_ids(programme, start, question) == ["dm"]


def test_deep_reinforcement_learning_asked_in_spanish() -> None:
    """NIPS 2015: "aprendizaje por refuerzo profundo" is the 'Deep Reinforcement Learning'
    workshop, not every session on reinforcement learning."""
    start = datetime(2015, 12, 10, 20, tzinfo=ZoneInfo("America/Toronto"))
    later = start.replace(day=11, hour=8, minute=30)
    sessions = [
        talk("drl", later, later.replace(hour=18), "Deep Reinforcement Learning"),
        talk("rl", later, later.replace(hour=18), "Introduction to Reinforcement Learning"),
    ]
    programme = small_programme(ZoneInfo("America/Toronto"), sessions)
    assert found_ids(programme, start, "y sobre aprendizaje por refuerzo profundo?") == ["drl"]


def test_a_technology_with_its_dotted_ending_typed_as_one_word() -> None:
    """BreizhCamp 2026's "1BRC avec Node.js", asked "alguna charla de nodejs?"."""
    start = datetime(2026, 6, 25, 12, 55, tzinfo=ZoneInfo("Europe/Paris"))
    later = start.replace(hour=13, minute=30)
    sessions = [
        talk("node", later, later.replace(hour=14, minute=25), "1BRC avec Node.js : Au-delà de l'Event Loop"),
        talk("ports", later, later.replace(hour=14, minute=25), "Kubernetes NodePorts"),
    ]
    programme = small_programme(ZoneInfo("Europe/Paris"), sessions)
    assert found_ids(programme, start, "alguna charla de nodejs?") == ["node"]


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("hay algo de crucigramas?", "Cryptic crossword workshop"),
        ("hay algo de caligrafia", "Brush lettering and calligraphy"),
        ("anything about fuzzing?", "Fuzzers for embedded firmware"),
        ("is there a session on smart contracts", "Auditing smart contracts"),
        ("des exposés sur la neuroimagerie ?", "Machine learning in neuroimaging"),
    ],
)
def test_more_ideas_of_the_lexicon(question: str, title: str) -> None:
    """Topics other sets asked about that the lexicon did not have (EMF Camp 2018, SIGGRAPH Asia
    2024, SITCON 2022, NIPS 2015)."""
    start = datetime(2024, 12, 4, 9, tzinfo=ZoneInfo("UTC"))
    end = start.replace(hour=10)
    sessions = [talk("asked", start, end, title), talk("other", start, end, "Opening remarks")]
    programme = small_programme(ZoneInfo("UTC"), sessions)
    assert found_ids(programme, start, question) == ["asked"]


def test_cognates_spelt_another_way() -> None:
    """IMRF 2026 and US-RSE'26: "espasticidad", "implantes cocleares", "datos sintéticos" are
    spasticity, cochlear implants and synthetic data, though no lexicon lists them."""
    start = datetime(2026, 6, 25, 8, 40, tzinfo=ZoneInfo("Europe/Rome"))
    end = start.replace(hour=10)
    sessions = [
        talk("spastic", start, end, "Measuring spasticity after stroke"),
        talk("cochlear", start, end, "Speech perception with cochlear implants"),
        talk("synthetic", start, end, "Synthetic data for research software"),
        talk("memory", start, end, "On the path to persistent memory"),
        talk("other", start, end, "Implementation notes on audio"),
    ]
    programme = small_programme(ZoneInfo("Europe/Rome"), sessions)
    found = partial(found_ids, programme, start)

    assert found("espasticidad") == ["spastic"]
    assert found("algo sobre implantes cocleares?") == ["cochlear"]
    assert found("hay charlas sobre datos sinteticos?") == ["synthetic"]
    assert found("y de memoria persistente?") == ["memory"]
    # A word with nothing like it in the programme still finds nothing.
    assert found("charlas sobre espeleologia") == []


@pytest.mark.parametrize(
    ("one", "other"),
    [("sinteticos", "synthetic"), ("cocleares", "cochlear"), ("physique", "physics"), ("memoria", "memory")],
)
def test_spelling_keys_of_cognates_meet(one: str, other: str) -> None:
    assert spelling_key(other) in cognate_keys(one)


def test_spelling_keys_keep_other_words_apart() -> None:
    assert spelling_key("implementation") not in cognate_keys("implantes")
    assert cognate_keys("datos") == frozenset()  # too short to look for


def test_title_words_of_real_programmes_asked_in_french_and_spanish() -> None:
    """Words many programmes put in their titles, asked in the attendee's language: servers,
    circuit boards, the impostor syndrome (DDD Perth 2022 writes "imposter")."""
    start = datetime(2022, 9, 10, 9, tzinfo=ZoneInfo("Australia/Perth"))
    end = start.replace(hour=10)
    sessions = [
        talk("server", start, end, "Running your own mail server"),
        talk("pcb", start, end, "Designing PCBs with code"),
        talk("imposter", start, end, "From imposter life to imposter moments"),
        talk("other", start, end, "Cooking with friends"),
    ]
    programme = small_programme(ZoneInfo("Australia/Perth"), sessions)
    found = partial(found_ids, programme, start)

    assert found("charlas sobre servidores") == ["server"]
    assert found("des talks sur les serveurs ?") == ["server"]
    assert found("algo de circuitos impresos?") == ["pcb"]
    assert found("un truc sur le syndrome de l'imposteur ?") == ["imposter"]


def test_end_to_end_tests_are_a_topic_not_the_end_of_the_day() -> None:
    """BDX I/O 2019: "me interesan las pruebas end to end, hay algo sobre Cypress?"."""
    start = datetime(2019, 11, 15, 11, 55, tzinfo=ZoneInfo("Europe/Paris"))
    sessions = [
        talk(
            "cypress",
            start.replace(hour=12, minute=30),
            start.replace(hour=13),
            "Cypress, les tests End-to-End",
        ),
        talk("last", start.replace(hour=17, minute=30), start.replace(hour=18), "Closing keynote"),
    ]
    programme = small_programme(ZoneInfo("Europe/Paris"), sessions)
    found = partial(found_ids, programme, start)
    assert found("Hola, me interesan las pruebas end to end, hay algo sobre Cypress?") == ["cypress"]
    assert found("des tests de bout en bout ?") == ["cypress"]
    assert found("what's at the end of the day?") == ["last"]


def test_alternatives_read_as_the_topic_was_read() -> None:
    """BDX I/O 2019: "video games or game dev?" is two alternatives though "video games" and "game
    dev" are each read as one idea, found as the programme writes it ("gamedev")."""
    start = datetime(2019, 11, 15, 10, 20, tzinfo=ZoneInfo("Europe/Paris"))
    programme = small_programme(
        ZoneInfo("Europe/Paris"),
        [
            talk("jam", start, start.replace(hour=11), "The game jam: video games in 48 hours"),
            talk(
                "neuro", start, start.replace(hour=11), "Neuroevolution", description="Techniques of gamedev."
            ),
            talk("other", start, start.replace(hour=11), "Kotlin coroutines"),
        ],
    )
    asked = parse("Are there any sessions about video games or game dev?", start, programme)
    assert len(asked.either) == 2 and len(asked.either[-1]) == 1
    assert sorted(found_ids(programme, start, "Are there any sessions about video games or game dev?")) == [
        "jam",
        "neuro",
    ]


def test_fairness_fake_data_and_getting_certified_meet_their_ideas() -> None:
    """PyData London 2022's "Measurement and Fairness" asked "l'équité des algos", "Making fake data
    generators" asked "datos sinteticos o falsos"; SQLSaturday Bogotá 2015's "Tips certifíquese
    como SQL Developer" asked "a session on getting certified" (no talk on "getting" anything)."""
    start = datetime(2022, 6, 18, 10, 15, tzinfo=ZoneInfo("Europe/London"))
    sessions = [
        talk("fair", start, start.replace(hour=11), "Measurement and Fairness: making decisions more fair"),
        talk("fake", start, start.replace(hour=11), "Making fake data generators for open source healthcare"),
        talk("cert", start, start.replace(hour=11), "Tips certifíquese como SQL Developer"),
        talk("other", start, start.replace(hour=11), "Getting started with corruption checks"),
    ]
    programme = small_programme(ZoneInfo("Europe/London"), sessions)
    found = partial(found_ids, programme, start)
    assert found("y a qqch sur l'équité des algos ?") == ["fair"]
    assert found("datos sinteticos o falsos, hay algo?") == ["fake"]
    assert found("is there a session on getting certified") == ["cert"]


def test_two_words_of_a_title_typed_as_one() -> None:
    """SQLSaturday El Salvador 2017's "Optimize your Datawarehouse with Column Store Index" asked
    "columnstore talk?" (not the column families of Cassandra)."""
    start = datetime(2017, 6, 24, 13, tzinfo=ZoneInfo("America/El_Salvador"))
    sessions = [
        talk("cs", start, start.replace(hour=14), "Optimize your Datawarehouse with Column Store Index"),
        talk("col", start, start.replace(hour=14), "Column families in Cassandra"),
    ]
    programme = small_programme(ZoneInfo("America/El_Salvador"), sessions)
    found = partial(found_ids, programme, start)
    assert found("columnstore talk?") == ["cs"]
    assert found("column store") == ["cs"]


def test_database_practice_topics_asked_in_french_and_spanish() -> None:
    """SQLSaturdays' "Extended Events" and "Disaster Recovery" asked "les événements étendus",
    "eventos extendidos", "les plans de reprise après sinistre"."""
    start = datetime(2019, 8, 17, 9, tzinfo=ZoneInfo("America/Chicago"))
    sessions = [
        talk("xe", start, start.replace(hour=10), "Extended Events: the basics"),
        talk("dr", start, start.replace(hour=10), "Planning your disaster recovery"),
        talk("other", start, start.replace(hour=10), "Indexing like a rocket scientist"),
    ]
    programme = small_programme(ZoneInfo("America/Chicago"), sessions)
    found = partial(found_ids, programme, start)
    assert found("et sur les événements étendus ?") == ["xe"]
    assert found("algo de eventos extendidos") == ["xe"]
    assert found("une session sur les plans de reprise après sinistre ?") == ["dr"]
    hair = small_programme(
        ZoneInfo("America/Chicago"), [talk("hair", start, start.replace(hour=10), "Hair Rendering")]
    )
    assert found_ids(hair, start, "ya des choses sur les cheveux ?") == ["hair"]


def test_portuguese_titles_asked_in_french_spanish_and_english() -> None:
    """SQLSaturday São Paulo 2018's Portuguese titles: "Governança de dados" asked "la gouvernance
    des données", "Aprendizado de máquina" asked "machine learning", "Mulheres na tecnologia"
    asked "mujeres en tecnología"."""
    zone = ZoneInfo("America/Sao_Paulo")
    start = datetime(2018, 9, 29, 10, tzinfo=zone)
    sessions = [
        talk("gov", start, start.replace(hour=11), "Governança de dados na prática"),
        talk("ml", start, start.replace(hour=11), "Aprendizado de máquina com SQL Server"),
        talk("women", start, start.replace(hour=11), "Mulheres na tecnologia: bate-papo"),
        talk("other", start, start.replace(hour=11), "Índices columnstore"),
    ]
    programme = small_programme(zone, sessions)
    found = partial(found_ids, programme, start)
    assert found("y a une conf sur la gouvernance des données ?") == ["gov"]
    assert found("anything on machine learning?") == ["ml"]
    assert found("charla sobre mujeres en tecnologia") == ["women"]


def test_ice_of_the_sea_glaciers_and_frozen_ground_are_asked_apart_and_a_cognate_s_other_forms() -> None:
    """IGARSS 2025: "y sobre hielo marino?" is the sessions on sea ice, not those on glaciers or ice
    sheets; "pergélisol" is permafrost; "ionosfera", a cognate of no word of the lexicon, finds
    'Ionospheric Effects' as well as 'The Ionosphere'."""
    zone = ZoneInfo("Australia/Brisbane")
    start = datetime(2025, 8, 5, 8, tzinfo=zone)
    titles = {
        "sea": "Remote Sensing of Sea Ice I",
        "glacier": "Glaciers and Ice Sheets",
        "frozen": "Permafrost",
        "iono": "Ionospheric Effects on SAR",
        "sphere": "The Ionosphere from Space",
    }
    programme = small_programme(
        zone,
        [talk(key, start, start + timedelta(hours=1), title) for key, title in titles.items()],
    )

    def found(text: str) -> set[str]:
        return set(found_ids(programme, start, text))

    assert found("y sobre hielo marino?") == {"sea"}
    assert found("des présentations sur le pergélisol ?") == {"frozen"}
    assert found("any talks on glaciers?") == {"glacier"}
    assert found("sesiones de ionosfera") == {"iono", "sphere"}


def test_dinners_and_a_welcome_reception_asked_in_spanish() -> None:
    """SIGCOMM 2017: "cuando son las cenas" finds both dinners, "y la recepcion de bienvenida?" the
    Welcome Reception (not the registration desk)."""
    zone = ZoneInfo("America/Los_Angeles")
    start = datetime(2017, 8, 21, 19, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("reception", start, start.replace(hour=21), "Welcome Reception"),
            talk("n2women", start.replace(hour=20), start.replace(hour=22), "N2Women Dinner"),
            talk("banquet", start.replace(day=23), start.replace(day=23, hour=22), "Banquet Dinner"),
            talk("desk", start.replace(hour=8), start.replace(hour=18), "Registration desk open"),
        ],
    )

    def found(text: str) -> set[str]:
        return set(found_ids(programme, start, text))

    assert found("cuando son las cenas") == {"n2women", "banquet"}
    assert found("y la recepcion de bienvenida?") == {"reception"}


def test_a_smart_watch_written_in_two_words_is_a_smartwatch() -> None:
    """DevConf 2023 Cape Town's 'Smart Watch Lobotomy', MonkeySpace 2013's "smart watch": "reloj
    inteligente", "montres connectées" find it."""
    zone = ZoneInfo("Africa/Johannesburg")
    start = datetime(2023, 5, 23, 14, 30, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("watch", start, start.replace(hour=15, minute=10), "Smart Watch Lobotomy"),
            talk("other", start, start.replace(hour=15, minute=10), "Watch your dependencies"),
        ],
    )
    for text in ("reloj inteligente", "des talks sur les montres connectées ?"):
        assert found_ids(programme, start.replace(hour=14), text) == ["watch"], text


def test_leadership_is_asked_of_a_talk_on_leaders() -> None:
    """Agile Day Riga 2019's 'Biology of Powerful Powerless Leader': "des confs sur le leadership ?",
    "hay algo de liderazgo"."""
    zone = ZoneInfo("Europe/Riga")
    start = datetime(2019, 6, 21, 13, 15, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("leader", start, start.replace(hour=14), "Biology of Powerful Powerless Leader"),
            talk("kanban", start, start.replace(hour=14), "Kanban. Feel the spirit of Kaizen"),
        ],
    )
    for text in ("des confs sur le leadership ?", "hay algo de liderazgo", "talks on leadership"):
        assert found_ids(programme, start.replace(hour=9), text) == ["leader"], text


def test_the_mental_load_is_one_idea_not_anything_mental() -> None:
    """MiXiT 2023: "talks about mental load" is 'Charge mentale : l'ingrédient oublié…', not a
    talk on calculating mentally nor one on building a mental representation of a text."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2023, 4, 13, 15, 50, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("load", start, start.replace(hour=16, minute=40), "Charge mentale : l'ingrédient oublié"),
            talk("magic", start, start.replace(hour=16, minute=40), "Mathématiques & Magie",
                 description="Calculer mentalement à une vitesse élevée."),
            talk("read", start, start.replace(hour=16, minute=40), "Réapprendre à lire",
                 description="Se faire une représentation mentale cohérente du texte."),
        ],
    )  # fmt: skip
    at = start.replace(hour=14)
    for text in ("talks about mental load", "algo sobre la carga mental", "la charge mentale ?"):
        assert found_ids(programme, at, text) == ["load"], text


def test_what_is_detected_is_asked_for_not_any_detection() -> None:
    """Global Azure Austria 2021: "la détection d'anomalies" is 'Anomaly Detection as a Service',
    not 'Enabling the protection, detection and response to cyber-threats'; "detección de
    intrusiones" the other way round."""
    zone = ZoneInfo("Europe/Vienna")
    start = datetime(2021, 4, 16, 9, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("anomaly", start, start.replace(hour=10), "Anomaly Detection as a Service"),
            talk(
                "threats",
                start,
                start.replace(hour=10),
                "Protection, detection and response to cyber-threats",
            ),
            talk("intrusion", start, start.replace(hour=10), "Network intrusion detection with Zeek"),
        ],
    )
    at = start.replace(hour=8)
    assert found_ids(programme, at, "je cherche les sessions sur la détection d'anomalies") == ["anomaly"]
    assert found_ids(programme, at, "hay algo de deteccion de anomalias?") == ["anomaly"]
    assert found_ids(programme, at, "charlas sobre deteccion de intrusiones") == ["intrusion"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("un atelier sur les bijoux ?", "jewelry"),  # Write/Speak/Code 2018
        ("yatil des trucs sur le cervelet ?", "cerebellum"),  # OHBM 2023
        ("sesiones de criptoanalisis", "cryptanalysis"),  # CRYPTO 2016
        ("je cherche des exposés sur le recuit quantique", "annealing"),  # the APS summit 2026
        ("échantillonnage préférentiel ??", "sampling"),  # SIAM UQ26
    ],
)
def test_ideas_of_science_and_crafts_asked_in_other_languages(text: str, expected: str) -> None:
    zone = ZoneInfo("America/Chicago")
    start = datetime(2026, 3, 22, 9, tzinfo=zone)
    titles = {
        "jewelry": "Hacking jewelry: code that designs earrings",
        "cerebellum": "The cerebellum beyond motor control",
        "cryptanalysis": "Symmetric Cryptanalysis",
        "annealing": "Quantum annealing for optimisation",
        "sampling": "Adaptive importance sampling for rare events",
        "other": "Operator learning",
    }
    programme = small_programme(
        zone, [talk(key, start, start.replace(hour=10), title) for key, title in titles.items()]
    )
    assert found_ids(programme, start.replace(hour=8), text) == [expected]


@pytest.mark.parametrize(
    ("text", "shown", "hidden"),
    [
        ("des sessions sur l'informatique quantique ?", "informatique quantique", "quantumcomputing"),
        ("women in tech", "women in tech", "womenintech"),
    ],
)
def test_a_topic_not_found_is_said_as_typed(
    programmes: dict[str, Programme], text: str, shown: str, hidden: str
) -> None:
    """An expression read as its idea and found nowhere is said back as the attendee typed it, not
    as the lexicon's word for the idea."""
    mechelen = programmes["mechelen"]
    reply = respond(text, datetime(2017, 11, 16, 10, tzinfo=ZoneInfo("Europe/Brussels")), mechelen)
    answer = reply.as_json(mechelen)
    assert answer["intent"] == "unknown"
    assert shown in answer["reply"] and hidden not in answer["reply"]


def test_a_name_with_its_dotted_ending_is_that_name_not_the_language() -> None:
    """WeAreDevelopers 2017: "tienen algo de vue.js" is 'Data-Driven UI with Vue.js', not every
    JavaScript talk ("js" alone is JavaScript)."""
    start = datetime(2017, 5, 12, 10, tzinfo=ZoneInfo("Europe/Vienna"))
    later = start.replace(hour=14)
    sessions = [
        talk("vue", later, later.replace(hour=15), "Data-Driven UI with Vue.js"),
        talk("js", later, later.replace(hour=15), "Javascript @Uber"),
        talk("ts", later, later.replace(hour=15), "Typescript - the Better JavaScript?"),
    ]
    programme = small_programme(ZoneInfo("Europe/Vienna"), sessions)
    assert found_ids(programme, start, "tienen algo de vue.js") == ["vue"]
    assert found_ids(programme, start, "any talks on Vue.js?") == ["vue"]
    assert sorted(found_ids(programme, start, "des talks sur le js ?")) == ["js", "ts"]


def test_deterrence_asked_in_french_and_spanish() -> None:
    """ESSC 2026: "y a des trucs sur la dissuasion ?", "algo sobre disuasión" meet 'The Politics of
    Deterrence in Europe' (an idea of the topic lexicon)."""
    zone = ZoneInfo("Europe/Stockholm")
    start = datetime(2026, 6, 11, 9, tzinfo=zone)
    later = start.replace(hour=16)
    sessions = [
        talk("det", later, later.replace(hour=17), "The Politics of Deterrence in Europe"),
        talk("gen", later, later.replace(hour=17), "Gender, Politics, and Security"),
    ]
    programme = small_programme(zone, sessions)
    assert found_ids(programme, start, "y a des trucs sur la dissuasion ?") == ["det"]
    assert found_ids(programme, start, "algo sobre disuasion") == ["det"]


def test_small_states_and_database_locks_asked_in_french_and_spanish() -> None:
    """ESSC 2026: "les petits États", "los pequeños estados" are the sessions saying "small states",
    not every one saying "state"; PyCon Portugal 2023: "bloqueos de base de datos" is 'Database
    Locks', not every mention of a database."""
    zone = ZoneInfo("Europe/Lisbon")
    start = datetime(2023, 9, 8, 9, tzinfo=zone)
    later = start.replace(hour=12)
    sessions = [
        talk("small", later, later.replace(hour=13), "Deterrence", description="How small states deter."),
        talk("state", later, later.replace(hour=13), "Beyond the State", description="The state and others."),
        talk("locks", later, later.replace(hour=13), "Practical Guide to Database Locks with Django"),
        talk("legacy", later, later.replace(hour=13), "Legacy apps", description="An Oracle database."),
    ]
    programme = small_programme(zone, sessions)
    assert found_ids(programme, start, "des talks sur les petits etats ?") == ["small"]
    assert found_ids(programme, start, "hay charlas sobre pequeños estados?") == ["small"]
    assert found_ids(programme, start, "algo sobre bloqueos de base de datos?") == ["locks"]


def test_mars_in_spanish_and_a_name_with_its_version_number() -> None:
    """CCCamp 2023, 38C3: "algo sobre marte" is Mars (an idea of the topic lexicon; French "mars"
    is March, so no form of it there); "fido" finds 'FIDO2' (a name and its version number)."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2023, 8, 17, 10, tzinfo=zone)
    later = start.replace(hour=17)
    sessions = [
        talk("mars", later, later.replace(hour=18), "How to Route a Package to Mars"),
        talk("fido", later, later.replace(hour=18), "FIDO2 - the superior Multi Factor Authentication"),
        talk("web", later, later.replace(hour=18), "Web3 scams"),
    ]
    programme = small_programme(zone, sessions)
    assert found_ids(programme, start, "hay alguna charla sobre marte?") == ["mars"]
    assert found_ids(programme, start, "anything about fido?") == ["fido"]


def test_a_camp_s_workshops_asked_in_french_and_spanish() -> None:
    """WHY2025: "taller de jabón" is 'Soap-molding', "algo con globos" the balloons, "l'atelier
    lance-flammes" 'Workshop Flamethrower 101' (ideas of the topic lexicon)."""
    zone = ZoneInfo("Europe/Amsterdam")
    start = datetime(2025, 8, 9, 10, tzinfo=zone)
    later = start.replace(hour=15)
    sessions = [
        talk("soap", later, later.replace(hour=16), "Soap-molding"),
        talk("balloon", later, later.replace(hour=16), "How to launch a high-altitude balloon project"),
        talk("fire", later, later.replace(hour=16), "Workshop Flamethrower 101"),
        talk("dance", later, later.replace(hour=16), "Latino Dance 1980"),
        talk("shibari", later, later.replace(hour=16), "Shibari 101 - Rope Bondage for Beginners"),
    ]
    programme = small_programme(zone, sessions)
    assert found_ids(programme, start, "taller de jabon??") == ["soap"]
    assert found_ids(programme, start, "hay algo con globos?") == ["balloon"]
    assert found_ids(programme, start, "c quand l'atelier lance-flammes ??") == ["fire"]


def test_a_dutch_programme_s_hornets_and_resin_asked_in_french_and_spanish() -> None:
    """Fri3d Camp 2026 (Dutch texts): "les frelons asiatiques" are 'hoornaars', "algo con resina"
    is 'Hars'; "hacen" (what they hold) is no topic word."""
    zone = ZoneInfo("Europe/Brussels")
    start = datetime(2026, 8, 15, 10, tzinfo=zone)
    later = start.replace(hour=14)
    sessions = [
        talk("hornets", later, later.replace(hour=15), "Jagen op Aziatische hoornaars"),
        talk("resin", later, later.replace(hour=15), "Werken met Hars"),
        talk("kids", later, later.replace(hour=15), "Cryptography: for kids"),
    ]
    programme = small_programme(zone, sessions)
    assert found_ids(programme, start, "il y a quelque chose sur les frelons asiatiques ?") == ["hornets"]
    assert found_ids(programme, start, "y algo con resina?") == ["resin"]
    assert parse("hacen talleres de resina?", start, programme).topic == ("resina",)


def test_firefighters_and_blind_people_on_a_french_programme() -> None:
    """State of the Map France 2022 (French texts): "charla sobre bomberos?" is 'Les pompiers de
    l'Hérault…', "blind people" the 'déficients visuels', and "¿dónde puedo dejar la bici?" asks
    where to park, not about cycling."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2022, 6, 11, 9, tzinfo=zone)
    later = start.replace(hour=14)
    sessions = [
        talk("fire", later, later.replace(hour=15), "Les pompiers de l'Hérault aiment OpenStreetMap !"),
        talk("blind", later, later.replace(hour=15), "Cartes interactives pour déficients visuels"),
        talk("bike", later, later.replace(hour=15), "Le vélo et la bici en ville"),
    ]
    programme = small_programme(zone, sessions)
    assert found_ids(programme, start, "charla sobre bomberos?") == ["fire"]
    assert found_ids(programme, start, "talks for blind people?") == ["blind"]
    assert found_ids(programme, start, "la bici en ville ?") == ["bike"]
    assert parse("donde puedo dejar la bici?", start, programme).intent == Intent.UNKNOWN


def test_people_of_a_kind_are_a_topic_not_a_speaker_s_organisation() -> None:
    """State of the Map France 2022, whose speakers from 'UN Mappers - Unite Maps' give their
    organisation's words to a person: "maps for deaf people" asks for sessions ("people" beside a
    word that says which people), "people from unite maps" still for those speakers."""
    programme = load_programme(HELD_OUT / "sotmfr-2022.schedule.xml").programme
    at = datetime(2022, 6, 10, 11, 15, tzinfo=ZoneInfo("Europe/Paris"))
    for text in ("maps for deaf people", "anything about maps for blind people?"):
        question = parse(text, at, programme)
        assert (question.intent, question.person_ids) == (Intent.SEARCH, ()), text
    assert parse("people from unite maps", at, programme).intent == Intent.PERSON


def test_a_crime_writers_conference_asked_in_french_and_spanish() -> None:
    """Killer Nashville 2026: "médecine légale" meets 'Forensic', "un méchant" a 'Villain', "asesinos
    en serie" 'Serial Killers', "novela romántica" 'Romantic Suspense' (not every novel), "misterio
    histórico" the historical mysteries."""
    zone = ZoneInfo("America/Chicago")
    start = datetime(2026, 8, 21, 8, tzinfo=zone)
    later = start.replace(hour=14)
    titles = {
        "forensic": "History of Forensics",
        "villain": "How to Create a Villain",
        "killers": "Serial Killers I Have Known and Hated",
        "romance": "Writing Romantic Suspense",
        "novella": "Writing the Novella",
        "historical": "Historical Mystery: The Dusty Corners of The Past",
    }
    sessions = [talk(id_, later, later.replace(hour=15), title) for id_, title in titles.items()]
    programme = small_programme(zone, sessions)
    assert found_ids(programme, start, "y a des trucs sur la médecine légale ?") == ["forensic"]
    assert found_ids(programme, start, "un atelier sur comment écrire un méchant ?") == ["villain"]
    assert found_ids(programme, start, "charlas sobre asesinos en serie") == ["killers"]
    assert found_ids(programme, start, "hay algo sobre novela romantica") == ["romance"]
    assert found_ids(programme, start, "charlas sobre misterio historico") == ["historical"]


def test_a_sovereign_ai_asked_of_a_data_conference() -> None:
    """Forward Data 2025: "IA soberana" finds the sovereign sessions only, not the twenty about AI."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2025, 11, 18, 9, tzinfo=zone)
    later = start.replace(hour=14)
    titles = {
        "bi": "How AI Is Changing the Standard for BI",
        "llm": "Sovereign LLM Inference at Scale",
        "souverain": "Une IA souveraine pour l'Europe",
        "academy": "Building Your Internal AI Academy",
        "ready": "Getting Ready for AI",
        "bisect": "Git bisect for bi-weekly releases",
    }
    sessions = [talk(id_, later, later.replace(hour=15), title) for id_, title in titles.items()]
    sessions += [talk(f"ai{n}", later, later.replace(hour=15), f"AI at company {n}") for n in range(20)]
    programme = small_programme(zone, sessions)
    assert sorted(found_ids(programme, start, "alguna charla sobre IA soberana?")) == ["llm", "souverain"]


def test_merch_asked_in_spanish_and_french() -> None:
    """Author Nation 2026: "algo sobre merchandising", "des produits dérivés ?" meet 'Premium
    Editions and Merch'."""
    zone = ZoneInfo("America/Los_Angeles")
    start = datetime(2026, 11, 11, 9, tzinfo=zone)
    later = start.replace(hour=16)
    sessions = [
        talk(
            "merch", later, later.replace(hour=17), "Six Figures with Three Books: Premium Editions and Merch"
        ),
        talk("ads", later, later.replace(hour=17), "Amazon Ads for Authors"),
    ]
    programme = small_programme(zone, sessions)
    assert found_ids(programme, start, "algo sobre merchandising") == ["merch"]
    assert found_ids(programme, start, "il y a un truc sur les produits dérivés ?") == ["merch"]


def test_exoplanets_and_lithium_batteries_asked_of_a_german_programme() -> None:
    """rC3 2021: "et sur les exoplanètes ?" finds the planets of other stars, not the climate talk
    that saves the planet; "baterías de litio" finds lithium, not a house's electricity use
    ("Stromverbrauch", a word of energy efficiency, not of batteries)."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2021, 12, 27, 11, tzinfo=zone)
    later = start.replace(hour=18)
    sessions = [
        talk("transits", later, later.replace(hour=19), "Transits von Exoplaneten vermessen"),
        talk(
            "forest",
            later,
            later.replace(hour=19),
            "Waldgärten",
            description="Resiliente Systeme gegen die Klimakatastrophe: unser Planet braucht Wälder.",
        ),
        talk(
            "lithium",
            later,
            later.replace(hour=19),
            "Why we are addicted to lithium",
            description="Batteries for cars and phones, and the mines they need.",
        ),
        talk(
            "heating",
            later,
            later.replace(hour=19),
            "Heizenergie-Optimierung",
            description="Ich werte meinen Stromverbrauch zum Heizen mit einem neuronalen Netz aus.",
        ),
    ]
    programme = small_programme(zone, sessions)
    assert found_ids(programme, start, "et sur les exoplanètes ?") == ["transits"]
    assert found_ids(programme, start, "algo sobre baterias de litio?") == ["lithium"]


def test_a_level_beside_a_subject_says_which_of_its_sessions() -> None:
    """rC3 2021: "any sql workshop for beginners" is the SQL workshop, not the OBS workshop for
    beginners ("Anfänger*innen"); a level asked alone still finds the sessions for it, in French
    and Spanish too."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2021, 12, 28, 9, tzinfo=zone)
    later = start.replace(hour=16)
    sessions = [
        talk(
            "sql",
            later,
            later.replace(hour=17),
            "SQL - Ein paar Grundlagen der Standardsprache für Datenbanken",
            kind=SessionKind.WORKSHOP,
        ),
        talk("obs", later, later.replace(hour=17), "OBS für Anfänger*innen", kind=SessionKind.WORKSHOP),
    ]
    programme = small_programme(zone, sessions)
    assert found_ids(programme, start, "any sql workshop for beginners") == ["sql"]
    assert found_ids(programme, start, "workshops for beginners") == ["obs"]
    assert found_ids(programme, start, "des ateliers pour débutants ?") == ["obs"]
    assert found_ids(programme, start, "talleres para principiantes") == ["obs"]


def test_radio_astronomy_is_one_word_in_french_and_spanish() -> None:
    """FOSDEM 2021: "¿hay alguna charla de radioastronomía?" finds 'Virgo: A Versatile
    Spectrometer for Radio Astronomy', not every radio talk."""
    zone = ZoneInfo("Europe/Brussels")
    start = datetime(2021, 2, 6, 13, tzinfo=zone)
    later = start.replace(hour=16)
    sessions = [
        talk("virgo", later, later.replace(hour=17), "Virgo: A Versatile Spectrometer for Radio Astronomy"),
        talk("radio", later, later.replace(hour=17), "GNU Radio: Organizational Updates"),
    ]
    programme = small_programme(zone, sessions)
    assert found_ids(programme, start, "Hola, ¿hay alguna charla de radioastronomía?") == ["virgo"]
    assert found_ids(programme, start, "des talks sur la radioastronomie ?") == ["virgo"]


def test_an_idea_of_two_words_written_in_another_language_is_a_phrase_too() -> None:
    """MiXiT 2024: "virtual threads" finds the title 'Les Threads Virtuels en Java 21' as well as
    the English description that says "Virtual Threads" (both have the idea; only the English
    one has its words side by side); "la couleur" finds "Colour" spelt the British way."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2024, 4, 26, 9, tzinfo=zone)
    later = start.replace(hour=11)
    sessions = [
        talk(
            "loom",
            later,
            later.replace(hour=12),
            "Programmation Asynchrone : Les Threads Virtuels en Java 21",
        ),
        talk(
            "boot",
            later,
            later.replace(hour=12),
            "Rechargez vos applications web avec Spring Boot",
            description="Spring Boot 3.2: Virtual Threads, CRaC, and more.",
        ),
        talk(
            "pool", later, later.replace(hour=12), "Thread pools in practice", description="Virtual machines."
        ),
        talk("colour", later, later.replace(hour=12), "The Computer Science Behind Colour"),
    ]
    programme = small_programme(zone, sessions)
    assert sorted(found_ids(programme, start, "is there a session on virtual threads")) == ["boot", "loom"]
    assert found_ids(programme, start, "y a une session sur la couleur ?") == ["colour"]


def test_phones_and_just_after() -> None:
    """29C3: "y a des trucs sur les telephones" meets 'Hacking Cisco Phones'; rC3 2020: "y a quoi
    juste après ?" asks what is next ("juste" says nothing of a topic)."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2012, 12, 27, 16, 50, tzinfo=zone)
    later = start.replace(hour=17, minute=0)
    sessions = [
        talk("cisco", later, later.replace(hour=18), "Hacking Cisco Phones"),
        talk("gsm", later, later.replace(hour=18), "Cell network review"),
    ]
    programme = small_programme(zone, sessions)
    assert found_ids(programme, start, "y a des trucs sur les telephones") == ["cisco"]
    assert parse("y a quoi juste après ?", start, programme).intent == Intent.NEXT


def test_a_short_form_in_the_programme_still_meets_its_other_short_form() -> None:
    """FOSDEM 2019: French "RGPD" finds the talks that say GDPR, though one description says
    RGPD; "eBPF" finds the talks that say BPF, though others say eBPF."""
    programme = load_programme(HELD_OUT / "fosdem-2019.2019.xml", tz="Europe/Brussels").programme
    at = datetime(2019, 2, 2, 10, 20, tzinfo=ZoneInfo("Europe/Brussels"))

    def titles(text: str) -> list[str]:
        return [s["title"] for s in respond(text, at, programme).as_json(programme)["sessions"]]

    assert "Open source in the quest for GDPR compliance" in titles(
        "est ce qu'il y a des conférences sur le RGPD"
    )
    assert "Merging System and Network Monitoring with BPF" in titles("any ebpf talks")


def test_two_words_typed_apart_find_them_written_as_one_too() -> None:
    """PyConFR 2024 has 'Open Telemetry' and 'OpenTelemetry': "des trucs sur open telemetry ?"
    finds both talks, though "open" alone is in many sessions."""
    programme = load_programme(HELD_OUT / "pyconfr-2024.schedule.json", tz="Europe/Paris").programme
    at = datetime(2024, 11, 2, 13, 25, tzinfo=ZoneInfo("Europe/Paris"))
    answer = respond("des trucs sur open telemetry ?", at, programme).as_json(programme)
    assert sorted(s["title"] for s in answer["sessions"]) == [
        "Anatomy of a Python OpenTelemetry instrumentation",
        "Apprendre à utiliser Open Telemetry",
    ]


def test_a_version_number_the_titles_write_after_a_word_is_no_time() -> None:
    """PyCon JP 2022: "is there anything on python 3.11?" asks for 'What's new in Python 3.11',
    not for what is on at 3:11; "what's on at 3.30?" still asks for a time."""
    zone = ZoneInfo("Asia/Tokyo")
    at = datetime(2022, 10, 14, 12, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("new", at.replace(hour=16), at.replace(hour=17), "What's new in Python 3.11 and beyond"),
            talk("web", at.replace(hour=15), at.replace(hour=16), "Web apps in Python"),
        ],
    )
    question = parse("is there anything on python 3.11?", at, programme)
    assert question.intent is Intent.SEARCH
    answer = respond("is there anything on python 3.11?", at, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["new"]
    timed = parse("what's on at 3.30?", at, programme)
    assert timed.intent is Intent.AT_TIME and timed.when.clock == time(15, 30)


def test_a_norwegian_title_meets_a_question_in_another_language() -> None:
    """TrondheimDC 2026: "charla sobre burnout o agotamiento?" meets 'Utbrenthet fra toppen', and
    JavaZone's "vie privée" meets 'personvern' (the lexicon's Norwegian forms)."""
    zone = ZoneInfo("Europe/Oslo")
    at = datetime(2026, 10, 19, 10, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("burn", at.replace(hour=11), at.replace(hour=12), "Utbrenthet fra toppen"),
            talk("gdpr", at.replace(hour=13), at.replace(hour=14), "Personvern i praksis"),
            talk("rust", at.replace(hour=15), at.replace(hour=16), "Rust i produksjon"),
        ],
    )

    def found(asked: str) -> list[str]:
        return [s["id"] for s in respond(asked, at, programme).as_json(programme)["sessions"]]

    assert found("charla sobre burnout o agotamiento?") == ["burn"]
    assert found("des talks sur la vie privée ?") == ["gdpr"]


def test_a_slip_is_one_of_a_word_a_question_may_be_typed_in() -> None:
    """ "movil" (Spanish, typed without its accent) is no slip for Norwegian "mobil", a word only
    programmes write: a question's slip is a French, English or Spanish word."""
    programme = small_programme(ZoneInfo("Europe/Berlin"), [])
    spellings = index_for(programme).glossary.spellings
    assert "mobil" not in spellings.words and "utbrenthet" not in spellings.words
    assert "mobile" in spellings.words


def test_a_welcome_address_is_the_opening() -> None:
    """Mechelen's set_i: "la cérémonie d'ouverture commence a quelle heure demain ?" finds the
    'Discours de bienvenue' that opens the conference."""
    zone = ZoneInfo("Europe/Brussels")
    at = datetime(2017, 11, 15, 21, 30, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("welcome", at.replace(day=16, hour=9), at.replace(day=16, hour=10), "Welcome address"),
            talk("cities", at.replace(day=16, hour=10), at.replace(day=16, hour=11), "Cities and migration"),
        ],
    )
    answer = respond("la cérémonie d'ouverture commence a quelle heure demain ?", at, programme)
    assert [s["id"] for s in answer.as_json(programme)["sessions"]] == ["welcome"]


def test_a_kind_with_a_list_of_subjects_finds_the_sessions_on_any_of_them() -> None:
    """Mechelen's set_i: "un atelier sur le sport ? foot, boxe ..." where no workshop is about
    sport but a visit to a boxing club is: that visit, not every workshop."""
    zone = ZoneInfo("Europe/Brussels")
    at = datetime(2017, 11, 16, 11, 5, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("visit", at.replace(hour=12), at.replace(hour=13), "Local projects",
                 description="A boxing club and a football club.", kind=SessionKind.VISIT),
            talk("w1", at.replace(hour=12), at.replace(hour=13), "Resilience", kind=SessionKind.WORKSHOP),
            talk("w2", at.replace(hour=14), at.replace(hour=15), "Youth", kind=SessionKind.WORKSHOP),
        ],
    )  # fmt: skip
    answer = respond("un atelier sur le sport ? foot, boxe ...", at, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["visit"]


def test_breaks_found_by_their_titles_are_not_the_lunch_break() -> None:
    """Biocuration 2023, whose pauses are sessions of no kind titled "Coffee Break and Sponsors
    Exhibition" and "Lunch Break and Sponsors Exhibition": "cuando son las pausas de cafe" is the
    coffee breaks, "when is lunch" the lunches."""
    zone = ZoneInfo("Europe/Rome")
    at = datetime(2023, 4, 24, 9, 40, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("coffee", at.replace(hour=10), at.replace(hour=11), "Coffee Break and Sponsors Exhibition"),
            talk("lunch", at.replace(hour=13), at.replace(hour=14), "Lunch Break and Sponsors Exhibition"),
            talk("fair", at.replace(hour=11), at.replace(hour=12), "FAIR 1"),
        ],
    )

    def found(asked: str) -> list[str]:
        return [s["id"] for s in respond(asked, at, programme).as_json(programme)["sessions"]]

    assert found("cuando son las pausas de cafe") == ["coffee"]
    assert found("when is lunch") == ["lunch"]


def test_a_word_a_title_writes_apart_before_a_short_form() -> None:
    """IEEE VIS 2025: 'Gen AI Suggestion' is found by "genAI", as 'GenAI' is."""
    programme, start = _talks_at_once(
        "Workshop on GenAI and VIS", "Using Gen AI Suggestion for colour", "Java records"
    )
    assert sorted(
        s["id"] for s in respond("any sessions on genAI?", start, programme).as_json(programme)["sessions"]
    ) == [
        "a",
        "b",
    ]


def test_a_city_named_like_a_word_for_sessions_after_in_is_a_place() -> None:
    """CactusCon 2024 in Mesa, Arizona: "weather in mesa tomorrow?" asks the weather ("mesa" is
    also Spanish for a round table), even where a talk mentions the weather."""
    programme, start = _talks_at_once("Weather data for pilots", "Java records")
    answer = respond("weather in mesa tomorrow? do i need a jacket", start, programme).as_json(programme)
    assert answer["intent"] == "unknown" and answer["sessions"] == []


def test_ideas_a_programme_names_by_a_short_form_or_an_event() -> None:
    """RubyKaigi 2013's "Ruby's GC 2.0" for garbage collection; Wikimania 2026's 'Wiki Fashion Show'
    for "le défilé de mode"."""
    programme, start = _talks_at_once("Ruby's GC 2.0", "Wiki Fashion Show", "Java records")
    found = partial(found_ids, programme, start)
    assert found("is there a talk on garbage collection") == ["a"]
    assert found("le defile de mode wiki c'est quand ??") == ["b"]


SUBJECTS = ("cities", "housing", "work", "schools", "health", "sport", "art", "law", "data", "media")


def test_an_absent_idea_beside_a_word_of_every_session_finds_nothing() -> None:
    """Mechelen's set_n: "transferts de fonds des migrants" of a conference on migration has no
    session on remittances; the sessions about migrants are not what is asked."""
    programme, start = _talks_at_once(*(f"Migrants and {subject}" for subject in SUBJECTS))
    answer = respond("y a t il qqch sur les transferts de fonds des migrants", start, programme)
    assert answer.as_json(programme)["sessions"] == []
    assert answer.html.startswith("Je n'ai trouvé aucune séance")
    assert sorted(found_ids(programme, start, "des sessions sur le logement des migrants ?")) == ["b"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Ignite The Tour Dubai 2020's "Hello, I work in analytics. Are there any sessions about…".
        ("Hi! I work in analytics. Are there any sessions about data science?", ["a"]),
        # The Mechelen forum's concejala: what she is, then what she seeks, in one sentence.
        ("Buenas tardes, soy concejala de una ciudad y me interesa la ciencia de datos. Gracias", ["a"]),
        ("Je travaille dans l'analytique, et je cherche des sessions sur la science des données", ["a"]),
        # Saying what one is interested in is what is sought.
        ("Hi! I'm interested in analytics dashboards, any sessions?", ["b"]),
    ],
)
def test_who_the_asker_is_is_not_what_is_sought(text: str, found: list[str]) -> None:
    programme, start = _talks_at_once(
        "Data science for everyone", "Analytics dashboards in practice", "A city council's open data"
    )
    assert found_ids(programme, start - timedelta(hours=1), text) == found, text


def test_a_latin_plural_and_a_role_playing_game_written_with_an_ampersand() -> None:
    """SIAM CSS 2025's "algo sobre vortices" (English 'Vortex'); Fri3d Camp 2026's "juegos de
    rol" for 'Dungeons & Dragons (voor Dummies)' and a tabletop RPG."""
    programme, start = _talks_at_once(
        "Vortex Dynamics in Supersonic Flow", "Dungeons & Dragons (voor Dummies)", "Tabletop RPG avontuur"
    )
    found = partial(found_ids, programme, start)
    assert found("algo sobre vortices") == ["a"]
    assert found("any talks on vortices?") == ["a"]
    assert sorted(found("algo de juegos de rol?")) == ["b", "c"]
    assert sorted(found("des jeux de rôle ?")) == ["b", "c"]


def test_a_rare_word_beside_a_common_one_that_no_session_has_both_of() -> None:
    """Fri3d Camp 2026's "algo sobre codigo morse": the Morse installation, not a session on code
    (no session has both words); two words as rare as each other still find either's."""
    others = ("Python", "Rust", "Go", "Kotlin", "Haskell", "Zig", "Elixir")
    programme, start = _talks_at_once("Morse", "Vibe Code a game in HTML", "Clean code", *others)
    found = partial(found_ids, programme, start)
    assert found("algo sobre codigo morse") == ["a"]
    assert sorted(found("anything on python or rust?")) == ["d", "e"]


def test_a_word_finds_its_idea_s_abbreviation_in_a_title() -> None:
    """JSConf JP 2019: "webassembly" finds 'Build tiny node.js - WASM/WASI compiler' as "wasm"
    finds 'How to Boost Your Code with WebAssembly'."""
    programme, start = _talks_at_once(
        "How to Boost Your Code with WebAssembly", "Build tiny node.js - WASM/WASI compiler", "Elm at scale"
    )
    found = partial(found_ids, programme, start)
    assert sorted(found("y a des talks sur webassembly ?")) == ["a", "b"]
    assert sorted(found("anything on wasm?")) == ["a", "b"]


def test_ideas_of_a_hardware_camp_and_a_wiki_convention() -> None:
    """Supercon 2022's Soviet-era ICs and vacuum tubes asked in Spanish and French; WikiConvention
    francophone 2016's Basque ("euskera") and gender-neutral language ('langage épicène')."""
    programme, start = _talks_at_once(
        "Unusual Circuits with Soviet-Era ICs",
        "DIY Vacuum Tubes: How Hard Could It Be?",
        "Langue basque",
        "Le langage épicène sur Wikipedia",
        "Badge hacking",
    )
    found = partial(found_ids, programme, start)
    assert found("circuitos sovieticos") == ["a"]
    assert found("y a un talk sur les tubes à vide ?") == ["b"]
    assert found("hay algo sobre el euskera?") == ["c"]
    assert found("talk on gender neutral language?") == ["d"]
