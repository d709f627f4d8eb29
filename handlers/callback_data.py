"""Callback data for inline buttons: packed and parsed in one place, refused over 64 bytes.

Data that comes back may be anything (an old button, a forged one): handlers read numbers with
`position()` and rebuild buttons from received fields only when `fits()` says they still pack.
"""

from __future__ import annotations

from dataclasses import dataclass

LIMIT = 64
SEPARATOR = "|"


class CallbackDataTooLong(ValueError):
    """Telegram drops a button whose data is over 64 bytes: refuse it where it is built."""


@dataclass(frozen=True, slots=True)
class Callback:
    """`action` names what the button does; `args` are short strings without '|'."""

    action: str
    args: tuple[str, ...] = ()

    def pack(self) -> str:
        for part in (self.action, *self.args):
            if SEPARATOR in part:
                raise ValueError(f"callback part {part!r} contains {SEPARATOR!r}")
        data = SEPARATOR.join((self.action, *self.args))
        if len(data.encode("utf-8")) > LIMIT:
            raise CallbackDataTooLong(f"callback data over {LIMIT} bytes: {data!r}")
        return data

    @classmethod
    def parse(cls, data: str | None) -> Callback | None:
        """The callback, or None for data this version of the bot does not know."""
        if not data:
            return None
        action, *args = data.split(SEPARATOR)
        return cls(action, tuple(args)) if action else None

    def arg(self, index: int, default: str = "") -> str:
        return self.args[index] if index < len(self.args) else default


def callback(action: str, *args: str) -> str:
    return Callback(action, args).pack()


def fits(action: str, *args: str) -> bool:
    """Whether a button with this data can be made (no separator in a part, at most 64 bytes)."""
    try:
        Callback(action, args).pack()
    except ValueError:
        return False
    return True


def position(text: str, size: int) -> int | None:
    """A position 0 ≤ n < size written in ASCII digits, else None ("-1", "٣", "1e3", "99…9")."""
    if not (text.isascii() and text.isdigit()) or len(text) > 9:
        return None
    number = int(text)
    return number if number < size else None
