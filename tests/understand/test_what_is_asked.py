"""What a message asks, apart from what it only tells: a clause told in passing ("just got out of
the taxi, …"), the asker saying who they are, travel paperwork, a common word near a speaker's
name, a programme word met in another sense than the idea it starts like."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.answers.reply import respond, respond_in
from bot.programme.kinds import SessionKind
from bot.programme.loading import load_programme
from bot.programme.model import Person, Programme
from bot.understand.followup import Conversations
from bot.understand.parse import parse
from bot.understand.question import Intent
from tests.small_programme import small_programme, talk

MECHELEN = Path(__file__).resolve().parents[2] / "data" / "mechelen-2017" / "programme.toml"
ZONE = ZoneInfo("Europe/Brussels")
START = datetime(2017, 11, 16, 10, tzinfo=ZONE)
END = START.replace(hour=12)


def _forum() -> Programme:
    """A forum's morning: a talk on housing by the mayor of Dakar (his office in his affiliation),
    one whose text says "lessons learned" in French, one on the Arab region, one by a Mr Decorte."""
    return small_programme(
        ZONE,
        [
            talk("housing", START, END, "Le logement des migrants", speakers=["soham"]),
            talk(
                "lessons",
                START,
                END,
                "Villes et migration",
                description="Les enseignements tirés des partenariats entre villes.",
            ),
            talk("region", START, END, "Migration dans la région arabe"),
            talk("welcome", START, END, "Mot de bienvenue", speakers=["decorte"]),
        ],
        people=[
            Person("soham", "Soham El Wardini", affiliation="Maire de Dakar"),
            Person("decorte", "Filiep Decorte"),
        ],
    )


def test_a_clause_told_in_passing_does_not_make_a_question_on_what_is_on_now_practical() -> None:
    programme = _forum()
    at = START.replace(minute=30)
    for text in (
        "just got out of the taxi, what am I missing right now?",
        "Excusez-moi, je viens d'arriver de la gare en taxi, qu'est-ce qui a lieu actuellement ?",
    ):
        question = parse(text, at, programme)
        assert (question.intent, question.rule) == (Intent.NOW, "now"), text
    # Asked as a question of its own, the taxi is still what the conference information lacks.
    assert parse("where is the taxi rank?", at, programme).intent == Intent.UNKNOWN


def test_the_asker_saying_who_they_are_is_no_person_asked_for() -> None:
    text = (
        "Bonjour, je suis conseillère municipale à Dakar et je m'intéresse au logement des migrants. "
        "Y a-t-il une session là-dessus ?"
    )
    programme = _forum()
    question = parse(text, START, programme)
    assert question.intent == Intent.SEARCH
    assert [s["id"] for s in respond(text, START, programme).as_json(programme)["sessions"]] == ["housing"]


def test_a_visa_to_travel_is_what_the_conference_information_lacks() -> None:
    programme = _forum()
    for text in (
        "Bonsoir, faut-il un visa Schengen pour venir depuis Dakar ? merci",
        "do I need a schengen visa?",
        "necesito visa para ir?",
    ):
        assert parse(text, START, programme).rule == "out-of-scope", text


def test_a_common_word_near_a_speaker_s_name_is_no_slip_for_it() -> None:
    """ "algo de deporte?" (sports) asks for no Mr Decorte."""
    assert parse("algo de deporte?", START, _forum()).intent != Intent.PERSON


def test_a_programme_word_in_another_sense_is_no_form_of_an_idea() -> None:
    """ "Les enseignements tirés" are lessons learned: no session on education."""
    programme = _forum()
    for text in ("hay algo de educacion", "anything on education?"):
        assert respond(text, START, programme).as_json(programme)["sessions"] == [], text


def test_a_region_of_the_world_asked_in_another_language() -> None:
    programme = _forum()
    for text in ("anything about the arab world?", "algo sobre el mundo arabe"):
        assert [s["id"] for s in respond(text, START, programme).as_json(programme)["sessions"]] == [
            "region"
        ], text


def _talks(*titles: str, speakers: tuple[Person, ...] = ()) -> Programme:
    sessions = [talk(f"t{n}", START, END, title) for n, title in enumerate(titles)]
    if speakers:
        sessions.append(talk("named", START, END, "Algoritmos bioinspirados", speakers=[speakers[0].id]))
    return small_programme(ZONE, sessions, people=speakers)


def _found(programme: Programme, text: str) -> list[str]:
    return [s["id"] for s in respond(text, START, programme).as_json(programme)["sessions"]]


def test_who_after_what_it_names_says_which_rather_than_asks_who() -> None:
    """CONFEST 2026's "un exposé sur les personnes âgées qui vivent seules ?"."""
    programme = _talks("Supporting Older Adults Living Independently", "Model checking")
    assert _found(programme, "y a un exposé sur les personnes âgées qui vivent seules ?") == ["t0"]


