"""Getting what a citizen handed in from the terminal to the office, safely and exactly once.

``sync.reference``   reference codes with a check character for the citizen's receipt
``sync.device``      this terminal's credentials (``device.json``), written atomically
``sync.enrollment``  ``kiosk enroll``: trading a one-time token for those credentials
``sync.outbox``      the SQLite queue shared by the UI and ``kiosk sync`` (+ ``outbox_schema``)
``sync.submit``      sealing and enqueueing one submission; the UI's only entry point
``sync.delivery``    the ``Courier`` that posts queued items, with ``sync.backoff`` for retries
``sync.tus_client``  resumable uploads of the sealed files
``sync.heartbeat``   the fleet's heartbeat and the remote config it brings back

Plain Python; it imports ``contract`` (what it sends), ``durable`` and ``config``, never
``kiosk``, ``scanner``, ``video``, ``backoffice`` or ``demo``, and never Qt.
"""
