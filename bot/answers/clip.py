"""Shortening what must fit in one message: a card, a caption, a title.

A reply may be split into several messages (split.py); a card edited in place, an inline result
or a document's caption may not, so their parts are shortened, ending with an ellipsis. Lengths
are counted as Telegram counts them (UTF-16 units) on the HTML we send, which is never shorter
than the text Telegram measures after parsing it.
"""

from __future__ import annotations

from html import escape

from bot.answers.split import split_message, utf16_length

ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """Plain text of at most `limit` UTF-16 units, ending with … when shortened."""
    return _clip(text, limit, html=False)


def clip_html(text: str, limit: int) -> str:
    """`text` HTML-escaped, at most `limit` UTF-16 units, ending with … when shortened (never
    inside an entity such as &amp;)."""
    return _clip(text, limit, html=True)


def _clip(text: str, limit: int, *, html: bool) -> str:
    whole = escape(text) if html else text
    if utf16_length(whole) <= limit:
        return whole
    budget = limit - utf16_length(ELLIPSIS)
    kept: list[str] = []
    units = 0
    for char in text:
        piece = escape(char) if html else char
        size = utf16_length(piece)
        if units + size > budget:
            break
        kept.append(piece)
        units += size
    return "".join(kept).rstrip() + ELLIPSIS


def truncate_html(text: str, limit: int) -> str:
    """HTML of at most `limit` UTF-16 units: what fits, between lines or words with its tags
    closed, then …"""
    if utf16_length(text) <= limit:
        return text
    parts = split_message(text, limit - utf16_length(ELLIPSIS))
    return (parts[0] if parts else "") + ELLIPSIS


def join_within(blocks: list[str], limit: int) -> str:
    """Blocks of HTML (each with its tags closed) joined by newlines: all of them if they fit in
    `limit` UTF-16 units, else those that fit in order, then a line with …"""
    text = "\n".join(blocks)
    if utf16_length(text) <= limit:
        return text
    reserve = utf16_length("\n" + ELLIPSIS)
    kept: list[str] = []
    units = 0
    for block in blocks:
        size = utf16_length(block) + (1 if kept else 0)
        if units + size + reserve > limit:
            break
        kept.append(block)
        units += size
    while kept and not kept[-1].strip():
        kept.pop()  # a blank line that was to come before what is left out
    return "\n".join([*kept, ELLIPSIS])
