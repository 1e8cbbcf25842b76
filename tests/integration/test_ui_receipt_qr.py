"""The receipt as a citizen's phone sees it: the QR code on the screen, read back by a real
decoder (zxing-cpp), holds the office, the reference number and the office's phone number, and
nothing the citizen entered. The receipt stays at least two minutes, said in words."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings, TimeoutSettings
from demo import uidriver
from kiosk.viewmodels.session import SessionTiming
from tests.helpers.qt_kiosk import Citizen, running_kiosk

SETTINGS = TerminalSettings(accessibility=AccessibilitySettings(speech_engine="mock"))


def qr_on_screen(citizen: Citizen, tmp_path: Path) -> str:
    """Photographs the window and reads the QR code in it, as a phone would."""
    item = uidriver.find(citizen.window, "receiptQrImage")
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height())).toAlignedRect()
    shot = tmp_path / "receipt.png"
    uidriver.screenshot(citizen.window, shot)
    with Image.open(shot) as picture:
        # With the white quiet zone around it, as the screen shows it.
        region = picture.crop(
            (rect.left() - 8, rect.top() - 8, rect.right() + 8, rect.bottom() + 8)
        )
        found = zxingcpp.read_barcodes(region.convert("L"))
    assert len(found) == 1, found
    return str(found[0].text)


def test_the_qr_code_holds_the_reference_and_our_phone_and_nothing_of_the_citizen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    timing = SessionTiming.from_settings(TimeoutSettings())  # the terminal's own receipt time
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS, timing=timing) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.start_and_choose_concern()
        citizen.enter_contact(bg="12345BG1234567")
        citizen.choose_first_window()
        citizen.tap("nextButton")
        citizen.agree_and_continue()
        citizen.tap("submitButton")
        citizen.sees("referenceCode")
        qtbot.wait(100)  # the picture is drawn

        text = qr_on_screen(citizen, tmp_path)
        assert text == ("Jobcenter Musterstadt\nVorgangsnummer: K7F-3QX\nTelefon: +49 5121 969-0")
        for personal in ("Erika", "Mustermann", "0171", "2345678", "12345BG1234567"):
            assert personal not in text
        assert citizen.text("receiptCountdown") == (
            "Diese Anzeige schließt sich in 2 Minuten von selbst."
        )

        citizen.choose_language("en")  # the code speaks the language on the screen
        qtbot.wait(100)
        assert qr_on_screen(citizen, tmp_path).startswith(
            "Jobcenter Musterstadt\nReference number: K7F-3QX"
        )


def test_no_receipt_closes_in_under_two_minutes() -> None:
    assert TimeoutSettings().receipt_seconds == 120
    try:
        TimeoutSettings(receipt_seconds=30)
    except ValueError as error:
        assert "receipt_seconds" in str(error)
    else:
        raise AssertionError("a 30 s receipt was accepted")
