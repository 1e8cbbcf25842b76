"""Signed session cookies and CSRF tokens for the console (itsdangerous).

The cookie holds only the staff user's id and the session's CSRF token, signed with the
data folder's session secret; it expires after ``session_hours``. The only server state is
the list of sessions ended by logging out (``is_ended``), so a copied cookie dies with them.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

SESSION_COOKIE = "bt_session"
LOGIN_CSRF_COOKIE = "bt_login_csrf"


@dataclass(frozen=True)
class StaffSession:
    user_id: int
    csrf_token: str


class SessionSigner:
    def __init__(
        self,
        secret: str,
        max_age_seconds: int,
        is_ended: Callable[[StaffSession], bool] = lambda _session: False,
    ) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="bt-console-session")
        self.max_age_seconds = max_age_seconds
        self._is_ended = is_ended

    def issue(self, user_id: int) -> tuple[str, StaffSession]:
        session = StaffSession(user_id=user_id, csrf_token=secrets.token_urlsafe(24))
        cookie = self._serializer.dumps({"uid": user_id, "csrf": session.csrf_token})
        return cookie, session

    def read(self, cookie: str | None) -> StaffSession | None:
        if not cookie:
            return None
        try:
            data = self._serializer.loads(cookie, max_age=self.max_age_seconds)
        except BadSignature:  # also covers SignatureExpired
            return None
        if not isinstance(data, dict):
            return None
        user_id, csrf = data.get("uid"), data.get("csrf")
        if not isinstance(user_id, int) or not isinstance(csrf, str):
            return None
        session = StaffSession(user_id=user_id, csrf_token=csrf)
        return None if self._is_ended(session) else session


def new_csrf_token() -> str:
    return secrets.token_urlsafe(24)


def tokens_match(expected: str | None, given: str | None) -> bool:
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())
