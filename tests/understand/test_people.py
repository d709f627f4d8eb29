"""Finding the person a question names, on three programmes: each finds its own people (accents,
case, a first name alone, a slip) and says it does not know another programme's."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answers.reply import respond
from bot.programme.loading import load_programme
from bot.programme.model import Person, Programme
from bot.understand.index import index_for
from bot.understand.parse import parse
from bot.understand.text import words
from bot.understand.transliteration import latin_spellings
from tests.small_programme import small_programme, talk
from tests.understand.conftest import PROGRAMMES

# (programme, question, the people found); () when the programme has no one of that name.
PEOPLE: list[tuple[str, str, tuple[str, ...]]] = [
    ("mechelen", "Joan Clos", ("joan-clos",)),
    ("mechelen", "where does swing speak?", ("william-swing",)),  # a surname alone
    ("mechelen", "quand parle Bart Somers ?", ("bart-somers",)),
    ("mechelen", "¿cuándo habla Parks Tau?", ("parks-tau",)),
    ("mechelen", "when does Priya speak?", ()),
    ("mechelen", "quand parle Kenji Watanabe ?", ()),
    ("devconf", "Léa Moreau", ("lea-moreau",)),
    ("devconf", "lea moreau", ("lea-moreau",)),  # without accents or capitals
    ("devconf", "when does Priya speak?", ("priya-raman",)),  # a first name alone
    ("devconf", "Sam O'Neill", ("sam-o-neill",)),
    ("devconf", "Hola! ¿me podrías decir cuándo presenta Priya? gracias", ("priya-raman",)),  # politeness
    ("devconf", "pourriez-vous me dire quand parle Priya ?", ("priya-raman",)),
    ("devconf", "¿cuándo habla Ana Beltrán?", ("ana-beltran",)),
    ("devconf", "quand parle Kenji Watanabe ?", ("kenji-watanabe",)),
    ("devconf", "quand parle Priya Ramen ?", ("priya-raman",)),  # a slip in the surname
    ("devconf", "who is Ingrid Solberg", ("ingrid-solberg",)),
    ("devconf", "quand parle Bart Somers ?", ()),
    ("democon", "Nancy Hopkins", ("nancy-hopkins",)),
    ("democon", "when does rachel weber speak", ("rachel-weber",)),
    ("democon", "¿cuándo habla Timothy Romero?", ("timothy-romero",)),
    ("democon", "¿cuándo habla Ana Beltrán?", ()),
    ("democon", "who is Ingrid Solberg", ()),
]


@pytest.mark.parametrize(("name", "text", "people"), PEOPLE, ids=[f"{row[0]}: {row[1]}" for row in PEOPLE])
def test_the_person_a_question_names_is_found(
    programmes: dict[str, Programme], name: str, text: str, people: tuple[str, ...]
) -> None:
    programme = programmes[name]
    conference = programme.conference
    question = parse(text, conference.local(conference.days[0], time(10, 0)), programme)
    if people:
        assert (question.rule, question.person_ids) == ("person-named", people)
    else:
        # "quand parle Barack Obama": no answer rather than someone else.
        assert (question.intent, question.person_ids) == ("unknown", ())


@pytest.mark.parametrize("name", PROGRAMMES)
def test_a_famous_name_absent_from_the_programme_is_no_one(
    programmes: dict[str, Programme], name: str
) -> None:
    programme = programmes[name]
    conference = programme.conference
    question = parse(
        "when does Barack Obama speak?", conference.local(conference.days[0], time(10, 0)), programme
    )
    # Two names side by side that no part of the programme has (unknown-name, tried before "now").
    assert (question.rule, question.person_ids, question.unmatched) == ("unknown-name", (), "Barack Obama")


@pytest.mark.parametrize("name", PROGRAMMES)
def test_every_speaker_is_found_by_full_name(programmes: dict[str, Programme], name: str) -> None:
    programme = programmes[name]
    index = index_for(programme)
    speakers = {person_id for session in programme.sessions for person_id in session.person_ids}
    missed = []
    for person_id in sorted(speakers):
        person = programme.people[person_id]
        if person.unnamed:  # "the deputy mayor of …": found by description, not by name
            continue
        found = index.find_person(words(person.name))
        if found is None or person_id not in found.person_ids:
            missed.append(person.name)
    assert missed == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("the Greek mayor", ["Michail Angelopoulos"]),  # the mayor, not the deputy mayors
        ("le maire grec", ["Michail Angelopoulos"]),
        ("the Greek deputy mayor", ["Eleftherios Papagiannakis"]),
    ],
)
def test_a_nationality_narrows_a_role(mechelen: Programme, text: str, people: list[str]) -> None:
    answer = respond(text, datetime.fromisoformat("2017-11-16T10:00:00+01:00"), mechelen).as_json(mechelen)
    assert answer["people"] == people


def test_someone_who_gives_a_talk_is_asked_for_although_a_title_says_done() -> None:
    """NIPS 2015: "donne" (gives) is no topic word near a title's "Done": the question asks for
    a person, named with a slip."""
    zone = ZoneInfo("America/Toronto")
    start = datetime(2015, 12, 9, 9, tzinfo=zone)
    end = start.replace(hour=10)
    programme = small_programme(
        zone,
        [
            talk("inference", start, end, "Post-selection Inference", speakers=["robert-tibshirani"]),
            talk("curves", start, end, "PR Analysis Done Right", speakers=["peter-flach"]),
        ],
        people=[Person("robert-tibshirani", "Robert Tibshirani"), Person("peter-flach", "Peter Flach")],
    )
    question = parse("Bonjour, quand est-ce que Robert Tibshiranni donne sa conférence ?", start, programme)
    assert (question.rule, question.person_ids) == ("person-named", ("robert-tibshirani",))


def test_cuando_sale_asks_when_someone_comes_on() -> None:
    """PonyFest Online 2020: "cuando sale Thoth", in a programme whose vendors hold a sale."""
    zone = ZoneInfo("America/New_York")
    start = datetime(2020, 5, 30, 11, tzinfo=zone)
    end = start.replace(hour=12)
    programme = small_programme(
        zone,
        [
            talk("meme", start, end, "Meme that Pony!", speakers=["thoth"]),
            talk("vendors", start, end, "Vendor Hall sale"),
        ],
        people=[Person("thoth", "Thoth")],
    )
    question = parse("cuando sale Thoth", start, programme)
    assert (question.rule, question.person_ids) == ("person-named", ("thoth",))


@pytest.mark.parametrize(
    ("text", "person"),
    [("ivan ma c'est à quelle heure", "ma"), ("when does ivan tu speak", "tu"), ("ivan ma?", "ma")],
)
def test_a_name_that_ends_with_a_little_word(text: str, person: str) -> None:
    """HKOSCon 2020's 'Ivan Ma' and 'Ivan Tu（杜修文）': "ma" and "tu" are French words for "my" and
    "you", dropped from what a question is about; the whole name still names one of the two Ivans."""
    zone = ZoneInfo("Asia/Hong_Kong")
    start = datetime(2020, 6, 13, 12, 10, tzinfo=zone)
    end = start.replace(hour=13)
    programme = small_programme(
        zone,
        [
            talk("mysql-ha", start, end, "MySQL High Availability", speakers=["ma"]),
            talk("mysql-security", start, end, "MySQL Security", speakers=["tu"]),
        ],
        people=[Person("ma", "Ivan Ma"), Person("tu", "Ivan Tu（杜修文）")],
    )
    question = parse(text, start.replace(hour=11), programme)
    assert (question.rule, question.person_ids) == ("person-named", (person,))


def test_people_of_one_family_name_who_speak_together_are_answered_at_once() -> None:
    """PyOhio 2025: "a que hora es lo de Silva Ferreira" for Rodrigo and Helianildes Silva Ferreira,
    who give one talk together: its time, not "which one?"; two people of one first name who speak
    apart are still asked about."""
    zone = ZoneInfo("America/New_York")
    start = datetime(2025, 7, 27, 12, 30, tzinfo=zone)
    end = start.replace(hour=13)
    programme = small_programme(
        zone,
        [
            talk("fortran", start, end, "From Fortran to Python", speakers=["rodrigo", "helia"]),
            talk("a", start, end, "Async", speakers=["ann-a"]),
            talk("b", start.replace(hour=14), end.replace(hour=15), "Batteries", speakers=["ann-b"]),
        ],
        people=[
            Person("rodrigo", "Rodrigo Silva Ferreira"),
            Person("helia", "Helianildes Silva Ferreira"),
            Person("ann-a", "Ann Archer"),
            Person("ann-b", "Ann Baker"),
        ],
    )
    at = start.replace(hour=11)
    answer = respond("a que hora es lo de Silva Ferreira", at, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["fortran"]
    assert respond("when does ann speak", at, programme).as_json(programme)["sessions"] == []


def test_one_person_written_surname_first_and_with_a_title_is_answered_as_one() -> None:
    """IMRF 2026 writes 'Morrone Maria Concetta' as an author and 'Professor Maria Concetta
    Morrone' as a keynote speaker: "morrone c quand et ou" gives the sessions of both, not "which one?"."""
    zone = ZoneInfo("Europe/Rome")
    start = datetime(2026, 6, 26, 9, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("kn2", start.replace(hour=17), start.replace(hour=18), "Plasticity", speakers=["kn"]),
            talk("p4", start.replace(hour=15), start.replace(hour=16), "Guided actions", speakers=["au"]),
        ],
        people=[Person("kn", "Professor Maria Concetta Morrone"), Person("au", "Morrone Maria Concetta")],
    )
    answer = respond("morrone c quand et ou", start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["p4", "kn2"]


def test_a_name_written_with_and_without_its_hyphen_is_one_person() -> None:
    """US-RSE'26 writes "Addi Malviya Thakur" one day and "Addi Malviya-Thakur" the next."""
    zone = ZoneInfo("America/Los_Angeles")
    start = datetime(2026, 10, 19, 10, 30, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk("mon", start, start.replace(hour=12), "AI Assisted Code Development", speakers=["a1"]),
            talk(
                "tue",
                start.replace(day=20),
                start.replace(day=20, hour=12),
                "Code Modernization",
                speakers=["a2"],
            ),
        ],
        people=[Person("a1", "Addi Malviya Thakur"), Person("a2", "Addi Malviya-Thakur")],
    )
    answer = respond("addi malviya thakur talks?", start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["mon", "tue"]


def test_a_speaker_s_name_beside_what_the_session_is_called() -> None:
    """IMRF 2026: "when's the wagemans keynote" asks for Johan Wagemans's session; "keynote" is
    no other surname beside his ("richard stallman" for a Richard who is not Stallman is)."""
    zone = ZoneInfo("Europe/Rome")
    start = datetime(2026, 6, 27, 8, 30, tzinfo=zone)
    later = start.replace(hour=11, minute=45)
    programme = small_programme(
        zone,
        [
            talk(
                "kn3",
                later,
                later.replace(hour=12, minute=45),
                "Multiple roads to aesthetic appreciation",
                speakers=["jw"],
            ),
            talk("p1", later, later.replace(hour=12, minute=45), "Posters", speakers=["rw"]),
        ],
        people=[Person("jw", "Professor Johan Wagemans"), Person("rw", "Richard Wollheim")],
    )
    question = parse("when's the wagemans keynote", start, programme)
    assert (question.rule, question.person_ids) == ("person-named", ("jw",))
    assert parse("is richard stallman around", start, programme).intent == "unknown"


def test_a_user_name_of_words_run_together_is_asked_as_words() -> None:
    """LinuxFest Northwest 2017 lists speakers by their site's user names: "bryan lunduke" is
    'BryanLunduke'."""
    zone = ZoneInfo("America/Los_Angeles")
    start = datetime(2017, 5, 6, 9, 30, tzinfo=zone)
    end = start.replace(hour=10, minute=30)
    programme = small_programme(
        zone,
        [
            talk("watching", start, end, "They're Watching You", speakers=["bryanlunduke"]),
            talk("suse", start, end, "openSUSE 101", speakers=["bear454"]),
        ],
        people=[Person("bryanlunduke", "BryanLunduke"), Person("bear454", "bear454")],
    )
    question = parse("et bryan lunduke", start, programme)
    assert (question.rule, question.person_ids) == ("person-named", ("bryanlunduke",))


@pytest.mark.parametrize(
    "text", ["when is Erik Meyer giving his talk?", "when is meyer speaking", "dykstra ?"]
)
def test_a_dutch_ij_typed_as_y(text: str) -> None:
    """MonkeySpace 2013's keynote speaker is Erik Meijer: "Erik Meyer" is how others write him
    (two slips from the name as written, too many for a typo)."""
    zone = ZoneInfo("America/New_York")
    start = datetime(2013, 7, 22, 9, tzinfo=zone)
    end = start.replace(hour=10)
    programme = small_programme(
        zone,
        [
            talk("keynote", start, end, "Keynote", speakers=["em"]),
            talk("graphs", end, end.replace(hour=11), "Shortest paths", speakers=["ed"]),
            talk("other", start, end, "Mono on the server", speakers=["mm"]),
        ],
        people=[Person("em", "Erik Meijer"), Person("ed", "Edsger Dijkstra"), Person("mm", "Miguel Meyers")],
    )
    expected = ["graphs"] if "dykstra" in text else ["keynote"]
    assert [s["id"] for s in respond(text, start, programme).as_json(programme)["sessions"]] == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bonjour, pouvez-vous me dire quand intervient Marie-Claude Morice ?", ["mc"]),
        ("Where can I see Jens Flensted Lassen?", ["jf"]),
        ("Buenas, me podria decir cuando participa el Dr. Juan F. Iglesias?", ["ji"]),
        ("Hi! Is Peter McCarthy speaking anywhere?", ["pm"]),
        ("where does Richard Lassen speak?", []),  # another given name than the initials say
    ],
)
def test_people_written_with_initials_asked_by_their_given_names(text: str, found: list[str]) -> None:
    """EuroPCR 2026 writes its speakers "M. C. Morice", "J. F. Lassen", "P. Maccarthy"; attendees
    type the given names ("Marie-Claude Morice", "Jens Flensted Lassen")."""
    start = datetime(2026, 5, 19, 9, tzinfo=ZoneInfo("Europe/Paris"))
    names = {"mc": "M. C. Morice", "jf": "J. F. Lassen", "ji": "J. F. Iglesias", "pm": "P. Maccarthy"}
    programme = _a_session_each(names, start)
    answer = respond(text, start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == found


def _a_session_each(names: dict[str, str], start: datetime) -> Programme:
    """A programme where each person (id → name) gives one session of their id, an hour apart from
    10:00 on the day of `start`."""
    assert start.tzinfo is not None
    return small_programme(
        ZoneInfo(str(start.tzinfo)),
        [
            talk(key, start.replace(hour=10 + i), start.replace(hour=11 + i), f"Session {i}", speakers=[key])
            for i, key in enumerate(names)
        ],
        people=[Person(key, name) for key, name in names.items()],
    )


def test_a_performer_a_calendar_names_in_titles_is_found_in_every_title() -> None:
    """The Rock Boat XXV: "Fantastic Cat - Spayed and Neutered" names the band as its performer, and
    "'69 with Fantastic Cat & Friends" is its show too. A speaker whose own session's title does
    not name her is found by her sessions only (EMF 2018's "Pre-talk Q&A with Hannah Fry")."""
    zone = ZoneInfo("America/New_York")
    start = datetime(2026, 1, 30, 21, tzinfo=zone)
    later = start.replace(day=31, hour=16)
    programme = small_programme(
        zone,
        [
            talk(
                "show", start, start.replace(hour=22), "Fantastic Cat - Spayed and Neutered", speakers=["cat"]
            ),
            talk("jam", later, later.replace(hour=17), "'69 with Fantastic Cat & Friends"),
            talk("talk", start, start.replace(hour=22), "Hello World: How to be Human", speakers=["fry"]),
            talk("qa", later, later.replace(hour=17), "Pre-talk Q&A with Hannah Fry"),
        ],
        people=[Person("cat", "Fantastic Cat"), Person("fry", "Hannah Fry")],
    )

    def found(text: str) -> list[str]:
        return [
            s["id"] for s in respond(text, start.replace(hour=10), programme).as_json(programme)["sessions"]
        ]

    assert found("fantastic cat donde y cuando") == ["show", "jam"]
    assert found("when is hannah fry on?") == ["talk"]


def test_a_verb_after_a_surname_is_no_other_name() -> None:
    """NBIS's RNA-seq course: "which sessions does Dr. Rafati give?" asks for Nima Rafati's
    sessions; "give" is what he does, not the surname of another Rafati."""
    zone = ZoneInfo("Europe/Stockholm")
    start = datetime(2024, 3, 13, 9, tzinfo=zone)
    programme = small_programme(
        zone,
        [talk("gsea", start, start.replace(hour=10), "GSA & GSEA", speakers=["nr"])],
        people=[Person("nr", "Nima Rafati")],
    )
    answer = respond("which sessions does Dr. Rafati give?", start.replace(hour=8), programme).as_json(
        programme
    )
    assert [s["id"] for s in answer["sessions"]] == ["gsea"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mike williamson schedule?", ["mw"]),  # LibertyCon 2019's 'Michael Z. Williamson'
        ("qd passe katherine nanz", ["kn"]),  # Stir Trek 2025's 'Kathryn Grayson Nanz'
        ("when is jon halvorson on", ["jh"]),  # GOOD 2025's 'Jonathan Halverson', surname misspelt
        ("cuando habla dave hart?", ["dh"]),  # the other way: 'David Hart'
        ("ken kousen talks?", ["kk"]),  # Devnexus 2026's 'Kenneth Kousen'
        ("et becky adams ?", ["ra"]),
        ("when does mike tyson speak?", []),  # no Tyson: a whole name the programme lacks
    ],
)
def test_a_given_name_typed_in_another_form(text: str, found: list[str]) -> None:
    """Attendees type "mike", "katherine", "jon" for speakers listed as Michael, Kathryn, Jonathan."""
    start = datetime(2019, 6, 28, 9, tzinfo=ZoneInfo("America/New_York"))
    names = {
        "mw": "Michael Z. Williamson",
        "kn": "Kathryn Grayson Nanz",
        "jh": "Jonathan Halverson",
        "dh": "David Hart",
        "mo": "Michael Okeefe",
        "kk": "Kenneth Kousen",
        "ra": "Rebecca Adams",
    }
    programme = _a_session_each(names, start)
    answer = respond(text, start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == found


def test_another_form_of_a_given_name_before_a_surname_nobody_has_is_someone_else() -> None:
    """Google I/O 2017: "when does Larry Page speak?" is not Laurence Moroney ("larry" a form of
    Laurence, "page" a word of the sessions), as "Laurence Page" is not; "larry moroney" is him."""
    zone = ZoneInfo("America/Los_Angeles")
    start = datetime(2017, 5, 17, 9, tzinfo=zone)
    sessions = [talk("pm", start.replace(hour=10), start.replace(hour=11), "Pirate Metrics", speakers=["lm"])]
    sessions += [
        talk(
            f"w{i}",
            start.replace(hour=11 + i),
            start.replace(hour=12 + i),
            f"Fast web {i}",
            description="We all want a fast page load",
            speakers=[f"p{i}"],
        )
        for i in range(3)
    ]
    people = [Person("lm", "Laurence Moroney")]
    people += [Person(f"p{i}", name) for i, name in enumerate(("Sam Saccone", "Addy Osmani", "Paul Irish"))]
    programme = small_programme(zone, sessions, people=people)
    for text, found in (
        ("when does Larry Page speak?", []),
        ("when does Laurence Page speak?", []),
        ("when does larry moroney speak?", ["pm"]),
    ):
        answer = respond(text, start, programme).as_json(programme)
        assert [s["id"] for s in answer["sessions"]] == found, text


def test_a_misspelt_whole_name_beside_a_speaker_named_by_a_first_name_alone() -> None:
    """EMF 2024 lists a speaker 'Tim' and 'Tim Hunkin': "Tim Hunkim il parle quand ?" is Tim
    Hunkin with a slip, not 'Tim' beside a surname nobody has."""
    start = datetime(2024, 5, 31, 9, tzinfo=ZoneInfo("Europe/London"))
    programme = _a_session_each({"tim": "Tim", "th": "Tim Hunkin"}, start)
    for text, found in (("Tim Hunkim il parle quand ?", ["th"]), ("tim hunkin?", ["th"]), ("tim?", ["tim"])):
        answer = respond(text, start, programme).as_json(programme)
        assert [s["id"] for s in answer["sessions"]] == found, text


def test_a_speaker_named_as_its_sessions_is_asked_for_as_a_thing() -> None:
    """EMF 2024's file lists 'Drop in LAN Party' and 'Lockpicking village' as speakers of the
    sessions so titled: "is there a lan party" and "any lockpicking sessions" search, and find
    the session of another speaker on it too."""
    zone = ZoneInfo("Europe/London")
    start = datetime(2024, 5, 30, 9, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk(
                "lan",
                start.replace(hour=10),
                start.replace(hour=18),
                "Drop in LAN Party @ EEH",
                speakers=["lp"],
            ),
            talk("lock", start.replace(hour=11), start.replace(hour=12), "Lockpicking", speakers=["lv"]),
            talk(
                "ethics",
                start.replace(hour=12),
                start.replace(hour=13),
                "Introduction of lockpicking and its ethics",
                speakers=["ada"],
            ),
        ],
        people=[
            Person("lp", "Drop in LAN Party"),
            Person("lv", "Lockpicking village"),
            Person("ada", "Ada Byron"),
        ],
    )
    for text, found in (
        ("is there a lan party", ["lan"]),
        ("are there any lockpicking sessions", ["lock", "ethics"]),
    ):
        answer = respond(text, start, programme).as_json(programme)
        assert (answer["intent"], sorted(s["id"] for s in answer["sessions"])) == ("search", sorted(found)), (
            text
        )
    # Someone whose sessions' titles name them is still someone: "when is snowden on" (34C3's).
    programme = small_programme(
        zone,
        [
            talk("es", start.replace(hour=10), start.replace(hour=11), "Snowden live", speakers=["es"]),
            talk(
                "spies", start.replace(hour=12), start.replace(hour=13), "Spies", description="After Snowden"
            ),
        ],
        people=[Person("es", "Edward Snowden")],
    )
    answer = respond("when is snowden on", start, programme).as_json(programme)
    assert (answer["intent"], [s["id"] for s in answer["sessions"]]) == ("person", ["es"])


