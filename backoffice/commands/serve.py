"""``backoffice serve``: run the API and the staff console with uvicorn, in one process or in
``--workers N`` (PostgreSQL only: the workers share the database, the signaling switchboard
and the data folder; SQLite's in-memory signaling hub lives in one process)."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from backoffice.api.app import create_app
from backoffice.commands.common import add_config_option, add_data_option, settings
from backoffice.context import open_office
from backoffice.datadir import DataDirError
from backoffice.gate.records import WebSocketLines
from backoffice.storage.engine import is_sqlite
from config import load_backoffice_settings
from config.database import redacted_database_url
from config.logs import configure_logging

log = logging.getLogger("backoffice.serve")

WS_MAX_BYTES = 256 * 1024
# A request's line and headers together: a token, a session cookie, Upload-Metadata (at most
# 4 KiB) and what browsers send fit many times over.
HEADER_MAX_BYTES = 64 * 1024
# How the parent tells its worker processes what to open (uvicorn starts them afresh).
DATA_ENV = "BT_BACKOFFICE_DATA"
CONFIG_ENV = "BT_BACKOFFICE_CONFIG"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("serve", help="serve the API and the staff console")
    add_data_option(parser)
    add_config_option(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8470, help="port to listen on")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (default: 1; more needs PostgreSQL: database_url in the settings)",
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    if args.workers < 1:
        raise DataDirError("--workers must be 1 or more")
    # Migrations run here, once, before any worker serves.
    context = open_office(args.data, settings(args))
    if args.workers > 1 and is_sqlite(context.engine):
        context.engine.dispose()
        raise DataDirError(
            "--workers above 1 needs PostgreSQL (database_url in the settings): "
            "SQLite's signaling hub lives in one process"
        )
    host = f"[{args.host}]" if ":" in args.host else args.host
    log.info("database: %s", redacted_database_url(str(context.engine.url)))
    log.info("staff console at http://%s:%d/console (%d worker(s))", host, args.port, args.workers)
    # Our own logging set-up stays; uvicorn's access log would print query strings, which
    # carry no personal data here, but we keep it off to hold the log to ids and codes.
    options = {
        "host": args.host,
        "port": args.port,
        "log_config": None,
        "access_log": False,
        # A signaling message is at most a complete SDP (32,000 characters, contract.signaling)
        # and a few fields; uvicorn's default would let a peer send 16 MiB in one.
        "ws_max_size": WS_MAX_BYTES,
        # h11, not httptools (uvicorn's pick when installed): httptools keeps every header a
        # caller sends, and 60 MB of them on one connection without credentials cost the
        # process a GB. h11 refuses a header block past HEADER_MAX_BYTES with 400.
        "http": "h11",
        "h11_max_incomplete_event_size": HEADER_MAX_BYTES,
        # X-Forwarded-For/-Proto believed only from the office's reverse proxies.
        "proxy_headers": True,
        "forwarded_allow_ips": context.settings.trusted_proxies,
    }
    if args.workers == 1:
        uvicorn.run(_served(create_app(context)), **options)
        context.engine.dispose()
        return 0
    context.engine.dispose()
    os.environ[DATA_ENV] = str(args.data.resolve())
    os.environ[CONFIG_ENV] = str(args.config.resolve()) if args.config else ""
    uvicorn.run(
        "backoffice.commands.serve:worker_app",
        factory=True,
        workers=args.workers,
        **options,
    )
    return 0


def worker_app() -> FastAPI:
    """One worker's app (uvicorn calls this in each worker process)."""
    if not logging.getLogger().handlers:
        configure_logging()  # journal lines under systemd, as the main process has
    config = os.environ.get(CONFIG_ENV) or None
    office = load_backoffice_settings(Path(config) if config else None)
    return _served(create_app(open_office(Path(os.environ[DATA_ENV]), office, migrate=False)))


def _served(app: FastAPI) -> FastAPI:
    WebSocketLines.install(app.routes)
    return app
