"""Adds the fleet's endpoints and page to the backoffice app."""

from __future__ import annotations

from fastapi import FastAPI

from backoffice.console.formatting import OfficeTime
from backoffice.context import OfficeContext
from backoffice.fleet import api, console
from contract.sealing import key_fingerprint


def mount_fleet(app: FastAPI, context: OfficeContext) -> None:
    app.state.fleet_pages = console.FleetPages(
        context.settings.office_name,
        OfficeTime.named(context.settings.timezone),
        # The current key's, read per page: after 'backoffice rotate-key' it is the new one.
        lambda: key_fingerprint(context.keyring.current().public_key_b64),
    )
    app.include_router(api.router)
    app.include_router(console.router)
