"""No poison pill: records written straight into the database (as an older release, a hand
edit or a bug could leave them) that the office cannot load, compute with or show. Each is one
row "beschädigt — an IT gemeldet" (and a log line for IT naming it), never a 500 for the page;
everything else keeps working. And ids that cannot exist in console URLs are a 404.

Some values only SQLite can hold (text in a time column, a JSON column that is no JSON, a float
in an integer column); on PostgreSQL the column types refuse them, so those cases plant nothing
there and only check the pages.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from typing import Any

import pytest
import requests
from sqlalchemy import Connection, text

from tests.helpers.hostile import HostileOffice
from tests.helpers.reliability_documents import marker_pdf
from tests.helpers.reliability_rig import wait_for

DAMAGED = "beschädigt — an IT gemeldet"


def _uuid(connection: Connection, value: uuid.UUID) -> object:
    # As each driver takes a UUID column's value: SQLite a hex string, psycopg a UUID.
    return value.hex if connection.dialect.name == "sqlite" else value


def _time(connection: Connection, value: dt.datetime) -> object:
    # A time column's raw value: SQLite keeps SQLAlchemy's text form, PostgreSQL a timestamp.
    return value.isoformat(" ", "microseconds") if connection.dialect.name == "sqlite" else value


def _copy(db: Connection, table: str, row_id: int, **changes: Any) -> int:
    """A copy of a row with ``changes``, as raw column values; returns the new id."""
    changes = {
        name: _time(db, value) if isinstance(value, dt.datetime) else value
        for name, value in changes.items()
    }
    select = text(f"SELECT * FROM {table} WHERE id = :id")  # noqa: S608
    row = dict(db.execute(select, {"id": row_id}).one()._mapping)
    del row["id"]
    # A JSON column comes back parsed from PostgreSQL; it goes in as text.
    row = {name: json.dumps(v) if isinstance(v, list | dict) else v for name, v in row.items()}
    row |= changes
    names, marks = ", ".join(row), ", ".join(f":{name}" for name in row)
    insert = text(f"INSERT INTO {table} ({names}) VALUES ({marks}) RETURNING id")  # noqa: S608
    return int(db.execute(insert, row).scalar_one())


def _bad_callback(hostile: HostileOffice, **changes: Any) -> int:
    """A copy of the good callback (and of its submission row) with ``changes``."""
    with hostile.sql() as db:
        good = db.execute(
            text("SELECT submission_pk FROM callback_request WHERE id = :id"),
            {"id": hostile.good_callback},
        ).scalar_one()
        submission = _copy(db, "submission", good, submission_id=_uuid(db, uuid.uuid4()))
        return _copy(
            db, "callback_request", hostile.good_callback, submission_pk=submission, **changes
        )


def _bad_document(hostile: HostileOffice, **changes: Any) -> int:
    """A copy of the good document (its own attachment id) with ``changes``."""
    with hostile.sql() as db:
        return _copy(
            db,
            "received_document",
            hostile.good_document,
            attachment_id=_uuid(db, uuid.uuid4()),
            **changes,
        )


def _delete(hostile: HostileOffice, table: str, row_id: int) -> None:
    with hostile.sql() as db:
        db.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": row_id})  # noqa: S608


def _on_sqlite(hostile: HostileOffice) -> bool:
    return hostile.database_url.startswith("sqlite")


def _log_names(hostile: HostileOffice, kind: str, record: object) -> bool:
    return re.search(rf"{kind} {record} is damaged \(\w+\)", hostile.office.log_text()) is not None


YEAR_9999 = json.dumps([{"start": "9999-12-31T23:30:00+00:00", "end": "9999-12-31T23:59:00+00:00"}])
CALLBACK_DAMAGE = [
    # (what, raw column values, only SQLite can hold them)
    ("a window in the year 9999", {"time_windows": YEAR_9999}, False),
    ("windows without times", {"time_windows": json.dumps([{"start": None}])}, False),
    ("a status that does not exist", {"status": "verloren"}, False),
    ("windows that are no JSON", {"time_windows": "{[not json"}, True),
    ("a received time that is no time", {"received_at": "gestern"}, True),
]


@pytest.mark.parametrize(
    ("what", "changes", "sqlite_only"), CALLBACK_DAMAGE, ids=[c[0] for c in CALLBACK_DAMAGE]
)
def test_a_damaged_callback_is_one_damaged_row(
    hostile: HostileOffice, what: str, changes: dict[str, Any], sqlite_only: bool
) -> None:
    if sqlite_only and not _on_sqlite(hostile):
        return  # PostgreSQL refuses the value: this damage cannot arise there
    with hostile.attack(f"stored callback: {what}"):
        bad = _bad_callback(hostile, **changes)
        inbox = hostile.staff.get(hostile.url + "/console?status=all", timeout=10)
        detail = hostile.staff.get(f"{hostile.url}/console/requests/{bad}", timeout=10)
    assert inbox.status_code == 200
    assert DAMAGED in inbox.text and f"callback request #{bad}" in inbox.text
    assert hostile.good_reference in inbox.text
    assert detail.status_code == 200 and DAMAGED in detail.text
    assert _log_names(hostile, "callback request", bad)
    _delete(hostile, "callback_request", bad)  # out of the way for the next case


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
    _delete(hostile, "callback_request", bad)


DOCUMENT_DAMAGE = [
    # (what, raw column values, only SQLite can hold them, the list / its page shows damage)
    ("scanned in 9999", {"scanned_at": dt.datetime(9999, 12, 31, 23, 59)}, False, False, True),
    ("a type label with U+0001", {"document_type_label": "Miet\x01vertrag"}, False, False, False),
    ("a received time that is no time", {"received_at": "morgen"}, True, True, True),
    ("2^70 pages (SQLite keeps a float)", {"page_count": float(2**70)}, True, False, False),
]


@pytest.mark.parametrize(
    ("what", "changes", "sqlite_only", "in_list", "on_page"),
    DOCUMENT_DAMAGE,
    ids=[c[0] for c in DOCUMENT_DAMAGE],
)
def test_a_damaged_document_is_one_damaged_row(
    hostile: HostileOffice,
    what: str,
    changes: dict[str, Any],
    sqlite_only: bool,
    in_list: bool,
    on_page: bool,
) -> None:
    if sqlite_only and not _on_sqlite(hostile):
        return  # PostgreSQL refuses the value: this damage cannot arise there
    # Handed over already: the hand-over's own isolation is tested with the dispatcher.
    bad = _bad_document(hostile, efile_delivered_at=dt.datetime(2026, 1, 1), **changes)
    with hostile.attack(f"stored document: {what}"):
        listing = hostile.staff.get(hostile.url + "/console/documents", timeout=10)
        page = hostile.staff.get(f"{hostile.url}/console/documents/{bad}", timeout=10)
    assert listing.status_code == 200
    assert f"/console/documents/{hostile.good_document}" in listing.text
    assert (f"document #{bad}" in listing.text) is in_list
    assert page.status_code == 200
    assert (DAMAGED in page.text) is on_page
    _delete(hostile, "received_document", bad)


HEALTH_DAMAGE = [
    ("a queue of 2^70 items", {"queue": {"items": 2**70, "bytes": 0}}),
    ("a free disk of 2^1100 bytes", {"disk_free_bytes": 2**1100}),
    (
        "a queue age that is no number",
        {"queue": {"items": 1, "bytes": 1, "oldest_age_seconds": "inf"}},
    ),
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
    with hostile.sql() as db:
        device = _uuid(db, hostile.device.device_id)
        report = db.execute(
            text("SELECT report FROM device_health WHERE device_id = :id"), {"id": device}
        ).scalar_one()
        stored = (json.loads(report) if isinstance(report, str) else report) | changes
        db.execute(
            text("UPDATE device_health SET report = :report WHERE device_id = :id"),
            {"report": json.dumps(stored), "id": device},
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


def _hand_over_state(hostile: HostileOffice, document: int) -> dict[str, Any]:
    with hostile.sql() as db:
        row = db.execute(
            text(
                "SELECT efile_delivered_at, efile_attempts, efile_last_error, efile_next_attempt_at"
                " FROM received_document WHERE id = :id"
            ),
            {"id": document},
        ).one()
    return dict(row._mapping)


def _plant_for_hand_over(hostile: HostileOffice, **changes: Any) -> tuple[int, uuid.UUID]:
    """A copy of the good document, not yet handed over, with its own copy of the PDF."""
    attachment = uuid.uuid4()
    with hostile.sql() as db:
        good = db.execute(
            text(
                "SELECT device_id, submission_id, attachment_id"
                " FROM received_document WHERE id = :id"
            ),
            {"id": hostile.good_document},
        ).one()
        bad = _copy(
            db,
            "received_document",
            hostile.good_document,
            attachment_id=_uuid(db, attachment),
            efile_delivered_at=None,
            efile_attempts=0,
            efile_next_attempt_at=None,
            claimed_until=None,
            claimed_by="",
            **changes,
        )
    folder = hostile.office.data_dir / "attachments"
    ids = [uuid.UUID(str(value)) for value in good]
    source = folder / str(ids[0]) / str(ids[1]) / str(ids[2])
    (source.parent / str(attachment)).write_bytes(source.read_bytes())
    return bad, attachment


HAND_OVER_DAMAGE = [
    # (what, raw column values, only SQLite can hold them, what the recorded error names)
    ("scanned in 9999", {"scanned_at": dt.datetime(9999, 12, 31, 23, 59)}, False, "OverflowError"),
    ("a type label with U+0001", {"document_type_label": "Miet\x01vertrag"}, False, "XML"),
    ("a label with U+FFFE", {"document_type_label": "Miet\ufffevertrag"}, False, "XML"),
    ("a received time that is no time", {"scanned_at": "nie"}, True, "Error"),
]


@pytest.mark.parametrize(
    ("what", "changes", "sqlite_only", "error"),
    HAND_OVER_DAMAGE,
    ids=[c[0] for c in HAND_OVER_DAMAGE],
)
def test_a_document_the_e_file_cannot_take_never_blocks_the_queue(
    hostile: HostileOffice, what: str, changes: dict[str, Any], sqlite_only: bool, error: str
) -> None:
    """The hand-over runs every second: the bad document is tried, recorded with its error and
    a growing wait; the good document queued after it reaches the hotfolder; no malformed ZIP."""
    if sqlite_only and not _on_sqlite(hostile):
        return  # PostgreSQL refuses the value: this damage cannot arise there
    hotfolder = hostile.office.data_dir / "efile-hotfolder"
    with hostile.attack(f"e-file hand-over: {what}"):
        bad, bad_attachment = _plant_for_hand_over(hostile, **changes)
        answer = hostile.send_document(marker_pdf())
        assert answer.status_code == 201
        good = hostile._newest_id("/console/documents", "/console/documents/")
        wait_for(
            lambda: _hand_over_state(hostile, good)["efile_delivered_at"] is not None,
            "the good document is handed over",
        )
        wait_for(
            lambda: _hand_over_state(hostile, bad)["efile_attempts"] >= 1, "the bad one is tried"
        )
    state = _hand_over_state(hostile, bad)
    assert state["efile_delivered_at"] is None
    assert error in state["efile_last_error"]
    assert "Miet" not in state["efile_last_error"]  # the error names, never quotes
    assert not list(hotfolder.glob(f"{bad_attachment}*"))
    page = hostile.staff.get(f"{hostile.url}/console/documents", timeout=10)
    assert page.status_code == 200
    _delete(hostile, "received_document", bad)


def test_a_failing_document_waits_longer_after_each_failure(hostile: HostileOffice) -> None:
    bad, _ = _plant_for_hand_over(hostile, scanned_at=dt.datetime(9999, 12, 31, 23, 59))
    with hostile.attack("e-file hand-over: backoff per document"):
        for attempt in (1, 2):
            wait_for(
                lambda at=attempt: _hand_over_state(hostile, bad)["efile_attempts"] >= at,  # type: ignore[misc]
                "tried",
            )
            with hostile.sql() as db:  # due again now, as if its wait had passed
                db.execute(
                    text(
                        "UPDATE received_document SET efile_next_attempt_at = NULL WHERE id = :id"
                    ),
                    {"id": bad},
                )
    log = hostile.office.log_text()
    assert f"document {bad} not in the e-file yet (attempt 1)" in log
    assert f"document {bad} not in the e-file yet (attempt 2)" in log
    assert re.search(
        rf"document {bad} not in the e-file yet \(attempt 1\): .*next attempt in 60 s", log
    )
    assert re.search(
        rf"document {bad} not in the e-file yet \(attempt 2\): .*next attempt in 120 s", log
    )
    _delete(hostile, "received_document", bad)
