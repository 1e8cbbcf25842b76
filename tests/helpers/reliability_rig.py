"""A delivery rig for the reliability proof: terminal → FaultProxy → real backoffice.

One enrolled terminal (a :class:`Terminal` with its own config and data folder) whose
``kiosk sync`` daemon reaches the backoffice only through a :class:`FaultProxy`: the device is
enrolled through the proxy's address, so the URL saved in ``device.json`` (which the daemon
uses) and the config's ``[backoffice] url`` both point at the proxy.

Usage::

    with DeliveryRig.create(tmp_path / "t", office) as rig:
        queued = rig.queue(3)
        daemon = rig.start_daemon()
        rig.proxy.set_fault(Fault.STALL)
        ...
        rig.wait_until_delivered(queued)
        daemon.stop()
        ledger = OfficeLedger(office.data_dir)
        ledger.assert_exactly_once(rig.device_id, queued)
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import random
import signal
import subprocess
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

from backoffice.intake import envelope_fingerprint
from contract.submissions import CallbackRequestPayload, SubmissionEnvelope, SubmissionKind
from sync.device import DeviceCredentials, load_device
from sync.enrollment import enroll
from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.fake_device import MARKER_NOTE, callback_request
from tests.helpers.fault_proxy import FaultProxy
from tests.helpers.reliability_documents import document_submission, marker_pdf
from tests.helpers.reliability_ledger import QueuedDocument, QueuedSubmission
from tests.helpers.terminal import Terminal


@dataclass(frozen=True)
class SyncTimings:
    """The daemon's ``[sync]`` settings; short, so faults are noticed within a test."""

    connect_timeout_seconds: float = 1.0
    read_timeout_seconds: float = 1.5
    backoff_base_seconds: float = 0.2
    backoff_cap_seconds: float = 1.0
    poll_seconds: float = 0.2
    # The smallest chunk the settings allow: a test document spans several chunks.
    chunk_bytes: int = 16 * 1024

    def toml(self) -> str:
        return "[sync]\n" + "".join(f"{key} = {value}\n" for key, value in vars(self).items())


class SyncDaemon:
    """A running ``kiosk sync`` process; its log goes to a file next to the data folder."""

    def __init__(
        self, command: list[str], log_path: Path, env: dict[str, str] | None = None
    ) -> None:
        self.log_path = log_path
        # Daemons of one rig share the log file: this one's lines start here.
        self._log_start = log_path.stat().st_size if log_path.exists() else 0
        with log_path.open("ab") as log:
            self._process = subprocess.Popen(
                command,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=None if env is None else {**os.environ, **env},
            )

    def wait_until_running(self, timeout: float = 60.0) -> None:
        """Until the daemon says it delivers: before that, SIGTERM meets the default handler
        (as it would under systemd during start-up, which counts that as a clean stop too)."""
        deadline = time.monotonic() + timeout
        while b"delivering to " not in self.log_path.read_bytes()[self._log_start :]:
            if not self.alive():
                raise AssertionError(f"kiosk sync died while starting: {self.log_text()[-500:]}")
            if time.monotonic() > deadline:
                raise AssertionError(f"kiosk sync did not start within {timeout:.0f} s")
            time.sleep(0.05)

    @property
    def pid(self) -> int:
        return self._process.pid

    def alive(self) -> bool:
        return self._process.poll() is None

    def kill(self) -> None:
        """SIGKILL: no handler runs, as when the power goes or the OOM killer strikes."""
        if self.alive():
            self._process.send_signal(signal.SIGKILL)
        self._process.wait(10)

    def stop(self) -> int:
        """SIGTERM, as systemd does, once the daemon is up; returns the exit status."""
        if self.alive():
            self.wait_until_running()
            self._process.send_signal(signal.SIGTERM)
        try:
            return self._process.wait(15)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError("kiosk sync did not stop within 15 s of SIGTERM") from None

    def log_text(self) -> str:
        """This daemon's lines of the shared log file."""
        return self.log_path.read_bytes()[self._log_start :].decode(errors="replace")


