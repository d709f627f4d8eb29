"""A conference site's data kept as a JavaScript or TypeScript module, read as the JSON it holds.

Sites built with JavaScript frameworks keep their programme as a module rather than a JSON file:

    import type { Session } from "./types";
    // generated from the CFP
    export const sessions: Session[] = [
      { id: 'nc19-01', title: 'DDD Modelling', start: "2019-05-16T09:00", speakers: ['Ana Gil'], },
    ];

Each array or object assigned or exported (`export const x = …`, `export default …`,
`module.exports = …`, `const x = …`) is read when it is a literal, several under their names
(`export const days = […]; export const rooms = {…}; export const sessions = {…}`, Camping des
Speakers 2023's `camping-data.js`, as one object of days, rooms and sessions): keys without quotes, strings
in single quotes or back quotes (without `${…}`), comments and trailing commas are what such
modules write and JSON does not. Anything computed (a function call, a variable, a spread, a
template with `${…}`) is refused, saying what was met: the bot never runs the module.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

# Where the data starts: after an assignment or an export, at its first bracket.
_START = re.compile(
    r"(?:export\s+(?P<default>default)\s+|module\.(?P<exports>exports)\s*=\s*"
    r"|(?:export\s+)?(?:var|let|const)\s+(?P<name>[\w$]+)(?:\s*:\s*[^=]+?)?\s*=\s*)(?=[\[{])"
)
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_LITERALS = {"true": "true", "false": "false", "null": "null", "undefined": "null"}


class NotALiteral(ValueError):
    """The module's data is computed, or is no data at all."""


def is_module(text: str) -> bool:
    """Whether a text is a script that assigns or exports an array or an object."""
    return _START.search(text) is not None


def module_json(text: str) -> str:
    """The JSON text of the array or object the module assigns or exports; of several, one object
    of them under their names. A computed one after the first is passed over (a module may
    export a function beside its data)."""
    literals: dict[str, str] = {}
    at = 0
    while (found := _START.search(text, at)) is not None:
        converter = _Converter(text, found.end())
        try:
            literals[found.group("name") or found.group("default") or "exports"] = converter.value()
        except NotALiteral:
            if not literals:
                raise
            at = found.end()
            continue
        at = converter.at
    if not literals:
        raise NotALiteral("no array or object is assigned or exported")
    if len(literals) == 1:
        return next(iter(literals.values()))
    return "{" + ",".join(f"{json.dumps(name)}:{value}" for name, value in literals.items()) + "}"


class _Converter:
    """Reads one JavaScript literal from `start` and writes it as JSON."""

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.at = start
        self.out: list[str] = []

    def value(self) -> str:
        self._literal()
        return "".join(self.out)

    def _skip(self) -> None:
        """Spaces and comments."""
        text = self.text
        while self.at < len(text):
            if text[self.at].isspace():
                self.at += 1
            elif text.startswith("//", self.at):
                end = text.find("\n", self.at)
                self.at = len(text) if end == -1 else end + 1
            elif text.startswith("/*", self.at):
                end = text.find("*/", self.at + 2)
                if end == -1:
                    raise NotALiteral("a comment that never ends")
                self.at = end + 2
            else:
                return

    def _literal(self) -> None:
        self._skip()
        if self.at >= len(self.text):
            raise NotALiteral("the data ends too soon")
        sign = self.text[self.at]
        if sign == "[":
            self._sequence("]", self._literal)
        elif sign == "{":
            self._sequence("}", self._member)
        elif sign in "'\"`":
            self.out.append(json.dumps(self._string()))
        else:
            number = _NUMBER.match(self.text, self.at)
            word = _IDENTIFIER.match(self.text, self.at)
            if number is not None:
                self.out.append(number.group(0))
                self.at = number.end()
            elif word is not None and word.group(0) in _LITERALS:
                self.out.append(_LITERALS[word.group(0)])
                self.at = word.end()
            else:
                shown = self.text[self.at : self.at + 20].split("\n")[0]
                raise NotALiteral(f"a computed value ({shown!r}), not data")

    def _sequence(self, closing: str, item: Callable[[], None]) -> None:
        """An array's values or an object's members, commas between, a trailing one dropped."""
        self.out.append(self.text[self.at])
        self.at += 1
        first = True
        while True:
            self._skip()
            if self.at >= len(self.text):
                raise NotALiteral(f"a '{closing}' is missing")
            if self.text[self.at] == closing:
                self.out.append(closing)
                self.at += 1
                return
            if not first:
                if self.text[self.at] != ",":
                    raise NotALiteral(f"a ',' or '{closing}' was expected at {self.text[self.at]!r}")
                self.at += 1
                self._skip()
                if self.text[self.at : self.at + 1] == closing:
                    continue  # a trailing comma
                self.out.append(",")
            first = False
            item()

    def _member(self) -> None:
        """`key: value`, the key a name, a string or a number."""
        self._skip()
        sign = self.text[self.at : self.at + 1]
        if sign and sign in "'\"`":
            key = self._string()
        else:
            word = _IDENTIFIER.match(self.text, self.at) or _NUMBER.match(self.text, self.at)
            if word is None:
                raise NotALiteral(f"an object's key was expected at {sign!r}")
            key, self.at = word.group(0), word.end()
        self._skip()
        if self.text[self.at : self.at + 1] != ":":
            raise NotALiteral(f"a key without its value ({key!r})")
        self.at += 1
        self.out.append(json.dumps(key) + ":")
        self._literal()

    def _string(self) -> str:
        quote = self.text[self.at]
        chars: list[str] = []
        at = self.at + 1
        text = self.text
        while at < len(text) and text[at] != quote:
            if quote == "`" and text.startswith("${", at):
                raise NotALiteral("a template that computes a value")
            if text[at] == "\\" and at + 1 < len(text):
                escaped = text[at + 1]
                if escaped == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[at + 2 : at + 6]):
                    chars.append(chr(int(text[at + 2 : at + 6], 16)))
                    at += 6
                    continue
                chars.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(escaped, escaped))
                at += 2
                continue
            chars.append(text[at])
            at += 1
        if at >= len(text):
            raise NotALiteral("a string that never ends")
        self.at = at + 1
        return "".join(chars)
