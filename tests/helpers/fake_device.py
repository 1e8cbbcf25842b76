"""Device credentials and a citizen's callback request for tests that need no backoffice.

``MARKER_NAME`` and ``MARKER_PHONE`` are unusual enough that finding them in any file means
plaintext leaked.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid

from nacl.public import PrivateKey

from contract.submissions import CallbackRequestPayload, TimeWindow
from sync.device import DeviceCredentials

MARKER_NAME = "Zebulon Märkerfrau-Quistorp"
MARKER_PHONE = "+4915112349876"
MARKER_NOTE = "Bitte nach 10 Uhr, Notiz-Marker-7731"


def fake_device(
    backoffice_url: str = "http://127.0.0.1:9", key: PrivateKey | None = None
) -> tuple[DeviceCredentials, PrivateKey]:
    """Credentials as enrollment would save them, and the backoffice's matching private key."""
    private_key = key or PrivateKey.generate()
    device = DeviceCredentials(
        device_id=uuid.uuid4(),
        device_token="fake-device-token-0123456789",
        backoffice_url=backoffice_url,
        backoffice_public_key=base64.b64encode(bytes(private_key.public_key)).decode("ascii"),
        office_name="Jobcenter Fakestadt",
        enrolled_at=dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC),
    )
    return device, private_key


def callback_request() -> CallbackRequestPayload:
    start = dt.datetime(2026, 3, 3, 8, 0, tzinfo=dt.UTC)
    return CallbackRequestPayload(
        concern_id="payment",
        concern_label="Frage zur Zahlung",
        name=MARKER_NAME,
        phone_e164=MARKER_PHONE,
        bg_number="12345BG1234567",
        time_windows=[TimeWindow(start=start, end=start + dt.timedelta(hours=2))],
        note=MARKER_NOTE,
        language="de",
        privacy_accepted_at=start - dt.timedelta(days=1),
    )
