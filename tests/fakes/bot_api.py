"""A fake Telegram Bot API server for tests and benchmarks.

What it is
----------
``FakeBotApi`` is a real HTTP server (stdlib ``http.server``) bound to an ephemeral
port on 127.0.0.1.  It speaks enough of the Telegram Bot API that the *unmodified*
python-telegram-bot stack (``Bot``/``Application``/``Updater``) can talk to it: point
PTB at :attr:`FakeBotApi.base_url` and :attr:`FakeBotApi.base_file_url` and nothing
else changes.  Nothing leaves 127.0.0.1 and nothing in PTB is mocked.

The fake models a single bot: every token is accepted, the bot id is taken from the
token (``"123:ABC"`` -> ``123``) unless configured, and all tokens share one update
queue, one message store and one call log.

How to use it
-------------
::

    from telegram.ext import ApplicationBuilder
    from tests.fakes import FakeBotApi

    with FakeBotApi(bot_username="mechelen_bot") as fake:       # or: async with ...
        app = (
            ApplicationBuilder()
            .token("123:ABC")
            .base_url(fake.base_url)
            .base_file_url(fake.base_file_url)
            .build()
        )
        ...                                    # add handlers, initialize/start/start_polling
        fake.send_text(42, "hello")            # a user writes to the bot
        call = await fake.wait_for("sendMessage")
        assert call.params == {"chat_id": 42, "text": "hello"}
        fake.press_button(42, call, "some-callback-data")

Pieces:

* Users: :meth:`~FakeBotApi.send_text`, :meth:`~FakeBotApi.send_command`,
  :meth:`~FakeBotApi.press_button`, :meth:`~FakeBotApi.send_inline_query` and
  :meth:`~FakeBotApi.push_update` queue updates; ``getUpdates`` long polling wakes up
  as soon as one is pushed.  :meth:`~FakeBotApi.push_raw_update` queues an update
  exactly as given (a ``poll`` lacking fields, an unknown kind) to test that the bot
  skips and confirms what it cannot parse.
* Updates are Telegram's: an ``offset`` confirms (and forgets) every update below it
  (:attr:`~FakeBotApi.confirmed_update_id`); an update whose kind ``allowed_updates``
  excludes is dropped, never delivered (:meth:`~FakeBotApi.dropped_updates`);
  :attr:`~FakeBotApi.get_updates_calls` counts the polls (a wedged bot polls in a loop).
* Recording: every API call becomes a :class:`Call` (method, decoded params, arrival
  time, result or error, ``slow``).  See :meth:`~FakeBotApi.calls`,
  :meth:`~FakeBotApi.sent_messages`, :meth:`~FakeBotApi.wait_for` (async),
  :meth:`~FakeBotApi.wait_for_sync`, and for fault tests and benchmarks
  :meth:`~FakeBotApi.delivered` (successful sendMessage calls per chat) and
  :meth:`~FakeBotApi.duplicates` (texts delivered more than once to one chat).
* Latency: ``FakeBotApi(latency=0.04)`` (or setting :attr:`~FakeBotApi.latency`)
  answers every request that many seconds after it arrived, as a round trip to
  Telegram would; the call is executed and recorded on arrival and the wait is spent
  outside the lock, so concurrent calls overlap (50 calls at 40 ms take ~40 ms).
* Faults:

  - :meth:`~FakeBotApi.fail_next` makes the next chosen calls answer an error
    (400/403/409/429 with ``retry_after``/500/502/503... with Telegram's wording), and
    :meth:`~FakeBotApi.fail_for` every matching call for a number of seconds.
  - :meth:`~FakeBotApi.outage` makes Telegram unreachable (open connections are cut,
    new ones reset: clients see connection errors, not HTTP statuses) for a while or
    until :meth:`~FakeBotApi.end_outage`, on the same port; refused requests are not
    recorded but counted in :attr:`~FakeBotApi.refused_connections`.
  - :meth:`~FakeBotApi.slow_answers` executes a seeded, deterministic fraction of
    sends normally (the message *is* delivered) but holds back the HTTP answer past
    the client's read timeout, the source of duplicates after retries.
* Rate limits: ``sendMessage``/``sendDocument`` are checked against Telegram's limits
  (``global_per_second`` overall, ``per_chat_per_second`` per chat, sliding one second
  windows on the server's monotonic clock).  With ``enforce_rate_limits=True`` a send
  over the limit gets a 429 with ``retry_after``; either way it is counted in
  :attr:`~FakeBotApi.violations`.

Supported methods: getMe, logOut, close, setWebhook, deleteWebhook, getWebhookInfo,
getUpdates, sendMessage, sendDocument, sendPhoto, sendVenue, sendChatAction, editMessageText,
editMessageReplyMarkup, editMessageMedia (a photo), deleteMessage, answerCallbackQuery, answerInlineQuery,
setMyCommands, getMyCommands, deleteMyCommands, getFile (plus file downloads from
``base_file_url``).  Others answer Telegram's 404 ``method not found`` unless added with
:meth:`~FakeBotApi.set_method`.

Known simplifications: ``parse_mode`` markup is neither validated nor stripped (the
returned ``text`` is what was sent); there is one update queue for all tokens; an
outage is a refused/reset connection, not a silent network (no connect timeouts); a
long poll is never delayed by :attr:`~FakeBotApi.latency` beyond its own wait.
"""

import asyncio
import contextlib
import copy
import email.parser
import email.policy
import hashlib
import itertools
import json
import logging
import math
import random
import re
import select
import socket
import struct
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import TracebackType
from typing import Any, Final, Self
from urllib.parse import parse_qsl, unquote, urlsplit

__all__ = [
    "BotApiError",
    "Call",
    "FakeBotApi",
    "MethodHandler",
    "StoredFile",
    "UploadedFile",
    "Violations",
]

_LOGGER: Final = logging.getLogger(__name__)

JSONDict = dict[str, Any]
ChatKey = int | str
CallMatcher = str | Callable[["Call"], bool] | None
MethodHandler = Callable[["Call"], Any]
"""A custom method implementation: gets the incoming call (``result`` is ``None``),
returns the JSON-serialisable ``result`` or raises :class:`BotApiError`."""

# Parameters whose form value is a plain string.  Everything else arrives JSON-encoded
# from PTB (ints, bools, reply_markup, entities...), but these must not be decoded:
# a message text "123" or a next_offset "10" has to stay a string.
_STRING_PARAMS: Final = frozenset(
    {
        "action",
        "address",
        "animation",
        "audio",
        "business_connection_id",
        "caption",
        "callback_query_id",
        "certificate",
        "currency",
        "custom_title",
        "description",
        "document",
        "emoji",
        "explanation",
        "file_id",
        "first_name",
        "game_short_name",
        "inline_message_id",
        "inline_query_id",
        "invite_link",
        "ip_address",
        "language_code",
        "last_name",
        "message_effect_id",
        "name",
        "next_offset",
        "parse_mode",
        "payload",
        "phone_number",
        "photo",
        "provider_token",
        "question",
        "secret_token",
        "short_description",
        "start_parameter",
        "sticker",
        "sticker_set_name",
        "switch_pm_parameter",
        "switch_pm_text",
        "text",
        "thumbnail",
        "title",
        "url",
        "vcard",
        "video",
        "video_note",
        "voice",
    }
)

# Methods subject to rate limiting.  Edits and callback answers are not counted, in line
# with how Telegram's documented limits are usually applied to *sends*.
_RATE_LIMITED_METHODS: Final = frozenset({"sendMessage", "sendDocument"})

# Update types Telegram leaves out unless they are asked for in allowed_updates.
_OPT_IN_UPDATE_TYPES: Final = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_CHAT_ACTIONS: Final = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)

