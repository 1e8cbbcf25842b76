"""The hotfolder adapter: one ZIP per document (xdomea message + PDF) in a folder the e-file
system watches. Written atomically (temp file, fsync, rename, fsync folder), so the importer
never sees half a ZIP; the name is stable per message, so a retry replaces, never duplicates.

Names follow xdomea's transport convention: ``<ProzessID>_<message type>.zip`` holding
``<ProzessID>_<message type>.xml`` and the primary documents under their ``Dateiname``
(``<UUID>_<file name>``: the schema wants the UUID first)."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from backoffice.efile.adapter import EfileDocument, EfileError
from backoffice.efile.xdomea import ROOT, message_xml, primary_file_name
from durable.files import replacing


def message_name(document: EfileDocument) -> str:
    return f"{document.message_id}_{ROOT}.xml"


class HotfolderAdapter:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def zip_name(self, document: EfileDocument) -> str:
        return f"{document.message_id}_{ROOT}.zip"

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
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / self.zip_name(document)
        # A dot name: importers skip hidden files, so a crash leaves nothing they would take.
        with (
            replacing(target, temp_prefix=".incoming-", temp_suffix=".zip") as handle,
            zipfile.ZipFile(handle, "w") as archive,
        ):
            archive.writestr(message_name(document), message_xml(document), zipfile.ZIP_DEFLATED)
            # Scans are compressed already; storing is as small and much faster.
            archive.writestr(primary_file_name(document), pdf, zipfile.ZIP_STORED)
        return target
