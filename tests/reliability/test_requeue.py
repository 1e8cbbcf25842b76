"""The office was set up anew: items sealed to its old key are named, quarantined with that
reason, and delivered once IT has put the old key back and requeued them.

Two real backoffices (the first one's data folder stands for the office before it was
re-initialised), the real ``kiosk enroll``, ``kiosk sync`` daemon and ``kiosk requeue``; the
requeue runs while the daemon delivers.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from contract.sealing import key_id, public_key_from_b64
from sync.device import load_device
from tests.helpers.backoffice import BackofficeProcess, running_backoffice
from tests.helpers.fault_proxy import Fault
from tests.helpers.reliability_ledger import OfficeLedger
from tests.helpers.reliability_rig import DeliveryRig, wait_for

KEY_FILES = ("backoffice.key", "backoffice.pub")


def test_items_sealed_to_the_previous_office_key_are_named_and_delivered_after_requeue(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    with DeliveryRig.create(tmp_path / "terminal", office) as rig:
        rig.proxy.set_fault(Fault.REFUSE)  # the old office is gone before they leave
        queued = rig.queue(4)
        old_device = load_device(rig.terminal.data_dir)
        assert old_device is not None
        old_key = key_id(public_key_from_b64(old_device.backoffice_public_key))

        with running_backoffice(tmp_path / "new-office") as new_office:
            enrolled = rig.terminal.kiosk("enroll", new_office.url, new_office.enrollment_token())
            assert f"4 item(s) are sealed to the previous office key {old_key}" in (enrolled.stderr)

            daemon = rig.start_daemon()
            wait_for(
                lambda: rig.terminal.status()["outbox"]["quarantined"]["items"] == 4,
                "the new office cannot open them: quarantined",
            )
            reasons = {item["reason"] for item in rig.terminal.status()["quarantined"]}
            assert all(
                f"sealed to the earlier office key {old_key}" in reason
                and "kiosk requeue --all" in reason
                for reason in reasons
            ), reasons

            # IT restores the old key pair into the new office (as from a backup).
            new_office.stop()
            for name in KEY_FILES:
                shutil.copyfile(office.data_dir / name, new_office.data_dir / name)
            new_office.start()

            one = rig.terminal.kiosk("requeue", queued[0].reference_code)
            assert "Requeued 1 submission(s)" in one.stdout
            assert queued[0].reference_code in one.stdout
            assert f"sealed to the earlier office key {old_key}" in one.stdout
            rest = rig.terminal.kiosk("requeue", "--all")  # the daemon delivers meanwhile
            assert "Requeued 3 submission(s)" in rest.stdout
            again = rig.terminal.kiosk("requeue", queued[0].reference_code, check=False)
            assert again.returncode == 1
            assert "not quarantined" in again.stderr

            rig.wait_until_delivered(queued, daemon=daemon)
            assert rig.terminal.status()["outbox"]["quarantined"]["items"] == 0
            assert daemon.stop() == 0
            new_device = load_device(rig.terminal.data_dir)
            assert new_device is not None
            OfficeLedger(new_office.data_dir).assert_exactly_once(new_device.device_id, queued)
        unknown = rig.terminal.kiosk("requeue", "deadbeef-0000", check=False)
        assert unknown.returncode == 1 and "no submission" in unknown.stderr
