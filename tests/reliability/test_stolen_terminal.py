"""A stolen terminal reveals nothing: no marker string in any file of its data folder.

Callback requests with a marker name, phone number and note, and a document whose page text is
a marker, are queued as the UI queues them; the folder (SQLite -wal and -shm files included)
is searched byte for byte while the outbox is open, after a SIGKILLed delivery, and after the
deliveries. The same search over the backoffice's folder finds the markers: the search works.
"""

from __future__ import annotations

import time
from pathlib import Path

from contract.submissions import SubmissionKind
from sync.device import load_device
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.fake_device import MARKER_NAME, MARKER_NOTE, MARKER_PHONE
from tests.helpers.reliability_documents import (
    MARKER_PAGE_TEXT,
    document_submission,
    marker_pdf,
)
from tests.helpers.reliability_leaks import find_leaks
from tests.helpers.reliability_ledger import OfficeLedger
from tests.helpers.reliability_rig import DeliveryRig, wait_for

BG_NUMBER = "12345BG1234567"
MARKERS = [MARKER_NAME, MARKER_PHONE, MARKER_PHONE.lstrip("+"), MARKER_NOTE, BG_NUMBER]


def assert_nothing_readable(folder: Path, when: str) -> None:
    leaks = find_leaks(folder, [*MARKERS, MARKER_PAGE_TEXT])
    assert not leaks, f"{when}: " + "; ".join(str(leak) for leak in leaks)


def test_the_data_folder_holds_no_personal_data_at_any_point(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    with DeliveryRig.create(tmp_path / "terminal", office) as rig:
        data_dir = rig.terminal.data_dir
        queued = rig.queue(3)
        payload, attachment = document_submission(marker_pdf(padding_bytes=200_000))
        with rig.outbox() as outbox:
            submit(
                outbox,
                load_device(data_dir),
                SubmissionKind.DOCUMENT,
                payload,
                new_reference_code(),
                attachments=[attachment],
            )
            # The UI's connection is still open: -wal and -shm exist and are searched too.
            assert (data_dir / "outbox.sqlite3-wal").exists()
            assert_nothing_readable(rig.terminal.root, "queued, outbox open")

        rig.proxy.throttle(4_000)
        sent = rig.proxy.stats.client_bytes
        daemon = rig.start_daemon()
        wait_for(lambda: rig.proxy.stats.client_bytes > sent, "the daemon starts sending")
        time.sleep(0.3)
        daemon.kill()
        assert_nothing_readable(rig.terminal.root, "daemon killed mid-delivery")

        rig.proxy.throttle(None)
        daemon = rig.start_daemon()
        rig.wait_until_delivered(queued)
        assert daemon.stop() == 0
        assert_nothing_readable(rig.terminal.root, "after delivery")

        OfficeLedger(office.data_dir).assert_exactly_once(rig.device_id, queued, complete=False)
    # The search finds what is there: the office has decrypted the callbacks.
    assert find_leaks(office.data_dir, [MARKER_NAME, MARKER_PHONE])
