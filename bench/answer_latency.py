"""Latency of answering one question: `respond()` warm, on two programmes, and a cold `ask`.

    .venv/bin/python bench/answer_latency.py [--rounds 20] [--big-rounds 5] [--cold-runs 5]

Goals (issue): p99 ≤ 10 ms warm on the Mechelen programme, p99 ≤ 20 ms warm on a generated
1,000-session programme, and `python -m bot ask --json` answering one line in ≤ 1.5 s cold.

1. Mechelen: every question of tests/understand/test_examples.py (about 90, fr/en/es, each asked
   at its own instant) through `respond()`: one warm-up round (its figures are printed as the
   "first pass": index build, dateparser's first call, empty caches), then `--rounds` rounds,
   each call with respond()'s answers of the minute forgotten (the index, compiled patterns and
   Babel's formats stay warm), so that the figures are those of understanding and answering.
2. Generated: 4 days × 25 rooms × 10 slots = 1,000 sessions, 1,500 people with names from many
   countries, titles in fr/en/es from a vocabulary of topics, built in memory with the model
   classes; about 200 generated questions of every kind (next in a room, now, at a time, person by
   full name / surname / misspelling / description, topic, room info, help, unknown) in the three
   languages. Same warm-up, then `--big-rounds` rounds; per-intent figures too.
3. Cold start: wall time of `python -m bot ask --json` run as a subprocess, answering one
   question line from stdin; median of `--cold-runs` runs, with min and max, for a question read
   without dateparser and one with an explicit date (dateparser imported and run once; the goal
   is checked on the slower), beside the bare interpreter's start-up for reference.

Prints figures only; nothing fails. Takes about half a minute.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from datetime import time as clock
from zoneinfo import ZoneInfo

from _common import ROOT, median, percentile, table, verdict  # first: puts the repository on sys.path

from bot.answers.reply import _respond_in_minute, respond
from bot.config import default_programme_path
from bot.programme.loading import load_programme
from bot.programme.model import Conference, Person, Programme, Role, Room, Session, Text
from bot.understand.index import index_for
from tests.understand.test_examples import EXAMPLES

forget_answers = _respond_in_minute.cache_clear

ROUNDS = 20
BIG_ROUNDS = 5
COLD_RUNS = 5
GOAL_MECHELEN_P99_MS = 10.0
GOAL_BIG_P99_MS = 20.0
GOAL_COLD_S = 1.5

ZONE = ZoneInfo("Europe/Brussels")
DAYS = tuple(date(2026, 6, 8) + timedelta(days=i) for i in range(4))  # Monday to Thursday
WEEKDAY = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi"),
    "es": ("lunes", "martes", "miércoles", "jueves"),
}
ROOMS = 25
SLOTS = 10
PEOPLE = 1_500
SEED = 20260608

ROOM_NAMES = (
    "Rubens Van Eyck Brueghel Memling Magritte Horta Ensor Delvaux Permeke Jordaens Teniers Bosch "
    "Metsys Khnopff Wouters Spilliaert Meunier Rops Mercator Vesalius Erasmus Plantin Lipsius "
    "Dodoens Stevin"
).split()
INTERPRETATION = (("en", "fr", "es"), ("en", "fr"), ("en",), ("en", "es", "ar"), ())

FIRST_NAMES = (
    "Anna Marie Sophie Camille Chloé Léa Manon Inès Jeanne Élodie Claire Hélène Isabelle Nathalie "
    "Laurent Pierre Jean Luc François Mathieu Antoine Olivier Nicolas Thomas Julien Benoît Xavier "
    "María Carmen Lucía Pilar Rosa Ana Elena Isabel Sofía Valentina Juan José Carlos Javier Miguel "
    "Alejandro Diego Andrés Pablo Jorge Fernando Emma Olivia Charlotte Grace Sarah Emily Hannah "
    "James John Robert Michael David William Richard George Peter Thomas Daan Sanne Lotte Pieter "
    "Bram Joris Wouter Femke Aïcha Fatou Aminata Mariam Ousmane Mamadou Boubacar Ibrahima Moussa "
    "Amadou Kwame Kofi Ama Chinedu Ngozi Thabo Lindiwe Fatima Khadija Youssef Mohamed Ahmed Karim "
    "Leila Samira Omar Zeynep Elif Mehmet Ayşe Emre Tekin Wei Li Mei Jun Hiroshi Yuki Priya Arjun "
    "Anjali Rahul Nguyễn Thảo Olga Irina Dmitri Katarzyna Piotr Agnieszka Lars Ingrid Søren Astrid"
).split()
LAST_NAMES = (
    "Dubois Lefebvre Moreau Laurent Girard Bonnet Dupont Lambert Fontaine Rousseau Mercier Blanc "
    "Guerin Faure Martínez García Rodríguez López Hernández González Pérez Sánchez Ramírez Torres "
    "Flores Rivera Gómez Díaz Morales Ortiz Castillo Jiménez Ruiz Álvarez Smith Johnson Brown "
    "Taylor Wilson Davies Evans Thomas Roberts Walker Wright Thompson Peeters Janssens Maes Jacobs "
    "Mertens Willems Claes Goossens Wouters De Smet Van den Broeck Vermeulen Diallo Traoré Keïta "
    "Coulibaly Touré Ba Sow Camara Ndiaye Mensah Okafor Adeyemi Nkosi Dlamini Mbeki Benali Haddad "
    "El Amrani Bouzid Cherkaoui Mansour Yılmaz Kaya Demir Şahin Çelik Başar Öztürk Wang Zhang Chen "
    "Liu Tanaka Suzuki Sato Sharma Patel Gupta Singh Tran Pham Kowalski Nowak Wiśniewska Ivanova "
    "Petrov Andersen Nielsen Johansson Lindqvist Müller Schmidt Schneider Fischer Weber Rossi "
    "Russo Bianchi Esposito Ferreira Silva Santos Oliveira"
).split()
CITIES = (
    "Bamako Dakar Accra Lagos Nairobi Kampala Gaborone Johannesburg Casablanca Tunis Cairo Beirut "
    "Amman Istanbul Athens Thessaloniki Barcelona Madrid Seville Valencia Lisbon Porto Lyon "
    "Marseille Lille Bordeaux Mechelen Ghent Antwerp Liege Rotterdam Utrecht Hamburg Munich Milan "
    "Naples Warsaw Gdansk Quito Bogota Medellin Lima Montevideo Mexico Guadalajara Montreal Toronto "
    "Chicago Seoul Jakarta Manila Dhaka Mumbai Chennai Hanoi Bangkok Sydney Auckland"
).split()
ORGANISATIONS = (
    "ONU-Habitat",
    "Organisation internationale pour les migrations",
    "Cités et Gouvernements Locaux Unis",
    "Banque mondiale",
    "Haut-Commissariat des Nations unies pour les réfugiés",
    "Union européenne",
    "Eurocities",
    "Mayors Migration Council",
    "Croix-Rouge",
    "Université libre de Bruxelles",
)
AFFILIATIONS = (
    "Maire de {city}",
    "Mayor of {city}",
    "Alcaldesa de {city}",
    "Adjointe au maire de {city}",
    "Directeur, {org}",
    "Senior adviser, {org}",
    "Chercheuse, université de {city}",
    "Researcher, {org}",
    "Conseiller municipal, {city}",
    "Coordinadora, {org}",
)
# (fr, en, es) phrases that titles are made of.
TOPICS = (
    ("migration des jeunes", "youth migration", "migración juvenil"),
    ("résilience urbaine", "urban resilience", "resiliencia urbana"),
    ("logement abordable", "affordable housing", "vivienda asequible"),
    ("droit à la ville", "right to the city", "derecho a la ciudad"),
    ("gouvernance locale", "local governance", "gobernanza local"),
    ("traite des êtres humains", "human trafficking", "trata de personas"),
    ("intégration sociale", "social integration", "integración social"),
    ("changement climatique", "climate change", "cambio climático"),
    ("mobilité du travail", "labour mobility", "movilidad laboral"),
    ("santé des migrants", "migrant health", "salud de los migrantes"),
    ("éducation inclusive", "inclusive education", "educación inclusiva"),
    ("données et statistiques", "data and statistics", "datos y estadísticas"),
    ("coopération internationale", "international cooperation", "cooperación internacional"),
    ("droits humains", "human rights", "derechos humanos"),
    ("développement urbain durable", "sustainable urban development", "desarrollo urbano sostenible"),
    ("accueil des réfugiés", "refugee reception", "acogida de refugiados"),
    ("participation citoyenne", "citizen participation", "participación ciudadana"),
    ("diasporas et transferts", "diasporas and remittances", "diásporas y remesas"),
    ("égalité des genres", "gender equality", "igualdad de género"),
    ("villes intermédiaires", "intermediary cities", "ciudades intermedias"),
    ("financement local", "local finance", "financiación local"),
    ("cohésion sociale", "social cohesion", "cohesión social"),
    ("culture et patrimoine", "culture and heritage", "cultura y patrimonio"),
    ("transport public", "public transport", "transporte público"),
    ("emploi des jeunes", "youth employment", "empleo juvenil"),
    ("lutte contre les discriminations", "fighting discrimination", "lucha contra la discriminación"),
    ("pacte mondial sur les migrations", "global compact on migration", "pacto mundial sobre migración"),
    ("nouvel agenda urbain", "new urban agenda", "nueva agenda urbana"),
    ("déplacements climatiques", "climate displacement", "desplazamientos climáticos"),
    ("villes sanctuaires", "sanctuary cities", "ciudades santuario"),
)
TITLE_TEMPLATES = (
    ("{a} et {b}", "{a} and {b}", "{a} y {b}"),
    ("Atelier : {a}", "Workshop: {a}", "Taller: {a}"),
    ("{a} : le rôle des villes", "{a}: the role of cities", "{a}: el papel de las ciudades"),
    ("Table ronde sur {a}", "Round table on {a}", "Mesa redonda sobre {a}"),
    ("{a} face à {b}", "{a} in the face of {b}", "{a} frente a {b}"),
    ("Expériences locales de {a}", "Local experiences of {a}", "Experiencias locales de {a}"),
)
KINDS = ("talk", "talk", "talk", "workshop", "breakout", "talk")


def typo(word: str, rng: random.Random) -> str:
    """One slip of the keyboard: two neighbours swapped or a letter dropped (never the first)."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i + 1 :]


