"""The wheel carries compiled translations: ``build_py`` runs Qt's lrelease on every
``kiosk/i18n/*.ts`` into the build folder (PySide6 is a build requirement for that).

Everything else about the package is declared in ``pyproject.toml``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
I18N = Path("kiosk", "i18n")


def _translation_builder() -> ModuleType:
    # By path: the package is not importable while it is being built.
    spec = importlib.util.spec_from_file_location("_bt_i18n_build", HERE / I18N / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        builder = _translation_builder()
        target = Path(self.build_lib) / I18N
        compiled = builder.compile_translations(HERE / I18N, target)
        self.announce(f"compiled {len(compiled)} translations into {target}", level=2)


setup(cmdclass={"build_py": BuildWithTranslations})
