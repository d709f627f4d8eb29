"""Re-reading the programme from a URL or a file: unchanged versions cost a 304, new ones become
session changes, broken or unreachable ones are refused while the last good one keeps serving."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.clock import FixedClock
from bot.programme.changes import ChangeKind, SessionChange, Slot
from bot.programme.errors import ProgrammeError
from bot.programme.loading import Loaded
from bot.programme.model import Programme, Session
from bot.programme.refresh import REFUSED, UNCHANGED, UPDATED, Refresher
from bot.programme.source import ProgrammeSource, display_name

BRUSSELS = ZoneInfo("Europe/Brussels")
FIRST_MODIFIED = datetime(2017, 11, 1, 12, 0, tzinfo=UTC)

NEW_SESSION = """
[[sessions]]
id = "d2-press-conference"
kind = "plenary"
start = "2017-11-17T17:30"
end = "2017-11-17T18:00"
room = "scala"
title = { fr = "Conférence de presse", en = "Press conference", es = "Rueda de prensa" }
"""


class ProgrammeServer:
    """One programme at /programme.toml on 127.0.0.1, which a test changes between requests;
    /latest redirects to it.

    Each published version gets an ETag and a Last-Modified a minute after the previous one; either
    can be left out to see how the client copes. Requests and answers are recorded.
    """

    def __init__(self, content: bytes, *, etag: bool = True, last_modified: bool = True) -> None:
        self.content = content
        self.version = 0
        self.status = 200  # anything else is answered as that error
        self.delay = 0.0  # seconds before answering
        self.send_etag = etag
        self.send_last_modified = last_modified
        self.requests: list[dict[str, str]] = []  # headers of each request
        self.answers: list[int] = []  # status of each answer
        self.lock = threading.Lock()
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="programme-server"
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        assert isinstance(host, str)
        return f"http://{host}:{port}/programme.toml"

    @property
    def etag(self) -> str:
        return f'"v{self.version}"'

    @property
    def last_modified(self) -> datetime:
        return FIRST_MODIFIED + timedelta(minutes=self.version)

    def publish(self, text: str) -> None:
        with self.lock:
            self.content = text.encode("utf-8")
            self.version += 1

    def __enter__(self) -> ProgrammeServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._thread.join()
        self._server.server_close()


class _Server(HTTPServer):
    def __init__(self, programme: ProgrammeServer) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.programme = programme


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.0: the connection closes after each answer, so no thread or socket outlives a request.
    server: _Server

    def do_GET(self) -> None:
        state = self.server.programme
        if self.path == "/latest":
            self.send_response(302)
            self.send_header("Location", "/programme.toml")
            self.end_headers()
            return
        time.sleep(state.delay)
        with state.lock:
            state.requests.append(dict(self.headers.items()))
            status = 200 if self.path == "/programme.toml" else 404
            status = state.status if status == 200 else status
            if status == 200 and self._not_modified(state):
                status = 304
            state.answers.append(status)
            content, etag, modified = state.content, state.etag, state.last_modified
        if status not in (200, 304):
            self.send_error(status)
            return
        self.send_response(status)
        if state.send_etag:
            self.send_header("ETag", etag)
        if state.send_last_modified:
            self.send_header("Last-Modified", format_datetime(modified, usegmt=True))
        if status == 304:
            self.end_headers()
            return
        self.send_header("Content-Type", "application/toml")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client gave up waiting (the timeout test)
            self.wfile.write(content)

    def _not_modified(self, state: ProgrammeServer) -> bool:
        # As RFC 9110 says: If-None-Match, when sent, decides alone.
        if state.send_etag and "If-None-Match" in self.headers:
            return self.headers["If-None-Match"] == state.etag
        if state.send_last_modified and "If-Modified-Since" in self.headers:
            return parsedate_to_datetime(self.headers["If-Modified-Since"]) >= state.last_modified
        return False

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet test output


class Recorder:
    """Stands for the composition root: holds the base programme, swaps it, records what it is told."""

    def __init__(self, base: Programme) -> None:
        self.base = base
        self.applied: list[list[SessionChange]] = []
        self.refusals: list[str] = []

    def current(self) -> Programme:
        return self.base

    async def on_changes(self, loaded: Loaded, changes: list[SessionChange]) -> None:
        self.base = loaded.programme
        self.applied.append(changes)

    async def on_refused(self, message: str) -> None:
        self.refusals.append(message)


def refresher_for(source: ProgrammeSource, recorder: Recorder, **kwargs: Any) -> Refresher:
    clock = FixedClock(datetime(2017, 11, 16, 8, 0, tzinfo=UTC))
    return Refresher(source, recorder.current, recorder.on_changes, recorder.on_refused, clock, **kwargs)


def session_span(text: str, session_id: str) -> tuple[int, int]:
    """Where a session's [[sessions]] table starts and where the next table starts."""
    start = text.index(f'[[sessions]]\nid = "{session_id}"\n')
    return start, text.index("\n[[", start) + 1


