"""A user's calendar subscription: their starred sessions as an iCalendar feed, made at each fetch.

Nothing is stored but the link's token (bot/store/calendar_links.py): each fetch renders the
stars as they are and the programme in force (the door's current snapshot), so a star, an
unstar or an organiser's /move shows at the calendar app's next fetch. Texts are in the user's
language, times in the conference's zone (bot/calendar.py). Served over HTTP by
bot/feed_server.py, at WEBHOOK_URL/calendar/<token>.ics.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from bot.calendar import calendar_file, starred_sessions
from bot.clock import Clock
from bot.i18n import speaker
from bot.programme.current import CurrentProgramme
from bot.store.calendar_links import CalendarLinks
from bot.store.stars import Stars
from bot.store.users import Users

# Where the feeds are, under the server's root (and under WEBHOOK_URL for the public address).
FEED_PREFIX = "/calendar/"
FEED_SUFFIX = ".ics"
# How often a calendar app is asked to fetch again: changes during a conference day matter.
REFRESH = timedelta(minutes=15)


def feed_address(public_url: str, token: str) -> str:
    """The https address of a feed: the public address followed by /calendar/<token>.ics."""
    return f"{public_url.rstrip('/')}{FEED_PREFIX}{token}{FEED_SUFFIX}"


def webcal_address(address: str) -> str:
    """The same address as webcal://, which calendar apps open as a subscription."""
    parts = urlsplit(address)
    return "webcal://" + address[len(parts.scheme) + len("://") :]


def token_in(path: str) -> str | None:
    """The token of a feed's path ("/calendar/<token>.ics"), or None for any other path."""
    if not (path.startswith(FEED_PREFIX) and path.endswith(FEED_SUFFIX)):
        return None
    token = path[len(FEED_PREFIX) : -len(FEED_SUFFIX)]
    return token if token and "/" not in token else None


@dataclass(frozen=True, slots=True)
class Feed:
    body: bytes
    # Changes with what the calendar shows, not with the instant it was made (DTSTAMP).
    etag: str


def entity_tag(body: bytes) -> str:
    shown = b"\r\n".join(line for line in body.split(b"\r\n") if not line.startswith(b"DTSTAMP"))
    return '"' + hashlib.sha256(shown).hexdigest()[:32] + '"'


class CalendarFeeds:
    """Feeds by token; everything read here is in memory (no database call per fetch)."""

    def __init__(
        self,
        links: CalendarLinks,
        stars: Stars,
        users: Users,
        programme: CurrentProgramme,
        clock: Clock,
        default_language: str | None = None,
    ) -> None:
        self._links = links
        self._stars = stars
        self._users = users
        self._programme = programme
        self._clock = clock
        self._default_language = default_language

    def feed(self, token: str) -> Feed | None:
        """The calendar behind this token, or None when no user's link has it."""
        user_id = self._links.user_of(token)
        if user_id is None:
            return None
        programme = self._programme.snapshot
        user = self._users.get(user_id)
        language = (
            (user.language if user is not None else None)
            or self._default_language
            or programme.conference.default_language
        )
        s = speaker(language, programme.timezone)
        sessions = starred_sessions(programme, self._stars.of(user_id))
        body = calendar_file(programme, sessions, s, now=self._clock.now(), refresh=REFRESH)
        return Feed(body, entity_tag(body))
