"""Which languages the terminal offers, and switching between them at run time.

A language is offered when the office lists it in ``site.languages`` *and* a compiled
translation ``buergerterminal_<code>.qm`` exists: adding a language takes a translation file
and a line of config, no code. Right-to-left languages mirror the layout by themselves.
"""

# ruff: noqa: N815  (QML sees these names: Qt properties, signals and slots are camelCase)

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
    Slot,
)

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
CATALOG = "buergerterminal"
# Languages Qt's locale database does not know by a name of their own.
_OWN_NAMES = {"de-LS": "Leichte Sprache"}


def available_languages(i18n_dir: Path, wanted: list[str]) -> list[str]:
    """The office's languages (in its order) that have a compiled translation."""
    compiled = {p.stem.removeprefix(f"{CATALOG}_") for p in i18n_dir.glob(f"{CATALOG}_*.qm")}
    missing = [code for code in wanted if code not in compiled]
    if missing:
        log.warning("no compiled translation for configured languages: %s", ", ".join(missing))
    return [code for code in wanted if code in compiled]


class LanguageViewModel(QObject):
    """The current language; ``select`` installs its translator and retranslates the UI."""

    changed = Signal()

    def __init__(
        self,
        codes: list[str],
        default: str,
        i18n_dir: Path = I18N_DIR,
        retranslate: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if not codes:
            codes = [default]
        self._codes = codes
        self._default = default if default in codes else codes[0]
        self._i18n_dir = i18n_dir
        self._retranslate = retranslate
        self._translator: QTranslator | None = None
        self._code = ""
        self.select(self._default)

    def set_retranslate(self, retranslate: Callable[[], None]) -> None:
        self._retranslate = retranslate

    @Slot(str)
    def select(self, code: str) -> None:
        if code == self._code or code not in self._codes:
            return
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("a Qt application must exist before choosing a language")
        if self._translator is not None:
            app.removeTranslator(self._translator)
        translator = QTranslator(self)
        if translator.load(f"{CATALOG}_{code}", str(self._i18n_dir)):
            app.installTranslator(translator)
            self._translator = translator
        else:
            log.warning("translation %s could not be loaded; showing source texts", code)
            self._translator = None
        old, self._code = self._code, code
        log.info("language %s -> %s", old or "(none)", code)
        self._retranslate()
        self.changed.emit()

    def unload(self) -> None:
        """Removes this UI's translator from the application (when the UI is torn down)."""
        app = QCoreApplication.instance()
        if app is not None and self._translator is not None:
            app.removeTranslator(self._translator)
        self._translator = None

    @Slot()
    def reset(self) -> None:
        self.select(self._default)

    def current(self) -> str:
        return self._code

    def _get_code(self) -> str:
        return self._code

    def _get_languages(self) -> list[dict[str, Any]]:
        return [
            {"code": code, "name": native_name(code), "current": code == self._code}
            for code in self._codes
        ]

    def _get_right_to_left(self) -> bool:
        return QLocale(self._code).textDirection() == Qt.LayoutDirection.RightToLeft

    def _get_name(self) -> str:
        return native_name(self._code)

    def _get_locale_name(self) -> str:
        # "de-LS" is German to Qt: German voice, German keyboard, German dates.
        return locale_name(self._code)

    code = Property(str, _get_code, notify=changed)
    name = Property(str, _get_name, notify=changed)
    localeName = Property(str, _get_locale_name, notify=changed)
    languages = Property(list, _get_languages, notify=changed)
    rightToLeft = Property(bool, _get_right_to_left, notify=changed)


def locale_name(code: str) -> str:
    """Qt's locale for a language code, e.g. "de-LS" → "de_DE", "ar" → "ar_EG"."""
    return QLocale(code).name()


def native_name(code: str) -> str:
    """A language's name in itself ("Українська", "Türkçe"), as a speaker of it reads it."""
    if code in _OWN_NAMES:
        return _OWN_NAMES[code]
    locale = QLocale(code)
    if "-" not in code and locale.language() == QLocale.Language.English:
        # Qt names plain "en" after its default territory ("American English").
        return "English"
    name = locale.nativeLanguageName()
    # Qt gives lower-case names for some languages ("español"); a button label starts upper-case.
    return name[:1].upper() + name[1:] if name else code