def edit_session(text: str, session_id: str, old: str, new: str) -> str:
    start, end = session_span(text, session_id)
    block = text[start:end]
    assert block.count(old) == 1, (session_id, old)
    return text[:start] + block.replace(old, new) + text[end:]


def remove_session(text: str, session_id: str) -> str:
    start, end = session_span(text, session_id)
    return text[:start] + text[end:]


def session_of(programme: Programme, session_id: str) -> Session:
    found = programme.session(session_id)
    assert found is not None, session_id
    return found


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BRUSSELS)


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/programme.toml"


@pytest.fixture
def server(mechelen_text: str) -> Iterator[ProgrammeServer]:
    with ProgrammeServer(mechelen_text.encode("utf-8")) as running:
        yield running


@pytest.fixture
async def source(server: ProgrammeServer) -> AsyncIterator[ProgrammeSource]:
    async with ProgrammeSource(server.url) as opened:
        yield opened


@pytest.fixture
async def recorder(source: ProgrammeSource) -> Recorder:
    return Recorder((await source.load_now()).programme)


async def test_fetch_first_time_loads_the_programme(server: ProgrammeServer, source: ProgrammeSource) -> None:
    fetched = await source.fetch()

    assert fetched is not None
    loaded = source.load(fetched.content)
    assert loaded.programme.conference.id == "mechelen-2017"
    assert len(loaded.programme.sessions) == 29
    assert server.answers == [200]
    assert "If-None-Match" not in server.requests[0]
    assert "If-Modified-Since" not in server.requests[0]


async def test_check_unchanged_is_a_304_and_applies_nothing(
    server: ProgrammeServer, source: ProgrammeSource, recorder: Recorder
) -> None:
    outcome = await refresher_for(source, recorder).check_once()

    assert (outcome.status, outcome.changes, outcome.message) == (UNCHANGED, [], None)
    assert server.answers == [200, 304]
    assert server.requests[1]["If-None-Match"] == '"v0"'
    assert server.requests[1]["If-Modified-Since"] == "Wed, 01 Nov 2017 12:00:00 GMT"
    assert recorder.applied == []
    assert recorder.refusals == []


async def test_check_without_etag_uses_if_modified_since(mechelen_text: str) -> None:
    with ProgrammeServer(mechelen_text.encode("utf-8"), etag=False) as server:
        async with ProgrammeSource(server.url) as source:
            recorder = Recorder((await source.load_now()).programme)
            refresher = refresher_for(source, recorder)

            unchanged = await refresher.check_once()
            server.publish(
                edit_session(mechelen_text, "d1-reception", 'room = "mechelen-centraal"', 'room = "scala"')
            )
            updated = await refresher.check_once()

    assert (unchanged.status, updated.status) == (UNCHANGED, UPDATED)
    assert server.answers == [200, 304, 200]
    assert "If-None-Match" not in server.requests[1]
    assert server.requests[1]["If-Modified-Since"] == "Wed, 01 Nov 2017 12:00:00 GMT"
    assert [(c.session_id, c.kind) for c in updated.changes] == [("d1-reception", ChangeKind.MOVED)]


async def test_check_same_bytes_without_validators_is_unchanged(mechelen_text: str) -> None:
    # A server that sends neither ETag nor Last-Modified answers 200 every time: the bytes decide.
    with ProgrammeServer(mechelen_text.encode("utf-8"), etag=False, last_modified=False) as server:
        async with ProgrammeSource(server.url) as source:
            recorder = Recorder((await source.load_now()).programme)
            outcome = await refresher_for(source, recorder).check_once()

    assert outcome.status == UNCHANGED
    assert server.answers == [200, 200]
    assert recorder.applied == []


