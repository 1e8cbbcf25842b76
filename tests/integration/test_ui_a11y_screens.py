"""Every screen, in every shape, language and look, checked by the accessibility audit
(tests/helpers/a11y_audit.py) and photographed.

One kiosk walks the whole terminal once (demo.screen_tour: home, the language list, help and
"start over", the callback and documents journeys, a video call that rings, is answered, is
lost and called again); on each screen the window is switched through the views of
tests/helpers/screen_views.AUDITED and audited in each. German, Arabic and large text are also
photographed in the three shapes: into the test's folder, or with
``BT_SCREENSHOT_DIR=docs/screenshots`` into docs/screenshots/kiosk/<shape>/<language>-<look>/.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from demo.screen_tour import TourParts, screen_tour
from demo.screen_views import LANDSCAPE, PHOTOGRAPHED, View, each_view, photograph
from kiosk.app import DocumentsWiring, KioskApp
from kiosk.journeys.call.viewmodel import VideoWiring
from kiosk.viewmodels.session import SessionTiming
from tests.helpers import pages
from tests.helpers.a11y_audit import audit
from tests.helpers.documents import SANE_DIR, PnmPageFeed, RecordingDocumentSubmitter
from tests.helpers.qt_kiosk import Citizen, running_kiosk
from tests.helpers.screen_views import (
    AUDITED,
    GERMAN_AND_ARABIC,
    SIMPLE_ENGLISH_UKRAINIAN,
    TURKISH_RUSSIAN,
    run_script,
)
from tests.helpers.screenshot_folder import screenshot_folder
from tests.helpers.video_scripted_call import ScriptedCall, ScriptedCallControl
from tests.helpers.video_ui import UI_VIDEO, cabin_devices
from video.signaling_client import SignalingEndpoint

SETTINGS = TerminalSettings(
    video=UI_VIDEO, accessibility=AccessibilitySettings(speech_engine="mock")
)


class ScreenChecks:
    """Audits each screen in every view and photographs it in the documentation's views."""

    def __init__(
        self,
        kiosk: KioskApp,
        folder: Path | None,
        views: tuple[View, ...] = AUDITED,
        first: int = 1,
    ) -> None:
        self.kiosk = kiosk
        self.folder = folder  # None: audited, not photographed
        self.views = views
        self.first = first  # the number of the first picture
        self.problems: list[str] = []
        self.screens: list[str] = []

    def __call__(self, screen: str) -> None:
        self.screens.append(screen)
        number = self.first + len(self.screens) - 1

        def check(view: View) -> None:
            self.problems.extend(f"{screen} [{view}]: {p}" for p in audit(self.kiosk.window))
            if self.folder is not None and view in PHOTOGRAPHED:
                photograph(self.kiosk, self.folder, number, screen, view)

        each_view(self.kiosk, self.views, check)


def audit_every_language_and_look(
    kiosk: KioskApp, screen: str, photographs: Path | None = None, number: int = 0
) -> list[str]:
    """For tests of one screen the tour does not reach: the audit in every view of that
    screen, photographed (as picture ``number``) in the documentation's views if ``photographs``
    names the folder."""
    checks = ScreenChecks(kiosk, photographs, AUDITED, first=number)
    checks(screen)
    return checks.problems


@pytest.fixture
def tour_kiosk(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[KioskApp, ScriptedCallControl]]:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))
    files = [
        pages.write_pnm(pages.PAGES[name](), tmp_path / f"{name}.pnm")
        for name in ("letter", "missing_bottom", "letter")
    ]
    documents = DocumentsWiring(planner=PnmPageFeed(files), submitter=RecordingDocumentSubmitter())
    video = VideoWiring(
        lambda: SignalingEndpoint("http://127.0.0.1:9", "fake-device-token"),
        cabin_devices,
        ended_screen_ms=600_000,
        speaker_probe=lambda: True,
        call_factory=ScriptedCall,
    )
    with running_kiosk(
        qtbot, tmp_path, settings=SETTINGS, documents=documents, video=video
    ) as kiosk:
        yield kiosk, ScriptedCallControl(video)


@pytest.mark.parametrize(
    "group",
    [GERMAN_AND_ARABIC, SIMPLE_ENGLISH_UKRAINIAN, TURKISH_RUSSIAN],
    ids=["german-and-arabic", "leichte-sprache-english-ukrainian", "turkish-russian"],
)
def test_every_screen_is_usable_in_every_shape_language_and_look(
    qtbot: QtBot,
    tmp_path: Path,
    tour_kiosk: tuple[KioskApp, ScriptedCallControl],
    group: tuple[View, ...],
) -> None:
    kiosk, call = tour_kiosk
    quick = os.environ.get("BT_AUDIT_QUICK", "")
    views = group if not quick else tuple(v for v in group if str(v) in quick.split(","))
    checks = ScreenChecks(kiosk, screenshot_folder(tmp_path / "shots") / "kiosk", views)
    run_script(qtbot, screen_tour(kiosk, checks, TourParts(call=call)))
    assert len(checks.screens) >= 20, checks.screens
    assert not checks.problems, "\n".join(checks.problems)


def test_inactivity_warning_is_usable_by_everyone(qtbot: QtBot, tmp_path: Path) -> None:
    timing = SessionTiming(inactivity_ms=300, warning_ms=600_000, receipt_ms=600_000)
    with running_kiosk(qtbot, tmp_path, timing=timing, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.tap("startCallback")
        citizen.sees("moreTimeButton")
        # Ten minutes in words, as people say them, not "600 Sekunden".
        assert "beginnt das Terminal in 10 Minuten von vorn" in citizen.text("timeoutCountdown")
        # Numbered after the tour's pictures.
        checks = ScreenChecks(kiosk, screenshot_folder(tmp_path / "shots") / "kiosk", first=99)
        checks("timeout-warning")
        assert not checks.problems, "\n".join(checks.problems)


def test_the_audit_sees_the_screens_it_switches_to(qtbot: QtBot, tmp_path: Path) -> None:
    """The views really change the window (a view that changed nothing would pass anything)."""
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as kiosk:
        seen: list[tuple[int, int, str, bool]] = []

        def note(view: View) -> None:
            accessibility = kiosk.accessibility
            assert accessibility is not None
            seen.append(
                (
                    kiosk.window.width(),
                    kiosk.window.height(),
                    kiosk.language.current(),
                    bool(accessibility.largeText),
                )
            )

        each_view(kiosk, AUDITED, note)
        assert seen == [(v.shape.width, v.shape.height, v.language, v.large) for v in AUDITED]
        assert (kiosk.window.width(), kiosk.window.height()) == (
            LANDSCAPE.width,
            LANDSCAPE.height,
        )
