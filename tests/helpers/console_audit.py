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
