"""What can go wrong at the scanner, for the citizen (a message key) and for IT (a status).

SANE reports faults as ``_sane.error`` carrying only ``sane_strstatus()`` text, so the text is
what we map. An empty feeder after at least one page is the normal end of a feeder run, not a
fault; an empty feeder before the first page is ``FEEDER_EMPTY``.
"""

from __future__ import annotations

import enum


class ScanFault(enum.Enum):
    PAPER_JAM = ("scan.fault.paper_jam", "jammed")
    COVER_OPEN = ("scan.fault.cover_open", "cover_open")
    FEEDER_EMPTY = ("scan.fault.feeder_empty", "no_documents")
    DEVICE_BUSY = ("scan.fault.busy", "device_busy")
    IO_ERROR = ("scan.fault.io_error", "io_error")
    NOT_FOUND = ("scan.fault.not_found", "device_not_found")
    ACCESS_DENIED = ("scan.fault.not_found", "access_denied")
    OUT_OF_MEMORY = ("scan.fault.io_error", "out_of_memory")
    CANCELLED = ("scan.fault.cancelled", "cancelled")
    # The backend stopped answering (a SANE call never returned); the kiosk needs a restart.
    NOT_RESPONDING = ("scan.fault.io_error", "not_responding")
    UNKNOWN = ("scan.fault.io_error", "unknown_error")

    def __init__(self, message_key: str, it_status: str) -> None:
        self.message_key = message_key  # translated for the citizen by the kiosk
        self.it_status = it_status  # for logs and ``kiosk status``


# sane_strstatus() texts (sanei/sane_strstatus.c, SANE 1.2; not translated) → fault.
_BY_SANE_TEXT = {
    "Document feeder jammed": ScanFault.PAPER_JAM,
    "Scanner cover is open": ScanFault.COVER_OPEN,
    "Document feeder out of documents": ScanFault.FEEDER_EMPTY,
    "Device busy": ScanFault.DEVICE_BUSY,
    "Error during device I/O": ScanFault.IO_ERROR,
    "Invalid argument": ScanFault.NOT_FOUND,
    "Access to resource has been denied": ScanFault.ACCESS_DENIED,
    "Out of memory": ScanFault.OUT_OF_MEMORY,
    "Operation was canceled": ScanFault.CANCELLED,
}


def fault_from_sane(error: BaseException) -> ScanFault:
    return _BY_SANE_TEXT.get(str(error).strip(), ScanFault.UNKNOWN)


class ScanFaultError(Exception):
    """Raised where a fault ends an operation that has no page list to keep (opening)."""

    def __init__(self, fault: ScanFault, detail: str = "") -> None:
        super().__init__(f"{fault.it_status}: {detail}" if detail else fault.it_status)
        self.fault = fault
        self.detail = detail
