"""Errors never carry personal data: every route gets hostile values holding a citizen's marker
data (name, phone, note, BG number) in its path, query, headers, cookies and body, with a
terminal's token and with a staff session; sealed payloads with marker data are refused for bad
fields; one request ends in a 500; a damaged record is shown. Then the backoffice's whole
output (its log, uvicorn's lines and the access lines, stdout and stderr) holds none of it,
while its database does (so the search finds what is there).
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
from pathlib import Path
from urllib.parse import quote

import requests

from backoffice.api.app import create_app
from backoffice.context import open_office
from backoffice.gate.policy import known_routes
from config import BackofficeSettings
from tests.helpers.backoffice import _executable, callback_payload
from tests.helpers.hostile import HostileOffice
from tests.helpers.reliability_leaks import find_leaks

NAME = "Zebulon Märkerfrau-Quistorp"
PHONE = "+4915112349876"
NOTE = "Bitte nach 10 Uhr, Notiz-Marker-7731"
BG = "98765BG7654321"
# What is searched for: parts that survive any encoding a log line could apply.
MARKERS = ["Quistorp", "Märkerfrau", "M%C3%A4rkerfrau", "2349876", "Notiz-Marker-7731", "7654321"]
HOSTILE = f"{NAME} {PHONE} {NOTE} {BG}"


def _routes(folder: Path) -> list[tuple[str, str]]:
    """Every route the office serves, from the app itself."""
    subprocess.run(
        [str(_executable()), "init", "--data", str(folder)], check=True, capture_output=True
    )
    context = open_office(folder, BackofficeSettings())
    try:
        return known_routes(create_app(context).routes)
    finally:
        context.engine.dispose()


def _every_route_gets_hostile_values(hostile: HostileOffice, routes: list[tuple[str, str]]) -> int:
    sent = 0
    for method, template in routes:
        path = re.sub(r"\{[^}]+\}", quote(f"{NAME}-{PHONE}"), template).replace(":path}", "")
        query = f"?q={quote(HOSTILE)}&status={quote(NAME)}&before={quote(PHONE)}"
        for who in ("terminal", "staff"):
            session = hostile.staff if who == "staff" else requests.Session()
            headers = {
                "Idempotency-Key": f"{NAME}-{PHONE}",
                "Upload-Metadata": "filename " + base64.b64encode(NAME.encode()).decode(),
                "Upload-Length": PHONE.lstrip("+"),
                "Upload-Offset": NAME,
                "Tus-Resumable": NOTE,
                "Content-Type": "application/json",
                "X-Forwarded-For": NAME,
                "Referer": f"https://example.org/{quote(NAME)}",
                "User-Agent": HOSTILE,
            }
            if who == "terminal":
                headers |= hostile.auth()
            body = json.dumps({"name": NAME, "phone_e164": PHONE, "note": NOTE, "bg_number": BG})
            real = "GET" if method == "*" else method
            session.request(
                real, hostile.url + path + query, data=body.encode(), headers=headers, timeout=10
            )
            if real == "POST":  # and the same as a form, for the console's
                session.post(
                    hostile.url + path,
                    data={"username": NAME, "password": PHONE, "csrf_token": NOTE, "text": BG},
                    timeout=10,
                )
            sent += 1
    return sent


def test_no_personal_data_reaches_any_log(hostile: HostileOffice, tmp_path: Path) -> None:
    routes = _routes(tmp_path / "routes")
    assert len(routes) > 25
    with hostile.attack("personal data at every route"):
        assert _every_route_gets_hostile_values(hostile, routes) == 2 * len(routes)

        # Sealed payloads with marker data, refused for a field (bidi in the name, digits).
        for changes in (
            {"name": NAME + "\u202e", "note": NOTE},
            {"name": NAME, "phone_e164": "+٤٩" + PHONE[3:]},
            {"name": NAME, "bg_number": BG.replace("9", "٩")},
            {"note": NOTE + "\x00", "name": NAME},
        ):
            payload = callback_payload(name="Placeholder").model_dump(mode="json") | changes
            assert hostile.send_callback(payload).status_code == 422
        assert hostile.send_callback(f"not json {HOSTILE}".encode()).status_code == 422

        # Accepted with marker data: stored, and logged by reference code only.
        accepted = callback_payload(name=NAME, phone_e164=PHONE, note=NOTE, bg_number=BG)
        assert hostile.send_callback(accepted.model_dump(mode="json")).status_code == 201

        # A heartbeat with marker text where IT reads errors.
        beat = {
            "sent_at": "2026-12-01T10:00:00+00:00",
            "interval_seconds": 60.0,
            "software_version": NAME,
            "queue": {"items": 1, "bytes": 1},
            "disk_free_bytes": 1,
            "disk_total_bytes": 2,
            "last_error": HOSTILE,
        }
        answer = requests.post(
            hostile.url + "/api/v1/heartbeat", json=beat, headers=hostile.auth(), timeout=10
        )
        assert answer.status_code == 200
        assert hostile.it.get(hostile.url + "/console/fleet", timeout=10).status_code == 200

        # A 500: the office cannot make the folder for this terminal's documents.
        blocker = hostile.office.data_dir / "attachments" / str(hostile.device.device_id)
        kept = blocker.with_name(blocker.name + ".kept")
        blocker.rename(kept)
        blocker.write_text("in the way")
        try:
            failed = hostile.send_document(b"%PDF-" + HOSTILE.encode(), bg_number=BG)
        finally:
            blocker.unlink()
            kept.rename(blocker)
        assert failed.status_code == 500
        request_id = failed.headers["X-Request-Id"]
        assert request_id in failed.json()["detail"]

    log = hostile.office.log_text()
    leaks = [marker for marker in MARKERS if marker in log]
    assert not leaks, f"personal data in the backoffice's output: {leaks}"
    assert re.search(rf"request {request_id}: unexpected \w+Error on POST /api/v1/submissions", log)
    assert "Traceback" not in log
    assert "GET /console/requests/{request_id}" in log  # the access lines name routes
    # The search finds what is there: the database holds the accepted request's data.
    assert find_leaks(hostile.office.data_dir, ["Quistorp", "2349876"])


def test_a_refusal_names_fields_and_never_echoes_values(hostile: HostileOffice) -> None:
    envelope = hostile.envelope(callback_payload().model_dump(mode="json"))
    envelope[NAME] = PHONE  # a key the sender made up is its value too
    envelope["reference_code"] = NAME
    envelope["submission_id"] = f"{NAME}{PHONE}"
    with hostile.attack("a refusal of values holding personal data"):
        answer = hostile.post_envelope(envelope)
    assert answer.status_code == 422
    assert not [marker for marker in MARKERS if marker in answer.text], answer.text
    assert "reference_code:" in answer.json()["detail"]
    assert "?:" in answer.json()["detail"]  # the made-up key, unnamed
