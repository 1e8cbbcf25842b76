"""The real submit step of the callback journey, against a real outbox file."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from config.callback import CallbackSettings
from config.schema import SyncSettings
from contract.sealing import unseal
from contract.submissions import CallbackRequestPayload, SubmissionKind
from kiosk.journeys.callback.draft import CallbackDraft, build_payload
from kiosk.journeys.callback.outbox_submitter import OutboxSubmitter
from kiosk.journeys.callback.submission import CallbackSubmitError, SubmitFailure
from kiosk.journeys.callback.windows import offered_windows
from sync.device import DeviceCredentials, save_device
from sync.outbox import Outbox, outbox_path
from sync.quota import StorageQuota
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.fake_device import fake_device
from tests.helpers.qt_fakes import MONDAY_MORNING
from tests.helpers.reliability_documents import document_submission, marker_pdf


def _payload() -> CallbackRequestPayload:
    settings = CallbackSettings()
    offered = offered_windows(settings, MONDAY_MORNING)
    draft = CallbackDraft(
        concern_id="other",
        name="Erika Mustermann",
        phone_text="0171 2345678",
        window_keys=[offered[0].key],
        privacy_accepted_at=MONDAY_MORNING,
    )
    return build_payload(draft, settings, offered, "de")


def test_stored_request_is_sealed_in_the_outbox_under_its_reference_code(
    tmp_path: Path,
) -> None:
    office_key = PrivateKey.generate()
    save_device(
        tmp_path,
        DeviceCredentials(
            device_id=uuid.uuid4(),
            device_token="token",
            backoffice_url="http://127.0.0.1:1",
            backoffice_public_key=base64.b64encode(bytes(office_key.public_key)).decode(),
            office_name="Jobcenter Musterstadt",
            enrolled_at=dt.datetime.now(dt.UTC),
        ),
    )
    submitter = OutboxSubmitter(tmp_path)
    stored = submitter(_payload())
    submitter.close()

    with Outbox(outbox_path(tmp_path)) as outbox:
        item = outbox.get(stored.submission_id)
    assert item is not None
    assert item.reference_code == stored.reference_code
    sealed = outbox_path(tmp_path).read_bytes()
    assert b"Mustermann" not in sealed and b"+491712345678" not in sealed
    assert item.sealed_payload is not None
    body = json.loads(unseal(item.sealed_payload, office_key))
    assert body["phone_e164"] == "+491712345678"


def test_terminal_without_enrollment_reports_not_enrolled(tmp_path: Path) -> None:
    with pytest.raises(CallbackSubmitError) as caught:
        OutboxSubmitter(tmp_path)(_payload())
    assert caught.value.reason is SubmitFailure.NOT_ENROLLED


def test_configured_queue_quota_refuses_a_request_the_defaults_would_store(
    tmp_path: Path,
) -> None:
    device, _ = fake_device()
    save_device(tmp_path, device)
    # A large scan is still waiting for delivery: about 1 MiB of the queue is taken.
    payload, attachment = document_submission(marker_pdf(padding_bytes=1024 * 1024))
    with Outbox(outbox_path(tmp_path)) as outbox:
        submit(
            outbox,
            device,
            SubmissionKind.DOCUMENT,
            payload,
            new_reference_code(),
            attachments=[attachment],
        )
    smallest = SyncSettings(queue_quota_bytes=1024 * 1024, min_free_disk_bytes=0)

    configured = OutboxSubmitter(tmp_path, StorageQuota.from_settings(smallest))
    try:
        with pytest.raises(CallbackSubmitError) as caught:
            configured(_payload())
    finally:
        configured.close()
    assert caught.value.reason is SubmitFailure.STORAGE_FULL

    with Outbox(outbox_path(tmp_path)) as outbox:
        assert len(outbox.queued()) == 1  # nothing half-stored; the scan is still there
    defaults = OutboxSubmitter(tmp_path)
    try:
        assert defaults(_payload()).reference_code
    finally:
        defaults.close()
