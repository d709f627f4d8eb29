"""The words that carry meaning in French, English and Spanish questions, folded (no accents).

The words themselves are data, in bot/understand/lexicon/{fr,en,es,common}.toml: a newcomer adds
a word there without reading the parser. This module gives them the names and types the rest of
the understanding reads (every file's entries merged, in the order fr, en, es, common).
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.programme.kinds import KIND_NAMES, SessionKind
from bot.understand.lexicon import INFO_KEYS, MONTH_KEYS, WEEKDAY_KEYS, lexicon
from bot.understand.text import fold

_LEXICON = lexicon()
_words = _LEXICON.words


def _per_language(key: str) -> dict[str, frozenset[str]]:
    """A table's words in each of the three languages, apart."""
    return {code: frozenset(_LEXICON.of(code, key) or ()) for code in ("fr", "en", "es")}


# Words that tell which language a message is in, with a weight: strong markers count more.
LANGUAGE_MARKERS: dict[str, dict[str, float]] = {
    code: dict(_LEXICON.of(code, "markers") or {}) for code in ("fr", "en", "es")
}
# Signs in a message (lowered, not folded) that tell its language: (any of these, weight), in order.
LANGUAGE_SIGNS: dict[str, tuple[tuple[tuple[str, ...], float], ...]] = {
    code: _LEXICON.of(code, "signs") or () for code in ("fr", "en", "es")
}

# Words that carry no meaning for matching names, rooms or topics.
STOPWORDS = frozenset(_words("words.stop"))
# Each language's little words that no other of the three has ("the", "les", "los"): what tells
# the language of a programme's texts when its file does not say it.
_STOPS = _per_language("words.stop")
OTHER_LANGUAGES_LITTLE_WORDS = frozenset(_words("words.other_languages_little_words"))
OWN_STOPWORDS: dict[str, frozenset[str]] = {
    code: stops.difference(*(other for other_code, other in _STOPS.items() if other_code != code))
    - OTHER_LANGUAGES_LITTLE_WORDS
    for code, stops in _STOPS.items()
}
# Words that ask a question without naming its subject: never a name, a room or a topic.
FILLER_WORDS = frozenset(_words("words.filler"))

# Greetings and calls for help: a message of only these (and politeness) asks what the bot can do.
HELP_WORDS = frozenset(_words("words.help"))
# Greetings of more than one word: alone (with politeness) they ask what the bot can do; in front of
# a question ("Good morning, when does Ada Lovelace speak?") they are only polite.
GREETING_PHRASES = _words("phrases.greeting")
# Politeness that does not change what is asked.
POLITENESS = frozenset(_words("words.politeness"))

# Intent markers, as folded phrases matched on word boundaries.
HELP_PHRASES = _words("phrases.help")
NOW_PHRASES = _words("phrases.now")  # asking what is on now
NOW_IN_ROOM_PHRASES = _words("phrases.now_in_room")  # now, when a room is named: "what's in Turing?"
NOW_LAST_WORDS = frozenset(_words("phrases.now_last"))  # now, when it ends the question: "y a quoi en gam là"
NEXT_PHRASES = _words("phrases.next")  # asking what comes next
START_PHRASES = _words("phrases.starts")  # asking when things begin
AFTER_PHRASES = _words("phrases.after")  # after a pause: what starts when it ends
WAY_TO_PHRASES = _words("phrases.way_to")  # asking the way somewhere
LAST_PHRASES = _words("phrases.last")  # the last session of a day or of the conference
FIRST_PHRASES = _words("phrases.first")  # the first session of a day in a room
ROOM_INFO_PHRASES = _words("phrases.room_info")  # where a room is, how to get there, its languages

# Interpretation languages as people name them.
LANGUAGE_WORDS: dict[str, tuple[str, ...]] = _LEXICON.section("interpretation")

