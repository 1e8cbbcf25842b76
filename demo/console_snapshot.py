"""Photographs the staff console in headless Chromium (used by ``kiosk demo`` without a display).

Uses Debian's chromium through Playwright; Playwright never downloads a browser here.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_executable() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def snapshot_console(url: str, username: str, password: str, out_dir: Path) -> list[Path]:
    """Logs in, saves the inbox and the newest request's detail page; [] if no Chromium."""
    executable = chromium_executable()
    if executable is None:
        log.warning("no chromium found; skipping staff console screenshots")
        return []
    from playwright.sync_api import sync_playwright

    shots = [out_dir / "console-demo-inbox.png", out_dir / "console-demo-detail.png"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(f"{url}/console/login")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("button[type=submit]")
        page.wait_for_url(f"{url}/console**")
        page.screenshot(path=str(shots[0]), full_page=True)
        page.click("a[href*='/console/requests/']")
        page.wait_for_load_state()
        page.screenshot(path=str(shots[1]), full_page=True)
        browser.close()
    return shots
