"""Loading a programme file of any format we read: the format is sniffed from the content."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path, PosixPath, WindowsPath
from urllib.parse import urlsplit

from bot.programme import native
from bot.programme.bulk import without_collection
from bot.programme.errors import ProgrammeError
from bot.programme.importers import (
    fallback,
    frab_xml,
    ical,
    pretalx_widget,
    researchr_xml,
    schedule_json,
    sessionize,
    xcal,
)

# Loaded is what every reader returns; its home is the leaf `reader` module (see there), and
# callers of load_programme may keep naming it from here.
from bot.programme.reader import Loaded, Reader, parse_zone


def readers() -> tuple[Reader, ...]:
    # Most specific first: each sniffer looks for its own root element or keys; the fallbacks
    # then take any XML, any JSON and anything else, and read by structure or refuse clearly.
    return (
        native.READER,
        fallback.TEMPLATE_READER,
        ical.READER,
        frab_xml.READER,
        xcal.READER,
        researchr_xml.READER,
        fallback.XML_READER,
        schedule_json.READER,
        pretalx_widget.READER,
        sessionize.READER,
        fallback.JSON_READER,
        fallback.UNKNOWN_READER,
    )


def load_programme(path: str | Path, *, tz: str | None = None, first_day: date | None = None) -> Loaded:
    """Read and validate a programme file, or raise ProgrammeError naming file, place and reason.
    `first_day` dates a file that gives its days without their dates ("Day 2", "Tuesday", "24
    november")."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as error:
        raise ProgrammeError(path, f"cannot read the file ({error.strerror or error})") from error
    return _read(content, path, tz, first_day)


def load_programme_bytes(
    content: bytes, name: str | Path, *, tz: str | None = None, first_day: date | None = None
) -> Loaded:
    """Validate a programme already read (a file's bytes or a download); errors name `name`."""
    return _read(content, _as_path(name), tz, first_day)


def _read(content: bytes, path: Path, tz: str | None, first_day: date | None) -> Loaded:
    zone = parse_zone(tz, path) if tz else None
    head = content[:4096]
    for reader in readers():
        if reader.sniff(head):
            try:
                with without_collection():
                    if first_day is not None and reader.read_undated is not None:
                        return reader.read_undated(content, path, zone, first_day)
                    return reader.read(content, path, zone)
            except ProgrammeError as error:
                # A template is often well-formed enough to be taken for XML, then refused for
                # a reason that is not the true one: say what the file is instead.
                if reader is not native.READER and fallback.is_template(content):
                    raise fallback.template_refusal(content, path) from error
                raise
    names = ", ".join(reader.name for reader in readers())
    raise ProgrammeError(path, f"not a programme file in a format we read (expected one of: {names})")


# PosixPath or WindowsPath, as Path() makes: Path itself cannot be subclassed before Python 3.12.
# (A platform test, which type checkers follow; type(Path()) would be a type they cannot derive from.)
if sys.platform == "win32":
    _ConcretePath = WindowsPath
else:
    _ConcretePath = PosixPath


class _Labelled(_ConcretePath):
    """A path that prints as the text it was made from: a URL keeps its `//` in messages."""

    __slots__ = ("_label",)
    _label: str

    def __str__(self) -> str:
        # Paths derived from this one (parent, with_suffix…) have no label: print them as paths.
        return getattr(self, "_label", None) or super().__str__()


def _as_path(name: str | Path) -> Path:
    # The readers take a Path (they print it and use its stem as a last-resort conference id);
    # Path("https://host/x") would print "https:/host/x", hence a labelled one for addresses.
    if isinstance(name, Path) or "://" not in name:
        return Path(name)
    parts = urlsplit(name)
    labelled = _Labelled(parts.netloc + parts.path)
    labelled._label = name
    return labelled
