"""Scanner access through python-sane: find devices, open one, set options, scan pages.

SANE is a process-wide C library and not thread-safe, so one run at a time holds ``_SANE_GATE``
and makes every SANE call from one thread: ``sane.init()``, open, options, the pages,
``close()``, and only then ``sane.exit()``. ``run_scan`` does that in a thread of its own under
a watchdog (scanner/watchdog.py), so a backend that hangs ends the run as ``NOT_RESPONDING``
instead of hanging the caller. Pages are read by scanner/sane_reader.py (short GIL holds), or
python-sane's ``snap()`` where it cannot; both report progress per line to one callback, and
cancelling calls ``sane_cancel`` from inside it (raising an exception there crashes python-sane
2.9, so we never do). Faults end the run with the pages scanned so far kept; nothing here
raises to the caller of a run.
"""

from __future__ import annotations

import logging
import select
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from scanner.broken_pipes import ignore_broken_pipes
from scanner.faults import ScanFault, ScanFaultError, fault_from_sane
from scanner.options import (
    DeviceOption,
    OptionKind,
    OptionValue,
    ScanWish,
    Source,
    parse_override,
    settings_for,
)
from scanner.priority import lower_this_thread
from scanner.sane_reader import read_page
from scanner.watchdog import STALL_TIMEOUT_S, Liveness, SaneGate, wait_watched

log = logging.getLogger(__name__)
_SANE_GATE = SaneGate()
# Linux's default pipe capacity: what a backend's reader can have written ahead of us.
PIPE_BYTES = 64 * 1024
# Long enough for a reader thread to free its buffer and return, even on a busy machine.
READER_SETTLE_S = 0.05


@dataclass(frozen=True)
class DeviceInfo:
    name: str
    vendor: str
    model: str
    kind: str

    @property
    def label(self) -> str:
        return f"{self.vendor} {self.model}".strip()


@dataclass(frozen=True)
class ScannedPage:
    number: int  # 1-based within the run
    image: Image.Image
    dpi: int


@dataclass(frozen=True)
class ScanRun:
    """The outcome of one run: every page that arrived, and the fault that ended it, if any."""

    pages: tuple[ScannedPage, ...]
    fault: ScanFault | None
    device: DeviceInfo | None
    settings: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ScanRequest:
    device_name: str
    wish: ScanWish = field(default_factory=ScanWish)
    overrides: tuple[str, ...] = ()  # KEY=VALUE, checked against the device's allowed values
    max_pages: int | None = None


ProgressCallback = Callable[[int, float], None]  # page number, 0.0–1.0 of that page
PageCallback = Callable[[ScannedPage], None]


def list_devices() -> list[DeviceInfo]:
    import sane

    with sane_session():
        return [DeviceInfo(*entry[:4]) for entry in sane.get_devices()]


def _describe(raw: tuple[Any, ...]) -> DeviceOption:
    import _sane

    _, name, _, _, kind, _, _, cap, constraint = raw
    allowed = tuple(constraint) if isinstance(constraint, list) else None
    value_range = None
    if isinstance(constraint, tuple) and len(constraint) == 3:
        value_range = (float(constraint[0]), float(constraint[1]), float(constraint[2]))
    return DeviceOption(
        name=str(name or ""),
        kind=OptionKind(kind),
        allowed=allowed,
        value_range=value_range,
        active=bool(_sane.OPTION_IS_ACTIVE(cap)),
        settable=bool(_sane.OPTION_IS_SETTABLE(cap)),
    )


