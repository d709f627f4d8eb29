"""A site's data kept as a JavaScript or TypeScript module (bot/programme/importers/js_literal.py):
read as the literal it assigns or exports, never run; a computed value is refused, saying so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.programme.errors import ProgrammeError
from bot.programme.importers.js_literal import NotALiteral, module_json
from bot.programme.loading import load_programme

MODULE = """import type { Session } from "./types";

// Generated from the CFP, do not edit by hand
export const sessions: Session[] = [
  {
    id: 'nc19-01',
    title: 'DDD Modelling vs Implementation',
    start: "2019-05-16T09:00:00",
    end: "2019-05-16T10:00:00",
    room: `Lovelace`,
    speakers: ['Mathias Verraes'],
    description: 'It\\'s about "patterns"',
  },
  /* a break */
  { id: 'nc19-02', title: "Coffee break", start: "2019-05-16T10:00:00", end: "2019-05-16T10:30:00",
    room: "Lovelace", speakers: [], rating: -1.5, online: false, link: undefined, },
];

export default sessions;
"""


def test_a_module_s_literal_is_its_json() -> None:
    data = json.loads(module_json(MODULE))
    assert [session["title"] for session in data] == ["DDD Modelling vs Implementation", "Coffee break"]
    assert data[0]["description"] == 'It\'s about "patterns"'
    assert data[0]["room"] == "Lovelace"
    assert (data[1]["rating"], data[1]["online"], data[1]["link"]) == (-1.5, False, None)


@pytest.mark.parametrize(
    "module",
    [
        'export default { "days": [] };',
        "module.exports = {days: [], // none yet\n};",
        "const programme = [{day: 1}]",
    ],
)
def test_every_way_of_giving_the_data(module: str) -> None:
    assert json.loads(module_json(module)) in ({"days": []}, [{"day": 1}])


@pytest.mark.parametrize(
    ("module", "said"),
    [
        ("export default [{ start: makeTime(9) }];", "computed value"),
        ("export default [{ title: `Talk ${n}` }];", "template"),
        ("export default [...others];", "computed value"),
        ("export default [{ title: 'open", "never ends"),
    ],
)
def test_a_computed_value_is_refused_saying_what_it_met(module: str, said: str) -> None:
    with pytest.raises(NotALiteral, match=said):
        module_json(module)


def test_a_module_of_sessions_loads_and_a_computed_one_is_refused_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sessions.ts"
    path.write_text(MODULE, encoding="utf-8")
    programme = load_programme(path, tz="Europe/Paris").programme
    assert sorted(session.title.get("en") for session in programme.sessions) == [
        "Coffee break",
        "DDD Modelling vs Implementation",
    ]
    assert [person.name for person in programme.people.values()] == ["Mathias Verraes"]
    computed = tmp_path / "agenda.js"
    computed.write_text('export default [{ title: "Keynote", start: makeTime(9) }];', encoding="utf-8")
    with pytest.raises(ProgrammeError, match="cannot be read without running it") as refused:
        load_programme(computed, tz="Europe/Paris")
    assert "agenda.js" in str(refused.value)


def test_a_module_of_several_exports_is_one_object_of_them() -> None:
    """Camping des Speakers 2023's camping-data.js exports its days, rooms and sessions apart,
    each under a JSDoc type written in braces (no template), beside a function."""
    module = """/**
* @type {Day[]}
*/
export const days = [{ "short": "2023/06/15" }]
/** @type {{[key: string]: Room}} */
export const rooms = { "petite_salle": { "name": "Petite Salle" } }
export function favourite(key) { return key }
export const sessions = { FrankenPHP: { title: 'FrankenPHP', room: "petite_salle" } }
"""
    data = json.loads(module_json(module))
    assert list(data) == ["days", "rooms", "sessions"]
    assert data["sessions"]["FrankenPHP"]["room"] == "petite_salle"
