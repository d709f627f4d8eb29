"""Splitting a long HTML reply into Telegram messages of at most 4,096 characters.

Telegram counts UTF-16 code units (an emoji is two), so we do too. Cuts fall between lines, else
between words, never inside a tag or an entity; a tag open at a cut is closed at the end of one
part and opened again at the start of the next.
"""

from __future__ import annotations

import re

TELEGRAM_LIMIT = 4096
_TAG = re.compile(r"<(/?)([a-z-]+)[^>]*>")
# Room kept in each part for the tags closed at its end and reopened in the next.
_TAG_ROOM = 64


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    if utf16_length(text) <= limit:
        return [text]
    budget = limit - _TAG_ROOM
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if utf16_length(candidate) <= budget:
            current = candidate
            continue
        if current:
            pieces.append(current)
        while utf16_length(line) > budget:
            cut = _cut_point(line, budget)
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        current = line
    if current:
        pieces.append(current)
    return _rebalance([piece for piece in pieces if piece.strip()])


def _cut_point(line: str, budget: int) -> int:
    """The last space that keeps the head under budget, else the budget itself; never in a tag or entity."""
    end = 0
    units = 0
    for index, char in enumerate(line):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > budget:
            break
        end = index + 1
    space = line.rfind(" ", 0, end)
    cut = space if space > end // 2 else end
    while cut > 0 and (line.rfind("<", 0, cut) > line.rfind(">", 0, cut) or _inside_entity(line, cut)):
        cut -= 1
    return cut or end


def _inside_entity(line: str, cut: int) -> bool:
    amp = line.rfind("&", 0, cut)
    return amp != -1 and line.rfind(";", amp, cut) == -1 and cut - amp <= 10


def _rebalance(pieces: list[str]) -> list[str]:
    """Close the tags a piece leaves open and open them again in the next piece."""
    parts: list[str] = []
    # (opening tag as written, its name) still open from earlier pieces
    carried: list[tuple[str, str]] = []
    for piece in pieces:
        open_tags = list(carried)
        for match in _TAG.finditer(piece):
            closing, name = match.group(1), match.group(2)
            if not closing:
                open_tags.append((match.group(0), name))
            else:
                for index in range(len(open_tags) - 1, -1, -1):
                    if open_tags[index][1] == name:
                        del open_tags[index]
                        break
        closers = "".join(f"</{name}>" for _, name in reversed(open_tags))
        parts.append("".join(tag for tag, _ in carried) + piece + closers)
        carried = open_tags
    return parts
