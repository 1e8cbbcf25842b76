"""tus 1.0 core, creation and checksum, request by request: what every MUST of the protocol asks
of a server, including the answers a standard client reads when something is refused (a stolen
terminal's token sending what tuspy or tus-js-client would never send)."""

from __future__ import annotations

import base64
import hashlib

import pytest
import requests

from tests.helpers.hostile import HostileOffice
from tests.helpers.raw_http import chunked, repeated, send

TUS = {"Tus-Resumable": "1.0.0"}
CHUNK = {**TUS, "Content-Type": "application/offset+octet-stream"}
MB = 1024 * 1024


def _create(hostile: HostileOffice, length: int, **headers: str) -> requests.Response:
    return requests.post(
        hostile.url + "/api/v1/uploads",
        headers={**hostile.auth(), **TUS, "Upload-Length": str(length), **headers},
        timeout=10,
    )


def _head(hostile: HostileOffice, path: str) -> requests.Response:
    return requests.head(hostile.url + path, headers={**hostile.auth(), **TUS}, timeout=10)


def _patch(
    hostile: HostileOffice, path: str, offset: int, data: bytes, **headers: str
) -> requests.Response:
    return requests.patch(
        hostile.url + path,
        data=data,
        headers={**hostile.auth(), **CHUNK, "Upload-Offset": str(offset), **headers},
        timeout=10,
    )


def test_options_announces_version_extensions_size_and_checksum(hostile: HostileOffice) -> None:
    answer = requests.options(hostile.url + "/api/v1/uploads", timeout=10)
    assert answer.status_code in (200, 204)
    assert answer.headers["Tus-Version"] == "1.0.0"
    assert set(answer.headers["Tus-Extension"].split(",")) == {"creation", "checksum"}
    assert int(answer.headers["Tus-Max-Size"]) > 0
    assert "sha1" in answer.headers["Tus-Checksum-Algorithm"].split(",")


def test_a_missing_or_other_version_is_412_naming_the_version_spoken(
    hostile: HostileOffice,
) -> None:
    upload = _create(hostile, 10).headers["Location"]
    for version in (None, "0.2.2", "", "1.0.0, 2.0.0"):
        headers = {"Tus-Resumable": version} if version is not None else {}
        base = {**hostile.auth(), "Upload-Offset": "0"}
        for method, path, extra in (
            ("POST", "/api/v1/uploads", {"Upload-Length": "10"}),
            ("HEAD", upload, {}),
            ("PATCH", upload, {"Content-Type": CHUNK["Content-Type"]}),
        ):
            answer = requests.request(
                method,
                hostile.url + path,
                data=b"0123" if method == "PATCH" else None,
                headers={**base, **extra, **headers},
                timeout=10,
            )
            assert answer.status_code == 412, (method, version, answer.status_code)
            assert answer.headers["Tus-Version"] == "1.0.0", (method, version)
    assert _head(hostile, upload).headers["Upload-Offset"] == "0"  # nothing was written


def test_every_refusal_still_says_tus_resumable(hostile: HostileOffice) -> None:
    upload = _create(hostile, 10).headers["Location"]
    refusals = {
        "401": requests.post(
            hostile.url + "/api/v1/uploads", headers={**TUS, "Upload-Length": "1"}, timeout=10
        ),
        "422 length": _create(hostile, -1),
        "413 length": _create(hostile, 2**62),
        "404 head": _head(hostile, "/api/v1/uploads/nichtda"),
        "404 patch": _patch(hostile, "/api/v1/uploads/nichtda", 0, b"x"),
        "409": _patch(hostile, upload, 5, b"x"),
        "415": _patch(hostile, upload, 0, b"x", **{"Content-Type": "application/json"}),
        "460": _patch(hostile, upload, 0, b"x", **{"Upload-Checksum": "sha1 " + "A" * 28}),
    }
    for what, answer in refusals.items():
        assert str(answer.status_code) == what.split()[0], (what, answer.status_code)
        assert answer.headers.get("Tus-Resumable") == "1.0.0", what


