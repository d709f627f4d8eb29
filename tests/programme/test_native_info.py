"""The [info] tables and session documents of our TOML format: read into the model, written back
the same, and a mistake refused with the file, the line, the field and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.programme import native
from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme
from bot.programme.model import Programme
from bot.programme.writer import programme_to_toml

BASE = """\
format = "conference-bot/1"

[conference]
id = "tiny"
timezone = "Europe/Brussels"
default_language = "en"
days = ["2017-11-16"]
name = { fr = "Petite", en = "Tiny", es = "Pequeña" }

[info]
about = { fr = "À propos", en = "About", es = "Acerca" }
website = "https://example.org/tiny"
working_languages = ["en", "fr"]

[info.venue]
name = { fr = "Salle", en = "Hall", es = "Sala" }
latitude = 50.87
longitude = 4.48

[info.registration]
how = { fr = "Écrire", en = "Write", es = "Escribir" }
email = "desk@example.org"

[[info.faq]]
question = { fr = "Q ?", en = "Q?", es = "¿Q?" }
answer = { fr = "R.", en = "A.", es = "R." }
keywords = ["dress code"]

[[info.highlights]]
session = "first"
text = { fr = "Ouverture", en = "Opening", es = "Apertura" }

[[rooms]]
id = "hall"
name = "Hall"

[[sessions]]
id = "first"
kind = "roundtable"
start = "2017-11-16T09:00"
end = "2017-11-16T10:00"
room = "hall"
title = { fr = "Premier", en = "First", es = "Primero" }

[[sessions.documents]]
title = { fr = "Note", en = "Note", es = "Nota" }
language = "en"
file = "docs/note.txt"

[[sessions.documents]]
title = { fr = "Diapos", en = "Slides", es = "Diapositivas" }
language = "fr"
url = "https://example.org/slides.pdf"
"""


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "note.txt").write_text("a note\n", encoding="utf-8")
    path = tmp_path / "programme.toml"
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path, text: str) -> Programme:
    return load_programme(write(tmp_path, text)).programme


def test_info_and_documents_are_read(tmp_path: Path) -> None:
    loaded = load_programme(write(tmp_path, BASE))
    assert loaded.warnings == ()
    info = loaded.programme.conference.info
    assert info.website == "https://example.org/tiny"
    assert info.working_languages == ("en", "fr")
    assert info.venue.coordinates == (50.87, 4.48)
    assert info.registration.contact.email == "desk@example.org"
    assert info.organisers_contact.email == "desk@example.org"
    assert info.faq[0].keywords == ("dress code",)
    assert info.highlights[0].session_id == "first"
    session = loaded.programme.sessions[0]
    note, slides = session.documents
    assert (note.file, note.path) == ("docs/note.txt", (tmp_path / "docs" / "note.txt").resolve())
    assert (slides.url, slides.path, slides.language) == ("https://example.org/slides.pdf", None, "fr")


def test_info_and_documents_are_written_back_the_same(tmp_path: Path) -> None:
    original = load(tmp_path, BASE)
    copy = native.read(programme_to_toml(original).encode("utf-8"), tmp_path / "copy.toml").programme
    assert copy.conference == original.conference
    assert copy.sessions == original.sessions


def test_a_conference_with_only_information_needs_no_sessions(tmp_path: Path) -> None:
    text = BASE.split("[[rooms]]")[0].replace(
        '[[info.highlights]]\nsession = "first"\n', "[[info.highlights]]\n"
    )
    programme = load(tmp_path, text)
    assert programme.sessions == ()
    assert programme.conference.info.about.get("en") == "About"


def test_without_info_a_file_still_needs_sessions(tmp_path: Path) -> None:
    text = BASE.split("[info]")[0]
    with pytest.raises(ProgrammeError) as caught:
        load(tmp_path, text)
    assert caught.value.where == "sessions"
    assert "needs an [info] table" in caught.value.reason


# (mutation of BASE, field path in the message, words of the reason, line of the table)
CASES = [
    ("unknown field", BASE.replace('website = "', 'webiste = "'), "info.webiste", "unknown field", 10),
    (
        "bad website",
        BASE.replace("https://example.org/tiny", "example.org"),
        "info.website",
        "web address",
        10,
    ),
    (
        "bad language",
        BASE.replace('["en", "fr"]', '["en", "french"]'),
        "info.working_languages[1]",
        "language code",
        10,
    ),
    (
        "bad email",
        BASE.replace("desk@example.org", "desk at example"),
        "info.registration.email",
        "e-mail",
        20,
    ),
    ("latitude out of range", BASE.replace("50.87", "95.0"), "info.venue.latitude", "between -90 and 90", 15),
    (
        "latitude alone",
        BASE.replace("longitude = 4.48\n", ""),
        "info.venue",
        "both latitude and longitude",
        15,
    ),
    ("latitude as text", BASE.replace("50.87", '"50.87"'), "info.venue.latitude", "expected a number", 15),
    (
        "faq without answer",
        BASE.replace('answer = { fr = "R.", en = "A.", es = "R." }\n', ""),
        "info.faq[0].answer",
        "missing required field",
        24,
    ),
    (
        "highlight of an unknown session",
        BASE.replace('session = "first"', 'session = "last"'),
        "info.highlights[0].session",
        "unknown session 'last'",
        29,
    ),
    (
        "document outside docs/",
        BASE.replace("docs/note.txt", "../secret.txt"),
        "sessions[0].documents[0].file",
        "is not in the docs/ folder",
        45,
    ),
    (
        "absolute document path",
        BASE.replace("docs/note.txt", "/etc/passwd"),
        "sessions[0].documents[0].file",
        "relative to the programme file",
        45,
    ),
    (
        "missing document file",
        BASE.replace("docs/note.txt", "docs/absent.txt"),
        "sessions[0].documents[0].file",
        "no such file",
        45,
    ),
    (
        "document with a file and a url",
        BASE.replace('file = "docs/note.txt"', 'file = "docs/note.txt"\nurl = "https://example.org/n"'),
        "sessions[0].documents[0]",
        "either a file or a url",
        45,
    ),
    (
        "document without language",
        BASE.replace('language = "fr"\n', ""),
        "sessions[0].documents[1].language",
        "missing required field",
        50,
    ),
    (
        "document with an unknown field",
        BASE.replace('language = "en"\nfile', 'language = "en"\npages = 3\nfile'),
        "sessions[0].documents[0].pages",
        "unknown field",
        45,
    ),
]


@pytest.mark.parametrize(("name", "text", "where", "reason", "line"), CASES, ids=[c[0] for c in CASES])
def test_a_mistake_in_info_or_documents_is_refused_clearly(
    tmp_path: Path, name: str, text: str, where: str, reason: str, line: int
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path)
    error = caught.value
    assert (error.where, error.line) == (where, line)
    assert reason in error.reason
    assert str(error).startswith(f"{path}:{line}: {where}: ")