async def test_check_new_version_reports_each_change(
    server: ProgrammeServer, source: ProgrammeSource, recorder: Recorder, mechelen_text: str
) -> None:
    old = recorder.base
    text = edit_session(mechelen_text, "d2-workshop-youth-migration", 'room = "scala"', 'room = "alcazar"')
    text = edit_session(
        text,
        "d1-reception",
        'start = "2017-11-16T17:30"\nend = "2017-11-16T19:00"',
        'start = "2017-11-16T18:00"\nend = "2017-11-16T19:30"',
    )
    text = remove_session(text, "d1-visit-local-projects")
    text = edit_session(text, "d1-opening", 'en = "Welcome address', 'en = "Opening address')
    server.publish(text + NEW_SESSION)

    outcome = await refresher_for(source, recorder).check_once()

    assert outcome.status == UPDATED
    assert outcome.message is None
    by_id = {change.session_id: change for change in outcome.changes}
    assert sorted((c.session_id, c.kind) for c in outcome.changes) == [
        ("d1-opening", ChangeKind.RETITLED),
        ("d1-reception", ChangeKind.RETIMED),
        ("d1-visit-local-projects", ChangeKind.CANCELLED),
        ("d2-press-conference", ChangeKind.ADDED),
        ("d2-workshop-youth-migration", ChangeKind.MOVED),
    ]
    moved = by_id["d2-workshop-youth-migration"]
    assert moved.before is not None and moved.after is not None
    assert moved.before == Slot.of(session_of(old, "d2-workshop-youth-migration"))
    assert (moved.before.room_id, moved.after.room_id) == ("scala", "alcazar")
    assert (moved.after.start, moved.after.end) == (moved.before.start, moved.before.end)
    retimed = by_id["d1-reception"]
    assert retimed.before is not None and retimed.after is not None
    assert (retimed.before.start, retimed.before.end) == (
        local("2017-11-16T17:30"),
        local("2017-11-16T19:00"),
    )
    assert (retimed.after.start, retimed.after.end) == (local("2017-11-16T18:00"), local("2017-11-16T19:30"))
    assert retimed.after.room_id == retimed.before.room_id == "mechelen-centraal"
    cancelled = by_id["d1-visit-local-projects"]
    assert cancelled.before == Slot.of(session_of(old, "d1-visit-local-projects"))
    assert cancelled.after is not None and cancelled.after.cancelled
    added = by_id["d2-press-conference"]
    assert added.before is None and added.after is not None and added.after.title is not None
    assert added.after == Slot(
        local("2017-11-17T17:30"), local("2017-11-17T18:00"), "scala", False, added.after.title
    )
    assert added.after.title.get("en") == "Press conference"
    retitled = by_id["d1-opening"]
    assert retitled.before is not None and retitled.after is not None
    assert retitled.before.title is not None and retitled.after.title is not None
    assert retitled.before.title.get("en").startswith("Welcome address")
    assert retitled.after.title.get("en").startswith("Opening address")
    assert (retitled.after.start, retitled.after.room_id) == (retitled.before.start, retitled.before.room_id)
    # Handed over once, and the new version is now the base the next diff starts from.
    assert recorder.applied == [outcome.changes]
    assert recorder.base.session("d2-press-conference") is not None
    assert recorder.refusals == []


async def test_check_broken_version_is_refused_and_the_last_good_one_stays(
    server: ProgrammeServer, source: ProgrammeSource, recorder: Recorder, mechelen_text: str
) -> None:
    good = recorder.base
    refresher = refresher_for(source, recorder)
    server.publish(edit_session(mechelen_text, "d1-opening", 'room = "auditoire"', 'room = "auditoire'))

    outcome = await refresher.check_once()

    assert outcome.status == REFUSED
    assert outcome.changes == []
    assert outcome.message is not None
    assert outcome.message.startswith(f"{server.url}:")
    assert "TOML syntax error" in outcome.message
    assert "\n" not in outcome.message
    assert recorder.refusals == [outcome.message]
    assert recorder.applied == []
    assert recorder.base is good

    # Still served (304): still refused, but organisers are not told again at every check.
    again = await refresher.check_once()
    assert (again.status, again.message) == (REFUSED, outcome.message)
    assert server.answers[-1] == 304
    assert recorder.refusals == [outcome.message]

    # Fixed: taken, diffed against the last good version.
    server.publish(edit_session(mechelen_text, "d1-opening", 'room = "auditoire"', 'room = "dijlezaal"'))
    fixed = await refresher.check_once()
    assert fixed.status == UPDATED
    assert [(c.session_id, c.kind) for c in fixed.changes] == [("d1-opening", ChangeKind.MOVED)]
    assert recorder.refusals == [outcome.message]


