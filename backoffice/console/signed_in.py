"""Who is signed in: the one way from a request's cookies to a staff member, used by the
console's pages, the fleet page and the call page with its signaling socket.

The signed cookie must be valid, unexpired and not logged out (``SessionSigner.read``), and
its staff account must still exist.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from sqlalchemy.orm import Session, sessionmaker

from backoffice.console.session import SESSION_COOKIE, SessionSigner, StaffSession
from backoffice.storage.models import StaffUser


class SignedIn(NamedTuple):
    session: StaffSession
    user: StaffUser


def signed_in_staff(
    signer: SessionSigner, sessions: sessionmaker[Session], cookies: Mapping[str, str]
) -> SignedIn | None:
    session = signer.read(cookies.get(SESSION_COOKIE))
    if session is None:
        return None
    with sessions() as db:
        user = db.get(StaffUser, session.user_id)
    return None if user is None else SignedIn(session, user)