# Asking about a person.
PERSON_PHRASES = _words("phrases.person")
# Every word of the phrases that ask something ("que puedes hacer", "what's on now"): a word of a
# question, never a room's name typed with a slip ("hacer" is not 'Hacker Room').
PHRASE_WORDS = frozenset(
    word
    for table in sorted(
        {key for tables in _LEXICON.files.values() for key in tables if key.startswith("phrases.")}
    )
    for phrase in _words(table)
    for word in phrase.split()
)
PERSON_QUESTION_WORDS = frozenset(_words("words.person_questions"))
TRACK_WORDS = frozenset(_words("words.track"))  # a track of the programme: "the security track"
# Verbs that say someone speaks: "où parle Emmanuel Macron ?" asks for a person.
SPEAKING_WORDS = frozenset(_words("words.speaking"))
PRESENCE_PHRASES = _words("words.presence")  # "will Richard Stallman be there?": the same
# Verbs of a person's question used of a topic: "où parle-t-on de ségrégation ?".
ABOUT_PHRASES = _words("phrases.about")
# Words for someone: "the NASA guy", "la dame de Lyon".
PERSON_NOUNS = frozenset(_words("words.person_nouns"))
# Words for people as a group: "people" asks who ("people from Mozilla?") unless a word beside it
# says which people, a topic ("maps for blind people", "personnes âgées", "personas mayores").
GROUP_NOUNS = frozenset(_words("words.group_nouns"))
# Who a session is for by how much they know ("beginners", "avancé"): beside a subject, a lesser
# word of the topic.
LEVEL_WORDS = frozenset(_words("words.levels"))
HONORIFICS = frozenset(_words("words.honorifics"))  # prof, Dr, Mme: before a name, not of it

# Weekday names, Monday first.
WEEKDAYS_BY_NUMBER: dict[str, tuple[str, ...]] = {
    str(number): _LEXICON.section("weekdays").get(key, ()) for number, key in enumerate(WEEKDAY_KEYS)
}
WEEKDAYS = {word: int(number) for number, names in WEEKDAYS_BY_NUMBER.items() for word in names}
TODAY_WORDS = frozenset(_words("days.today"))
TOMORROW_WORDS = frozenset(_words("days.tomorrow"))
AFTER_TOMORROW_PHRASES = _words("days.after_tomorrow")
YESTERDAY_WORDS = frozenset(_words("days.yesterday"))
BEFORE_YESTERDAY_PHRASES = _words("days.before_yesterday")
# Today said with its evening ("ce soir"), found anywhere in a text.
TONIGHT_PHRASES = _words("days.tonight")
# "of the day", "de la journée", "del día": the day it is, unless a day's number follows.
THIS_DAY_PHRASES = _words("days.this_day")
# Words that are a weekday in other languages but not in this one's messages ("mon directeur").
NOT_WEEKDAYS_IN = _per_language("days.not_weekdays")
# A weekday's name after these is a place's ("Santo Domingo").
NOT_WEEKDAY_AFTER = frozenset(_words("days.weekday_not_after"))

# Month names and abbreviations.
MONTHS_BY_NUMBER: dict[str, tuple[str, ...]] = {
    str(number): _LEXICON.section("months").get(key, ()) for number, key in enumerate(MONTH_KEYS, start=1)
}
MONTHS = {word: int(number) for number, names in MONTHS_BY_NUMBER.items() for word in names}

# Parts of the day, with the hours a bare "at 4" is read in.
MORNING_WORDS = frozenset(_words("parts.morning"))
AFTERNOON_WORDS = frozenset(_words("parts.afternoon"))
EVENING_WORDS = frozenset(_words("parts.evening"))
AFTERNOON_PHRASES = _words("parts.afternoon_phrases")  # found anywhere in a text
# A word of the morning that is also "tomorrow" (Spanish "mañana") is the morning after these.
MORNING_AFTER = frozenset(_words("parts.morning_after"))
THIS_PART_WORDS = frozenset(_words("parts.this"))  # "this morning": today's, even once over

# Words that name a room in general: they say a room is meant, and are never fuzzy-matched to a
# room's name ("sala" ≈ "Salsa", "hall" ≈ "Hale"). Only the singular stands next to one room's
# name ("la salle Europa", "the Turing room"); "toutes salles confondues" names no room.
ROOM_NOUNS = frozenset(_words("words.room_nouns"))
# The word each language has for a room of a building ("salle", "sala", "room", German "Saal"): one
# stands for another where a hall is called something else ("Hall 2" beside "Saal 2").
CHAMBER_NOUNS = frozenset(_words("words.chamber_nouns"))
# Words for a room that a name joins to the word before ("IJzaal", "Vortragssaal").
COMPOUNDED_ROOM_NOUNS = frozenset(_words("words.compounded_room_nouns"))
# Words after a word for a room that describe which room is meant: "la salle où…", "the room with…".
DESCRIBING_WORDS = frozenset(_words("words.describing"))
# Letters that are words ("in a", "y", "o", "u"): a lettered room's letter only where no word fits.
LETTER_WORDS = frozenset(_words("words.letter_words"))
ZERO_WORDS = frozenset(_words("numbers.zero"))  # a room number's 0 said aloud: "four oh two"
POINT_WORDS = frozenset(_words("numbers.point"))  # a code's dot said aloud: "uno punto tres"
HUNDRED_WORDS = frozenset(_words("numbers.hundred"))  # "salle cent un", "aula ciento cinco"
# Tens above fifty, which only room numbers use: "room one sixty", "sala ciento sesenta y dos".
TENS_ABOVE: dict[str, int] = {
    ten: position * 10
    for language in ("en", "fr", "es")
    for position, ten in enumerate(_LEXICON.of(language, "numbers.tens_above") or (), start=6)
}
# Two to nine hundred said in one word, in that order: "quinientos diecisiete".
HUNDREDS: dict[str, int] = {
    word: position * 100
    for language in ("en", "fr", "es")
    for position, word in enumerate(_LEXICON.of(language, "numbers.hundreds") or (), start=2)
}
SCORE_WORDS = frozenset(_words("numbers.score"))  # "quatre-vingt": four twenties


