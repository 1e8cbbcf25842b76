"""Runs the e-file hand-over inside ``backoffice serve``: every few seconds, due documents go
to the configured adapter (the hotfolder). A slow e-file never blocks the API: the hand-over
runs in a worker thread."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI

from backoffice.attachments import open_attachment
from backoffice.context import OfficeContext
from backoffice.efile.dispatch import EfileDispatcher
from backoffice.efile.hotfolder import HotfolderAdapter
from backoffice.periodic import run_periodically

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0


def hotfolder_path(context: OfficeContext) -> Path:
    return context.settings.efile_hotfolder or context.data_dir / "efile-hotfolder"


def efile_dispatcher(context: OfficeContext) -> EfileDispatcher:
    return EfileDispatcher(
        context.sessions,
        HotfolderAdapter(hotfolder_path(context)),
        lambda device, submission, attachment: open_attachment(
            context.data_dir, device, submission, attachment
        ),
        context.clock,
        context.settings.office_name,
        context.settings.efile_retry_seconds,
    )


def mount_efile(app: FastAPI, context: OfficeContext) -> None:
    run_periodically(app, efile_dispatcher(context).run_once, POLL_SECONDS, log, "e-file hand-over")