def test_will_there_be_is_not_what_is_sought() -> None:
    """ "y aura une table ronde ?", "¿habrá mesa redonda?" of a programme whose panel is one."""
    programme = _talks("Panel Session discussing the Industrial use of Formal Methods", "Model checking")
    assert _found(programme, "y aura une table ronde ? c'est où") == ["t0"]
    assert _found(programme, "habra mesa redonda?") == ["t0"]


def test_a_filler_word_of_a_title_s_phrase_across_little_words() -> None:
    """ "right to the city workshop?": "right" (as in "right now") is the title's, "to the" between."""
    programme = _talks("Human mobility and the right to the city", "Urban resilience in the city")
    assert _found(programme, "right to the city workshop?") == ["t0"]


def test_took_place_is_no_topic() -> None:
    """ "l'atelier sur le droit à la ville il a eu lieu quand ?": no "eu" (the EU), no "lieu"."""
    programme = _talks("Le droit à la ville", "L'Union européenne et les villes", "Un lieu de mémoire")
    text = "l'atelier sur le droit à la ville il a eu lieu quand ?"
    assert parse(text, START, programme).topic == ("droit", "ville")
    assert _found(programme, text) == ["t0"]


def test_a_word_of_a_speaker_s_name_asks_for_nothing_practical() -> None:
    """SNCT Itacoatiara 2022's Javier Ropero Peláez: "ropero" is also a wardrobe."""
    programme = _talks("Química verde", speakers=(Person("jrp", "Javier Ropero Peláez"),))
    question = parse("when is Javier Ropero Pelaez speaking?", START, programme)
    assert (question.intent, question.person_ids) == (Intent.PERSON, ("jrp",))


def test_a_word_beside_a_surname_from_the_person_s_office_or_talk_names_no_one_else() -> None:
    """ "mayor pomanto makassar", "Mayor Iddrisu of Tamale" (the file says "Maire de …"), "ammerman
    drone talk when" (his title says "Drones")."""
    sessions = [
        talk("city", START, END, "Villes et migration", speakers=["pomanto"]),
        talk("drones", START, END, "Deploying IoT devices via Drones", speakers=["ammerman"]),
    ]
    people = [
        Person("pomanto", "Mohammad Ramdhan Pomanto", affiliation="Maire de Makassar", country="Indonésie"),
        Person("ammerman", "Brad Ammerman"),
    ]
    programme = small_programme(ZONE, sessions, people=people)
    for text, person in (
        ("mayor pomanto makassar", "pomanto"),
        ("ammerman drone talk when", "ammerman"),
    ):
        question = parse(text, START, programme)
        assert (question.intent, question.person_ids) == (Intent.PERSON, (person,)), text


def test_an_idea_finds_the_sessions_on_the_ideas_it_holds() -> None:
    """ "natural disasters" finds the sessions on earthquakes and hurricanes, "deporte" the one on
    football; examples in brackets are alternatives ("catastrophes naturelles (séismes,
    ouragans)")."""
    programme = _talks(
        "Cities after the earthquake", "Hurricane season and displacement", "Football clubs for newcomers"
    )
    assert sorted(_found(programme, "anything on natural disasters?")) == ["t0", "t1"]
    assert sorted(_found(programme, "desastres naturales?")) == ["t0", "t1"]
    assert _found(programme, "algo de deporte?") == ["t2"]
    # Not the other way round: an earthquake is no hurricane.
    assert _found(programme, "anything on earthquakes?") == ["t0"]


