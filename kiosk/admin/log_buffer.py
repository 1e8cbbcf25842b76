"""The last log lines of this process, for the admin screen (our logs hold no personal data)."""

from __future__ import annotations

import collections
import logging
import threading


class RecentLog(logging.Handler):
    def __init__(self, capacity: int = 200) -> None:
        super().__init__(logging.INFO)
        self._lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self._guard = threading.Lock()
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        line = self.format(record)
        with self._guard:
            self._lines.append(line)

    def lines(self) -> list[str]:
        with self._guard:
            return list(self._lines)
