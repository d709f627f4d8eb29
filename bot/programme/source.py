"""Where the programme comes from, a file or an http(s) address, and whether it changed since last read.

`ProgrammeSource.fetch()` returns the new bytes or None when the programme is unchanged; `load()`
turns bytes into a programme with the same readers as a file. Every failure is a ProgrammeError
that names the location and the reason on one line.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self
from urllib.parse import urlsplit, urlunsplit

from bot.programme.errors import ProgrammeError
from bot.programme.loading import Loaded, load_programme, load_programme_bytes

if TYPE_CHECKING:  # aiohttp is imported where an address is read: `ask` on a file starts faster
    import aiohttp

TIMEOUT_SECONDS = 20.0
MAX_BYTES = 50_000_000
USER_AGENT = "conference-bot (programme refresh)"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A version of the programme not seen before: its bytes and their SHA-256."""

    content: bytes
    digest: str


def is_url(location: str) -> bool:
    return location.strip().lower().startswith(("http://", "https://"))


def display_name(location: str) -> str:
    """The location as shown in messages: an address loses any user:password and its query,
    which may hold an access token; organisers read these messages and logs keep them."""
    if not is_url(location):
        return location
    parts = urlsplit(location.strip())
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 literal needs its brackets back
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:  # not a number: ProgrammeSource refuses the address, saying why
        port = None
    netloc = f"{host}:{port}" if port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "…" if parts.query else "", ""))


