"""People asked for by name: namesakes of a merged schedule."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from zoneinfo import ZoneInfo

from bot.answers.reply import respond
from bot.programme.kinds import SessionKind
from bot.programme.model import Person, Programme
from bot.understand.index import index_for
from tests.small_programme import small_programme, talk


def answered_ids(programme: Programme, at: datetime, text: str) -> list[str]:
    """The ids of the sessions respond() answers a message with."""
    return [s["id"] for s in respond(text, at, programme).as_json(programme)["sessions"]]


def test_namesakes_of_a_merged_schedule_are_one_answer() -> None:
    """The very same name under two ids (a schedule merged from others) answers for both."""
    start = datetime(2026, 5, 4, 10, tzinfo=UTC)
    people = [Person("jiska", "jiska"), Person("jiska-2", "jiska")]
    sessions = [
        talk("a", start, start.replace(hour=11), "Radios", speakers=["jiska"]),
        talk("b", start.replace(hour=12), start.replace(hour=13), "Meetup", speakers=["jiska-2"]),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)
    answer = respond("where is jiska speaking", start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["a", "b"]


def test_a_name_written_once_with_an_initial_more_is_one_person() -> None:
    """SIGGRAPH Asia 2024 writes 'Burkhard C. Wünsche' and 'Burkhard Wünsche' under two ids: one
    answer for both; 'J. Smith' and 'K. Smith' are two people, asked which."""
    start = datetime(2026, 5, 4, 10, tzinfo=UTC)
    people = [
        Person("bcw", "Burkhard C. Wünsche"),
        Person("bw", "Burkhard Wünsche"),
        Person("js", "J. Smith"),
        Person("ks", "K. Smith"),
    ]
    sessions = [
        talk("a", start, start.replace(hour=11), "GPT in class", speakers=["bcw"]),
        talk("b", start.replace(hour=12), start.replace(hour=13), "VR in class", speakers=["bw"]),
        talk("c", start.replace(hour=14), start.replace(hour=15), "Shaders", speakers=["js"]),
        talk("d", start.replace(hour=16), start.replace(hour=17), "Meshes", speakers=["ks"]),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)
    assert answered_ids(programme, start, "donde habla burkhard wunsche") == ["a", "b"]
    answer = respond("where is smith speaking", start, programme).as_json(programme)
    assert answer["sessions"] == [] and answer["people"] == ["J. Smith", "K. Smith"]


def test_two_names_in_a_row_that_nobody_has_together_are_no_one() -> None:
    """EMF Camp 2022: "is tom scott doing a talk?" is not 'Cutlasses (Scott Pitkethly)' (nor a Tom
    of the programme); "cristina riginos" is Cynthia Riginos, a family name typed after a wrong
    first name."""
    start = datetime(2026, 5, 4, 10, tzinfo=UTC)
    people = [
        Person("cutlasses", "Cutlasses (Scott Pitkethly)"),
        Person("tom", "Tom Jacobsson"),
        Person("cristina", "Cristina Alvarez"),
        Person("riginos", "Cynthia Riginos"),
    ]
    sessions = [
        talk("a", start, start.replace(hour=11), "Modular noise", speakers=["cutlasses"]),
        talk("b", start.replace(hour=12), start.replace(hour=13), "Weaving", speakers=["tom"]),
        talk("c", start.replace(hour=14), start.replace(hour=15), "Seascapes", speakers=["riginos"]),
        talk("d", start.replace(hour=16), start.replace(hour=17), "Reefs", speakers=["cristina"]),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)

    found = partial(answered_ids, programme, start)

    assert found("is tom scott doing a talk this year?") == []
    assert found("est-ce que tom scott fait une conf ?") == []
    assert found("¿tom scott hace una charla?") == []
    assert found("where does scott pitkethly play?") == ["a"]
    assert found("cristina riginos") == ["c"]


def test_a_family_name_that_is_a_little_word_is_the_name_beside_its_first_name() -> None:
    """IRE 2025's Matt Topic among five Matts: "quand passe Matt Topic ?" is he ("topic" is a word
    questions use without meaning)."""
    start = datetime(2025, 6, 19, 14, tzinfo=UTC)
    people = [Person("topic", "Matt Topic"), Person("miller", "Matt Miller")]
    sessions = [
        talk("records", start, start.replace(hour=15), "Records for covering education", speakers=["topic"]),
        talk("data", start.replace(hour=16), start.replace(hour=17), "Data", speakers=["miller"]),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)
    answer = respond("quand passe Matt Topic ?", start, programme).as_json(programme)
    assert [s["id"] for s in answer["sessions"]] == ["records"]


def test_a_speaker_asked_with_a_verb_of_speaking_or_a_kind_of_session() -> None:
    """Octocon 2024's "is jack fennel doing anything" (Jack Fennell, a slip), PyConES 2016's "miguel
    sanchez de leon il présente à quelle heure ?", DevFest Taipei's "suesi's workshop where?": the
    verb and the kind are no topic beside the name."""
    start = datetime(2024, 10, 5, 10, tzinfo=UTC)
    two = start.replace(hour=14)
    people = [
        Person("fennell", "Jack Fennell"),
        Person("msl", "Miguel Sánchez de León Peque"),
        Person("suesi", "Suesi Tran"),
    ]
    sessions = [
        talk("idioms", start, start.replace(hour=11), "Idioms are the enemy", speakers=["fennell"]),
        talk("osbrain", start.replace(hour=12), start.replace(hour=13), "osBrain", speakers=["msl"]),
        talk("flutter", two, two.replace(hour=16), "Flutter", speakers=["suesi"], kind=SessionKind.WORKSHOP),
        talk("fennel", start.replace(hour=17), start.replace(hour=18), "Cooking with fennel"),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)

    found = partial(answered_ids, programme, start)

    assert found("is jack fennel doing anything") == ["idioms"]
    assert found("miguel sanchez de leon il présente à quelle heure ?") == ["osbrain"]
    assert found("suesi's workshop where?") == ["flutter"]


def test_a_word_the_sessions_have_is_no_slip_for_a_name() -> None:
    """FOSS4G 2022: "un talk sur mars ?" is the Mars rover talk, not one of its four Markuses; a
    slip that is no word of the programme is still a name ("markos neteler")."""
    start = datetime(2022, 8, 24, 10, tzinfo=UTC)
    people = [Person("neteler", "Markus Neteler"), Person("metz", "Markus Metz")]
    sessions = [
        talk("grass", start, start.replace(hour=11), "GRASS GIS news", speakers=["neteler"]),
        talk("raster", start.replace(hour=12), start.replace(hour=13), "Raster algebra", speakers=["metz"]),
        talk("rover", start.replace(hour=14), start.replace(hour=15), "Helping to land a Mars rover"),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)

    found = partial(answered_ids, programme, start)

    assert found("un talk sur mars ?") == ["rover"]
    assert found("markos neteler") == ["grass"]


def test_a_surname_with_please_is_the_person() -> None:
    """Chicon 8: "stross schedule pls" is Charles Stross's sessions; "pls" is no topic beside his
    name, which other sessions mention; "any AI stuff" keeps its AI (French "ai" is politeness)."""
    start = datetime(2022, 9, 2, 15, tzinfo=UTC)
    people = [Person("stross", "Charles Stross")]
    sessions = [
        talk("reading", start, start.replace(hour=16), "Reading", speakers=["stross"]),
        talk("laundry", start.replace(hour=17), start.replace(hour=18), "The Laundry Files of Stross"),
        talk("accel", start.replace(hour=19), start.replace(hour=20), "Accelerando and Stross"),
        talk("ai", start.replace(hour=20), start.replace(hour=21), "AI in fiction"),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)

    found = partial(answered_ids, programme, start)

    assert found("stross schedule pls") == ["reading"]
    assert found("any AI stuff") == ["ai"]


def test_this_week_is_when_not_what() -> None:
    """Mozilla All Hands 2017: "where can I find Selena Deckleman this week" (a slip in her name)
    was a search for "week", which 'MoFo Mid-Week Reflection' has."""
    start = datetime(2017, 6, 27, 9, tzinfo=UTC)
    people = [Person("selena", "Selena Deckelmann")]
    sessions = [
        talk("homeroom", start, start.replace(hour=10), "Firefox Runtime Homeroom", speakers=["selena"]),
        talk("midweek", start.replace(hour=11), start.replace(hour=12), "MoFo Mid-Week Reflection"),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)
    found = partial(answered_ids, programme, start)
    assert found("where can I find Selena Deckleman this week") == ["homeroom"]
    assert found("où trouver Selena Deckelmann cette semaine ?") == ["homeroom"]
    assert found("¿dónde está Selena Deckelmann esta semana?") == ["homeroom"]


def test_a_name_the_programme_lacks_with_a_particle_is_nobody_here() -> None:
    """DjangoCon Europe 2024: "Guido van Rossum est là ?" answered with what was on then ("est
    là" read as now): a family name's particle parts the two words of a name nobody has."""
    start = datetime(2024, 6, 5, 10, tzinfo=UTC)
    people = [Person("sarah", "Sarah Abderemane")]
    sessions = [talk("girls", start, start.replace(hour=11), "Django Girls", speakers=["sarah"])]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)
    for text in ("Guido van Rossum est là ?", "Guido van Rossum il est là ?"):
        answer = respond(text, start, programme).as_json(programme)
        assert (answer["intent"], answer["sessions"]) == ("unknown", [])


