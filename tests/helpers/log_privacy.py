"""Fails a test whose log records contain the personal data the test helpers use.

Every journey in the suite types or sends these markers (see tests/helpers/backoffice.py,
fake_device.py, qt_kiosk.py, pages.py); none of them may ever reach a log line. Installed for
every test by tests/conftest.py; it sees the records of the test's own process (subprocess
logs are the job of the tests that start them).
"""

from __future__ import annotations

import logging

from tests.helpers.fake_device import MARKER_NAME, MARKER_NOTE, MARKER_PHONE

PERSONAL_MARKERS = (
    "Mustermann",  # "Erika Mustermann": names typed and sent
    "Kovalenko",
    "Aylin Demir",
    "Böttcher",
    "2345678",  # the phone number typed in the UI tests ("0171 2345678")
    "9690123",  # the callback payload's phone number
    "1234567",  # the BG number "12345BG1234567"
    "Heidestraße",  # the address on the scanned test letter
    MARKER_NAME,
    MARKER_PHONE,
    MARKER_NOTE,
)


class PersonalDataInLogs(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.leaks: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:  # a broken format string is not what this guard is about
            text = str(record.msg)
        if record.exc_info and record.exc_info[1] is not None:
            text += f" {record.exc_info[1]}"
        for marker in PERSONAL_MARKERS:
            if marker in text:
                self.leaks.append(f"{record.name} {record.levelname}: {marker!r} in {text[:200]!r}")
