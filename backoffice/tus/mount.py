"""Wires the uploads router into the office's app, with a clean-up at start and once a day."""

from __future__ import annotations

import logging

from fastapi import FastAPI

from backoffice.context import OfficeContext
from backoffice.periodic import run_periodically
from backoffice.tus.router import uploads_router
from backoffice.tus.store import UPLOAD_DIR_NAME, UploadStore

log = logging.getLogger(__name__)

CLEANUP_INTERVAL_SECONDS = 24 * 3600


def upload_store(context: OfficeContext) -> UploadStore:
    return UploadStore(context.sessions, context.data_dir / UPLOAD_DIR_NAME, context.clock)


def mount_uploads(app: FastAPI, context: OfficeContext) -> None:
    store = upload_store(context)
    app.include_router(uploads_router(store, context.settings.upload_max_bytes))
    keep_days = context.settings.partial_upload_days
    run_periodically(
        app,
        lambda: store.cleanup(keep_days),
        CLEANUP_INTERVAL_SECONDS,
        log,
        "upload clean-up",
    )
