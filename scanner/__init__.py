"""Paper to PDF/A on the terminal: scanner access over SANE (python-sane), the page checks
(blank, cut off, skewed, too dark or light), encoding by content (CCITT G4, grey or colour
JPEG) and PDF/A-2b assembly with the scan's record. Plain Python, testable with SANE's
``test`` and ``pnm`` backends (``simulated/``). It imports ``config`` at most: never ``kiosk``,
``video``, ``sync``, ``backoffice`` or ``demo``, and never Qt.
"""