def test_a_speaker_s_first_name_beside_a_name_nobody_has_is_someone_else() -> None:
    """AI Engineer World's Fair 2025 has four speakers called Sam: "Sam Altman fait une keynote ?"
    asks for someone the programme lacks, not for sessions saying "Sam" and a keynote."""
    start = datetime(2025, 6, 4, 9, tzinfo=UTC)
    people = [Person("julien", "Sam Julien"), Person("alba", "Sam Alba")]
    sessions = [
        talk("keynote", start, start.replace(hour=10), "Keynote: agents at work", speakers=["julien"]),
        talk("expo", start.replace(hour=11), start.replace(hour=12), "Trusting an agent", speakers=["alba"]),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)
    for text in ("Sam Altman fait une keynote ?", "Sam Altman est là ?"):
        answer = respond(text, start, programme).as_json(programme)
        assert (answer["intent"], answer["sessions"]) == ("unknown", [])
    assert answered_ids(programme, start, "Sam Julien") == ["keynote"]


def test_a_slip_in_a_name_beside_a_verb_for_hosting_is_that_person() -> None:
    """DevQuest 2026: "Stephane Philipart il anime quoi ?" (a "p" left out) asks what Stéphane
    Philippart hosts, not for sessions about "anime"."""
    start = datetime(2026, 6, 12, 10, tzinfo=UTC)
    people = [Person("sp", "Stéphane Philippart")]
    sessions = [
        talk(
            "ia",
            start.replace(hour=12),
            start.replace(hour=13),
            "Ajouter de l'IA à nos applications",
            speakers=["sp"],
        ),
        talk("anime", start.replace(hour=14), start.replace(hour=15), "Anime et animation 3D"),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)
    assert answered_ids(programme, start, "Stephane Philipart il anime quoi ?") == ["ia"]
    assert answered_ids(programme, start, "who is hosting, Stephane Philipart?") == ["ia"]


