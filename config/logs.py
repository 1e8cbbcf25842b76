"""Log set-up for both programs: journald-friendly under systemd, readable in a terminal.

Under systemd (stderr is the journal stream named by ``JOURNAL_STREAM``) every record becomes
exactly one line ``<N>logger: message``: journald reads the ``<N>`` prefix as the syslog
priority, so ``journalctl -p warning`` filters, and it stamps the time itself, so we print
none. A traceback is folded into the same line (`` | `` between its lines): one event, one
journal entry. In a terminal the format is unchanged: time, level, logger, message.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TextIO

TERMINAL_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LINE_JOINER = " | "

# syslog priorities (sd-daemon.h): SD_CRIT 2, SD_ERR 3, SD_WARNING 4, SD_INFO 6, SD_DEBUG 7.
_PRIORITIES = ((logging.CRITICAL, 2), (logging.ERROR, 3), (logging.WARNING, 4), (logging.INFO, 6))


def syslog_priority(level: int) -> int:
    for threshold, priority in _PRIORITIES:
        if level >= threshold:
            return priority
    return 7


class JournalFormatter(logging.Formatter):
    """``<priority>logger: message`` on one line, no time stamp (journald adds its own)."""

    def __init__(self) -> None:
        super().__init__("%(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)  # message, then traceback and stack, if any
        one_line = LINE_JOINER.join(line for line in text.splitlines() if line.strip())
        return f"<{syslog_priority(record.levelno)}>{one_line}"


def stderr_is_journal(stream: TextIO | None = None, environ: dict[str, str] | None = None) -> bool:
    """Whether ``stream`` (stderr) is the journal stream systemd connected us to."""
    value = (os.environ if environ is None else environ).get("JOURNAL_STREAM", "")
    device, _, inode = value.partition(":")
    if not device.isdigit() or not inode.isdigit():
        return False
    try:
        status = os.fstat((stream or sys.stderr).fileno())
    except (OSError, ValueError):  # no real file behind the stream
        return False
    return (status.st_dev, status.st_ino) == (int(device), int(inode))


def configure_logging(verbose: bool = False, stream: TextIO | None = None) -> None:
    """The root logger's one handler, on stderr; call once, first thing in ``main``."""
    target = stream or sys.stderr
    handler = logging.StreamHandler(target)
    journal = stderr_is_journal(target)
    handler.setFormatter(JournalFormatter() if journal else logging.Formatter(TERMINAL_FORMAT))
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, handlers=[handler])


def error_line(text: str, stream: TextIO | None = None) -> str:
    """A message for IT printed to stderr outside logging (bad config, missing data folder):
    under systemd one journal line at error priority, in a terminal unchanged."""
    if not stderr_is_journal(stream):
        return text
    return "<3>" + LINE_JOINER.join(line for line in text.splitlines() if line.strip())
