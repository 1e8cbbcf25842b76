"""The demo and everything that drives the terminal UI by itself: ``kiosk demo`` (``command.py``,
``stack.py``: backoffice, enrollment, sync daemon and UI on one machine), the headless walk
through the real QML (``walkthrough.py``, ``autopilot*.py``, ``walks.py``, ``uidriver.py``, which
the UI tests use too), and the staff side in Chromium (``staff_answerer.py``,
``console_snapshot.py``). It may import anything; nothing of the product imports it, so a
terminal never runs test machinery. Its extra dependencies come with ``pip install '.[demo]'``.
"""
