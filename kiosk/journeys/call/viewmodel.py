"""The video consultation as QML sees it: device check, waiting, the call, and its end.

The call itself runs on the ``VideoCall``'s thread; this view-model only calls its
fire-and-forget methods (``start_call``, ``hang_up``, ``mute``) and hears back through the
``MediaBridge``'s queued signals, so the GUI thread never waits for the network. When nobody
can take the call, it offers a callback request instead; when the call ends it shows a clear
screen for a few seconds and then the shell resets and wipes the session. Pages shown during
the call are ``documents`` (kiosk/journeys/call/documents.py).
"""

# ruff: noqa: N802, N815  (QML sees these names: Qt properties, signals and slots are camelCase)

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Property, QElapsedTimer, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from config.schema import VideoSettings
from kiosk.durations import in_words
from kiosk.journeys.call.audio import Loudspeaker
from kiosk.journeys.call.devices import DeviceReport, LocalPreview, teeing
from kiosk.journeys.call.documents import (
    CallDocumentsViewModel,
    CallDocumentsWiring,
    ShowingCall,
)
from kiosk.journeys.call.media_bridge import MediaBridge, Quality, judge_quality
from kiosk.journeys.call.parties import CallPartiesViewModel
from kiosk.journeys.call.stages import EndReason, OfferReason, Stage
from kiosk.journeys.call.surface import VideoSurface
from kiosk.journeys.call.wiring import ENDED_SCREEN_MS, ConsultationCall, VideoWiring
from kiosk.viewmodels.session import SessionGuard
from video.media import MediaRequest
from video.signaling_client import SignalingEndpoint
from video.state import CallState

log = logging.getLogger(__name__)

# Imported from here by the shell, the wiring and tests.
__all__ = ["ENDED_SCREEN_MS", "Quality", "VideoJourneyViewModel", "VideoWiring", "judge_quality"]

# Past the hub's own ring timeout: only if its "no answer" never comes does the kiosk give up.
RING_BACKSTOP_S = 10
_QUALITY_TICK_MS = 1000


_CALL_STAGES = frozenset({Stage.CONNECTING, Stage.IN_CALL})
_SELF_VIEW_STAGES = frozenset({Stage.CHECK, Stage.WAITING, Stage.CONNECTING, Stage.IN_CALL})


