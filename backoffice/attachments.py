"""Attachments of a submission: from finished tus uploads to verified plaintext files.

When an envelope with attachments arrives, every :class:`contract.submissions.AttachmentRef`
must name a finished upload of the same device whose size and SHA-256 match; each upload is
then opened with the office's private key, chunk by chunk (a tampered, truncated or extended
file is refused), and its plaintext must match the SHA-256 and size of the payload's
:class:`contract.submissions.DocumentFile` with the same ``attachment_id``. Any failure refuses
the submission for good (:class:`AttachmentError`, answered as 422): sending it again cannot
help.

The plaintext files are kept under ``<data>/attachments/<device>/<submission>/`` for the e-file
adapter (see :func:`open_attachment`) until the retention rule removes them some days after the
hand-over (``backoffice.efile.retention``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from backoffice.pdf_check import NotPdfaError, pdfa_pages
from backoffice.tus.store import UploadStore
from contract.sealing import Keys, UnsealError, open_sealed_file
from contract.submissions import AttachmentRef, DocumentFile
from durable.files import replacing

ATTACHMENT_DIR_NAME = "attachments"


class AttachmentError(Exception):
    """An attachment refused for good. ``title``/``detail`` name ids only, never contents."""

    def __init__(self, title: str, detail: str) -> None:
        super().__init__(detail)
        self.title = title
        self.detail = detail


def attachment_folder(data_dir: Path, device_id: uuid.UUID, submission_id: uuid.UUID) -> Path:
    return data_dir / ATTACHMENT_DIR_NAME / str(device_id) / str(submission_id)


def open_attachment(
    data_dir: Path, device_id: uuid.UUID, submission_id: uuid.UUID, attachment_id: uuid.UUID
) -> Path:
    """The decrypted file of one attachment of a stored submission.

    Contract for the e-file adapter: call with the office's data folder
    (``OfficeContext.data_dir``) and the ``device_id``/``submission_id`` of a stored
    ``Submission`` row, and an ``attachment_id`` of its payload's ``DocumentFile`` entries.
    The returned path holds the plaintext exactly as the terminal scanned it: its SHA-256 and
    size were checked against that ``DocumentFile`` before the submission was accepted. Read it
    only; the retention rule removes it once the e-file has held the document long enough.
    Raises ``FileNotFoundError`` if there is no such attachment (or it was removed already).
    """
    path = attachment_path(data_dir, device_id, submission_id, attachment_id)
    if not path.is_file():
        raise FileNotFoundError(f"no attachment {attachment_id} of submission {submission_id}")
    return path


def attachment_path(
    data_dir: Path, device_id: uuid.UUID, submission_id: uuid.UUID, attachment_id: uuid.UUID
) -> Path:
    """Where one attachment's plaintext is kept, whether or not it is (still) there."""
    return attachment_folder(data_dir, device_id, submission_id) / str(attachment_id)


def remove_copy(path: Path) -> None:
    """Removes an attachment's plaintext and what was made from it (its previews, which show
    its first page): all of it is the citizen's document. Gone already is fine."""
    for derived in path.parent.glob(f"{path.name}.preview-*"):
        derived.unlink(missing_ok=True)
    path.unlink(missing_ok=True)


class AttachmentIntake:
    def __init__(self, uploads: UploadStore, keys: Keys, data_dir: Path) -> None:
        self._uploads = uploads
        self._keys = keys
        self._data_dir = data_dir

    def receive(
        self,
        device_id: uuid.UUID,
        submission_id: uuid.UUID,
        refs: Sequence[AttachmentRef],
        files: Sequence[DocumentFile],
        page_count: int,
    ) -> None:
        """Check and decrypt every attachment into the submission's folder, or refuse (and
        keep nothing of it: the files are a citizen's documents)."""
        by_id = {file.attachment_id: file for file in files}
        if len(by_id) != len(files) or {ref.attachment_id for ref in refs} != set(by_id):
            raise AttachmentError(
                "Attachments do not match the payload",
                "Each file of the payload needs exactly one attachment with its id.",
            )
        folder = attachment_folder(self._data_dir, device_id, submission_id)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        written: list[Path] = []
        try:
            pages = 0
            for ref in refs:
                pages += self._receive_one(device_id, ref, by_id[ref.attachment_id], folder)
                written.append(folder / str(ref.attachment_id))
            if pages != page_count:
                raise AttachmentError(
                    "Page count does not match",
                    f"The files hold {pages} pages; the payload says {page_count}.",
                )
        except AttachmentError:
            for path in written:
                remove_copy(path)
            raise

    def release(self, refs: Sequence[AttachmentRef]) -> None:
        """The submission is stored: drop the encrypted uploads."""
        for ref in refs:
            self._uploads.claim(_upload_id(ref))

    def _receive_one(
        self, device_id: uuid.UUID, ref: AttachmentRef, expected: DocumentFile, folder: Path
    ) -> int:
        """Decrypts one attachment into ``folder``; returns its page count."""
        upload_id = _upload_id(ref)
        status = self._uploads.status(device_id, upload_id)
        if status is None or status.offset != status.length:
            raise AttachmentError(
                "Attachment not uploaded",
                f"Attachment {ref.attachment_id} has no finished upload from this terminal.",
            )
        if status.length != ref.size or status.sha256 != ref.sha256:
            raise AttachmentError(
                "Attachment does not match its upload",
                f"Size or SHA-256 of attachment {ref.attachment_id} differ from the upload.",
            )
        target = folder / str(ref.attachment_id)
        try:
            with (
                replacing(target, temp_prefix=".incoming.", temp_suffix="") as plain,
                self._uploads.open(upload_id) as sealed,
            ):
                digest = open_sealed_file(sealed, plain, self._keys)
                if digest.size != expected.size or digest.sha256 != expected.sha256:
                    raise AttachmentError(
                        "Attachment content does not match",
                        f"SHA-256 or size of attachment {ref.attachment_id} differ from the "
                        "payload.",
                    )
        except UnsealError:
            raise AttachmentError(
                "Attachment cannot be opened",
                f"Attachment {ref.attachment_id} is damaged, truncated or sealed to another key.",
            ) from None
        try:
            return pdfa_pages(target)  # declared application/pdf: the only type there is
        except NotPdfaError as refused:
            remove_copy(target)
            raise AttachmentError(
                "Attachment is not a PDF/A",
                f"Attachment {ref.attachment_id} is declared application/pdf but is {refused}.",
            ) from None


def _upload_id(ref: AttachmentRef) -> str:
    return ref.upload_path.rsplit("/", 1)[1]
