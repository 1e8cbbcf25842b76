"""A video call whose other end the test plays step by step: it rings until the test lets a
colleague answer, lets it ring out, or breaks the connection mid-call.

``ScriptedCall`` is ``FakeConsultationCall`` (the pretend colleague with a calm picture) that
does not answer by itself. Plug it in with ``VideoWiring(call_factory=ScriptedCall)``;
``ScriptedCallControl(wiring)`` is the colleague's side for ``demo.screen_tour``.
"""

from __future__ import annotations

from kiosk.journeys.call.wiring import VideoWiring
from tests.helpers.video_fake_call import FakeConsultationCall
from video.state import CallState


class ScriptedCall(FakeConsultationCall):
    def start_call(self) -> None:
        self._move(CallState.RINGING)

    def answer(self) -> None:
        super().start_call()  # connecting, in the call, the colleague's camera on

    def lose(self) -> None:
        self._move(CallState.FAILED)

    def let_ring_out(self) -> None:
        self._move(CallState.NO_ANSWER)


class ScriptedCallControl:
    """The colleague's side of the newest call the kiosk made (``demo.screen_tour.CallControl``)."""

    def __init__(self, wiring: VideoWiring) -> None:
        self._wiring = wiring

    def _call(self) -> ScriptedCall:
        call = self._wiring.calls[-1]
        assert isinstance(call, ScriptedCall)
        return call

    def answer(self) -> None:
        self._call().answer()

    def lose(self) -> None:
        self._call().lose()

    def let_ring_out(self) -> None:
        self._call().let_ring_out()

    def muted(self) -> bool:
        """Whether the kiosk has told the call to send no sound."""
        return self._call().muted
