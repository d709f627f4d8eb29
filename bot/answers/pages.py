"""Long answers a page at a time: what fits a phone screen first, the rest behind a "More" button.

A list of twenty sessions is a wall of text on a phone. An answer's sessions are cut into pages of
PAGE_SIZE; the first page of a topic search holds the best matches (a title before a passing
mention in a description), each page is shown in the order of the day.
"""

from __future__ import annotations

from dataclasses import replace

from bot.answers.answer import Answer
from bot.understand.question import Intent

PAGE_SIZE = 8


def page_count(result: Answer) -> int:
    return max(1, -(-len(result.sessions) // PAGE_SIZE))


def page_of(result: Answer, page: int) -> Answer:
    """The answer with only one page of its sessions (the last page when `page` is beyond it),
    in the order of the day; `hidden` counts the sessions on the pages after it."""
    if len(result.sessions) <= PAGE_SIZE or result.intent == Intent.INFO:
        return result
    page = min(max(page, 0), page_count(result) - 1)
    chunk = result.sessions[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    if result.intent == Intent.SEARCH:
        chunk = tuple(sorted(chunk, key=lambda s: (s.start, s.room_id or "")))
    hidden = max(0, len(result.sessions) - (page + 1) * PAGE_SIZE)
    return replace(result, sessions=chunk, hidden=hidden)
