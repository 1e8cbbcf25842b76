"""Schemathesis hooks (``SCHEMATHESIS_HOOKS``) for test_backoffice_schemathesis.py.

A tus chunk (``PATCH /api/v1/uploads/{id}``) is raw bytes sent as
``application/offset+octet-stream``, a media type schemathesis has no serializer for: it is
serialized like ``application/octet-stream``.
"""

from __future__ import annotations

import schemathesis

schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")
