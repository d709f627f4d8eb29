"""The readings of a message, in the order they are tried: the first that answers gives the Question.

Each rule is a small function of a message's features (bot/understand/features.py) that returns
a Question or None. RULES lists them in order with the name the Question keeps (`rule`, which
`ask --json` prints), so a wrong answer names the rule that read it.

The order is the grammar. Greetings and questions about a room's way, documents or the conference
itself come first, then a person named without doubt, then what no programme answers, then the
end of a day. Then a room: what is on now, at a time, next, on a topic, on a day. Without a room:
a room this programme lacks, a time, now, a name it lacks, the next of a kind, a person, a topic
or a kind, what is next, a day. A new reading goes right above the first rule that would
otherwise take its questions, and a test row in tests/understand/test_rules.py names it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from itertools import pairwise
from typing import NamedTuple

from rapidfuzz import fuzz

from bot.programme.kinds import PAUSE_KINDS
from bot.programme.model import Programme, Session
from bot.understand.features import Features, any_of, has_phrase, without_the_afternoon
from bot.understand.index import PersonMatch, TopicMatch
from bot.understand.question import Intent, Question
from bot.understand.text import dense, fold, words
from bot.understand.vocabulary import (
    ABOUT_PHRASES,
    AFTER_PHRASES,
    ATTENDING_WORDS,
    CONFERENCE_WORDS,
    DOCUMENT_PHRASES,
    GIVEN_NAME_FORMS,
    HONORIFICS,
    I_AM,
    NAME_LINKS,
    NAME_PARTICLES,
    PERSON_QUESTION_WORDS,
    PRESENCE_PHRASES,
    ROOM_WORDS,
    SESSION_NOUNS,
    SESSION_WORDS,
    SPEAKING_WORDS,
    STOPWORDS,
    SUBJECT_MARKERS,
    TRANSLATION_WORDS,
    WAY_TO_PHRASES,
    WHAT_TIME_PHRASES,
    WHEN_WORDS,
    WITHOUT_WORDS,
)


class Rule(NamedTuple):
    name: str
    read: Callable[[Features], Question | None]


def nothing_typed(f: Features) -> Question | None:
    return f.ask(Intent.UNKNOWN) if not f.words else None


def help_or_greeting(f: Features) -> Question | None:
    """ "what can you do?", "hola": what the bot can do. "good morning" greets; it asks about no morning."""
    if (
        (f.only_greeting or f.asks_help)
        and f.room_id is None
        and f.when.clock is None
        and f.when.delay is None
    ):
        return f.ask(Intent.HELP)
    return None


def rooms_by_language(f: Features) -> Question | None:
    """ "the room without interpretation", "la salle où il y a de l'espagnol", "la sala con
    traducción": the rooms by what they are interpreted into."""
    if f.room_id is not None or not any(word in ROOM_WORDS for word in f.words):
        return None
    translated = any(word in TRANSLATION_WORDS for word in f.words)
    if not (f.interpretation or translated):
        return None
    lacking = translated and any(word in WITHOUT_WORDS for word in f.words)
    return f.ask(Intent.ROOMS, interpretation=None if lacking else f.interpretation, lacking=lacking)


def room_info(f: Features) -> Question | None:
    """ "how do I get to room 3?", "¿hay traducción en la sala Europa?"."""
    if (
        f.room_id
        and (f.interpretation or f.asks_room_info)
        and not (f.wants_now or f.wants_next or f.when.clock)
        # "where can I park my car near D House?": what no programme says, near a room.
        and out_of_scope(f) is None
    ):
        return f.ask(Intent.ROOM_INFO, room_id=f.room_id, interpretation=f.interpretation, when=f.when)
    return None


def way_to_a_session(f: Features) -> Question | None:
    """ "c'est loin, la visite ?", "comment aller à la réception ?": the way to the room of the
    next session of the kind it names, as for a room asked by name."""
    if f.room_id is not None or not f.asks_room_info or f.interpretation or not f.kinds or f.asks_person:
        return None
    if has_phrase(f.joined, WHAT_TIME_PHRASES):
        # "la plénière de clôture c'est à quelle heure et où ?": the session, its time and room.
        return None
    programme = f.index.programme
    named = [s for s in programme.sessions if not s.cancelled and s.room_id is not None and s.kind in f.kinds]
    if f.topic:
        named = _best_about(named, f.topic_hits)
    upcoming = [s for s in named if s.end > f.at] or named
    if not upcoming:
        return None
    return f.ask(Intent.ROOM_INFO, room_id=upcoming[0].room_id, session_ids=(upcoming[0].id,), when=f.when)


def _best_about(sessions: list[Session], hits: dict[str, TopicMatch]) -> list[Session]:
    """The sessions that match the topic best: "where's the arab region workshop" is the one
    about the Arab region, not the first workshop whose description says "region"."""
    found = [s for s in sessions if s.id in hits]
    if not found:
        return []
    best = max((hits[s.id].covered, hits[s.id].score) for s in found)
    return [s for s in found if hits[s.id].covered == best[0] and hits[s.id].score >= 0.8 * best[1]]