def test_when_a_pause_is_on_a_day_said_at_its_hour() -> None:
    """ "qd est-ce qu'on mange demain midi ?": when lunch is tomorrow, not what is on at noon."""
    tomorrow = START.replace(day=17)
    sessions = [
        talk(
            "talks", tomorrow.replace(hour=11, minute=15), tomorrow.replace(hour=12, minute=45), "Session 1"
        ),
        talk(
            "lunch",
            tomorrow.replace(hour=12, minute=45),
            tomorrow.replace(hour=13, minute=30),
            "Pause déjeuner",
            kind=SessionKind.LUNCH,
        ),
    ]
    programme = small_programme(ZONE, sessions)
    at = START.replace(hour=17, minute=35)
    assert [
        s["id"]
        for s in respond("qd est-ce qu'on mange demain midi ?", at, programme).as_json(programme)["sessions"]
    ] == ["lunch"]


def test_the_one_of_another_place_after_a_person_asked_by_office() -> None:
    """The Mechelen forum's "quand parle le maire de Bamako ?" then "et celui de Pikine ?"."""
    programme = load_programme(MECHELEN).programme
    conversations = Conversations()
    at = datetime(2017, 11, 16, 9, 10, tzinfo=ZONE)
    respond_in(conversations, "chat", "quand parle le maire de Bamako ?", at, programme)
    then = respond_in(conversations, "chat", "et celui de Pikine ?", at, programme)
    assert then.answer.question.person_ids == ("abdoulaye-thimbo",)


def test_ufos_and_mpox_in_other_languages() -> None:
    programme = _talks("Neural Nets and Flying Saucers", "Monkeypox: o que sabemos")
    assert _found(programme, "hay algo de ovnis??") == ["t0"]
    assert _found(programme, "algo sobre la viruela del mono?") == ["t1"]


def test_two_times_in_one_message_are_both_answered() -> None:
    """ "que hay el viernes a las 10 y a las 14": what is on at each, the second on the first's day
    unless it says its own ("at 9 on thursday and at 9 on friday")."""
    friday = START.replace(day=17)
    sessions = [
        talk("thu9", START.replace(hour=9), START.replace(hour=10), "Welcome"),
        talk("fri9", friday.replace(hour=9), friday.replace(hour=11), "Second day"),
        talk("fri14", friday.replace(hour=13, minute=30), friday.replace(hour=15), "European perspective"),
        talk("thu14", START.replace(hour=13, minute=30), START.replace(hour=15), "Drivers of migration"),
    ]
    programme = small_programme(ZONE, sessions)
    evening = START.replace(day=15, hour=19)
    spanish = respond("que hay el viernes a las 10 y a las 14", evening, programme)
    assert [s.id for s in spanish.answer.sessions] == ["fri9", "fri14"]
    assert spanish.html.count("viernes") == 2  # a heading for each time
    english = respond("what's on at 9 on thursday and at 9 on friday", evening, programme)
    assert [s.id for s in english.answer.sessions] == ["thu9", "fri9"]


def test_a_title_word_beside_words_describing_many_people_asks_for_the_talk() -> None:
    """Pass the SALT 2018: "Is there a talk explaining Landlock? I'd like to learn about Linux
    security modules.", where seven speakers are described by "security"."""
    path = MECHELEN.parents[2] / "bench" / "heldout" / "programmes" / "pass-the-salt-2018.schedule.xml"
    programme = load_programme(path, tz="Europe/Paris").programme
    at = datetime(2018, 7, 2, 15, 10, tzinfo=ZoneInfo("Europe/Paris"))
    text = "Is there a talk explaining Landlock? I'd like to learn about Linux security modules."
    titles = [s["title"] for s in respond(text, at, programme).as_json(programme)["sessions"]]
    assert len(titles) == 1 and "Landlock" in titles[0]


