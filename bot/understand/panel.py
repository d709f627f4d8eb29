"""A message written as a question to the panel: "question for the panel: …", "question pour le
panel : …", "pregunta para el panel: …". Only what follows the colon is the question, kept as
written (bot/panel.py decides where it goes).
"""

from __future__ import annotations

import re

from bot.understand.text import INVISIBLE

# The words before the colon, in the three languages, with or without capitals and accents.
_PANEL = r"pan[eé]l(?:ists?|istes?|istas?)?"
_LEAD = re.compile(
    r"\s*[¿¡]?\s*(?:"
    rf"questions?\s+(?:for|to)\s+(?:the\s+)?{_PANEL}"
    rf"|questions?\s+(?:pour|à|a|au|aux)\s+(?:(?:le|la|les)\s+)?{_PANEL}"
    rf"|preguntas?\s+(?:para|a|al)\s+(?:(?:el|la|los|las)\s+)?{_PANEL}"
    r")\s*[:：]\s*",
    re.IGNORECASE,
)


def panel_question(text: str) -> str | None:
    """The question a message asks the panel, as written, or None when it is not one (or the
    words after the colon are missing)."""
    found = _LEAD.match(INVISIBLE.sub("", text))
    if found is None:
        return None
    rest = INVISIBLE.sub("", text)[found.end() :].strip()
    return rest or None
