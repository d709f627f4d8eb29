"""The one error a programme file is refused with, and the warnings it may load with."""

from __future__ import annotations

from pathlib import Path


class ProgrammeError(Exception):
    """A programme file that cannot be used: names the file, where in it, and why, on one line."""

    def __init__(
        self, file: str | Path, reason: str, *, line: int | None = None, where: str | None = None
    ) -> None:
        self.file = str(file)
        self.reason = reason
        self.line = line
        self.where = where
        super().__init__(str(self))

    def __str__(self) -> str:
        location = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [location, self.where, self.reason]
        return ": ".join(part for part in parts if part)