def test_a_login_of_an_initial_and_a_surname_is_found_by_the_surname() -> None:
    """MiXiT 2023 names its speakers by login: "sablonniere" is 'hsablonniere', while a login of
    a given name alone ("greg") keeps its letters."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2023, 4, 14, 11, 40, tzinfo=zone)
    end = start.replace(hour=12, minute=30)
    programme = small_programme(
        zone,
        [
            talk("cache", start, end, "#RetourAuxSources : Le cache HTTP", speakers=["hs"]),
            talk("onair", start, end, "On refait la conf", speakers=["greg"]),
        ],
        people=[Person("hs", "hsablonniere"), Person("greg", "greg")],
    )
    question = parse("sablonniere il passe quand", start.replace(hour=9), programme)
    assert (question.rule, question.person_ids) == ("person-named", ("hs",))
    assert parse("reg ?", start.replace(hour=9), programme).person_ids == ()


def test_a_name_pasted_in_chinese_or_cyrillic_is_found_as_typed() -> None:
    """SITCON 2024: "林之晨's keynote", "¿cuándo participa 孔祥重 en el panel?" for 'Discussant -
    孔祥重教授 …' (a name run into its title), "毛哥" for '毛哥EM'; a name in two scripts is still
    found by its Latin one ("et ivan tu ?" for 'Ivan Tu（杜修文）'); "Дмитрий" as written."""
    zone = ZoneInfo("Asia/Taipei")
    start = datetime(2024, 3, 9, 9, 10, tzinfo=zone)
    end = start.replace(hour=10)
    people = [
        Person("lin", "台灣大哥大總經理 暨 AppWorks 董事長 & 合夥人 林之晨"),
        Person("kung", "Discussant - 孔祥重教授 哈佛大學講座教授"),
        Person("em", "毛哥EM"),
        Person("tu", "Ivan Tu（杜修文）"),
        Person("ma", "Ivan Ma"),
        Person("dima", "Дмитрий Петров"),
    ]
    programme = small_programme(
        zone,
        [talk(p.id, start.replace(hour=9 + n), end.replace(hour=10 + n), f"Talk {n}", speakers=[p.id])
         for n, p in enumerate(people)],
        people=people,
    )  # fmt: skip
    before = start.replace(hour=8)

    def who(text: str) -> tuple[str, ...]:
        return parse(text, before, programme).person_ids

    assert who("Hi! Where and when can I see 林之晨's keynote?") == ("lin",)
    assert who("Disculpa, ¿me podrías decir cuándo participa 孔祥重 en el panel?") == ("kung",)
    assert who("la charla de 毛哥 a que hora es") == ("em",)
    assert who("et ivan tu ?") == ("tu",)
    assert who("quand parle Дмитрий Петров ?") == ("dima",)


def test_a_famous_name_whose_words_titles_have_apart_is_absent() -> None:
    """Chicon 8: "viene Stephen King?" where one title says 'Stephen' and another 'King' asks
    for someone the programme does not name, not for those two titles."""
    zone = ZoneInfo("America/Chicago")
    start = datetime(2022, 9, 3, 14, tzinfo=zone)
    end = start.replace(hour=15)
    programme = small_programme(
        zone,
        [
            talk("colbert", start, end, "Stephen Colbert's Late Show and Fandom", speakers=["ann"]),
            talk("king", start, end, "The King in Yellow", speakers=["bo"]),
        ],
        people=[Person("ann", "Ann Gil"), Person("bo", "Bo Li")],
    )
    before = start.replace(hour=12)
    for text in ("viene Stephen King?", "is stephen king coming?"):
        question = parse(text, before, programme)
        assert (question.intent, question.rule) == ("unknown", "absent-person"), text
    assert parse("anything about the king in yellow?", before, programme).intent == "search"


def test_a_name_written_in_cyrillic_is_found_as_attendees_type_it_in_latin_letters() -> None:
    """DOU Day 2026 (Kyiv, names in Cyrillic): "quand passe oles petriv" for 'Олесь Петрів',
    "et Lukyniuk ?" for 'Вікторія Лукинюк', "Yermilov" for 'Ярослав Єрмілов' (Ukraine's official
    spelling), "andrii brodetski" for 'Андрій Бродецький' (a slip), "nikita" for a Russian
    'Никита' (its English spelling); the Cyrillic is still found as pasted."""
    zone = ZoneInfo("Europe/Kyiv")
    start = datetime(2026, 5, 15, 9, tzinfo=zone)
    people = [
        Person("oles", "Олесь Петрів"),
        Person("viktoriia", "Вікторія Лукинюк"),
        Person("yaroslav", "Ярослав Єрмілов"),
        Person("andrii", "Андрій Бродецький"),
        Person("nikita", "Никита Смирнов"),
    ]
    programme = small_programme(
        zone,
        [talk(p.id, start.replace(hour=10 + n), start.replace(hour=11 + n), f"Доповідь {n}", speakers=[p.id])
         for n, p in enumerate(people)],
        people=people,
    )  # fmt: skip

    def who(text: str) -> tuple[str, ...]:
        return parse(text, start, programme).person_ids

    assert who("quand passe oles petriv") == ("oles",)
    assert who("Lukyniuk ?") == ("viktoriia",)
    assert who("Hola, ¿me podrías decir cuándo presenta Yaroslav Yermilov?") == ("yaroslav",)
    assert who("andrii brodetski cuando") == ("andrii",)
    assert who("when does nikita smirnov speak") == ("nikita",)
    assert who("коли виступає Олесь Петрів") == ("oles",)


@pytest.mark.parametrize(
    ("name", "spellings"),
    [
        ("Сергій Бабич", ("serhii babych",)),
        ("Юлія Їжак", ("yuliia yizhak",)),
        ("Никита Хрущёв", ("nikita khrushchyov",)),
        ("Влада Зацаринна", ("vlada zatsarynna", "vlada zatsarinna")),
        ("Ivan Tu", ()),
    ],
)
def test_latin_spellings_of_a_cyrillic_name(name: str, spellings: tuple[str, ...]) -> None:
    assert latin_spellings(name) == spellings


def test_a_name_a_title_writes_whole_is_that_session_not_someone_absent() -> None:
    """Author Nation 2026: "c quand l'interview d'andy weir" asks for 'Andy Weir Interview' (its
    speaker is the interviewer), not for an absent Andy Weir because an Andrew speaks; an Andrew's
    other surname no title writes is still someone else."""
    zone = ZoneInfo("America/Los_Angeles")
    start = datetime(2026, 11, 13, 9, tzinfo=zone)
    end = start.replace(hour=10)
    programme = small_programme(
        zone,
        [
            talk(
                "weir", start.replace(hour=16), end.replace(hour=17), "Andy Weir Interview", speakers=["jn"]
            ),
            talk("panel", start, end, "Science Fiction Panel", speakers=["andrew"]),
        ],
        people=[Person("jn", "JN Chaney"), Person("andrew", "Andrew Moriarty")],
    )
    for text in ("c quand l'interview d'andy weir", "when is the andy weir interview"):
        answer = respond(text, start, programme).as_json(programme)
        assert [session["id"] for session in answer["sessions"]] == ["weir"], text
    assert parse("is andy serkis coming?", start, programme).intent == "unknown"


def test_speakers_written_by_their_login() -> None:
    """MiXiT 2019 lists speakers by login: 'nitot' is "tristan nitot" (a given name the file does
    not write contradicts nothing), 'mere-teresaHaïm-Lubczanski' is "haim lubczanski" (two names
    run together); a one-word name is still not someone with another surname after it."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2019, 5, 23, 9, tzinfo=zone)
    end = start.replace(hour=10)
    programme = small_programme(
        zone,
        [
            talk("privacy", start.replace(hour=14), end.replace(hour=15), "Vie privée", speakers=["nitot"]),
            talk("features", start.replace(hour=11), end.replace(hour=12), "Great features", speakers=["mt"]),
        ],
        people=[Person("nitot", "nitot"), Person("mt", "mere-teresaHaïm-Lubczanski")],
    )
    assert parse("qd est-ce que tristan nitot parle ?", start, programme).person_ids == ("nitot",)
    assert parse("haim lubczanski parle quand?", start, programme).person_ids == ("mt",)
    assert parse("nitot dupontel parle quand ?", start, programme).intent == "unknown"