class SaneScanner:
    """An open device. Use only from the thread that opened it."""

    def __init__(self, handle: Any, info: DeviceInfo, liveness: Liveness | None = None) -> None:
        self._handle = handle
        self.info = info
        self.applied: dict[str, OptionValue] = {}
        self._liveness = liveness or Liveness()

    def options(self) -> list[DeviceOption]:
        return [_describe(raw) for raw in self._handle.get_options()]

    def configure(self, wish: ScanWish, overrides: Sequence[str] = ()) -> dict[str, OptionValue]:
        """Sets source first (it changes which other options exist), then the rest."""
        wanted = settings_for(self.options(), wish)
        if "depth" in {option.name for option in self.options()}:
            wanted.setdefault("depth", 8)
        for name in ("source", "mode", "depth", "resolution"):
            if name in wanted:
                self._set(name, wanted[name])
        for text in overrides:
            self.set_option(text)
        return dict(self.applied)

    def set_option(self, text: str) -> None:
        """Sets ``KEY=VALUE`` after checking it against the device's allowed values."""
        name, value = parse_override(self.options(), text)  # fresh: options may change
        self._set(name, value)

    def _set(self, name: str, value: OptionValue) -> None:
        option = next((o for o in self.options() if o.name == name), None)
        if option is None or not option.active or not option.settable:
            return
        setattr(self._handle, name.replace("-", "_"), value)
        self.applied[name] = value

    def dpi(self) -> int:
        try:
            return round(float(self._handle.resolution))
        except (AttributeError, TypeError, ValueError):
            return 300  # backends without a resolution option scan at their one native rate

    def scan(
        self,
        source: Source,
        cancel: threading.Event,
        on_page: PageCallback | None = None,
        on_progress: ProgressCallback | None = None,
        max_pages: int | None = None,
    ) -> ScanRun:
        """Scans one page (flatbed) or until the feeder is empty, a fault, or a cancel."""
        feeder = source is Source.FEEDER
        pages: list[ScannedPage] = []
        fault: ScanFault | None = None
        dpi = self.dpi()
        while max_pages is None or len(pages) < max_pages:
            if cancel.is_set():
                fault = ScanFault.CANCELLED
                break
            number = len(pages) + 1
            try:
                image = self._scan_one(number, feeder, cancel, on_progress)
            except Exception as exc:  # _sane.error and RuntimeError("no data") alike
                fault = fault_from_sane(exc)
                log.info("scan ended at page %d: %s (%s)", number, fault.it_status, exc)
                self._reset()
                if fault is ScanFault.FEEDER_EMPTY and pages:
                    fault = None  # the feeder ran out after the last sheet: a normal end
                break
            self._liveness.touch()
            page = ScannedPage(number, image, dpi)
            pages.append(page)
            if on_page is not None:
                on_page(page)
            if not feeder:
                break
        if feeder and fault is None:
            self._handle.cancel()  # ends the feeder batch (snap kept it open with no_cancel)
            ignore_broken_pipes()
        settings = {name: _as_text(value) for name, value in self.applied.items()}
        return ScanRun(tuple(pages), fault, self.info, settings)

    def _scan_one(
        self,
        number: int,
        feeder: bool,
        cancel: threading.Event,
        on_progress: ProgressCallback | None,
    ) -> Image.Image:
        settled = False

        def progress(line: int, total: int) -> None:
            # Runs inside python-sane's C read loop: never raise from here.
            nonlocal settled
            self._liveness.touch()
            if cancel.is_set():
                self._handle.cancel()
                return
            if not settled and total - line <= tail_lines:
                settled = True
                time.sleep(READER_SETTLE_S)
            if on_progress is not None and total > 0:
                try:
                    on_progress(number, min(1.0, line / total))
                except Exception:
                    log.exception("progress listener failed")

        self._handle.start()
        self._liveness.touch()
        self._wait_for_first_data(cancel)
        tail_lines = self._tail_lines()
        try:
            page = read_page(self._handle, progress)  # short GIL holds: scanner/sane_reader.py
            if page is not None and not feeder:
                self._handle.cancel()  # what snap(no_cancel=False) does after the page
            image: Image.Image = page or self._handle.snap(no_cancel=feeder, progress=progress)
        finally:
            ignore_broken_pipes()  # the backend's reader thread reset it (scanner/broken_pipes.py)
        return image

    def _tail_lines(self) -> int:
        """Lines at the end of the page that fit into the reader's pipe all at once.

        A ``sanei_thread`` backend (SANE's ``test`` backend among them) kills its reader thread
        asynchronously as soon as ``sane_read`` returns the page's last bytes. Once the rest of
        the page fits in the pipe, the reader may already be past its last ``write()``, freeing
        its buffer: killed there, it leaves the malloc lock taken and the next SANE call hangs
        (seen in the test suite under load). Pausing once before reading that tail lets the
        reader finish first; it costs READER_SETTLE_S per page.
        """
        try:
            bytes_per_line = int(self._handle.get_parameters()[4])
        except Exception:
            return 0
        return PIPE_BYTES // max(1, bytes_per_line)

    def _wait_for_first_data(self, cancel: threading.Event) -> None:
        """Waits until the backend's reader has delivered data, where it offers a select fd.

        A fault reported by the first ``sane_read`` makes python-sane call ``sane_cancel`` at
        once. Arriving while a ``sanei_thread`` reader is still starting up (allocating its
        buffer), that asynchronous cancel kills the reader holding the malloc lock, and
        ``sane_cancel`` then waits for it forever. Once data is in the pipe the reader is past
        that and blocked in ``write()``, where cancelling it is safe. Not touching the liveness
        here is deliberate: a backend that never delivers is what the watchdog is for.
        """
        try:
            fd = int(self._handle.fileno())
        except Exception:  # most backends offer no select fd: read as before
            return
        while not cancel.is_set():
            readable, _, _ = select.select([fd], [], [], 0.2)
            if readable:
                return

    def _reset(self) -> None:
        try:
            self._handle.cancel()
        except Exception as exc:  # an unplugged device may fail even this
            log.info("cancel after fault failed: %s", exc)
        finally:
            ignore_broken_pipes()  # cancelling ends the backend's reader thread too

    def close(self) -> None:
        try:
            self._handle.close()
        except Exception as exc:
            log.info("close failed: %s", exc)


