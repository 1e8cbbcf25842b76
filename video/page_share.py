"""Pages the citizen shows during a call: what travels to the staff page, and how.

Pages go peer to peer over a WebRTC data channel labelled ``"pages"`` (ordered, reliable) that
the terminal opens before its offer. They never pass through the signaling hub, so the hub
holds no personal data, and the DTLS of the call protects them like its media.

One page on the channel, in order::

    text   {"type": "page", "page_id": "<32 hex>", "number": 1, "mime": "image/jpeg",
            "size": 81234, "width": 1240, "height": 1754, "sha256": "<64 hex>"}
    binary chunk 1 (at most CHUNK_BYTES)
    ...    further chunks until ``size`` bytes have come
    text   {"type": "page_end", "page_id": "<32 hex>"}

The staff page answers each page it has decoded and shown::

    text   {"type": "page_seen", "page_id": "<32 hex>"}

and the terminal may also send::

    text   {"type": "page_withdrawn", "page_id": "<32 hex>"}   (the citizen deleted the page)
    text   {"type": "pages_handed_in", "reference": "K7F-3QX", "count": 3}
                                        (the pages left for the e-file under this reference)

Either side ignores a message type it does not know (a newer peer may add some), and drops a
page whose byte count or SHA-256 do not match (the staff page then shows "page could not be
shown"). The picture is a screen preview (JPEG, long side at most PREVIEW_LONG_SIDE px), not
the archived scan: the PDF/A travels through the outbox to the e-file as in the documents
journey.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

CHANNEL_LABEL = "pages"
# 16 KiB is the message size every WebRTC stack (Chromium included) delivers unfragmented.
CHUNK_BYTES = 16 * 1024
# 1400 px shows an A4 page legibly on a staff screen (enlarged on click) at about 140 KB:
# under 4 s on a 300 kbit/s link, where 1600 px at JPEG q80 took 6 s.
PREVIEW_LONG_SIDE = 1400
# A preview larger than this is a bug on our side, not a page: refuse it before it clogs a
# thin link for minutes.
MAX_PAGE_BYTES = 2 * 1024 * 1024

_PAGE_ID = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class SharedPage:
    """One page as the staff member sees it during the call."""

    page_id: str  # 32 lowercase hex; also names the page in page_seen / page_withdrawn
    number: int  # 1-based position in what the citizen has shown so far
    jpeg: bytes
    width: int
    height: int

    def __post_init__(self) -> None:
        if not _PAGE_ID.match(self.page_id):
            raise ValueError("page_id must be 32 lowercase hex characters")
        if self.number < 1:
            raise ValueError("page numbers start at 1")
        if self.width < 1 or self.height < 1:
            raise ValueError("a shared page has a width and a height")
        if not 0 < len(self.jpeg) <= MAX_PAGE_BYTES:
            raise ValueError(f"a shared page must be 1 to {MAX_PAGE_BYTES} bytes")
        if not self.jpeg.startswith(b"\xff\xd8"):
            raise ValueError("a shared page must be a JPEG")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.jpeg).hexdigest()


# ---- the messages, as they go on the channel ------------------------------------------------

# What a reference code looks like on the receipt ("K7F-3QX", see sync.reference); checked
# loosely here so the video package does not depend on the outbox's rules.
_REFERENCE = re.compile(r"^[0-9A-Z][0-9A-Z-]{0,31}$")


def page_header(page: SharedPage) -> str:
    return json.dumps(
        {
            "type": "page",
            "page_id": page.page_id,
            "number": page.number,
            "mime": "image/jpeg",
            "size": len(page.jpeg),
            "width": page.width,
            "height": page.height,
            "sha256": page.sha256,
        }
    )


def page_chunks(page: SharedPage) -> Iterator[bytes]:
    """The picture in CHUNK_BYTES pieces (the last one shorter), in order."""
    for start in range(0, len(page.jpeg), CHUNK_BYTES):
        yield page.jpeg[start : start + CHUNK_BYTES]


def page_end(page_id: str) -> str:
    return json.dumps({"type": "page_end", "page_id": page_id})


def page_messages(page: SharedPage) -> Iterator[str | bytes]:
    """Everything one page puts on the channel: header, chunks, end."""
    yield page_header(page)
    yield from page_chunks(page)
    yield page_end(page.page_id)


def page_withdrawn(page_id: str) -> str:
    if not _PAGE_ID.match(page_id):
        raise ValueError("page_id must be 32 lowercase hex characters")
    return json.dumps({"type": "page_withdrawn", "page_id": page_id})


def pages_handed_in(reference: str, count: int) -> str:
    if not _REFERENCE.match(reference):
        raise ValueError("a reference is 1 to 32 upper-case letters, digits and dashes")
    if count < 0:
        raise ValueError("a page count cannot be negative")
    return json.dumps({"type": "pages_handed_in", "reference": reference, "count": count})


@dataclass(frozen=True)
class PageSeen:
    """The staff page has decoded and shown this page."""

    page_id: str


class StaffMessageError(ValueError):
    """A message from the staff page that is not what the contract says."""


def read_staff_message(data: str | bytes) -> PageSeen | None:
    """The staff page's message; ``None`` for a type this terminal does not know.

    Raises :class:`StaffMessageError` for anything else: binary data, broken JSON, a
    ``page_seen`` without a proper page id.
    """
    if not isinstance(data, str):
        raise StaffMessageError("the staff page sends text messages only")
    try:
        message = json.loads(data)
    except json.JSONDecodeError as error:
        raise StaffMessageError("not JSON") from error
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        raise StaffMessageError("not a message object with a type")
    if message["type"] != "page_seen":
        return None
    page_id = message.get("page_id")
    if not isinstance(page_id, str) or not _PAGE_ID.match(page_id):
        raise StaffMessageError("page_seen without a valid page_id")
    return PageSeen(page_id)
