"""No poison pill: records written straight into the database (as an older release, a hand
edit or a bug could leave them) that the office cannot load, compute with or show. Each is one
row "beschädigt — an IT gemeldet" (and a log line for IT naming it), never a 500 for the page;
everything else keeps working. And ids that cannot exist in console URLs are a 404.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tests.helpers.hostile import HostileOffice

DAMAGED = "beschädigt — an IT gemeldet"


@contextlib.contextmanager
def database(hostile: HostileOffice) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(hostile.office.data_dir / "backoffice.sqlite3", timeout=30)
    connection.row_factory = sqlite3.Row
    try:
        with connection:
            yield connection
    finally:
        connection.close()


def _copy(db: sqlite3.Connection, table: str, row_id: int, **changes: Any) -> int:
    """A copy of a row with ``changes``, as raw column values; returns the new id."""
    row = dict(db.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone())  # noqa: S608
    del row["id"]
    row |= changes
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))  # noqa: S608
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _bad_callback(hostile: HostileOffice, **changes: Any) -> int:
    """A copy of the good callback (and its submission row) with ``changes``."""
    with database(hostile) as db:
        good = db.execute(
            "SELECT submission_pk FROM callback_request WHERE id = ?", (hostile.good_callback,)
        ).fetchone()
        submission = _copy(db, "submission", good[0], submission_id=uuid.uuid4().hex)
        return _copy(
            db, "callback_request", hostile.good_callback, submission_pk=submission, **changes
        )


def _log_names(hostile: HostileOffice, kind: str, record: object) -> bool:
    return re.search(rf"{kind} {record} is damaged \(\w+\)", hostile.office.log_text()) is not None


YEAR_9999 = json.dumps([{"start": "9999-12-31T23:30:00+00:00", "end": "9999-12-31T23:59:00+00:00"}])
CALLBACK_DAMAGE = [
    ("a window in the year 9999", {"time_windows": YEAR_9999}),
    ("windows that are no JSON", {"time_windows": "{[not json"}),
    ("windows without times", {"time_windows": json.dumps([{"start": None}])}),
    ("a received time that is no time", {"received_at": "gestern"}),
    ("a status that does not exist", {"status": "verloren"}),
]


@pytest.mark.parametrize(("what", "changes"), CALLBACK_DAMAGE, ids=[c[0] for c in CALLBACK_DAMAGE])
def test_a_damaged_callback_is_one_damaged_row(
    hostile: HostileOffice, what: str, changes: dict[str, Any]
) -> None:
    with hostile.attack(f"stored callback: {what}"):
        bad = _bad_callback(hostile, **changes)
        inbox = hostile.staff.get(hostile.url + "/console?status=all", timeout=10)
        detail = hostile.staff.get(f"{hostile.url}/console/requests/{bad}", timeout=10)
    assert inbox.status_code == 200
    assert DAMAGED in inbox.text and f"callback request #{bad}" in inbox.text
    assert hostile.good_reference in inbox.text
    assert detail.status_code == 200 and DAMAGED in detail.text
    assert _log_names(hostile, "callback request", bad)
    with database(hostile) as db:  # out of the way for the next case
        db.execute("DELETE FROM callback_request WHERE id = ?", (bad,))


def test_a_request_with_a_window_in_9999_can_be_marked_done_and_both_tabs_work(
    hostile: HostileOffice,
) -> None:
    bad = _bad_callback(hostile, time_windows=YEAR_9999)
    detail = hostile.staff.get(f"{hostile.url}/console/requests/{bad}", timeout=10)
    token = re.search(r'name="csrf_token" value="([^"]+)"', detail.text)
    assert token
    with hostile.attack("stored callback: 9999 window, marked done"):
        done = hostile.staff.post(
            f"{hostile.url}/console/requests/{bad}/done",
            data={"csrf_token": token[1]},
            allow_redirects=False,
            timeout=10,
        )
        tabs = [
            hostile.staff.get(f"{hostile.url}/console?status={tab}", timeout=10)
            for tab in ("open", "done", "all")
        ]
    assert done.status_code == 303
    assert [tab.status_code for tab in tabs] == [200, 200, 200]
    assert DAMAGED not in tabs[0].text and DAMAGED in tabs[1].text
    with database(hostile) as db:
        db.execute("DELETE FROM callback_request WHERE id = ?", (bad,))


DOCUMENT_DAMAGE = [
    # (what, raw column values, the list shows it damaged, its page shows it damaged)
    ("scanned in the year 9999", {"scanned_at": "9999-12-31 23:59:59.000000"}, False, True),
    ("a received time that is no time", {"received_at": "morgen"}, True, True),
    ("2^70 pages (SQLite keeps a float)", {"page_count": float(2**70)}, False, False),
    ("a type label with U+0001", {"document_type_label": "Miet\x01vertrag"}, False, False),
]


@pytest.mark.parametrize(
    ("what", "changes", "in_list", "on_page"), DOCUMENT_DAMAGE, ids=[c[0] for c in DOCUMENT_DAMAGE]
)
def test_a_damaged_document_is_one_damaged_row(
    hostile: HostileOffice, what: str, changes: dict[str, Any], in_list: bool, on_page: bool
) -> None:
    with database(hostile) as db:
        bad = _copy(
            db,
            "received_document",
            hostile.good_document,
            attachment_id=uuid.uuid4().hex,
            efile_delivered_at="2026-01-01 00:00:00.000000",  # not for the hand-over here
            **changes,
        )
    with hostile.attack(f"stored document: {what}"):
        listing = hostile.staff.get(hostile.url + "/console/documents", timeout=10)
        page = hostile.staff.get(f"{hostile.url}/console/documents/{bad}", timeout=10)
    assert listing.status_code == 200
    assert f"/console/documents/{hostile.good_document}" in listing.text
    assert (f"document #{bad}" in listing.text) is in_list
    assert page.status_code == 200
    assert (DAMAGED in page.text) is on_page
    with database(hostile) as db:
        db.execute("DELETE FROM received_document WHERE id = ?", (bad,))


def _device_id(hostile: HostileOffice) -> str:
    return hostile.device.device_id.hex


HEALTH_DAMAGE = [
    ("a queue of 2^70 items", {"queue": {"items": 2**70, "bytes": 0}}),
    ("a free disk of 2^1100 bytes", {"disk_free_bytes": 2**1100}),
    ("a queue age of 1e400", {"queue": {"items": 1, "bytes": 1, "oldest_age_seconds": "inf"}}),
]


@pytest.mark.parametrize(("what", "changes"), HEALTH_DAMAGE, ids=[c[0] for c in HEALTH_DAMAGE])
def test_a_damaged_heartbeat_is_a_damaged_terminal_on_the_fleet_page_and_in_metrics(
    hostile: HostileOffice, what: str, changes: dict[str, Any]
) -> None:
    beat = requests.post(
        hostile.url + "/api/v1/heartbeat",
        json={
            "sent_at": "2026-12-01T10:00:00+00:00",
            "interval_seconds": 60.0,
            "software_version": "0.1.0",
            "queue": {"items": 0, "bytes": 0},
            "disk_free_bytes": 1,
            "disk_total_bytes": 2,
        },
        headers=hostile.auth(),
        timeout=10,
    )
    assert beat.status_code == 200
    with database(hostile) as db:
        (report,) = db.execute(
            "SELECT report FROM device_health WHERE device_id = ?", (_device_id(hostile),)
        ).fetchone()
        stored = json.loads(report) | changes
        db.execute(
            "UPDATE device_health SET report = ? WHERE device_id = ?",
            (json.dumps(stored), _device_id(hostile)),
        )
    with hostile.attack(f"stored heartbeat: {what}"):
        fleet = hostile.it.get(hostile.url + "/console/fleet", timeout=10)
        metrics = requests.get(hostile.url + "/metrics", timeout=10)
    assert fleet.status_code == 200 and DAMAGED in fleet.text
    assert metrics.status_code == 200
    assert 'buergerterminal_terminals{status="damaged"} 1' in metrics.text
    assert _log_names(hostile, "terminal", hostile.device.device_id)


@pytest.mark.parametrize(
    "path",
    [
        f"/console/requests/{2**70}",
        f"/console/requests/{2**63}",
        f"/console/requests/{2**31}",
        "/console/requests/-1",
        "/console/requests/0",
        "/console/requests/abc",
        "/console/requests/%D9%A3",  # Arabic-Indic three
        "/console/requests/1e3",
        f"/console/documents/{2**70}",
        f"/console/documents/{2**70}/preview.png",
        f"/console/documents/{2**70}/file",
        "/console/nothing-here",
    ],
)
def test_an_id_that_cannot_exist_in_a_console_url_is_a_404(
    hostile: HostileOffice, path: str
) -> None:
    with hostile.attack(f"console URL {path[:40]}"):
        answer = hostile.staff.get(hostile.url + path, timeout=10)
        posted = hostile.staff.post(
            hostile.url + path + "/done", data={"csrf_token": "x"}, timeout=10
        )
    assert answer.status_code == 404
    assert "text/html" in answer.headers["content-type"]
    assert posted.status_code in (403, 404)