def test_a_word_for_a_session_beside_a_misspelt_name_asks_for_that_person() -> None:
    """EuroSciPy 2023's "a que hora es la keynote de giada pistili" (Giada Pistilli)."""
    sessions = [
        talk("ethics", START, END, "Integrating Ethics in ML", speakers=["gp"]),
        talk("polars", START.replace(day=17), END.replace(day=17), "Keynote on polars", speakers=["rv"]),
    ]
    people = [Person("gp", "Giada Pistilli"), Person("rv", "Ritchie Vink")]
    programme = small_programme(ZONE, sessions, people=people)
    question = parse("a que hora es la keynote de giada pistili", START.replace(hour=8), programme)
    assert (question.intent, question.person_ids) == (Intent.PERSON, ("gp",))


def test_where_something_the_faq_explains_is_discussed_asks_for_the_sessions() -> None:
    """The Mechelen forum's "où on parle de la déclaration de Malines ?" (its FAQ says what the
    declaration is; "c'est quoi la déclaration de Malines ?" still asks that)."""
    programme = load_programme(MECHELEN).programme
    at = datetime(2017, 11, 17, 10, 10, tzinfo=ZONE)
    assert parse("où on parle de la déclaration de Malines ?", at, programme).intent == Intent.SEARCH
    assert parse("c'est quoi la déclaration de Malines ?", at, programme).intent == Intent.INFO


def test_pauses_in_a_part_of_the_day() -> None:
    """ "coffee breaks this afternoon?", "les pauses cet après-midi ?": the afternoon's, not the
    morning's (and "après-midi" asks for nothing after a pause)."""
    friday = START.replace(day=17)
    sessions = [
        talk(
            "am", friday.replace(hour=11), friday.replace(hour=11, minute=15), "Pause", kind=SessionKind.BREAK
        ),
        talk("talk", friday.replace(hour=11, minute=15), friday.replace(hour=12, minute=45), "Session 1"),
        talk(
            "pm",
            friday.replace(hour=14, minute=30),
            friday.replace(hour=14, minute=45),
            "Pause",
            kind=SessionKind.BREAK,
        ),
    ]
    programme = small_programme(ZONE, sessions)
    noon = friday.replace(hour=12)
    for text in ("coffee breaks this afternoon?", "les pauses cet après-midi ?"):
        assert [s["id"] for s in respond(text, noon, programme).as_json(programme)["sessions"]] == ["pm"], (
            text
        )


def test_examples_in_brackets_are_alternatives_and_a_city_in_brackets_describes() -> None:
    """The Mechelen forum's "catastrophes naturelles (séismes, ouragans...)" finds the sessions on
    any of them; "Papagianakis (Athènes) c'est à quelle heure ?" is the deputy mayor of Athens with
    a slip, his city beside him."""
    programme = load_programme(MECHELEN).programme
    at = datetime(2017, 11, 16, 10, 22, tzinfo=ZONE)
    both = respond("Les catastrophes naturelles (séismes, ouragans), c'est abordé où ?", at, programme)
    assert len(both.answer.sessions) == 3
    person = parse("Papagianakis (Athènes) c'est à quelle heure et dans quelle salle ?", at, programme)
    assert (person.intent, person.person_ids) == (Intent.PERSON, ("eleftherios-papagiannakis",))


def test_what_is_only_told_before_a_question_on_what_comes_first() -> None:
    """ "Bonsoir, je viens d'arriver à Malines. Quelle est la première séance demain matin ?": no
    search for the city, no mayor described by it: the first session tomorrow."""
    programme = load_programme(MECHELEN).programme
    evening = datetime(2017, 11, 15, 21, 30, tzinfo=ZONE)
    text = (
        "Bonsoir, je viens d'arriver à Malines. Quelle est la première séance demain matin, s'il vous plaît ?"
    )
    reply = respond(text, evening, programme)
    assert reply.answer.question.intent == Intent.NEXT
    assert [s.start.hour for s in reply.answer.sessions] == [9]


def test_how_to_ask_for_talks_beside_what_the_bot_can_do_is_help() -> None:
    """BSides Puerto Rico 2024's "¿Qué puedes hacer exactamente y cómo te pregunto por las charlas?"."""
    programme = _talks("I Spy With My Hacker Eye", "Med Team vs Red Team")
    text = "Hola, buenos días. ¿Qué puedes hacer exactamente y cómo te pregunto por las charlas?"
    assert parse(text, START, programme).intent == Intent.HELP