async def test_check_version_with_invalid_content_is_refused(
    server: ProgrammeServer, source: ProgrammeSource, recorder: Recorder, mechelen_text: str
) -> None:
    server.publish(edit_session(mechelen_text, "d1-opening", 'room = "auditoire"', 'room = "attic"'))

    outcome = await refresher_for(source, recorder).check_once()

    assert outcome.status == REFUSED
    assert outcome.message is not None
    assert outcome.message.startswith(f"{server.url}:")
    assert "attic" in outcome.message
    assert recorder.applied == []


async def test_check_server_error_is_refused(
    server: ProgrammeServer, source: ProgrammeSource, recorder: Recorder
) -> None:
    server.status = 500

    outcome = await refresher_for(source, recorder).check_once()

    assert outcome.status == REFUSED
    assert outcome.message == f"{server.url}: the server answered 500 Internal Server Error"
    assert recorder.refusals == [outcome.message]
    assert recorder.applied == []


async def test_check_server_back_after_error_is_unchanged_and_refusals_resume(
    server: ProgrammeServer, source: ProgrammeSource, recorder: Recorder
) -> None:
    refresher = refresher_for(source, recorder)
    server.status = 503
    await refresher.check_once()
    server.status = 200

    back = await refresher.check_once()
    server.status = 503
    down_again = await refresher.check_once()

    assert back.status == UNCHANGED
    assert down_again.status == REFUSED
    assert recorder.refusals == [down_again.message, down_again.message]


async def test_check_unreachable_server_is_refused(mechelen: Programme) -> None:
    url = closed_port_url()
    recorder = Recorder(mechelen)
    async with ProgrammeSource(url, timeout=5) as source:
        outcome = await refresher_for(source, recorder).check_once()

    assert outcome.status == REFUSED
    assert outcome.message is not None
    assert outcome.message.startswith(f"{url}: cannot download the programme (")
    assert "\n" not in outcome.message
    assert recorder.refusals == [outcome.message]
    assert recorder.base is mechelen


async def test_fetch_follows_a_redirect(server: ProgrammeServer) -> None:
    address = server.url.replace("/programme.toml", "/latest")
    async with ProgrammeSource(address) as source:
        loaded = await source.load_now()

    assert loaded.programme.conference.id == "mechelen-2017"
    assert server.answers == [200]


async def test_fetch_without_an_answer_in_time_is_refused(server: ProgrammeServer) -> None:
    server.delay = 0.5
    async with ProgrammeSource(server.url, timeout=0.1) as source:
        with pytest.raises(ProgrammeError) as caught:
            await source.fetch()

    assert str(caught.value) == f"{server.url}: no complete answer within 0.1 s"


async def test_fetch_larger_than_the_cap_is_refused(server: ProgrammeServer) -> None:
    async with ProgrammeSource(server.url, max_bytes=1000) as source:
        with pytest.raises(ProgrammeError) as caught:
            await source.fetch()

    assert str(caught.value) == f"{server.url}: the programme is larger than 0.001 MB"


async def test_check_applying_fails_then_the_version_is_tried_again(
    server: ProgrammeServer, source: ProgrammeSource, recorder: Recorder, mechelen_text: str
) -> None:
    failing = True

    async def on_changes(loaded: Loaded, changes: list[SessionChange]) -> None:
        if failing:
            raise RuntimeError("database is locked")
        await recorder.on_changes(loaded, changes)

    clock = FixedClock(datetime(2017, 11, 16, 8, 0, tzinfo=UTC))
    refresher = Refresher(source, recorder.current, on_changes, recorder.on_refused, clock)
    server.publish(
        edit_session(mechelen_text, "d1-reception", 'room = "mechelen-centraal"', 'room = "scala"')
    )

    with pytest.raises(RuntimeError):
        await refresher.check_once()
    failing = False
    outcome = await refresher.check_once()

    assert outcome.status == UPDATED
    assert [(c.session_id, c.kind) for c in outcome.changes] == [("d1-reception", ChangeKind.MOVED)]