def test_head_tells_offset_length_and_metadata_and_is_never_cached(
    hostile: HostileOffice,
) -> None:
    metadata = "filename " + base64.b64encode(b"Mietvertrag.pdf").decode() + ",is_confidential"
    upload = _create(hostile, 10, **{"Upload-Metadata": metadata}).headers["Location"]
    assert _patch(hostile, upload, 0, b"01234").headers["Upload-Offset"] == "5"
    head = _head(hostile, upload)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["Upload-Offset"] == "5" and head.headers["Upload-Length"] == "10"
    assert head.headers["Upload-Metadata"] == metadata
    assert head.headers["Cache-Control"] == "no-store"
    unknown = _head(hostile, "/api/v1/uploads/nichtda")
    assert unknown.status_code == 404 and "Upload-Offset" not in unknown.headers


def _sha1(data: bytes) -> str:
    """``Upload-Checksum`` as tus's checksum extension spells it (SHA-1 is what it names)."""
    return "sha1 " + base64.b64encode(hashlib.sha1(data, usedforsecurity=False).digest()).decode()


def test_a_checksum_that_fails_keeps_nothing_and_the_right_one_is_taken(
    hostile: HostileOffice,
) -> None:
    upload = _create(hostile, 10).headers["Location"]
    wrong = _patch(hostile, upload, 0, b"0123456789", **{"Upload-Checksum": _sha1(b"other")})
    assert wrong.status_code == 460
    assert _head(hostile, upload).headers["Upload-Offset"] == "0"
    unknown = _patch(hostile, upload, 0, b"0123456789", **{"Upload-Checksum": "md5 AAAA"})
    assert unknown.status_code == 400
    taken = _patch(hostile, upload, 0, b"0123456789", **{"Upload-Checksum": _sha1(b"0123456789")})
    assert taken.status_code == 204 and taken.headers["Upload-Offset"] == "10"


def test_an_empty_upload_is_complete_at_once(hostile: HostileOffice) -> None:
    created = _create(hostile, 0)
    assert created.status_code == 201
    head = _head(hostile, created.headers["Location"])
    assert head.headers["Upload-Offset"] == "0" and head.headers["Upload-Length"] == "0"


def test_empty_patches_change_nothing_and_block_nothing(hostile: HostileOffice) -> None:
    """An empty PATCH is a valid request (a client probing, or one whose body got lost): it
    moves nothing, twice in a row as well, and the real bytes after it are still taken."""
    with hostile.attack("empty PATCHes, then the upload"):
        empty = _create(hostile, 0).headers["Location"]
        upload = _create(hostile, 10).headers["Location"]
        for path in (empty, empty, upload, upload):
            answer = _patch(hostile, path, 0, b"")
            assert answer.status_code == 204 and answer.headers["Upload-Offset"] == "0"
        assert _patch(hostile, upload, 0, b"01234").headers["Upload-Offset"] == "5"
        assert _patch(hostile, upload, 5, b"").headers["Upload-Offset"] == "5"
        assert _patch(hostile, upload, 5, b"56789").headers["Upload-Offset"] == "10"
        assert _head(hostile, upload).headers["Upload-Offset"] == "10"


@pytest.mark.parametrize("framing", ["length", "chunked"])
def test_a_patch_past_upload_length_is_refused_while_it_arrives(
    hostile: HostileOffice, framing: str
) -> None:
    """60 MB sent to an upload of 1 MB: refused once the 1 MB is passed (chunked) or at once
    (declared), the body never read to its end, and nothing of it taken."""
    upload = _create(hostile, MB).headers["Location"]
    size = 60 * MB
    headers = {**hostile.auth(), **CHUNK, "Upload-Offset": "0"}
    if framing == "chunked":
        headers["Transfer-Encoding"] = "chunked"
        body = chunked(repeated(b"x" * MB, size))
    else:
        headers["Content-Length"] = str(size)
        body = repeated(b"x" * MB, size)
    with hostile.attack(f"tus PATCH: 60 MB to an upload of 1 MB ({framing})"):
        answer = send(hostile.url, "PATCH", upload, headers, body)
    assert answer.status == 413 and answer.body_bytes_sent < size
    assert answer.headers.get("tus-resumable") == "1.0.0"
    assert _head(hostile, upload).headers["Upload-Offset"] == "0"
    assert _patch(hostile, upload, 0, b"x" * MB).headers["Upload-Offset"] == str(MB)