def documents(f: Features) -> Question | None:
    """ "background paper for the round table on arrival cities": the sessions, then their papers."""
    if not f.asks_documents:
        return None
    said = {word for phrase in (*DOCUMENT_PHRASES, *f.kind_words) for word in phrase.split()}
    if f.person is not None and f.person.exact and said & f.person.matched_words:
        return None  # "doc searls donde habla": Doc Searls, no document
    numbers = f.session_numbers
    # The word in a title of a programme without documents, no session named: what sessions are
    # about ("how my team writes documentation: is there a session about that?", "looking for
    # something on writing documentation", Devoxx UK 2023's and DDD Melbourne 2024's 'Writing
    # Documentation'), where "slides of workshop 4" still asks for a session's papers.
    if (
        not numbers
        and not f.index.has_documents
        and any(f.index.in_a_title(word) for word in f.words if word in said)
    ):
        return None
    if numbers:
        # "documents de la table ronde 2.2": that session (its number is no date), or none.
        found = f.named_sessions
        missing = "" if found else " ".join(numbers)
        return f.ask(Intent.SEARCH, documents=True, session_ids=found, unmatched=missing, kinds=f.kinds)
    topic = tuple(w for w in f.content if len(w) >= 3 and w not in said and w not in CONFERENCE_WORDS)
    programme = f.index.programme
    # (words no session has say nothing of one: "will the slides be shared after the conference?")
    about_sessions = bool(topic) and bool(f.index.topic_scores(list(topic)))
    if (
        not about_sessions
        and f.room_id is None
        and not f.kinds
        and programme.sessions
        and not f.index.has_documents
    ):
        # "will the slides be shared afterwards?" of sessions that list none: not known.
        return f.ask(Intent.UNKNOWN, documents=True, when=f.when)
    return f.ask(Intent.SEARCH, documents=True, room_id=f.room_id, topic=topic, kinds=f.kinds, when=f.when)


def in_a_language(f: Features) -> Question | None:
    """ "sessions with English interpretation", "ateliers en espagnol", "¿qué charlas hay en inglés
    mañana?": the sessions heard in that language (their room's interpretation), of the kinds and
    day asked."""
    if f.interpretation is None or f.room_id is not None:
        return None
    if not (f.kinds or f.names_sessions or not f.when.empty):
        return None  # "is there English interpretation?" asks the conference's languages
    return f.ask(Intent.SEARCH, kinds=f.kinds, when=f.when, interpretation=f.interpretation)


def conference_info(f: Features) -> Question | None:
    """ "who organises the conference?", "how do I register?", an entry of the conference's FAQ."""
    if f.room_id is not None:
        return None
    topics, faq = f.info
    if (
        faq
        and not topics
        and f.topic_hits
        and (
            f.names_sessions
            or any(map(f.a_subject_of_sessions, f.content))
            or has_phrase(f.cleaned, ABOUT_PHRASES)  # "où on parle de la déclaration ?"
        )
    ):
        # "anything about the new urban agenda?", "which sessions deal with the declaration?": the
        # sessions about what an entry of the FAQ explains ("what is the New Urban Agenda?" is it).
        return None
    if topics == ("venue",) and not faq and f.person is not None and f.person.exact:
        return None  # "la conf de Künneth c'est où ?": where that person speaks
    if (
        topics == ("venue",)
        and not faq
        and (f.wants_now or f.wants_next)
        and (f.names_sessions or f.kinds or f.when.clock is not None)
    ):
        # "I just got to the venue: which sessions are running?", "I should get to the venue around
        # 11:30: what will be going on at that time?" ask for sessions
        return None
    desks = f.index.registration_sessions
    if (
        topics == ("registration",)
        and not faq
        and desks
        and not f.index.programme.conference.info.registration
    ):
        # "when is registration?" of a programme whose information says nothing of it: the
        # sessions titled so say when and where ("Registration", Sunday 16:00).
        return f.ask(Intent.SEARCH, session_ids=desks, when=f.when)
    if topics and not faq and not any(_said(f.index.programme, topic) for topic in topics):
        # "¿cuánto cuesta la inscripción?" where nothing says: what the bot does not know.
        return f.ask(Intent.UNKNOWN, info=topics, when=f.when)
    if faq or topics:
        return f.ask(Intent.INFO, info=(*topics, "faq") if faq else topics, faq=faq, when=f.when)
    return None


def _said(programme: Programme, topic: str) -> bool:
    """Whether the programme answers a topic of the conference information: its languages are
    also its rooms' interpretation."""
    interpreted = topic == "languages" and any(room.interpretation for room in programme.rooms.values())
    return interpreted or programme.conference.info.says(topic)


def _topic_rather(f: Features, person: PersonMatch) -> bool:
    """ "anything about climate change" is not about the group "Open Climate Fix": a name made of
    words the sessions use as a topic, that covers only some of the words, or one word after
    "about", when no person is asked for."""
    if f.asks_person or person.described or not f.topic_hits:
        return False
    # "charlas de merelo" are his: "de" says whose as well as what about.
    if len(person.matched_words) == 1 and f.a_subject_of_sessions(next(iter(person.matched_words)), of=False):
        return True  # "anything about tor": after "about", a word sessions are about, not "Tor Smith"
    if person.first_name_only and not f.asks_person and _a_topic_beyond(f, person):
        return True  # "ruby?" at a conference on languages where Ruby Tahboub speaks: the language
    if person.misspelt and len(person.matched_words) == 1 and _literally_held(f, *person.matched_words):
        return True  # "hay algo de kenia": Kenya (its Spanish name), not a slip for "Ksenia"
    # "is jack fennel doing anything": a verb saying someone speaks is no topic beside the name,
    # nor a word for sessions ("katja schafer - which panel?").
    rest = set(f.content) - SPEAKING_WORDS - SESSION_NOUNS - SESSION_WORDS  # "la keynote de giada pistili"
    if person.misspelt and not rest - NAME_PARTICLES <= person.matched_words and not _describes(f, person):
        return True  # "crédito social chino" is not a slip for a speaker "Chinon": the rest is a topic
    if _named_as_its_sessions(f, person):
        return True  # "is there a lan party": a "speaker" 'Drop in LAN Party', as its sessions are titled
    return (
        not rest <= person.matched_words
        and all(len(f.index.sessions_with.get(word, ())) >= 2 for word in person.matched_words)
        and not _only_as_a_name(f, person)
    )


