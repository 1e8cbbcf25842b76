"""The office side of Bürgerterminal: HTTP API for terminals, storage, and the staff console.

Layout::

    cli.py, commands/   the ``backoffice`` command (init, serve, add-staff, enrollment-token)
    datadir.py          the data folder: database file, key pair, session secret
    storage/            SQLAlchemy models, engine set-up, Alembic migrations runner
    migrations/         Alembic environment and versions (run programmatically)
    api/                the FastAPI app: ``/api/v1`` for terminals, the protocol version check
    enrollment.py       enrollment tokens and devices
    intake.py           receiving a sealed submission exactly once (idempotency rules)
    attachments.py, tus/  the tus uploads of sealed files, checked and opened
    efile/              hand-over to the e-file (the xdomea hotfolder)
    fleet/              heartbeats, the fleet page, remote config, revocation, /metrics
    signaling/          the video call's hub; staff_call/ the staff's call page
    console/            the staff console under ``/console`` (server-rendered, German)

From the terminal side it imports only ``contract``, ``durable`` and ``config``: never
``kiosk``, ``scanner``, ``video``, ``sync`` or ``demo``, and never Qt.
"""

from config.version import software_version

# The installed release (pyproject.toml's version), in the API's health answer and e-file ZIPs.
__version__ = software_version()
