"""What a terminal or an office gets from ``pip install .``: a fresh virtual environment outside
the checkout, the package built from a copy of the source (as a release would be), no extras.

The product's commands must run from it (no ImportError of a test or demo dependency, data files
packaged: every language compiled by the build itself, the simulated scanner's SANE files),
both programs name the release (``--version``), ``kiosk demo`` must say in one line how to get
it, and with the ``demo`` extra the demo must run headless. Installing takes about a minute
(pip finds the pinned wheels in its cache or the local wheel folder)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.helpers.backoffice import free_port
from tests.helpers.terminal import REPO

pytestmark = pytest.mark.e2e

PIP_TIMEOUT = 900


def _source_copy(target: Path) -> Path:
    """The tracked files, as a clean checkout holds them: no compiled translations (the build
    makes them), no .venv."""
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True
    ).stdout.split(b"\0")
    wanted = [Path(name.decode()) for name in tracked if name]
    for relative in wanted:
        if (REPO / relative).is_file():
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / relative, target / relative)
    return target


def _pip_install(venv: Path, requirement: str) -> None:
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    subprocess.run(
        [*pip, "-c", str(REPO / "constraints.txt"), requirement],
        check=True,
        capture_output=True,
        timeout=PIP_TIMEOUT,
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(virtual environment, source copy) with ``pip install .`` done."""
    root = tmp_path_factory.mktemp("fresh-install")
    source = _source_copy(root / "source")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    _pip_install(venv, str(source))
    yield venv, source


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH"}}
    return {**env, "QT_QPA_PLATFORM": "offscreen"}


def _run(
    venv: Path, command: str, *args: str, cwd: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(venv / "bin" / command), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=_env(),
        timeout=timeout,
        check=False,
    )


def test_a_plain_install_runs_the_product_and_says_how_to_get_the_demo(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    venv, _ = installed
    config = tmp_path / "terminal.toml"
    config.write_text(f'[device]\ndata_dir = "{tmp_path / "terminal"}"\n', encoding="utf-8")

    ui_help = _run(venv, "kiosk", "run", "--help", cwd=tmp_path)
    assert ui_help.returncode == 0, ui_help.stderr
    assert "--windowed" in ui_help.stdout

    sync = _run(venv, "kiosk", "sync", "--once", "--config", str(config), cwd=tmp_path)
    assert sync.returncode == 2
    assert sync.stderr.strip().splitlines() == [
        "kiosk sync: this terminal is not enrolled (or enrolled at an unencrypted address); "
        "run 'kiosk enroll URL TOKEN'"
    ]

    demo = _run(venv, "kiosk", "demo", "--no-wait", cwd=tmp_path)
    assert demo.returncode == 2
    assert demo.stderr.strip().splitlines() == [
        "kiosk demo: not installed here (playwright missing); pip install '.[demo]' "
        "(from the source folder)"
    ]
    no_machinery = _run(venv, "python", "-c", "import playwright", cwd=tmp_path)
    assert "ModuleNotFoundError" in no_machinery.stderr

    office = tmp_path / "office"
    init = _run(venv, "backoffice", "init", "--data", str(office), cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    port = free_port()
    serve = subprocess.Popen(
        [str(venv / "bin" / "backoffice"), "serve", "--data", str(office), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=_env(),
    )
    try:
        health = _wait_for_health(f"http://127.0.0.1:{port}/api/v1/health", serve)
    finally:
        serve.terminate()
        _, errors = serve.communicate(timeout=30)
    assert health == {"status": "ok", "version": _release()}
    assert "Traceback" not in errors


def _release() -> str:
    version: str = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    return version


def test_both_programs_name_the_release(installed: tuple[Path, Path], tmp_path: Path) -> None:
    venv, _ = installed
    for program in ("kiosk", "backoffice"):
        shown = _run(venv, program, "--version", cwd=tmp_path)
        assert (shown.returncode, shown.stdout) == (0, f"{program} {_release()}\n"), shown.stderr


# Run by the installed venv's Python: every translation of every language, as Qt loads it.
LANGUAGE_PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication, QTranslator
from config.schema import SiteSettings
from kiosk.viewmodels.language import CATALOG, I18N_DIR, available_languages
expected = json.load(sys.stdin)
app = QCoreApplication([])
wrong = []
for code, messages in expected.items():
    translator = QTranslator()
    if not translator.load(f"{CATALOG}_{code}", str(I18N_DIR)):
        wrong.append(f"{code}: cannot load")
        continue
    wrong += [f"{code}: {context}/{source!r}" for context, source, translation in messages
              if translator.translate(context, source) != translation]
languages = available_languages(I18N_DIR, SiteSettings().languages)
print(json.dumps({"i18n_dir": str(I18N_DIR), "languages": languages, "wrong": wrong[:20]}))
"""


def _finished_translations() -> dict[str, list[tuple[str, str, str]]]:
    """Every finished, singular translation of every ``.ts`` source in the checkout."""
    expected: dict[str, list[tuple[str, str, str]]] = {}
    for ts in sorted((REPO / "kiosk/i18n").glob("buergerterminal_*.ts")):
        messages = expected.setdefault(ts.stem.removeprefix("buergerterminal_"), [])
        for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314  # our own file
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or message.get("numerus") == "yes":
                    continue
                if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                messages.append(
                    (context.findtext("name", ""), message.findtext("source", ""),
                     translation.text or "")
                )  # fmt: skip
    return expected


def test_every_language_comes_compiled_with_the_package(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    venv, source = installed
    assert not list((source / "kiosk/i18n").glob("*.qm")), "the source holds no compiled one"
    expected = _finished_translations()
    probe = subprocess.run(
        [str(venv / "bin" / "python"), "-c", LANGUAGE_PROBE],
        input=json.dumps(expected), capture_output=True, text=True, cwd=tmp_path, env=_env(),
        timeout=120, check=False,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout)
    assert Path(report["i18n_dir"]).is_relative_to(venv), "loaded from the checkout?"
    assert report["languages"] == ["de", "de-LS", "en", "uk", "ar", "tr", "ru"]
    assert report["wrong"] == []
    assert sum(len(messages) for messages in expected.values()) > 7 * 100


def test_the_simulated_scanner_ships_with_the_package(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    venv, _ = installed
    probe = (
        "from scanner.simulated import SANE_CONFIG_DIR as d; "
        "print(d, *sorted(p.name for p in d.glob('*.conf')))"
    )
    shown = _run(venv, "python", "-c", probe, cwd=tmp_path)
    folder, *files = shown.stdout.split()
    assert Path(folder).is_relative_to(venv)
    assert files == ["dll.conf", "test.conf"]


def _wait_for_health(url: str, serve: subprocess.Popen[str]) -> object:
    for _ in range(300):
        if serve.poll() is not None:
            raise AssertionError("backoffice serve stopped")
        try:
            return requests.get(url, timeout=2).json()
        except requests.ConnectionError:
            time.sleep(0.1)
    raise AssertionError("backoffice serve never answered")


def test_with_the_demo_extra_the_demo_runs_headless(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    venv, source = installed
    _pip_install(venv, f"{source}[demo]")
    data = tmp_path / "demo"
    demo = _run(
        venv,
        "kiosk",
        "demo",
        "--no-wait",
        "--headless",
        "--walk",
        "callback",
        "--data",
        str(data),
        "--port",
        str(free_port()),
        cwd=tmp_path,
        timeout=600,
    )
    assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-4000:]
    assert "requests delivered to the backoffice" in demo.stdout
    shots = {path.name for path in (data / "screenshots").glob("*.png")}
    assert {"01-home.png", "console-demo-inbox.png"} <= shots
