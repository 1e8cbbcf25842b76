"""A background job that ``backoffice serve`` runs every so often for as long as the app lives.

The job is blocking (database, files), so it runs in a worker thread and never holds up the API.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from fastapi import FastAPI

# A run (database, files) takes well under a second; a hung file share must not block a stop.
SHUTDOWN_WAIT_SECONDS = 30.0


def during_lifespan(
    app: FastAPI,
    start: Callable[[], Awaitable[None]],
    stop: Callable[[], Awaitable[None]],
) -> None:
    """``start`` before ``app`` serves (after what was wired before), ``stop`` when it ends."""
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(application: FastAPI) -> AsyncIterator[Any]:
        await start()
        try:
            async with inner(application) as state:
                yield state
        finally:
            await stop()

    app.router.lifespan_context = lifespan


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
    stopping = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []

    async def repeat() -> None:
        while not stopping.is_set():
            try:
                await asyncio.to_thread(job)
            except Exception as exc:  # the loop must outlive a database hiccup
                log.error("%s failed: %s", failure, type(exc).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stopping.wait(), interval_seconds)

    async def start() -> None:
        stopping.clear()
        tasks.append(asyncio.create_task(repeat()))

    async def stop() -> None:
        # Let a run under way finish: cancelling would only abandon its worker thread,
        # which then goes on using the database while the app closes it.
        stopping.set()
        task = tasks.pop()
        try:
            await asyncio.wait_for(asyncio.shield(task), SHUTDOWN_WAIT_SECONDS)
        except TimeoutError:
            log.warning("%s still running at shutdown; not waiting longer", failure)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    during_lifespan(app, start, stop)
