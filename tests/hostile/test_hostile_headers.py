"""Security headers on every response: API answers and refusals, pages, static files, the call
page, previews, downloads, 404s. Only the call page may use camera and microphone; pages with
personal data are never stored by a browser; no policy allows inline script or style."""

from __future__ import annotations

import pytest
import requests

from tests.helpers.hostile import HostileOffice

EVERYWHERE = {
    "x-content-type-options": "nosniff",
    "referrer-policy": ("no-referrer", "same-origin"),
    "x-frame-options": "DENY",
}


def _responses(hostile: HostileOffice) -> dict[str, requests.Response]:
    url, staff = hostile.url, hostile.staff
    document = hostile.good_document
    return {
        "health": requests.get(url + "/api/v1/health", timeout=10),
        "401 from the gate": requests.post(url + "/api/v1/heartbeat", json={}, timeout=10),
        "422": requests.post(
            url + "/api/v1/heartbeat", json={}, headers=hostile.auth(), timeout=10
        ),
        "413": requests.post(url + "/api/v1/enroll", data=b"x" * 10_000, timeout=10),
        "tus OPTIONS": requests.options(url + "/api/v1/uploads", timeout=10),
        "openapi": requests.get(url + "/openapi.json", timeout=10),
        "metrics": requests.get(url + "/metrics", timeout=10),
        "login page": requests.get(url + "/console/login", timeout=10),
        "inbox": staff.get(url + "/console", timeout=10),
        "request": staff.get(f"{url}/console/requests/{hostile.good_callback}", timeout=10),
        "documents": staff.get(url + "/console/documents", timeout=10),
        "preview": staff.get(f"{url}/console/documents/{document}/preview.png", timeout=10),
        "download": staff.get(f"{url}/console/documents/{document}/file", timeout=10),
        "404 page": staff.get(url + "/console/requests/99999", timeout=10),
        "404 route": staff.get(url + "/console/nowhere", timeout=10),
        "fleet": hostile.it.get(url + "/console/fleet", timeout=10),
        "call page": staff.get(url + "/console/call", timeout=10),
        "console.css": requests.get(url + "/console/static/console.css", timeout=10),
        "call.js": requests.get(url + "/console/call/call.js", timeout=10),
        "fleet.css": requests.get(url + "/console/fleet/fleet.css", timeout=10),
    }


@pytest.fixture(scope="module")
def responses(hostile: HostileOffice) -> dict[str, requests.Response]:
    return _responses(hostile)


def test_every_response_carries_the_security_headers(
    responses: dict[str, requests.Response],
) -> None:
    for what, answer in responses.items():
        for name, wanted in EVERYWHERE.items():
            value = answer.headers.get(name)
            assert value in (wanted if isinstance(wanted, tuple) else (wanted,)), (
                what,
                name,
                value,
            )
        policy = answer.headers.get("content-security-policy", "")
        assert "frame-ancestors 'none'" in policy, (what, policy)
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, (what, policy)
        assert answer.headers.get("x-request-id"), what


def test_only_the_call_page_may_use_camera_and_microphone(
    responses: dict[str, requests.Response],
) -> None:
    for what, answer in responses.items():
        permissions = answer.headers["permissions-policy"]
        if what == "call page":
            assert "camera=(self)" in permissions and "microphone=(self)" in permissions
        else:
            assert "camera=()" in permissions and "microphone=()" in permissions, what


def test_nothing_with_personal_data_is_stored_by_a_browser(
    responses: dict[str, requests.Response],
) -> None:
    static = {"console.css", "call.js", "fleet.css"}
    for what, answer in responses.items():
        caching = answer.headers["cache-control"]
        if what in static:
            assert caching.startswith("private, max-age="), (what, caching)
        else:
            assert caching == "no-store", (what, caching)
