"""The wheel IT installs is complete: built from a clean checkout (no compiled translations in
it, no .venv), installed into a virtual environment outside the checkout, it speaks every
language, answers ``--version`` and carries the simulated scanner's SANE configuration.

Slow (a fresh venv with every pinned package): CI runs it in its system step.
"""

from __future__ import annotations

import json
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.wheel import REPO, Venv, build_wheel, clean_tree

# Run by the installed venv's Python: every translation of every language, as Qt loads it.
LANGUAGE_PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication, QTranslator
from config.schema import SiteSettings
from kiosk.viewmodels.language import CATALOG, I18N_DIR, available_languages
expected = json.load(sys.stdin)
app = QCoreApplication([])
codes = available_languages(I18N_DIR, SiteSettings().languages)
wrong = []
for code, messages in expected.items():
    translator = QTranslator()
    if not translator.load(f"{CATALOG}_{code}", str(I18N_DIR)):
        wrong.append(f"{code}: cannot load")
        continue
    for context, source, translation in messages:
        got = translator.translate(context, source)
        if got != translation:
            wrong.append(f"{code}: {context}/{source!r} -> {got!r}")
print(json.dumps({"i18n_dir": str(I18N_DIR), "languages": codes, "wrong": wrong[:20]}))
"""

SCANNER_PROBE = """
from scanner.simulated import SANE_CONFIG_DIR
print(SANE_CONFIG_DIR, sorted(p.name for p in SANE_CONFIG_DIR.glob("*.conf")))
"""


def _expected_translations() -> dict[str, list[tuple[str, str, str]]]:
    """Every finished, singular translation of every ``.ts`` source in the checkout."""
    expected: dict[str, list[tuple[str, str, str]]] = {}
    for ts in sorted((REPO / "kiosk/i18n").glob("buergerterminal_*.ts")):
        code = ts.stem.removeprefix("buergerterminal_")
        root = ET.parse(ts).getroot()  # noqa: S314  # our own source file
        messages = expected.setdefault(code, [])
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or message.get("numerus") == "yes":
                    continue
                if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                messages.append((name, message.findtext("source", ""), translation.text or ""))
    return expected


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Venv, Path]]:
    scratch = tmp_path_factory.mktemp("wheel")
    tree = clean_tree(REPO, scratch / "checkout")
    assert not list(tree.rglob("*.qm")), "a clean checkout holds no compiled translations"
    wheel = build_wheel(tree, scratch / "dist")
    venv = Venv.create(scratch / "venv")
    venv.install(wheel, constraints=tree / "constraints.txt")
    yield venv, wheel


def test_both_programs_name_the_release(installed: tuple[Venv, Path]) -> None:
    venv, _ = installed
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    for program in ("kiosk", "backoffice"):
        result = venv.run(program, "--version")
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"{program} {version}"


def test_every_language_loads_from_the_installed_wheel(installed: tuple[Venv, Path]) -> None:
    venv, _ = installed
    expected = _expected_translations()
    result = venv.run("python", "-c", LANGUAGE_PROBE, stdin=json.dumps(expected))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert Path(report["i18n_dir"]).is_relative_to(venv.path), "loaded from the checkout?"
    assert report["languages"] == ["de", "de-LS", "en", "uk", "ar", "tr", "ru"]
    assert report["wrong"] == []
    assert sum(len(messages) for messages in expected.values()) > 7 * 100


def test_the_simulated_scanner_ships_with_the_wheel(installed: tuple[Venv, Path]) -> None:
    venv, _ = installed
    result = venv.run("python", "-c", SCANNER_PROBE)
    assert result.returncode == 0, result.stderr
    folder, names = result.stdout.split(" ", 1)
    assert Path(folder).is_relative_to(venv.path)
    assert names.strip() == "['dll.conf', 'test.conf']"


def test_the_terminal_reports_its_status_from_the_wheel(
    installed: tuple[Venv, Path], tmp_path: Path
) -> None:
    venv, _ = installed
    config = tmp_path / "terminal.toml"
    config.write_text(f'[device]\ndata_dir = "{tmp_path / "data"}"\n')
    result = venv.run("kiosk", "status", "--json", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["enrolled"] is False
