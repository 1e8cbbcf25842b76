"""The headless walk (``demo.walkthrough``): a citizen's callback journey, played on the real QML.

It taps and types like a person (one wrong phone number first), lets the inactivity warning
appear once, saves a screenshot of every screen, and ends after the reset that follows the
receipt. The lead's end-to-end tests wait for the log line ``receipt shown: <code>``. With
``--walk`` it also hands in a document and makes a video call (``demo.autopilot_video``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer, Signal

from demo import uidriver
from demo.autopilot_looks import every_language_and_look
from demo.autopilot_video import video_walk
from demo.screen_tour import TourParts, screen_tour
from demo.screen_views import TourPhotographer
from demo.walks import Script, Until, WalkError, rendezvous_for
from kiosk.app import KioskApp

__all__ = ["Autopilot", "Until", "WalkError", "read_shell"]

log = logging.getLogger(__name__)

_POLL_MS = 50


def read_shell(shell: QObject) -> str:
    return str(shell.property("screen"))


class Autopilot(QObject):
    finished = Signal(bool)

    def __init__(
        self,
        kiosk: KioskApp,
        folder: Path,
        prefix: str = "",
        quit_when_done: bool = True,
        parent: QObject | None = None,
        documents: bool = False,
        callback: bool = True,
        looks: bool = True,
        video: bool = False,
        tour: bool = False,
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._folder = folder
        self._prefix = prefix
        self._quit = quit_when_done
        self._documents = documents  # after the callback walk, hand in a scanned document
        self._callback = callback
        # Last, a video call with a staff side that answers (``kiosk demo`` starts one).
        self._video = video
        # Photograph home and contact in every language and look (slow; the demo wants it,
        # a test of the journey itself does not).
        self._looks = looks
        # Every screen in three shapes, German, Arabic and large text (demo.screen_tour).
        self._tour = tour
        self._shots = 0
        self._script: Script | None = None
        self._waiting: Until | None = None
        self._clock = QElapsedTimer()
        self._timer = QTimer(self, interval=_POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.succeeded = False
        self.reference_code = ""
        self.document_reference_code = ""
        self.screenshots: list[Path] = []

    def start(self) -> None:
        self._script = self._walk()
        # A walk must never poll a window that is gone (a test that gave up, a closed app).
        self._kiosk.window.destroyed.connect(self.stop)
        self._timer.start()
        self._step(None)

    def stop(self) -> None:
        """Ends the walk where it is, without a verdict; safe to call more than once."""
        self._timer.stop()
        self._waiting = None

    # ---- the walk ---------------------------------------------------------------------------

    def _walk(self) -> Script:
        if self._callback:
            yield from self._callback_walk()
        if self._documents:
            yield from self._documents_walk()
        if self._video:
            yield from video_walk(self._kiosk, self._tap, self._shot, rendezvous_for(self._folder))
        if self._tour:
            photographer = TourPhotographer(self._kiosk, self._folder / "kiosk")
            yield from screen_tour(self._kiosk, photographer, TourParts())
            self.screenshots.extend(photographer.pictures)
        self.succeeded = True

    def _callback_walk(self) -> Script:
        window, shell, journey = self._kiosk.window, self._kiosk.shell, self._kiosk.journey
        guard = self._kiosk.guard

        def read(view_model: QObject, name: str) -> Any:
            return view_model.property(name)

        yield self._visible("startCallback")
        if self._looks:
            yield from self._waits(
                every_language_and_look(
                    self._kiosk, self._tap, self._shot_as, "home", show_chooser=True
                )
            )
        self._shot("home")

        self._tap("startCallback")
        concern = "concern_" + str(read(journey, "concerns")[0]["id"])
        yield self._visible(concern)
        self._shot("concern")
        self._tap(concern)

        yield self._visible("phoneInput")
        uidriver.type_into(window, "nameInput", "Erika Mustermann")
        uidriver.type_into(window, "phoneInput", "0171 23")  # one digit group short
        self._tap("nextButton")
        yield self._visible("phoneError")
        self._shot("contact-wrong-phone")
        uidriver.type_into(window, "phoneInput", "0171 2345678")
        uidriver.type_into(window, "bgInput", "12345//1234567")
        self._shot("contact")
        if self._looks:
            yield from self._waits(
                every_language_and_look(self._kiosk, self._tap, self._shot_as, "contact")
            )
        self._tap("nextButton")

        yield Until("time windows", lambda: bool(read(journey, "days")))
        first_window = "window_" + str(read(journey, "days")[0]["windows"][0]["key"])
        yield self._visible(first_window)
        self._tap(first_window)
        uidriver.type_into(window, "noteInput", "Am liebsten vormittags.")
        yield Until("inactivity warning", lambda: bool(read(guard, "warningVisible")), 120_000)
        yield self._visible("moreTimeButton")
        self._shot("timeout-warning")
        self._tap("moreTimeButton")
        yield Until("warning closed", lambda: not read(guard, "warningVisible"))
        self._shot("time")
        self._tap("nextButton")

        yield self._visible("privacyToggle")
        self._tap("privacyToggle")
        yield Until("consent", lambda: bool(read(journey, "privacyAccepted")))
        self._shot("privacy")
        self._tap("nextButton")

        yield self._visible("submitButton")
        self._shot("summary")
        self._tap("submitButton")
        yield Until(
            "receipt",
            lambda: uidriver.exists(window, "referenceCode") or bool(read(journey, "submitError")),
        )
        if read(journey, "submitError"):
            raise WalkError("the request was not stored (is this terminal enrolled?)")
        self.reference_code = str(read(journey, "referenceCode"))
        log.info("receipt shown: %s", self.reference_code)
        self._shot("receipt")
        self._tap("doneButton")
        yield Until(
            "reset to home",
            lambda: read(shell, "screen") == "home" and not read(journey, "referenceCode"),
        )

    def _documents_walk(self) -> Script:
        """Hands in one scanned page: type, BG number, scan, look at the page, send."""
        documents, shell = self._kiosk.documents, self._kiosk.shell
        if documents is None:
            raise WalkError("this terminal has no documents journey")

        def read(name: str) -> Any:
            return documents.property(name)

        self._tap("startDocuments")
        first_type = "docType_" + str(read("types")[0]["id"])
        yield self._visible(first_type)
        self._shot("doc-type")
        self._tap(first_type)
        yield self._visible("docBgInput")
        uidriver.type_into(self._kiosk.window, "docBgInput", "12345//1234567")
        self._shot("doc-bg")
        self._tap("docNextButton")
        yield self._visible("scanButton")
        self._shot("doc-scan-empty")
        self._tap("scanButton")
        yield Until(
            "scanned pages", lambda: not read("isScanning") and bool(read("pageCount")), 120_000
        )
        if read("faultMessage"):
            raise WalkError("the scanner reported a fault (is a scanner configured?)")
        yield self._visible("pageCard_1")
        self._shot("doc-scanned")
        for page in read("pages"):
            if page["finding"]:
                self._tap(f"keep_{page['number']}")  # the walk keeps what it scanned
        self._tap("docNextButton")
        yield self._visible("docSendButton")
        self._shot("doc-review")
        self._tap("docSendButton")
        yield Until(
            "document receipt",
            lambda: (
                uidriver.exists(self._kiosk.window, "docReferenceCode") or bool(read("submitError"))
            ),
        )
        if read("submitError"):
            raise WalkError("the document was not stored (is this terminal enrolled?)")
        self.document_reference_code = str(read("referenceCode"))
        log.info("document receipt shown: %s", self.document_reference_code)
        self._shot("doc-receipt")
        self._tap("docDoneButton")
        yield Until(
            "reset to home", lambda: read_shell(shell) == "home" and not read("referenceCode")
        )

    # ---- helpers ----------------------------------------------------------------------------

    def _waits(self, waits: Iterator[tuple[str, Callable[[], bool]]]) -> Script:
        for what, ready in waits:
            yield Until(what, ready)

    def _shot_as(self, relative: str) -> None:
        """A picture under a fixed name (the language/look variants), not numbered."""
        path = self._folder / f"{relative}.png"
        QCoreApplication.processEvents()
        uidriver.screenshot(self._kiosk.window, path)
        self.screenshots.append(path)

    def _visible(self, name: str) -> Until:
        return Until(name, lambda: uidriver.exists(self._kiosk.window, name))

    def _tap(self, name: str) -> None:
        # A slow step (screenshots on a busy machine) can let the inactivity warning appear
        # early; its overlay swallows taps, so answer it first, as a citizen would.
        if name != "moreTimeButton" and self._kiosk.guard.property("warningVisible"):
            uidriver.tap(self._kiosk.window, "moreTimeButton")
        uidriver.tap(self._kiosk.window, name)

    def _shot(self, name: str) -> None:
        self._shots += 1
        path = self._folder / f"{self._prefix}{self._shots:02d}-{name}.png"
        QCoreApplication.processEvents()
        uidriver.screenshot(self._kiosk.window, path)
        self.screenshots.append(path)

    def _step(self, came: bool | None) -> None:
        """Runs the script to its next wait, telling it whether the last one came (None: the
        first step, nothing waited for yet)."""
        assert self._script is not None
        try:
            self._waiting = next(self._script) if came is None else self._script.send(came)
        except StopIteration:
            self._finish(True)
            return
        except (uidriver.ItemNotFoundError, WalkError, OSError) as exc:
            log.error("walkthrough failed: %s", exc)
            self._finish(False)
            return
        self._clock.start()

    def _poll(self) -> None:
        waiting = self._waiting
        if waiting is None:
            return
        try:
            came = waiting.ready()
            timed_out = self._clock.elapsed() > waiting.timeout_ms
        except Exception:
            # A check that breaks (a screen changed under it) ends its wait at once; raising
            # in this timer again and again would leave a walk that never finishes.
            log.exception("walkthrough: checking for %s failed", waiting.what)
            came, timed_out = False, True
        if came:
            self._waiting = None
            self._step(came=True)
        elif timed_out and waiting.optional:
            log.info("walkthrough: %s did not come; going on without it", waiting.what)
            self._waiting = None
            self._step(came=False)
        elif timed_out:
            log.error("walkthrough failed: waited in vain for %s", waiting.what)
            self._finish(False)

    def _finish(self, ok: bool) -> None:
        self._timer.stop()
        self._waiting = None
        self.succeeded = ok
        if ok:
            log.info("walkthrough finished: %d screenshots in %s", self._shots, self._folder)
        self.finished.emit(ok)
        if self._quit:
            app = QCoreApplication.instance()
            if app is not None:
                app.exit(0 if ok else 1)
