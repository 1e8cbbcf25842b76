"""Bearer and enrollment tokens: high entropy when issued, only their SHA-256 ever stored."""

from __future__ import annotations

import hashlib
import secrets


def new_token() -> str:
    # token_urlsafe may start with "-", which command lines read as an option
    # (`kiosk enroll URL -abc…` failed): a fixed letter prefix rules that out.
    return "bt" + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
