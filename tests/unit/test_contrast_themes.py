"""Every text/background colour pair of both colour sets reaches WCAG contrast (1.4.3, 1.4.11).

The colours and the list of pairs the UI draws come from kiosk/qml/Theme.qml itself, read
through a real QML engine, so a colour changed there is checked here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QColor
from PySide6.QtQml import QQmlComponent, QQmlEngine
from pytestqt.qtbot import QtBot

QML_DIR = Path(__file__).resolve().parents[2] / "kiosk" / "qml"

NORMAL_TEXT = 4.5
LARGE_TEXT_OR_SYMBOL = 3.0


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag_examples() -> None:
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)


@contextmanager
def theme(qtbot: QtBot) -> Iterator[QObject]:
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    # A probe next to Theme.qml imports the folder, as every page does.
    component.setData(
        b"import QtQuick\nQtObject { property var theme: Theme }",
        QUrl.fromLocalFile(str(QML_DIR / "ContrastProbe.qml")),
    )
    probe = component.create()
    assert probe is not None, component.errorString()
    try:
        yield probe.property("theme")
    finally:
        del probe
        engine.deleteLater()


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
def test_every_text_colour_pair_is_readable(qtbot: QtBot, high_contrast: bool) -> None:
    with theme(qtbot) as qml_theme:
        qml_theme.setProperty("highContrast", high_contrast)
        pairs = qml_theme.property("textPairs").toVariant()
        assert len(pairs) >= 20
        failures = []
        for foreground, background, large in pairs:
            ratio = contrast(
                QColor(qml_theme.property(foreground)), QColor(qml_theme.property(background))
            )
            needed = LARGE_TEXT_OR_SYMBOL if large else NORMAL_TEXT
            if ratio < needed:
                failures.append(f"{foreground} on {background}: {ratio:.2f} < {needed}")
        assert failures == []


def test_high_contrast_is_clearly_stronger(qtbot: QtBot) -> None:
    with theme(qtbot) as qml_theme:
        ratios = {}
        for high_contrast in (False, True):
            qml_theme.setProperty("highContrast", high_contrast)
            ratios[high_contrast] = contrast(
                QColor(qml_theme.property("text")), QColor(qml_theme.property("background"))
            )
        assert ratios[True] > ratios[False]
        assert ratios[True] >= 15
