"""Read-aloud through Qt TextToSpeech, in the language on screen.

On the terminal the engine is speech-dispatcher with espeak-ng ("speechd"); tests use Qt's
"mock" engine, which speaks nothing but reports every word as if it had. The engine is created
on first use: a terminal whose citizens never press the speaker button never starts it.
What is spoken is never logged (it can be what a citizen typed).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)


class Speaker(QObject):
    """Speaks a list of texts one after the other; ``stop`` silences it at once."""

    speakingChanged = Signal()  # noqa: N815  (a Qt signal QML may bind to)

    def __init__(self, engine_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine_name
        self._tts: QTextToSpeech | None = None
        self._broken = False
        # The current reading as the engine numbered it: what "read again" would repeat.
        self.queued: list[tuple[int, str]] = []

    @property
    def engine(self) -> QTextToSpeech | None:
        """The Qt engine once created (tests listen to the mock engine's words)."""
        return self._tts

    @property
    def speaking(self) -> bool:
        return self._tts is not None and self._tts.state() in (
            QTextToSpeech.State.Speaking,
            QTextToSpeech.State.Synthesizing,
        )

    def start_engine(self) -> bool:
        """Creates the engine now instead of at the first reading; False if it cannot run."""
        return self._create() is not None

    def speak(self, texts: Sequence[str], locale_name: str) -> bool:
        """Starts reading ``texts`` with a voice for ``locale_name``; False if there is no voice."""
        tts = self._create()
        if tts is None:
            return False
        tts.stop()
        self._choose_voice(tts, QLocale(locale_name))
        self.queued = [(tts.enqueue(text), text) for text in texts]
        log.info("reading aloud %d texts in %s", len(texts), locale_name)
        return True

    def stop(self) -> None:
        if self._tts is not None and self.speaking:
            self._tts.stop()

    def _create(self) -> QTextToSpeech | None:
        if self._tts is not None or self._broken:
            return self._tts
        if self._engine_name not in QTextToSpeech.availableEngines():
            log.warning("speech engine %r is not installed; read-aloud is off", self._engine_name)
            self._broken = True
            return None
        tts = QTextToSpeech(self._engine_name, self)
        if tts.state() is QTextToSpeech.State.Error:
            log.warning("speech engine %r failed: %s", self._engine_name, tts.errorString())
            tts.deleteLater()
            self._broken = True
            return None
        tts.stateChanged.connect(self.speakingChanged)
        self._tts = tts
        return tts

    def _choose_voice(self, tts: QTextToSpeech, wanted: QLocale) -> None:
        if tts.locale().language() == wanted.language():
            return
        # The exact locale if the engine has it, else any voice of the same language
        # (espeak-ng has "ar" but no Egyptian variant, for example).
        same_language = [
            loc for loc in tts.availableLocales() if loc.language() == wanted.language()
        ]
        exact = [loc for loc in same_language if loc.territory() == wanted.territory()]
        choices = exact or same_language
        if not choices:
            log.warning(
                "speech engine has no voice for %s; reading with %s",
                wanted.name(),
                tts.locale().name(),
            )
            return
        tts.setLocale(choices[0])
