"""The office side of Bürgerterminal: HTTP API for terminals, storage, and the staff console.

Layout::

    cli.py, commands/   the ``backoffice`` command (init, serve, add-staff, enrollment-token)
    datadir.py          the data folder: database file, key pair, session secret
    storage/            SQLAlchemy models, engine set-up, Alembic migrations runner
    migrations/         Alembic environment and versions (run programmatically)
    api/                the FastAPI app put together: ``/api/v1`` for terminals, the protocol
                        version check, the gate's table and credentials, every package mounted
    gate/               what every request passes first: credentials, body limits, request ids
    problems.py         the ProblemDetail error bodies every route and the gate answer with
    deps.py             the routes' FastAPI dependencies: the office, the terminal the gate let in
    enrollment.py       enrollment tokens and devices
    intake.py           receiving a sealed submission exactly once (idempotency rules)
    attachments.py, tus/  the tus uploads of sealed files, checked and opened
    efile/              hand-over to the e-file (the xdomea hotfolder)
    fleet/              heartbeats, the fleet page, remote config, revocation, /metrics
    signaling/          the video call's hub; its staff_call/ serves the call pages
    console/            the staff console under ``/console`` (server-rendered, German)

Imports point one way: ``api`` imports the packages it mounts, none of them imports ``api``
(lint-imports holds the top level and every package to no cycles).

From the terminal side it imports only ``contract``, ``durable`` and ``config``: never
``kiosk``, ``scanner``, ``video``, ``sync`` or ``demo``, and never Qt.
"""

from config.version import software_version

# The installed release (pyproject.toml's version), in the API's health answer and e-file ZIPs.
__version__ = software_version()