def generated_programme(seed: int = SEED) -> Programme:
    rng = random.Random(seed)
    conference = Conference(
        id="bench-1000",
        name=Text.of(
            {"fr": "Conférence générée", "en": "Generated conference", "es": "Conferencia generada"}
        ),
        timezone=ZONE,
        default_language="fr",
        days=DAYS,
        city="Mechelen",
    )
    rooms = [
        Room(
            id=f"room-{i:02d}",
            name=name,
            aliases=(f"Salle {name}", f"{name} room", f"Sala {name}"),
            interpretation=INTERPRETATION[i % len(INTERPRETATION)],
            directions=Text.of({"fr": f"Étage {i % 4}", "en": f"Floor {i % 4}", "es": f"Planta {i % 4}"})
            if i % 3 == 0
            else Text(),
        )
        for i, name in enumerate(ROOM_NAMES[:ROOMS])
    ]
    names: set[str] = set()
    people: list[Person] = []
    while len(people) < PEOPLE:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name in names:
            continue
        names.add(name)
        affiliation = rng.choice(AFFILIATIONS).format(city=rng.choice(CITIES), org=rng.choice(ORGANISATIONS))
        people.append(Person(id=f"p{len(people):04d}", name=name, affiliation=affiliation))
    sessions: list[Session] = []
    speakers = iter(rng.sample(people, len(people)) * 3)
    for d, day in enumerate(DAYS):
        for slot in range(SLOTS):
            start = datetime.combine(day, clock(9, 0), tzinfo=ZONE) + timedelta(minutes=60 * slot)
            for r, room in enumerate(rooms):
                a, b = rng.sample(TOPICS, 2)
                template = rng.choice(TITLE_TEMPLATES)
                title = {
                    lang: template[k].format(a=a[k], b=b[k]).capitalize()
                    for k, lang in enumerate(("fr", "en", "es"))
                }
                kind = "plenary" if r == 0 else rng.choice(KINDS)
                roles = [Role(next(speakers).id, "speaker") for _ in range(rng.randint(1, 3))]
                roles.append(Role(next(speakers).id, "moderator"))
                sessions.append(
                    Session(
                        id=f"d{d + 1}-s{slot:02d}-{room.id}",
                        kind=kind,
                        start=start,
                        end=start + timedelta(minutes=45),
                        room_id=room.id,
                        title=Text.of(title),
                        description=Text.of(
                            {"fr": f"Une session sur {a[0]}, {b[0]} et les autorités locales."}
                        ),
                        roles=tuple(roles),
                    )
                )
    return Programme(conference, rooms, people, sessions)


