"""The hotfolder adapter: one ZIP per document (xdomea message + PDF) in a folder the e-file
system watches. Written atomically (temp file, fsync, rename, fsync folder), so the importer
never sees half a ZIP.

Exactly once, even when a worker dies mid-way and another takes the document over: the
importer moves ZIPs away, so "is the ZIP there?" cannot tell whether it was written. Before the
rename, a marker ``.handed-over/<message id>`` is made durable; a second run that finds the
marker only finishes the rename if the (stable-named) temp file is still there, and otherwise
knows the ZIP was published already. The marker goes with the backoffice's copy
(:meth:`HotfolderAdapter.forget`), when the document can no longer be handed over anyway.

Names follow xdomea's transport convention: ``<ProzessID>_<message type>.zip`` holding
``<ProzessID>_<message type>.xml`` and the primary documents under their ``Dateiname``
(``<UUID>_<file name>``: the schema wants the UUID first)."""

from __future__ import annotations

import hashlib
import os
import uuid
import zipfile
from pathlib import Path

from backoffice.efile.adapter import EfileDocument, EfileError
from backoffice.efile.xdomea import ROOT, message_xml, primary_file_name
from durable.files import fsync_directory, replacing, write_file_atomically


def message_name(document: EfileDocument) -> str:
    return f"{document.message_id}_{ROOT}.xml"


class HotfolderAdapter:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def zip_name(self, document: EfileDocument) -> str:
        return f"{document.message_id}_{ROOT}.zip"

    @property
    def _markers(self) -> Path:
        # A dot name: importers skip hidden entries.
        return self.folder / ".handed-over"

    def forget(self, message_id: uuid.UUID) -> None:
        (self._markers / str(message_id)).unlink(missing_ok=True)

    def deliver(self, document: EfileDocument) -> str:
        try:
            data = document.pdf.read_bytes()
        except OSError as exc:
            raise EfileError(f"PDF not readable: {type(exc).__name__}") from None
        if hashlib.sha256(data).hexdigest() != document.sha256:
            raise EfileError("PDF does not match its SHA-256; not handed over")
        try:
            return str(self._write(document, data))
        except OSError as exc:
            detail = f"{type(exc).__name__}: {exc.strerror}"
            raise EfileError(f"hotfolder not writable: {detail}") from None

    def _write(self, document: EfileDocument, pdf: bytes) -> Path:
        target = self.folder / self.zip_name(document)
        # Stable per message (a dot name: importers skip hidden files), so a second run finds
        # what a first one left.
        temp = self.folder / f".incoming-{document.message_id}.zip"
        marker = self._markers / str(document.message_id)
        if marker.exists():
            if temp.exists():  # the first run died between marker and rename
                os.replace(temp, target)
                fsync_directory(self.folder)
            return target  # published (perhaps imported and moved away since)
        self._markers.mkdir(parents=True, exist_ok=True)
        with (
            replacing(temp, temp_prefix=".incoming-", temp_suffix=".part") as handle,
            zipfile.ZipFile(handle, "w") as archive,
        ):
            archive.writestr(message_name(document), message_xml(document), zipfile.ZIP_DEFLATED)
            # Scans are compressed already; storing is as small and much faster.
            archive.writestr(primary_file_name(document), pdf, zipfile.ZIP_STORED)
        write_file_atomically(marker, b"")  # durable before the ZIP is published
        os.replace(temp, target)
        fsync_directory(self.folder)
        return target