class VideoJourneyViewModel(QObject):
    changed = Signal()
    levelChanged = Signal()
    finished = Signal()  # ended screen over, or the citizen left: the shell resets
    callbackWanted = Signal()  # take the callback journey instead (language kept)

    def __init__(
        self,
        settings: VideoSettings,
        wiring: VideoWiring,
        guard: SessionGuard,
        parent: QObject | None = None,
        documents: CallDocumentsWiring | None = None,
        language: Callable[[], str] = lambda: "de",
        announce: Callable[[str], None] = lambda _text: None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._wiring = wiring
        self._guard = guard
        self._language = language
        self.bridge = MediaBridge(self)
        # Who the citizen talks to (and "Reconnecting …"): a view-model of its own.
        self.parties = CallPartiesViewModel(announce, self)
        self.bridge.partiesChanged.connect(self.parties.update)
        # No documents wiring (video.show_documents off: a cabin without a scanner): the
        # call works, and "Show a document" is not offered.
        self.documents = (
            CallDocumentsViewModel(documents, self._showing_call, self) if documents else None
        )
        if self.documents is not None:
            self.bridge.pageSeen.connect(self.documents.page_seen)
        self.loudspeaker = Loudspeaker(wiring.speaker_probe, self)
        self.bridge.callStateChanged.connect(self._on_call_state)
        self.bridge.devicesOpened.connect(self._on_devices)
        self.bridge.micLevel.connect(self._on_level)
        self.bridge.remoteAudio.connect(self.loudspeaker.play)
        self._surfaces: dict[str, VideoSurface] = {}
        self._call: ConsultationCall | None = None
        self._endpoint: SignalingEndpoint | None = None
        self._preview: LocalPreview | None = None
        self._waited = QElapsedTimer()
        self._tick = QTimer(self, interval=_QUALITY_TICK_MS)
        self._tick.timeout.connect(self.changed)
        self._backstop = QTimer(self, singleShot=True)
        self._backstop.setInterval((settings.ring_timeout_seconds + RING_BACKSTOP_S) * 1000)
        self._backstop.timeout.connect(self._ring_timed_out)
        self._ended_timer = QTimer(self, singleShot=True, interval=wiring.ended_screen_ms)
        self._ended_timer.timeout.connect(self.finished)
        self._ended_clock = QElapsedTimer()
        self._clear()

    def _clear(self) -> None:
        self._stage = Stage.CHECK
        self._devices: DeviceReport | None = None
        self._level = 0.0
        self._ringing = False
        self._muted = False
        self._offer = OfferReason.NONE
        self._end = EndReason.NONE
        self._speaker_missing = False

    # ---- slots QML and the shell call --------------------------------------------------------

    @Slot(str, QObject)
    def attach(self, role: str, surface: QObject) -> None:
        """QML hands over its picture surfaces: "remote", "interpreter", "self" (in the call),
        "preview"."""
        if not isinstance(surface, VideoSurface):
            log.error("attach(%s) got %s, not a VideoSurface", role, type(surface).__name__)
            return
        self._surfaces[role] = surface
        if role == "remote":
            self.bridge.remoteImage.connect(partial(self._show, surface, _CALL_STAGES))
        elif role == "interpreter":
            self.bridge.interpreterImage.connect(partial(self._show, surface, _CALL_STAGES))
        else:
            self.bridge.selfImage.connect(partial(self._show, surface, _SELF_VIEW_STAGES))

    def _show(self, surface: VideoSurface, stages: frozenset[Stage], image: QImage) -> None:
        # A picture still in the queue when the call ended must not bring the face back.
        if self._stage in stages:
            surface.show_image(image)

    def surface(self, role: str) -> VideoSurface | None:
        return self._surfaces.get(role)

    def begin(self) -> None:
        """The citizen tapped "Talk to a person": the camera, microphone and speaker check."""
        self.reset()
        request = MediaRequest(self._settings.width, self._settings.height, self._settings.fps)
        self._preview = LocalPreview(
            self._wiring.media_factory,
            request,
            self.bridge.local_video,
            self.bridge.local_audio,
            self.bridge.devices,
        )
        self._preview.start()
        # Probed here, not at start-up: it loads QtMultimedia's backend, which only calls need.
        self._speaker_missing = not self.loudspeaker.available
        self._guard.watch()
        self.changed.emit()

    @Slot()
    def playTestSound(self) -> None:
        self.loudspeaker.play_test_sound()

    @Slot()
    def startCall(self) -> None:
        if self._stage is not Stage.CHECK:
            return
        self._stop_preview()
        call = self._call_for(self._wiring.endpoint())
        if call is None:
            self._show_offer(OfferReason.UNAVAILABLE)
            return
        self._clear_pictures()
        self.bridge.clear_counts()
        call.start_call()
        self._stage = Stage.WAITING
        self._waited.start()
        self._tick.start()
        self._backstop.start()
        self._guard.stop()  # waiting and talking are not inactivity
        log.info("video call requested")
        self.changed.emit()

    @Slot()
    def callAgain(self) -> None:
        """After a lost connection or an unanswered call: ring again, devices already checked."""
        if self._stage not in (Stage.LOST, Stage.OFFER) or self._devices is None:
            return
        log.info("calling again after %s", self._stage.value)
        self._ended_timer.stop()
        self._stage, self._offer, self._end = Stage.CHECK, OfferReason.NONE, EndReason.NONE
        self._ringing = False
        self.startCall()

    @Slot()
    def cancelWaiting(self) -> None:
        if self._stage in (Stage.WAITING, Stage.CONNECTING) and self._call is not None:
            self._call.hang_up()
        self.finished.emit()

    @Slot()
    def hangUp(self) -> None:
        if self._stage is not Stage.IN_CALL or self._call is None:
            return
        self._call.hang_up()
        self._show_ended(EndReason.HUNG_UP)

    @Slot()
    def toggleMute(self) -> None:
        if self._call is None or self._stage is not Stage.IN_CALL:
            return
        self._muted = not self._muted
        self._call.mute(self._muted)
        self.changed.emit()

    @Slot()
    def requestCallback(self) -> None:
        self.callbackWanted.emit()

    @Slot()
    def done(self) -> None:
        self.finished.emit()

    @Slot()
    def retranslate(self) -> None:
        if self.documents is not None:
            self.documents.retranslate()
        self.parties.retranslate()
        self.changed.emit()

    @Slot()
    def reset(self) -> None:
        """Nothing of the call stays: devices closed, call hung up, pictures gone."""
        self._stop_preview()
        if (
            self._call is not None
            and self._call.state not in (CallState.IDLE,)
            and not (self._call.state.finished)
        ):
            self._call.hang_up()
        for timer in (self._tick, self._backstop, self._ended_timer):
            timer.stop()
        self.loudspeaker.stop()
        self._clear_pictures()
        self.bridge.clear_counts()
        if self.documents is not None:
            self.documents.reset()  # shown pages and their files go with the session
        self.parties.reset()
        self._clear()
        self.changed.emit()
        self.levelChanged.emit()

    def close(self) -> None:
        """Shutdown only: joins the preview and every call thread (blocks up to seconds)."""
        self.reset()
        if self.documents is not None:
            self.documents.close()
        for call in self._wiring.calls:
            call.close()
        self._wiring.calls.clear()
        self._call, self._endpoint = None, None

    # ---- what the call and the devices report (GUI thread, via the bridge) -----------------

    def _on_call_state(self, old: CallState, new: CallState) -> None:
        if self._stage not in (Stage.WAITING, Stage.CONNECTING, Stage.IN_CALL):
            return  # a late report of a call the citizen already left
        log.info("video journey sees call %s -> %s", old.value, new.value)
        match new:
            case CallState.RINGING:
                self._ringing = True
            case CallState.CONNECTING:
                self._stage = Stage.CONNECTING
                self._backstop.stop()
            case CallState.IN_CALL:
                self._stage = Stage.IN_CALL
                self.parties.set_reconnecting(False)
            case CallState.RECONNECTING:
                # The same call, its link being restored: the call screen stays, with a note.
                self.parties.set_reconnecting(True)
            case CallState.NOBODY_AVAILABLE:
                self._show_offer(OfferReason.NOBODY_AVAILABLE)
            case CallState.NO_ANSWER:
                self._show_offer(OfferReason.NO_ANSWER)
            case CallState.FAILED if self._stage is not Stage.WAITING:
                self.parties.set_reconnecting(False)
                self._show_lost()
            case CallState.ENDED if self._stage is not Stage.WAITING:
                self.parties.set_reconnecting(False)
                self._show_ended(EndReason.STAFF_ENDED)
            case CallState.ENDED | CallState.FAILED:
                self._show_offer(OfferReason.UNAVAILABLE)
            case _:
                pass
        self.changed.emit()

    def _on_devices(self, report: DeviceReport) -> None:
        if self._stage is Stage.CHECK and self._preview is not None:
            self._devices = report
            self.changed.emit()

    def _on_level(self, level: float) -> None:
        # Falls slowly, rises at once: a meter that reads like a meter.
        self._level = max(level, self._level * 0.85)
        self.levelChanged.emit()

    def _ring_timed_out(self) -> None:
        if self._stage is Stage.WAITING and self._call is not None:
            log.warning("no answer from the hub within the ring time; giving up")
            self._call.hang_up()
            self._show_offer(OfferReason.NO_ANSWER)

    # ---- helpers ----------------------------------------------------------------------------

    def _showing_call(self) -> ShowingCall | None:
        return self._call if self._stage is Stage.IN_CALL else None

    def _call_for(self, endpoint: SignalingEndpoint | None) -> ConsultationCall | None:
        if endpoint is None:
            log.warning("video call impossible: this terminal is not enrolled")
            return None
        if self._call is None or endpoint != self._endpoint:
            if self._call is not None:
                retired = self._call  # its thread ends in the background, not on the GUI
                threading.Thread(target=retired.close, name="video-call-retire").start()
                self._wiring.calls.remove(retired)
            media = teeing(
                self._wiring.media_factory, self.bridge.local_video, self.bridge.local_audio
            )
            self._call = self._wiring.call_factory(
                self._settings, endpoint, self.bridge.call_listener(), media, self._language
            )
            self._call.start()
            self._wiring.calls.append(self._call)
            self._endpoint = endpoint
        return self._call

    def _show_offer(self, reason: OfferReason) -> None:
        log.info("video call not possible (%s): offering a callback", reason.value)
        self._stage, self._offer = Stage.OFFER, reason
        self._tick.stop()
        self._backstop.stop()
        self._guard.watch()
        self.changed.emit()

    def _leave_call(self, stage: Stage, reason: EndReason) -> None:
        log.info("video call %s (%s)", stage.value, reason.value)
        self._stage, self._end = stage, reason
        self._tick.stop()
        self._backstop.stop()
        self.loudspeaker.stop()
        self._clear_pictures()  # the other person's face does not linger on a public screen
        if self.documents is not None:
            self.documents.end_of_call()  # pages not handed in are deleted (see its docstring)

    def _show_ended(self, reason: EndReason) -> None:
        self._leave_call(Stage.ENDED, reason)
        self._ended_clock.start()
        self._ended_timer.start()
        self._tick.start()  # the countdown on the ended screen
        self.changed.emit()

    def _show_lost(self) -> None:
        """No green tick and no countdown: the citizen chooses (call again, a callback, or
        back to the start); the usual inactivity warning ends the session if nobody does."""
        self._leave_call(Stage.LOST, EndReason.LOST)
        self._guard.watch()
        self.changed.emit()

    def _stop_preview(self) -> None:
        if self._preview is not None:
            self._preview.stop()
            self._preview = None

    def _clear_pictures(self) -> None:
        for surface in self._surfaces.values():
            surface.clear()

    # ---- properties -------------------------------------------------------------------------

    def _get_waited_seconds(self) -> int:
        if self._stage not in (Stage.WAITING, Stage.CONNECTING) or not self._waited.isValid():
            return 0
        return int(self._waited.elapsed() // 1000)

    def _get_quality(self) -> str:
        rate = self.bridge.remote_rate
        if self._stage is not Stage.IN_CALL or rate.last_at is None:
            return Quality.UNKNOWN.value
        return judge_quality(rate.per_second(), rate.silent_for()).value

    def _get_ended_seconds_left(self) -> int:
        if not self._ended_timer.isActive():
            return 0
        left = self._wiring.ended_screen_ms - self._ended_clock.elapsed()
        return max(0, -(-left // 1000))

    def _device_missing(self, which: str) -> bool:
        if self._devices is None:
            return False
        return bool(getattr(self._devices, which))

    stage = Property(str, lambda self: self._stage.value, notify=changed)
    devicesReady = Property(bool, lambda self: self._devices is not None, notify=changed)
    cameraMissing = Property(
        bool, lambda self: self._device_missing("camera_missing"), notify=changed
    )
    microphoneMissing = Property(
        bool, lambda self: self._device_missing("microphone_missing"), notify=changed
    )
    speakerMissing = Property(bool, lambda self: self._speaker_missing, notify=changed)
    micLevel = Property(float, lambda self: self._level, notify=levelChanged)
    waitedSeconds = Property(int, _get_waited_seconds, notify=changed)
    ringing = Property(bool, lambda self: self._ringing, notify=changed)
    muted = Property(bool, lambda self: self._muted, notify=changed)
    quality = Property(str, _get_quality, notify=changed)
    offerReason = Property(str, lambda self: self._offer.value, notify=changed)
    endReason = Property(str, lambda self: self._end.value, notify=changed)
    endedSecondsLeft = Property(int, _get_ended_seconds_left, notify=changed)
    endedTimeLeft = Property(
        str, lambda self: in_words(self._get_ended_seconds_left()), notify=changed
    )
    ringTimeWords = Property(
        str, lambda self: in_words(self._settings.ring_timeout_seconds), notify=changed
    )
    canShowDocument = Property(
        bool,
        lambda self: self.documents is not None and self._stage is Stage.IN_CALL,
        notify=changed,
    )
    documentsModel = Property(QObject, lambda self: self.documents, constant=True)
    partiesModel = Property(QObject, lambda self: self.parties, constant=True)
