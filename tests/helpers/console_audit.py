"""axe-core (the copy inside axe-playwright-python) run on a console page in Chromium."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

_AXE = Axe()


def axe_violations(page: Page) -> list[str]:
    """One line per violation: rule id and the elements it found, empty when clean."""
    results = _AXE.run(page)
    found = results.response.get("violations", [])
    return [f"{v['id']}: {', '.join(str(n['target']) for n in v['nodes'][:5])}" for v in found]


# Everything a keyboard user must be able to reach on a page.
_INTERACTIVE = (
    'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), '
    'select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'
)

_MARK = """(selector) => {
  const shown = [...document.querySelectorAll(selector)].filter(
    (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden");
  shown.forEach((e, i) => { e.dataset.kbd = String(i); });
  // A group of radio buttons is one stop for Tab (arrows move inside it).
  return shown.map((e) => e.type === "radio" ? "radio:" + e.name :
    e.tagName.toLowerCase() + ":" + (e.id || e.name || e.textContent.trim().slice(0, 40)));
}"""

_FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body || e.dataset.kbd === undefined) return null;
  const s = getComputedStyle(e);
  const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2)
    || (s.boxShadow && s.boxShadow !== "none");
  return [Number(e.dataset.kbd), ring];
}"""


def keyboard_gaps(page: Page) -> list[str]:
    """What Tab does not reach from the top of the page, and what it reaches without a
    visible focus ring; empty when every interactive element is reachable and shows focus."""
    names: list[str] = page.evaluate(_MARK, _INTERACTIVE)
    page.locator("body").focus()
    reached: set[str] = set()
    gaps: list[str] = []
    # Until the focus comes round to the first stop again (a date field takes one Tab per
    # part), at most a few rounds.
    first = None
    for _ in range(4 * len(names) + 10):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused is None:
            continue
        index, ring = focused
        if index == first and len(reached) > 1:
            break
        first = index if first is None else first
        if not ring and names[index] not in reached:
            gaps.append(f"no visible focus: {names[index]}")
        reached.add(names[index])
    gaps += [
        f"not reachable by Tab: {name}" for name in dict.fromkeys(names) if name not in reached
    ]
    return gaps
