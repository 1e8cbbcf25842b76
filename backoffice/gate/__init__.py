"""What every request passes before a route sees it, and every answer on its way out.

``policy.py``    per route: who may call it (a terminal's token, a staff session, anyone) and
                 the largest body it takes
``limits.py``    the gate itself: credentials checked before a byte of the body is read, the
                 body counted while it arrives (also chunked), a read that stalls is ended
``records.py``   a request id for every request, one access line per request (route, status,
                 time: never a value), and the catch-all for errors: a 500 says the request id
                 and logs the error's type, never its message or a traceback
``headers.py``   security headers on every response, static files and the call page included

Order, outermost first: records, headers, the protocol check (``backoffice.api.protocol``), the
gate; so even the gate's own refusals carry headers and a request id.

The gate knows no feature of the office: :mod:`backoffice.api.office_gate` gives it the
office's routes, asks the console and the fleet for its credentials, and puts it around the app.
"""