class DeliveryRig:
    def __init__(self, terminal: Terminal, proxy: FaultProxy, device_id: uuid.UUID) -> None:
        self.terminal = terminal
        self.proxy = proxy
        self.device_id = device_id
        self._daemons: list[SyncDaemon] = []
        self._serial = 0

    @classmethod
    def create(
        cls,
        root: Path,
        office: BackofficeProcess,
        timings: SyncTimings | None = None,
        extra_sync_toml: str = "",
    ) -> DeliveryRig:
        """``extra_sync_toml``: more keys for the config's ``[sync]`` table."""
        proxy = FaultProxy("127.0.0.1", office.port)
        try:
            terminal = Terminal(root)
            root.mkdir(parents=True, exist_ok=True)
            url = f"http://127.0.0.1:{proxy.port}"
            terminal.config.write_text(
                f'[backoffice]\nurl = "{url}"\n\n'
                f"[device]\ndata_dir = {json.dumps(str(terminal.data_dir))}\n\n"
                + (timings or SyncTimings()).toml()
                + extra_sync_toml,
                encoding="utf-8",
            )
            # In-process, as `kiosk enroll` does it: a process start costs seconds here, and
            # enrollment is not what these tests prove.
            device = enroll(url, office.enrollment_token(), terminal.data_dir, "reliability")
            assert device.backoffice_url.startswith(url)
        except BaseException:
            proxy.close()
            raise
        return cls(terminal, proxy, device.device_id)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        for daemon in self._daemons:
            daemon.kill()
        self.proxy.close()

    # ---- the citizen's side (the UI process) ---------------------------------------------------

    def outbox(self) -> Outbox:
        return Outbox(outbox_path(self.terminal.data_dir))

    def queue(self, count: int, rng: random.Random | None = None) -> list[QueuedSubmission]:
        """Submits ``count`` callback requests as the UI does; each has its own note, so a
        mix-up between two of them would show."""
        with self.outbox() as outbox:
            return self.queue_into(outbox, count, rng)

    def queue_into(
        self, outbox: Outbox, count: int, rng: random.Random | None = None
    ) -> list[QueuedSubmission]:
        """As :meth:`queue`, through an outbox the caller opened (e.g. with a quota)."""
        device = load_device(self.terminal.data_dir)
        queued = []
        for _ in range(count):
            self._serial += 1
            token = (rng or random).getrandbits(64)
            payload = callback_request().model_copy(
                update={"note": f"{MARKER_NOTE} Nr. {self._serial} ({token:016x})"}
            )
            queued.append(self._submit(outbox, device, payload))
        return queued

    def _submit(
        self, outbox: Outbox, device: DeviceCredentials | None, payload: CallbackRequestPayload
    ) -> QueuedSubmission:
        code = new_reference_code()
        submission_id = submit(outbox, device, SubmissionKind.CALLBACK, payload, code)
        item = outbox.get(submission_id)
        assert item is not None and item.sealed_payload is not None
        # The envelope exactly as the courier will build it: its fingerprint is what the
        # backoffice records, so a match proves the ciphertext arrived byte for byte.
        envelope = SubmissionEnvelope(
            submission_id=item.submission_id,
            kind=item.kind,
            reference_code=item.reference_code,
            created_at=item.created_at,
            sealed_payload=base64.b64encode(item.sealed_payload).decode("ascii"),
        )
        named = envelope_fingerprint(envelope.model_copy(update={"key_id": item.sealed_to}))
        return QueuedSubmission(submission_id, code, payload, envelope_fingerprint(envelope), named)

    def queue_document(self, pdf_bytes: int, outbox: Outbox | None = None) -> QueuedDocument:
        """A scanned document of about ``pdf_bytes``, with a marker on its page."""
        pdf = marker_pdf(padding_bytes=pdf_bytes)
        payload, attachment = document_submission(pdf)
        device = load_device(self.terminal.data_dir)
        with contextlib.ExitStack() as stack:
            target = outbox or stack.enter_context(self.outbox())
            submission_id = submit(
                target,
                device,
                SubmissionKind.DOCUMENT,
                payload,
                new_reference_code(),
                attachments=[attachment],
            )
        return QueuedDocument(
            submission_id, attachment.attachment_id, payload.files[0].sha256, len(pdf)
        )

    # ---- the delivery daemon -----------------------------------------------------------------

    def start_daemon(self, env: dict[str, str] | None = None) -> SyncDaemon:
        """``env``: more environment variables (e.g. faketime's)."""
        log_path = self.terminal.root / "sync.log"
        daemon = SyncDaemon(self.terminal.command("sync"), log_path, env)
        self._daemons.append(daemon)
        return daemon

    def wait_until_delivered(
        self,
        queued: Sequence[QueuedSubmission | QueuedDocument],
        timeout: float = 60.0,
        daemon: SyncDaemon | None = None,
    ) -> float:
        """Waits until the terminal has a receipt for every one; returns the seconds waited.
        With ``daemon``, fails at once if that daemon dies."""
        started = time.monotonic()
        wanted = {entry.submission_id for entry in queued}
        while True:
            with self.outbox() as outbox:
                undelivered = [
                    item.submission_id for item in outbox.queued() if item.submission_id in wanted
                ]
            if not undelivered:
                return time.monotonic() - started
            if daemon is not None and not daemon.alive():
                last_line = (daemon.log_text().strip().splitlines() or ["(no log)"])[-1]
                raise AssertionError(f"kiosk sync died: {last_line}")
            if time.monotonic() - started > timeout:
                raise AssertionError(
                    f"{len(undelivered)} of {len(wanted)} submissions still undelivered after "
                    f"{timeout:.0f} s"
                )
            time.sleep(0.1)

    def undelivered(self) -> int:
        with self.outbox() as outbox:
            return len(outbox.queued())

    def last_error(self) -> str | None:
        with self.outbox() as outbox:
            return outbox.summary().last_error


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> float:
    """Polls ``condition`` until true; returns the seconds it took. Never a timing assertion:
    the timeout only stops a test that would otherwise hang."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"not within {timeout:.0f} s: {what}")
        time.sleep(0.05)
    return time.monotonic() - started
