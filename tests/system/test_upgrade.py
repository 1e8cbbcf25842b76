"""Upgrading terminal and office from release 0.1.0 with submissions in flight: every one
arrives exactly once.

Release 0.1.0 (built from its tag into a venv of its own, see ``OldRelease``) runs the office
and the terminal: the terminal enrolls, delivers one callback whose receipt is lost on the way
back (the office stored it; the terminal will send it again), then queues callbacks and a
document while the office is down. Both are upgraded to this checkout in place (same data
folder, same outbox): the office's schema and the outbox migrate when they open, the terminal
delivers everything, and the office holds each submission once. Checked in the office's
database directly (``OfficeLedger``).
"""

from __future__ import annotations

import base64
import json
import uuid
from pathlib import Path

import pytest

from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from tests.helpers.backoffice import BackofficeProcess, free_port
from tests.helpers.fake_device import callback_request
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.old_release import OldRelease
from tests.helpers.reliability_documents import document_submission, marker_pdf
from tests.helpers.reliability_ledger import OfficeLedger, QueuedDocument, QueuedSubmission
from tests.helpers.terminal import Terminal

pytestmark = pytest.mark.e2e

# Run by release 0.1.0's Python, with its own modules: queues what the test hands it, exactly
# as its UI would (sync.submit), and says what it queued.
QUEUE = """
import base64, json, sys, uuid
from pathlib import Path
from sync.device import load_device
from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from sync.submit import AttachmentSource, submit
from sync.wire import CallbackRequestPayload, DocumentSubmissionPayload, SubmissionKind
order = json.load(sys.stdin)
data = Path(order["data"])
device = load_device(data)
queued = []
with Outbox(outbox_path(data)) as outbox:
    for item in order["items"]:
        if item["kind"] == "callback":
            payload = CallbackRequestPayload.model_validate_json(item["payload"])
            attachments = []
        else:
            payload = DocumentSubmissionPayload.model_validate_json(item["payload"])
            attachments = [AttachmentSource(uuid.UUID(item["attachment_id"]),
                                            base64.b64decode(item["pdf"]))]
        sid = submit(outbox, device, SubmissionKind(item["kind"]), payload, item["code"],
                     attachments=attachments)
        row = outbox.get(sid)
        queued.append({"id": str(sid), "code": item["code"],
                       "sealed": base64.b64encode(row.sealed_payload).decode()})
print(json.dumps(queued))
"""


def _envelope_sha256(submission_id: str, code: str, sealed: str, terminal: Terminal) -> str:
    """The fingerprint the office stores for a callback envelope (as the courier builds it)."""
    from backoffice.intake import envelope_fingerprint
    from contract.submissions import SubmissionEnvelope, SubmissionKind

    with Outbox(outbox_path(terminal.data_dir)) as outbox:
        item = outbox.get(uuid.UUID(submission_id))
    assert item is not None
    envelope = SubmissionEnvelope(
        submission_id=uuid.UUID(submission_id),
        kind=SubmissionKind.CALLBACK,
        reference_code=code,
        created_at=item.created_at,
        sealed_payload=sealed,
    )
    return envelope_fingerprint(envelope)


def _queue(
    old: OldRelease, terminal: Terminal, items: list[dict[str, str]]
) -> list[dict[str, str]]:
    order = json.dumps({"data": str(terminal.data_dir), "items": items})
    queued: list[dict[str, str]] = json.loads(old.run("python", "-c", QUEUE, stdin=order).stdout)
    return queued


def _callback() -> dict[str, str]:
    payload = callback_request().model_dump_json()
    return {"kind": "callback", "code": new_reference_code(), "payload": payload}


def test_terminal_and_office_upgraded_from_0_1_0_deliver_each_item_once(tmp_path: Path) -> None:
    old = OldRelease.install(tmp_path / "v0.1.0")
    office_dir = tmp_path / "office"
    port = free_port()
    old_office = BackofficeProcess(office_dir, port, executable=old.venv / "bin/backoffice")
    old_office.init()
    old_office.start()
    proxy = FaultProxy("127.0.0.1", port)
    try:
        terminal = Terminal.create(tmp_path / "terminal", f"http://127.0.0.1:{proxy.port}")
        old.run("kiosk", "enroll", f"http://127.0.0.1:{proxy.port}", old_office.enrollment_token(),
                "--config", str(terminal.config))  # fmt: skip
        # Stored by the office, its receipt lost: the terminal keeps it and will send it again.
        (answer_lost,) = _queue(old, terminal, [_callback()])
        proxy.set_fault(Fault.DROP_ANSWER)
        old.run("kiosk", "sync", "--once", "--config", str(terminal.config))
        proxy.set_fault(Fault.NONE)
        assert [c.reference_code for c in OfficeLedger(office_dir).callbacks_from(
            uuid.UUID(json.loads((terminal.data_dir / "device.json").read_text())["device_id"])
        )] == [answer_lost["code"]]  # fmt: skip
        old_office.stop()

        # The office is away: the citizen's items wait in 0.1.0's outbox.
        pdf = marker_pdf(padding_bytes=300_000)
        payload, attachment = document_submission(pdf)
        document = {
            "kind": "document", "code": new_reference_code(), "payload": payload.model_dump_json(),
            "attachment_id": str(attachment.attachment_id),
            "pdf": base64.b64encode(pdf).decode(),
        }  # fmt: skip
        waiting = _queue(old, terminal, [_callback(), _callback(), document])

        # Upgrade both to this checkout, in place; the office runs `init` first, as its unit.
        office = BackofficeProcess(office_dir, port)
        office.init()
        office.start()
        try:
            delivered = terminal.kiosk("sync", "--once")
            assert "4 delivered, 0 to retry, 0 quarantined" in delivered.stderr
            again = terminal.kiosk("sync", "--once")  # nothing is left, nothing goes twice
            assert "0 delivered" in again.stderr
        finally:
            office.stop()
    finally:
        proxy.close()
        old_office.stop()

    device_id = uuid.UUID(json.loads((terminal.data_dir / "device.json").read_text())["device_id"])
    callbacks = [answer_lost, *waiting[:2]]
    ledger = OfficeLedger(office_dir)
    ledger.assert_exactly_once(
        device_id,
        [
            QueuedSubmission(
                uuid.UUID(item["id"]),
                item["code"],
                callback_request(),
                _envelope_sha256(item["id"], item["code"], item["sealed"], terminal),
            )
            for item in callbacks
        ],
    )
    ledger.assert_documents_once(
        device_id,
        [QueuedDocument(uuid.UUID(waiting[2]["id"]), attachment.attachment_id,
                        payload.files[0].sha256, len(pdf))],
    )  # fmt: skip
