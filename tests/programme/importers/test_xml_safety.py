"""XML from a file or an address is parsed by defusedxml: a document that declares entities (a
"billion laughs" bomb, an external entity reading a local file) is refused on one line naming the
location and the reason, never expanded."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.programme.errors import ProgrammeError
from bot.programme.importers.common import _declares_nothing
from bot.programme.loading import load_programme, load_programme_bytes
from tests.programme.importers.support import FIXTURES

ADDRESS = "https://example.org/schedule.xml"

# Each entity ten of the one before: 10**9 "lol"s, three gigabytes if it were expanded.
BILLION_LAUGHS = "\n".join(
    [
        '<?xml version="1.0"?>',
        "<!DOCTYPE schedule [",
        '  <!ENTITY lol0 "lol">',
        *(f'  <!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)),
        "]>",
        "<schedule><conference><title>&lol9;</title></conference></schedule>",
    ]
).encode()

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<schedule><conference><title>&xxe;</title></conference></schedule>
"""

XCAL_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE icalendar [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0"><vcalendar>&b;</vcalendar></icalendar>
"""


def test_billion_laughs_from_an_address_is_refused_unexpanded() -> None:
    with pytest.raises(ProgrammeError) as caught:
        load_programme_bytes(BILLION_LAUGHS, ADDRESS)

    # Refused at the first declaration the parser meets, before any entity is used.
    assert (caught.value.file, caught.value.reason) == (
        ADDRESS,
        "XML with entity declarations (<!ENTITY lol0>) is not read, for safety",
    )
    assert str(caught.value) == f"{ADDRESS}: {caught.value.reason}"


def test_external_entity_is_refused_and_the_file_not_read(tmp_path: Path) -> None:
    path = tmp_path / "schedule.xml"
    path.write_bytes(EXTERNAL_ENTITY)
    with pytest.raises(ProgrammeError) as caught:
        load_programme(path)

    assert str(caught.value) == f"{path}: XML with an external entity (<!ENTITY xxe>) is not read, for safety"


def test_entity_bomb_in_xcal_is_refused() -> None:
    with pytest.raises(ProgrammeError) as caught:
        load_programme_bytes(XCAL_BOMB, ADDRESS)

    assert str(caught.value) == (
        f"{ADDRESS}: XML with entity declarations (<!ENTITY a>) is not read, for safety"
    )


def test_the_words_of_a_declaration_in_a_comment_are_no_declaration(tmp_path: Path) -> None:
    # What is refused is a declaration the parser meets, not the bytes "<!ENTITY" anywhere.
    text = (FIXTURES / "pentabarf-old.xml").read_text(encoding="utf-8")
    path = tmp_path / "schedule.xml"
    path.write_text(text.replace("<schedule>", "<schedule><!-- no <!ENTITY> here -->", 1), encoding="utf-8")

    original = load_programme(FIXTURES / "pentabarf-old.xml", tz="Europe/Brussels").programme
    assert load_programme(path, tz="Europe/Brussels").programme.sessions == original.sessions


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-32"])
def test_a_bomb_in_any_encoding_never_meets_the_faster_parser(encoding: str) -> None:
    """The standard library's faster parser reads only documents that can declare nothing: one
    with a declaration, or in UTF-16 or UTF-32 (whose "<!DOCTYPE" is other bytes), does not
    go to it, and is refused."""
    text = BILLION_LAUGHS.decode().replace('version="1.0"?>', f'version="1.0" encoding="{encoding}"?>')
    content = text.encode(encoding)
    assert not _declares_nothing(content)
    with pytest.raises(ProgrammeError):
        load_programme_bytes(content, ADDRESS)


def test_a_document_that_declares_nothing_reads_as_before() -> None:
    """Read by the C parser: the same programme, and a malformed one refused with its line."""
    content = (FIXTURES / "pentabarf-old.xml").read_bytes()
    assert _declares_nothing(content)
    loaded = load_programme_bytes(content, ADDRESS, tz="Europe/Brussels").programme
    assert loaded.sessions
    with pytest.raises(ProgrammeError) as caught:
        load_programme_bytes(content.replace(b"</schedule>", b"</schedul>"), ADDRESS)
    assert caught.value.line is not None
