"""Schemathesis throws generated requests at a real ``backoffice serve``: never a 5xx.

Runs its CLI against the subprocess, authenticated as an enrolled device so the submission
endpoint is reached past authentication. Checks everything except
``positive_data_acceptance``: a schema-valid envelope is still refused when its Idempotency-Key
differs from its submission_id or its sealed payload does not open, which OpenAPI cannot say.
Settings and hooks (412 as tus's refusal; a serializer for tus chunks) are in tests/helpers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.backoffice import REPO, BackofficeProcess

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
HELPERS = REPO / "tests" / "helpers"


def test_generated_requests_never_cause_server_errors(
    backoffice: BackofficeProcess, tmp_path: Path
) -> None:
    device = backoffice.enroll()
    result = subprocess.run(
        [
            str(SCHEMATHESIS),
            "--config-file",
            str(HELPERS / "schemathesis.toml"),
            "run",
            backoffice.url + "/openapi.json",
            "--checks",
            "all",
            "--exclude-checks",
            "positive_data_acceptance",
            "--max-examples",
            "25",
            "--seed",
            "20251121",
            "--request-timeout",
            "10",
            "--header",
            f"Authorization: Bearer {device.device_token}",
            "--report-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=tmp_path,  # schemathesis keeps its example database in the working folder
        env={**os.environ, "SCHEMATHESIS_HOOKS": str(HELPERS / "schemathesis_hooks.py")},
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "unexpected" not in backoffice.log_text()
