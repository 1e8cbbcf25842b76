"""What intake writes beside a new request or document so staff can find and route it: the
search keys (``search_keys``), the name's words, the team, the first wished window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from backoffice.console.search_keys import bg_key, name_tokens, reference_key
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.models import CallbackRequest
from backoffice.storage.work_models import NameToken
from config.console import ConsoleSettings


def earliest_start(windows: Iterable[dict[str, Any]]) -> dt.datetime | None:
    starts = [dt.datetime.fromisoformat(str(w["start"])).astimezone(dt.UTC) for w in windows]
    return min(starts) if starts else None


def index_callback(
    session: Session, request: CallbackRequest, device_id: Any, settings: ConsoleSettings
) -> None:
    """Fills the search and routing columns of a new request and adds its name's words;
    ``request`` must have its id (flushed)."""
    request.device_id = device_id
    request.team = settings.team_for_concern(request.concern_id)
    request.search_reference = reference_key(request.reference_code) or ""
    request.search_bg = bg_key(request.bg_number or "") or ""
    request.first_window_start = earliest_start(request.time_windows)
    # Never empty, so keyset paging by it needs no NULL rules (they differ between databases).
    request.due_at = request.first_window_start or request.received_at
    request.failed_attempts = 0
    request.attempts = 0
    if not settings.teams.get(request.team, None) or not settings.teams[request.team].mail:
        request.team_notified_at = request.received_at  # no mailbox: nothing to announce
    session.add_all(NameToken(token=t, request_id=request.id) for t in name_tokens(request.name))


def index_document(document: ReceivedDocument, settings: ConsoleSettings) -> None:
    document.team = settings.team_for_document_type(document.document_type_id)
    document.search_reference = reference_key(document.reference_code) or ""
    document.search_bg = bg_key(document.bg_number or "") or ""
    if not settings.teams.get(document.team, None) or not settings.teams[document.team].mail:
        document.team_notified_at = document.received_at


def reroute(session: Session, settings: ConsoleSettings) -> None:
    """Puts open work in the team the current settings name (they may have changed)."""
    for team_id, team in settings.teams.items():
        if team.concerns:
            session.execute(
                update(CallbackRequest)
                .where(CallbackRequest.concern_id.in_(team.concerns))
                .where(CallbackRequest.team != team_id)
                .values(team=team_id)
            )
        if team.document_types:
            session.execute(
                update(ReceivedDocument)
                .where(ReceivedDocument.document_type_id.in_(team.document_types))
                .where(ReceivedDocument.team != team_id)
                .values(team=team_id)
            )