def test_a_login_of_an_initial_and_a_surname_after_the_given_name() -> None:
    """MiXiT 2024's 'glaforge': "when is guillaume laforge speaking", "laforge" alone."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2024, 4, 25, 11, tzinfo=zone)
    programme = small_programme(
        zone,
        [talk("gemini", start.replace(hour=14), start.replace(hour=15), "Gemini", speakers=["glaforge"])],
        people=[Person("glaforge", "glaforge")],
    )
    assert parse("when is guillaume laforge speaking", start, programme).person_ids == ("glaforge",)
    assert parse("quand parle laforge ?", start, programme).person_ids == ("glaforge",)


def test_a_login_of_a_given_name_and_a_surname_run_together() -> None:
    """MiXiT 2022's 'tariqkrim': "tariq krim keynote when?" is him (typed apart, not a slip: a
    keynote of his, not a search for keynotes)."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2022, 5, 24, 8, 40, tzinfo=zone)
    keynote = start.replace(hour=9, minute=30)
    programme = small_programme(
        zone,
        [
            talk("ethics", keynote, keynote.replace(hour=10), "Tech éthique", speakers=["tariqkrim"]),
            talk("other", keynote, keynote.replace(hour=10), "Keynote: le jaillissement de l'esprit"),
        ],
        people=[Person("tariqkrim", "tariqkrim")],
    )
    answer = respond("tariq krim keynote when?", start, programme).as_json(programme)
    assert answer["intent"] == "person" and [s["id"] for s in answer["sessions"]] == ["ethics"]


