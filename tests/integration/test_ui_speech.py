"""Read-aloud on the real QML with Qt's mock speech engine: heading first, in the language on
screen, never a PIN; a touch stops it; read-aloud users get more time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from demo import uidriver
from kiosk.reading import screen_reading
from kiosk.speech import Speaker
from kiosk.viewmodels.session import SessionTiming
from tests.helpers.qt_kiosk import Citizen, running_kiosk
from tests.helpers.speech_log import SpeechLog

SETTINGS = TerminalSettings(accessibility=AccessibilitySettings(speech_engine="mock"))

PIN_SCREEN = b"""
import QtQuick
import QtQuick.Controls.Basic
Window {
    width: 800; height: 600; visible: true
    Column {
        readonly property bool readingScope: true
        Text { text: "Service access"; Accessible.role: Accessible.Heading; Accessible.name: text }
        Text { text: "Enter the service PIN." }
        Text { text: "Last PIN 9876"; property bool secret: true }
        TextField {
            objectName: "pin"; echoMode: TextInput.Password; text: "4711"
            placeholderText: "PIN"; Accessible.name: "Service PIN"
            Component.onCompleted: forceActiveFocus()
        }
    }
}
"""


def test_reads_heading_first_in_the_language_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as kiosk:
        assert kiosk.accessibility is not None
        citizen = Citizen(qtbot, kiosk)
        citizen.choose_language("uk")
        log = SpeechLog(kiosk.accessibility.speaker)
        citizen.tap("readAloudButton")
        qtbot.waitUntil(lambda: log.readings_finished == 1)
        said = log.said()
        assert said[0] == "Ласкаво просимо"
        assert "Що ви хочете зробити? Торкніться плитки." in said
        assert not any("Willkommen" in text or "Welcome" in text for text in said)

        # Next screen, with the name field focused: heading, text, then that field.
        citizen.start_and_choose_concern()
        citizen.type("nameInput", "Olena")
        citizen.tap("readAloudButton")
        qtbot.waitUntil(lambda: log.readings_finished == 2)
        said = log.said()
        assert said[0] == "Як з вами зв'язатися?"
        assert said[-2:] == ["Ваше ім'я", "Olena"]


def test_a_touch_stops_the_reading(qtbot: QtBot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as kiosk:
        assert kiosk.accessibility is not None
        log = SpeechLog(kiosk.accessibility.speaker)
        uidriver.tap(kiosk.window, "readAloudButton")
        qtbot.waitUntil(lambda: kiosk.accessibility.speaking)
        assert uidriver.text_of(kiosk.window, "readAloudButton") == "Stopp"
        uidriver.tap(kiosk.window, "officeName")  # anywhere
        qtbot.waitUntil(lambda: log.idle)
        assert not kiosk.accessibility.speaking
        assert uidriver.text_of(kiosk.window, "readAloudButton") == "Vorlesen"


def test_read_aloud_users_get_longer_before_the_warning(qtbot: QtBot, tmp_path: Path) -> None:
    timing = SessionTiming(inactivity_ms=1500, warning_ms=3000, receipt_ms=600_000)
    with running_kiosk(qtbot, tmp_path, timing=timing, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.tap("readAloudButton")
        citizen.tap("startCallback")
        citizen.sees("moreTimeButton")
        # Twice the 3 s countdown: more than an unstretched warning could ever show.
        assert kiosk.guard.property("secondsLeft") > 3
        citizen.tap("moreTimeButton")
        qtbot.waitUntil(lambda: kiosk.shell.screen == "callback")

        kiosk.shell.reset()  # the next citizen starts with the normal time again
        citizen.tap("startCallback")
        citizen.sees("moreTimeButton")
        assert kiosk.guard.property("secondsLeft") <= 3


def test_a_pin_is_never_read(qtbot: QtBot, tmp_path: Path) -> None:
    engine = QQmlApplicationEngine()
    engine.loadData(PIN_SCREEN, QUrl.fromLocalFile(str(tmp_path / "pin.qml")))
    [window] = engine.rootObjects()
    assert isinstance(window, QQuickWindow)
    qtbot.waitUntil(lambda: window.activeFocusItem() is not None)
    reading = screen_reading(window)
    # Qt withholds a password field's accessible name; its placeholder names it instead.
    assert reading == ["Service access", "Enter the service PIN.", "PIN"]
    assert not any("4711" in text or "9876" in text for text in reading)

    speaker = Speaker("mock")
    log = SpeechLog(speaker)
    assert speaker.speak(reading, "en_GB")
    qtbot.waitUntil(lambda: log.readings_finished == 1)
    assert log.said() == reading
    assert log.words == len(" ".join(reading).split())  # the mock spoke every word
    window.close()
    engine.deleteLater()
