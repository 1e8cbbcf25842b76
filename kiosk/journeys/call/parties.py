"""Who the citizen is talking to, and whether the link is being restored, as QML shows it.

The colleague's name and team (as they set them in the console), an interpreter who joined
(name, and their language in its own name) or left, and "Reconnecting …" while the terminal
reconnects a dropped call. Each change that matters is also read aloud when the citizen uses
read-aloud (``announce``), in the language on screen.
"""

# ruff: noqa: N815  (QML sees these names: Qt properties are camelCase)

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal

from kiosk.journeys.call import texts
from kiosk.viewmodels.language import native_name
from video.session import CallParties

log = logging.getLogger(__name__)


class CallPartiesViewModel(QObject):
    changed = Signal()

    def __init__(self, announce: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._announce = announce
        self.reset()

    def reset(self) -> None:
        self._parties = CallParties()
        self._interpreter_left = False
        self._reconnecting = False
        self.changed.emit()

    def retranslate(self) -> None:
        self.changed.emit()

    # ---- what the call reports (GUI thread) -----------------------------------------------

    def update(self, parties: CallParties) -> None:
        before, self._parties = self._parties, parties
        if parties.interpreter and parties.interpreter_name != before.interpreter_name:
            self._interpreter_left = False
            log.info("the citizen is told an interpreter joined")
            self._announce(self._interpreter_line())
        elif before.interpreter and not parties.interpreter:
            self._interpreter_left = True
            self._announce(texts.interpreter_left())
        self.changed.emit()

    def set_reconnecting(self, reconnecting: bool) -> None:
        if reconnecting == self._reconnecting:
            return
        self._reconnecting = reconnecting
        if reconnecting:
            self._announce(f"{texts.reconnecting()} {texts.reconnecting_hint()}")
        self.changed.emit()

    # ---- properties -------------------------------------------------------------------------

    def _interpreter_line(self) -> str:
        parties = self._parties
        if parties.interpreter:
            language = native_name(parties.interpreter_language)
            return texts.interpreter_joined(
                parties.interpreter_name, language, parties.interpreter_audio_only
            )
        return texts.interpreter_left() if self._interpreter_left else ""

    staffLine = Property(
        str, lambda self: texts.staff_line(self._parties.staff_name, self._parties.team),
        notify=changed,
    )  # fmt: skip
    interpreterLine = Property(str, _interpreter_line, notify=changed)
    # The interpreter's picture is shown (they joined with their camera).
    interpreterVideo = Property(
        bool,
        lambda self: self._parties.interpreter and not self._parties.interpreter_audio_only,
        notify=changed,
    )
    reconnecting = Property(bool, lambda self: self._reconnecting, notify=changed)
    reconnectingLine = Property(str, lambda self: texts.reconnecting(), notify=changed)
    reconnectingHint = Property(str, lambda self: texts.reconnecting_hint(), notify=changed)
