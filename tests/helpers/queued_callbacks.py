"""Callback requests queued as the UI queues them, for tests of what happens to them next.

Also run as a process of its own (the clock tests run it under faketime)::

    python -c "from tests.helpers.queued_callbacks import queue_callbacks; ..."
"""

from __future__ import annotations

from pathlib import Path

from contract.submissions import SubmissionKind
from sync.device import DeviceCredentials, load_device
from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.fake_device import callback_request


def queue_callbacks(
    data_dir: str | Path, count: int, device: DeviceCredentials | None = None
) -> list[str]:
    """Queues ``count`` callback requests (sealed for ``device``, by default the terminal's
    own); returns their ids."""
    folder = Path(data_dir)
    sealer = device or load_device(folder)
    with Outbox(outbox_path(folder)) as outbox:
        ids = [
            submit(
                outbox, sealer, SubmissionKind.CALLBACK, callback_request(), new_reference_code()
            )
            for _ in range(count)
        ]
    return [str(submission_id) for submission_id in ids]