def test_a_login_that_runs_a_name_and_a_word_for_someone_together() -> None:
    """MiXiT 2018's 'romainguy': "romain guy il passe quand" ("guy" is also a word for someone)."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2018, 4, 20, 8, 45, tzinfo=zone)
    programme = small_programme(
        zone,
        [talk("android", start.replace(hour=10), start.replace(hour=11), "Modern Android", speakers=["rg"])],
        people=[Person("rg", "romainguy")],
    )
    assert parse("romain guy il passe quand", start, programme).person_ids == ("rg",)


def test_someone_asked_to_be_there_whom_a_description_names_is_no_speaker() -> None:
    """Stir Trek 2020: "est ce que scarlett johansson sera là ?" (the film screened names her) is
    someone the programme has as no speaker, not what is on now ("là")."""
    zone = ZoneInfo("America/New_York")
    start = datetime(2020, 5, 1, 16, tzinfo=zone)
    programme = small_programme(
        zone,
        [
            talk(
                "movie",
                start.replace(hour=17),
                start.replace(hour=19),
                "Movie Screenings: Black Widow",
                description="Starring Scarlett Johansson.",
            ),
            talk("talk", start.replace(hour=15), start.replace(hour=17), "Predictions", speakers=["ab"]),
        ],
        people=[Person("ab", "Ann Banks")],
    )
    answer = respond("est ce que scarlett johansson sera là ?", start, programme).as_json(programme)
    assert answer["intent"] == "unknown" and answer["sessions"] == []


def test_a_surname_in_a_phrase_of_the_titles_is_the_phrase() -> None:
    """EMF Camp 2022: "laser tag times?" asks for the laser tag sessions, not for 'Dom Tag';
    "when does dom tag speak" and "cuando habla tag" ask for him."""
    path = (
        Path(__file__).resolve().parents[2]
        / "bench"
        / "heldout"
        / "programmes"
        / "emfcamp-2022.schedule.json"
    )
    programme = load_programme(path, tz="Europe/London").programme
    at = datetime(2022, 6, 3, 14, 20, tzinfo=ZoneInfo("Europe/London"))
    laser = respond("laser tag times?", at, programme).as_json(programme)
    assert laser["intent"] == "search" and len(laser["sessions"]) == 4  # 'laser tag', 'lasertag' ×3
    assert all("laser" in s["title"].lower() for s in laser["sessions"])
    for asked in ("when does dom tag speak", "cuando habla tag"):
        assert parse(asked, at, programme).person_ids == ("dom-tag",)


def test_a_word_of_the_person_s_own_title_after_their_name_is_no_other_surname() -> None:
    """33C3: "halderman election talk when" asks for J. Alex Halderman's talk on the election, not
    for another Halderman; "richard stallman" is still nobody here where Richard is Brown."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2016, 12, 28, 14, 30, tzinfo=zone)
    end = start.replace(hour=15, minute=30)
    programme = small_programme(
        zone,
        [
            talk(
                "recount", start, end, "Recount 2016: An Audit of the Presidential Election", speakers=["jah"]
            ),
            talk("other", start, end, "Routers", speakers=["rb"]),
            *(talk(f"t{n}", start, end, f"Talk {n}") for n in range(120)),
        ],
        people=[Person("jah", "J. Alex Halderman"), Person("rb", "Richard Brown")],
    )
    question = parse("halderman election talk when", start.replace(hour=10), programme)
    assert (question.intent.value, question.person_ids) == ("person", ("jah",))
    assert parse("va a venir richard stallman?", start.replace(hour=10), programme).intent.value == "unknown"


