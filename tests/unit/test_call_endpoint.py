"""The call's endpoint as the kiosk reads it before each call."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from kiosk.journeys.call.compose import enrolled_endpoint
from sync.device import DeviceCredentials, save_device


def test_the_same_enrollment_gives_the_same_endpoint_call_after_call(tmp_path: Path) -> None:
    # The view-model keeps its call machinery while the endpoint stays the same; each read
    # builds a fresh TLS context, which must not count as a change (it would rebuild the call
    # thread for every call).
    save_device(
        tmp_path,
        DeviceCredentials(
            device_id=uuid.uuid4(),
            device_token="t" * 32,
            backoffice_url="https://office.example",
            backoffice_public_key="A" * 44,
            office_name="Jobcenter Musterstadt",
            enrolled_at=dt.datetime(2026, 12, 7, tzinfo=dt.UTC),
        ),
    )
    endpoint = enrolled_endpoint(tmp_path)
    first, second = endpoint(), endpoint()
    assert first is not None and second is not None
    assert first.tls is not second.tls
    assert first == second
