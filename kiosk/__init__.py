"""The terminal application: the Qt Quick UI a citizen touches, and the ``kiosk`` command.

It owns the QML views (``qml/``), one home per citizen journey (``journeys/callback``,
``journeys/documents``, ``journeys/call``: plain-Python rules beside the view-models and Qt glue
that put them on screen), the shell that switches between them (``shell.py``), the session
timeout and wipe and the other shared view-models (``viewmodels/``), admin mode for IT
(``admin/``), translations (``i18n/``), and the subcommands (``commands/``, ``cli.py``; ``kiosk
sync`` is the delivery daemon's process). It is the only package of the product that imports
Qt; it builds on ``scanner``, ``video``, ``sync``, ``contract``, ``durable`` and ``config`` and
never imports ``backoffice`` or ``demo`` (import-linter contracts in pyproject.toml).
"""
