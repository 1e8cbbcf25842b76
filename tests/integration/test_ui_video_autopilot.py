"""The autopilot's video walk when the call cannot be shown: it says why in one line, goes back
to the start screen by the UI's own buttons, and the walk as a whole still succeeds (a demo
without video beats a demo that hangs). The answered call itself is walked by the demo test
(tests/e2e/test_callback_end_to_end.py), with a real staff side in Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from config.schema import TerminalSettings
from demo.autopilot import Autopilot
from demo.walks import Mark, parse_walks, rendezvous_for
from kiosk.journeys.call.viewmodel import VideoWiring
from tests.helpers.qt_kiosk import running_kiosk
from tests.helpers.video_ui import UI_VIDEO, cabin_devices


def _walk_video(qtbot: QtBot, tmp_path: Path, marks: list[Mark]) -> tuple[Autopilot, bool]:
    shots = tmp_path / "shots"
    for mark in marks:
        rendezvous_for(shots).mark(mark, "Chromium could not start (test)")
    # Not enrolled: the terminal has nowhere to call, as when the office cannot be reached.
    wiring = VideoWiring(lambda: None, cabin_devices, speaker_probe=lambda: True)
    settings = TerminalSettings(video=UI_VIDEO)
    with running_kiosk(qtbot, tmp_path, settings=settings, video=wiring) as kiosk:
        pilot = Autopilot(kiosk, shots, quit_when_done=False, callback=False, video=True)
        try:
            with qtbot.waitSignal(pilot.finished, timeout=60_000) as walked:
                pilot.start()
        finally:
            pilot.stop()
        at_home = kiosk.shell.property("screen") == "home"
    assert walked.args == [True]
    return pilot, at_home


def test_a_staff_side_that_gave_up_skips_the_call_with_its_reason(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pilot, at_home = _walk_video(qtbot, tmp_path, [Mark.STAFF_GAVE_UP])
    rendezvous = rendezvous_for(tmp_path / "shots")
    assert rendezvous.note(Mark.VIDEO_SKIPPED) == "Chromium could not start (test)"
    assert not rendezvous.has(Mark.VIDEO_WALKED)
    assert pilot.screenshots == [] and at_home


def test_a_call_that_does_not_connect_is_left_by_the_citizens_buttons(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pilot, at_home = _walk_video(qtbot, tmp_path, [Mark.STAFF_READY])
    rendezvous = rendezvous_for(tmp_path / "shots")
    assert rendezvous.note(Mark.VIDEO_SKIPPED) == (
        "the call did not connect (the terminal shows offer)"
    )
    assert [path.name for path in pilot.screenshots] == ["01-video-check.png"]
    assert at_home  # left through the offer screen's own "Back to start"


def test_walks_are_named_and_unknown_names_are_refused() -> None:
    assert {walk.value for walk in parse_walks("video, callback")} == {"video", "callback"}
    with pytest.raises(ValueError, match="unknown walk vidoe; choose from callback"):
        parse_walks("callback,vidoe")