def test_one_person_the_file_names_twice_is_answered_once() -> None:
    """PyConES 2018 lists 'Pablo Galindo' and 'Pablo Galindo Salgado': "galindo il parle quand"
    is both talks, not a choice between two people; two Pablos of other surnames stay two."""
    zone = ZoneInfo("Europe/Madrid")
    start = datetime(2018, 10, 6, 16, tzinfo=zone)
    end = start.replace(hour=17)
    programme = small_programme(
        zone,
        [
            talk("basura", start, end, "Garbage collector", speakers=["pg"]),
            talk(
                "dante",
                start.replace(day=7),
                end.replace(day=7),
                "Abandonad toda esperanza",
                speakers=["pgs"],
            ),
            talk("other", start, end, "Django", speakers=["pr"]),
        ],
        people=[
            Person("pg", "Pablo Galindo"),
            Person("pgs", "Pablo Galindo Salgado"),
            Person("pr", "Pablo Ruiz"),
        ],
    )
    answer = respond("galindo il parle quand", start.replace(hour=9), programme).as_json(programme)
    assert sorted(s["id"] for s in answer["sessions"]) == ["basura", "dante"]
    pablos = respond("pablo", start.replace(hour=9), programme).as_json(programme)
    assert pablos["sessions"] == []  # "which one?": Pablo Ruiz is someone else


