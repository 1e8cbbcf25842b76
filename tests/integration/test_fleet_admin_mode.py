"""Admin mode on the real QML (offscreen): the hidden gesture, the PIN, the admin screen."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from config.schema import AdminSettings, ScannerSettings, TerminalSettings
from config.site import SiteSettings
from demo import uidriver
from kiosk.admin.viewmodel import AdminViewModel
from kiosk.app import KioskApp
from tests.helpers.a11y_audit import audit
from tests.helpers.fleet import SANE_DIR
from tests.helpers.qt_kiosk import Citizen, running_kiosk
from tests.helpers.screenshot_folder import kiosk_more_folder

PIN = "246813"
# Cheap argon2 parameters: the hash carries them, so checking stays fast in tests.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
# SANE reads its config folder once per process: every test here uses the tests' folder.
TEST_SCANNER = ScannerSettings(device="test:0", sane_config_dir=SANE_DIR)


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path) -> Iterator[KioskApp]:
    settings = TerminalSettings(
        admin=AdminSettings(pin_hash=FAST_HASHER.hash(PIN)), scanner=TEST_SCANNER
    )
    with running_kiosk(qtbot, tmp_path, settings=settings) as app:
        yield app


def admin_of(kiosk: KioskApp) -> AdminViewModel:
    admin = kiosk.engine.rootContext().contextProperty("admin")
    assert isinstance(admin, AdminViewModel)
    return admin


def tap_corner(citizen: Citizen, times: int) -> None:
    for _ in range(times):
        citizen.tap("adminCorner")


def enter_pin(citizen: Citizen, pin: str) -> None:
    citizen.qtbot.waitUntil(
        lambda: uidriver.find(citizen.window, "adminPinField").isEnabled(), timeout=15000
    )
    citizen.type("adminPinField", pin)
    # The digits are never shown: the field echoes dots only.
    assert citizen.window and uidriver.find(citizen.window, "adminPinField").property(
        "displayText"
    ) == "•" * len(pin)
    citizen.tap("adminPinOk")


def refusals(caplog: pytest.LogCaptureFixture) -> int:
    return sum("PIN refused" in r.getMessage() for r in caplog.records)


def sees_refusal(citizen: Citizen, caplog: pytest.LogCaptureFixture, failures: int) -> None:
    """The PIN pad says the PIN was wrong, counting down the wait while it runs.

    The overlay speaks the kiosk's language (German unless a citizen chose another), so the
    expected text comes from the installed translation. Whether the countdown is still running
    when the result reaches the screen depends on the machine's load (the first wait is 2 s):
    after it, only the refusal is left to show, and the pad is usable again.
    """
    admin = admin_of(citizen.kiosk)
    citizen.qtbot.waitUntil(
        lambda: refusals(caplog) == failures and not admin.property("checking"), timeout=15000
    )
    template = QCoreApplication.translate("AdminOverlay", "Wrong PIN. Try again in %1 s.")
    countdown = template.split("%1")[0]
    refused = QCoreApplication.translate("Admin", "Wrong PIN.")
    message = citizen.text("adminPinMessage")
    field_enabled = uidriver.find(citizen.window, "adminPinField").isEnabled()
    if message.startswith(countdown):
        # Both follow the same property change, so they cannot disagree here.
        assert not field_enabled
    else:
        assert message == refused


def test_four_taps_do_nothing_and_five_ask_for_the_pin(qtbot: QtBot, kiosk: KioskApp) -> None:
    citizen = Citizen(qtbot, kiosk)
    tap_corner(citizen, 4)
    assert not uidriver.exists(kiosk.window, "adminPinScreen")
    citizen.tap("adminCorner")
    citizen.sees("adminPinScreen")
    assert not uidriver.exists(kiosk.window, "adminScreen")


def test_the_gesture_without_the_pin_opens_nothing(qtbot: QtBot, kiosk: KioskApp) -> None:
    citizen = Citizen(qtbot, kiosk)
    tap_corner(citizen, 5)
    citizen.sees("adminPinScreen")
    citizen.tap("adminPinCancel")
    qtbot.waitUntil(lambda: not uidriver.exists(kiosk.window, "adminPinScreen"))
    assert not uidriver.exists(kiosk.window, "adminScreen")
    # The home screen is usable again, and the corner passes taps through to it.
    citizen.sees("startCallback")


def test_wrong_pins_wait_longer_each_time_and_are_logged_without_the_pin(
    qtbot: QtBot, kiosk: KioskApp, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.admin")
    citizen = Citizen(qtbot, kiosk)
    tap_corner(citizen, 5)
    enter_pin(citizen, "111111")
    sees_refusal(citizen, caplog, failures=1)
    enter_pin(citizen, "222222")
    sees_refusal(citizen, caplog, failures=2)
    enter_pin(citizen, PIN)
    citizen.sees("adminScreen")
    qtbot.waitUntil(lambda: uidriver.exists(kiosk.window, "adminRow_terminal"), timeout=20000)

    refused = [r.getMessage() for r in caplog.records if "PIN refused" in r.getMessage()]
    assert refused == [
        "admin PIN refused (1 in a row); next attempt in 2 s",
        "admin PIN refused (2 in a row); next attempt in 4 s",
    ]
    assert any("PIN accepted after 2 failure(s)" in r.getMessage() for r in caplog.records)
    every_line = "\n".join(r.getMessage() for r in caplog.records)
    for pin in ("111111", "222222", PIN):
        assert pin not in every_line


def test_the_admin_screen_reports_and_leaves_by_itself(qtbot: QtBot, tmp_path: Path) -> None:
    """In German words, the detail behind "Details" (saves admin-de.png, see
    ``kiosk_more_folder``)."""
    settings = TerminalSettings(
        admin=AdminSettings(pin_hash=FAST_HASHER.hash(PIN), idle_seconds=10),
        scanner=TEST_SCANNER,
    )
    with running_kiosk(qtbot, tmp_path, settings=settings) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        tap_corner(citizen, 5)
        enter_pin(citizen, PIN)
        citizen.sees("adminScreen")
        qtbot.waitUntil(lambda: uidriver.exists(kiosk.window, "adminRow_queue"), timeout=20000)
        # In German words; the exception class only behind "Details".
        assert citizen.text("adminRow_terminal") == "nicht registriert"
        assert citizen.text("adminRow_location") == settings.site.location
        assert citizen.text("adminRow_backoffice") == (
            "nicht erreichbar: Verbindung abgelehnt oder Adresse unbekannt"
        )
        assert not uidriver.exists(kiosk.window, "adminDetail_backoffice")
        citizen.tap("adminDetails")
        assert "ConnectionError" in citizen.text("adminDetail_backoffice")
        kiosk.window.grabWindow().save(str(kiosk_more_folder(tmp_path) / "admin-de.png"))
        assert audit(kiosk.window) == []  # usable too: targets, contrast, nothing cut off
        # Nobody touches it: it closes by itself, and the next visit needs the PIN again.
        qtbot.waitUntil(lambda: not uidriver.exists(kiosk.window, "adminScreen"), timeout=30000)
        assert admin_of(kiosk).property("state") == "closed"


def test_a_test_scan_from_the_admin_screen_shows_its_checks(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On an English terminal, admin mode speaks English. Also saves admin-pin.png and admin.png
    (to ``BT_SCREENSHOT_DIR``/kiosk/more if set)."""
    settings = TerminalSettings(
        site=SiteSettings(languages=["en", "de"], default_language="en"),
        admin=AdminSettings(pin_hash=FAST_HASHER.hash(PIN)),
        scanner=ScannerSettings(
            device="test:0", options=["test-picture=Grid"], sane_config_dir=SANE_DIR
        ),
    )
    shots = kiosk_more_folder(tmp_path)
    with running_kiosk(qtbot, tmp_path, settings=settings) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        tap_corner(citizen, 5)
        citizen.type("adminPinField", PIN)
        kiosk.window.grabWindow().save(str(shots / "admin-pin.png"))
        citizen.tap("adminPinOk")
        qtbot.waitUntil(lambda: uidriver.exists(kiosk.window, "adminRow_scanners"), timeout=30000)
        assert "test:0" in citizen.text("adminRow_scanners")
        citizen.tap("adminTestScan")
        qtbot.waitUntil(
            lambda: "Scanner test:0: working." in citizen.text("adminScanMessage"), timeout=60000
        )
        # The page check in words; the raw values only behind "Details".
        assert "Page 1: Content touches the edge:" in citizen.text("adminScanMessage")
        assert "blank=" not in citizen.text("adminScanMessage")
        citizen.tap("adminDetails")
        assert "blank=False" in citizen.text("adminScanDetail")
        qtbot.waitUntil(
            lambda: citizen.text("adminRow_scanner_state").startswith("working"), timeout=30000
        )
        citizen.tap("adminShowLog")
        qtbot.waitUntil(lambda: "test scan on 'test:0'" in citizen.text("adminLog"))
        kiosk.window.grabWindow().save(str(shots / "admin.png"))