def generated_questions(programme: Programme, seed: int = SEED) -> list[tuple[str, datetime, str]]:
    """(text, instant, kind) for about 200 questions of every kind in fr, en and es."""
    rng = random.Random(seed + 1)
    rooms = list(programme.rooms.values())
    people = [p for p in programme.people.values() if programme.sessions_of_person(p.id)]

    def instant() -> datetime:
        day = rng.choice(DAYS)
        return datetime.combine(day, clock(rng.randint(8, 17), rng.choice((0, 10, 20, 35, 50))), tzinfo=ZONE)

    questions: list[tuple[str, datetime, str]] = []

    def add(kind: str, text: str) -> None:
        questions.append((text, instant(), kind))

    for _ in range(8):
        room = rng.choice(rooms).name
        add("next", f"what's next in {room}")
        add("next", f"prochaine séance à {room}")
        add("next", f"¿qué viene en {room}?")
        add("next", f"whats next in the {typo(room.lower(), rng)} room")
    for _ in range(5):
        room = rng.choice(rooms).name
        add("now", f"anything happening in {room} right now?")
        add("now", f"en ce moment à {room} ?")
        add("now", f"ahora en {room}")
    add("now", "what's happening now")
    add("now", "qu'est-ce qui se passe maintenant")
    add("now", "que hay ahora")
    for _ in range(5):
        d = rng.randrange(len(DAYS))
        hour, minute = rng.randint(9, 17), rng.choice((0, 15, 30, 45))
        room = rng.choice(rooms).name
        add("at_time", f"what's on {WEEKDAY['en'][d]} at {hour}:{minute:02d}")
        add("at_time", f"{WEEKDAY['fr'][d]} {hour}h{minute:02d}")
        add("at_time", f"el {WEEKDAY['es'][d]} a las {hour}:{minute:02d} en {room}")
        add("at_time", "tomorrow at 10")
        add("at_time", f"demain 11h30 dans la salle {room}")
    for _ in range(8):
        person = rng.choice(people)
        first, *rest = person.name.split()
        surname = " ".join(rest)
        add("person", f"where does {person.name} speak?")
        add("person", f"quand passe {person.name} ?")
        add("person", f"¿a qué hora habla {person.name}?")
        add("person", f"where is {surname}")
        add("person", f"when does {typo(first, rng)} {typo(surname, rng)} speak")
    for city in rng.sample(CITIES, 4):
        add("person", f"where's the mayor of {city} speaking")
        add("person", f"où intervient le maire de {city} ?")
        add("person", f"¿dónde habla el alcalde de {city}?")
    for topic in rng.sample(TOPICS, 10):
        fr, en, es = topic
        add("search", f"sessions on {en}")
        add("search", f"ateliers sur {fr}")
        add("search", f"talleres sobre {es}")
    add("search", "anything about youth")
    add("search", "when is the plenary")
    for _ in range(4):
        room = rng.choice(rooms).name
        add("room_info", f"how do I get to {room}?")
        add("room_info", f"quelles langues à {room} ?")
        add("room_info", f"¿hay traducción al inglés en {room}?")
    for text in ("help", "hi", "salut", "bonjour !", "¿qué puedes hacer?", "hola"):
        add("help", text)
    for text in (
        "what's the wifi password",
        "where does Angela Merkel speak?",
        "quel est le mot de passe du wifi",
        "¿dónde está el baño?",
    ):
        add("unknown", text)
    return questions


