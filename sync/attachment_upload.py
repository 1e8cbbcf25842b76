"""The first half of delivering a document: its sealed files, uploaded with tus.

Each file the server does not hold whole yet is uploaded (resuming where the server's offset
says, :mod:`sync.tus_client`); the outbox records the upload's path before the first byte and
the offset after each chunk. The result is what the envelope refers to, or an
:class:`UploadProblem` the courier turns into a retry or a quarantine.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from contract.submissions import AttachmentRef
from sync.outbox import Outbox
from sync.outbox_attachments import AttachmentState, OutboxAttachment
from sync.tus_client import TusClient, TusError, TusFailure, UploadTarget


@dataclass(frozen=True)
class UploadProblem:
    """``reason`` is for IT (a status or exception class, no content)."""

    reason: str
    # Sending it again cannot succeed: quarantine.
    permanent: bool = False
    # The office as a whole is away (or refuses this terminal): stop the pass.
    office_away: bool = False
    # The office did not answer at all (the health probe should watch for its return).
    unreachable: bool = False
    # The office does not speak this terminal's protocol version (contract.version).
    protocol: bool = False


def upload_attachments(
    outbox: Outbox, tus: TusClient, submission_id: uuid.UUID, clock: Callable[[], dt.datetime]
) -> list[AttachmentRef] | UploadProblem:
    """Upload whatever of the submission's files the server does not hold yet."""
    refs = []
    for attachment in outbox.attachments.of(submission_id):
        if attachment.path is None or attachment.sha256 is None:
            return UploadProblem("attachment file missing", permanent=True)
        upload_path = attachment.upload_path
        if attachment.state is not AttachmentState.UPLOADED or upload_path is None:
            try:
                upload_path = tus.upload(_target(outbox, attachment))
            except TusError as error:
                if error.failure is TusFailure.PROTOCOL:
                    return UploadProblem(str(error), protocol=True)
                if error.failure is TusFailure.PERMANENT:
                    return UploadProblem(f"upload refused: {error}", permanent=True)
                return UploadProblem(
                    f"upload: {error}",
                    office_away=error.failure in (TusFailure.AWAY, TusFailure.REFUSED),
                    unreachable=error.failure is TusFailure.AWAY,
                )
            except FileNotFoundError:
                return UploadProblem("attachment file missing", permanent=True)
            outbox.attachments.mark_uploaded(submission_id, attachment.attachment_id, clock())
        refs.append(
            AttachmentRef(
                attachment_id=attachment.attachment_id,
                upload_path=upload_path,
                size=attachment.size,
                sha256=attachment.sha256,
            )
        )
    return refs


def _target(outbox: Outbox, attachment: OutboxAttachment) -> UploadTarget:
    assert attachment.path is not None
    sid, aid = attachment.submission_id, attachment.attachment_id
    return UploadTarget(
        attachment_id=aid,
        path=attachment.path,
        size=attachment.size,
        upload_path=attachment.upload_path,
        on_created=lambda path: outbox.attachments.save_upload_path(sid, aid, path),
        on_progress=lambda offset: outbox.attachments.record_offset(sid, aid, offset),
    )
