"""Handing in documents: type, BG number, scanned and checked pages, PDF/A, submission."""