def test_a_title_before_a_surname_names_no_one_else() -> None:
    """ "and ambassador Swing?", "l'ambassadeur Swing parle quand ?": William Swing."""
    programme = load_programme(MECHELEN).programme
    at = datetime(2017, 11, 17, 8, 21, tzinfo=ZONE)
    for text in ("when does ambassador Swing speak?", "l'ambassadeur Swing parle quand ?"):
        question = parse(text, at, programme)
        assert (question.intent, question.person_ids) == (Intent.PERSON, ("william-swing",)), text


def test_an_office_whose_qualifier_no_one_described_holds_is_no_one() -> None:
    """ "Is the UN special representative for migration speaking?": the representatives here are a
    city's or an association's, none special; "the mayor of Samos" is one."""
    programme = load_programme(MECHELEN).programme
    at = datetime(2017, 11, 16, 9, 15, tzinfo=ZONE)
    for text in (
        "Is the UN special representative for migration speaking?",
        "when does the UN special representative for international migration speak?",
    ):
        assert parse(text, at, programme).intent == Intent.UNKNOWN, text
    mayor = parse("when does the mayor of samos speak?", at, programme)
    assert (mayor.intent, mayor.person_ids) == (Intent.PERSON, ("michail-angelopoulos",))


def test_a_narrower_craft_or_art_is_asked_for_alone() -> None:
    """Arisia 2019's "donde aprendo ganchillo" (crochet, not knitting), "y a un atelier cotte de
    mailles ?", "escrime c ou et qd", "les animés japonais" (anime, not manga)."""
    programme = _talks(
        "Learn to Crochet",
        "Learn to Knit",
        "Chainmail 101: European 4 in 1 Weave",
        "Open Fencing",
        "Introduction to Anime",
        "The Manga That Makes Me Happy",
    )
    assert _found(programme, "donde aprendo ganchillo") == ["t0"]
    assert _found(programme, "je veux apprendre le tricot") == ["t1"]
    assert _found(programme, "y a un atelier cotte de mailles ?") == ["t2"]
    assert _found(programme, "escrime c ou et qd") == ["t3"]
    assert _found(programme, "les animés japonais c'est quand ?") == ["t4"]


def test_a_topic_is_found_inside_a_title_of_chinese_or_japanese_signs() -> None:
    """PyCon JP 2022's "l'ordinateur quantique c'est quand ?", SITCON 2022's "anything about
    fuzzing?": the idea's Japanese or Chinese form inside a title that runs its words together."""
    programme = _talks("量子コンピュータ入門", "模糊測試實戰", "Pythonで始める機械学習", "網頁設計")
    assert _found(programme, "l'ordinateur quantique c'est quand ?") == ["t0"]
    assert _found(programme, "anything about fuzzing?") == ["t1"]
    assert _found(programme, "algo de aprendizaje automático?") == ["t2"]


def test_a_chinese_title_of_two_signs_and_chinese_forms_of_ideas() -> None:
    """PyCon China 2021's "cuando son los sorteos??" (its raffles are titled '抽奖', two signs,
    a whole word), "des talks sur les réseaux de neurones ?", "anything on brain science?"."""
    programme = _talks("抽奖", "中场休息 / 抽奖", "基于神经网络的图像识别", "脑科学与 Python", "网页设计")
    assert sorted(_found(programme, "cuando son los sorteos??")) == ["t0", "t1"]
    assert _found(programme, "des talks sur les réseaux de neurones ?") == ["t2"]
    assert _found(programme, "anything on brain science?") == ["t3"]


def test_statistics_topics_asked_in_french_or_spanish() -> None:
    """rstudio::conf 2022's "et les donnees manquantes", "hay charlas de analisis de supervivencia?"."""
    programme = _talks("The Future of missing data", "censored - Survival Analysis in tidymodels", "Apps")
    assert _found(programme, "et les donnees manquantes") == ["t0"]
    assert _found(programme, "hay charlas de analisis de supervivencia?") == ["t1"]