def time_questions(
    programme: Programme, questions: Sequence[tuple[str, datetime, str]], rounds: int
) -> tuple[list[float], list[float], dict[str, list[float]], list[str]]:
    """(first-pass ms, warm ms, warm ms by intent understood, intent understood per question)."""
    first: list[float] = []
    intents: list[str] = []
    for text, at, _ in questions:
        started = time.perf_counter()
        reply = respond(text, at, programme)
        first.append((time.perf_counter() - started) * 1000)
        intents.append(reply.answer.question.intent)
    warm: list[float] = []
    by_intent: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds):
        for text, at, _ in questions:
            # respond() keeps each minute's answers and the index its topic scores: forget them, or this
            # times dictionary lookups.
            forget_answers()
            index_for(programme).forget()
            started = time.perf_counter()
            reply = respond(text, at, programme)
            elapsed = (time.perf_counter() - started) * 1000
            warm.append(elapsed)
            by_intent[reply.answer.question.intent].append(elapsed)
    return first, warm, by_intent, intents


# A question the parser answers without dateparser, and one with an explicit date that needs it.
COLD_QUESTIONS = (
    ("what's next in Alcazar", "2017-11-16T12:10:00+01:00"),
    ("16 novembre à 13h", "2017-11-10T09:00:00+01:00"),
)


