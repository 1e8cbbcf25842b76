"""Console sessions ended by logging out, so their cookies stop working at once everywhere
(console pages, the fleet page, the call page's signaling)."""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.clock import Clock
from backoffice.console.session import SessionSigner, StaffSession
from backoffice.context import OfficeContext
from backoffice.storage.models import EndedConsoleSession


def _token_hash(session: StaffSession) -> str:
    return hashlib.sha256(session.csrf_token.encode()).hexdigest()


class EndedSessions:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, max_age_seconds: int) -> None:
        self._sessions = sessions
        self._clock = clock
        self._max_age = dt.timedelta(seconds=max_age_seconds)

    def end(self, session: StaffSession) -> None:
        now = self._clock.now()
        try:
            with self._sessions.begin() as db:
                # Entries whose cookies have expired by now protect nothing: forget them.
                db.execute(
                    delete(EndedConsoleSession).where(EndedConsoleSession.forget_after < now)
                )
                if db.get(EndedConsoleSession, _token_hash(session)) is None:
                    db.add(
                        EndedConsoleSession(
                            token_hash=_token_hash(session),
                            ended_at=now,
                            forget_after=now + self._max_age,
                        )
                    )
        except IntegrityError:
            pass  # a second logout of the same session at the same moment: it is ended already

    def is_ended(self, session: StaffSession) -> bool:
        with self._sessions() as db:
            return db.get(EndedConsoleSession, _token_hash(session)) is not None


def console_sessions(context: OfficeContext) -> tuple[SessionSigner, EndedSessions]:
    """The office's session signer, refusing ended sessions, and the list it asks."""
    max_age = context.settings.session_hours * 3600
    ended = EndedSessions(context.sessions, context.clock, max_age)
    return SessionSigner(context.session_secret, max_age, ended.is_ended), ended
