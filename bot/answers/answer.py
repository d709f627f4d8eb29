"""Turning a Question and the programme into an Answer: which sessions, rooms and people (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz

from bot.programme.kinds import PAUSE_KINDS, SessionKind
from bot.programme.model import Programme, Session, one_at_a_time
from bot.understand.index import ProgrammeIndex, TopicMatch, index_for
from bot.understand.question import Intent, Question
from bot.understand.text import fold, words
from bot.understand.vocabulary import (
    HONORIFICS,
    KIND_TITLE_WORDS,
    KIND_WORD_PARTS,
    KIND_WORDS,
    LANGUAGE_WORDS,
)
from bot.understand.when import PARTS_OF_DAY

SEARCH_LIMIT = 40
COMPLETE = 0.99  # a session that has every word of the question (rare words weigh more)
# Where no session has every word, the share of the best coverage a session needs: three quarters
# keeps two words about as rare as each other, not the common one of a rare and a common (measured
# on every held-out set: +16 −8 lines against one half, +8 −4 against 0.65).
WIDEST_SHARE = 0.75
NOON = 12
GONE_BY = timedelta(hours=12)  # a morning hour this long gone is the next one's


@dataclass(frozen=True, slots=True)
class Answer:
    question: Question
    sessions: tuple[Session, ...] = ()
    running: tuple[Session, ...] = ()  # for `next`: what is on in that room right now
    everywhere: tuple[Session, ...] = ()  # a break held everywhere while a room is asked about
    person_ids: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()  # several people match: ask which
    instant: datetime | None = None
    day: date | None = None
    suggestions: tuple[str, ...] = ()
    unknown_info: tuple[str, ...] = ()  # for `info`: the topics the conference information lacks
    hidden: int = 0  # sessions on the pages after this one (bot/answers/pages.py)
    rooms: tuple[str, ...] = ()  # for `rooms`: the rooms that fit, by id
    # for `at_time` with two times asked: the answer at each, `sessions` being all of theirs
    parts: tuple[Answer, ...] = ()

    @property
    def intent(self) -> Intent:
        return self.question.intent

    @property
    def room_id(self) -> str | None:
        return self.question.room_id


def answer(question: Question, programme: Programme, *, index: ProgrammeIndex | None = None) -> Answer:
    handler = _HANDLERS.get(question.intent, _unknown)
    if question.intent in _IN_TIME and question.kinds:
        question = replace(question, kinds=_kinds_held(question.kinds, programme))
    if question.tracks:
        return _in_tracks(question, programme)
    return handler(question, programme, index or index_for(programme))


def _in_tracks(q: Question, programme: Programme) -> Answer:
    """The sessions of the tracks asked for ("the security track"): those on now, the next to
    start, those on at a time, or all of them (on the day asked)."""
    held = sorted(
        (s for s in programme.sessions if s.track in q.tracks and not s.cancelled),
        key=lambda s: (s.start, s.room_id or ""),
    )
    sessions = _of_kinds(held, q.kinds) or tuple(held)  # "the workshops of the AI track", if any
    if q.intent == Intent.NOW:
        return Answer(q, sessions=tuple(s for s in sessions if s.is_running(q.at)), instant=q.at)
    if q.intent == Intent.NEXT:
        at = _next_from(q, programme)
        upcoming = [s for s in sessions if s.start > at]
        if q.after is not None:  # "and after that?": the rest of the track, as of a room
            return Answer(q, sessions=tuple(upcoming))
        if one_at_a_time(sessions):
            # A track held as a room is (a FOSDEM devroom): what is on now, then all that comes.
            running = tuple(s for s in sessions if s.is_running(at)) if at == q.at else ()
            return Answer(q, sessions=tuple(upcoming), running=running)
        return Answer(
            q, sessions=tuple(s for s in upcoming if s.start == upcoming[0].start) if upcoming else ()
        )
    instant = _instant(q, programme) if q.intent == Intent.AT_TIME else None
    if instant is not None:
        return Answer(q, sessions=tuple(s for s in sessions if s.is_running(instant)), instant=instant)
    if q.last:  # "the last talk in the python devroom on sunday"
        return Answer(q, sessions=_last(_on_day(tuple(held), q, programme), q.kinds))
    return Answer(q, sessions=_on_day(sessions, q, programme))


# Questions about a moment, which a kind of session narrows: now, next, at a time.
_IN_TIME = frozenset((Intent.NOW, Intent.NEXT, Intent.AT_TIME))


def _kinds_held(kinds: tuple[str, ...], programme: Programme) -> tuple[str, ...]:
    """The kinds asked for, unless none is the kind of any session: "vendredi 15h, c'est quoi les
    ateliers" of a programme that calls its workshops talks asks what is on at 15:00. Breaks and
    lunch stay asked for ("when is lunch?" of a programme without one has no answer)."""
    held = {session.kind for session in programme.sessions}
    if any(kind in held or kind in PAUSE_KINDS for kind in kinds):
        return kinds
    return ()


def _of_kinds(sessions: tuple[Session, ...] | list[Session], kinds: tuple[str, ...]) -> tuple[Session, ...]:
    if not kinds:
        return tuple(sessions)
    return tuple(s for s in sessions if s.kind in kinds)


def _next_from(q: Question, programme: Programme) -> datetime:
    """The instant "next" counts from: now, after the sessions shown ("and after that?"), or the
    day and part of it asked ("next in Scala tomorrow", "la suite cet après-midi") if later."""
    at = q.at if q.after is None else max(q.at, q.after)
    if q.when.day is not None:
        begins = PARTS_OF_DAY[q.when.part][0] if q.when.part else time(0)
        if q.when.part == "morning":
            # A morning begins at the day change: the congress's sessions after midnight are the
            # night before's ("first talk tomorrow morning?" is not the quiz at 00:15).
            begins = max(begins, programme.conference.day_change)
        day_begins = programme.conference.local(q.when.day, begins)
        if day_begins > at:
            # A session at the very start of the day asked is its first (ICSE 2020's at 00:00):
            # "next" counts what starts after an instant, and this one is not past.
            at = day_begins - timedelta(microseconds=1)
    return at


def _next(q: Question, programme: Programme, index: ProgrammeIndex) -> Answer:
    at = _next_from(q, programme)
    if q.room_id:
        later = programme.starting_after(at, q.room_id)
        # "je sors de la plénière, quelle est la prochaine séance à Dijlezaal ?": a kind no later
        # session of the room has does not make the room empty.
        upcoming = _of_kinds(later, q.kinds) or tuple(later)
        # What is on now, only when "next" means from now ("and after that?" never does).
        running = programme.running_at(at, q.room_id) if at == q.at and q.after is None else ()
        return Answer(q, sessions=upcoming, running=running)
    upcoming = _of_kinds(programme.starting_after(at), q.kinds)
    if not upcoming:
        return Answer(q)
    # With no room named, "what's next?" and "and after that?" are the sessions that start next,
    # also at a conference of one room that names none (DISCAN's, NorESM's, ERAD's writers: "and
    # after that?" is the next one; ORConf's expected the rest of the day, 3 lines).
    first = upcoming[0].start
    return Answer(q, sessions=tuple(s for s in upcoming if s.start == first))


def _now(q: Question, programme: Programme, index: ProgrammeIndex) -> Answer:
    running = programme.running_at(q.at, q.room_id)
    everywhere = () if not q.room_id else tuple(s for s in programme.running_at(q.at) if s.room_id is None)
    return Answer(q, sessions=_running_of_kinds(running, q.kinds), everywhere=everywhere, instant=q.at)


def _running_of_kinds(running: tuple[Session, ...], kinds: tuple[str, ...]) -> tuple[Session, ...]:
    """What runs, of the kinds asked for; a pause asked for that is not on is what is on instead:
    "y a quoi maintenant ? c la pause ?", "il se passe quoi ? je sors juste de manger"."""
    found = _of_kinds(running, kinds)
    if not found and kinds and all(kind in PAUSE_KINDS for kind in kinds):
        return running
    return found


def _instant(q: Question, programme: Programme) -> datetime | None:
    when = q.when
    if when.delay is not None:
        return q.at + when.delay
    if when.clock is not None and when.day is not None:
        conference = programme.conference
        if (
            when.part == "morning"
            and when.clock < conference.day_change
            and when.day != conference.programme_day(q.at)
        ):
            # "el jueves a las 2 de la madrugada" asked on Wednesday: Thursday's small hours, not
            # the night after Thursday's programme; "à 1h du mat" alone is still tonight's.
            return conference.local(when.day, when.clock)
        instant = conference.on_programme_day(when.day, when.clock)
        today = when.day == conference.programme_day(q.at)
        if when.clock.hour < NOON and not when.bare and today and q.at - instant >= GONE_BY:
            # "and at 4am?" asked at 18:00 of a programme that runs through the night: the night
            # to come, not this morning's 04:00 (the day changes at 04:00 there); a day gone by
            # asked for is that day ("et jeudi ?" on Friday after "à 11h30 ?").
            return instant + timedelta(days=1)
        return instant
    return None


def _at_time(q: Question, programme: Programme, index: ProgrammeIndex) -> Answer:
    if q.also is not None:
        # "y a quoi demain à 9h et à 10h ?": what is on at each, one after the other.
        first = _at_time(replace(q, also=None), programme, index)
        second = _at_time(replace(q, when=q.also, also=None), programme, index)
        both = first.sessions + tuple(s for s in second.sessions if s not in first.sessions)
        return replace(first, sessions=both, parts=(first, second))
    instant = _instant(q, programme)
    if instant is not None:
        running = programme.running_at(instant, q.room_id)
        if not running and q.when.evening_too and date.min < instant.date() < date.max:
            # "and at 8?" of a convention that runs into the night: 20:00, where the morning has
            # nothing yet (a gap between two morning sessions is the morning's).
            evening = instant + timedelta(hours=12)
            around = _anything_around(programme, instant, q.room_id)
            later = () if around else programme.running_at(evening, q.room_id)
            if later:
                instant, running = evening, later
        everywhere = (
            () if not q.room_id else tuple(s for s in programme.running_at(instant) if s.room_id is None)
        )
        return Answer(q, sessions=_running_of_kinds(running, q.kinds), everywhere=everywhere, instant=instant)
    day = q.when.day or programme.conference.programme_day(q.at)
    sessions = programme.sessions_in_room(q.room_id) if q.room_id else programme.sessions
    sessions = tuple(
        s for s in sessions if programme.conference.programme_day(s.start) == day and not s.cancelled
    )
    if q.when.part:
        sessions = _in_part_of_day(sessions, q.when.part, programme)
    return Answer(q, sessions=_of_kinds(sessions, q.kinds), day=day)


def _in_part_of_day(sessions: tuple[Session, ...], part: str, programme: Programme) -> tuple[Session, ...]:
    """The sessions held in a part of the day: starting in it, or running into it from before."""
    low, high = PARTS_OF_DAY[part]
    local = programme.timezone
    return tuple(
        s
        for s in sessions
        if low <= s.start.astimezone(local).time() < high
        or (low < s.end.astimezone(local).time() <= high and s.start.astimezone(local).time() < high)
    )


def _anything_around(programme: Programme, instant: datetime, room_id: str | None) -> bool:
    """Whether a session runs within an hour of the instant, in the room asked about or, with
    none, in any room (a stream of music all night in another room says nothing of this one's
    morning: "and at 8:30 in room 3?" asked at 11:00 is the evening's)."""
    hour = timedelta(hours=1)
    sessions = programme.sessions_in_room(room_id) if room_id else programme.sessions
    return any(s.start < instant + hour and s.end > instant - hour for s in sessions if not s.cancelled)


def _on_day(sessions: tuple[Session, ...], q: Question, programme: Programme) -> tuple[Session, ...]:
    if q.when.day is None:
        return sessions
    return tuple(s for s in sessions if programme.conference.programme_day(s.start) == q.when.day)


def _person(q: Question, programme: Programme, index: ProgrammeIndex) -> Answer:
    # Names alike ("Juan Pérez", "Juana Pérez"): ask which one. The very same name under two ids
    # (a merged schedule's namesakes), or with an initial more ("Burkhard C. Wünsche"), is
    # answered for both: asking "which Anna?" cannot help.
    names = [programme.people[p].name for p in q.person_ids if p in programme.people]
    same_name = all(_same_name(names[0], name) for name in names[1:])
    # People of one family name who give the same sessions together ("lo de Silva Ferreira" for
    # Rodrigo and Helianildes Silva Ferreira, PyOhio 2025's): the answer is theirs either way.
    given = {frozenset(s.id for s in programme.sessions_of_person(p)) for p in q.person_ids}
    if len(q.person_ids) > 1 and not q.together and not same_name and len(given) > 1:
        return Answer(q, candidates=q.person_ids)
    found = {s.id: s for p in q.person_ids for s in programme.sessions_of_person(p) if not s.cancelled}
    for person_id in q.person_ids:
        found.update((s.id, s) for s in _titled_with(person_id, programme, index))
    sessions = tuple(sorted(found.values(), key=lambda s: (s.start, s.room_id or "")))
    return Answer(q, sessions=_on_day(sessions, q, programme), person_ids=q.person_ids)


def _titled_with(person_id: str, programme: Programme, index: ProgrammeIndex) -> list[Session]:
    """The other sessions whose titles name someone a calendar names in its titles only: "'69 with
    Fantastic Cat & Friends" beside "Fantastic Cat - Spayed and Neutered" (The Rock Boat's), JoCo
    Cruise's "Signing - John Scalzi" beside "Reading - John Scalzi". A speaker whose own sessions'
    titles do not name them is not found in other titles ("Pre-talk Q&A with Hannah Fry")."""
    titled = set(index.titled_with(programme.people[person_id].name))
    own = {s.id for s in programme.sessions_of_person(person_id)}
    if not own or not own <= titled:
        return []
    return [s for s in map(programme.session, sorted(titled - own)) if s is not None and not s.cancelled]


def _same_name(one: str, other: str) -> bool:
    """Whether two names are one person's: the same words in any order, titles aside, one perhaps
    with an initial the other leaves out ("Burkhard C. Wünsche", "Burkhard Wünsche"; "Professor
    Maria Concetta Morrone", "Morrone Maria Concetta"; "Addi Malviya-Thakur", "Addi Malviya Thakur";
    not "J. Smith" and "K. Smith")."""

    def parts(name: str) -> tuple[list[str], list[str]]:
        said = [word for word in re.sub(r"[.\-]", " ", fold(name)).split() if word not in HONORIFICS]
        return sorted(word for word in said if len(word) > 1), sorted(word for word in said if len(word) == 1)

    (full, initials), (other_full, other_initials) = parts(one), parts(other)
    return full == other_full and (not initials or not other_initials or initials == other_initials)


def _search(q: Question, programme: Programme, index: ProgrammeIndex) -> Answer:
    if q.documents:
        return _documents(q, programme, index)
    if q.session_ids:
        # "table ronde 3.1": the sessions named by their number.
        return Answer(q, sessions=tuple(s for s in map(programme.session, q.session_ids) if s is not None))
    if len(q.topic) > 1 and not q.either:
        if index.only_the_common_beside_an_absent_idea(q.topic):
            # "y a t il qqch sur les transferts de fonds des migrants" at a conference on migration.
            return Answer(q)
        # "climate change", "solar power": the word that says what the topic is, where the other
        # is in sessions of every kind.
        q = replace(q, topic=index.specific(q.topic))
    scores = index.topic_scores(list(q.topic)) if q.topic else {}
    pool = programme.sessions_in_room(q.room_id) if q.room_id else programme.sessions
    pool = _on_day(tuple(s for s in pool if not s.cancelled), q, programme)
    if q.kinds and not q.topic and q.when.part and q.when.day:
        # "coffee breaks this afternoon?": the afternoon's (a topic asked "ce soir" is still found
        # at another hour of the day, where the asker misplaced it).
        pool = _in_part_of_day(pool, q.when.part, programme)
    if q.interpretation:
        # "ateliers en espagnol": the sessions whose room is heard in that language; where no
        # room is interpreted, those whose text names it ("Julia para gente con prisa (Spanish)").
        heard = {room.id for room in programme.rooms.values() if q.interpretation in room.interpretation}
        if any(room.interpretation for room in programme.rooms.values()):
            pool = tuple(s for s in pool if s.room_id in heard)
        else:
            named = {sid for word in LANGUAGE_WORDS[q.interpretation] for sid in index.topic_scores([word])}
            pool = tuple(s for s in pool if s.id in named)
        if not q.topic:
            return Answer(q, sessions=_of_kinds(pool, q.kinds))
    if q.last:
        return Answer(q, sessions=_last(pool, q.kinds))
    if q.first:
        return Answer(q, sessions=_first(pool, q, programme))
    if q.kinds:
        kinded = _of_kinds(pool, q.kinds) or (() if q.topic else _titled_as(pool, q.kinds))
        # "workshops on governance": the kind narrows, the topic ranks.
        topical = [s for s in kinded if s.id in scores]
        if topical:
            return Answer(q, sessions=_best(topical, scores, _known_words(q, index)))
        if (
            scores
            # (all its words, or some of a list: "un atelier sur le sport ? foot, boxe ...")
            and (all(index.variants(word) for word in q.topic) or _listed(q.text, q.topic))
            and (any(index.glossary.knows(w) for w in q.topic) or not KIND_WORD_PARTS & set(q.topic))
        ):
            # "un atelier sur les abeilles", "un taller de ukelele": no workshop is, but the
            # sessions on bees are what is asked for, whatever their kind ("pausa para comer" is
            # lunch, not the breaks).
            return Answer(
                q, sessions=_best([s for s in pool if s.id in scores], scores, _known_words(q, index))
            )
        if kinded and not _absent_topic(q, scores, index):
            # "visite du centre": no visit says "centre", but visits are what is asked for.
            return Answer(q, sessions=kinded)
    if q.either:
        return Answer(q, sessions=_either(q, pool, index))
    return Answer(q, sessions=_best([s for s in pool if s.id in scores], scores, _known_words(q, index)))


def _titled_as(sessions: tuple[Session, ...], kinds: tuple[str, ...]) -> tuple[Session, ...]:
    """A kind the file gives no session, by its sessions' titles: "when's lunch?" of BSides CDMX,
    whose lunch is a session titled "Comida" of no type; "quels sont les ateliers ?" of AnimeNEXT
    2023, whose workshops are panels titled "Furoshiki Workshop: …"; "la table ronde" of the
    Kratos workshop's "Round Table & Coffee". Only where no title says the kind, by the words it
    goes by in titles alone: "des tables rondes ?" of ML in PL 2025, whose are "Discussion Panel"s
    (ODSC East 2025 has both, its panels no round tables)."""
    titles = {s.id: f" {' '.join(words(' '.join(s.title.all())))} " for s in sessions}
    for table in (KIND_WORDS, KIND_TITLE_WORDS):
        names = {f" {phrase} " for kind in kinds for phrase in table.get(SessionKind(kind), ())}
        titled = tuple(s for s in sessions if any(name in titles[s.id] for name in names))
        # ("pausas de café" of "Coffee Break" and "Lunch Break" titles: the lunch is no break asked)
        other_pauses = {
            f" {phrase} " for kind in PAUSE_KINDS - set(kinds) for phrase in table.get(SessionKind(kind), ())
        }
        titled = tuple(s for s in titled if not any(name in titles[s.id] for name in other_pauses)) or titled
        if titled:
            return titled
    return ()


def _either(q: Question, pool: tuple[Session, ...], index: ProgrammeIndex) -> tuple[Session, ...]:
    """ "schools or education": the sessions of each alternative, the best of each first."""
    found: dict[str, tuple[float, Session]] = {}
    for either in q.either:
        alternative = index.specific(either)  # "coches o android auto" at an Android conference
        scores = index.topic_scores(list(alternative))
        alone = replace(q, topic=alternative, either=())
        for session in _best([s for s in pool if s.id in scores], scores, _known_words(alone, index)):
            best = max(scores[session.id].score, found.get(session.id, (0.0, session))[0])
            found[session.id] = (best, session)
    ranked = sorted(found.values(), key=lambda pair: (-pair[0], pair[1].start, pair[1].room_id or ""))
    return tuple(session for _, session in ranked[:SEARCH_LIMIT])


def _last(sessions: tuple[Session, ...], kinds: tuple[str, ...]) -> tuple[Session, ...]:
    """The sessions that start last (a break is not how a day ends), of the kinds asked for."""
    # A kind none of them has does not make them empty ("le dernier atelier" of a room of talks).
    candidates = _of_kinds(sessions, kinds) if kinds else ()
    if not candidates:
        candidates = tuple(s for s in sessions if s.kind not in PAUSE_KINDS)
    if not candidates:
        return ()
    last = max(s.start for s in candidates)
    return tuple(s for s in candidates if s.start == last)


def _first(sessions: tuple[Session, ...], q: Question, programme: Programme) -> tuple[Session, ...]:
    """The sessions that start first on the day asked (else today, else the next day that has
    any), of the kinds asked for when there are."""
    candidates = _of_kinds(sessions, q.kinds) if q.kinds else ()
    candidates = candidates or sessions
    if q.when.day is None:
        today = programme.conference.programme_day(q.at)
        days = sorted({programme.conference.programme_day(s.start) for s in candidates})
        day = next((d for d in days if d >= today), None)
        candidates = tuple(s for s in candidates if programme.conference.programme_day(s.start) == day)
    if not candidates:
        return ()
    first = min(s.start for s in candidates)
    return tuple(s for s in candidates if s.start == first)


def _documents(q: Question, programme: Programme, index: ProgrammeIndex) -> Answer:
    """The sessions a question names, those with documents first; without a topic, every session
    that has documents."""
    if q.session_ids or q.unmatched:
        # Named by their number: those sessions, whatever day the number looks like.
        found = tuple(s for s in map(programme.session, q.session_ids) if s is not None)
    elif q.topic or q.kinds:
        found = _search(replace(q, documents=False), programme, index).sessions
    else:
        pool = programme.sessions_in_room(q.room_id) if q.room_id else programme.sessions
        found = _on_day(tuple(s for s in pool if s.documents and not s.cancelled), q, programme)
    with_documents = tuple(s for s in found if s.documents)
    return Answer(q, sessions=with_documents or found)


def _info(q: Question, programme: Programme, index: ProgrammeIndex) -> Answer:
    unknown = tuple(topic for topic in q.info if not programme.conference.info.says(topic))
    sessions: tuple[Session, ...] = ()
    if "highlights" in q.info:
        ids = dict.fromkeys(h.session_id for h in programme.conference.info.highlights if h.session_id)
        sessions = tuple(s for s in map(programme.session, ids) if s is not None)
    return Answer(q, sessions=sessions, unknown_info=unknown)


def _listed(text: str, topic: tuple[str, ...]) -> bool:
    """Whether the topic's words are typed as a list, a comma between two of them: "sport ? foot,
    boxe"."""
    typed = fold(text)
    return any(re.search(rf"\b{re.escape(a)}\s*,\s*{re.escape(b)}\b", typed) for a, b in pairwise(topic))


def _absent_topic(q: Question, scores: dict[str, TopicMatch], index: ProgrammeIndex) -> bool:
    """A topic the lexicon knows that no session has ("des ateliers pour les femmes" where none
    says it): not a reason to answer with every workshop."""
    return not scores and any(index.glossary.knows(word) for word in q.topic)


def _known_words(q: Question, index: ProgrammeIndex) -> int:
    """How many of the question's topic words the programme has, in some form."""
    return sum(1 for word in set(q.topic) if index.variants(word))


def _best(sessions: list[Session], scores: dict[str, TopicMatch], words: int) -> tuple[Session, ...]:
    """The sessions that cover most of the question's words, and about as well as the best one:
    a title beats a passing mention in a description."""
    if not sessions:
        return ()
    covered = max(scores[s.id].covered for s in sessions)
    if words == 1 and any(scores[s.id].literal >= COMPLETE for s in sessions):
        # "jeunes", "resilience": every session that has the word (or its translation), in its
        # title or in its description, as one would find it by searching the programme's text.
        kept = [s for s in sessions if scores[s.id].literal >= COMPLETE]
    elif covered >= COMPLETE and words > 1:
        # "100 resilient cities": only the sessions that have every word; of those, the ones that
        # have them as a phrase ("nouvel agenda urbain" deep in a description), else the best ones
        # (both, when only two have every word: "earthquakes hurricanes").
        complete = [s for s in sessions if scores[s.id].covered >= COMPLETE]
        best = max(scores[s.id].score for s in complete)
        phrased = [s for s in complete if scores[s.id].phrase]
        kept = phrased or (
            complete if len(complete) <= 2 else [s for s in complete if scores[s.id].score >= 0.6 * best]
        )
    else:
        # No session has every word: those of the words that say most, not of a common one beside
        # them ("codigo morse": the Morse sessions, not "Vibe Code a game"; WIDEST_SHARE).
        widest = [s for s in sessions if scores[s.id].covered >= WIDEST_SHARE * covered]
        best = max(scores[s.id].score for s in widest)
        kept = [s for s in widest if scores[s.id].score >= 0.6 * best]
    # The best first (a title before a passing mention), then by time: the first page of a long
    # answer holds the best matches (bot/answers/pages.py).
    kept.sort(key=lambda s: (-scores[s.id].score, s.start, s.room_id or ""))
    return tuple(kept[:SEARCH_LIMIT])


def _room_info(q: Question, programme: Programme, index: ProgrammeIndex) -> Answer:
    assert q.room_id is not None
    conference = programme.conference
    if q.session_ids:
        # The way to a session asked for ("where's the european perspective workshop?"): that one.
        asked = tuple(s for s in map(programme.session, q.session_ids) if s is not None and not s.cancelled)
        if asked:
            return Answer(q, sessions=asked, day=conference.programme_day(asked[0].start))
    day = q.when.day or conference.programme_day(q.at)
    if conference.days and day < conference.days[0]:
        day = conference.days[0]
    sessions = tuple(
        s
        for s in programme.sessions_in_room(q.room_id)
        if conference.programme_day(s.start) == day and not s.cancelled
    )
    return Answer(q, sessions=sessions, day=day)


def _people(q: Question, programme: Programme, index: ProgrammeIndex) -> Answer:
    """The sessions whose people are asked for ("who speaks there?")."""
    return Answer(q, sessions=tuple(s for s in map(programme.session, q.session_ids) if s is not None))


def _rooms(q: Question, programme: Programme, index: ProgrammeIndex) -> Answer:
    """The rooms interpreted into a language, with any interpretation, or (`lacking`) with none."""
    if q.lacking:
        fit = [room for room in programme.rooms.values() if not room.interpretation]
    elif q.interpretation:
        fit = [room for room in programme.rooms.values() if q.interpretation in room.interpretation]
    else:
        fit = [room for room in programme.rooms.values() if room.interpretation]
    return Answer(q, rooms=tuple(room.id for room in fit))


def _help(q: Question, programme: Programme, index: ProgrammeIndex) -> Answer:
    return Answer(q)


def _unknown(q: Question, programme: Programme, index: ProgrammeIndex) -> Answer:
    if q.info:
        # "is there a cloakroom?": what the conference information does not say; no "did you mean".
        return Answer(q, unknown_info=q.info)
    return Answer(q, suggestions=suggest(q.unmatched, programme))


def suggest(unmatched: str, programme: Programme, limit: int = 3) -> tuple[str, ...]:
    """Room and people names really close to words we could not match, for 'did you mean…': a
    word of the name that the typed word begins ("bouba" → Boubacar Bah) or misspells by a letter
    or two with the same first letter. "wifi" suggests no one, "lol" not Lola Lopez."""
    typed = [word for word in words(unmatched) if len(word) >= 4]
    if not typed:
        return ()
    parts = _name_parts(programme)
    scored: dict[str, float] = {}
    for word in typed:
        for part, name in parts.get(word[0], ()):
            score = 100.0 if part.startswith(word) else fuzz.ratio(word, part)
            if score >= 80:
                scored[name] = max(scored.get(name, 0.0), score)
    ranked = sorted(scored, key=lambda name: (-scored[name], name))
    return tuple(ranked[:limit])


@lru_cache(maxsize=8)
def _name_parts(programme: Programme) -> dict[str, list[tuple[str, str]]]:
    """The words of four letters or more of rooms' and people's names, by their first letter,
    each with its name: split once per programme (a thousand names cost an unknown word 4 ms)."""
    names = [room.name for room in programme.rooms.values()]
    names += [person.name for person in programme.people.values() if not person.unnamed]
    parts: dict[str, list[tuple[str, str]]] = {}
    for name in names:
        for part in words(name):
            if len(part) >= 4:
                parts.setdefault(part[0], []).append((part, name))
    return parts


_HANDLERS = {
    Intent.NEXT: _next,
    Intent.NOW: _now,
    Intent.AT_TIME: _at_time,
    Intent.PERSON: _person,
    Intent.SEARCH: _search,
    Intent.ROOM_INFO: _room_info,
    Intent.INFO: _info,
    Intent.HELP: _help,
    Intent.PEOPLE: _people,
    Intent.ROOMS: _rooms,
    Intent.UNKNOWN: _unknown,
}
