"""Who is signed in, and what they may open: the one way from a request's cookies to a member
of staff with their roles, used by the console's pages, the fleet page and the call page with
its signaling socket.

The signed cookie must be valid, unexpired and not logged out (``SessionSigner.read``), and
its staff account must still exist. Roles (``config.console.ConsoleRole``; one person may hold
several, and a person who needs two tasks gets both roles):

- caseworker: callback requests, documents, the search, and video calls (:data:`ANSWERS_CALLS`:
  the call page and its signaling socket; a caller is a citizen whom staff see and hear);
- it: the fleet of terminals, and nothing of citizens;
- lead: the figures (counts only);
- data_protection: the access log;
- interpreter: the call page, to join the calls they are invited to (:data:`JOINS_CALLS`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from sqlalchemy.orm import Session, sessionmaker

from backoffice.console.session import SESSION_COOKIE, SessionSigner, StaffSession
from backoffice.storage.models import StaffRole, StaffUser

# The role that answers the cabins' video calls.
ANSWERS_CALLS = StaffRole.CASEWORKER
# The role that joins calls as an interpreter (never rung for a citizen's call).
JOINS_CALLS = StaffRole.INTERPRETER

# Where each role starts after logging in, in this order of preference.
LANDING = (
    (StaffRole.CASEWORKER, "/console"),
    (StaffRole.IT, "/console/fleet"),
    (StaffRole.LEAD, "/console/figures"),
    (StaffRole.DATA_PROTECTION, "/console/access-log"),
    (StaffRole.INTERPRETER, "/console/call"),
)


class SignedIn(NamedTuple):
    session: StaffSession
    user: StaffUser

    @property
    def csrf_token(self) -> str:
        return self.session.csrf_token

    def holds(self, role: StaffRole) -> bool:
        return self.user.has_role(role)


def signed_in_staff(
    signer: SessionSigner, sessions: sessionmaker[Session], cookies: Mapping[str, str]
) -> SignedIn | None:
    session = signer.read(cookies.get(SESSION_COOKIE))
    if session is None:
        return None
    with sessions() as db:
        user = db.get(StaffUser, session.user_id)
    return None if user is None else SignedIn(session, user)


ACCOUNT_PAGE = "/console/account"


def landing(user: StaffUser) -> str:
    return next((url for role, url in LANDING if user.has_role(role)), ACCOUNT_PAGE)
