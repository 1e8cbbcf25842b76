"""One rule at the boundary: every field a terminal sends keeps its bounds, or the answer is a
422 that names the field and never its value; the office stays up, memory flat, pages working.

Sealed payloads are sealed for real to the office's key; the office must open them to judge.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
import uuid
from typing import Any

import pytest
import requests

from contract.submissions import SubmissionKind
from tests.helpers.backoffice import callback_payload
from tests.helpers.hostile import HostileOffice
from tests.helpers.reliability_documents import marker_pdf

NOW = dt.datetime.now(dt.UTC)
SOON = (NOW + dt.timedelta(days=1)).replace(microsecond=0)


def _at(days: float) -> str:
    return (NOW + dt.timedelta(days=days)).isoformat()


class Raw(str):
    """A value written into the JSON text as it is (NaN, a lone surrogate escape, ...)."""


def _set(document: dict[str, Any], place: str, value: object) -> None:
    *path, last = place.split(".")
    target: Any = document
    for part in path:
        target = target[int(part)] if part.isdigit() else target[part]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


def _mutated(base: dict[str, Any], place: str, value: object) -> bytes:
    document = json.loads(json.dumps(base))
    if isinstance(value, Raw):
        _set(document, place, "@@raw-slot@@")
        return json.dumps(document).replace('"@@raw-slot@@"', str(value)).encode()
    _set(document, place, value)
    return json.dumps(document).encode()


def _window(start: str, end: str) -> list[dict[str, str]]:
    return [{"start": start, "end": end}]


# (what, field, value, the field's name the answer must give)
CALLBACK_CASES: list[tuple[str, str, object, str]] = [
    (
        "window in the year 9999",
        "time_windows",
        _window("9999-12-31T08:00:00+01:00", "9999-12-31T10:00:00+01:00"),
        "time_windows.0.start",
    ),
    (
        "window ending 9999-12-31 -14:00",
        "time_windows",
        _window(SOON.isoformat(), "9999-12-31T23:59:59-14:00"),
        "time_windows.0.end",
    ),
    (
        "window in 1970",
        "time_windows",
        _window("1970-01-01T08:00:00+00:00", "1970-01-01T10:00:00+00:00"),
        "time_windows.0.start",
    ),
    (
        "window 200 days ahead",
        "time_windows",
        _window(_at(200), _at(200.05)),
        "time_windows.0.start",
    ),
    ("window ending before it starts", "time_windows", _window(_at(2), _at(1.9)), "time_windows.0"),
    ("window of three days", "time_windows", _window(_at(1), _at(4)), "time_windows.0"),
    (
        "window without UTC offset",
        "time_windows",
        _window("2026-12-10T08:00:00", "2026-12-10T10:00:00"),
        "time_windows.0.start",
    ),
    (
        "window as a Unix time",
        "time_windows",
        [{"start": 1796000000, "end": 1796007200}],
        "time_windows.0.start",
    ),
    ("51 windows", "time_windows", _window(_at(1), _at(1.05)) * 51, "time_windows"),
    (
        "privacy accepted in 9999",
        "privacy_accepted_at",
        "9999-12-31T23:59:59+00:00",
        "privacy_accepted_at",
    ),
    ("privacy accepted 3 days ahead", "privacy_accepted_at", _at(3), "privacy_accepted_at"),
    (
        "privacy accepted in 1900",
        "privacy_accepted_at",
        "1900-01-01T00:00:00+00:00",
        "privacy_accepted_at",
    ),
    (
        "unstorable date: year 1 at +14:00",
        "privacy_accepted_at",
        "0001-01-01T00:00:00+14:00",
        "privacy_accepted_at",
    ),
    ("name with a right-to-left override", "name", "Erika \u202eMustermann", "name"),
    ("name with bidi isolates", "name", "\u2066Erika\u2069 Mustermann", "name"),
    ("name with a left-to-right mark", "name", "\u200eErika Mustermann", "name"),
    ("name with NUL", "name", "Erika\x00Mustermann", "name"),
    ("name with an escape sequence", "name", "\x1b[31mErika Mustermann", "name"),
    ("name with C1 NEL", "name", "Erika\x85Mustermann", "name"),
    ("name with a line break", "name", "Erika\nMustermann", "name"),
    ("name with U+2028", "name", "Erika\u2028Mustermann", "name"),
    ("name with a soft hyphen", "name", "Mus\u00adtermann", "name"),
    ("name with a lone surrogate", "name", Raw('"Erika \\ud800 Mustermann"'), "(whole body)"),
    ("name of 201 characters", "name", "E" * 201, "name"),
    ("note with U+FFFE", "note", "Bitte \ufffe anrufen", "note"),
    ("note with U+FFFF", "note", "Bitte \uffff anrufen", "note"),
    ("note with U+FDD0", "note", "Bitte \ufdd0 anrufen", "note"),
    ("note with a vertical tab", "note", "Bitte\x0banrufen", "note"),
    ("note of 2001 characters", "note", "x" * 2001, "note"),
    ("phone in Arabic-Indic digits", "phone_e164", "+٤٩٥١٢١٩٦٩٠١٢٣", "phone_e164"),
    ("phone in Extended Arabic-Indic digits", "phone_e164", "+۴۹۵۱۲۱۹۶۹۰۱۲۳", "phone_e164"),
    ("phone in fullwidth digits", "phone_e164", "+４９５１２１９６９０１２３", "phone_e164"),
    ("phone in Devanagari digits", "phone_e164", "+४९५१२१९६९०१२३", "phone_e164"),
    ("BG number in Arabic-Indic digits", "bg_number", "١٢٣٤٥BG١٢٣٤٥٦٧", "bg_number"),
    ("BG number with a trailing line break", "bg_number", "12345BG1234567\n", "bg_number"),
    ("concern id with a bidi control", "concern_id", "payment\u202e", "concern_id"),
    ("language that is no tag", "language", "de; DROP TABLE", "language"),
    ("a field the contract does not have", "extra", "Mustermann", "extra"),
    ("a count as true", "time_windows", True, "time_windows"),
]


@pytest.mark.parametrize(
    ("what", "place", "value", "named"), CALLBACK_CASES, ids=[c[0] for c in CALLBACK_CASES]
)
def test_a_callback_outside_the_bounds_is_refused_naming_the_field(
    hostile: HostileOffice, what: str, place: str, value: object, named: str
) -> None:
    base = callback_payload().model_dump(mode="json")
    with hostile.attack(f"callback: {what}"):
        answer = hostile.send_callback(_mutated(base, place, value))
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert f"{named}:" in detail, detail
    assert "Mustermann" not in answer.text and "٤٩٥" not in answer.text


ACCEPTED: list[tuple[str, str, object, str]] = [
    # What real terminals send, and text as citizens type it: composed later, joiners, emoji.
    ("a name typed decomposed", "name", "Zoe\u0308 Mu\u0308ller", "Zoë Müller"),
    ("an Arabic name", "name", "محمد الأحمد", "محمد الأحمد"),
    ("a Persian name with a zero-width non-joiner", "name", "مهرداد\u200cزاده", "مهرداد\u200cزاده"),
    (
        "an emoji joined by a ZWJ",
        "note",
        "Danke \U0001f469\u200d\U0001f467",
        "Danke \U0001f469\u200d\U0001f467",
    ),
    ("a note with Windows line breaks", "note", "Zeile 1\r\nZeile 2", "Zeile 1\nZeile 2"),
    (
        "a window that passed while the item waited",
        "time_windows",
        _window(_at(-30), _at(-29.95)),
        "",
    ),
    ("privacy accepted a day ahead (clock skew)", "privacy_accepted_at", _at(1), ""),
]


@pytest.mark.parametrize(
    ("what", "place", "value", "shown"), ACCEPTED, ids=[c[0] for c in ACCEPTED]
)
def test_what_citizens_really_type_is_accepted(
    hostile: HostileOffice, what: str, place: str, value: object, shown: str
) -> None:
    base = callback_payload().model_dump(mode="json")
    with hostile.attack(f"callback accepted: {what}"):
        answer = hostile.send_callback(_mutated(base, place, value))
    assert answer.status_code == 201, answer.text
    if shown:
        page = hostile.staff.get(hostile.url + "/console?status=all&sort=newest", timeout=10).text
        stored = page if place == "name" else _detail_of_newest(hostile)
        assert shown in stored
        assert unicodedata.is_normalized("NFC", shown)


def _detail_of_newest(hostile: HostileOffice) -> str:
    newest = hostile._newest_id("/console?status=all&sort=newest", "/console/requests/")
    return hostile.staff.get(f"{hostile.url}/console/requests/{newest}", timeout=10).text


DOCUMENT_CASES: list[tuple[str, str, object, str]] = [
    ("scanned in the year 9999", "scanned_at", "9999-12-31T23:59:59+00:00", "scanned_at"),
    ("scanned 3 days ahead", "scanned_at", _at(3), "scanned_at"),
    ("scanned in 1999", "scanned_at", "1999-12-31T23:59:59+00:00", "scanned_at"),
    ("2^70 pages", "page_count", 2**70, "page_count"),
    ("pages as true", "page_count", True, "page_count"),
    ("a file of 2^70 bytes", "files.0.size", 2**70, "files.0.size"),
    (
        "a type label with U+0001 (XML forbids it)",
        "document_type_label",
        "Miet\x01vertrag",
        "document_type_label",
    ),
    (
        "a type label with U+FFFE (XML forbids it)",
        "document_type_label",
        "Miet\ufffevertrag",
        "document_type_label",
    ),
    (
        "a type label with a bidi override",
        "document_type_label",
        "\u202eMietvertrag",
        "document_type_label",
    ),
    ("a BG number in Arabic-Indic digits", "bg_number", "١٢٣٤٥BG١٢٣٤٥٦٧", "bg_number"),
    ("a file name that climbs out", "files.0.file_name", "../../etc/passwd", "files.0.file_name"),
    ("a media type other than PDF", "files.0.media_type", "text/html", "files.0.media_type"),
    ("more pages than the PDF has", "page_count", 2, "pages"),
]


@pytest.mark.parametrize(
    ("what", "place", "value", "named"), DOCUMENT_CASES, ids=[c[0] for c in DOCUMENT_CASES]
)
def test_a_document_outside_the_bounds_is_refused_naming_the_field(
    hostile: HostileOffice, what: str, place: str, value: object, named: str
) -> None:
    payload, ref = hostile.document_payload(marker_pdf())
    with hostile.attack(f"document: {what}"):
        body = json.loads(_mutated(payload, place, value))
        envelope = hostile.envelope(body, SubmissionKind.DOCUMENT, attachments=[ref])
        answer = hostile.post_envelope(envelope)
    assert answer.status_code == 422, answer.text
    assert named in answer.json()["detail"], answer.text
    assert "1234567" not in answer.text


ENVELOPE_CASES: list[tuple[str, str, object, str]] = [
    ("created in the year 9999", "created_at", "9999-12-31T23:59:59+00:00", "created_at"),
    (
        "created at year 1 +14:00 (unstorable)",
        "created_at",
        "0001-01-01T00:00:00+14:00",
        "created_at",
    ),
    ("created 3 days ahead", "created_at", _at(3), "created_at"),
    ("created as NaN", "created_at", Raw("NaN"), "created_at"),
    (
        "an attachment of 2^70 bytes",
        "attachments",
        [
            {
                "attachment_id": str(uuid.uuid4()),
                "upload_path": "/api/v1/uploads/x",
                "size": 2**70,
                "sha256": "0" * 64,
            }
        ],
        "attachments.0.size",
    ),
    ("a reference code in Arabic-Indic digits", "reference_code", "٣٤٦-ACD", "reference_code"),
    ("a submission id beyond 128 bits", "submission_id", 2**200, "submission_id"),
]


@pytest.mark.parametrize(
    ("what", "place", "value", "named"), ENVELOPE_CASES, ids=[c[0] for c in ENVELOPE_CASES]
)
def test_an_envelope_outside_the_bounds_is_refused_naming_the_field(
    hostile: HostileOffice, what: str, place: str, value: object, named: str
) -> None:
    envelope = hostile.envelope(callback_payload().model_dump(mode="json"))
    with hostile.attack(f"envelope: {what}"):
        answer = hostile.post_envelope(_mutated(envelope, place, value))
    assert answer.status_code == 422, answer.text
    assert f"{named}:" in answer.json()["detail"], answer.text


def _heartbeat() -> dict[str, Any]:
    return {
        "sent_at": NOW.isoformat(),
        "interval_seconds": 60.0,
        "software_version": "0.1.0",
        "queue": {"items": 0, "bytes": 0},
        "disk_free_bytes": 10**10,
        "disk_total_bytes": 2 * 10**10,
    }


HEARTBEAT_CASES: list[tuple[str, str, object, str]] = [
    ("2^70 queued items", "queue.items", 2**70, "queue.items"),
    ("2^63 queued bytes", "queue.bytes", 2**63, "queue.bytes"),
    ("a negative free disk", "disk_free_bytes", -1, "disk_free_bytes"),
    ("10^400 disk bytes", "disk_total_bytes", Raw("1" + "0" * 400), "disk_total_bytes"),
    ("a queue age of NaN", "queue.oldest_age_seconds", Raw("NaN"), "queue.oldest_age_seconds"),
    (
        "a queue age of Infinity",
        "queue.oldest_age_seconds",
        Raw("Infinity"),
        "queue.oldest_age_seconds",
    ),
    ("a queue age of 1e308", "queue.oldest_age_seconds", 1e308, "queue.oldest_age_seconds"),
    ("an interval of 1e309", "interval_seconds", Raw("1e309"), "interval_seconds"),
    ("sent in the year 9999", "sent_at", "9999-12-31T23:59:59+00:00", "sent_at"),
    ("a last error with a bidi override", "last_error", "HTTP 500\u202e", "last_error"),
    ("a version with NUL", "software_version", "0.1.0\x00", "software_version"),
    ("a config hash that is none", "config_sha256", "zz" * 32, "config_sha256"),
]


@pytest.mark.parametrize(
    ("what", "place", "value", "named"), HEARTBEAT_CASES, ids=[c[0] for c in HEARTBEAT_CASES]
)
def test_a_heartbeat_outside_the_bounds_is_refused_naming_the_field(
    hostile: HostileOffice, what: str, place: str, value: object, named: str
) -> None:
    with hostile.attack(f"heartbeat: {what}"):
        answer = requests.post(
            hostile.url + "/api/v1/heartbeat",
            data=_mutated(_heartbeat(), place, value),
            headers={**hostile.auth(), "Content-Type": "application/json"},
            timeout=10,
        )
    assert answer.status_code == 422, answer.text
    assert f"{named}:" in answer.json()["detail"], answer.text


def test_the_largest_storable_figures_are_accepted_and_shown(hostile: HostileOffice) -> None:
    heartbeat = _heartbeat()
    heartbeat["queue"] = {"items": 2**63 - 1, "bytes": 2**63 - 1, "oldest_age_seconds": 3.1e8}
    with hostile.attack("heartbeat: the largest storable figures"):
        answer = requests.post(
            hostile.url + "/api/v1/heartbeat",
            json=heartbeat,
            headers=hostile.auth(),
            timeout=10,
        )
    assert answer.status_code == 200, answer.text
    assert "9223372036854775807" in hostile.it.get(hostile.url + "/console/fleet", timeout=10).text


@pytest.mark.parametrize(
    ("what", "device_name"),
    [("a bidi override", "Rathaus\u202e1"), ("NUL", "Rathaus\x00"), ("101 characters", "R" * 101)],
)
def test_an_enrollment_outside_the_bounds_is_refused(
    hostile: HostileOffice, what: str, device_name: str
) -> None:
    with hostile.attack(f"enrollment: a device name with {what}"):
        answer = requests.post(
            hostile.url + "/api/v1/enroll",
            json={"token": "bt" + "x" * 40, "device_name": device_name},
            timeout=10,
        )
    assert answer.status_code == 422, answer.text
    assert "device_name:" in answer.json()["detail"]
