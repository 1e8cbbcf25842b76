"""Scanner access through python-sane: find devices, open one, set options, scan pages.

SANE is a process-wide C library and not thread-safe, so one run at a time holds ``_SANE_LOCK``
and makes every SANE call from its own worker thread: ``sane.init()``, open, options, the
pages, ``close()``, and only then ``sane.exit()``. Progress comes from python-sane's per-line
callback; cancelling calls ``sane_cancel`` from inside that callback (raising an exception
there crashes python-sane 2.9, so we never do). Faults end the run with the pages scanned so
far kept; nothing here raises to the caller of a run.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

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

log = logging.getLogger(__name__)
_SANE_LOCK = threading.Lock()


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

    def __init__(self, handle: Any, info: DeviceInfo) -> None:
        self._handle = handle
        self.info = info
        self.applied: dict[str, OptionValue] = {}

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
            page = ScannedPage(number, image, dpi)
            pages.append(page)
            if on_page is not None:
                on_page(page)
            if not feeder:
                break
        if feeder and fault is None:
            self._handle.cancel()  # ends the feeder batch (snap kept it open with no_cancel)
        settings = {name: _as_text(value) for name, value in self.applied.items()}
        return ScanRun(tuple(pages), fault, self.info, settings)

    def _scan_one(
        self,
        number: int,
        feeder: bool,
        cancel: threading.Event,
        on_progress: ProgressCallback | None,
    ) -> Image.Image:
        def progress(line: int, total: int) -> None:
            # Runs inside python-sane's C read loop: never raise from here.
            if cancel.is_set():
                self._handle.cancel()
                return
            if on_progress is not None and total > 0:
                try:
                    on_progress(number, min(1.0, line / total))
                except Exception:
                    log.exception("progress listener failed")

        self._handle.start()
        image: Image.Image = self._handle.snap(no_cancel=feeder, progress=progress)
        return image

    def _reset(self) -> None:
        try:
            self._handle.cancel()
        except Exception as exc:  # an unplugged device may fail even this
            log.info("cancel after fault failed: %s", exc)

    def close(self) -> None:
        try:
            self._handle.close()
        except Exception as exc:
            log.info("close failed: %s", exc)


def open_scanner(name: str) -> SaneScanner:
    """Opens a device by SANE name; the caller holds the SANE session (see ``run_scan``)."""
    import sane

    known = {entry[0]: DeviceInfo(*entry[:4]) for entry in sane.get_devices()}
    try:
        handle = sane.open(name)
    except Exception as exc:
        raise ScanFaultError(ScanFault.NOT_FOUND, f"cannot open {name!r}: {exc}") from exc
    return SaneScanner(handle, known.get(name, DeviceInfo(name, "", "", "")))


def _as_text(value: OptionValue) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


@contextmanager
def sane_session() -> Iterator[None]:
    """Holds the SANE library for this thread: ``sane.init()`` now, ``sane.exit()`` at the end.
    Close every scanner opened inside before leaving."""
    import sane

    with _SANE_LOCK:
        sane.init()
        try:
            yield
        finally:
            sane.exit()


def run_scan(
    request: ScanRequest,
    cancel: threading.Event | None = None,
    on_page: PageCallback | None = None,
    on_progress: ProgressCallback | None = None,
) -> ScanRun:
    """One whole run in the calling thread: init, open, configure, scan, close, exit.

    Option errors (unknown option or value) raise ``OptionError`` before anything is scanned;
    every scanner fault is returned in ``ScanRun.fault``.
    """
    cancel = cancel or threading.Event()
    with sane_session():
        try:
            scanner = open_scanner(request.device_name)
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


class ScanWorker:
    """Runs ``run_scan`` in a background thread; the GUI thread never waits on the scanner."""

    def __init__(
        self,
        request: ScanRequest,
        on_page: PageCallback | None = None,
        on_progress: ProgressCallback | None = None,
        on_finished: Callable[[ScanRun], None] | None = None,
    ) -> None:
        self._request = request
        self._cancel = threading.Event()
        self._on_page = on_page
        self._on_progress = on_progress
        self._on_finished = on_finished
        self.result: ScanRun | None = None
        self.error: Exception | None = None
        self._thread = threading.Thread(target=self._run, name="scan-worker", daemon=True)

    def start(self) -> ScanWorker:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> ScanRun | None:
        self._thread.join(timeout)
        return self.result

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            self.result = run_scan(self._request, self._cancel, self._on_page, self._on_progress)
        except Exception as exc:  # OptionError and anything unforeseen: reported, not raised
            log.warning("scan run failed: %s", exc)
            self.error = exc
            self.result = ScanRun((), ScanFault.UNKNOWN, None)
        if self._on_finished is not None:
            self._on_finished(self.result)