def _forms_of(groups: Iterable[Iterable[str]]) -> dict[str, frozenset[str]]:
    """Each form with every form of the groups it is in: a form of two groups is both's ("amphi":
    an amphitheatre's and a lecture hall's)."""
    found: dict[str, frozenset[str]] = {}
    for group in map(frozenset, groups):
        for form in group:
            found[form] = found.get(form, frozenset()) | group
    return found


# Each word of rooms' names (a colour, "kids", "online") with its forms in every language, by its
# forms: "verte" → {green, vert, verde, …}, "ninos" → {kids, enfants, …}.
ROOM_NAME_WORDS = _forms_of(_LEXICON.section("room_names").values())
# … and the words that are such a form only right after a name's word ("fisher este": East), with
# the forms of the word they are.
ROOM_NAME_WORDS_AFTER = {
    form: ROOM_NAME_WORDS.get(key, frozenset()) | frozenset(forms) | {key}
    for key, forms in _LEXICON.section("room_names_after").items()
    for form in forms
}
# Rooms named for the kind of session they hold ('Workshops', 'Track 2 - Panels and Workshops',
# State of the Map 2021's), said with a word for a room ("la sala de talleres", "the talks track"):
# the kind's word such a name has, with the room's phrases. The word is what a phrase has besides
# its word for a room and little words ("talleres" of "sala de talleres").
_KIND_ROOM_KEYS = ("workshops_room", "talks_room", "panels_room")
KIND_ROOM_WORDS = {
    word: frozenset(forms)
    for forms in (_LEXICON.section("room_names")[key] for key in _KIND_ROOM_KEYS)
    for form in forms
    if len(rest := [w for w in form.replace("'", " ").split() if w not in ROOM_NOUNS and w not in STOPWORDS])
    == 1
    for word in rest
}
# Those that say where by themselves ("dehors", "outside", "afuera"): a room's name alone, with no
# word for "in" before it ("qu'est-ce qui se passe dehors ?" for 'Extérieur').
PLACE_ADVERBS = frozenset(
    form
    for key in ("outside", "upstairs", "downstairs")
    for form in _LEXICON.section("room_names").get(key, ())
)
# The other forms of a given name: "mike" → michael, micha… ("mike williamson" for 'Michael Z.
# Williamson', "dave hart" for 'David Hart').
GIVEN_NAME_FORMS = {
    form: forms - {form}
    for form, forms in _forms_of(
        (name, *forms) for name, forms in _LEXICON.section("given_names").items()
    ).items()
}
WITHOUT_WORDS = frozenset(_words("words.without"))  # "the room without interpretation"
TRANSLATION_WORDS = frozenset(_words("words.translation"))  # interpretation, traduction, traducción
ROLE_QUALIFIERS = frozenset(_words("words.role_qualifiers"))  # deputy, adjoint, former, teniente
WHO_WORDS = frozenset(_words("words.who"))  # asking who: the people of a session, or a person
SESSION_NOUNS = frozenset(_words("words.session_nouns"))  # "Session 3", "atelier 2", "mesa redonda 1.2"
TALK_NOUNS = frozenset(_words("words.talk_nouns"))  # talks, exposés, charlas: the kind most sessions are
RESEARCH_NOUNS = frozenset(_words("words.research_nouns"))
ATTENDING_WORDS = frozenset(_words("words.attending"))  # attend, assister, asistir: going oneself
SESSION_WORDS = frozenset(_words("words.session_words"))  # keynote, ponencia: a session beside a name
ROOM_WORDS = ROOM_NOUNS | frozenset(_words("words.room_plurals"))
# "Fox & Hound" is typed "fox and hound", "fox et hound", "fox y hound".
QUESTION_OPENERS = frozenset(_words("words.question_openers"))  # "…and is there wifi?": another question
WHERE_OPENERS = tuple(_words("words.where_openers"))  # "…and where is room 3?": another question
AND_WORDS = tuple(word for code in ("en", "fr", "es") for word in _LEXICON.of(code, "words.and") or ())
OR_WORDS = tuple(word for code in ("en", "fr", "es") for word in _LEXICON.of(code, "words.or") or ())
# Words before a place: "next in Turing", "la suite à Narnia", "siguiente en Narnia".
PLACE_WORDS = frozenset(_words("words.places"))
# Words right before an unknown word that make it a place: "what's next in Narnia".
PLACE_PREPOSITIONS = frozenset(_words("words.place_prepositions"))
# Articles between a place word and a name: "in the Turing room", "dans l'amphi", "en el canal".
ARTICLES = frozenset(_words("words.articles"))
NAME_PARTICLES = frozenset(_words("words.name_particles"))  # van, von, bin: a particle alone names no one
NAME_LINKS = frozenset(_words("words.name_links"))  # de, del, y: little words of family names in lower case
# Words before what a search is about: "des trucs sur la météo", "anything about", "algo sobre".
SUBJECT_MARKERS = frozenset(_words("words.subject_markers"))
# Words before the R language's name, the letter alone: "talks in R", "et sur R ?", "charlas con r".
BEFORE_A_LANGUAGE = SUBJECT_MARKERS | frozenset(_words("words.before_a_language"))
LANGUAGE_NOUNS = frozenset(_words("words.language_nouns"))  # "langage R": one word, the idea's
# Words saying who the asker is ("soy concejal de…", "je suis journaliste"): a description after
# them is the asker's, not someone asked for.
I_AM = frozenset(_words("words.i_am"))
# Saying who one is at the start of a clause, the words that start a clause after "and", and those
# that make such a clause say what one seeks (lexicon: phrases.introducing, words.first_person,
# words.wishes).
INTRODUCING_PHRASES = _words("phrases.introducing")
HOW_TO_ASK_PHRASES = _words("phrases.how_to_ask")  # "¿cómo te pregunto por las charlas?"
FIRST_PERSON = frozenset(_words("words.first_person"))
WISHES = frozenset(_words("words.wishes"))
# A programme's words met in another sense than the idea's form they start like ("enseignements").
OTHER_SENSES = frozenset(_words("words.other_senses"))
# Words asking who that, after a word naming something, only say which ("qui", "who").
RELATIVE_PRONOUNS = frozenset(_words("words.relative_pronouns"))
# Another language's subject markers that are words of this one: French "on" ("on mange où ?").
NOT_MARKERS_IN = _per_language("words.not_markers")
# The same for place prepositions: English "a" is an article ("after a data leak").
NOT_PLACES_IN = _per_language("words.not_place_prepositions")
# "charlas de wifi", "algo de alquimia": a word for sessions or for something, then "of".
SUBJECT_HOLDERS = SESSION_NOUNS | frozenset(_words("words.subject_holders"))
SCHEDULE_WORDS = frozenset(_words("words.schedules"))  # "programme de l'auditorium": the room's
SUBJECT_OF = frozenset(_words("words.subject_of"))
# Words an hour follows ("a las 3", "at 4"): a number after them is not a room's.
HOUR_PREPOSITION_PHRASES = frozenset(_words("when.hour_prepositions"))
HOUR_PREPOSITIONS = frozenset(word for phrase in HOUR_PREPOSITION_PHRASES for word in phrase.split())
# A pronoun and its verb that read as a topic's short form: French "j'ai" is not "AI".
ELISIONS = frozenset(tuple(pair.split()) for pair in _words("words.elisions"))