def open_scanner(name: str, liveness: Liveness | None = None) -> SaneScanner:
    """Opens a device by SANE name; the caller holds the SANE session (see ``run_scan``)."""
    import sane

    known = {entry[0]: DeviceInfo(*entry[:4]) for entry in sane.get_devices()}
    try:
        handle = sane.open(name)
    except Exception as exc:
        raise ScanFaultError(ScanFault.NOT_FOUND, f"cannot open {name!r}: {exc}") from exc
    return SaneScanner(handle, known.get(name, DeviceInfo(name, "", "", "")), liveness)


def _as_text(value: OptionValue) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


@contextmanager
def sane_session() -> Iterator[None]:
    """Holds the SANE library for this thread: ``sane.init()`` now, ``sane.exit()`` at the end.
    Close every scanner opened inside before leaving. Raises ``ScanFaultError``
    (``NOT_RESPONDING``) while an earlier run's SANE call hangs."""
    import sane

    with _SANE_GATE.held():
        sane.init()
        try:
            yield
        finally:
            sane.exit()
            ignore_broken_pipes()


def run_scan(
    request: ScanRequest,
    cancel: threading.Event | None = None,
    on_page: PageCallback | None = None,
    on_progress: ProgressCallback | None = None,
    stall_timeout: float = STALL_TIMEOUT_S,
) -> ScanRun:
    """One whole run: init, open, configure, scan, close, exit, in a SANE thread of its own.

    Option errors (unknown option or value) raise ``OptionError`` before anything is scanned;
    every scanner fault is returned in ``ScanRun.fault``, including ``NOT_RESPONDING`` when the
    backend shows no progress for ``stall_timeout`` seconds (the pages so far are kept). The
    callbacks run in the SANE thread; nothing is reported after the run was given up.
    """
    cancel = cancel or threading.Event()
    liveness = Liveness()
    pages: list[ScannedPage] = []
    outcome: list[ScanRun] = []
    failure: list[Exception] = []
    done = threading.Event()

    def page_arrived(page: ScannedPage) -> None:
        if liveness.given_up.is_set():
            return
        pages.append(page)
        if on_page is not None:
            on_page(page)

    def progressed(number: int, share: float) -> None:
        if on_progress is not None and not liveness.given_up.is_set():
            on_progress(number, share)

    def work() -> None:
        lower_this_thread()  # the GUI thread comes first (scanner/priority.py)
        try:
            outcome.append(_run_in_session(request, cancel, page_arrived, progressed, liveness))
        except Exception as exc:  # handed to the caller's thread below
            failure.append(exc)
        finally:
            done.set()

    threading.Thread(target=work, name="sane-run", daemon=True).start()
    watched = wait_watched(done, liveness, stall_timeout)
    # Also here, on the caller's side: a run given up as hanging never reaches its own reset.
    ignore_broken_pipes()
    if not watched:
        cancel.set()  # should the backend ever come back, it stops there
        _SANE_GATE.mark_wedged()
        return ScanRun(tuple(pages), ScanFault.NOT_RESPONDING, None)
    if failure:
        raise failure[0]
    return outcome[0]


def _run_in_session(
    request: ScanRequest,
    cancel: threading.Event,
    on_page: PageCallback,
    on_progress: ProgressCallback,
    liveness: Liveness,
) -> ScanRun:
    try:
        with sane_session():
            try:
                scanner = open_scanner(request.device_name, liveness)
            except ScanFaultError as exc:
                log.warning("scanner not available: %s", exc.fault.it_status)
                return ScanRun((), exc.fault, None)
            try:
                scanner.configure(request.wish, request.overrides)
                return scanner.scan(
                    request.wish.source, cancel, on_page, on_progress, request.max_pages
                )
            finally:
                scanner.close()  # before sane.exit(), or the backend may crash on exit
    except ScanFaultError as exc:  # the library is still held by a hung earlier run
        log.warning("scanner not available: %s", exc.fault.it_status)
        return ScanRun((), exc.fault, None)
