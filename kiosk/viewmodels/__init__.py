"""View-models every journey shares: the session (inactivity warning, reset and wipe), the
language, read-aloud, large text and contrast. QObjects whose properties QML binds to and
whose slots QML calls; the journeys' own view-models live in ``kiosk.journeys``."""
