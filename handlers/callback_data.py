"""Callback data for inline buttons: packed and parsed in one place, refused over 64 bytes."""

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
