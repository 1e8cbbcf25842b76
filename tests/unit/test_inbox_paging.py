"""Keyset pages of the inbox on a real SQLite file: every request exactly once when paging
through, also when many arrived in the same instant (the id breaks the tie)."""

from __future__ import annotations

import base64
import datetime as dt
import uuid

import pytest
from nacl.public import PrivateKey
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from backoffice.console import finder
from backoffice.console.finder import RequestQuery, Sort, StatusFilter, find_page
from backoffice.damage import Damaged
from backoffice.intake import SubmissionIntake
from backoffice.storage.models import Device
from contract.submissions import TimeWindow
from tests.helpers.backoffice import FixedClock, callback_payload, sealed_envelope

KEY = PrivateKey.generate()
NEWEST_ALL = RequestQuery(status=StatusFilter.ALL, sort=Sort.NEWEST)
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
        envelope = sealed_envelope(callback_payload(clock.now()), PUBLIC, created_at=clock.now())
        intake.receive(device_id, envelope)
        codes.append(envelope.reference_code)
    return codes


def test_paging_older_and_back_newer_shows_each_request_once(
    sessions: sessionmaker[Session],
) -> None:
    newest_first = store_callbacks(sessions, FixedClock.at_wall_clock(), 23)[::-1]
    pages: list[list[str]] = []
    with sessions() as session:
        current = find_page(session, NEWEST_ALL, size=5)
        pages.append([r.reference_code for r in current.requests])
        assert current.previous_before is None
        while current.next_after is not None:
            current = find_page(session, NEWEST_ALL, after=current.next_after, size=5)
            pages.append([r.reference_code for r in current.requests])
        assert [len(p) for p in pages] == [5, 5, 5, 5, 3]
        assert [code for shown in pages for code in shown] == newest_first

        back = []
        while current.previous_before is not None:
            current = find_page(session, NEWEST_ALL, before=current.previous_before, size=5)
            back.append([r.reference_code for r in current.requests])
        assert back == pages[-2::-1]  # the same pages again, up to the newest


def test_an_unknown_cursor_gives_the_first_page(sessions: sessionmaker[Session]) -> None:
    newest_first = store_callbacks(sessions, FixedClock.at_wall_clock(), 7)[::-1]
    with sessions() as session:
        query = RequestQuery(status=StatusFilter.OPEN, sort=Sort.NEWEST)
        shown = find_page(session, query, after=999_999, size=5)
    assert [r.reference_code for r in shown.requests] == newest_first[:5]
    assert shown.previous_before is None and shown.next_after is not None


@pytest.mark.parametrize("common_above", [0, 1_000])
def test_paging_a_common_name_search_by_due_order_shows_each_match_once(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch, common_above: int
) -> None:
    """Both ways of finding a name's page (walking the order's index for a common word,
    sorting the matches for a rare one) give the same pages."""
    monkeypatch.setattr(finder, "COMMON_WORD_MATCHES", common_above)
    clock = FixedClock()
    store_callbacks(sessions, clock, 4)  # Erika Mustermann: no match
    device_id = uuid.uuid4()
    with sessions() as session, session.begin():
        session.add(
            Device(id=device_id, name="m", token_sha256=device_id.hex * 2, enrolled_at=clock.now())
        )
    intake = SubmissionIntake(sessions, KEY, clock)
    due_order = []
    for number in range(12):
        # Windows in an order unlike the arrivals': the page order is the window's.
        start = dt.datetime(2025, 11, 24, 8, tzinfo=dt.UTC) + dt.timedelta(hours=(number * 5) % 12)
        window = TimeWindow(start=start, end=start + dt.timedelta(hours=1))
        payload = callback_payload(
            clock.now(), name=f"Jürgen Müller {number}", time_windows=[window]
        )
        envelope = sealed_envelope(payload, PUBLIC, created_at=clock.now())
        intake.receive(device_id, envelope)
        due_order.append((start, envelope.reference_code))
    expected = [code for _, code in sorted(due_order)]
    query = RequestQuery(text="Muller", status=StatusFilter.ALL, sort=Sort.DUE)
    shown: list[str] = []
    with sessions() as session:
        current = find_page(session, query, size=5)
        shown += [r.reference_code for r in current.requests]
        while current.next_after is not None:
            current = find_page(session, query, after=current.next_after, size=5)
            shown += [r.reference_code for r in current.requests]
    assert shown == expected


def test_paging_goes_on_past_a_damaged_request_at_the_end_of_a_page(
    sessions: sessionmaker[Session],
) -> None:
    """The last request of a page cannot be loaded (a status that does not exist): the next
    page still continues after it, instead of starting again from the newest."""
    newest_first = store_callbacks(sessions, FixedClock.at_wall_clock(), 12)[::-1]
    with sessions() as session:
        first = find_page(session, NEWEST_ALL, size=5)
        last_shown = first.requests[-1]
        assert not isinstance(last_shown, Damaged)
        damaged_id = last_shown.id
    with sessions() as session, session.begin():
        session.execute(
            text("UPDATE callback_request SET status = 'verloren' WHERE id = :id"),
            {"id": damaged_id},
        )
    with sessions() as session:
        first = find_page(session, NEWEST_ALL, size=5)
        assert isinstance(first.requests[-1], Damaged) and first.next_after == damaged_id
        second = find_page(session, NEWEST_ALL, after=first.next_after, size=5)
        shown = [r.reference_code for r in second.requests if not isinstance(r, Damaged)]
        back = find_page(session, NEWEST_ALL, before=second.previous_before, size=5)
    assert shown == newest_first[5:10]
    assert len(back.requests) == 5 and isinstance(back.requests[-1], Damaged)