_DEFAULT_DESCRIPTIONS: Final[Mapping[int, str]] = {
    400: "Bad Request: injected failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

_COMMAND_RE: Final = re.compile(r"^[a-z0-9_]{1,32}$")
_MAX_TEXT_LENGTH: Final = 4096
_MAX_CAPTION_LENGTH: Final = 1024
_MAX_PHOTO_BYTES: Final = 10 * 1024 * 1024
# Telegram's other limits on a photo: width + height at most 10000, the longer side at most 20
# times the shorter.
_MAX_PHOTO_SIDES: Final = 10_000
_MAX_PHOTO_RATIO: Final = 20
_MAX_CALLBACK_DATA_BYTES: Final = 64
# Upper bound for one long poll, like Telegram's own cap; keeps stray threads bounded.
_MAX_LONG_POLL_SECONDS: Final = 50.0
# Long polls re-check every so often whether their client hung up (PTB cancels the
# request on Updater.stop()), so abandoned polls do not pin a thread until timeout.
# Pushes, competing polls and stop() wake them at once; this is only the fallback.
_POLL_SLICE_SECONDS: Final = 0.5
_ASYNC_POLL_SECONDS: Final = 0.005
_THREAD_PREFIX: Final = "FakeBotApi"


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart/form-data request."""

    field: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass(frozen=True)
class Call:
    """One recorded Bot API request.

    ``at`` is the arrival time on :func:`time.monotonic`'s clock (comparable with
    :attr:`FakeBotApi.send_timestamps`).  ``error_code`` is ``None`` for successful calls,
    in which case ``result`` holds the JSON ``result`` that was returned.  ``slow`` is
    ``True`` when :meth:`FakeBotApi.slow_answers` chose the call: it was executed (and
    recorded) normally but its HTTP answer was held back.
    """

    method: str
    params: JSONDict
    at: float
    token: str = ""
    files: Mapping[str, UploadedFile] = field(default_factory=dict)
    result: Any = None
    error_code: int | None = None
    description: str | None = None
    slow: bool = False

    @property
    def ok(self) -> bool:
        """Whether the call was answered with ``"ok": true``."""
        return self.error_code is None


@dataclass(frozen=True)
class StoredFile:
    """A file the fake knows by ``file_id`` (uploaded through ``sendDocument``)."""

    file_id: str
    file_unique_id: str
    file_path: str
    file_name: str | None
    mime_type: str | None
    data: bytes


@dataclass(frozen=True)
class Violations:
    """Rate-limit violations: sends that exceeded (or, when enforced, would have
    exceeded and were refused) a limit.  One send can exceed both limits, so ``total``
    may be less than ``global_limit + per_chat``."""

    total: int = 0
    global_limit: int = 0
    per_chat: int = 0
    by_chat: Mapping[ChatKey, int] = field(default_factory=dict)


class BotApiError(Exception):
    """A Telegram error answer: ``{"ok": false, "error_code": ..., "description": ...}``.

    Raise it from a :data:`MethodHandler` to answer with an error.
    """

    def __init__(self, error_code: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(f"{error_code} {description}")
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after

    def to_json(self) -> JSONDict:
        """The response body Telegram would send."""
        body: JSONDict = {
            "ok": False,
            "error_code": self.error_code,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass
class _Failure:
    method: str  # lower-cased: Telegram method names are case-insensitive; "*" = any
    error: BotApiError
    chat_id: ChatKey | None
    remaining: int | None  # None: fail every matching call (until ``until``, if set)
    until: float | None = None  # monotonic deadline of a fail_for() window
    # fail_for(429) without retry_after: answer the seconds left in the window.
    retry_after_left: bool = False


@dataclass
class _SlowAnswers:
    fraction: float
    delay: float
    methods: frozenset[str]  # lower-cased
    rng: random.Random


class _Cut(Exception):
    """Raised inside a long poll an outage cuts: the request gets no answer at all."""


@dataclass
class _Request:
    """Everything a built-in method implementation needs about one HTTP request."""

    method: str
    token: str
    params: JSONDict
    files: Mapping[str, UploadedFile]
    at: float
    connection: socket.socket | None


@dataclass
class _Poll:
    connection: socket.socket | None
    # "conflict", "abandoned" or "cut" (by an outage) once decided by someone else
    outcome: str | None = None


def _utf16_len(text: str) -> int:
    # Telegram measures entity offsets/lengths and text limits in UTF-16 code units.
    return len(text.encode("utf-16-le")) // 2


def _picture_size(data: bytes) -> tuple[int, int]:
    """(width, height) of a PNG or a JPEG (read from its frame header), else (1, 1)."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data[:2] == b"\xff\xd8":
        at = 2
        while at + 9 <= len(data) and data[at] == 0xFF:
            marker = data[at + 1]
            (length,) = struct.unpack(">H", data[at + 2 : at + 4])
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[at + 5 : at + 9])
                return width, height
            at += 2 + length
    return 1, 1


def _decode_value(name: str, value: Any) -> Any:
    """Decode a JSON-encoded parameter value the way Telegram does."""
    if not isinstance(value, str) or name in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value  # e.g. chat_id="@channelname"


def _decode_params(raw: Mapping[str, Any]) -> JSONDict:
    return {name: _decode_value(name, value) for name, value in raw.items()}


def _parse_multipart(body: bytes, content_type: str) -> tuple[dict[str, str], dict[str, UploadedFile]]:
    """Split a multipart/form-data body into text fields and file parts.

    Done by hand (RFC 7578/2046) rather than with the deprecated ``cgi`` module so that
    binary file content is returned byte for byte.
    """
    header = email.parser.HeaderParser(policy=email.policy.HTTP).parsestr(
        f"Content-Type: {content_type}\r\n\r\n"
    )
    boundary = header.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise BotApiError(400, "Bad Request: multipart boundary is missing")
    # The CRLF before "--boundary" belongs to the delimiter, so prefixing one lets the
    # first delimiter match too and keeps part contents exact.
    chunks = (b"\r\n" + body).split(b"\r\n--" + boundary.encode("latin-1"))
    fields: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break  # closing delimiter
        head, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            raise BotApiError(400, "Bad Request: malformed multipart part")
        headers = email.parser.HeaderParser(policy=email.policy.HTTP).parsestr(
            head.decode("utf-8", "replace").lstrip("\r\n") + "\r\n\r\n"
        )
        name = headers.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise BotApiError(400, "Bad Request: multipart part without a name")
        filename = headers.get_filename()
        if filename is None:
            fields[name] = content.decode("utf-8")
        else:
            part_type = headers.get_content_type() if "content-type" in headers else None
            files[name] = UploadedFile(name, filename, part_type, content)
    return fields, files


def _client_gone(connection: socket.socket | None) -> bool:
    """Whether the peer closed ``connection`` (a readable socket with no data = EOF)."""
    if connection is None:
        return False
    try:
        if hasattr(select, "poll"):  # unlike select(), not limited to fds < FD_SETSIZE
            poller = select.poll()
            poller.register(connection, select.POLLIN)
            readable = bool(poller.poll(0))
        else:  # pragma: no cover - Windows
            readable = bool(select.select([connection], [], [], 0)[0])
        return readable and connection.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


def _reset_connection(connection: socket.socket) -> None:
    """Make the coming close() send a TCP reset instead of an orderly FIN."""
    with contextlib.suppress(OSError):
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _update_kind(update: Mapping[str, Any]) -> str:
    """The kind of an Update dict: its first key other than ``update_id``."""
    return next((key for key in update if key != "update_id"), "")


def _as_predicate(match: CallMatcher) -> Callable[[Call], bool]:
    if match is None:
        return lambda _call: True
    if isinstance(match, str):
        wanted = match.lower()
        return lambda call: call.method.lower() == wanted
    return match


def _describe(match: CallMatcher) -> str:
    if match is None:
        return "call"
    if isinstance(match, str):
        return f"{match!r} call"
    return f"call matching {getattr(match, '__name__', repr(match))}"