def test_a_given_name_before_the_surname_of_a_login_is_that_person() -> None:
    """MiXiT 2019: "hubert sablonniere" is the speaker the file names by his login
    'hsablonniere', not a slip for another speaker 'olivier.huber'."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2019, 5, 24, 14, 30, tzinfo=zone)
    end = start.replace(hour=15, minute=20)
    programme = small_programme(
        zone,
        [
            talk("web", start, end, "Le Web et ses standards", speakers=["hsablonniere"]),
            talk("ops", start, end, "Kubernetes en prod", speakers=["olivier.huber"]),
        ],
        people=[Person("hsablonniere", "hsablonniere"), Person("olivier.huber", "olivier.huber")],
    )
    for asked in ("et Hubert Sablonniere ?", "quand parle hubert sablonniere", "sablonniere"):
        assert parse(asked, start.replace(hour=9), programme).person_ids == ("hsablonniere",), asked
    assert parse("quand parle olivier huber", start.replace(hour=9), programme).person_ids == (
        "olivier.huber",
    )


def test_would_love_is_a_wish_not_the_surname_love() -> None:
    """33C3: "…about diabetes? … would love to see what people are hacking on" asks for the
    diabetes talk, not for a speaker named Love; "talks by love" still asks for her."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2016, 12, 29, 14, tzinfo=zone)
    end = start.replace(hour=15)
    programme = small_programme(
        zone,
        [
            talk("t1d", start, end, "Type 1 Diabetes Hacking", speakers=["a"]),
            talk(
                "gov",
                start.replace(hour=18),
                start.replace(hour=19),
                "Surveillance of the State",
                speakers=["l"],
            ),
        ],
        people=[Person("a", "Ann Banks"), Person("l", "Lauri Love")],
    )
    asked = (
        "Hi! Are there any sessions about diabetes? I have type 1 and would love to see what people are"
        " hacking on."
    )
    question = parse(asked, start.replace(hour=9), programme)
    assert (question.intent.value, question.person_ids) == ("search", ())
    assert parse("talks by lauri love", start.replace(hour=9), programme).person_ids == ("l",)


