"""Schemathesis throws generated requests at a real ``backoffice serve``: never a 5xx.

Runs its CLI against the subprocess, authenticated as an enrolled device so the submission
endpoint is reached past authentication, in every phase: examples, coverage (boundary and
negative values), fuzzing, and stateful sequences. Checks everything except
``positive_data_acceptance``: a schema-valid envelope is still refused when its Idempotency-Key
differs from its submission_id or its sealed payload does not open, which OpenAPI cannot say.
Settings and hooks (412 as tus's refusal; a serializer for tus chunks) are in tests/helpers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import requests

from tests.helpers.backoffice import REPO, BackofficeProcess

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
HELPERS = REPO / "tests" / "helpers"
UPLOAD = "#/paths/~1api~1v1~1uploads~1{upload_id}"


def _with_upload_links(schema: dict[str, Any]) -> dict[str, Any]:
    """The office's OpenAPI with the links a tus client follows: the created upload's
    ``Location`` to HEAD and PATCH, and HEAD's ``Upload-Offset`` to the PATCH that continues.

    The upload id is the last segment of ``Location``, which a standard runtime expression
    cannot cut out; schemathesis's ``#regex:`` extension can, so the links are added here for
    the test rather than into the office's own document.
    """
    upload_id = "$response.header.Location#regex:/([^/]+)$"
    paths = schema["paths"]
    paths["/api/v1/uploads"]["post"]["responses"]["201"]["links"] = {
        "UploadOffset": {"operationRef": f"{UPLOAD}/head", "parameters": {"upload_id": upload_id}},
        "FirstChunk": {
            "operationRef": f"{UPLOAD}/patch",
            "parameters": {"upload_id": upload_id, "header.Upload-Offset": "0"},
        },
    }
    paths["/api/v1/uploads/{upload_id}"]["head"]["responses"]["200"]["links"] = {
        "NextChunk": {
            "operationRef": f"{UPLOAD}/patch",
            "parameters": {
                "upload_id": "$request.path.upload_id",
                "header.Upload-Offset": "$response.header.Upload-Offset",
            },
        }
    }
    return schema


def test_generated_requests_never_cause_server_errors(
    backoffice: BackofficeProcess, tmp_path: Path
) -> None:
    device = backoffice.enroll()
    schema = requests.get(backoffice.url + "/openapi.json", timeout=10).json()
    schema_file = tmp_path / "openapi.json"
    schema_file.write_text(json.dumps(_with_upload_links(schema)))
    result = subprocess.run(
        [
            str(SCHEMATHESIS),
            "--config-file",
            str(HELPERS / "schemathesis.toml"),
            "run",
            str(schema_file),
            "--url",
            backoffice.url,
            "--phases",
            "examples,coverage,fuzzing,stateful",
            "--mode",
            "all",
            "--max-examples",
            "60",
            "--seed",
            "20251121",
            "--request-timeout",
            "10",
            "--header",
            f"Authorization: Bearer {device.device_token}",
            # As every tus client sends it (without, the uploads answer 412 before anything).
            "--header",
            "Tus-Resumable: 1.0.0",
            "--report-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=tmp_path,  # schemathesis keeps its example database in the working folder
        env={**os.environ, "SCHEMATHESIS_HOOKS": str(HELPERS / "schemathesis_hooks.py")},
    )
    (tmp_path / "schemathesis.out").write_text(result.stdout)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    # The stateful phase ran and followed every upload link (created → HEAD → PATCH).
    assert "API Links:    3 covered / 3 selected" in result.stdout, result.stdout[-3000:]
    assert "unexpected" not in backoffice.log_text()
