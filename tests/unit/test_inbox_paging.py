"""Keyset pages of the inbox on a real SQLite file: every request exactly once when paging
through, also when many arrived in the same instant (the id breaks the tie)."""

from __future__ import annotations

import base64
import uuid

from nacl.public import PrivateKey
from sqlalchemy.orm import Session, sessionmaker

from backoffice.console.inbox import InboxFilter, page
from backoffice.intake import SubmissionIntake
from backoffice.storage.models import Device
from tests.helpers.backoffice import FixedClock, callback_payload, sealed_envelope

KEY = PrivateKey.generate()
PUBLIC = base64.b64encode(bytes(KEY.public_key)).decode()


def store_callbacks(sessions: sessionmaker[Session], clock: FixedClock, count: int) -> list[str]:
    """``count`` requests; every third arrives in the same instant as the one before."""
    device_id = uuid.uuid4()
    with sessions() as session, session.begin():
        session.add(
            Device(id=device_id, name="t", token_sha256=device_id.hex * 2, enrolled_at=clock.now())
        )
    intake = SubmissionIntake(sessions, KEY, clock)
    codes = []
    for number in range(count):
        if number % 3:
            clock.advance(seconds=1)
        envelope = sealed_envelope(callback_payload(), PUBLIC)
        intake.receive(device_id, envelope)
        codes.append(envelope.reference_code)
    return codes


def test_paging_older_and_back_newer_shows_each_request_once(
    sessions: sessionmaker[Session],
) -> None:
    newest_first = store_callbacks(sessions, FixedClock(), 23)[::-1]
    pages: list[list[str]] = []
    with sessions() as session:
        current = page(session, InboxFilter.ALL, size=5)
        pages.append([r.reference_code for r in current.requests])
        assert current.newer is None
        while current.older is not None:
            current = page(session, InboxFilter.ALL, before=current.older, size=5)
            pages.append([r.reference_code for r in current.requests])
        assert [len(p) for p in pages] == [5, 5, 5, 5, 3]
        assert [code for shown in pages for code in shown] == newest_first

        back = []
        while current.newer is not None:
            current = page(session, InboxFilter.ALL, after=current.newer, size=5)
            back.append([r.reference_code for r in current.requests])
        assert back == pages[-2::-1]  # the same pages again, up to the newest


def test_an_unknown_cursor_gives_the_first_page(sessions: sessionmaker[Session]) -> None:
    newest_first = store_callbacks(sessions, FixedClock(), 7)[::-1]
    with sessions() as session:
        shown = page(session, InboxFilter.OPEN, before=999_999, size=5)
    assert [r.reference_code for r in shown.requests] == newest_first[:5]
    assert shown.newer is None and shown.older is not None
