"""The lexicon's files load (topics and each language's words), and an entry no question could
match is refused, naming the file, the table and the entry: one test per kind of bad entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.programme.kinds import SessionKind
from bot.understand.lexicon import (
    FOLDER,
    MONTH_KEYS,
    WEEKDAY_KEYS,
    LexiconError,
    read_ideas,
    read_language,
    read_lexicon,
    topic_ideas,
)
from bot.understand.text import fold
from bot.understand.vocabulary import (
    FILLER_WORDS,
    HELP_WORDS,
    KIND_WORDS,
    LANGUAGE_MARKERS,
    MONTHS,
    PERSON_NOUNS,
    ROLE_WORDS,
    STOPWORDS,
    WEEKDAYS,
)


def test_the_shipped_topics_load_with_every_language() -> None:
    ideas = topic_ideas()
    assert len(ideas) >= 300

    def idea_of(form: str) -> frozenset[str]:
        return next(idea.forms for idea in ideas if form in idea.forms)

    assert {"privacy", "privacidad", "vie privee"} <= idea_of("privacidad")
    assert {"database", "bases de datos", "base de donnees", "db"} <= idea_of("bases de datos")
    assert {"artificial intelligence", "ia", "inteligencia artificial"} <= idea_of("ia")


def test_german_forms_are_optional_and_read_as_the_others(tmp_path: Path) -> None:
    path = tmp_path / "topics.toml"
    path.write_text(
        '[encryption]\nen = ["encryption"]\nfr = ["chiffrement"]\nes = ["cifrado"]\n'
        'de = ["Verschlüsselung", "verschlüsselte"]\n'
        '[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = ["privacidad"]\n',
        encoding="utf-8",
    )
    encryption, privacy = read_ideas(path, STOPWORDS)
    assert encryption.forms == {"encryption", "chiffrement", "cifrado", "verschlusselung", "verschlusselte"}
    assert encryption.name_in("fr") == "chiffrement"
    # (a German form is a programme's word: an answer names the idea in a question's language)
    assert encryption.name_in("de") == "encryption"
    assert privacy.forms == {"privacy", "vie privee", "privacidad"}  # no German forms: none needed


def test_the_shipped_topics_have_german_forms_for_programmes_written_in_german() -> None:
    def idea_of(form: str) -> frozenset[str]:
        return next(idea.forms for idea in topic_ideas() if form in idea.forms)

    assert {"encryption", "chiffrement", "verschlusselung"} <= idea_of("verschlusselung")
    assert {"data protection", "protection des donnees", "datenschutz"} <= idea_of("datenschutz")
    assert {"gdpr", "rgpd", "dsgvo"} <= idea_of("dsgvo")  # the regulation, not all of data protection
    assert "rgpd" not in idea_of("datenschutz")
    assert {"sustainability", "sostenibilidad", "nachhaltigkeit"} <= idea_of("nachhaltigkeit")


def test_italian_forms_are_optional_and_read_as_the_others(tmp_path: Path) -> None:
    path = tmp_path / "topics.toml"
    path.write_text(
        '[surveillance]\nen = ["surveillance"]\nfr = ["surveillance"]\nes = ["vigilancia"]\n'
        'de = ["Überwachung"]\nit = ["sorveglianza", "sorveglianza di massa"]\n'
        '[journalism]\nen = ["journalism"]\nfr = ["journalisme"]\nes = ["periodismo"]\n'
        'it = ["giornalismo", "giornalisti"]\n',
        encoding="utf-8",
    )
    surveillance, journalism = read_ideas(path, STOPWORDS)
    assert surveillance.forms == {
        "surveillance", "vigilancia", "uberwachung", "sorveglianza", "sorveglianza di massa",
    }  # fmt: skip
    assert surveillance.name_in("it") == "surveillance"  # a programme's word, as German ones
    assert journalism.forms == {"journalism", "journalisme", "periodismo", "giornalismo", "giornalisti"}
    assert journalism.name_in("de") == "journalism"  # no German forms: the idea's word


def test_the_shipped_topics_have_italian_forms_for_programmes_written_in_italian() -> None:
    def idea_of(form: str) -> frozenset[str]:
        return next(idea.forms for idea in topic_ideas() if form in idea.forms)

    assert {"surveillance", "vigilancia", "uberwachung", "sorveglianza"} <= idea_of("sorveglianza")
    assert {"journalists", "periodistas", "giornalisti", "giornalista"} <= idea_of("giornalisti")
    ai = "intelligenza artificiale"
    assert {"artificial intelligence", "ia", "inteligencia artificial", ai} <= idea_of(ai)
    assert {"cybersecurity", "sicurezza digitale"} <= idea_of("sicurezza digitale")
    assert {"closing", "cloture", "clausura", "chiusura"} <= idea_of("chiusura")
    assert {"music", "musica", "dj", "zik"} <= idea_of("musica")
    # Italian words that are French, English or Spanish words with another meaning are left out.
    all_forms = {form for idea in topic_ideas() for form in idea.forms}
    assert not {"fine", "dove", "come", "con", "per", "salute", "pace", "fame", "donne", "visto"} & all_forms


@pytest.mark.parametrize(
    ("table", "reason"),
    [
        ('[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\n', "privacy].es: expected a list of words"),
        (
            '[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = []\n',
            "privacy].es: expected a list of words",
        ),
        (
            '[lgbt]\nen = ["lgbt"]\nfr = ["lgbtqia+"]\nes = ["lgbt"]\n',
            "[lgbt].fr: 'lgbtqia+' can never match ('+' is dropped",
        ),
        (
            '[article]\nen = ["article"]\nfr = ["le"]\nes = ["el"]\n',
            "[article].fr: 'le' can never match (only stop words",
        ),
        ('[Privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = ["privacidad"]\n', "the key must be"),
        (
            '[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = ["privacidad"]\nsv = ["integritet"]\n',
            "unknown language 'sv'",
        ),
        (
            '[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = ["privacidad"]\nitalian = ["privacy"]\n',
            "unknown language 'italian' (one of fr, en, es, de, it, pt, nl, nb, ja, zh)",
        ),
        (
            '[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = ["privacidad"]\nit = []\n',
            "privacy].it: expected a list of words",
        ),
        (
            '[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = ["privacidad"]\nit = ["riservatezza?"]\n',
            "[privacy].it: 'riservatezza?' can never match ('?' is dropped",
        ),
        (
            '[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = ["privacidad"]\nde = []\n',
            "privacy].de: expected a list of words",
        ),
        (
            '[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = ["privacidad"]\nde = ["Privatsphäre!"]\n',
            "[privacy].de: 'Privatsphäre!' can never match ('!' is dropped",
        ),
        (
            '[privacy]\nen = ["privacy"]\nfr = ["vie privée"]\nes = ["privacidad"]\nnarrower = ["gdpr"]\n',
            "[privacy].narrower: expected a list of the keys of other ideas",
        ),
    ],
)
def test_a_form_that_can_never_match_is_refused(tmp_path: Path, table: str, reason: str) -> None:
    path = tmp_path / "topics.toml"
    path.write_text(table, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^topics\.toml: ") as refused:
        read_ideas(path, STOPWORDS)
    assert reason in str(refused.value)


# -- The language files: fr.toml, en.toml, es.toml, common.toml ---------------------------------


def test_each_language_file_has_the_tables_a_question_is_read_with() -> None:
    lexicon = read_lexicon()
    needed = {
        "markers", "signs", "words.stop", "words.filler", "words.help", "words.person_questions",
        "words.roles", "words.out_of_scope", "words.room_nouns", "phrases.now", "phrases.next",
        "phrases.last", "phrases.help", "phrases.room_info", "phrases.about", "phrases.documents",
        "info", "kinds", "interpretation", "weekdays", "months", "days.today", "days.tomorrow",
        "parts.morning", "parts.afternoon", "parts.evening", "numbers.units", "numbers.teens",
        "numbers.tens", "numbers.compound", "when.day_ordinals", "when.delays", "simplify",
    }  # fmt: skip
    for code in ("fr", "en", "es"):
        assert needed - set(lexicon.files[code]) == set(), code
        assert set(lexicon.of(code, "weekdays")) == set(WEEKDAY_KEYS), code
        assert set(lexicon.of(code, "months")) == set(MONTH_KEYS), code
        assert len(lexicon.of(code, "numbers.units")) == 9, code
        assert len(lexicon.of(code, "numbers.teens")) == 10, code


def test_the_vocabulary_is_built_from_the_files_and_every_entry_is_folded() -> None:
    assert {"donde", "cuando", "quien", "que", "a"} <= STOPWORDS  # written "dónde", "à"… once
    assert all(fold(word) == word for word in STOPWORDS | HELP_WORDS | ROLE_WORDS | FILLER_WORDS)
    assert WEEKDAYS["miercoles"] == WEEKDAYS["wednesday"] == WEEKDAYS["mercredi"] == 2
    assert MONTHS["aout"] == MONTHS["agosto"] == 8
    assert "personne" not in PERSON_NOUNS  # only what was there: "personne" means "nobody" too
    assert LANGUAGE_MARKERS["es"]["donde"] == 2
    assert set(KIND_WORDS[SessionKind.ROUNDTABLE]) >= {"table ronde", "mesa redonda", "round table"}


def test_a_simplification_rewrites_a_time_said_in_words() -> None:
    rules = {rule.pattern.pattern: rule for rule in read_lexicon().simplifications()}
    quarter_to = next(rule for pattern, rule in rules.items() if "quarter" in pattern and "to" in pattern)
    assert quarter_to.apply("at quarter to 1") == "at 12:45"  # as a clock says it, not 0:45
    et_demie = next(rule for pattern, rule in rules.items() if "demie" in pattern)
    assert et_demie.apply("vers midi et demi, ou 3 h et quart") == "vers 12:30, ou 3:15"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # An accented or capitalised regular expression: the text it reads is folded.
        ('[when]\nnoon = ["mediodía"]\n', "[when.noon]: 'mediodía' can never match ('í': the text it reads"),
        ('[when]\nnoon = ["Noon"]\n', "[when.noon]: 'Noon' can never match ('N'"),
        # A regular expression that does not compile.
        ('[when]\nnoon = ["(midi"]\n', "[when.noon]: '(midi' is not a regular expression"),
        # A word with a sign questions split or drop.
        ('[words]\nstop = ["qu\'est"]\n', "[words.stop]: \"qu'est\" can never match (a message's words are"),
        ('[words]\nhelp = ["wi-fi"]\n', "[words.help]: 'wi-fi' can never match"),
        ('[phrases]\nnow = ["now!"]\n', "[phrases.now]: 'now!' can never match (phrases are"),
        ('[phrases]\ndocuments = ["doc\'s"]\n', '[phrases.documents]: "doc\'s" can never match'),
        # A word read once stop words are dropped that is itself a stop word.
        ('[words]\nstop = ["le"]\nroles = ["Le"]\n', "[words.roles]: 'Le' can never match (only stop words"),
        # The same entry twice, once folded.
        ('[words]\nstop = ["a", "à"]\n', "[words.stop]: 'a' is listed twice"),
        ('[words]\nelisions = ["j ai", "jai"]\n', "[words.elisions]: 'jai' can never match (two of"),
        # A table or a key the reader does not know.
        ('[words]\nstopwords = ["le"]\n', "[words.stopwords]: unknown table"),
        ('[weekdays]\nmondays = ["lundi"]\n', "[weekdays]: unknown key 'mondays'"),
        ('[kinds]\ncoffee = ["cafe"]\n', "[kinds]: unknown key 'coffee'"),
        ("[info]\nregistration = []\n", "[info.registration]: expected a list of entries"),
        ('[markers]\nquoi = "2"\n', "[markers]: expected words with numbers"),
        ('[numbers]\ncompound = "{ten}"\n', "[numbers.compound]: expected a template with {ten} and {unit}"),
        ('[[signs]]\nany = ["Ñ"]\nweight = 3\n', "[signs]: 'Ñ' can never match (messages are lowered first)"),
        # A simplification whose replacement names no group of its pattern.
        (
            "[[simplify]]\npattern = '\\bhalf\\s+(?P<h>\\d+)'\nreplace = '{hour}:30'\n",
            "[simplify][0].replace: {hour} is no group of the pattern",
        ),
        (
            "[[simplify]]\npattern = '(half'\nreplace = 'x'\n",
            "[simplify][0].pattern: '(half' is not a regular",
        ),
    ],
)
def test_a_language_entry_that_can_never_match_is_refused(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "fr.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^fr\.toml: ") as refused:
        read_language(path)
    assert reason in str(refused.value)


def test_the_shipped_files_are_refused_with_a_bad_entry_added(tmp_path: Path) -> None:
    """The whole folder is checked together: a stop word of one file is one in every other."""
    for path in FOLDER.glob("*.toml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    es = tmp_path / "es.toml"
    es.write_text(es.read_text(encoding="utf-8").replace('"fumar",', '"fumar", "the",'), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^es\.toml: \[words\.out_of_scope\]: 'the' can never match"):
        read_lexicon(tmp_path)


def test_an_idea_lists_the_ideas_it_holds_by_their_keys(tmp_path: Path) -> None:
    path = tmp_path / "topics.toml"
    path.write_text(
        '[disasters]\nen = ["disasters"]\nfr = ["catastrophes"]\nes = ["desastres"]\n'
        'narrower = ["tsunami_waves"]\n'
        '[tsunami_waves]\nen = ["tsunami"]\nfr = ["tsunami"]\nes = ["tsunami"]\n',
        encoding="utf-8",
    )
    disasters, tsunamis = read_ideas(path, STOPWORDS)
    assert (disasters.narrower, tsunamis.narrower) == (("tsunamiwaves",), ())
