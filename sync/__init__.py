"""Getting what a citizen handed in from the terminal to the office, safely.

``sync.reference``   reference codes with a check character for the citizen's receipt
``sync.device``      this terminal's credentials (``device.json``), written atomically
``sync.enrollment``  ``kiosk enroll``: trading a one-time token for those credentials
``sync.outbox``      the SQLite queue shared by the UI and ``kiosk sync`` (+ ``outbox_schema``)
``sync.submit``      sealing and enqueueing one submission; the UI's only entry point
``sync.delivery``    the ``Courier`` that posts queued items, with ``sync.backoff`` for retries
"""
