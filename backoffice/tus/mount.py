"""Wires the uploads router into the office's app, with a clean-up once a day (in the whole
cluster, not per worker)."""

from __future__ import annotations

import datetime as dt
import logging

from fastapi import FastAPI

from backoffice.context import OfficeContext
from backoffice.periodic import run_periodically
from backoffice.storage.cluster_jobs import once_per_cluster
from backoffice.tus.router import uploads_router
from backoffice.tus.store import UPLOAD_DIR_NAME, UploadStore

log = logging.getLogger(__name__)

CLEANUP_INTERVAL = dt.timedelta(days=1)
# Each worker looks this often whether the daily clean-up is due; one in the cluster runs it.
CLEANUP_POLL_SECONDS = 600.0


def upload_store(context: OfficeContext) -> UploadStore:
    return UploadStore(context.sessions, context.data_dir / UPLOAD_DIR_NAME, context.clock)


def mount_uploads(app: FastAPI, context: OfficeContext) -> None:
    store = upload_store(context)
    app.include_router(uploads_router(store, context.settings.upload_max_bytes))
    keep_days = context.settings.partial_upload_days
    cleanup = once_per_cluster(
        context.sessions,
        context.clock,
        "upload clean-up",
        CLEANUP_INTERVAL,
        lambda: store.cleanup(keep_days),
    )
    run_periodically(app, cleanup, CLEANUP_POLL_SECONDS, log, "upload clean-up")