def test_a_misspelt_name_with_where_the_person_is_from_is_that_person() -> None:
    """Mechelen's set_i: "gilberto jimenez de costa rica" is Desamparados' mayor Gilbert Jiminez
    (the words beside the name describe him), not a search for Costa Rica."""
    programme = load_programme(PROGRAMMES["mechelen"]).programme
    at = datetime.fromisoformat("2017-11-16T11:15:00+01:00")
    question = parse("gilberto jimenez de costa rica", at, programme)
    assert (question.intent.value, question.person_ids) == ("person", ("gilbert-jiminez",))


def test_two_people_named_in_full_with_and_between_them_are_both_asked_for() -> None:
    """Mechelen's set_i: "quand est-ce que parlent Jill Helke et Christophe Lalande ?" is both of
    them, one answer with the sessions of each; "Ann Banks and Bo Li" in English too."""
    programme = load_programme(PROGRAMMES["mechelen"]).programme
    at = datetime.fromisoformat("2017-11-16T10:50:00+01:00")
    answer = respond("quand est-ce que parlent Jill Helke et Christophe Lalande ?", at, programme)
    got = answer.as_json(programme)
    assert (got["intent"], [s["start"][5:16] for s in got["sessions"]]) == (
        "person",
        ["11-16T16:45", "11-17T14:45"],
    )
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2026, 5, 4, 10, tzinfo=zone)
    small = small_programme(
        zone,
        [
            talk("a", start, start.replace(hour=11), "Maps", speakers=["ab"]),
            talk("b", start.replace(hour=14), start.replace(hour=15), "Trains", speakers=["bl"]),
        ],
        people=[Person("ab", "Ann Banks"), Person("bl", "Bo Lima")],
    )
    both = respond("when do Ann Banks and Bo Lima speak?", start, small).as_json(small)
    assert [s["id"] for s in both["sessions"]] == ["a", "b"]


