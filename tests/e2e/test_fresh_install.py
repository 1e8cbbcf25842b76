"""What a terminal or an office gets from ``pip install .``: a fresh virtual environment outside
the checkout, the package built from a copy of the source (as a release would be), no extras.

The product's commands must run from it (no ImportError of a test or demo dependency, data files
packaged), ``kiosk demo`` must say in one line how to get it, and with the ``demo`` extra the
demo must run headless. Installing takes about a minute (pip finds the pinned wheels in its
cache or the local wheel folder)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.helpers.backoffice import free_port
from tests.helpers.terminal import REPO

pytestmark = pytest.mark.e2e

PIP_TIMEOUT = 900


def _source_copy(target: Path) -> Path:
    """The tracked files and the compiled translations, as a release tarball would hold them."""
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True
    ).stdout.split(b"\0")
    wanted = [Path(name.decode()) for name in tracked if name]
    wanted += [path.relative_to(REPO) for path in (REPO / "kiosk" / "i18n").glob("*.qm")]
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
        "kiosk sync: this terminal is not enrolled; run 'kiosk enroll URL TOKEN'"
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
    assert health == {"status": "ok", "version": "0.1.0"}
    assert "Traceback" not in errors


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
