"""Writing an Answer as a reply in the user's language: Telegram HTML, every value escaped."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache
from html import escape

from bot.answers.answer import Answer
from bot.answers.cards import session_card
from bot.answers.documents import render_documents
from bot.answers.info import (
    conference_examples,
    contact_line,
    highlights_line,
    link,
    render_info,
    unknown_info,
)
from bot.answers.lines import affiliation_language, interpretation_languages, kind_label, session_list
from bot.answers.lines import role_label as role_label
from bot.answers.lines import room_label as room_label
from bot.answers.lines import session_line as session_line
from bot.answers.way import building_line, directions_text, knows_the_way, map_link, way_unknown
from bot.i18n import Speaker
from bot.programme.kinds import SessionKind
from bot.programme.model import Programme
from bot.understand.glossary import idea_name
from bot.understand.index import index_for
from bot.understand.lexicon import ideas_by_word
from bot.understand.question import Intent


def _room_name(programme: Programme, room_id: str | None) -> str:
    room = programme.room(room_id)
    return escape(room.name) if room else ""


def render(result: Answer, programme: Programme, s: Speaker) -> str:
    if not programme.sessions and result.intent in _ABOUT_SESSIONS:
        return _no_sessions(result, programme, s)
    renderer = _RENDERERS.get(result.intent, _unknown)
    text = renderer(result, programme, s)
    if result.hidden:
        # Translators: under one page of a long list of sessions; a "More" button follows.
        more = s.n_("… and {count} more session.", "… and {count} more sessions.", result.hidden)
        text += "\n\n<i>" + more + "</i>"
    return text


_ABOUT_SESSIONS = frozenset(
    (Intent.NEXT, Intent.NOW, Intent.AT_TIME, Intent.PERSON, Intent.SEARCH, Intent.ROOM_INFO)
)


def _no_sessions(result: Answer, programme: Programme, s: Speaker) -> str:
    """A conference known only by its information (an announcement): say so, and what to ask."""
    name = escape(programme.conference.name.get(s.language, programme.conference.default_language))
    text = s._(
        "I have no sessions for {conference} yet, only information about it.", conference=f"<b>{name}</b>"
    )
    return text + "\n\n" + _examples(programme, s)


def _tracks(result: Answer, s: Speaker) -> str:
    """The tracks asked for, as one phrase ("Security", "Go and Rust"); "" when none was."""
    return escape(s.join(list(result.question.tracks)))


def _next(result: Answer, programme: Programme, s: Speaker) -> str:
    room = _room_name(programme, result.room_id)
    track = _tracks(result, s)
    if track:
        if not result.sessions:
            return s._("Nothing more is planned on the track “{track}”.", track=track)
        when = s.day_and_time(result.sessions[0].start)
        heading = s._("Next on the track “{track}”, {when}:", track=track, when=when)
        return heading + "\n" + session_list(programme, result.sessions, s, with_days=False)
    parts: list[str] = []
    if result.running:
        parts.append(s._("On now in {room}:", room=room))
        parts.append(session_list(programme, result.running, s, with_days=False))
        parts.append("")
    if not result.sessions:
        if room:
            parts.append(s._("Nothing more is planned in {room}.", room=room))
        else:
            parts.append(s._("Nothing more is planned: the conference is over."))
        return "\n".join(parts)
    if room:
        parts.append(s._("Next in {room}:", room=room))
    else:
        parts.append(s._("Next, at {time}:", time=s.day_and_time(result.sessions[0].start)))
    parts.append(session_list(programme, result.sessions, s, with_days=bool(room)))
    return "\n".join(parts)


def _running_at(result: Answer, programme: Programme, s: Speaker, heading: str, empty: str) -> str:
    if not result.sessions:
        lines = [empty]
        if result.everywhere:
            lines.append(s._("It is the time of:"))
            lines.append(session_list(programme, result.everywhere, s, with_days=False))
        return "\n".join(lines)
    return heading + "\n" + session_list(programme, result.sessions, s, with_days=False)


def _now(result: Answer, programme: Programme, s: Speaker) -> str:
    room = _room_name(programme, result.room_id)
    track = _tracks(result, s)
    if track:
        heading = s._("Now on the track “{track}”:", track=track)
        empty = s._("Nothing on the track “{track}” is on right now.", track=track)
    elif room:
        heading = s._("Now in {room}:", room=room)
        empty = s._("Nothing is happening in {room} right now.", room=room)
    else:
        heading, empty = s._("Happening now:"), s._("Nothing is happening right now.")
    return _running_at(result, programme, s, heading, empty)


def _at_time(result: Answer, programme: Programme, s: Speaker) -> str:
    if result.parts:
        # Two times asked at once: each time's answer, the one after the other.
        shown = {session.id for session in result.sessions}
        parts = [
            replace(part, sessions=tuple(x for x in part.sessions if x.id in shown)) for part in result.parts
        ]
        return "\n\n".join(_at_time(part, programme, s) for part in parts)
    room = _room_name(programme, result.room_id)
    if result.instant is None:
        day = s.day(result.day) if result.day else ""
        if not result.sessions:
            if room:
                return s._("Nothing is planned in {room} on {day}.", room=room, day=day)
            return s._("Nothing is planned on {day}.", day=day)
        heading = s._("In {room} on {day}:", room=room, day=day) if room else s._("On {day}:", day=day)
        return heading + "\n" + session_list(programme, result.sessions, s, with_days=False)
    when = s.day_and_time(result.instant)
    track = _tracks(result, s)
    if track:
        heading = s._("On the track “{track}”, {when}:", track=track, when=when)
        empty = s._("Nothing is planned on the track “{track}”, {when}.", track=track, when=when)
    elif room:
        heading = s._("In {room}, {when}:", room=room, when=when)
        empty = s._("Nothing is planned in {room}, {when}.", room=room, when=when)
    else:
        heading, empty = s._("On {when}:", when=when), s._("Nothing is planned {when}.", when=when)
    return _running_at(result, programme, s, heading, empty)


def _person(result: Answer, programme: Programme, s: Speaker) -> str:
    if result.candidates:
        names = [_person_label(programme, person_id, s) for person_id in result.candidates]
        return (
            s._("Several people match. Which one do you mean?")
            + "\n"
            + "\n".join(f"• {name}" for name in names)
        )
    people = result.person_ids
    heading = "\n".join(_person_label(programme, person_id, s) for person_id in people)
    if not result.sessions:
        return heading + "\n" + s._("No session of theirs is planned then.")
    lines = [heading]
    for session in result.sessions:
        roles = [
            _role_of(programme, r.person_id, r.role, s, several=len(people) > 1)
            for r in session.roles
            if r.person_id in people
        ]
        lines.append(
            f"• {escape(s.day_title(session.start))}, "
            + session_line(programme, session, s)
            + f" <i>({escape(s.join(roles))})</i>"
        )
    return "\n".join(lines)


def _role_of(programme: Programme, person_id: str, role: str, s: Speaker, *, several: bool) -> str:
    """A role; with several people ("les Grecs"), whose it is."""
    label = role_label(role, s)
    if not several:
        return label
    # Translators: a role in a session when several people are listed, e.g. "Lina Liakou: moderation".
    return s._("{name}: {role}", name=programme.people[person_id].name, role=label)


def _person_label(programme: Programme, person_id: str, s: Speaker) -> str:
    person = programme.people[person_id]
    label = f"<b>{escape(person.name)}</b>"
    if person.affiliation and not person.unnamed:
        label += f", {escape(person.affiliation)}"
        used = affiliation_language(programme, person, s)
        if used is not None:
            label += " <i>" + s._("(in {language})", language=s.language_name(used)) + "</i>"
    return label


def _search(result: Answer, programme: Programme, s: Speaker) -> str:
    if result.question.documents:
        return render_documents(result, programme, s)
    if result.question.last and result.sessions:
        return s._("Last on the programme:") + "\n" + session_list(programme, result.sessions, s)
    if result.question.first and result.sessions:
        return s._("First on the programme:") + "\n" + session_list(programme, result.sessions, s)
    asked_in = result.question.interpretation
    if asked_in and not result.question.topic:
        language = s.language_name(asked_in)
        if not result.sessions:
            return s._("No session is interpreted into {language}.", language=language)
        heading = s._("Sessions heard in {language} (the room's interpretation):", language=language)
        return heading + "\n" + session_list(programme, result.sessions, s)
    if result.question.tracks and not result.question.topic:
        track = _tracks(result, s)
        if not result.sessions:
            return s._("Nothing is planned on the track “{track}” then.", track=track)
        return (
            s._("On the track “{track}”:", track=track) + "\n" + session_list(programme, result.sessions, s)
        )
    # Asked for by kind alone ("y a-t-il des tables rondes ?"): the kind, not the whole message.
    kinds = ", ".join(kind_label(SessionKind(kind), s).lower() for kind in result.question.kinds)
    said = " ".join(_as_said(word, s.language) for word in result.question.topic)
    topic = escape(said or kinds or result.question.text)
    if not result.sessions:
        return s._("I found no session about “{topic}”.", topic=topic) + "\n\n" + _examples(programme, s)
    return s._("Sessions about “{topic}”:", topic=topic) + "\n" + session_list(programme, result.sessions, s)


def _room_info(result: Answer, programme: Programme, s: Speaker) -> str:
    room = programme.rooms[result.room_id or ""]
    name = escape(room.name)
    lines = [f"<b>{name}</b>"]
    asked = result.question.interpretation
    building = building_line(room, programme, s)
    if building:
        lines.append(f"🏢 {building}")
    if room.directions:
        lines.append(s._("How to get there: {directions}", directions=directions_text(room, programme, s)))
    if room.coordinates:
        lines.append("🗺 " + link(map_link(*room.coordinates), s._("Map")))
    elif room.map_path:
        lines.append("🗺 " + s._("A map shows the way."))
    if not knows_the_way(room) and not asked:
        # "how do I get to Herten Aas": say plainly that we do not know, and whom to ask.
        lines.append(way_unknown(room, s))
        contact = programme.conference.info.organisers_contact
        if contact:
            lines.append(
                s._("You can ask the organisers: {contact}", contact=contact_line(contact, programme, s))
            )
    languages = interpretation_languages(room, s)
    if asked:
        asked_name = s.language_name(asked)
        if asked in room.interpretation:
            lines.append(s._("Yes: {room} has interpretation in {language}.", room=name, language=asked_name))
        else:
            lines.append(
                s._(
                    "No: {room} has no interpretation in {language}.",
                    room=name,
                    language=asked_name,
                )
            )
    if room.interpretation:
        lines.append(s._("Languages: {languages}.", languages=escape(languages)))
    else:
        lines.append(s._("No interpretation is listed for this room."))
    if result.sessions:
        lines.append("")
        lines.append(s._("On {day}:", day=s.day(result.day)) if result.day else "")
        lines.append(session_list(programme, result.sessions, s, with_days=False))
    return "\n".join(lines)


def _examples(programme: Programme, s: Speaker) -> str:
    """Questions this programme answers: its own rooms, people, topics and times."""
    rooms = [room.name for room in programme.rooms.values()]
    # Someone with a first and a family name, from the middle of the list: not "Staff" or "Team".
    people = sorted(p.name for p in programme.people.values() if not p.unnamed and " " in p.name.strip())
    room = escape(rooms[min(3, len(rooms) - 1)]) if rooms else ""
    person = escape(people[len(people) // 2]) if people else ""
    info = programme.conference.info
    examples = []
    if programme.sessions:
        examples.append(s._("what's next in {room}", room=room) if room else s._("what's next?"))
        instant = _example_instant(programme)
        examples.append(s._("what's on {day} at {time}", day=s.day(instant), time=s.time(instant)))
        if person:
            examples.append(s._("where does {person} speak?", person=person))
        topic = example_topic(programme, s.language)
        if topic:
            examples.append(s._("sessions about {topic}", topic=escape(topic)))
        track = example_track(programme)
        if track:
            examples.append(s._("what's on the {track} track?", track=escape(track)))
        if room:
            examples.append(s._("which languages in {room}?", room=room))
    if info.organisers or info.partners or not programme.sessions:
        examples.append(s._("who organises the conference?"))
    if info.registration or not programme.sessions:
        examples.append(s._("how do I register?"))
    if not programme.sessions:
        examples += [s._("where is the venue?"), s._("what are the working languages?")]
    if info.highlights:
        examples.append(s._("what are the highlights?"))
    return s._("You can ask me, for example:") + "\n" + "\n".join(f"• <i>{e}</i>" for e in examples)


@lru_cache(maxsize=8)  # of the programme alone, as its index is
def example_track(programme: Programme) -> str:
    """The track most sessions are in, when the programme has several and its name is short
    ("Security", not "Community, diversity, local outreach and social context"); else ""."""
    counts = Counter(session.track for session in programme.sessions if session.track)
    if len(counts) < 2:
        return ""
    short = [(n, track) for track, n in counts.items() if len(track.split()) <= 3]
    return max(short)[1] if short else ""


@lru_cache(maxsize=8)  # of the programme alone, as its index is
def _example_instant(programme: Programme) -> datetime:
    """A time sessions run at: the second day's, else the first's, mid-morning session start."""
    by_day: dict[date, list[datetime]] = {}
    for session in programme.sessions:
        by_day.setdefault(programme.conference.programme_day(session.start), []).append(session.start)
    days = sorted(by_day)
    starts = sorted(by_day[days[1] if len(days) > 1 else days[0]])
    return starts[len(starts) // 3]


def _as_said(word: str, language: str) -> str:
    """A topic word as the reader would write it: an idea of several words the question read as
    one ("pattern mining" is the idea "datamining") by its name in their language."""
    return idea_name(word, language) or word


@lru_cache(maxsize=32)
def example_topic(programme: Programme, language: str) -> str:
    """A topic of the general lexicon that several session titles share, named in the reader's
    language ("sécurité" for titles that say "security"); "" when no title has one."""
    index = index_for(programme)
    words = set().union(*index.title_words.values())
    ideas = ideas_by_word()
    sessions = max(len(programme.sessions), 1)
    candidates = [
        (len(index.sessions_with[word]), word)
        for word in words & ideas.keys()
        if len(word) >= 4 and len(index.sessions_with.get(word, ())) <= sessions // 3 + 2
    ]
    return ideas[max(candidates)[1]].name_in(language) if candidates else ""


def _small_talk(kind: str, programme: Programme, s: Speaker) -> str:
    """One friendly line for "thanks", "ok", "lol", "hi", "bye"."""
    if kind == "thanks":
        return s._("You're welcome! Ask me whenever you need.")
    if kind == "laugh":
        return "😄"
    if kind == "bye":
        return s._("Enjoy the conference!")
    if kind == "greeting":
        rooms = list(programme.rooms.values())
        if programme.sessions and rooms:
            example = s._("what's next in {room}", room=escape(rooms[min(3, len(rooms) - 1)].name))
            return s._(
                "Hello! Ask me about the programme, for example “{example}”; /help says more.",
                example=example,
            )
        return s._("Hello! Ask me about the conference; /help says more.")
    return "👍"


def _help(result: Answer, programme: Programme, s: Speaker) -> str:
    rule = result.question.rule
    if rule.startswith("small-talk-"):
        return _small_talk(rule.removeprefix("small-talk-"), programme, s)
    name = escape(programme.conference.name.get(s.language, programme.conference.default_language))
    if programme.sessions:
        intro = s._(
            "I know the programme of {conference}. Ask me in French, English or Spanish "
            "what is on now or next in a room, at a given time, where someone speaks, "
            "or which sessions are about a topic.",
            conference=f"<b>{name}</b>",
        )
    else:
        intro = s._(
            "I know about {conference}. Ask me in French, English or Spanish how to register, "
            "where it takes place, its working languages, who organises it or its web page.",
            conference=f"<b>{name}</b>",
        )
    parts = [intro, _examples(programme, s)]
    about = conference_examples(programme, s, shown=parts[1])
    if about:
        parts.append(about)
    highlights = highlights_line(programme, s)
    if highlights:
        parts.append(highlights)
    return "\n\n".join(parts)


def _people(result: Answer, programme: Programme, s: Speaker) -> str:
    """Who is in the session just shown: its card, people by role."""
    if not result.sessions:
        return _nothing_to_follow(s)
    return "\n\n".join(session_card(programme, session, s) for session in result.sessions)


def _rooms(result: Answer, programme: Programme, s: Speaker) -> str:
    """The rooms by their interpretation, each with its languages."""
    q = result.question
    if q.lacking:
        heading = s._("Rooms without interpretation:")
        empty = s._("Every room has interpretation.")
    elif q.interpretation:
        language = s.language_name(q.interpretation)
        heading = s._("Rooms interpreted into {language}:", language=language)
        empty = s._("No room is interpreted into {language}.", language=language)
    else:
        heading = s._("Rooms with interpretation:")
        empty = s._("No room has interpretation.")
    if not result.rooms:
        return empty
    lines = [heading]
    for room_id in result.rooms:
        room = programme.rooms[room_id]
        heard = interpretation_languages(room, s)
        lines.append(f"• <b>{escape(room.name)}</b>" + (f" — {escape(heard)}" if heard else ""))
    return "\n".join(lines)


def _nothing_to_follow(s: Speaker) -> str:
    # Translators: answer to "and after that?", "and tomorrow?" when nothing was asked before.
    return s._("After what? Ask me first about a room, a time, a person or a topic, then “and after that?”.")


def _unknown(result: Answer, programme: Programme, s: Speaker) -> str:
    if result.question.rule == "nothing-to-follow":
        return _nothing_to_follow(s)
    if result.question.documents:
        return render_documents(result, programme, s)  # "No session of this programme lists documents."
    what = escape(result.question.unmatched)
    if result.unknown_info:
        # "is there a cloakroom?": said plainly, with whom to ask; no sessions, no examples.
        return unknown_info(result, programme, s)
    lines = [
        s._("I don't know “{what}” in this programme.", what=what)
        if what
        else s._("Sorry, I did not understand that.")
    ]
    if result.suggestions:
        lines.append(s._("Did you mean: {names}?", names=escape(s.join(result.suggestions, "or"))))
    contact = programme.conference.info.organisers_contact
    if contact:
        lines.append(
            s._("You can ask the organisers: {contact}", contact=contact_line(contact, programme, s))
        )
    lines.append("")
    lines.append(_examples(programme, s))
    return "\n".join(lines)


_RENDERERS = {
    Intent.NEXT: _next,
    Intent.NOW: _now,
    Intent.AT_TIME: _at_time,
    Intent.PERSON: _person,
    Intent.SEARCH: _search,
    Intent.PEOPLE: _people,
    Intent.ROOMS: _rooms,
    Intent.ROOM_INFO: _room_info,
    Intent.INFO: render_info,
    Intent.HELP: _help,
    Intent.UNKNOWN: _unknown,
}
