"""Listens to the real Qt speech engine (the "mock" engine in tests) while it reads."""

from __future__ import annotations

from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.speech import Speaker


class SpeechLog:
    """What the engine was given to read, and whether it read it to the end.

    The mock engine reports words, not texts (and in Qt 6.12 ``aboutToSynthesize`` carries the
    previous utterance's number), so the texts come from the speaker's queue and the engine
    tells when it is done.
    """

    def __init__(self, speaker: Speaker) -> None:
        assert speaker.start_engine(), "the speech engine did not start"
        engine = speaker.engine
        assert engine is not None
        self._speaker = speaker
        self._engine = engine
        self.words = 0
        self.readings_finished = 0
        engine.sayingWord.connect(self._word)
        engine.stateChanged.connect(self._state)

    def _word(self, word: str, number: int, start: int, length: int) -> None:
        self.words += 1

    def _state(self, state: QTextToSpeech.State) -> None:
        if state is QTextToSpeech.State.Ready and self.words:
            self.readings_finished += 1

    def said(self) -> list[str]:
        """The texts of the latest reading, in the order the engine speaks them."""
        return [text for _, text in self._speaker.queued]

    @property
    def idle(self) -> bool:
        return self._engine.state() is QTextToSpeech.State.Ready
