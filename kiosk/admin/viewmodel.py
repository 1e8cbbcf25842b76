"""Admin mode as QML sees it: the corner gesture, the PIN pad, the status screen and its actions.

Everything slow (argon2, SANE, HTTP, SQLite) runs in a worker thread; results come back to the
GUI thread through the queued ``_done`` signal. The screen closes itself after
``admin.idle_seconds`` without a touch, and whenever it closes the PIN is needed again.
"""

# ruff: noqa: N802, N815  (QML sees these names: Qt properties, signals and slots are camelCase)

from __future__ import annotations

import datetime as dt
import enum
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QElapsedTimer, QObject, QTimer, Signal, Slot

from config.schema import TerminalSettings
from kiosk import scanner_health
from kiosk.admin import report
from kiosk.admin.log_buffer import RecentLog
from kiosk.admin.pin_gate import PinGate, PinOutcome, PinResult
from kiosk.admin.wording import health_words, page_check_detail, page_check_words, technical
from sync.enrollment import EnrollmentError, enroll
from sync.outbox import Outbox, outbox_path

log = logging.getLogger(__name__)

GESTURE_TAPS = 5
GESTURE_WINDOW_MS = 3000
# `kiosk run` exits with this code for "restart me"; the unit lists it in SuccessExitStatus.
RESTART_EXIT_CODE = 75


class AdminState(enum.StrEnum):
    CLOSED = "closed"
    PIN = "pin"
    OPEN = "open"


