"""``kiosk sync``'s whole life: a sound outbox, the courier, heartbeats, and never a crash loop.

Under ``Restart=always`` a daemon that dies at start dies again a second later: no heartbeat
leaves, the fleet page shows nothing, nothing is delivered. So this loop outlives whatever the
outbox does:

- before the outbox is opened it is checked, and salvaged if damaged
  (:func:`sync.outbox_check.make_outbox_sound`);
- an outbox that cannot be opened (a read-only folder, another process holding it) is
  reported in one log line and in the heartbeat, and tried again with backoff;
- damage found while delivering (SQLite says "malformed") closes the outbox; the next round
  checks and salvages it, and delivery goes on with what was salvaged.

Heartbeats start first and run throughout: they carry the problem, with the figures that
could still be read (:mod:`sync.outbox_reader`).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from config.schema import TerminalSettings
from sync.delivery import Courier, PassCounts
from sync.device import DeviceCredentials, load_device
from sync.office_link import OfficeLink
from sync.outbox import Outbox, outbox_path
from sync.outbox_check import is_damage, make_outbox_sound
from sync.outbox_lock import OutboxBusyError
from sync.outbox_reader import OutboxReading, folder_problem, read_outbox
from sync.quota import StorageQuota
from sync.salvage_report import latest_salvage
from sync.sd_notify import Notifier
from sync.stop_request import StopRequest
from sync.submit import Clock, utc_now

log = logging.getLogger("kiosk.sync")

# A sealed file or receipt younger than this may belong to a submission being committed now.
ORPHAN_GRACE = dt.timedelta(hours=1)
# How long a check waits for the UI to finish storing a submission (it holds the outbox then).
_CHECK_WAIT_SECONDS = 30.0
_REOPEN_CAP_SECONDS = 30.0

StartHeartbeats = Callable[[Callable[[], OutboxReading]], threading.Thread]


class DeliveryService:
    def __init__(
        self,
        data_dir: Path,
        settings: TerminalSettings,
        device: DeviceCredentials,
        link: OfficeLink,
        stop: StopRequest,
        *,
        clock: Clock = utc_now,
        notifier: Notifier | None = None,
    ) -> None:
        self._data_dir = data_dir
        self._settings = settings
        self._device = device
        self._link = link
        self._stop = stop
        self._clock = clock
        self._notifier = notifier or Notifier()
        self._lock = threading.Lock()
        self._outbox: Outbox | None = None
        self._problem: str | None = None
        self._failures = 0

    # ---- what the heartbeat reports ---------------------------------------------------------

    def reading(self) -> OutboxReading:
        with self._lock:
            outbox, problem = self._outbox, self._problem
        if outbox is not None:
            try:
                salvage = latest_salvage(self._data_dir)
                problems = [p for p in (problem, salvage and salvage.one_line()) if p]
                return OutboxReading(outbox.summary(), problems, salvage)
            except (sqlite3.Error, OSError):
                pass  # closed or broken right now: read it as status does
        reading = read_outbox(self._data_dir)
        if problem is None or problem in reading.problems:
            return reading
        return OutboxReading(reading.summary, [problem, *reading.problems], reading.salvage)

    def _report(self, problem: str | None) -> None:
        with self._lock:
            changed, self._problem = problem != self._problem, problem
        if changed and problem is not None:
            log.error("%s", problem)
        elif changed:
            log.info("outbox usable again")

    # ---- the outbox ---------------------------------------------------------------------------

    def open_outbox(self) -> Outbox | None:
        """The outbox, checked (and salvaged if damaged); None if it cannot be used now (the
        problem is logged once and reported)."""
        try:
            make_outbox_sound(self._data_dir, self._clock(), _CHECK_WAIT_SECONDS)
            outbox = Outbox(
                outbox_path(self._data_dir), quota=StorageQuota.from_settings(self._settings.sync)
            )
        except OutboxBusyError as exc:
            self._report(f"{exc} for over {_CHECK_WAIT_SECONDS:.0f} s; trying again")
            return None
        except (OSError, sqlite3.Error) as exc:
            reason = folder_problem(self._data_dir) or f"{type(exc).__name__}: {exc}"
            self._report(f"outbox cannot be opened: {reason}")
            return None
        try:
            self._tidy(outbox)
        except (OSError, sqlite3.Error) as exc:
            log.warning("tidying the outbox failed: %s: %s", type(exc).__name__, exc)
        self._report(None)
        self._failures = 0
        return outbox

    def _tidy(self, outbox: Outbox) -> None:
        now = self._clock()
        orphans = outbox.remove_orphan_files(now, ORPHAN_GRACE)
        if orphans:
            log.info("removed %d sealed file(s) without an outbox row", orphans)
        outbox.receipts.tidy(outbox.undelivered_ids(), now, ORPHAN_GRACE)

    # ---- running ------------------------------------------------------------------------------

    def run_once(self) -> PassCounts | None:
        """One pass over every queued item (``kiosk sync --once``); None if the outbox could
        not be opened (the problem was logged)."""
        outbox = self.open_outbox()
        if outbox is None:
            return None
        with outbox:
            return self._courier(outbox).run_once(self._stop.event)

    def run(self, start_heartbeats: StartHeartbeats) -> None:
        """Deliver until stopped; whatever the outbox does, the process lives on."""
        self._notifier.ready()
        heartbeats = start_heartbeats(self.reading)
        log.info("delivering to %s", self._device.backoffice_url)
        while not self._stop.is_set():
            outbox = self.open_outbox()
            if outbox is None:
                self._wait_before_reopening()
                continue
            with self._lock:
                self._outbox = outbox
            try:
                self._courier(outbox).run_forever(self._stop.event, alive=self._notifier.ping)
            except sqlite3.Error as exc:
                self._met(exc, damage=is_damage(exc))
            except Exception as exc:  # anything else: report it and go on, never die
                self._met(exc, damage=False)
            finally:
                with self._lock:
                    self._outbox = None
                outbox.close()
        self._notifier.stopping()
        heartbeats.join(self._settings.sync.read_timeout_seconds)
        log.info("stopped")

    def _met(self, exc: Exception, damage: bool) -> None:
        if damage:
            self._report(f"outbox damaged while delivering ({exc}); checking and salvaging it")
            return  # the next round salvages at once
        self._report(f"delivery stopped by {type(exc).__name__}: {exc}; starting again")
        self._wait_before_reopening()

    def _wait_before_reopening(self) -> None:
        self._failures += 1
        seconds = min(_REOPEN_CAP_SECONDS, self._settings.sync.poll_seconds * 2**self._failures)
        waited = 0.0
        while waited < seconds and not self._stop.wait(min(1.0, seconds - waited)):
            self._notifier.ping()
            waited += 1.0

    def _courier(self, outbox: Outbox) -> Courier:
        return Courier(
            outbox,
            self._device,
            self._settings.sync,
            self._link,
            clock=self._clock,
            current_device=lambda: load_device(self._data_dir, with_token=False),
        )
