"""A software TPM (swtpm) for tests: each instance is one machine's TPM.

Usage::

    with SoftwareTpm(tmp_path / "tpm-a") as tpm:
        terminal.kiosk("enroll", url, token, env=tpm.environment())

``environment()`` points systemd-creds at it (``SYSTEMD_TPM2_DEVICE``, a TSS2 TCTI string).
The process is swtpm's own child of the test, on two free loopback ports, stopped on exit.

systemd-creds (252) leaves its TPM sessions loaded, counting on the kernel's resource manager
(``/dev/tpmrm0``) to flush them when the process goes; reached directly, swtpm has none, and
after three calls it answers "out of memory for session contexts". So ``environment()`` first
flushes what earlier processes left, as the resource manager would have.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Self

from tests.helpers.backoffice import free_port
from tests.helpers.processes import stop_process


def _free_port_pair() -> int:
    for _ in range(50):
        port = free_port()
        with socket.socket() as second:
            try:
                second.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise AssertionError("no two free loopback ports side by side")


class SoftwareTpm:
    def __init__(self, state: Path) -> None:
        state.mkdir(parents=True, exist_ok=True)
        # The TSS library's swtpm transport takes the control channel at port + 1.
        self.port = _free_port_pair()
        control = self.port + 1
        self._process = subprocess.Popen(
            [
                "swtpm", "socket", "--tpm2",
                "--tpmstate", f"dir={state.resolve()}",
                "--server", f"type=tcp,port={self.port},bindaddr=127.0.0.1",
                "--ctrl", f"type=tcp,port={control},bindaddr=127.0.0.1",
                "--flags", "not-need-init,startup-clear",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while not self._listening():
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise AssertionError("swtpm did not start")
            time.sleep(0.05)

    def _listening(self) -> bool:
        with socket.socket() as probe:
            return probe.connect_ex(("127.0.0.1", self.port)) == 0

    def environment(self) -> dict[str, str]:
        """For the next process that uses this TPM (call it again for each)."""
        tcti = f"swtpm:host=127.0.0.1,port={self.port}"
        flushed = subprocess.run(
            ["tpm2_flushcontext", "--loaded-session"],
            env={**os.environ, "TPM2TOOLS_TCTI": tcti},
            capture_output=True,
            check=False,
            timeout=30,
        )
        if flushed.returncode != 0:
            raise AssertionError(f"tpm2_flushcontext failed: {flushed.stderr.decode()[-200:]}")
        return {"SYSTEMD_TPM2_DEVICE": tcti}

    def close(self) -> None:
        stop_process(self._process)
        if self._process.stderr is not None:
            self._process.stderr.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