def test_a_word_for_a_room_no_room_has_that_titles_have_is_a_topic() -> None:
    """The Geneva book fair's "any theatre stuff?" (no room is a theatre, a title says "Le théâtre
    fait salon"), "are there talks about animals", "hay cuentos?"."""
    programme = _talks("Le théâtre fait salon", "A quoi pensent les animaux?", "Contes arméniens")
    assert _found(programme, "any theatre stuff?") == ["t0"]
    assert _found(programme, "are there talks about animals") == ["t1"]
    assert _found(programme, "hay cuentos?") == ["t2"]


def test_convention_crafts_and_a_series_named_with_a_practical_word() -> None:
    """Westercon 66's "et sur le maquillage ?", "c'est quand le truc sur les chaussures";
    LoneStarCon 3's "algo de trenzas?", "charlas de hombres lobo", "anything doctor who related?"
    (the series, not a doctor on site)."""
    programme = _talks(
        "Makeup SFx",
        "Shoes, Shoes and More Shoes!",
        "Braids & Braiding",
        "I Married a Werewolf",
        "Doctor Who: Asylum of the Daleks",
    )
    assert _found(programme, "et sur le maquillage ?") == ["t0"]
    assert _found(programme, "c'est quand le truc sur les chaussures") == ["t1"]
    assert _found(programme, "algo de trenzas?") == ["t2"]
    assert _found(programme, "charlas de hombres lobo") == ["t3"]
    assert _found(programme, "anything doctor who related?") == ["t4"]
    assert parse("is there a doctor on site?", START, programme).intent == Intent.UNKNOWN


def test_cheating_is_asked_in_french_and_spanish() -> None:
    """SIGCSE 2022's "il y a qqch sur la triche ?": cheating, held by academic integrity."""
    programme = _talks("Cheating Detection in Online Exams", "Plagiarism and AI", "Pair Programming")
    assert _found(programme, "il y a qqch sur la triche ?") == ["t0"]
    assert _found(programme, "hay algo sobre integridad académica?") == ["t1", "t0"]


def test_a_practical_question_beside_one_on_what_is_on_is_a_question_of_its_own() -> None:
    """ "hey what's on now? also is there wifi here": the programme answers the first; a clause
    that asks what is on about a menu ("whats on the supper menu") is still the menu's."""
    programme = _forum()
    at = START.replace(minute=30)
    for text in (
        "hey what's on now? also is there wifi here",
        "hay algo ahora? y donde puedo dejar el abrigo",
        "what's on now and is there wifi?",  # set_z's: two questions with no mark between them
        "is there wifi and what's on now",
    ):
        question = parse(text, at, programme)
        assert (question.intent, question.rule) == (Intent.NOW, "now"), text
    menu = parse("whats on the supper menu, any vegetarian options?", at, programme)
    assert (menu.intent, menu.rule) == (Intent.UNKNOWN, "out-of-scope")
    for text in ("et pour manger a midi c quoi le menu ?", "que hay de almuerzo"):  # set_y's
        assert parse(text, at, programme).intent == Intent.UNKNOWN, text


def test_a_price_is_what_the_conference_information_lacks() -> None:
    """NASFiC 2020: "how much is a membership" names no session about members."""
    programme = _talks("Membership drives for fan clubs", "Model checking")
    for text in ("how much is a membership", "c'est combien l'adhésion ?", "cuanto sale la entrada?"):
        assert parse(text, START, programme).intent == Intent.UNKNOWN, text


def test_talks_or_workshops_asks_for_any_session_on_the_topic() -> None:
    """Fri3d Camp 2026: "des présentations ou des ateliers autour de Home Assistant" asks for its
    talks as well as its workshop; "des ateliers" alone for the workshop."""
    programme = small_programme(
        ZONE,
        [
            talk(
                "workshop",
                START,
                END,
                "Smart Home Engineering met ESP32 & Home Assistant",
                kind=SessionKind.WORKSHOP,
            ),
            talk("podcast", START, END, "Opname podcast Home Assistant"),
            talk("other", START, END, "Model checking"),
        ],
    )
    for text in (
        "des présentations ou des ateliers autour de Home Assistant ?",
        "talks or workshops on home assistant",
        "charlas o talleres de home assistant",
    ):
        assert sorted(_found(programme, text)) == ["podcast", "workshop"], text
    assert _found(programme, "des ateliers sur home assistant") == ["workshop"]