class ProgrammeSource:
    """A programme file path or http(s) URL, read again only when it changed.

    An address is asked with If-None-Match / If-Modified-Since from the previous answer (304 means
    unchanged); a file is re-read only when its modification time or size changed. In both cases
    bytes identical to the last version read count as unchanged too (servers without validators,
    a file touched but not edited).
    """

    def __init__(
        self,
        location: str | Path,
        *,
        tz: str | None = None,
        first_day: date | None = None,
        timeout: float = TIMEOUT_SECONDS,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.location = str(location).strip()
        self.name = display_name(self.location)
        self.tz = tz
        self.first_day = first_day
        self.timeout = timeout
        self.max_bytes = max_bytes
        if "://" in self.location and not is_url(self.location):
            raise ProgrammeError(self.name, "only http:// and https:// addresses are read")
        self._is_url = is_url(self.location)
        if self._is_url:
            _check_address(self.location, self.name)
        # Opened at the first download, inside the event loop that uses it; closed by aclose().
        self._client: aiohttp.ClientSession | None = None
        self._digest: str | None = None  # of the last version returned by fetch()
        self._etag: str | None = None
        self._last_modified: str | None = None
        self._stat: tuple[int, int] | None = None  # (mtime_ns, size) of the file last read

    async def fetch(self) -> Fetched | None:
        """The programme's bytes if they changed since the last call (always on the first), else None.

        Raises ProgrammeError (network error, HTTP status other than 200/304, too big, unreadable
        file). The version returned counts as seen even if it later fails to load: it is not
        downloaded again until it changes.
        """
        content = await self._download() if self._is_url else self._read_file()
        if content is None:
            return None
        digest = hashlib.sha256(content).hexdigest()
        if digest == self._digest:
            return None
        self._digest = digest
        return Fetched(content, digest)

    def load(self, content: bytes) -> Loaded:
        """Read and validate the bytes with the readers of programme files; errors name the location."""
        return load_programme_bytes(content, self.name, tz=self.tz, first_day=self.first_day)

    async def load_now(self) -> Loaded:
        """Fetch the programme whatever was seen before and load it (at start-up). Raises ProgrammeError."""
        self.forget()
        fetched = await self.fetch()
        assert fetched is not None  # nothing was seen, so nothing can be unchanged
        return self.load(fetched.content)

    def forget(self) -> None:
        """Forget the last version seen: the next fetch() returns the programme whatever it is."""
        self._digest = self._etag = self._last_modified = None
        self._stat = None

    async def aclose(self) -> None:
        """Close the HTTP client's connections (nothing to do for a file)."""
        if self._client is not None:
            await self._client.close()
            self._client = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()

    def _read_file(self) -> bytes | None:
        path = Path(self.location)
        try:
            stat = path.stat()
            if (stat.st_mtime_ns, stat.st_size) == self._stat:
                return None
            if stat.st_size > self.max_bytes:
                raise self._error(f"the file is larger than {_megabytes(self.max_bytes)}")
            content = path.read_bytes()
        except OSError as error:
            raise self._error(f"cannot read the file ({error.strerror or error})") from error
        self._stat = (stat.st_mtime_ns, stat.st_size)
        return content

    def _session(self) -> aiohttp.ClientSession:
        import aiohttp

        if self._client is None or self._client.closed:
            self._client = aiohttp.ClientSession(
                headers={"User-Agent": USER_AGENT},
                # Each step (connecting, each read) bounded like the whole download (see below).
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=self.timeout, sock_read=self.timeout),
                # Proxies from HTTPS_PROXY / NO_PROXY, as on the rest of the machine.
                trust_env=True,
            )
        return self._client

    async def _download(self) -> bytes | None:
        import asyncio
        from http import HTTPStatus

        import aiohttp

        headers: dict[str, str] = {}
        if self._etag:
            headers["If-None-Match"] = self._etag
        if self._last_modified:
            headers["If-Modified-Since"] = self._last_modified
        try:
            # The session's timeouts bound each step (connect, each read); this one the whole
            # download, so that a server trickling bytes cannot hold the refresh forever.
            # Redirects are followed: exports are often behind one (http → https, /latest/).
            async with asyncio.timeout(self.timeout):
                async with self._session().get(self.location, headers=headers) as response:
                    if response.status == HTTPStatus.NOT_MODIFIED:
                        return None
                    if response.status != HTTPStatus.OK:
                        phrase = response.reason or "error"
                        raise self._error(f"the server answered {response.status} {phrase}")
                    content = await self._read_capped(response)
                    # Kept only once the whole body has arrived: a cut download is asked again whole.
                    self._etag = response.headers.get("ETag")
                    self._last_modified = response.headers.get("Last-Modified")
                    return content
        except TimeoutError as error:  # aiohttp's own timeouts are TimeoutErrors too
            raise self._error(f"no complete answer within {self.timeout:g} s") from error
        except aiohttp.ClientError as error:
            raise self._error(f"cannot download the programme ({_describe(error)})") from error

    async def _read_capped(self, response: aiohttp.ClientResponse) -> bytes:
        too_big = f"the programme is larger than {_megabytes(self.max_bytes)}"
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self._error(too_big)
        chunks: list[bytes] = []
        size = 0
        # Counted as it arrives (after decompression): stop reading as soon as the cap is passed.
        async for chunk in response.content.iter_any():
            size += len(chunk)
            if size > self.max_bytes:
                raise self._error(too_big)
            chunks.append(chunk)
        return b"".join(chunks)

    def _error(self, reason: str) -> ProgrammeError:
        return ProgrammeError(self.name, reason)


def _describe(error: Exception) -> str:
    # One line whatever the exception says; some aiohttp errors have an empty message.
    text = " ".join(str(error).split())
    return text or type(error).__name__


def _check_address(location: str, name: str) -> None:
    """Refuse an address that cannot be asked, here, once, rather than at each fetch."""
    try:
        parts = urlsplit(location)
        _ = parts.port  # a ValueError when not a number or out of range
    except ValueError as error:
        raise ProgrammeError(name, f"not a valid address ({error})") from error
    if not parts.hostname:
        raise ProgrammeError(name, "not a valid address (no host name)")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:g} MB"


def load_location(location: str, *, tz: str | None = None, first_day: date | None = None) -> Loaded:
    """Load a programme from a file path or an http(s) address, once (for start-up and commands)."""
    if not is_url(location):
        return load_programme(location, tz=tz, first_day=first_day)

    # Imported here: asyncio costs a file read from disk (`ask --json`'s start-up) 15 ms for nothing.
    import asyncio

    async def download() -> Loaded:
        async with ProgrammeSource(location, tz=tz, first_day=first_day) as source:
            return await source.load_now()

    return asyncio.run(download())
