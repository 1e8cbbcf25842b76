"""The terminal as a whole: which screen shows, the office's details, session end and wipe."""

# ruff: noqa: N802, N815  (QML sees these names: Qt properties, signals and slots are camelCase)

from __future__ import annotations

import enum
import logging
import math

from PySide6.QtCore import Property, QElapsedTimer, QObject, QTimer, Signal, Slot

from config.site import SiteKind, SiteSettings
from kiosk.bidi import isolate_numbers
from kiosk.durations import in_words
from kiosk.journeys.call.viewmodel import VideoJourneyViewModel
from kiosk.journeys.callback.texts import phone_for_display
from kiosk.journeys.callback.viewmodel import CallbackJourneyViewModel
from kiosk.journeys.documents.viewmodel import DocumentsJourneyViewModel
from kiosk.receipt_qr import qr_data_uri, receipt_text
from kiosk.viewmodels.language import LanguageViewModel
from kiosk.viewmodels.session import SessionGuard, SessionTiming

log = logging.getLogger(__name__)


class Screen(enum.StrEnum):
    HOME = "home"
    CALLBACK = "callback"
    DOCUMENTS = "documents"
    VIDEO = "video"


class Overlay(enum.StrEnum):
    """What lies over the current screen (the language list and the inactivity warning are
    separate: they have their own owners)."""

    NONE = ""
    HELP = "help"  # help from a person
    START_OVER = "startOver"  # "Start over?"


