"""Shared test helpers: named fakes and process drivers, reused across test folders."""
