"""Every screen of the terminal, one after the other, walked like a citizen walks it.

``screen_tour`` taps and types on the real QML (through ``demo.uidriver``) and calls
``visit(name)`` on each screen once it shows. What a visit does is the caller's: the
accessibility audit checks the screen in every shape, language and look
(tests/integration/test_ui_a11y_screens.py); the screenshot set photographs it
(tests/integration/test_ui_screenshots.py writes docs/screenshots/kiosk/; the headless demo's
``--tour`` does the same with the terminal's own scanner). A visit may change the window's
size, the language and the look, and must put them back.

The tour is a script of waits (``demo.walks.Script``): the autopilot runs it on the event loop,
tests run it with ``run_script``-style loops that wait on each condition.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from demo import uidriver
from demo.walks import Script, Until, WalkError
from kiosk.app import KioskApp

Visit = Callable[[str], None]

SCAN_WAIT_MS = 120_000


class CallControl(Protocol):
    """The other end of a video call, as far as the tour needs it (a named fake in tests)."""

    def answer(self) -> None:
        """A colleague takes the ringing call."""

    def lose(self) -> None:
        """The connection drops in the middle of the call."""

    def let_ring_out(self) -> None:
        """Nobody takes the ringing call in time."""


@dataclass(frozen=True)
class TourParts:
    documents: bool = True
    # Without a call the tour leaves the video screens out (the demo photographs its real call).
    call: CallControl | None = None


def screen_tour(kiosk: KioskApp, visit: Visit, parts: TourParts = TourParts()) -> Script:
    tour = _Tour(kiosk, visit)
    yield from tour.home()
    yield from tour.callback()
    if parts.documents:
        yield from tour.documents()
    if parts.call is not None:
        yield from tour.video(parts.call)


class _Tour:
    def __init__(self, kiosk: KioskApp, visit: Visit) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.visit = visit

    # ---- helpers ------------------------------------------------------------------------------

    def shows(self, name: str, timeout_ms: int = 10_000) -> Until:
        return Until(name, lambda: uidriver.exists(self.window, name), timeout_ms)

    def tap(self, name: str) -> Script:
        yield self.shows(name)
        uidriver.tap(self.window, name)

    def type(self, name: str, text: str) -> Script:
        yield self.shows(name)
        uidriver.type_into(self.window, name, text)

    def home_again(self) -> Script:
        yield Until("home", lambda: self.kiosk.shell.property("screen") == "home")

    def read(self, view_model: Any, name: str) -> Any:
        return view_model.property(name)

    # ---- the screens --------------------------------------------------------------------------

    def home(self) -> Script:
        yield self.shows("startCallback")
        self.visit("home")
        yield from self.tap("languageButton")
        yield self.shows("languageChooser")
        self.visit("language-chooser")
        yield from self.tap("closeLanguageChooser")

    def callback(self) -> Script:
        journey = self.kiosk.journey
        yield from self.tap("startCallback")
        yield self.shows("concern_payment")
        self.visit("callback-concern")
        yield from self.tap("helpButton")
        yield self.shows("helpDialog")
        self.visit("help")
        yield from self.tap("helpCloseButton")
        yield from self.tap("startOverButton")
        yield self.shows("startOverDialog")
        self.visit("start-over")
        yield from self.tap("startOverNo")
        yield from self.tap("concern_payment")
        yield from self.type("nameInput", "Erika Mustermann")
        yield from self.type("phoneInput", "0171 23")  # one digit group short
        yield from self.type("bgInput", "12345")
        yield from self.tap("nextButton")
        yield self.shows("phoneError")
        self.visit("callback-contact-errors")
        yield from self.type("phoneInput", "0171 2345678")
        yield from self.type("bgInput", "12345BG1234567")
        # Typing with the on-screen keyboard: the focused field and the way on stay in view.
        yield from self.tap("nameInput")
        yield Until("keyboard", self.keyboard_open, optional=True)
        self.visit("callback-contact-keyboard")
        uidriver.hide_keyboard(self.window)
        yield Until("keyboard closed", lambda: not self.keyboard_open())
        yield from self.tap("nextButton")
        yield Until("time windows", lambda: bool(self.read(journey, "days")))
        key = str(self.read(journey, "days")[0]["windows"][0]["key"])
        yield from self.tap(f"window_{key}")
        yield from self.type("noteInput", "Bitte vormittags")
        uidriver.hide_keyboard(self.window)
        self.visit("callback-time")
        yield from self.tap("nextButton")
        yield from self.tap("privacyToggle")
        self.visit("callback-privacy")
        yield from self.tap("nextButton")
        yield self.shows("submitButton")
        self.visit("callback-summary")
        yield from self.tap("submitButton")
        yield self.shows("referenceCode")
        self.visit("callback-receipt")
        yield from self.tap("doneButton")
        yield from self.home_again()

    def keyboard_open(self) -> bool:
        keyboard = uidriver.visible_items(self.window, "onScreenKeyboard")
        return bool(keyboard) and bool(keyboard[0].property("active"))

    def documents(self) -> Script:
        documents = self.kiosk.documents
        if documents is None:
            raise WalkError("this terminal has no documents journey")
        yield from self.tap("startDocuments")
        types = self.read(documents, "types")
        first, second = (f"docType_{entry['id']}" for entry in (types[0], types[-1]))
        yield self.shows(first)
        self.visit("documents-type")
        yield from self.tap(first)
        yield from self.type("docBgInput", "12345 1234567")
        yield from self.tap("docNextButton")
        yield self.shows("docBgError")
        self.visit("documents-bg-error")
        yield from self.type("docBgInput", "12345BG1234567")
        uidriver.hide_keyboard(self.window)
        yield from self.tap("docNextButton")
        yield self.shows("scanButton")
        self.visit("documents-scan-empty")
        yield from self.scan()
        yield from self.scan()
        # A real page that is cut off (the tests' feed has one); a scanner's own test page
        # may have none, and the tour goes on without that picture.
        if (yield Until("a page with a finding", lambda: self.finding() is not None, 2000, True)):
            self.visit("documents-scan-finding")
        # The second page removed, then taken back: the undo.
        yield from self.tap("remove_2")
        yield self.shows("undoRemoveButton")
        self.visit("documents-page-removed")
        yield from self.tap("undoRemoveButton")
        yield self.shows("pageCard_2")
        for page in self.read(documents, "pages"):
            if page["finding"]:
                yield from self.tap(f"keep_{page['number']}")
        # A second kind of document in the same hand-in: the BG number is not asked again.
        yield from self.tap("docNextButton")
        yield from self.tap("addDocumentButton")
        yield self.shows(second)
        yield from self.tap(second)
        yield from self.scan()
        for page in self.read(documents, "pages"):
            if page["finding"]:
                yield from self.tap(f"keep_{page['number']}")
        yield from self.tap("docNextButton")
        yield self.shows("docSendButton")
        self.visit("documents-review")
        yield from self.tap("docSendButton")
        yield self.shows("docReferenceCode", SCAN_WAIT_MS)
        self.visit("documents-receipt")
        yield from self.tap("docDoneButton")
        yield from self.home_again()

    def scan(self) -> Script:
        documents = self.kiosk.documents
        before = self.read(documents, "pageCount")
        yield from self.tap("scanButton")
        yield Until(
            "scanned",
            lambda: (
                not self.read(documents, "isScanning")
                and self.read(documents, "pageCount") > before
            ),
            SCAN_WAIT_MS,
        )

    def finding(self) -> int | None:
        pages = self.read(self.kiosk.documents, "pages")
        return next((int(p["number"]) for p in pages if p["finding"]), None)

    def video(self, call: CallControl) -> Script:
        video = self.kiosk.video
        if video is None:
            raise WalkError("this terminal has no video journey")

        def stage(*names: str) -> Until:
            return Until(f"video {names}", lambda: self.read(video, "stage") in names)

        yield from self.tap("startVideo")
        yield Until("devices checked", lambda: bool(self.read(video, "devicesReady")))
        self.visit("video-check")
        yield from self.tap("startCallButton")
        yield stage("waiting")
        self.visit("video-waiting")
        call.answer()
        yield stage("in_call")
        self.visit("video-call")
        yield from self.tap("muteButton")
        yield Until("muted", lambda: bool(self.read(video, "muted")))
        self.visit("video-call-muted")
        call.lose()
        yield stage("lost")
        self.visit("video-lost")
        yield from self.tap("callAgainButton")
        yield stage("waiting")
        call.let_ring_out()
        yield stage("offer")
        self.visit("video-no-answer")
        yield from self.tap("offerCallAgainButton")
        yield stage("waiting")
        call.answer()
        yield stage("in_call")
        yield from self.tap("hangUpButton")
        yield stage("ended")
        self.visit("video-ended")
        yield from self.tap("endedDoneButton")
        yield from self.home_again()
