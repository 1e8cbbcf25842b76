"""The office side of Bürgerterminal: HTTP API for terminals, storage, and the staff console.

Layout::

    cli.py, commands/   the ``backoffice`` command (init, serve, add-staff, enrollment-token)
    datadir.py          the data folder: database file, key pair, session secret
    storage/            SQLAlchemy models, engine set-up, Alembic migrations runner
    migrations/         Alembic environment and versions (run programmatically)
    intake.py           receiving a sealed submission exactly once (idempotency rules)
    enrolment.py        enrolment tokens and devices
    api/                the FastAPI app: ``/api/v1`` for terminals
    console/            the staff console under ``/console`` (server-rendered, German)

The backoffice imports only ``sync.wire``, ``sync.sealing`` and ``config`` from the terminal.
"""

from config.version import software_version

# The installed release (pyproject.toml's version), in the API's health answer and e-file ZIPs.
__version__ = software_version()