def _describes(f: Features, person: PersonMatch) -> bool:
    """Whether the words typed beside a name say where the person named is from or works:
    "ana garsia de lima" for a speaker 'Ana García' who works in Lima."""
    beside = [word for word in f.content if word not in person.matched_words and word not in NAME_PARTICLES]
    described = f.index.find_person_by_description(beside) if beside else None
    return (
        described is not None
        and set(beside) <= described.matched_words
        and not set(described.person_ids).isdisjoint(person.person_ids)
    )


def _literal_forms(f: Features, word: str) -> list[str]:
    """The programme's forms of the word as written or translated (not a near spelling)."""
    return [form for form, weight in f.index.variants(word, typos=False).items() if weight >= 1.0]


def _literally_held(f: Features, word: str) -> bool:
    return bool(_literal_forms(f, word))


def _a_topic_beyond(f: Features, person: PersonMatch) -> bool:
    """Whether the one word a first name matched is in the texts of two sessions or more that are
    none of the people's it names."""
    if len(person.matched_words) != 1:
        return False
    (word,) = person.matched_words
    theirs = {s.id for pid in person.person_ids for s in f.index.programme.sessions_of_person(pid)}
    return len(set(f.index.sessions_with.get(word, ())) - theirs) >= 2


def _named_as_its_sessions(f: Features, person: PersonMatch) -> bool:
    """Whether the people found are a file's "speaker" that is the activity itself, asked for as a
    thing: a name written with a little word in lower case, as no one's is ('Lockpicking village',
    'Drop in LAN Party', EMF 2024's), that every one of their sessions has in its title."""
    programme = f.index.programme
    if not all(_not_someone(programme.people[pid].name) for pid in person.person_ids):
        return False
    sessions = [s.id for pid in person.person_ids for s in programme.sessions_of_person(pid)]
    titles = f.index.title_terms
    return bool(sessions) and all(person.matched_words <= titles.get(s, frozenset()) for s in sessions)


def _not_someone(name: str) -> bool:
    """A name of capitalised words and a lower-case one that joins no family name ("de", "van")."""
    written = name.split()
    return any(w[:1].isupper() for w in written) and any(
        w.isalpha() and w.islower() and fold(w) not in NAME_PARTICLES | NAME_LINKS for w in written[1:]
    )


def _only_as_a_name(f: Features, person: PersonMatch) -> bool:
    """ "michael carroll schedule pls": a full name whose rarest word the programme has only in
    that person's sessions, or beside the name's other words (a title "An Interview with Michael
    Carroll"), names them whatever else is asked; the words of "Open Climate Fix" are a topic
    elsewhere."""
    if not person.exact or len(person.matched_words) < 2 or len(person.person_ids) != 1:
        return False
    index = f.index
    own = {s.id for s in index.programme.sessions_of_person(person.person_ids[0])}
    rarest = min(person.matched_words, key=lambda word: len(index.sessions_with.get(word, ())))
    return all(
        session_id in own or person.matched_words <= index.session_fields[session_id].keys()
        for session_id in index.sessions_with.get(rarest, ())
    )


def person_named(f: Features) -> Question | None:
    """A person named by their name, or described by words only they have."""
    person = f.person
    if (
        person
        and person.described
        and (
            (not f.asks_person and ((f.wants_now and f.names_sessions) or _about_something_else(f, person)))
            or _the_asker(f, person)
        )
    ):
        # "soy concejal de Cuenca y acabo de llegar: ¿qué sesiones hay ahora?", "soy concejal de un
        # municipio de Ecuador. ¿Hay algún taller sobre la resiliencia urbana?": the asker.
        return None
    if person and (person.exact or person.specific) and f.room_id is None and not _topic_rather(f, person):
        if f.unknown_things[0]:
            return None  # "qué tiempo va a hacer el domingo en valencia": the weather, not Ms Valencia
        other = _other_surname(f, person)
        if other:
            named = " ".join(w for w in f.words if w in person.matched_words or w == other)
            if f.index.titled_with(named):
                # "the andy weir interview": no speaker, but a title names him.
                return f.ask(Intent.SEARCH, topic=tuple(named.split()), when=f.when)
            # "va a venir richard stallman?": a Richard speaks, but not this one.
            return f.ask(Intent.UNKNOWN, unmatched=f.as_typed([*person.matched_words, other]), when=f.when)
        together = person.described or person.several or _named_twice(person.person_ids, f.index.programme)
        return f.ask(Intent.PERSON, person_ids=person.person_ids, when=f.when, together=together)
    return None


