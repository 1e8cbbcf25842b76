"""A background job that ``backoffice serve`` runs every so often for as long as the app lives.

The job is blocking (database, files), so it runs in a worker thread and never holds up the API.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

from fastapi import FastAPI


def run_periodically(
    app: FastAPI,
    job: Callable[[], object],
    interval_seconds: float,
    log: logging.Logger,
    failure: str,
) -> None:
    """Run ``job`` at start-up and then every ``interval_seconds``, inside ``app``'s lifespan.

    A failing run is logged as ``"<failure> failed: <error type>"`` on ``log`` (never the
    message: it may quote stored data), and the next run comes as planned.
    """
    inner = app.router.lifespan_context

    async def repeat() -> None:
        while True:
            try:
                await asyncio.to_thread(job)
            except Exception as exc:  # the loop must outlive a database hiccup
                log.error("%s failed: %s", failure, type(exc).__name__)
            await asyncio.sleep(interval_seconds)

    @contextlib.asynccontextmanager
    async def lifespan(application: FastAPI) -> AsyncIterator[Any]:
        task = asyncio.create_task(repeat())
        try:
            async with inner(application) as state:
                yield state
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app.router.lifespan_context = lifespan
