"""Runs the e-file hand-over inside ``backoffice serve``: every few seconds, due documents go
to the configured adapter (the hotfolder). A slow e-file never blocks the API: the hand-over
runs in a worker thread."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from backoffice.attachments import open_attachment
from backoffice.context import OfficeContext
from backoffice.efile.dispatch import EfileDispatcher
from backoffice.efile.hotfolder import HotfolderAdapter

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
    dispatcher = efile_dispatcher(context)
    inner = app.router.lifespan_context

    async def hand_over() -> None:
        while True:
            try:
                await asyncio.to_thread(dispatcher.run_once)
            except Exception as exc:  # the loop must outlive a database hiccup
                log.error("e-file hand-over failed: %s", type(exc).__name__)
            await asyncio.sleep(POLL_SECONDS)

    @contextlib.asynccontextmanager
    async def lifespan(application: FastAPI) -> AsyncIterator[Any]:
        task = asyncio.create_task(hand_over())
        try:
            async with inner(application) as state:
                yield state
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app.router.lifespan_context = lifespan