async def test_check_file_source_modified_is_updated(tmp_path: Path, mechelen_text: str) -> None:
    path = tmp_path / "programme.toml"
    path.write_text(mechelen_text, encoding="utf-8")
    async with ProgrammeSource(path) as source:
        recorder = Recorder((await source.load_now()).programme)
        refresher = refresher_for(source, recorder)

        untouched = await refresher.check_once()
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
        touched = await refresher.check_once()
        path.write_text(
            edit_session(mechelen_text, "d1-opening", 'en = "Welcome address', 'en = "Opening address'),
            encoding="utf-8",
        )
        # The edit may land within the file system's timestamp resolution: make it show.
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 2 * 10**9))
        edited = await refresher.check_once()

    assert (untouched.status, touched.status, edited.status) == (UNCHANGED, UNCHANGED, UPDATED)
    assert [(c.session_id, c.kind) for c in edited.changes] == [("d1-opening", ChangeKind.RETITLED)]
    assert recorder.applied == [edited.changes]


async def test_check_file_source_broken_names_the_file(tmp_path: Path, mechelen_text: str) -> None:
    path = tmp_path / "programme.toml"
    path.write_text(mechelen_text, encoding="utf-8")
    async with ProgrammeSource(path) as source:
        recorder = Recorder((await source.load_now()).programme)
        refresher = refresher_for(source, recorder)
        path.write_text(mechelen_text.replace('format = "conference-bot/1"', "format = "), encoding="utf-8")
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
        broken = await refresher.check_once()
        path.unlink()
        missing = await refresher.check_once()

    assert broken.status == missing.status == REFUSED
    assert broken.message is not None and broken.message.startswith(f"{path}:")
    assert missing.message == f"{path}: cannot read the file (No such file or directory)"
    assert recorder.refusals == [broken.message, missing.message]


async def test_run_checks_every_interval_until_stopped(
    server: ProgrammeServer, source: ProgrammeSource, recorder: Recorder, mechelen_text: str
) -> None:
    refresher = refresher_for(source, recorder, interval=timedelta(milliseconds=20))
    task = asyncio.create_task(refresher.run())
    server.publish(
        edit_session(mechelen_text, "d1-reception", 'room = "mechelen-centraal"', 'room = "scala"')
    )

    async with asyncio.timeout(5):
        while not recorder.applied:
            await asyncio.sleep(0.01)
    refresher.stop()
    await asyncio.wait_for(task, 5)

    assert [[(c.session_id, c.kind) for c in changes] for changes in recorder.applied] == [
        [("d1-reception", ChangeKind.MOVED)]
    ]


async def test_run_with_zero_interval_returns_at_once(source: ProgrammeSource, recorder: Recorder) -> None:
    refresher = refresher_for(source, recorder, interval=timedelta(0))

    await asyncio.wait_for(refresher.run(), 1)


def test_source_other_scheme_is_refused() -> None:
    with pytest.raises(ProgrammeError) as caught:
        ProgrammeSource("ftp://example.org/programme.toml")

    assert (
        str(caught.value) == "ftp://example.org/programme.toml: only http:// and https:// addresses are read"
    )


@pytest.mark.parametrize(
    ("address", "message"),
    [
        (
            "http://example.org:abc/programme.toml",
            "http://example.org/programme.toml: not a valid address "
            "(Port could not be cast to integer value as 'abc')",
        ),
        (
            "http://example.org:70000/programme.toml",
            "http://example.org/programme.toml: not a valid address (Port out of range 0-65535)",
        ),
        ("https:///programme.toml", "https:///programme.toml: not a valid address (no host name)"),
    ],
)
def test_source_address_that_cannot_be_asked_is_refused(address: str, message: str) -> None:
    with pytest.raises(ProgrammeError) as caught:
        ProgrammeSource(address)

    assert str(caught.value) == message


def test_display_name_hides_credentials_and_query() -> None:
    assert (
        display_name("https://bot:secret@example.org:8443/p.xml?token=abc")
        == "https://example.org:8443/p.xml?…"
    )
    assert display_name("https://example.org/schedule.xml") == "https://example.org/schedule.xml"
    assert display_name("data/programme.toml") == "data/programme.toml"
