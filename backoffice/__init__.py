"""The office side of Bürgerterminal: HTTP API for terminals, storage, and the staff console.

Layout::

    cli.py, commands/   the ``backoffice`` command (init, serve, add-staff, enrollment-token)
    datadir.py          the data folder: database file, key pair, session secret
    storage/            SQLAlchemy models, engine set-up, Alembic migrations runner
    migrations/         Alembic environment and versions (run programmatically)
    intake.py           receiving a sealed submission exactly once (idempotency rules)
    enrollment.py        enrollment tokens and devices
    api/                the FastAPI app: ``/api/v1`` for terminals
    console/            the staff console under ``/console`` (server-rendered, German)

From the terminal side the backoffice imports only ``contract`` and ``config``.
"""

__version__ = "0.1.0"