# The order a question lists the kinds of session it names.
_KIND_ORDER = (
    SessionKind.BREAK,
    SessionKind.LUNCH,
    SessionKind.WORKSHOP,
    SessionKind.VISIT,
    SessionKind.RECEPTION,
    SessionKind.PLENARY,
    SessionKind.BREAKOUT,
    SessionKind.ROUNDTABLE,
)
# Kinds of session, by the words people use for them: the kind's names (KIND_NAMES) and how a
# question says them.
KIND_WORDS: dict[SessionKind, tuple[str, ...]] = {
    kind: (*KIND_NAMES.get(kind, ()), *_LEXICON.section("kinds").get(kind, ()))
    for kind in _KIND_ORDER
    if KIND_NAMES.get(kind) or _LEXICON.section("kinds").get(kind)
}
# Each kind's names as folded words ("visits", "visites", "visitas"; "workshop", "atelier", "taller").
KIND_FOLDED: dict[SessionKind, frozenset[str]] = {
    kind: frozenset(fold(name) for name in names) for kind, names in KIND_WORDS.items()
}
# Other words a kind goes by in titles, not in questions ("Discussion Panel" for a round table).
KIND_TITLE_WORDS: dict[SessionKind, tuple[str, ...]] = {
    SessionKind(kind): phrases for kind, phrases in _LEXICON.section("kind_titles").items()
}
# Every word of those ("workshop", "taller", "round" of "round table").
KIND_WORD_PARTS = frozenset(
    word for phrases in KIND_WORDS.values() for phrase in phrases for word in phrase.split()
)

