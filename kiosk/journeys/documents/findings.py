"""What the citizen is told about a scanned page: one finding, the most important first.

Skew is not a finding: the pipeline straightens the page by itself. Blank comes before cut-off
because a blank page has no edges to speak of.
"""

from __future__ import annotations

import enum

from scanner.page_checks import Edge, PageCheck


class Finding(enum.Enum):
    BLANK = "blank"
    CUT_OFF_TOP = "cut_off_top"
    CUT_OFF_BOTTOM = "cut_off_bottom"
    CUT_OFF_LEFT = "cut_off_left"
    CUT_OFF_RIGHT = "cut_off_right"
    CUT_OFF_SEVERAL = "cut_off_several"
    TOO_DARK = "too_dark"
    TOO_LIGHT = "too_light"


_BY_EDGE = {
    Edge.TOP: Finding.CUT_OFF_TOP,
    Edge.BOTTOM: Finding.CUT_OFF_BOTTOM,
    Edge.LEFT: Finding.CUT_OFF_LEFT,
    Edge.RIGHT: Finding.CUT_OFF_RIGHT,
}


def finding_for(check: PageCheck) -> Finding | None:
    """The one thing worth telling the citizen about this page, or None if it looks fine."""
    if check.blank:
        return Finding.BLANK
    if len(check.cut_off) > 1:
        return Finding.CUT_OFF_SEVERAL
    if check.cut_off:
        return _BY_EDGE[check.cut_off[0]]
    if check.too_dark:
        return Finding.TOO_DARK
    if check.too_light:
        return Finding.TOO_LIGHT
    return None