def test_the_asker_s_own_office_beside_a_question_for_sessions_now_is_no_person_asked_for() -> None:
    """Mechelen's set_j: "soy concejal de Cuenca y acabo de llegar. ¿Podría indicarme qué
    sesiones se están celebrando en este momento?" asks what is on now; the asker is a councillor,
    not asking for one."""
    programme = load_programme(PROGRAMMES["mechelen"]).programme
    at = datetime.fromisoformat("2017-11-16T15:45:00+01:00")
    asked = (
        "Buenas tardes, disculpe la molestia: soy concejal de Cuenca y acabo de llegar. ¿Podría"
        " indicarme qué sesiones se están celebrando en este momento?"
    )
    assert parse(asked, at, programme).intent.value == "now"


def test_a_famous_name_on_any_panel_is_absent() -> None:
    """NASFiC 2020: "is george rr martin on any panel?", whom the programme does not name, where
    one title's text mentions a 'George' and a speaker is a Martin: no session, not those."""
    zone = ZoneInfo("America/New_York")
    start = datetime(2020, 8, 21, 14, tzinfo=zone)
    end = start.replace(hour=15)
    programme = small_programme(
        zone,
        [
            talk(
                "awards",
                start,
                end,
                "Prometheus Awards",
                description="From George Orwell on.",
                speakers=["ms"],
            ),
            talk("hines", start, end, "Humor in fantasy", speakers=["jh"]),
        ],
        people=[Person("ms", "Martin L. Shoemaker"), Person("jh", "Jim C. Hines")],
    )
    before = start.replace(hour=12)
    for text in (
        "is george rr martin on any panel?",
        "is neil gaiman on any panel?",
        "est-ce que neil gaiman est sur un panel",
        "viene neil gaiman a algun panel?",
    ):
        question = parse(text, before, programme)
        assert question.intent == "unknown" and question.rule in ("absent-person", "unknown-name"), text
    assert parse("is jim hines on any panel?", before, programme).intent == "person"


def test_a_slip_in_the_given_name_beside_the_surname_is_that_person() -> None:
    """Supercon 2022's "donde y cuando habla sophie wong" for 'Sophy Wong'; "richard wong" is
    still someone else."""
    zone = ZoneInfo("America/Los_Angeles")
    start = datetime(2022, 11, 5, 13, tzinfo=zone)
    end = start.replace(hour=14)
    programme = small_programme(
        zone,
        [
            talk("wear", start, end, "Beyond Technique: Artistic Wearable Technology", speakers=["sw"]),
            talk("badge", start, end, "Badge hacking", speakers=["ab"]),
        ],
        people=[Person("sw", "Sophy Wong"), Person("ab", "Alex Bell")],
    )
    before = start.replace(hour=9)
    question = parse("donde y cuando habla sophie wong", before, programme)
    assert (question.intent, question.person_ids) == ("person", ("sw",))
    assert parse("when does richard wong speak", before, programme).intent == "unknown"