def test_a_handle_of_a_name_and_digits_is_found_by_its_name() -> None:
    """SITCON 2022's speaker "怡升 EasonC13": "eason il parle où ?"."""
    start = datetime(2022, 9, 4, 10, tzinfo=UTC)
    people = [Person("eason", "怡升 EasonC13"), Person("other", "Mikucat")]
    sessions = [
        talk(
            "research",
            start.replace(hour=11),
            start.replace(hour=12),
            "Research as a student",
            speakers=["eason"],
        ),
        talk("cats", start.replace(hour=13), start.replace(hour=14), "Cats", speakers=["other"]),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)
    assert answered_ids(programme, start, "eason il parle où ?") == ["research"]


def test_a_given_name_and_another_s_family_name_with_a_word_between_are_no_one() -> None:
    """Wikimania 2026's Tim Moody, Margo Lee and Jennifer 8. Lee: "is tim berners-lee giving a
    talk?" is none of them."""
    start = datetime(2026, 7, 23, 10, tzinfo=UTC)
    people = [Person("tim", "Tim Moody"), Person("margo", "Margo Lee"), Person("jennifer", "Jennifer 8. Lee")]
    sessions = [
        talk("a", start, start.replace(hour=11), "Offline access", speakers=["tim"]),
        talk("b", start.replace(hour=12), start.replace(hour=13), "Graphs", speakers=["margo"]),
        talk("c", start.replace(hour=14), start.replace(hour=15), "Journalism", speakers=["jennifer"]),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)
    assert answered_ids(programme, start, "is tim berners-lee giving a talk?") == []
    assert answered_ids(programme, start, "is tim moody giving a talk?") == ["a"]


def test_a_misspelt_surname_after_a_given_name_nobody_has_is_no_one() -> None:
    """DEF CON 32's Alon Leviev: "va a venir chema alonso?" is no slip for "Alon" ("chema" is no
    word of the programme); "alonn leviev" is he."""
    start = datetime(2024, 8, 9, 10, tzinfo=UTC)
    people = [Person("alon", "Alon Leviev"), Person("jeff", "Jeff Moss")]
    sessions = [
        talk("a", start, start.replace(hour=11), "Windows downdate", speakers=["alon"]),
        talk("b", start.replace(hour=12), start.replace(hour=13), "Closing ceremonies", speakers=["jeff"]),
    ]
    programme = small_programme(ZoneInfo("UTC"), sessions, people=people)
    index = index_for(programme)
    assert index.find_person(["va", "a", "venir", "chema", "alonso"]) is None
    found = index.find_person(["cuando", "habla", "alonn", "leviev"])
    assert found is not None and found.person_ids == ("alon",)
    assert answered_ids(programme, start, "cuando habla alonn leviev") == ["a"]
