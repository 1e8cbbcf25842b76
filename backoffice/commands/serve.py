"""``backoffice serve``: run the API and the staff console with uvicorn."""

from __future__ import annotations

import argparse
import logging

import uvicorn

from backoffice.api.app import create_app
from backoffice.commands.common import add_config_option, add_data_option, settings
from backoffice.context import open_office

log = logging.getLogger("backoffice.serve")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("serve", help="serve the API and the staff console")
    add_data_option(parser)
    add_config_option(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8470, help="port to listen on")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    context = open_office(args.data, settings(args))
    app = create_app(context)
    host = f"[{args.host}]" if ":" in args.host else args.host
    log.info("staff console at http://%s:%d/console", host, args.port)
    # Our own logging set-up stays; uvicorn's access log would print query strings, which
    # carry no personal data here, but we keep it off to hold the log to ids and codes.
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_config=None,
        access_log=False,
        proxy_headers=True,
        forwarded_allow_ips=context.settings.trusted_proxies,
    )
    context.engine.dispose()
    return 0
