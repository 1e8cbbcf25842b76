"""The fleet of terminals as IT sees it.

``status.py`` turns a heartbeat into a status class and problems, ``store.py`` records heartbeats,
revocations and remote config overrides, ``api.py`` is the terminal-facing heartbeat endpoint and
``/metrics``, ``metrics.py`` writes the Prometheus text, ``console.py`` the fleet page for IT.
The page's words: ``german.py`` and ``english.py`` (one table each, shaped by ``phrases.py``),
``wording.py`` (figures and moments in the page's language), ``language.py`` (which language).
"""