def test_what_follows_said_as_chaining_on_or_kicking_off() -> None:
    """ "on enchaîne sur quoi ?" during a break asks what comes next; "what kicks off tomorrow?"
    the evening before, what comes first."""
    programme = load_programme(MECHELEN).programme
    chained = parse("on enchaine sur quoi ?", datetime.fromisoformat("2017-11-17T14:35:00+01:00"), programme)
    assert chained.intent == Intent.NEXT
    first = respond(
        "what kicks off tomorrow?", datetime.fromisoformat("2017-11-15T22:00:00+01:00"), programme
    ).as_json(programme)
    assert [s["start"] for s in first["sessions"]] == ["2017-11-16T09:00:00+01:00"]
    # TransparencyCamp 2012's "qu'est-ce qui ouvre la journée demain matin ?", "¿con qué arranca el
    # domingo?".
    evening = datetime.fromisoformat("2017-11-16T20:00:00+01:00")
    for text in ("qu'est-ce qui ouvre la journée demain matin ?", "con que arranca el viernes?"):
        opening = respond(text, evening, programme).as_json(programme)
        assert [s["start"] for s in opening["sessions"]] == ["2017-11-17T09:00:00+01:00"], text


def test_asking_when_things_resume_is_what_comes_next() -> None:
    """A fresh Mechelen set's "ça reprend quand ?" during Friday's lunch: the sessions at 13:30,
    as "when does it resume?" and "¿cuándo se reanuda?"; "wots on" is what is on now."""
    programme = load_programme(MECHELEN).programme
    lunch = datetime.fromisoformat("2017-11-17T12:50:00+01:00")
    for text in ("ça reprend quand ?", "when does it resume?", "cuando se reanuda?"):
        answer = respond(text, lunch, programme).as_json(programme)
        assert answer["intent"] == "next", text
        assert {s["start"] for s in answer["sessions"]} == {"2017-11-17T13:30:00+01:00"}, text
    assert parse("wots on", lunch, programme).intent == Intent.NOW
    assert parse("c'est quoi d'apres", lunch, programme).intent == Intent.NEXT


def test_the_next_train_is_no_session_and_till_the_end_is_what_comes() -> None:
    """A fresh Mechelen set's "c'est quand le prochain train pour bruxelles ?" (no programme says)
    and "what's on in the auditorium from now till the end of the conference?" (all that comes)."""
    programme = load_programme(MECHELEN).programme
    at = datetime.fromisoformat("2017-11-16T15:50:00+01:00")
    for text in ("c'est quand le prochain train pour bruxelles ?", "when is the next train to brussels",
                 "cuando sale el proximo tren a bruselas"):  # fmt: skip
        assert parse(text, at, programme).intent == Intent.UNKNOWN, text
    for text in ("what's on in the auditorium from now till the end of the conference?",
                 "que hay en el auditorio hasta el final"):  # fmt: skip
        question = parse(text, at, programme)
        assert (question.intent, question.room_id) == (Intent.NEXT, "auditoire"), text


def test_what_comes_next_in_a_room_and_a_cloakroom_asked_apart() -> None:
    """A fresh Mechelen set's "c'est quoi la prochaine session dans l'auditoire et il y a un
    vestiaire ?": what comes in that room (the cloakroom is a question of its own)."""
    programme = load_programme(MECHELEN).programme
    at = datetime.fromisoformat("2017-11-16T15:40:00+01:00")
    text = "c'est quoi la prochaine session dans l'auditoire et il y a un vestiaire ?"
    question = parse(text, at, programme)
    assert (question.intent, question.room_id) == (Intent.NEXT, "auditoire")
    assert parse("il y a un vestiaire ?", at, programme).intent == Intent.UNKNOWN