class _Server(HTTPServer):
    """HTTPServer with one named thread per connection, tracked so stop() can end them.

    ThreadingHTTPServer is not used because its daemon threads are never joined and
    keep-alive connections would keep their threads blocked in recv() after shutdown.
    """

    allow_reuse_address = False
    # socketserver's default backlog of 5 drops the SYNs of a burst of new connections
    # (a client pool opening 32 at once), which then wait ~1 s to be retransmitted.
    request_queue_size = 128

    def __init__(self, fake: "FakeBotApi") -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._threads: set[threading.Thread] = set()
        self._thread_ids = itertools.count(1)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Hand the connection to a new thread (called in the serve thread); during an
        outage, reset it at once instead."""
        if self.fake._refuse_if_out():
            _reset_connection(request)
            request.close()
            return
        thread = threading.Thread(
            target=self._process_request_thread,
            args=(request, client_address),
            name=f"{_THREAD_PREFIX}-conn-{next(self._thread_ids)}",
            daemon=True,
        )
        # Tracked here, not in the handler thread, so that once serve_forever() has
        # returned every accepted socket is known to close_connections().
        with self._lock:
            self._connections.add(request)
            self._threads.add(thread)
        thread.start()

    def _process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:  # same contract as socketserver's own thread target
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            with self._lock:
                self._connections.discard(request)
                self._threads.discard(threading.current_thread())

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients going away mid-response (cancelled long polls, stop()) is normal.
        _LOGGER.debug("connection from %s ended with an error", client_address, exc_info=True)

    def close_connections(self) -> None:
        """Wake handler threads blocked on keep-alive reads by shutting their sockets."""
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by its handler thread
                connection.shutdown(socket.SHUT_RDWR)

    def join_threads(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                _LOGGER.warning("FakeBotApi: handler thread %s did not finish", thread.name)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    # HTTP/1.1 keeps PTB's pooled connections alive, like the real API; every response
    # therefore carries a Content-Length.
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle's algorithm the body would
    # wait for the client's delayed ACK (~40 ms per request on Linux).
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def log_message(self, format: str, *args: Any) -> None:
        _LOGGER.debug("%s - %s", self.address_string(), format % args)

    def _dispatch(self) -> None:
        fake = self.server.fake
        # Taken first, so that an outage or stop() starting from here on wakes a delayed
        # answer (they set this event and replace it with a fresh one).
        cut = fake._cut_event
        at = time.monotonic()
        answer_at = at + fake.latency
        url = urlsplit(self.path)
        body = self._read_body()
        if fake._refuse_if_out():
            self._refuse()
            return
        parts = url.path.split("/", 3)  # ["", "bot<token>", "<method>"] or file route
        if len(parts) == 3 and parts[1].startswith("bot") and parts[2]:
            token, method = unquote(parts[1][3:]), parts[2]
            try:
                params, files = self._parse_params(url.query, body)
            except BotApiError as exc:
                self._answer_json(exc.error_code, exc.to_json(), answer_at, cut)
                return
            except UnicodeDecodeError:
                error = BotApiError(400, "Bad Request: request parameters must be UTF-8")
                self._answer_json(400, error.to_json(), answer_at, cut)
                return
            handled = fake._handle_api(method, token, params, files, at, self.connection)
            if handled is None:  # refused or cut by an outage
                self._refuse()
                return
            status, payload, answer_at = handled
            self._answer_json(status, payload, answer_at, cut)
            return
        if len(parts) == 4 and parts[1] == "file" and parts[2].startswith("bot"):
            stored = fake._file_by_path(unquote(parts[3]))
            if stored is not None:
                if self._wait_until(answer_at, cut):
                    self._send_bytes(200, stored.data, stored.mime_type or "application/octet-stream")
                return
        self._answer_json(404, BotApiError(404, "Not Found").to_json(), answer_at, cut)

    def _refuse(self) -> None:
        """End the connection with a TCP reset and no HTTP answer (an outage)."""
        _reset_connection(self.connection)
        self.close_connection = True

    def _wait_until(self, answer_at: float, cut: threading.Event) -> bool:
        """Hold the answer until ``answer_at`` without holding the fake's lock.

        Returns whether to answer: ``False`` when an outage cut the connection meanwhile
        (the connection is then reset).  When the fake stops, the answer goes out early.
        """
        wait = answer_at - time.monotonic()
        if wait > 0:
            cut.wait(wait)
        if cut.is_set() and not self.server.fake._stopping:
            self._refuse()
            return False
        return True

    def _answer_json(self, status: int, payload: JSONDict, answer_at: float, cut: threading.Event) -> None:
        if self._wait_until(answer_at, cut):
            self._send_json(status, payload)

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            return self._read_chunked()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunked(self) -> bytes:
        data = bytearray()
        while True:
            size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return bytes(data)
            data += self.rfile.read(size)
            self.rfile.readline()  # CRLF after each chunk

    def _parse_params(self, query: str, body: bytes) -> tuple[JSONDict, dict[str, UploadedFile]]:
        raw: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True, errors="strict"))
        files: dict[str, UploadedFile] = {}
        content_type = self.headers.get("Content-Type", "")
        media_type = content_type.split(";", 1)[0].strip().lower()
        if media_type == "application/json" and body:
            try:
                decoded = json.loads(body)
            except ValueError as exc:
                raise BotApiError(400, "Bad Request: can't parse JSON request body") from exc
            if not isinstance(decoded, dict):
                raise BotApiError(400, "Bad Request: JSON request body must be an object")
            raw.update(decoded)
        elif media_type == "multipart/form-data":
            fields, files = _parse_multipart(body, content_type)
            raw.update(fields)
        elif body:  # application/x-www-form-urlencoded (what httpx sends without files)
            raw.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict"))
        return _decode_params(raw), files

    def _send_json(self, status: int, payload: JSONDict) -> None:
        self._send_bytes(status, json.dumps(payload).encode("utf-8"), "application/json")

    def _send_bytes(self, status: int, data: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class FakeBotApi:
    """A local Telegram Bot API server; see the module docstring for an overview.

    All state is guarded by one condition variable, so helpers may be called from any
    thread or from the event loop.  Built-in and custom method implementations run while
    holding it (long polls release it while they wait); :attr:`latency` and
    :meth:`slow_answers` delays are waited out without it, one thread per connection.
    """

    def __init__(
        self,
        *,
        bot_username: str = "mechelen_bot",
        bot_id: int | None = None,
        bot_first_name: str = "Mechelen Bot",
        enforce_rate_limits: bool = False,
        global_per_second: float = 30,
        per_chat_per_second: float = 1,
        detect_conflicts: bool = True,
        latency: float = 0.0,
    ) -> None:
        """
        Args:
            bot_username: ``username`` returned by getMe and used in ``from`` of messages.
            bot_id: The bot's user id; by default the number before ":" in the token.
            bot_first_name: The bot's ``first_name``.
            enforce_rate_limits: Answer sends over a limit with 429 (otherwise they are
                only counted in :attr:`violations`).
            global_per_second: Sends allowed in any one second window, over all chats.
            per_chat_per_second: Sends allowed in any one second window, per chat.
            detect_conflicts: Like Telegram, answer an in-flight getUpdates with 409 when
                another one arrives.  Concurrent consumers are counted either way in
                :attr:`concurrent_get_updates`.
            latency: Seconds from a request's arrival to its answer (see
                :attr:`latency`); e.g. 0.04 for a realistic round trip to Telegram.
        """
        self._latency = 0.0
        self.latency = latency  # validated by the setter
        self.bot_username = bot_username
        self.bot_id = bot_id
        self.bot_first_name = bot_first_name
        self.enforce_rate_limits = enforce_rate_limits
        self.global_per_second = global_per_second
        self.per_chat_per_second = per_chat_per_second
        self.detect_conflicts = detect_conflicts

        self._cond = threading.Condition(threading.RLock())
        self._httpd: _Server | None = None
        self._serve_thread: threading.Thread | None = None
        self._stopping = False
        # Set (and replaced by a fresh one) when an outage or stop() cuts connections;
        # delayed answers wait on the one current at their arrival.
        self._cut_event = threading.Event()
        # time.monotonic() until which the server is unreachable (-inf: no outage).
        self._outage_until = -math.inf
        self._refused_connections = 0
        # In-flight getUpdates requests; kept across reset() because they are live.
        self._polls: dict[int, _Poll] = {}
        self._poll_ids = itertools.count(1)
        # Ids only ever grow, also across reset(): a running Updater keeps its getUpdates
        # offset, and reused ids would make it drop new updates.
        self._last_update_id = 0
        self._next_message_id: dict[int, int] = {}
        self._query_ids = itertools.count(4_000_000_001)
        self._custom_methods: dict[str, tuple[str, MethodHandler]] = {}
        self._builtin_methods: dict[str, tuple[str, Callable[[_Request], Any]]] = {
            name.lower(): (name, impl)
            for name, impl in {
                "getMe": self._get_me,
                "logOut": self._return_true,
                "close": self._return_true,
                "setWebhook": self._set_webhook,
                "deleteWebhook": self._delete_webhook,
                "getWebhookInfo": self._get_webhook_info,
                "getUpdates": self._get_updates,
                "sendMessage": self._send_message,
                "sendDocument": self._send_document,
                "sendPhoto": self._send_photo,
                "sendVenue": self._send_venue,
                "sendChatAction": self._send_chat_action,
                "editMessageText": self._edit_message_text,
                "editMessageReplyMarkup": self._edit_message_reply_markup,
                "editMessageMedia": self._edit_message_media,
                "deleteMessage": self._delete_message,
                "answerCallbackQuery": self._answer_callback_query,
                "answerInlineQuery": self._answer_inline_query,
                "setMyCommands": self._set_my_commands,
                "getMyCommands": self._get_my_commands,
                "deleteMyCommands": self._delete_my_commands,
                "getFile": self._get_file,
            }.items()
        }
        self._reset_state()

    def _reset_state(self) -> None:
        with self._cond:
            self._calls: list[Call] = []
            self._failures: list[_Failure] = []
            self._pending: list[JSONDict] = []
            self._pushed: list[JSONDict] = []
            self._allowed_updates: list[str] | None = None
            self._dropped: list[JSONDict] = []
            self._confirmed_update_id = 0
            self._get_updates_calls = 0
            self._slow: _SlowAnswers | None = None
            self._outage_until = -math.inf
            self._refused_connections = 0
            self.concurrent_get_updates = 0
            self._webhook: JSONDict | None = None
            self._chats: dict[int, JSONDict] = {}
            self._messages: dict[tuple[int, int], JSONDict] = {}
            self._bot_message_keys: list[tuple[int, int]] = []
            self._callback_query_ids: set[str] = set()
            self._inline_query_ids: set[str] = set()
            self._commands: dict[tuple[str, str], list[JSONDict]] = {}
            self._files: dict[str, StoredFile] = {}
            self._files_by_path: dict[str, StoredFile] = {}
            self._files_by_hash: dict[str, str] = {}
            self._internal_errors: list[BaseException] = []
            self.reset_rate_limits()

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> Self:
        """Bind an ephemeral port on 127.0.0.1 and serve in a background thread."""
        with self._cond:
            if self._httpd is not None:
                raise RuntimeError("FakeBotApi is already running")
            self._stopping = False
            self._outage_until = -math.inf
            self._httpd = _Server(self)
            self._serve_thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.05},  # bounds how long shutdown() waits
                name=f"{_THREAD_PREFIX}-serve",
                daemon=True,
            )
            self._serve_thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, wake any long poll, close connections and join all threads.

        Idempotent.  Takes well under a second even with a pending long poll.
        """
        with self._cond:
            httpd, thread = self._httpd, self._serve_thread
            if httpd is None or thread is None:
                return
            self._stopping = True
            self._cond.notify_all()  # long polls return [] immediately
            self._wake_delayed_answers()  # delayed answers go out at once
        httpd.shutdown()  # no more accepts once this returns
        thread.join()
        httpd.close_connections()  # keep-alive handlers blocked in recv() wake up
        httpd.server_close()
        httpd.join_threads(timeout=5.0)
        with self._cond:
            self._httpd = None
            self._serve_thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        return self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # stop() blocks only briefly (≤ one serve_forever poll interval plus joins).
        self.stop()

    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("FakeBotApi is not running; call start() first")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """Root URL of the server, e.g. ``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder().base_url(...)``: PTB appends ``{token}/{method}``."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """For ``ApplicationBuilder().base_file_url(...)``."""
        return f"{self.url}/file/bot"

    def reset(self) -> None:
        """Forget everything (calls, updates, messages, files, commands, failures, slow
        answers, an outage, counters, rate limit history); configuration (including
        :attr:`latency`) and the running server are kept."""
        with self._cond:
            self._reset_state()
            self._cond.notify_all()

    # ------------------------------------------------------------------ recorded calls

    def calls(self, method: str | None = None) -> list[Call]:
        """Recorded calls in completion order, optionally only one method (any case)."""
        with self._cond:
            if method is None:
                return list(self._calls)
            wanted = method.lower()
            return [call for call in self._calls if call.method.lower() == wanted]

    @property
    def call_count(self) -> int:
        """Number of recorded calls; pass it as ``since=`` to wait only for newer ones."""
        with self._cond:
            return len(self._calls)

    def clear(self) -> None:
        """Forget the recorded calls (nothing else)."""
        with self._cond:
            self._calls.clear()

    def sent_messages(self, chat_id: ChatKey | None = None) -> list[JSONDict]:
        """Messages the bot sent (sendMessage, sendDocument) and has not deleted, in send
        order, as Telegram Message dicts reflecting later edits."""
        with self._cond:
            wanted = None if chat_id is None else self._chat_key(chat_id)
            return [
                copy.deepcopy(self._messages[key])
                for key in self._bot_message_keys
                if key in self._messages and (wanted is None or key[0] == wanted)
            ]

    def sent_texts(self, chat_id: ChatKey | None = None) -> list[str]:
        """``text`` (or ``caption``) of :meth:`sent_messages`."""
        return [
            str(message.get("text", message.get("caption", ""))) for message in self.sent_messages(chat_id)
        ]

    def _successful_sends(self) -> list[tuple[ChatKey | None, str]]:
        """(chat id, text) of every recorded sendMessage that succeeded, in order."""
        sends = []
        for call in self._calls:
            if not call.ok or call.method.lower() != "sendmessage":
                continue
            result = call.result if isinstance(call.result, dict) else {}
            chat_info = result.get("chat")
            if isinstance(chat_info, dict) and "id" in chat_info:
                chat = chat_info["id"]
            else:  # a custom sendMessage returning something else
                chat = self._chat_key(call.params.get("chat_id"))
            sends.append((chat, str(result.get("text", call.params.get("text", "")))))
        return sends

    def delivered(self, chat_id: ChatKey | None = None) -> int:
        """How many sendMessage calls to ``chat_id`` (every chat: ``None``) succeeded.

        Counted from the recorded calls (so :meth:`clear` resets it); slow answers count
        (Telegram delivered them) and a deleted message still counts.
        """
        with self._cond:
            sends = self._successful_sends()
            wanted = None if chat_id is None else self._chat_key(chat_id)
        return sum(1 for chat, _text in sends if wanted is None or chat == wanted)

    def duplicates(self) -> dict[tuple[ChatKey | None, str], int]:
        """``{(chat_id, text): count}`` for every text that successful sendMessage calls
        delivered more than once to the same chat (from the recorded calls)."""
        with self._cond:
            counts = Counter(self._successful_sends())
        return {key: count for key, count in counts.items() if count > 1}

    def message(self, chat_id: ChatKey, message_id: int) -> JSONDict:
        """The current state of a stored message (user or bot); KeyError if unknown."""
        with self._cond:
            key = self._message_key(chat_id, message_id)
            if key is None or key not in self._messages:
                raise KeyError(f"no message {message_id} in chat {chat_id}")
            return copy.deepcopy(self._messages[key])

    def _find_call(self, predicate: Callable[[Call], bool], since: int) -> Call | None:
        for call in self._calls[since:]:
            if predicate(call):
                return call
        return None

    def _timeout_error(self, match: CallMatcher, timeout: float, since: int) -> TimeoutError:
        with self._cond:
            seen = [f"{c.method}({c.error_code or 'ok'})" for c in self._calls[since:]]
        return TimeoutError(f"no {_describe(match)} within {timeout}s; calls since #{since}: {seen}")

    async def wait_for(self, match: CallMatcher = None, timeout: float = 5.0, *, since: int = 0) -> Call:
        """Wait (without blocking the event loop) for the first recorded call at index
        ``since`` or later that matches ``match`` (a method name, a predicate on
        :class:`Call`, or ``None`` for any call), and return it.

        Raises:
            TimeoutError: nothing matched within ``timeout`` seconds.
        """
        predicate = _as_predicate(match)
        deadline = time.monotonic() + timeout
        while True:
            with self._cond:
                found = self._find_call(predicate, since)
            if found is not None:
                return found
            if time.monotonic() >= deadline:
                raise self._timeout_error(match, timeout, since)
            # Short polling keeps this cancellable and thread-free; calls arrive from
            # server threads, so there is no loop-native event to await.
            await asyncio.sleep(_ASYNC_POLL_SECONDS)

    def wait_for_sync(self, match: CallMatcher = None, timeout: float = 5.0, *, since: int = 0) -> Call:
        """Blocking variant of :meth:`wait_for` for sync tests and other threads.

        Raises:
            RuntimeError: called from a thread running an event loop (it would block
                the loop that has to make the call; use ``await wait_for(...)``).
            TimeoutError: nothing matched within ``timeout`` seconds.
        """
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError("wait_for_sync() would block the event loop; use wait_for()")
        predicate = _as_predicate(match)
        found: list[Call] = []

        def matched() -> bool:
            call = self._find_call(predicate, since)
            if call is not None:
                found.append(call)
            return call is not None

        with self._cond:
            if self._cond.wait_for(matched, timeout):
                return found[-1]
        raise self._timeout_error(match, timeout, since)

    @property
    def internal_errors(self) -> list[BaseException]:
        """Exceptions raised inside the fake itself (answered as HTTP 500); a correct
        fake keeps this empty, so tests can assert on it."""
        with self._cond:
            return list(self._internal_errors)

    # ------------------------------------------------------------------ fault injection

    @staticmethod
    def _error(error_code: int, description: str | None, retry_after: int | None) -> BotApiError:
        if error_code == 429:
            retry_after = 1 if retry_after is None else retry_after
            description = description or f"Too Many Requests: retry after {retry_after}"
        description = description or _DEFAULT_DESCRIPTIONS.get(error_code, "Injected error")
        return BotApiError(error_code, description, retry_after=retry_after)

    def fail_next(
        self,
        method: str,
        error_code: int,
        description: str | None = None,
        retry_after: int | None = None,
        chat_id: ChatKey | None = None,
        times: int | None = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (to ``chat_id``, if given) fail.

        ``method`` is case-insensitive; ``"*"`` matches every method (getUpdates too).
        ``description`` defaults to Telegram's wording for the code (403: "Forbidden: bot
        was blocked by the user", 409: "Conflict: terminated by other getUpdates
        request...", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service
        Unavailable", 504: "Gateway Timeout"); 429 gets ``parameters.retry_after``
        (default 1) and "Too Many Requests: retry after N".  The HTTP status is the error
        code.  ``times=None`` fails every matching call until :meth:`clear_failures` /
        :meth:`reset`.  Failures are checked before rate limits and before the method
        runs (nothing is sent or stored), in the order they were added.
        """
        if times is not None and times < 1:
            raise ValueError("times must be >= 1 or None")
        error = self._error(error_code, description, retry_after)
        with self._cond:
            key = None if chat_id is None else self._chat_key(chat_id)
            self._failures.append(_Failure(method.lower(), error, key, times))

    def fail_for(
        self,
        method: str,
        error_code: int,
        seconds: float,
        chat_id: ChatKey | None = None,
        *,
        description: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        """Make every call of ``method`` (to ``chat_id``, if given) fail with
        ``error_code`` for the next ``seconds`` on the server's monotonic clock.

        Same matching and descriptions as :meth:`fail_next` (``"*"`` = every method).
        A 429 without ``retry_after`` answers the whole seconds left in the window (at
        least 1), as Telegram does.  Ends early with :meth:`clear_failures`/:meth:`reset`.
        """
        if not seconds > 0:
            raise ValueError("seconds must be > 0")
        error = self._error(error_code, description, retry_after)
        with self._cond:
            key = None if chat_id is None else self._chat_key(chat_id)
            self._failures.append(
                _Failure(
                    method.lower(),
                    error,
                    key,
                    None,
                    until=time.monotonic() + seconds,
                    retry_after_left=error_code == 429 and retry_after is None and description is None,
                )
            )

    def clear_failures(self) -> None:
        """Forget every failure injected with :meth:`fail_next` or :meth:`fail_for`."""
        with self._cond:
            self._failures.clear()

    def _take_failure(self, method: str, params: JSONDict) -> BotApiError | None:
        now = time.monotonic()
        wanted = method.lower()
        for failure in list(self._failures):
            if failure.until is not None and now >= failure.until:
                self._failures.remove(failure)  # the window is over
                continue
            if failure.method not in (wanted, "*"):
                continue
            if failure.chat_id is not None and (self._chat_key(params.get("chat_id")) != failure.chat_id):
                continue
            if failure.remaining is not None:
                failure.remaining -= 1
                if failure.remaining == 0:
                    self._failures.remove(failure)
            if failure.retry_after_left and failure.until is not None:
                left = max(1, math.ceil(failure.until - now))
                return BotApiError(429, f"Too Many Requests: retry after {left}", retry_after=left)
            return failure.error
        return None

    def slow_answers(
        self,
        fraction: float,
        delay: float,
        methods: Iterable[str] = ("sendMessage",),
        seed: int = 0,
    ) -> None:
        """Hold back the HTTP answer of a ``fraction`` of the calls of ``methods``.

        Each matching call draws from ``random.Random(seed)`` (so the choice is
        deterministic for a given order of calls); a chosen call is executed and
        recorded normally (a message *is* delivered and stored, with ``Call.slow`` set)
        but answered ``delay`` seconds later than it would have been.  With ``delay``
        above the client's read timeout, the client times out although Telegram
        delivered.  Calling it again restarts the sequence; ``slow_answers(0, 0)``
        turns it off.
        """
        if not 0 <= fraction <= 1:
            raise ValueError("fraction must be between 0 and 1")
        if not delay >= 0:
            raise ValueError("delay must be >= 0")
        with self._cond:
            if fraction == 0:
                self._slow = None
            else:
                chosen = frozenset(method.lower() for method in methods)
                self._slow = _SlowAnswers(fraction, float(delay), chosen, random.Random(seed))

    def _draw_slow(self, method: str) -> float | None:
        """The extra delay of this call's answer, or None when it is not slow."""
        slow = self._slow
        if slow is None or method.lower() not in slow.methods:
            return None
        return slow.delay if slow.rng.random() < slow.fraction else None

    @property
    def latency(self) -> float:
        """Seconds from a request's arrival to its answer (default 0).

        Applies to every request (API calls, including errors, and file downloads); a
        getUpdates long poll that waited longer than this is answered as soon as it
        returns.  The call is executed and recorded on arrival, like Telegram would,
        and the delay is spent outside the fake's lock, so concurrent requests overlap.
        May be changed while running.
        """
        return self._latency

    @latency.setter
    def latency(self, value: float) -> None:
        if not (0 <= value < math.inf):
            raise ValueError("latency must be a finite number >= 0")
        self._latency = float(value)

    def outage(self, seconds: float | None = None) -> None:
        """Make Telegram unreachable for ``seconds`` (``None``: until :meth:`end_outage`).

        Every open connection is cut at once (in-flight requests, delayed answers and
        getUpdates long polls get no answer), and until the outage ends every new
        connection is accepted and immediately reset: clients see a connection error
        (aiohttp ``ClientOSError``/``ServerDisconnectedError``, httpx ``ReadError``/
        ``RemoteProtocolError``, PTB ``NetworkError``), never an HTTP status.  Requests
        refused meanwhile are not recorded as calls; they are counted in
        :attr:`refused_connections`.  The server keeps its port, so clients reconnect
        to the same URL afterwards.  A new call replaces the current outage's end.
        """
        if seconds is not None and not seconds > 0:
            raise ValueError("seconds must be > 0 or None")
        with self._cond:
            self._outage_until = math.inf if seconds is None else time.monotonic() + seconds
            self._wake_delayed_answers()
            for poll in self._polls.values():
                if poll.outcome is None:
                    poll.outcome = "cut"
            self._cond.notify_all()  # the long polls wake up and end without an answer
            httpd = self._httpd
            if httpd is not None:
                httpd.close_connections()

    def end_outage(self) -> None:
        """End the current outage now (no-op without one)."""
        with self._cond:
            self._outage_until = -math.inf

    @property
    def in_outage(self) -> bool:
        """Whether an outage is under way."""
        return time.monotonic() < self._outage_until

    @property
    def refused_connections(self) -> int:
        """Connections (and requests) refused during outages since start/reset."""
        with self._cond:
            return self._refused_connections

    def _refuse_if_out(self) -> bool:
        """During an outage count one refused connection and return True."""
        if time.monotonic() >= self._outage_until:
            return False
        with self._cond:
            self._refused_connections += 1
        return True

    def _wake_delayed_answers(self) -> None:
        # Called with the lock held.
        event, self._cut_event = self._cut_event, threading.Event()
        event.set()

    # ------------------------------------------------------------------ rate limits

    def reset_rate_limits(self) -> None:
        """Forget send timestamps and violation counts."""
        with self._cond:
            self._global_window: deque[float] = deque()
            self._chat_windows: dict[ChatKey, deque[float]] = {}
            self._send_times: dict[ChatKey, list[float]] = {}
            self._violations_total = 0
            self._violations_global = 0
            self._violations_per_chat = 0
            self._violations_by_chat: dict[ChatKey, int] = {}

    @property
    def violations(self) -> Violations:
        """Sends that exceeded a limit so far (counted whether enforced or not)."""
        with self._cond:
            return Violations(
                total=self._violations_total,
                global_limit=self._violations_global,
                per_chat=self._violations_per_chat,
                by_chat=dict(self._violations_by_chat),
            )

    @property
    def send_timestamps(self) -> dict[ChatKey, list[float]]:
        """:func:`time.monotonic` times at which rate-limited sends (sendMessage,
        sendDocument) were accepted, per chat."""
        with self._cond:
            return {chat: list(times) for chat, times in self._send_times.items()}

    def _rate_limit_check(self, chat: ChatKey | None, now: float) -> tuple[bool, bool]:
        """Return (over_global, over_chat) for a send to ``chat`` at ``now``."""
        window_start = now - 1.0
        while self._global_window and self._global_window[0] <= window_start:
            self._global_window.popleft()
        chat_window = self._chat_windows.setdefault(chat, deque()) if chat is not None else None
        while chat_window and chat_window[0] <= window_start:
            chat_window.popleft()
        over_global = len(self._global_window) >= self.global_per_second
        over_chat = chat_window is not None and len(chat_window) >= self.per_chat_per_second
        return over_global, over_chat

    def _count_violation(self, chat: ChatKey | None, over_global: bool, over_chat: bool) -> None:
        self._violations_total += 1
        self._violations_global += over_global
        self._violations_per_chat += over_chat
        if chat is not None:
            self._violations_by_chat[chat] = self._violations_by_chat.get(chat, 0) + 1

    def _retry_after(self, chat: ChatKey | None, over_global: bool, now: float) -> int:
        # Seconds until the oldest send in the exceeded window(s) leaves it.
        oldest = [self._global_window[0]] if over_global and self._global_window else []
        chat_window = self._chat_windows.get(chat) if chat is not None else None
        if chat_window:
            oldest.append(chat_window[0])
        wait = max(oldest, default=now) + 1.0 - now
        return max(1, math.ceil(wait))

    def _note_send(self, chat: ChatKey | None, now: float) -> None:
        self._global_window.append(now)
        if chat is not None:
            self._chat_windows.setdefault(chat, deque()).append(now)
            self._send_times.setdefault(chat, []).append(now)

    # ------------------------------------------------------------------ users' side

    def push_update(self, update: Mapping[str, Any]) -> int:
        """Queue a raw Update dict (``update_id`` is assigned unless present) and wake
        long polls.  Returns the update id.  Nothing is validated or completed: see
        :meth:`push_raw_update`."""
        with self._cond:
            data = copy.deepcopy(dict(update))
            if "update_id" in data:
                update_id = data["update_id"]
                if not isinstance(update_id, int) or isinstance(update_id, bool):
                    raise TypeError(f"update_id must be an int, not {update_id!r}")
                self._last_update_id = max(self._last_update_id, update_id)
            else:
                self._last_update_id += 1
                data["update_id"] = self._last_update_id
            self._pending.append(data)
            self._pushed.append(copy.deepcopy(data))
            self._cond.notify_all()
            return int(data["update_id"])

    def push_raw_update(self, update: Mapping[str, Any]) -> int:
        """Queue ``update`` exactly as given; only ``update_id`` is added when missing.

        For updates the bot may be unable to parse: a kind lacking fields a newer PTB
        requires (``{"poll": {"id": "1"}}``, as an older self-hosted Bot API server
        sends) or a kind PTB does not know (``{"some_future_kind": {...}}``).  Like any
        update it is delivered by getUpdates unless ``allowed_updates`` excludes its
        kind (its first key other than ``update_id``), and stays pending until an
        ``offset`` confirms it (see :attr:`confirmed_update_id`).  Returns the update id.
        """
        return self.push_update(update)

    @property
    def confirmed_update_id(self) -> int:
        """The highest update id confirmed by getUpdates (an ``offset`` of N confirms
        every id below N; a negative offset confirms the updates it forgets); 0 before
        any confirmation."""
        with self._cond:
            return self._confirmed_update_id

    @property
    def get_updates_calls(self) -> int:
        """getUpdates requests handled since start/reset (answered or failed, not those
        refused during an outage); unlike :meth:`calls` it survives :meth:`clear`."""
        with self._cond:
            return self._get_updates_calls

    def dropped_updates(self) -> list[JSONDict]:
        """Updates that were never delivered because getUpdates' ``allowed_updates``
        (or, by default, Telegram's opt-in rule for chat_member, message_reaction and
        message_reaction_count) excluded their kind, in order."""
        with self._cond:
            return copy.deepcopy(self._dropped)

    @property
    def waiting_get_updates(self) -> int:
        """getUpdates requests currently blocked in a long poll."""
        with self._cond:
            return sum(1 for poll in self._polls.values() if poll.outcome is None)

    @property
    def pending_update_count(self) -> int:
        """Updates not yet confirmed by a getUpdates offset."""
        with self._cond:
            return len(self._pending)

    def pushed_updates(self) -> list[JSONDict]:
        """Every update pushed so far, in order."""
        with self._cond:
            return copy.deepcopy(self._pushed)

    def send_text(
        self,
        user_id: int,
        text: str,
        *,
        language_code: str | None = "en",
        first_name: str | None = None,
        username: str | None = None,
        chat_id: int | None = None,
        chat_type: str = "private",
        entities: list[JSONDict] | None = None,
    ) -> int:
        """A user sends ``text``; by default in their private chat with the bot
        (``chat_id`` is required for other ``chat_type`` values).  Returns the update id."""
        with self._cond:
            user = self._user(user_id, language_code, first_name, username)
            chat = self._user_chat(user, chat_id, chat_type)
            message: JSONDict = {
                "message_id": self._new_message_id(chat["id"]),
                "from": user,
                "chat": chat,
                "date": int(time.time()),
                "text": text,
            }
            if entities:
                message["entities"] = copy.deepcopy(entities)
            self._messages[(chat["id"], message["message_id"])] = message
            return self.push_update({"message": message})

    def send_command(
        self,
        user_id: int,
        command: str,
        *args: str,
        language_code: str | None = "en",
        first_name: str | None = None,
        username: str | None = None,
        chat_id: int | None = None,
        chat_type: str = "private",
    ) -> int:
        """A user sends ``/command arg1 arg2`` with a ``bot_command`` entity at offset 0.

        ``command`` may include the slash and a bot mention (``"start@mechelen_bot"``);
        the entity then covers the mention, as Telegram does.  Returns the update id.
        """
        token = command if command.startswith("/") else f"/{command}"
        if not token[1:] or any(ch.isspace() for ch in token):
            raise ValueError(f"invalid command {command!r}")
        text = " ".join((token, *args))
        entity = {"type": "bot_command", "offset": 0, "length": _utf16_len(token)}
        return self.send_text(
            user_id,
            text,
            language_code=language_code,
            first_name=first_name,
            username=username,
            chat_id=chat_id,
            chat_type=chat_type,
            entities=[entity],
        )

    def press_button(
        self,
        user_id: int,
        message: Mapping[str, Any] | Call | tuple[ChatKey, int],
        data: str,
        *,
        language_code: str | None = "en",
        first_name: str | None = None,
        username: str | None = None,
        check_button: bool = True,
    ) -> int:
        """A user presses an inline button with callback ``data`` on a message the bot
        sent: a message dict (e.g. from :meth:`sent_messages`), the :class:`Call` that
        sent it, or ``(chat_id, message_id)``.  The update carries the message as it is
        now (after edits), including its reply_markup.

        Raises:
            KeyError: the message is unknown (never sent, or deleted).
            ValueError: ``check_button`` and no button on the message has that data.
        """
        with self._cond:
            chat_id, message_id = self._message_ref(message)
            key = self._message_key(chat_id, message_id)
            current = self._messages.get(key) if key is not None else None
            if key is None or current is None:
                raise KeyError(f"no message {message_id} in chat {chat_id}")
            if check_button:
                available = [
                    button.get("callback_data")
                    for row in current.get("reply_markup", {}).get("inline_keyboard", [])
                    for button in row
                    if "callback_data" in button
                ]
                if data not in available:
                    raise ValueError(
                        f"message {message_id} has no button with callback_data {data!r}; "
                        f"available: {available}"
                    )
            query_id = str(next(self._query_ids))
            self._callback_query_ids.add(query_id)
            query: JSONDict = {
                "id": query_id,
                "from": self._user(user_id, language_code, first_name, username),
                "message": copy.deepcopy(current),
                "chat_instance": f"ci{key[0]}",
                "data": data,
            }
            return self.push_update({"callback_query": query})

    def send_inline_query(
        self,
        user_id: int,
        query: str,
        *,
        offset: str = "",
        chat_type: str | None = None,
        language_code: str | None = "en",
        first_name: str | None = None,
        username: str | None = None,
    ) -> int:
        """A user types ``@bot query`` somewhere.  Returns the update id."""
        with self._cond:
            query_id = str(next(self._query_ids))
            self._inline_query_ids.add(query_id)
            inline: JSONDict = {
                "id": query_id,
                "from": self._user(user_id, language_code, first_name, username),
                "query": query,
                "offset": offset,
            }
            if chat_type is not None:
                inline["chat_type"] = chat_type
            return self.push_update({"inline_query": inline})

    # ------------------------------------------------------------------ other state

    def commands(self, language_code: str = "", scope: Mapping[str, Any] | None = None) -> list[JSONDict]:
        """Commands set with setMyCommands for exactly this scope and language."""
        with self._cond:
            return copy.deepcopy(self._commands.get(self._commands_key(scope, language_code), []))

    @property
    def webhook(self) -> JSONDict | None:
        """Parameters of the last setWebhook, or ``None`` when no webhook is set."""
        with self._cond:
            return copy.deepcopy(self._webhook)

    def file(self, file_id: str) -> StoredFile:
        """A stored file by ``file_id``; KeyError if unknown."""
        with self._cond:
            return self._files[file_id]

    def set_method(self, name: str, handler: MethodHandler | None) -> None:
        """Implement (or override) a Bot API method; ``None`` removes the override.

        The handler runs on a server thread while the fake's lock is held; it may call
        the fake's helpers but must not block.
        """
        with self._cond:
            if handler is None:
                self._custom_methods.pop(name.lower(), None)
            else:
                self._custom_methods[name.lower()] = (name, handler)

    # ------------------------------------------------------------------ request handling

    def _handle_api(
        self,
        method: str,
        token: str,
        params: JSONDict,
        files: Mapping[str, UploadedFile],
        at: float,
        connection: socket.socket | None,
    ) -> tuple[int, JSONDict, float] | None:
        """Run one API request and record it.

        Returns (HTTP status, JSON body, monotonic time at which to answer), or ``None``
        when an outage refuses or cuts the request (nothing recorded, no answer).
        """
        result: Any = None
        error: BotApiError | None = None
        with self._cond:
            if time.monotonic() < self._outage_until:  # began while this one waited
                self._refused_connections += 1
                return None
            custom = self._custom_methods.get(method.lower())
            builtin = self._builtin_methods.get(method.lower())
            name = custom[0] if custom else builtin[0] if builtin else method
            if name.lower() == "getupdates":
                self._get_updates_calls += 1
            slow_delay = self._draw_slow(name)
            request = _Request(name, token, params, files, at, connection)
            try:
                error = self._take_failure(name, params)
                if error is not None:
                    raise error
                if custom is None and builtin is None:
                    raise BotApiError(404, "Not Found: method not found")
                result = self._run(request, custom, builtin)
            except _Cut:
                return None
            except BotApiError as exc:
                error = exc
            except Exception as exc:  # a bug in the fake must reach the test, not hang it
                _LOGGER.exception("FakeBotApi: %s failed", name)
                self._internal_errors.append(exc)
                error = BotApiError(500, f"Internal Server Error: {type(exc).__name__}: {exc}")
            self._calls.append(
                Call(
                    method=name,
                    params=params,
                    at=at,
                    token=token,
                    files=dict(files),
                    result=None if error else copy.deepcopy(result),
                    error_code=error.error_code if error else None,
                    description=error.description if error else None,
                    slow=slow_delay is not None,
                )
            )
            self._cond.notify_all()
        # A long poll that waited longer than the latency is answered at once.
        answer_at = max(at + self._latency, time.monotonic()) + (slow_delay or 0.0)
        if error is not None:
            return error.error_code, error.to_json(), answer_at
        return 200, {"ok": True, "result": result}, answer_at

    def _run(
        self,
        request: _Request,
        custom: tuple[str, MethodHandler] | None,
        builtin: tuple[str, Callable[[_Request], Any]] | None,
    ) -> Any:
        rate_limited = request.method in _RATE_LIMITED_METHODS
        chat: ChatKey | None = None
        over_global = over_chat = False
        # Measured under the lock (not at arrival) so the windows stay sorted.
        now = time.monotonic()
        if rate_limited:
            chat = self._chat_key(request.params.get("chat_id"))
            over_global, over_chat = self._rate_limit_check(chat, now)
            if (over_global or over_chat) and self.enforce_rate_limits:
                self._count_violation(chat, over_global, over_chat)
                retry = self._retry_after(chat, over_global, now)
                raise BotApiError(429, f"Too Many Requests: retry after {retry}", retry_after=retry)
        if custom is not None:
            result = custom[1](Call(request.method, request.params, request.at, request.token, request.files))
        else:
            assert builtin is not None
            result = builtin[1](request)
        # Only sends that actually happened enter the windows and the violation count.
        if rate_limited:
            if over_global or over_chat:
                self._count_violation(chat, over_global, over_chat)
            self._note_send(chat, now)
        return result

    # ------------------------------------------------------------------ helpers

    def _bot_user(self, token: str) -> JSONDict:
        bot_id = self.bot_id
        if bot_id is None:
            prefix = token.split(":", 1)[0]
            bot_id = int(prefix) if prefix.isdigit() else 1
        return {
            "id": bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def _user(
        self,
        user_id: int,
        language_code: str | None,
        first_name: str | None,
        username: str | None,
    ) -> JSONDict:
        user: JSONDict = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name or f"User {user_id}",
        }
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return user

    def _user_chat(self, user: JSONDict, chat_id: int | None, chat_type: str) -> JSONDict:
        if chat_type == "private":
            if chat_id is not None and chat_id != user["id"]:
                raise ValueError("a private chat's id is the user's id")
            chat: JSONDict = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
            if "username" in user:
                chat["username"] = user["username"]
        else:
            if chat_id is None:
                raise ValueError(f"chat_id is required for chat_type={chat_type!r}")
            chat = self._chats.get(chat_id) or {
                "id": chat_id,
                "type": chat_type,
                "title": f"Chat {chat_id}",
            }
        self._chats[chat["id"]] = chat
        return copy.deepcopy(chat)

    def _chat_key(self, value: Any) -> ChatKey | None:
        """Normalise a chat_id parameter: ints stay ints, "@name" maps to a known chat's
        id if there is one, otherwise stays a (lower-cased) string."""
        if value is None or isinstance(value, bool):
            return None
        if isinstance(value, int):
            return value
        text = str(value).strip()
        try:
            return int(text)
        except ValueError:
            pass
        name = text.removeprefix("@").lower()
        for chat in self._chats.values():
            if str(chat.get("username", "")).lower() == name:
                return int(chat["id"])
        return f"@{name}"

    def _chat_for_send(self, params: JSONDict) -> JSONDict:
        key = self._chat_key(params.get("chat_id"))
        if key is None:
            raise BotApiError(400, "Bad Request: chat_id is empty")
        if isinstance(key, str):
            raise BotApiError(400, "Bad Request: chat not found")
        known = self._chats.get(key)
        if known is not None:
            return copy.deepcopy(known)
        # Unknown ids are synthesised from Telegram's id conventions.
        if key > 0:
            return {"id": key, "type": "private", "first_name": f"User {key}"}
        if key <= -1_000_000_000_000:
            return {"id": key, "type": "supergroup", "title": f"Chat {key}"}
        return {"id": key, "type": "group", "title": f"Chat {key}"}

    def _new_message_id(self, chat_id: int) -> int:
        # Telegram numbers messages per chat; user and bot messages share the sequence.
        self._next_message_id[chat_id] = self._next_message_id.get(chat_id, 0) + 1
        return self._next_message_id[chat_id]

    @staticmethod
    def _message_ref(message: Mapping[str, Any] | Call | tuple[ChatKey, int]) -> tuple[Any, Any]:
        """(chat_id, message_id) of a message given as dict, sending Call or tuple."""
        if isinstance(message, Call):
            if not isinstance(message.result, dict) or "message_id" not in message.result:
                raise ValueError(f"{message.method} call did not return a message")
            message = message.result
        if isinstance(message, tuple):
            return message
        return message["chat"]["id"], message["message_id"]

    def _message_key(self, chat_id: Any, message_id: Any) -> tuple[int, int] | None:
        """Key into the message store; None when the ids cannot name a stored message."""
        chat = self._chat_key(chat_id)
        if not isinstance(chat, int) or isinstance(message_id, bool):
            return None
        try:
            return chat, int(message_id)
        except (TypeError, ValueError):
            return None

    @staticmethod
    def _inline_markup(params: JSONDict) -> JSONDict | None:
        """The reply_markup Telegram echoes in a Message (only inline keyboards)."""
        markup = params.get("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise BotApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return None  # reply keyboards / remove / force_reply are not echoed
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise BotApiError(400, 'Bad Request: field "inline_keyboard" must be an Array')
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not button.get("text"):
                    raise BotApiError(400, "Bad Request: can't parse inline keyboard button")
                data = button.get("callback_data")
                size = len(str(data).encode())
                if data is not None and not 1 <= size <= _MAX_CALLBACK_DATA_BYTES:
                    raise BotApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return copy.deepcopy(markup)

    def _store_bot_message(self, request: _Request, content: JSONDict) -> JSONDict:
        chat = self._chat_for_send(request.params)
        markup = self._inline_markup(request.params)  # validated before an id is used
        message: JSONDict = {
            "message_id": self._new_message_id(chat["id"]),
            "from": self._bot_user(request.token),
            "chat": chat,
            "date": int(time.time()),
            **content,
        }
        thread_id = request.params.get("message_thread_id")
        if isinstance(thread_id, int):
            message["message_thread_id"] = thread_id
        reply_to = request.params.get("reply_parameters", {}) or {}
        reply_id = reply_to.get("message_id") if isinstance(reply_to, dict) else None
        reply_id = reply_id or request.params.get("reply_to_message_id")
        replied = self._messages.get((chat["id"], reply_id)) if isinstance(reply_id, int) else None
        if replied is not None:
            # Telegram does not nest reply_to_message further than one level.
            message["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
        if markup is not None:
            message["reply_markup"] = markup
        key = (chat["id"], message["message_id"])
        self._messages[key] = message
        self._bot_message_keys.append(key)
        return copy.deepcopy(message)

    def _editable_message(self, params: JSONDict) -> JSONDict | None:
        """The stored bot message an edit targets; None for inline messages."""
        if params.get("inline_message_id"):
            return None
        key = self._message_key(params.get("chat_id"), params.get("message_id"))
        message = self._messages.get(key) if key is not None else None
        if message is None:
            raise BotApiError(400, "Bad Request: message to edit not found")
        if not message["from"].get("is_bot"):
            raise BotApiError(400, "Bad Request: message can't be edited")
        return message

    @staticmethod
    def _not_modified() -> BotApiError:
        return BotApiError(
            400,
            "Bad Request: message is not modified: specified new message content and reply "
            "markup are exactly the same as a current content and reply markup of the message",
        )

    @staticmethod
    def _commands_key(scope: Any, language_code: Any) -> tuple[str, str]:
        scope = scope if isinstance(scope, dict) else {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(language_code or "")

    def _file_by_path(self, file_path: str) -> StoredFile | None:
        with self._cond:
            return self._files_by_path.get(file_path)

    def _store_upload(self, upload: UploadedFile) -> StoredFile:
        content_hash = hashlib.sha256(upload.data).hexdigest()
        unique = self._files_by_hash.get(content_hash)
        number = len(self._files) + 1
        if unique is None:
            unique = f"AgAD{number:06d}"
            self._files_by_hash[content_hash] = unique
        extension = ""
        if upload.filename and "." in upload.filename:
            extension = "." + upload.filename.rsplit(".", 1)[1]
        stored = StoredFile(
            file_id=f"BQACAgQAAxkBAAI{number:06d}{unique}",
            file_unique_id=unique,
            file_path=f"documents/file_{number}{extension}",
            file_name=upload.filename,
            mime_type=upload.content_type,
            data=upload.data,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    # ------------------------------------------------------------------ methods

    def _return_true(self, request: _Request) -> bool:
        return True

    def _get_me(self, request: _Request) -> JSONDict:
        return {
            **self._bot_user(request.token),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _set_webhook(self, request: _Request) -> bool:
        url = request.params.get("url") or ""
        self._webhook = dict(request.params) if url else None
        if url and request.params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    def _delete_webhook(self, request: _Request) -> bool:
        self._webhook = None
        if request.params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    def _get_webhook_info(self, request: _Request) -> JSONDict:
        info: JSONDict = {
            "url": (self._webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self._webhook:
            for key in ("max_connections", "allowed_updates", "ip_address"):
                if key in self._webhook:
                    info[key] = self._webhook[key]
        return info

    def _deliverable(self, limit: int) -> list[JSONDict]:
        """Up to ``limit`` pending updates to deliver; updates whose kind the current
        ``allowed_updates`` excludes are dropped from the queue, as Telegram does."""
        allowed = self._allowed_updates
        ready: list[JSONDict] = []
        kept: list[JSONDict] = []
        for update in self._pending:
            kind = _update_kind(update)
            if not ((kind in allowed) if allowed else (kind not in _OPT_IN_UPDATE_TYPES)):
                self._dropped.append(update)
                continue
            kept.append(update)
            if len(ready) < limit:
                ready.append(copy.deepcopy(update))
        if len(kept) != len(self._pending):
            self._pending = kept
        return ready

    def _register_poll(self, connection: socket.socket | None) -> int:
        for poll in self._polls.values():
            if poll.outcome is not None:
                continue
            if _client_gone(poll.connection):
                poll.outcome = "abandoned"  # e.g. PTB cancelled it on Updater.stop()
                continue
            self.concurrent_get_updates += 1
            if self.detect_conflicts:
                poll.outcome = "conflict"
        poll_id = next(self._poll_ids)
        self._polls[poll_id] = _Poll(connection)
        self._cond.notify_all()
        return poll_id

    def _get_updates(self, request: _Request) -> list[JSONDict]:
        if self._webhook is not None:
            raise BotApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        params = request.params
        try:
            offset = int(params.get("offset") or 0)
            limit = min(max(int(params.get("limit") or 100), 1), 100)
            timeout = min(max(float(params.get("timeout") or 0), 0.0), _MAX_LONG_POLL_SECONDS)
        except (TypeError, ValueError) as exc:
            raise BotApiError(400, "Bad Request: wrong parameter in getUpdates request") from exc
        if params.get("allowed_updates") is not None:
            # Telegram remembers the last list; an empty one means "the default set".
            self._allowed_updates = list(params["allowed_updates"]) or None
        # An offset confirms (and forgets) every update below it; a negative one keeps
        # only the last -offset updates.
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
            self._confirmed_update_id = max(self._confirmed_update_id, offset - 1)
        elif offset < 0:
            forgotten = self._pending[:offset]
            if forgotten:
                newest = max(u["update_id"] for u in forgotten)
                self._confirmed_update_id = max(self._confirmed_update_id, newest)
            self._pending = self._pending[offset:]

        poll_id = self._register_poll(request.connection)
        deadline = request.at + timeout
        try:
            while True:
                poll = self._polls[poll_id]
                if poll.outcome == "cut" or time.monotonic() < self._outage_until:
                    raise _Cut  # an outage cut this long poll's connection
                if poll.outcome == "conflict":
                    raise BotApiError(409, _DEFAULT_DESCRIPTIONS[409])
                ready = self._deliverable(limit)
                if ready or self._stopping or poll.outcome == "abandoned":
                    return ready
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                self._cond.wait(min(remaining, _POLL_SLICE_SECONDS))
                if _client_gone(request.connection):
                    return []
        finally:
            self._polls.pop(poll_id, None)

    def _send_message(self, request: _Request) -> JSONDict:
        text = request.params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise BotApiError(400, "Bad Request: message text is empty")
        if _utf16_len(text) > _MAX_TEXT_LENGTH:
            raise BotApiError(400, "Bad Request: message is too long")
        content: JSONDict = {"text": text}
        if isinstance(request.params.get("entities"), list):
            content["entities"] = copy.deepcopy(request.params["entities"])
        return self._store_bot_message(request, content)

    def _send_document(self, request: _Request) -> JSONDict:
        document = request.params.get("document")
        upload = request.files.get("document")
        if isinstance(document, str) and document.startswith("attach://"):
            upload = request.files.get(document.removeprefix("attach://"))
            if upload is None:
                raise BotApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        if upload is not None:
            stored = self._store_upload(upload)
        elif isinstance(document, str) and document.startswith(("http://", "https://")):
            # The fake never fetches URLs: no network access beyond 127.0.0.1.
            raise BotApiError(400, "Bad Request: failed to get HTTP URL content")
        elif isinstance(document, str) and document:
            if document not in self._files:
                raise BotApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
            stored = self._files[document]
        else:
            raise BotApiError(400, "Bad Request: there is no document in the request")
        caption = request.params.get("caption")
        if isinstance(caption, str) and _utf16_len(caption) > _MAX_CAPTION_LENGTH:
            raise BotApiError(400, "Bad Request: message caption is too long")
        doc: JSONDict = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
        }
        if stored.file_name is not None:
            doc["file_name"] = stored.file_name
        if stored.mime_type is not None:
            doc["mime_type"] = stored.mime_type
        content: JSONDict = {"document": doc}
        if caption:
            content["caption"] = caption
        return self._store_bot_message(request, content)

    def _photo(self, request: _Request, photo: Any, name: str = "photo") -> JSONDict:
        """The message content of a photo uploaded (multipart, or ``attach://``) or sent again by
        ``file_id``, checked against Telegram's limits; PNG and JPEG dimensions are read from
        the picture, other pictures count as 1×1."""
        upload = request.files.get(name)
        if isinstance(photo, str) and photo.startswith("attach://"):
            upload = request.files.get(photo.removeprefix("attach://"))
        if upload is not None:
            if len(upload.data) > _MAX_PHOTO_BYTES:
                raise BotApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
            width, height = _picture_size(upload.data)
            if width + height > _MAX_PHOTO_SIDES or max(width, height) > _MAX_PHOTO_RATIO * min(
                width, height
            ):
                raise BotApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
            stored = self._store_upload(upload)
        elif isinstance(photo, str) and photo in self._files:
            stored = self._files[photo]
        else:
            raise BotApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        width, height = _picture_size(stored.data)
        size = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
        return {"photo": [{**size, "width": width, "height": height, "file_size": len(stored.data)}]}

    def _send_photo(self, request: _Request) -> JSONDict:
        content = self._photo(request, request.params.get("photo"))
        caption = request.params.get("caption")
        if isinstance(caption, str) and _utf16_len(caption) > _MAX_CAPTION_LENGTH:
            raise BotApiError(400, "Bad Request: message caption is too long")
        if caption:
            content["caption"] = caption
        return self._store_bot_message(request, content)

    def _edit_message_media(self, request: _Request) -> JSONDict | bool:
        """A photo in place of a message's photo (or document), with its caption and buttons."""
        media = request.params.get("media")
        if not isinstance(media, dict) or media.get("type") != "photo":
            raise BotApiError(400, "Bad Request: can't parse InputMedia: media type is not supported here")
        markup = self._inline_markup(request.params)
        content = self._photo(request, media.get("media"), name="media")
        caption = media.get("caption")
        if isinstance(caption, str) and _utf16_len(caption) > _MAX_CAPTION_LENGTH:
            raise BotApiError(400, "Bad Request: message caption is too long")
        message = self._editable_message(request.params)
        if message is None:
            return True
        if "photo" not in message and "document" not in message:
            raise BotApiError(400, "Bad Request: there is no media in the message to edit")
        message.pop("document", None)
        message.pop("caption", None)
        message.update(content)
        if caption:
            message["caption"] = caption
        if markup is None:
            message.pop("reply_markup", None)
        else:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    def _send_venue(self, request: _Request) -> JSONDict:
        params = request.params
        latitude, longitude = params.get("latitude"), params.get("longitude")
        if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in (latitude, longitude)):
            raise BotApiError(400, "Bad Request: wrong latitude or longitude")
        assert isinstance(latitude, int | float) and isinstance(longitude, int | float)
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise BotApiError(400, "Bad Request: wrong latitude or longitude")
        title, address = params.get("title"), params.get("address")
        if not isinstance(title, str) or not title.strip():
            raise BotApiError(400, "Bad Request: venue title is empty")
        if not isinstance(address, str) or not address.strip():
            raise BotApiError(400, "Bad Request: venue address is empty")
        location = {"latitude": latitude, "longitude": longitude}
        venue = {"location": location, "title": title, "address": address}
        return self._store_bot_message(request, {"venue": venue, "location": location})

    def _send_chat_action(self, request: _Request) -> bool:
        self._chat_for_send(request.params)
        if request.params.get("action") not in _CHAT_ACTIONS:
            raise BotApiError(400, "Bad Request: wrong parameter action in request")
        return True

    def _edit_message_text(self, request: _Request) -> JSONDict | bool:
        text = request.params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise BotApiError(400, "Bad Request: message text is empty")
        if _utf16_len(text) > _MAX_TEXT_LENGTH:
            raise BotApiError(400, "Bad Request: message is too long")
        markup = self._inline_markup(request.params)
        message = self._editable_message(request.params)
        if message is None:
            return True  # inline messages: Telegram answers True
        if "text" not in message:
            raise BotApiError(400, "Bad Request: there is no text in the message to edit")
        if message["text"] == text and message.get("reply_markup") == markup:
            raise self._not_modified()
        message["text"] = text
        message.pop("entities", None)
        if isinstance(request.params.get("entities"), list):
            message["entities"] = copy.deepcopy(request.params["entities"])
        # An edit without reply_markup removes the inline keyboard, as on Telegram.
        if markup is None:
            message.pop("reply_markup", None)
        else:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    def _edit_message_reply_markup(self, request: _Request) -> JSONDict | bool:
        markup = self._inline_markup(request.params)
        message = self._editable_message(request.params)
        if message is None:
            return True
        if message.get("reply_markup") == markup:
            raise self._not_modified()
        if markup is None:
            message.pop("reply_markup", None)
        else:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    def _delete_message(self, request: _Request) -> bool:
        key = self._message_key(request.params.get("chat_id"), request.params.get("message_id"))
        if key is None or self._messages.pop(key, None) is None:
            raise BotApiError(400, "Bad Request: message to delete not found")
        return True

    def _answer_callback_query(self, request: _Request) -> bool:
        if request.params.get("callback_query_id") not in self._callback_query_ids:
            raise BotApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        return True

    def _answer_inline_query(self, request: _Request) -> bool:
        if request.params.get("inline_query_id") not in self._inline_query_ids:
            raise BotApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        results = request.params.get("results")
        if not isinstance(results, list):
            raise BotApiError(400, "Bad Request: can't parse inline query results JSON object")
        return True

    def _set_my_commands(self, request: _Request) -> bool:
        commands = request.params.get("commands")
        if not isinstance(commands, list):
            raise BotApiError(400, "Bad Request: can't parse commands JSON object")
        for command in commands:
            if not isinstance(command, dict) or not _COMMAND_RE.match(str(command.get("command", ""))):
                raise BotApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise BotApiError(400, "Bad Request: command description must be non-empty")
        key = self._commands_key(request.params.get("scope"), request.params.get("language_code"))
        if commands:
            self._commands[key] = [
                {"command": c["command"], "description": c["description"]} for c in commands
            ]
        else:
            self._commands.pop(key, None)
        return True

    def _get_my_commands(self, request: _Request) -> list[JSONDict]:
        key = self._commands_key(request.params.get("scope"), request.params.get("language_code"))
        return copy.deepcopy(self._commands.get(key, []))

    def _delete_my_commands(self, request: _Request) -> bool:
        key = self._commands_key(request.params.get("scope"), request.params.get("language_code"))
        self._commands.pop(key, None)
        return True

    def _get_file(self, request: _Request) -> JSONDict:
        stored = self._files.get(str(request.params.get("file_id") or ""))
        if stored is None:
            raise BotApiError(400, "Bad Request: wrong file_id or the file is temporarily unavailable")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }
