"""A data folder that cannot be written: one clear line, no traceback, no crash loop.

The folder is made read-only for real: as root a read-only bind mount (a disk remounted
read-only after errors), otherwise its mode. ``kiosk status`` still shows the figures and says
why; the ``kiosk sync`` daemon stays up, reports it in its heartbeat, and delivers everything
exactly once when the folder is writable again.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.reliability_ledger import OfficeLedger
from tests.helpers.reliability_rig import DeliveryRig, wait_for


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[str]:
    """The folder read-only while the block runs; yields what the terminal must say."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield "is not writable for user"
        finally:
            folder.chmod(0o700)
        return
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        yield "is on a read-only file system"
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_read_only_data_folder_is_named_and_delivery_resumes_when_it_is_writable(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    with DeliveryRig.create(
        tmp_path / "terminal", office, extra_sync_toml="heartbeat_seconds = 0.5\n"
    ) as rig:
        queued = rig.queue(3)
        data_dir = rig.terminal.data_dir
        with read_only(data_dir) as reason:
            result = rig.terminal.kiosk("status")
            problems = [line for line in result.stdout.splitlines() if "Problem:" in line]
            assert any(reason in line for line in problems), result.stdout
            assert "Traceback" not in result.stderr
            assert rig.terminal.status()["outbox"]["queued"]["items"] == 3  # still readable

            daemon = rig.start_daemon()
            wait_for(
                lambda: (
                    reason
                    in str(
                        (OfficeLedger(office.data_dir).heartbeat(rig.device_id) or {}).get(
                            "outbox_problem"
                        )
                    )
                ),
                "the fleet page hears why",
            )
            assert daemon.alive(), "no crash, no restart loop"
            assert daemon.log_text().count(reason) == 1, "said once, not at every retry"
        rig.wait_until_delivered(queued, daemon=daemon)
        assert daemon.stop() == 0
        assert "Traceback" not in daemon.log_text()
    OfficeLedger(office.data_dir).assert_exactly_once(rig.device_id, queued)