class ShellViewModel(QObject):
    changed = Signal()
    # After every reset: nothing of the previous citizen is left (tests and autopilot wait on it).
    sessionEnded = Signal()

    def __init__(
        self,
        site: SiteSettings,
        timing: SessionTiming,
        language: LanguageViewModel,
        callback: CallbackJourneyViewModel,
        guard: SessionGuard,
        parent: QObject | None = None,
        documents: DocumentsJourneyViewModel | None = None,
    ) -> None:
        super().__init__(parent)
        self._site = site
        self._timing = timing
        self._language = language
        self._callback = callback
        self._guard = guard
        self._screen = Screen.HOME
        self._overlay = Overlay.NONE
        self._qr_text = self._qr_uri = ""
        self._receipt_timer = QTimer(self, singleShot=True, interval=timing.receipt_ms)
        self._receipt_timer.timeout.connect(self.reset)
        self._receipt_tick = QTimer(self, interval=250)
        self._receipt_tick.timeout.connect(self.changed)
        self._receipt_clock = QElapsedTimer()
        self._receipt_ms = timing.receipt_ms
        guard.patienceChanged.connect(self._stretch_receipt)
        language.changed.connect(self.changed)
        language.changed.connect(callback.retranslate)
        callback.finished.connect(self._show_receipt)
        callback.cancelled.connect(self.reset)
        guard.expired.connect(self._on_expired)
        self._documents = documents
        self._video: VideoJourneyViewModel | None = None
        if documents is not None:
            language.changed.connect(documents.retranslate)
            documents.finished.connect(self._show_receipt)
            documents.cancelled.connect(self.reset)

    @Slot()
    def startCallback(self) -> None:
        self._callback.reset()
        self._set_screen(Screen.CALLBACK)
        self._guard.watch()

    @Slot()
    def startDocuments(self) -> None:
        if self._documents is None:
            return
        self._documents.reset()
        self._set_screen(Screen.DOCUMENTS)
        self._guard.watch()

    def add_video(self, video: VideoJourneyViewModel) -> None:
        """The video journey: its end resets the session; its callback offer keeps the
        language and goes straight into the callback journey."""
        self._video = video
        self._language.changed.connect(video.retranslate)
        video.finished.connect(self.reset)
        video.callbackWanted.connect(self._video_to_callback)

    @Slot()
    def startVideo(self) -> None:
        if self._video is None:
            return
        self._set_screen(Screen.VIDEO)
        self._video.begin()  # watches inactivity itself: waiting and talking are not idle

    def _video_to_callback(self) -> None:
        if self._video is not None:
            self._video.reset()
        self.startCallback()

    # ---- help from a person, and starting over (on every step) --------------------------------

    @Slot()
    def showHelp(self) -> None:
        log.info("help from a person asked for on the %s screen", self._screen.value)
        self._set_overlay(Overlay.HELP)

    @Slot()
    def askStartOver(self) -> None:
        self._set_overlay(Overlay.START_OVER)

    @Slot()
    def closeOverlay(self) -> None:
        self._set_overlay(Overlay.NONE)

    @Slot()
    def startOver(self) -> None:
        log.info("the citizen started over from the %s screen", self._screen.value)
        self.reset()

    @Slot()
    def helpByVideo(self) -> None:
        """From the help: a video call instead of the journey (what was entered goes)."""
        if self._video is None:
            return
        self.reset()
        self.startVideo()

    def _set_overlay(self, overlay: Overlay) -> None:
        if overlay is not self._overlay:
            self._overlay = overlay
            self.changed.emit()

    @Slot()
    def reset(self) -> None:
        """Back to the start, as if nobody had been here."""
        self._overlay = Overlay.NONE
        self._qr_text = self._qr_uri = ""
        self._receipt_timer.stop()
        self._receipt_tick.stop()
        self._guard.stop()
        self._callback.reset()
        if self._documents is not None:
            self._documents.reset()  # cancels a running scan, deletes pages and previews
        if self._video is not None:
            self._video.reset()  # hangs up, closes camera and microphone, clears pictures
        self._language.reset()
        self._set_screen(Screen.HOME)
        log.info("session reset")
        self.sessionEnded.emit()

    def _on_expired(self) -> None:
        log.info("session ended after inactivity")
        self.reset()

    def _show_receipt(self) -> None:
        self._guard.stop()
        self._receipt_ms = self._guard.receipt_ms()  # longer once read-aloud was used
        self._receipt_clock.start()
        self._receipt_timer.start(self._receipt_ms)
        self._receipt_tick.start()
        self.changed.emit()

    def _stretch_receipt(self) -> None:
        """Read-aloud began on the receipt itself: its countdown grows like every timeout."""
        wanted = self._guard.receipt_ms()
        if self._receipt_timer.isActive() and wanted > self._receipt_ms:
            self._receipt_ms = wanted
            self._receipt_timer.start(max(0, wanted - self._receipt_clock.elapsed()))
            self.changed.emit()

    def _set_screen(self, screen: Screen) -> None:
        if screen is not self._screen:
            log.info("screen %s -> %s", self._screen.value, screen.value)
            self._screen = screen
        self.changed.emit()

    def _get_receipt_seconds_left(self) -> int:
        if not self._receipt_timer.isActive():
            return 0
        left = self._receipt_ms - self._receipt_clock.elapsed()
        return max(0, math.ceil(left / 1000))

    def _get_receipt_qr(self) -> str:
        """The QR code of the receipt on show ("" when none is)."""
        source: QObject | None = self._callback
        if self._screen is Screen.DOCUMENTS:
            source = self._documents
        code = str(source.property("referenceCode") or "") if source is not None else ""
        if not code:
            return ""
        text = receipt_text(self._site.office_name, code.split(", "), self._site.hotline)
        if text != self._qr_text:  # segno takes a few milliseconds: once per receipt
            self._qr_text, self._qr_uri = text, qr_data_uri(text)
        return self._qr_uri

    def _get_opening_hours(self) -> str:
        hours = self._site.opening_hours
        return isolate_numbers(hours.get(self._language.current()) or hours["de"])

    screen = Property(str, lambda self: self._screen.value, notify=changed)
    overlay = Property(str, lambda self: self._overlay.value, notify=changed)
    hasReception = Property(bool, lambda self: self._site.kind is SiteKind.OFFICE, constant=True)
    videoOffered = Property(bool, lambda self: self._video is not None, notify=changed)
    officeName = Property(str, lambda self: self._site.office_name, constant=True)
    location = Property(str, lambda self: self._site.location, constant=True)
    hotline = Property(str, lambda self: phone_for_display(self._site.hotline), constant=True)
    openingHours = Property(str, _get_opening_hours, notify=changed)
    receiptSecondsLeft = Property(int, _get_receipt_seconds_left, notify=changed)
    receiptTimeLeft = Property(
        str, lambda self: in_words(self._get_receipt_seconds_left()), notify=changed
    )
    receiptQr = Property(str, _get_receipt_qr, notify=changed)
