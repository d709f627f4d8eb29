"""Splitting a long HTML reply into Telegram messages of at most 4,096 characters."""

from __future__ import annotations

import re

TELEGRAM_LIMIT = 4096
_TAG = re.compile(r"<(/?)([a-z]+)[^>]*>")


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Cut between lines (else between words) so that no tag is cut, reopening what a cut closes."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            # Never cut inside a tag or an entity.
            while cut > 0 and (
                line.rfind("<", 0, cut) > line.rfind(">", 0, cut)
                or line.rfind("&", 0, cut) > line.rfind(";", 0, cut)
            ):
                cut -= 1
            parts.append(line[:cut])
            line = line[cut:].lstrip()
        current = line
    if current:
        parts.append(current)
    return [_balance(part) for part in parts if part.strip()]


def _balance(part: str) -> str:
    """Close tags left open at the end of a part (and drop closers with no opener)."""
    stack: list[str] = []
    out: list[str] = []
    position = 0
    for match in _TAG.finditer(part):
        out.append(part[position : match.start()])
        closing, name = match.group(1), match.group(2)
        if closing:
            if name in stack:
                while stack:
                    top = stack.pop()
                    out.append(f"</{top}>")
                    if top == name:
                        break
        else:
            stack.append(name)
            out.append(match.group(0))
        position = match.end()
    out.append(part[position:])
    out.extend(f"</{name}>" for name in reversed(stack))
    return "".join(out)