def _the_asker(f: Features, person: PersonMatch) -> bool:
    """Whether the words describing someone come right after a word saying who the asker is:
    "Soy concejala de una ciudad de Ecuador y me interesa…", "Je suis adjoint au maire à Douala",
    "I'm the mayor of…" (not "je suis journaliste, quand parle le maire de Lyon ?")."""
    if person.matched_words and person.matched_words <= f.described:
        return True  # "je suis conseillère municipale à Dakar et je m'intéresse au logement"
    said = f.words
    for at, word in enumerate(said):
        if word in I_AM or (word == "m" and at and said[at - 1] == "i"):
            following = [w for w in said[at + 1 : at + 4] if w not in STOPWORDS]
            if following and any(
                following[0].startswith(matched) or matched.startswith(following[0])
                for matched in person.matched_words
            ):
                return True
    return False


def _about_something_else(f: Features, person: PersonMatch) -> bool:
    """Whether the message asks for sessions about words other than those describing someone
    ("… ¿hay algún taller sobre la resiliencia urbana?")."""
    return any(
        marker in SUBJECT_MARKERS and after in f.content and after not in person.matched_words
        for marker, after in pairwise(w for w in f.words if w not in STOPWORDS or w in SUBJECT_MARKERS)
    )


def _named_twice(person_ids: tuple[str, ...], programme: Programme) -> bool:
    """Whether people found are one person the file names twice, one name inside the other after
    the same given name: 'Pablo Galindo' and 'Pablo Galindo Salgado' (PyConES 2018's)."""
    if len(person_ids) < 2:
        return False
    names = [words(programme.people[person_id].name) for person_id in person_ids]
    longest = max(names, key=len)
    return all(len(name) >= 2 and name[0] == longest[0] and set(name) <= set(longest) for name in names)


RARE_SHARE = 100  # a word in at most one session in this many (or one) may be someone's surname
SLIP_RATIO = 70  # how alike (rapidfuzz's ratio) a word beside a name is to one of theirs to be a slip