def test_what_is_on_now_and_where_a_room_is_asks_what_is_on_everywhere() -> None:
    """Fresh Mechelen sets' "what's on now and where is the scala?", "qu'est-ce qui se passe
    maintenant et c'est ou la salle alcazar ?", "ahora que hay y donde esta el alcazar?": what is
    on in every room (where the room is, a question of its own); a room asked alone still is."""
    texts = (
        "what's on now and where is the scala?",
        "qu'est-ce qui se passe maintenant et c'est ou la salle alcazar ?",
        "ahora que hay y donde esta el alcazar?",
        "whats on in alcazar now",
        "where is the scala?",
    )
    expected = [(Intent.NOW, None)] * 3 + [(Intent.NOW, "alcazar"), (Intent.ROOM_INFO, "scala")]
    assert _asked_at("2017-11-16T15:40:00+01:00", texts) == dict(zip(texts, expected, strict=True))


def _asked_at(instant: str, texts: tuple[str, ...]) -> dict[str, tuple[Intent, str | None]]:
    """Each message's intent and room, asked of the Mechelen programme at `instant`."""
    programme = load_programme(MECHELEN).programme
    at = datetime.fromisoformat(instant)
    questions = {text: parse(text, at, programme) for text in texts}
    return {text: (question.intent, question.room_id) for text, question in questions.items()}


def test_the_asker_s_own_words_ask_for_nothing_practical() -> None:
    """A fresh Mechelen set's "I work for a city near Port-au-Prince - is any session going to
    discuss Haiti?": the session on Haiti, not the conference's information about a port."""
    programme = load_programme(MECHELEN).programme
    at = datetime.fromisoformat("2017-11-16T09:45:00+01:00")
    text = "Hi there! I work for a city near Port-au-Prince - is any session going to discuss Haiti? Thanks"
    answer = respond(text, at, programme).as_json(programme)
    assert answer["intent"] == "search" and len(answer["sessions"]) == 1
    assert parse("I work at the airport, is there parking?", at, programme).intent == Intent.UNKNOWN


def test_the_room_with_an_interpretation_no_other_has() -> None:
    """Three fresh Mechelen sets' "the room with turkish interpretation": the one room interpreted
    into Turkish (not 'Dijlezaal', whose alias says "room"); rooms in a language several have are
    listed."""
    texts = (
        "what's coming up in the room with turkish interpretation",
        "qu'est-ce qu'il y a en ce moment dans la salle avec l'interpretation en turc ?",
        "la sala con traduccion al turco que hay ahora",
        "which rooms have spanish interpretation",
    )
    expected = [(Intent.NEXT, "auditoire"), *[(Intent.NOW, "auditoire")] * 2, (Intent.ROOMS, None)]
    assert _asked_at("2017-11-16T15:45:00+01:00", texts) == dict(zip(texts, expected, strict=True))


def test_asking_when_the_break_is_is_no_question_on_now() -> None:
    """MODELS 2016's "a que hora es la pausa cafe": when the coffee breaks are, not what is on."""
    programme = load_programme(MECHELEN).programme
    at = datetime.fromisoformat("2017-11-16T10:00:00+01:00")
    for text in ("a que hora es la pausa cafe", "cuando es la pausa cafe"):
        question = parse(text, at, programme)
        assert question.intent == Intent.SEARCH and SessionKind.BREAK in question.kinds, text


def test_what_follows_a_question_with_no_mark_of_its_own_is_told() -> None:
    """LoneStarCon 3's "c'est quoi le tout premier truc demain matin ? on arrive a san antonio ce
    soir": the first session tomorrow, not a place named San Antonio, nor a topic."""
    programme = load_programme(MECHELEN).programme
    evening = datetime.fromisoformat("2017-11-16T21:00:00+01:00")
    text = "c'est quoi le tout premier truc demain matin ? on arrive a bruxelles ce soir"
    answer = respond(text, evening, programme).as_json(programme)
    assert answer["intent"] == "next"
    assert [s["start"] for s in answer["sessions"]] == ["2017-11-17T09:00:00+01:00"]
    # A last clause that asks is asked, mark or not (EMF Camp 2018's).
    menu = respond("is lunch included? whats on the menu", evening, programme).as_json(programme)
    assert menu["intent"] == "unknown"
