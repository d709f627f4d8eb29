"""Every session card fits in one Telegram message, whatever the programme holds."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answers.cards import TITLE_LIMIT, session_card
from bot.answers.clip import clip, clip_html, join_within, truncate_html
from bot.answers.split import utf16_length
from bot.i18n import LANGUAGES, speaker
from bot.programme.loading import load_programme
from bot.programme.model import Programme
from tests.conftest import MECHELEN
from tests.test_hostile_input import assert_sendable

SESSION = "d1-workshop-right-to-the-city"
HUGE_TITLE = "Human mobility " + "&<b>é😀 " * 1_500  # 10,515 characters, more in HTML
HUGE_DESCRIPTION = "Tom & Jerry <script> " * 2_000
ORIGINAL_TITLE = (
    'title = { fr = "La mobilité humaine et le droit à la ville", en = "Human mobility and the right to '
    'the city", es = "La movilidad humana y el derecho a la ciudad" }'
)


def hostile_programme_text(*, everything: bool = False) -> str:
    """The shipped programme with one session (12:45 in Alcazar on the first day) whose title and
    description are far beyond a message; `everything` makes its room, people, organiser and
    guiding questions huge too."""
    text = MECHELEN.read_text(encoding="utf-8")
    assert text.count(ORIGINAL_TITLE) == 1
    huge = (
        f'title = {{ en = "{HUGE_TITLE}", fr = "{HUGE_TITLE}", es = "{HUGE_TITLE}" }}\n'
        f'description = "{HUGE_DESCRIPTION}"'
    )
    if everything:
        questions = ", ".join(f'"Question {n} <&> ' + "why " * 200 + '"' for n in range(40))
        huge += f"\nquestions = [{questions}]"
    text = text.replace(ORIGINAL_TITLE, huge)
    organiser = 'organiser = "Cités et Gouvernements Locaux Unis"\ndescription = { fr = """'
    start = text.index(organiser)
    end = text.index('""" }', start) + len('""" }')
    text = text[:start] + 'organiser = "' + ("Org & co " * 500 if everything else "CGLU") + '"' + text[end:]
    if everything:
        text = text.replace(
            'name = "Alcazar"\n',
            'name = "' + "Alcazar " * 1_000 + '"\ndirections = "' + "left " * 2_000 + '"\n',
            1,
        )
    return text


def hostile(tmp_path: Path) -> Programme:
    path = tmp_path / "programme.toml"
    path.write_text(hostile_programme_text(everything=True), encoding="utf-8")
    return load_programme(path).programme


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("details", [False, True], ids=["card", "details"])
def test_a_card_of_huge_texts_fits_one_message(tmp_path: Path, language: str, details: bool) -> None:
    programme = hostile(tmp_path)
    session = programme.session(SESSION)
    assert session is not None
    card = session_card(programme, session, speaker(language, ZoneInfo("Europe/Brussels")), details=details)
    assert_sendable(card)
    first = card.split("\n", 1)[0]
    assert first.startswith("<b>Human mobility &amp;&lt;b&gt;é😀 ")
    assert first.endswith("…</b>")
    assert utf16_length(first) <= TITLE_LIMIT + len("<b></b>")
    assert "🕒 " in card and "📍 Alcazar Alcazar" in card
    if details:
        # The description fills what is left; the guiding questions that no longer fit give way to "…".
        description = card.split("\n")[-2]
        assert description.startswith("Tom &amp; Jerry &lt;script&gt; Tom") and description.endswith("…")
        assert card.endswith("…\n…") and "Question 0" not in card
        assert utf16_length(card) >= 4_000
    else:
        assert "Tom &amp;" not in card
        assert card.split("\n")[-1].endswith("Org &amp; co Org…")


def test_a_card_that_fits_is_unchanged(mechelen: Programme) -> None:
    session = mechelen.session(SESSION)
    assert session is not None
    card = session_card(mechelen, session, speaker("en", ZoneInfo("Europe/Brussels")), details=True)
    assert "…" not in card
    assert card.startswith("<b>Human mobility and the right to the city</b>\n🕒 ")
    assert card.endswith("le tissu associatif et les citoyens.")


def test_clip_counts_utf16_units_and_never_cuts_an_entity() -> None:
    assert clip("abc", 3) == "abc"
    assert clip("abcd", 3) == "ab…"
    assert clip("😀😀😀", 5) == "😀😀…"  # each emoji is two units
    assert clip_html("a&b", 5) == "a&amp;b"[:0] + "a…" if utf16_length("a&amp;b") > 5 else "a&amp;b"
    assert clip_html("&&&&", 12) == "&amp;&amp;…"
    assert clip_html("<>", 8) == "&lt;&gt;"


def test_truncate_html_closes_its_tags() -> None:
    text = "<b>" + "word " * 2_000 + "</b>"
    cut = truncate_html(text, 100)
    assert utf16_length(cut) <= 100
    assert cut.startswith("<b>word word") and cut.endswith("</b>…")
    assert truncate_html("short", 100) == "short"


def test_join_within_keeps_whole_blocks_then_an_ellipsis() -> None:
    assert join_within(["<b>one</b>", "two"], 100) == "<b>one</b>\ntwo"
    assert join_within(["<b>one</b>", "two", "three"], 16) == "<b>one</b>\ntwo\n…"
    assert join_within(["<b>one</b>", "", "three"], 15) == "<b>one</b>\n…"