def _other_surname(f: Features, person: PersonMatch) -> str | None:
    """The word typed right beside the name matched that none of the people so named has:
    "richard stallman" where the programme's Richards are Brown, Fontana and Pope, "jean-baptiste
    kempf" where its Jean-Baptiste is Vincey, "tim berners-lee" where its Lee is Anne Lee Steele."""
    if person.described:
        return None
    matched = person.matched_words
    programme = f.index.programme
    # Their names, and the words of their office and country: "mayor pomanto makassar", "Mayor
    # Iddrisu of Tamale" name no other Pomanto, no other Iddrisu.
    people = [programme.people[pid] for pid in person.person_ids]
    names = {token for p in people for text in (p.name, p.affiliation, p.country) for token in words(text)}
    # The given name as written ("Jean-Baptiste" of "Jean-Baptiste Vincey"): its words are one.
    given = {token for p in people for token in words(p.name.split()[0])}
    words_ = list(f.words)
    if len(matched) == 1:
        # A name alone: the word after it ("richard stallman"), or before it ("tim berners-lee"
        # where the programme's Lee is Anne Lee Steele); not before a name the file writes as one
        # word (its other script aside), a login or a surname alone: "tristan nitot" is 'nitot'.
        one_word = all(
            len([w for w in words(programme.people[pid].name) if not dense(w)]) == 1
            for pid in person.person_ids
        )
        following = [
            beside
            for i, word in enumerate(words_)
            if word in matched
            for beside in (*words_[i + 1 : i + 2], *(() if one_word else words_[max(0, i - 1) : i]))
        ]
    elif matched <= given:
        # A given name of several words: the word after it ("jean-baptiste kempf").
        following = [words_[i + 1] for i, word in enumerate(words_[:-1]) if word in matched]
    else:
        return None
    following = [word for word in following if word not in matched]
    # A given name the file writes as its initial: "marie claude morice" for 'M. C. Morice'.
    initials = f.index.given_initials(person.person_ids)
    following = [word for word in following if word[:1] not in initials]
    # A rare word, as a surname is ("stallman"), not one of many sessions' ("doing", "talk").
    most = max(1, len(programme.sessions) // RARE_SHARE)
    rare = {w for w in following if len(f.index.sessions_with.get(w, ())) <= most}
    if not rare:
        return None
    # A word of the person's own sessions' titles says which talk: "halderman election talk when".
    titled = {
        word
        for pid in person.person_ids
        for session in programme.sessions_of_person(pid)
        for word in f.index.title_terms.get(session.id, ())
    }
    return next(
        (
            w
            for w in following
            if w in rare
            and w in f.content
            and w not in names
            # "sophie wong" for 'Sophy Wong': a slip in one of their names, no other person
            and not any(n[:1] == w[:1] and fuzz.ratio(w, n) >= SLIP_RATIO for n in names if len(n) > 3)
            and w not in HONORIFICS  # "and ambassador Swing?"
            and names.isdisjoint(f.index.glossary.translations(w))  # "mayor" of a "Maire …"
            and w not in titled
            # (in some form: "ammerman drone talk" of 'Deploying IoT devices via Drones')
            and titled.isdisjoint(f.index.variants(w, typos=False))
            # "wagemans keynote", "rzayev workshop": the session, not another surname
            and w not in SESSION_WORDS
            and w not in SESSION_NOUNS
            and w not in SPEAKING_WORDS  # "which sessions does Rafati give?"
            and len(w) > 2
            and w[:1].isalpha()
        ),
        None,
    )


def out_of_scope(f: Features) -> Question | None:
    """ "where is the wifi password?", "is there a cloakroom?", "food allergies?": no programme
    says; better "the conference information does not say" than a session sharing a word. `info`
    keeps what was asked (ask --json: info.unknown). With a room named, still so ("is there free
    parking at the science centre?"), unless the words are the room's name's ("the main bar")."""
    things, said = f.unknown_things
    practical = f.out_of_scope
    if f.person is not None and f.person.exact and not f.person.misspelt and said:
        # "when is Javier Ropero Pelaez speaking?": a word of a name ("ropero", a wardrobe) asks
        # for no cloakroom.
        said = tuple(word for word in said if word not in f.person.matched_words)
        things = things if said else ()
    if f.described and (said or practical):
        # "I work for a town by the old port - is any session going to discuss tourism?": the
        # asker's own words ask for no port.
        said = tuple(word for word in said if word not in f.described)
        practical = [word for word in practical if word not in f.described]
        things = things if said else ()
    if f.room_id is not None and has_phrase(f.joined, WAY_TO_PHRASES):
        # "how do i get to gate 104? what's on there today?": the way to that room.
        things = tuple(thing for thing in things if thing != "transport")
    if f.room_id is not None:
        named = set(words(f.index.programme.rooms[f.room_id].name))
        practical = [word for word in practical if word not in named]
        said = tuple(word for word in said if word not in named)
        things = things if said else ()
    if (f.wants_now or f.wants_next) and set(said) | set(practical) <= f.told | f.asked_apart:
        # "je viens d'arriver de la gare avec du retard, qu'est-ce qui a lieu actuellement ?"
        return None
    if things or practical:
        typed = f.as_typed([*said, *(w for w in practical if w not in said)])
        return f.ask(Intent.UNKNOWN, unmatched=typed, info=things or tuple(practical), when=f.when)
    return None


def people_of_session(f: Features) -> Question | None:
    """ "who is moderating drivers of migration", "qui parle à l'ouverture ?", "quién modera la
    sesión 3": the people of the session it names, by role."""
    if not f.asks_who or f.room_id is not None or (f.person is not None and f.person.exact):
        return None
    sessions = f.named_sessions
    return f.ask(Intent.PEOPLE, session_ids=sessions, when=f.when) if sessions else None


def after_a_pause(f: Features) -> Question | None:
    """ "what's on after the break", "et après la pause café ?", "después del almuerzo": what starts
    when that pause ends (the next one, or the first of the day asked about)."""
    pauses = [kind for kind in f.kinds if kind in PAUSE_KINDS]
    # ("les pauses cet après-midi ?" asks for no "après")
    if (
        not pauses
        or f.when.clock is not None
        or not has_phrase(without_the_afternoon(f.cleaned), AFTER_PHRASES)
    ):
        return None
    programme = f.index.programme
    conference = programme.conference
    day = f.when.day
    candidates = [
        s
        for s in programme.sessions
        if s.kind in pauses
        and not s.cancelled
        and (s.end > f.at if day is None else conference.programme_day(s.start) == day)
    ]
    if not candidates:
        return None
    pause = min(candidates, key=lambda s: s.start)
    # "Strictly after" a second before its end: what starts as it ends is what comes after it.
    return f.ask(Intent.NEXT, room_id=f.room_id, after=pause.end - timedelta(seconds=1))


_AFTER = any_of(AFTER_PHRASES)


def after_a_session(f: Features) -> Question | None:
    """ "anything after the closing?", "qu'est-ce qu'il y a après la keynote ?", "¿y después de la
    clausura?": what starts when the session whose title has the words after "after" ends (the
    one on now or next, or the first of the day asked about)."""
    said = _AFTER.search(f.rest)
    if said is None or f.when.clock is not None or PAUSE_KINDS & set(f.kinds):
        return None
    before = words(f.rest[: said.start()])
    marked = max((i for i, word in enumerate(before) if word in SUBJECT_MARKERS), default=None)
    if marked is not None and any(word in f.content for word in before[marked + 1 :]):
        # "charlas sobre evaluación de daños después de desastres": what they are about ("what's
        # on after the opening?" still asks what follows it)
        return None
    named = [word for word in words(f.rest[said.end() :]) if word in f.content]
    if not named:
        return None
    index = f.index
    forms = [{word, *index.variants(word, typos=False)} for word in named]
    programme = index.programme
    day = f.when.day
    titled = [
        session
        for session_id in dict.fromkeys(i for form in forms[0] for i in index.sessions_with.get(form, ()))
        if all(not form.isdisjoint(index.title_terms[session_id]) for form in forms)
        and (session := programme.session(session_id)) is not None
        and not session.cancelled
        and (session.end > f.at if day is None else programme.conference.programme_day(session.start) == day)
    ]
    if not titled:
        return None
    session = min(titled, key=lambda s: s.start)
    return f.ask(Intent.NEXT, room_id=f.room_id, after=session.end - timedelta(seconds=1))


def last_session(f: Features) -> Question | None:
    """ "when does the conference end?", "le dernier atelier de jeudi", "última sesión en la sala 3";
    "when does lunch end?" asks for lunch."""
    if (
        f.wants_last
        and f.when.clock is None
        and not (f.person and f.person.exact)
        and not PAUSE_KINDS & set(f.kinds)
    ):
        # (of a track when one is named: "the last talk in the python devroom on sunday")
        tracks = f.tracks if f.room_id is None else ()
        return f.ask(Intent.SEARCH, room_id=f.room_id, kinds=f.kinds, when=f.when, last=True, tracks=tracks)
    return None


def first_in_room(f: Features) -> Question | None:
    """ "what's first in RB102 today?", "lo primero del sábado en la TR212": the first session of
    that day there (today when no day is named), not all that follow."""
    if f.wants_first and f.room_id is not None and f.when.clock is None and not (f.person and f.person.exact):
        return f.ask(Intent.SEARCH, room_id=f.room_id, kinds=f.kinds, when=f.when, first=True)
    return None


# -- A room is named ------------------------------------------------------------------------------


def _now_meant(f: Features, asked: bool) -> bool:
    """Now is `asked` for, with no delay and no other day named ("qu'est-ce qui se passe demain ?"
    is tomorrow)."""
    if not asked or f.when.delay is not None or f.when.part is not None:
        return False  # "what's on in the morning" asks for the morning
    return f.when.day is None or f.when.day == f.index.programme.conference.programme_day(f.at)


def now_in_room(f: Features) -> Question | None:
    """ "what's on in room 3 right now?", "what's in Turing?", "¿qué hay en la sala 2?"; with
    "today" named, the day's sessions there ("que hay hoy en la sala 222": room_on_day)."""
    if (
        f.room_id is not None
        and f.when.day is None
        and _now_meant(f, f.wants_now_in_room)
        and not f.wants_next
        and f.when.clock is None
    ):
        return f.ask(Intent.NOW, room_id=f.room_id, when=f.when)
    return None


def room_at_time(f: Features) -> Question | None:
    if f.room_id is not None and (f.when.clock is not None or f.when.delay is not None):
        return f.ask(Intent.AT_TIME, room_id=f.room_id, when=f.when)
    return None


def next_in_room(f: Features) -> Question | None:
    if f.room_id is not None and f.wants_next:
        # "after the break": breaks are held everywhere, no room has them; "after the current one".
        kinds = tuple(k for k in f.kinds if k not in PAUSE_KINDS)
        return f.ask(Intent.NEXT, room_id=f.room_id, when=f.when, kinds=kinds)
    return None


def topic_in_room(f: Features) -> Question | None:
    """ "privacy in room 3": the room's sessions on a topic."""
    if f.room_id is None or f.when.day is not None or f.when.part is not None:
        return None
    topic = tuple(w for w in f.content if w not in f.kind_words)
    if topic and f.index.topic_scores(list(topic)):
        return f.ask(Intent.SEARCH, room_id=f.room_id, topic=topic, kinds=f.kinds, when=f.when)
    return None


def room_alone(f: Features) -> Question | None:
    """ "room 3?": what is next there."""
    if f.room_id is not None and f.when.day is None and f.when.part is None:
        return f.ask(Intent.NEXT, room_id=f.room_id, when=f.when, kinds=f.kinds)
    return None


def room_on_day(f: Features) -> Question | None:
    """ "room 3 on Friday", "sala 3 por la tarde". Every question naming a room ends here at the latest."""
    if f.room_id is not None:
        return f.ask(Intent.AT_TIME, room_id=f.room_id, when=f.when)
    return None


# -- No room is named (the rules above answer every question that names one) ----------------------


def track_named(f: Features) -> Question | None:
    """ "la piste DevOps demain", "what's next on the Go devroom?", "¿qué hay ahora en el track de
    ciencia?": the sessions of that track, now, next, at a time or on a day as asked. "What's on
    the security track?" with nothing of it on now asks for the track's sessions."""
    if not f.tracks:
        return None
    if f.when.clock is not None or f.when.delay is not None:
        return f.ask(Intent.AT_TIME, when=f.when, kinds=f.kinds, tracks=f.tracks)
    if f.wants_next:
        return f.ask(Intent.NEXT, when=f.when, kinds=f.kinds, tracks=f.tracks)
    running = (s for s in f.index.programme.running_at(f.at) if s.track in f.tracks)
    if f.wants_now and _now_meant(f, True) and any(running):
        return f.ask(Intent.NOW, kinds=f.kinds, tracks=f.tracks)
    return f.ask(Intent.SEARCH, when=f.when, kinds=f.kinds, tracks=f.tracks)


def unknown_room(f: Features) -> Question | None:
    """ "salle Memling", "the Narnia room": a room this programme does not have."""
    words = f.unknown_room
    return f.ask(Intent.UNKNOWN, unmatched=f.as_typed(words), when=f.when) if words else None


def at_time(f: Features) -> Question | None:
    if f.kinds and set(f.kinds) <= PAUSE_KINDS and not WHEN_WORDS.isdisjoint(f.words):
        # "qd est-ce qu'on mange demain midi ?": when lunch is that day, not what is on at noon.
        return None
    if f.when.clock is not None or f.when.delay is not None:
        return f.ask(Intent.AT_TIME, when=f.when, kinds=f.kinds, also=f.also)
    return None


def now(f: Features) -> Question | None:
    """ "what's on now?"; not with a word for what comes ("¿qué viene ahora?" is next), nor when
    someone no speaker is asked to be there ("est-ce que scarlett johansson sera là ?")."""
    if has_phrase(f.cleaned, PRESENCE_PHRASES) and f.content and f.person is None:
        return None
    return (
        f.ask(Intent.NOW, when=f.when, kinds=f.kinds)
        if _now_meant(f, f.wants_now) and not f.wants_next
        else None
    )


def unknown_name(f: Features) -> Question | None:
    """ "est-ce que Yann LeCun est là ?": a name the programme does not have, before "là" is read
    as now."""
    if f.person is None and f.unknown_words and f.unknown_name:
        return f.ask(Intent.UNKNOWN, unmatched=f.as_typed(f.content), when=f.when)
    return None


def unknown_person(f: Features) -> Question | None:
    """ "quand parle Barack Obama": a name this programme does not have."""
    # Two unknown names side by side were read earlier (unknown_name); here a person is asked for.
    if f.person is None and f.unknown_words and f.asks_person:
        # "is there a black holes talk": "talk" asks for a session, not a speaker; "where does
        # Lionel Messi talk" names someone.
        named = any(word[:1].isupper() for word in f.as_typed(f.unknown_words).split())
        if (
            f.topic_hits
            and not named
            and all(w in SESSION_NOUNS or w in ATTENDING_WORDS for w in f.words if w in PERSON_QUESTION_WORDS)
        ):
            return None
        return f.ask(Intent.UNKNOWN, unmatched=f.as_typed(f.content), when=f.when)
    return None


def absent_office(f: Features) -> Question | None:
    """ "when does the UN special representative for migration speak?": someone asked for by an
    office that those the description fits do not hold."""
    if f.person is None and f.asks_person and f.index.office_absent(list(f.words)):
        return f.ask(Intent.UNKNOWN, unmatched=f.as_typed(f.content), when=f.when)
    return None


def next_of_kind(f: Features) -> Question | None:
    """ "next workshop", "what's next?"."""
    if f.wants_next and (f.kinds or not f.content):
        # "c quoi le prochain créneau ? on est en pause dej": a pause the programme does not list
        # is where one is, not what is asked for.
        kinds = tuple(kind for kind in f.kinds if kind in f.index.kinds_held or kind not in PAUSE_KINDS)
        return f.ask(Intent.NEXT, when=f.when, kinds=kinds, first=f.wants_first)  # as next_ keeps it
    return None


def person(f: Features) -> Question | None:
    """A person found by a near name or a description, unless the words are rather a topic."""
    found = f.person
    if found and found.described and _titles_one_of_its_kinds(f, found.matched_words):
        return None  # "la visita a la casa social a q hora sale": the visit, not who works in one
    if found and found.described and _the_asker(f, found):
        return None  # "Faut-il un visa Schengen ? Je suis adjoint au maire à Douala."
    if found and _a_title_word_beside_many_described(f, found):
        return None  # "Is there a talk explaining Landlock? … Linux security modules"
    if found and found.described and _only_told(f, found):
        return None  # "je viens d'arriver à Lyon. Quelle est la première séance demain ?"
    if found and (found.exact or not f.topic_hits or f.asks_person) and not _topic_rather(f, found):
        return f.ask(Intent.PERSON, person_ids=found.person_ids, when=f.when, together=found.described)
    return None


def _only_told(f: Features, found: PersonMatch) -> bool:
    """Whether the words describing someone are only told, beside a question on what is on."""
    return (f.wants_now or f.wants_next or f.wants_first) and found.matched_words <= f.told


def _a_title_word_beside_many_described(f: Features, found: PersonMatch) -> bool:
    """Whether a word of a session's title is typed beside words that only describe many people
    (Pass the SALT 2018's "Is there a talk explaining Landlock? I'd like to learn about Linux
    security modules": seven people work in security; the talk is asked for)."""
    if not found.described or found.exact or len(found.person_ids) <= 2:
        return False
    return any(f.index.in_a_title(word) for word in f.content if word not in found.matched_words)


def _titles_one_of_its_kinds(f: Features, said: frozenset[str]) -> bool:
    """Whether words are all in the title of a session of a kind the message names."""
    index = f.index
    return bool(f.kinds) and any(
        session.kind in f.kinds and said <= index.title_terms.get(session.id, frozenset())
        for session in index.programme.sessions
    )


def absent_person(f: Features) -> Question | None:
    """ "where does Emmanuel Macron speak", "¿habla Bill Gates?": someone asked for whom the
    programme names as no speaker and describes as no one. Words of a lexicon idea or of a title
    are a topic ("who presents blockchain?"); a passing mention in a description is not them. A
    programme that names no speakers (an iCalendar that says "Speaker: …" in its descriptions) is
    searched instead."""
    # "is George R. R. Martin on any panel?": where one would be ("on any panel") is not sought.
    where = {
        word for phrase in PRESENCE_PHRASES if has_phrase(f.cleaned, (phrase,)) for word in phrase.split()
    }
    asked = [word for word in f.content if word not in where]
    if (
        f.person is None
        and f.index.programme.people
        and (where or any(word in SPEAKING_WORDS for word in f.words))
        and not has_phrase(f.cleaned, ABOUT_PHRASES)  # "où parle-t-on de ségrégation ?"
        and asked
        and (not f.kinds or where)
        and not any(f.a_subject_of_sessions(word) for word in asked)
        # "fait une keynote": what a session is called says nothing of its subject; "vogels" is
        # Dutch for birds, an idea of the lexicon, but of no session here.
        and not any(
            (f.index.glossary.knows(word) and f.index.variants(word, typos=False))
            or (_in_a_title(f, word) and not _a_full_name_apart(f))
            for word in asked
            if word not in SESSION_WORDS
        )
    ):
        return f.ask(Intent.UNKNOWN, unmatched=f.as_typed(f.content), when=f.when)
    return None


def _a_full_name_apart(f: Features) -> bool:
    """Whether the words asked about are a first and a last name typed together that no title
    writes together: "viene Stephen King?" where a title has 'Stephen' and another 'King'."""
    content = [word for word in f.content if word not in SESSION_WORDS]
    if len(content) != 2 or (content[0], content[1]) not in set(pairwise(f.words)):
        return False
    given = content[0] in GIVEN_NAME_FORMS or content[0] in f.index.first_names
    capitalised = re.search(r"\b[A-Z][\w'-]+\s+[A-Z][\w'-]+", f.text) is not None
    return (content[0], content[1]) not in f.index.phrases and (given or capitalised)


def _in_a_title(f: Features, word: str) -> bool:
    """Whether a title has the word as written or translated ("machiavel": 'Machiavelli')."""
    return any(f.index.in_a_title(form) for form in _literal_forms(f, word))


def next_in_unknown_place(f: Features) -> Question | None:
    """ "what's next in Narnia": a place this programme does not have."""
    # (not a place only told: "… demain matin ? on arrive a san antonio ce soir")
    if f.wants_next and f.names_a_place and not set(f.content) <= f.told:
        return f.ask(Intent.UNKNOWN, unmatched=" ".join(f.content))
    return None


def topic_or_kind(f: Features) -> Question | None:
    """ "sessions about resilience", "workshops on Friday", "table ronde 3.1" (by its number)."""
    if f.session_numbers and f.named_sessions:
        return f.ask(Intent.SEARCH, session_ids=f.named_sessions, kinds=f.kinds)
    if f.kinds or f.topic_hits:
        return f.ask(Intent.SEARCH, topic=f.topic, either=f.topic_either, kinds=f.kinds, when=f.when)
    return None


def unlisted_pause(f: Features) -> Question | None:
    """ "where can i get lunch?", "is there coffee somewhere?" of a programme that lists no break
    nor lunch (no session of those kinds, none titled so: BSides CDMX's lunch is a session "Comida"
    of no kind): what the programme does not say, not a search of the other words ("no session
    about 'where can i get'")."""
    if not f.kinds or not set(f.kinds) <= PAUSE_KINDS or set(f.kinds) & f.index.kinds_held or f.topic_hits:
        return None
    if not f.index.title_vocabulary.isdisjoint(f.kind_words):
        return None
    said = tuple(word for word in f.content if word in f.kind_words)
    return f.ask(Intent.UNKNOWN, unmatched=f.as_typed(said), info=said, when=f.when)


def next_(f: Features) -> Question | None:
    """ "what's next?", "¿qué hay primero mañana?" (what starts first that day)."""
    # (what is only told beside it is no content: "je viens d'arriver à Lyon. Quelle est la première
    # séance demain ?")
    asked = [word for word in f.content if word not in f.told]
    wanted = f.wants_next or (f.wants_first and f.when.clock is None and not asked)
    # "hay fiesta después del evento?": an idea of the topic lexicon that the programme does not
    # have is what is asked about, not what comes next.
    absent = [w for w in f.content if f.index.glossary.idea_forms(w) and not f.index.variants(w, typos=False)]
    if not wanted or absent:
        return None
    # `first` kept: a room pointed back at later makes it that room's first ("et demain ça commence
    # à quelle heure sur cette scène ?", bot/answers/reply.py).
    return f.ask(Intent.NEXT, when=f.when, kinds=f.kinds, first=f.wants_first)


def day_or_part(f: Features) -> Question | None:
    """ "tomorrow?", "this afternoon": the sessions of a day or part of it."""
    if not f.when.empty and not f.content:
        return f.ask(Intent.AT_TIME, when=f.when, kinds=f.kinds)
    return None


def not_understood(f: Features) -> Question | None:
    """The last rule: it always answers, saying which words it could not place."""
    return f.ask(Intent.UNKNOWN, unmatched=f.as_typed(f.content), when=f.when)


# The rules in the order they are tried: the first that answers gives the Question.
RULES: tuple[Rule, ...] = (
    Rule("nothing-typed", nothing_typed),
    Rule("help-or-greeting", help_or_greeting),
    Rule("rooms-by-language", rooms_by_language),
    Rule("room-info", room_info),
    Rule("way-to-a-session", way_to_a_session),
    Rule("documents", documents),
    Rule("in-a-language", in_a_language),
    Rule("conference-info", conference_info),
    Rule("person-named", person_named),
    Rule("people-of-session", people_of_session),
    Rule("out-of-scope", out_of_scope),
    Rule("after-a-pause", after_a_pause),
    Rule("after-a-session", after_a_session),
    Rule("last-session", last_session),
    Rule("first-in-room", first_in_room),
    # A room is named.
    Rule("now-in-room", now_in_room),
    Rule("room-at-time", room_at_time),
    Rule("next-in-room", next_in_room),
    Rule("topic-in-room", topic_in_room),
    Rule("room-alone", room_alone),
    Rule("room-on-day", room_on_day),
    # No room is named.
    Rule("track", track_named),
    Rule("unknown-room", unknown_room),
    Rule("at-time", at_time),
    Rule("unknown-name", unknown_name),
    Rule("now", now),
    Rule("unknown-person", unknown_person),
    Rule("absent-office", absent_office),
    Rule("next-of-kind", next_of_kind),
    Rule("person", person),
    Rule("absent-person", absent_person),
    Rule("next-in-unknown-place", next_in_unknown_place),
    Rule("unlisted-pause", unlisted_pause),
    Rule("topic-or-kind", topic_or_kind),
    Rule("next", next_),
    Rule("day-or-part", day_or_part),
    Rule("not-understood", not_understood),
)
