"""The typeface the pictures are drawn in, shipped by a package: nothing is fetched at run time.

IBM Plex Sans Condensed covers the accents of French and Spanish (é, ç, ñ, ¿, œ) and its narrow
letters fit more of a title in a room's column. It has no ★: the star is drawn (grid.py).
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from importlib.resources import as_file, files

from PIL import ImageFont

PACKAGE = "fontpkg_ibm_plex_sans_condensed"


class Weight(StrEnum):
    REGULAR = "Regular"
    MEDIUM = "Medium"
    SEMIBOLD = "SemiBold"


@cache
def font(size: int, weight: Weight = Weight.REGULAR) -> ImageFont.FreeTypeFont:
    """The face at `size` pixels, loaded once. The basic layout engine: our texts are Latin, and
    it measures words several times faster than Raqm."""
    resource = files(PACKAGE) / "files" / f"IBMPlexSansCondensed-{weight.value}.ttf"
    with as_file(resource) as path:
        return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)