class AdminViewModel(QObject):
    changed = Signal()
    # (kind, result) from a worker thread; delivered on the GUI thread (queued connection).
    _done = Signal(str, object)

    def __init__(
        self,
        settings: TerminalSettings,
        data_dir: Path,
        recent_log: RecentLog,
        *,
        on_open: Callable[[], None] = lambda: None,
        gate: PinGate | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._data_dir = data_dir
        self._recent_log = recent_log
        self._on_open = on_open
        self._gate = gate or PinGate(settings.admin.pin_hash)
        self._state = AdminState.CLOSED
        self._taps: list[int] = []
        self._clock = QElapsedTimer()
        self._clock.start()
        self._pin_message = ""
        self._checking = False
        self._rows: list[dict[str, str]] = []
        self._busy: set[str] = set()
        self._messages: dict[str, str] = {}
        self._details: dict[str, str] = {}  # the technical side of a message, behind "Details"
        self._show_details = False
        self._idle = QTimer(self, singleShot=True, interval=settings.admin.idle_seconds * 1000)
        self._idle.timeout.connect(self._idle_out)
        self._wait_tick = QTimer(self, interval=250)
        self._wait_tick.timeout.connect(self._tick)
        self._done.connect(self._finished)

    # ---- opening ----------------------------------------------------------------------------

    @Slot()
    def cornerTapped(self) -> None:
        now = self._clock.elapsed()
        self._taps = [t for t in self._taps if now - t <= GESTURE_WINDOW_MS] + [now]
        if len(self._taps) >= GESTURE_TAPS and self._state is AdminState.CLOSED:
            self._taps = []
            log.info("admin gesture: asking for the PIN")
            self._pin_message = ""
            self._set_state(AdminState.PIN)

    @Slot(str)
    def submitPin(self, pin: str) -> None:
        if self._state is not AdminState.PIN or self._checking:
            return
        self._touch()
        self._checking = True
        self.changed.emit()
        self._work("pin", lambda: self._gate.attempt(pin))

    @Slot()
    def close(self) -> None:
        if self._state is not AdminState.CLOSED:
            log.info("admin mode closed")
        self._idle.stop()
        self._rows = []
        self._messages, self._details = {}, {}
        self._show_details = False
        self._set_state(AdminState.CLOSED)

    @Slot()
    def touch(self) -> None:
        self._touch()

    @Slot()
    def toggleDetails(self) -> None:
        self._touch()
        self._show_details = not self._show_details
        self.changed.emit()

    def _touch(self) -> None:
        if self._state is not AdminState.CLOSED:
            self._idle.start()

    def _idle_out(self) -> None:
        log.info("admin mode left after inactivity")
        self.close()

    # ---- actions ----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        self._action("report", lambda: report.gather(self._settings, self._data_dir))

    @Slot()
    def testScan(self) -> None:
        self._messages["scan"] = QCoreApplication.translate("Admin", "Scanning a test page…")
        self._details.pop("scan", None)
        self._action(
            "scan", lambda: scanner_health.test_scan(self._settings.scanner, self._data_dir)
        )

    @Slot()
    def forceSync(self) -> None:
        self._action("sync", self._sync_now)

    @Slot()
    def showLog(self) -> None:
        self._touch()
        self._messages["log"] = "\n".join(
            self._recent_log.lines()[-60:]
        ) or QCoreApplication.translate("Admin", "(empty)")
        self.changed.emit()

    @Slot(str, str)
    def reenroll(self, url: str, token: str) -> None:
        self._messages["enroll"] = QCoreApplication.translate("Admin", "Enrolling…")
        self._action("enroll", lambda: self._enroll(url.strip(), token.strip()))

    @Slot()
    def restartApp(self) -> None:
        log.info("admin asked for a restart of the UI")
        QCoreApplication.exit(RESTART_EXIT_CODE)

    def _sync_now(self) -> int:
        with Outbox(outbox_path(self._data_dir)) as outbox:
            return outbox.retry_all_now(dt.datetime.now(dt.UTC))

    def _enroll(self, url: str, token: str) -> str:
        try:
            device = enroll(
                url,
                token,
                self._data_dir,
                "terminal",
                settings=self._settings.sync,
                ca_file=self._settings.backoffice.ca_file,
            )
        except EnrollmentError as exc:
            return QCoreApplication.translate("Admin", "Not enrolled: %1").replace("%1", str(exc))
        return QCoreApplication.translate(
            "Admin", "Enrolled as %1. Restart the delivery service (kiosk sync)."
        ).replace("%1", str(device.device_id))

    # ---- workers ----------------------------------------------------------------------------

    def _action(self, kind: str, job: Callable[[], Any]) -> None:
        if self._state is not AdminState.OPEN or kind in self._busy:
            return
        self._touch()
        self._busy.add(kind)
        self.changed.emit()
        self._work(kind, job)

    def _work(self, kind: str, job: Callable[[], Any]) -> None:
        def run() -> None:
            try:
                result: Any = job()
            except Exception as exc:  # reported on screen, never raised into Qt
                log.warning("admin %s failed: %s", kind, type(exc).__name__)
                result = exc
            self._done.emit(kind, result)

        threading.Thread(target=run, name=f"admin-{kind}", daemon=True).start()

    def _finished(self, kind: str, result: object) -> None:
        self._busy.discard(kind)
        self._details.pop(kind, None)
        if kind == "pin":
            self._pin_finished(result)
        elif isinstance(result, Exception):
            self._messages[kind] = QCoreApplication.translate("Admin", "Did not work. See Details.")
            self._details[kind] = technical(result)
        elif kind == "report":
            assert isinstance(result, list)
            self._rows = [
                {
                    "key": r.key,
                    "label": r.label,
                    "value": r.value,
                    "detail": r.detail,
                    "monospace": r.monospace,
                }
                for r in result
            ]
        elif kind == "scan":
            assert isinstance(result, scanner_health.TestScanResult)
            self._scan_finished(result)
        elif kind == "sync":
            assert isinstance(result, int)
            self._messages["sync"] = QCoreApplication.translate(
                "Admin", "%n queued item(s) will be sent now.", "", result
            )
        elif kind == "enroll":
            self._messages["enroll"] = str(result)
        self.changed.emit()

    def _scan_finished(self, result: scanner_health.TestScanResult) -> None:
        device = result.status.device or "-"
        lines = [
            QCoreApplication.translate("Admin", "Scanner %1: %2.")
            .replace("%1", device)
            .replace("%2", health_words(result.status.health))
        ]
        lines += [
            QCoreApplication.translate("Admin", "Page %1: %2")
            .replace("%1", str(number))
            .replace("%2", page_check_words(check))
            for number, check in enumerate(result.checks, start=1)
        ]
        self._messages["scan"] = "\n".join(lines)
        self._details["scan"] = "\n".join(
            [f"health={result.status.health.value} device={device}"]
            + [page_check_detail(check) for check in result.checks]
        )
        self.refresh()

    def _pin_finished(self, result: object) -> None:
        self._checking = False
        if self._state is not AdminState.PIN:
            return
        if not isinstance(result, PinResult) or result.outcome is PinOutcome.DISABLED:
            self._pin_message = QCoreApplication.translate("Admin", "Admin mode is not set up.")
        elif result.outcome is PinOutcome.ACCEPTED:
            self._on_open()
            self._set_state(AdminState.OPEN)
            self._touch()
            self.refresh()
            return
        else:
            self._wait_tick.start()
            self._pin_message = QCoreApplication.translate("Admin", "Wrong PIN.")
        self.changed.emit()

    def _tick(self) -> None:
        if self._gate.wait_left() <= 0:
            self._wait_tick.stop()
        self.changed.emit()

    def _set_state(self, state: AdminState) -> None:
        if state is not self._state:
            self._state = state
            if state is AdminState.PIN:
                self._idle.start()
        self.changed.emit()

    # ---- properties -------------------------------------------------------------------------

    def _get_wait_seconds(self) -> int:
        return int(self._gate.wait_left() + 0.999)

    def _message(self, kind: str) -> str:
        return self._messages.get(kind, "")

    state = Property(str, lambda self: self._state.value, notify=changed)
    pinMessage = Property(str, lambda self: self._pin_message, notify=changed)
    checking = Property(bool, lambda self: self._checking, notify=changed)
    waitSeconds = Property(int, _get_wait_seconds, notify=changed)
    rows = Property(list, lambda self: self._rows, notify=changed)
    busy = Property(list, lambda self: sorted(self._busy), notify=changed)
    scanMessage = Property(str, lambda self: self._message("scan"), notify=changed)
    syncMessage = Property(str, lambda self: self._message("sync"), notify=changed)
    logText = Property(str, lambda self: self._message("log"), notify=changed)
    enrollMessage = Property(str, lambda self: self._message("enroll"), notify=changed)
    scanDetail = Property(str, lambda self: self._details.get("scan", ""), notify=changed)
    failureDetail = Property(
        str,
        lambda self: "\n".join(v for k, v in self._details.items() if k != "scan"),
        notify=changed,
    )
    showDetails = Property(bool, lambda self: self._show_details, notify=changed)
