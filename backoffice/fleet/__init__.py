"""The fleet of terminals as IT sees it.

``status.py`` turns a heartbeat into a status class and problems, ``store.py`` records heartbeats,
revocations and remote config overrides, ``api.py`` is the terminal-facing heartbeat endpoint and
``/metrics``, ``metrics.py`` writes the Prometheus text, ``console.py`` the fleet page for IT.
"""