def cold_start(runs: int) -> tuple[dict[str, list[float]], list[float], dict[str, str]]:
    """Seconds per run for each question (runs interleaved), for `python -c pass`, and the answers."""
    command = [sys.executable, "-m", "bot", "ask", "--json"]
    times: dict[str, list[float]] = {text: [] for text, _ in COLD_QUESTIONS}
    answers: dict[str, str] = {}
    bare: list[float] = []
    for _ in range(runs):
        for text, at in COLD_QUESTIONS:
            line = json.dumps({"text": text, "at": at}, ensure_ascii=False) + "\n"
            started = time.perf_counter()
            done = subprocess.run(command, input=line, capture_output=True, text=True, cwd=ROOT, check=False)
            times[text].append(time.perf_counter() - started)
            try:
                reply = json.loads(done.stdout)
                answers[text] = f"{reply['intent']}, {len(reply['sessions'])} sessions"
            except (ValueError, KeyError, TypeError):
                answers[text] = f"(exit {done.returncode}) {(done.stdout + done.stderr).strip()[-200:]}"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], cwd=ROOT, check=False)
        bare.append(time.perf_counter() - started)
    return times, bare, answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="warm rounds on Mechelen")
    parser.add_argument("--big-rounds", type=int, default=BIG_ROUNDS, help="warm rounds, 1,000 sessions")
    parser.add_argument("--cold-runs", type=int, default=COLD_RUNS)
    args = parser.parse_args()
    total = time.perf_counter()

    started = time.perf_counter()
    mechelen = load_programme(default_programme_path()).programme
    load_ms = (time.perf_counter() - started) * 1000
    examples = [(text, datetime.fromisoformat(at), intent) for text, at, intent, *_ in EXAMPLES]
    m_first, m_warm, _, _ = time_questions(mechelen, examples, args.rounds)

    started = time.perf_counter()
    big = generated_programme()
    build_ms = (time.perf_counter() - started) * 1000
    questions = generated_questions(big)
    b_first, b_warm, b_by_intent, b_intents = time_questions(big, questions, args.big_rounds)
    mismatched = sum(1 for (_, _, kind), intent in zip(questions, b_intents, strict=True) if intent != kind)
    understood = Counter(b_intents)

    cold, bare, answers = cold_start(args.cold_runs)

    print("Answer latency: respond(text, at, programme) in one process; times in ms")
    print()
    rows = []
    for name, first, warm, count, rounds in (
        (f"Mechelen ({len(mechelen.sessions)} sessions)", m_first, m_warm, len(examples), args.rounds),
        (f"generated ({len(big.sessions)} sessions)", b_first, b_warm, len(questions), args.big_rounds),
    ):
        rows.append(
            (
                name,
                f"{count}×{rounds}",
                f"{first[0]:.1f}",
                f"{percentile(first[1:], 50):.2f}",
                f"{percentile(first[1:], 99):.2f}",
                f"{percentile(warm, 50):.2f}",
                f"{percentile(warm, 90):.2f}",
                f"{percentile(warm, 99):.2f}",
                f"{max(warm):.2f}",
            )
        )
    print(
        table(
            ("programme", "questions", "1st call", "pass1 p50", "pass1 p99", "p50", "p90", "p99", "max"),
            rows,
        )
    )
    print(
        f"(loading Mechelen: {load_ms:.0f} ms; building the generated programme: {build_ms:.0f} ms; "
        "'1st call' and 'pass1' are the warm-up round)"
    )
    print()
    print(
        f"Generated programme by intent understood ({len(questions)} questions, "
        f"{mismatched} understood as another kind than generated):"
    )
    print(
        table(
            ("intent", "questions", "p50", "p99", "max"),
            [
                (
                    intent,
                    understood[intent],
                    f"{percentile(values, 50):.2f}",
                    f"{percentile(values, 99):.2f}",
                    f"{max(values):.2f}",
                )
                for intent, values in sorted(b_by_intent.items(), key=lambda kv: -percentile(kv[1], 99))
            ],
        )
    )
    print()
    print(f"Cold start: `python -m bot ask --json` answering one line on stdin, {args.cold_runs} runs (s)")
    rows = [
        (
            f"ask: {text}",
            f"{median(runs):.3f}",
            f"{min(runs):.3f}",
            f"{max(runs):.3f}",
            answers[text],
        )
        for text, runs in cold.items()
    ]
    rows.append(("python -c pass", f"{median(bare):.3f}", f"{min(bare):.3f}", f"{max(bare):.3f}", ""))
    print(table(("command", "median", "min", "max", "answer"), rows))
    print()
    m_p99, b_p99 = percentile(m_warm, 99), percentile(b_warm, 99)
    cold_median = max(median(runs) for runs in cold.values())
    print(
        table(
            ("goal", "limit", "measured", "verdict"),
            [
                (
                    "warm p99, Mechelen",
                    f"{GOAL_MECHELEN_P99_MS:.0f} ms",
                    f"{m_p99:.2f} ms",
                    verdict(m_p99, GOAL_MECHELEN_P99_MS),
                ),
                (
                    "warm p99, 1,000 sessions",
                    f"{GOAL_BIG_P99_MS:.0f} ms",
                    f"{b_p99:.2f} ms",
                    verdict(b_p99, GOAL_BIG_P99_MS),
                ),
                (
                    "cold ask, median (slower question)",
                    f"{GOAL_COLD_S} s",
                    f"{cold_median:.3f} s",
                    verdict(cold_median, GOAL_COLD_S),
                ),
            ],
        )
    )
    print(f"(benchmark took {time.perf_counter() - total:.1f} s)")


if __name__ == "__main__":
    main()
