"""Handing in documents: type, BG number, scanned and checked pages, PDF/A, submission; the
scan runs, page previews and send task that put it on screen (also used when a page is shown
during a call)."""
