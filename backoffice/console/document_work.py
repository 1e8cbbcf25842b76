"""Working a received document: mark it seen, hand it to the e-file again (claims are
``casework.claim``). Each change is a :class:`CaseActivity`; the hand-over itself stays with
``backoffice.efile``."""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy.orm import Session

from backoffice.console.casework import record
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.models import StaffUser
from backoffice.storage.work_models import ActivityKind, RecordKind

log = logging.getLogger(__name__)


def _log(document: ReceivedDocument, staff: StaffUser, what: str) -> None:
    log.info("document %d %s by staff #%d", document.id, what, staff.id)


def mark_seen(
    session: Session, document: ReceivedDocument, staff: StaffUser, now: dt.datetime
) -> None:
    if document.seen_at is not None:
        return
    document.seen_by_id = staff.id
    document.seen_at = now
    record(session, RecordKind.DOCUMENT, document.id, now, staff, ActivityKind.SEEN)
    _log(document, staff, "marked seen")


def can_hand_over_again(document: ReceivedDocument) -> bool:
    """The backoffice still has the file, and the e-file either refused it or got it (an
    importer may refuse a ZIP the hotfolder took: IT then asks for it once more)."""
    if document.copy_removed_at is not None:
        return False
    return document.efile_delivered_at is not None or bool(document.efile_last_error)


def hand_over_again(
    session: Session, document: ReceivedDocument, staff: StaffUser, now: dt.datetime
) -> bool:
    if not can_hand_over_again(document):
        return False
    document.efile_delivered_at = None
    document.efile_next_attempt_at = now
    record(session, RecordKind.DOCUMENT, document.id, now, staff, ActivityKind.HAND_OVER_AGAIN)
    _log(document, staff, "sent to the e-file again")
    return True
