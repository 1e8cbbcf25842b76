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

# A run (database, files) takes well under a second; a hung file share must not block a stop.
SHUTDOWN_WAIT_SECONDS = 30.0


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

    async def repeat(stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await asyncio.to_thread(job)
            except Exception as exc:  # the loop must outlive a database hiccup
                log.error("%s failed: %s", failure, type(exc).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), interval_seconds)

    @contextlib.asynccontextmanager
    async def lifespan(application: FastAPI) -> AsyncIterator[Any]:
        stop = asyncio.Event()
        task = asyncio.create_task(repeat(stop))
        try:
            async with inner(application) as state:
                yield state
        finally:
            # Let a run under way finish: cancelling would only abandon its worker thread,
            # which then goes on using the database while the app closes it.
            stop.set()
            try:
                await asyncio.wait_for(asyncio.shield(task), SHUTDOWN_WAIT_SECONDS)
            except TimeoutError:
                log.warning("%s still running at shutdown; not waiting longer", failure)
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    app.router.lifespan_context = lifespan
