"""Wires the uploads router into the office's app, with a clean-up at start and once a day."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI

from backoffice.context import OfficeContext
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
    inner = app.router.lifespan_context

    async def clean_daily() -> None:
        while True:
            try:
                await asyncio.to_thread(store.cleanup, keep_days)
            except Exception as exc:
                log.error("upload clean-up failed: %s", type(exc).__name__)
            await asyncio.sleep(CLEANUP_INTERVAL_SECONDS)

    @contextlib.asynccontextmanager
    async def lifespan(application: FastAPI) -> AsyncIterator[Any]:
        task = asyncio.create_task(clean_daily())
        try:
            async with inner(application) as state:
                yield state
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app.router.lifespan_context = lifespan
