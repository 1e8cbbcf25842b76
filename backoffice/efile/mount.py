"""Runs the e-file hand-over inside ``backoffice serve``: every few seconds, due documents go
to the configured adapter (the hotfolder), and copies the e-file has held long enough are
removed. A slow e-file never blocks the API: both jobs run in worker threads."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from fastapi import FastAPI

from backoffice.attachments import attachment_path, open_attachment
from backoffice.context import OfficeContext
from backoffice.efile.dispatch import EfileDispatcher
from backoffice.efile.hotfolder import HotfolderAdapter
from backoffice.efile.retention import HandedOverCopies
from backoffice.periodic import run_periodically

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0
# The retention query is cheap (no file is touched unless one is due), and a short period keeps
# "0 days" meaning right after the hand-over.
RETENTION_POLL_SECONDS = 5.0


def hotfolder_path(context: OfficeContext) -> Path:
    return context.settings.efile_hotfolder or context.data_dir / "efile-hotfolder"


def efile_dispatcher(context: OfficeContext) -> EfileDispatcher:
    return EfileDispatcher(
        context.sessions,
        HotfolderAdapter(hotfolder_path(context)),
        functools.partial(open_attachment, context.data_dir),
        context.clock,
        context.settings.office_name,
        context.settings.efile_retry_seconds,
    )


def handed_over_copies(context: OfficeContext) -> HandedOverCopies:
    return HandedOverCopies(
        context.sessions,
        functools.partial(attachment_path, context.data_dir),
        context.clock,
        context.settings.efile_keep_after_handover_days,
        forget_hand_over=HotfolderAdapter(hotfolder_path(context)).forget,
    )


def mount_efile(app: FastAPI, context: OfficeContext) -> None:
    run_periodically(app, efile_dispatcher(context).run_once, POLL_SECONDS, log, "e-file hand-over")
    run_periodically(
        app,
        handed_over_copies(context).run_once,
        RETENTION_POLL_SECONDS,
        log,
        "removing handed-over copies",
    )