# Expressions that name one idea, read as the word the programme uses for it.
EXPRESSIONS: dict[str, str] = dict(_LEXICON.of("common", "expressions") or {})
# French words with their English and Spanish equivalents (roles, offices, countries, topics), so
# that a question in one language finds a programme written in another. A conference's own places
# and organisations are in its programme file's [glossary]; common topics in lexicon/topics.toml.
GLOSSARY: dict[str, tuple[str, ...]] = _LEXICON.section("glossary")
# People are asked for by nationality ("les Grecs", "the Chilean mayor", "los guatemaltecos"):
# each country of the glossary (its French name) with its demonyms, singular; plurals added below.
DEMONYMS: dict[str, tuple[str, ...]] = _LEXICON.section("demonyms")


def _plurals(word: str) -> tuple[str, ...]:
    """'grec' → 'grecs', 'senegales' → 'senegaleses', 'marroqui' → 'marroquies'."""
    if word.endswith(("s", "x")):
        return (word, word + "es")
    if word.endswith(("i", "l", "n", "r")):
        return (word + "s", word + "es")
    return (word + "s",)


# Every form of a country stands for every other: "Pérou" finds "Peruvian", "peru" finds "peruano".
for _country, _demonyms in DEMONYMS.items():
    _forms = {_country} | {form for demonym in _demonyms for form in (demonym, *_plurals(demonym))}
    for _form in _forms:
        GLOSSARY[_form] = tuple(sorted((set(GLOSSARY.get(_form, ())) | _forms) - {_form}))

# Names of organisations spelled out in a programme, with the acronyms people type.
ACRONYMS: dict[str, tuple[str, ...]] = _LEXICON.section("acronyms")

# Things attendees ask that no programme answers: the bot says it does not know rather than
# finding a session that happens to mention the word.
OUT_OF_SCOPE = frozenset(_words("words.out_of_scope"))

# Titles and offices: a question made of these and an affiliation asks for a person.
ROLE_WORDS = frozenset(_words("words.roles"))

# Questions about the conference rather than its sessions, by what they ask. Matched on the
# message's folded words, apostrophes as spaces ("qu'est-ce" → "qu est ce").
INFO_PHRASES: dict[str, tuple[str, ...]] = {
    topic: _LEXICON.section("info")[topic] for topic in INFO_KEYS if topic in _LEXICON.section("info")
}
# Words naming the conference itself: "qui organise la conférence" is not about a session.
CONFERENCE_WORDS = frozenset(_words("words.conference"))
# Asking for a session's documents: papers, slides, notes.
DOCUMENT_PHRASES = _words("phrases.documents")
# Kinds of event by an English key, with their names in every language ("summit", "sommet",
# "cumbre"): when the conference's own name has one of them, each of them means the conference.
EVENT_WORDS: dict[str, tuple[str, ...]] = _LEXICON.section("events")
# Things attendees ask that conference information seldom says (a cloakroom, parking, child care,
# food allergies), by an English key: the answer says the information does not, never a session
# that happens to share a word.
UNKNOWN_PHRASES: dict[str, tuple[str, ...]] = _LEXICON.section("unknowns")
# Phrases that ask what something is or means ("what does … mean", "c'est quoi", "de qué trata").
MEANING_PHRASES = _LEXICON.section("asking").get("meaning", ())
# Words that ask where: with the conference named and nothing else, its venue.
WHERE_PHRASES = _LEXICON.section("asking").get("where", ())
# Words that, with a word asking who and the conference named, ask whom it is for.
WHOM_WORDS = frozenset(_LEXICON.section("asking").get("whom", ()))
# Words that ask when: with the conference named, its days ("quand a lieu le sommet ?"), not its venue.
WHEN_WORDS = frozenset(_LEXICON.section("asking").get("when", ()))
# Phrases that ask at what time: beside a way asked ("c'est à quelle heure et où ?"), the session.
WHAT_TIME_PHRASES = _LEXICON.section("asking").get("what_time", ())
