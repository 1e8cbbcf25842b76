"""``systemd/install.sh`` on a fresh Debian 13 root file system (debootstrap), then the UI under
cage as the installed unit starts it, then ``uninstall.sh``, as IT would do it.

The wheel is built from a clean checkout of this tree and copied in with the tree (units,
package lists, constraints, examples). Commands run in the root with ``chroot`` (systemd
does not run there: the installer installs and enables the units, ``systemd-analyze verify``
checks them). Slow (Debian packages, a venv with Qt): CI runs it in its system step. The
tests of this module build on each other and run in file order.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from tests.helpers.debian_root import DebianRoot
from tests.helpers.wheel import REPO, build_wheel, clean_tree

# The install alone takes minutes (apt, pip, a compiler) on a loaded machine.
pytestmark = pytest.mark.timeout(1800)

SRC = "/srv/buergerterminal"
INSTALL = f"{SRC}/systemd/install.sh"
UNINSTALL = f"{SRC}/systemd/uninstall.sh"
VENV = "/opt/buergerterminal/venv"
USER = "buergerterminal"
UNITS = ["buergerterminal-kiosk.service", "buergerterminal-sync.service"]
# Installed only after the installer's own packages were checked (they would hide gaps).
TEST_TOOLS = ["grim", "xvfb", "xauth"]
HOME = {"HOME": "/var/lib/buergerterminal"}  # the service user's, as systemd sets it


@dataclass
class Installed:
    root: DebianRoot
    wheel: Path
    before_tree: dict[str, tuple[str, int, int, int]]
    before_packages: set[str]
    output: str


def _lines(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    scratch = Path(os.environ.get("BT_SYSTEM_SCRATCH", "/var/tmp")) / f"bt-{os.getpid()}"
    scratch.mkdir(parents=True)
    try:
        tree = clean_tree(REPO, tmp_path_factory.mktemp("checkout"))
        wheel = build_wheel(tree, tree / "dist")
        with DebianRoot.unpacked(scratch / "root") as root:
            before_tree, before_packages = root.tree(), root.packages()
            shutil.copytree(tree, root.path / SRC.lstrip("/"))
            output = root.run("sh", INSTALL, "terminal").stdout
            yield Installed(root, wheel, before_tree, before_packages, output)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def test_the_terminal_is_installed_as_the_units_expect(installed: Installed) -> None:
    root = installed.root
    packages = root.provided()
    assert set(_lines(REPO / "systemd/packages-terminal.txt")) <= packages
    # The compiler python-sane needed is gone again.
    assert not {"gcc", "python3-dev", "libsane-dev"} & packages
    assert "build-only packages removed again" in installed.output

    version = installed.wheel.name.split("-")[1]
    shown = root.run(f"{VENV}/bin/pip", "show", "--files", "buergerterminal").stdout
    assert f"Version: {version}" in shown
    record = f"{VENV}/lib/python3*/site-packages/buergerterminal-*.dist-info/direct_url.json"
    origin = json.loads(root.run("sh", "-c", f"cat {record}").stdout)
    assert origin["url"].endswith(installed.wheel.name)
    # The service user runs it (no login shell: setpriv, as systemd's User= does).
    ran = root.run(f"{VENV}/bin/kiosk", "--version", user=USER, env=HOME)
    assert ran.stdout.strip() == f"kiosk {version}"

    account = root.run("getent", "passwd", USER).stdout.strip().split(":")
    assert account[5:] == ["/var/lib/buergerterminal", "/usr/sbin/nologin"]
    assert int(account[2]) < 1000  # a system account
    data = (root.path / "var/lib/buergerterminal").stat()
    assert (data.st_mode & 0o777, f"{data.st_uid}:{data.st_gid}") == (0o700, root.ids(USER))
    config = root.path / "etc/buergerterminal/terminal.toml"
    assert config.stat().st_mode & 0o777 == 0o640
    assert config.stat().st_gid == int(root.ids(USER).split(":")[1])
    assert config.stat().st_uid == 0  # the kiosk may read its settings, never change them
    writable = root.run(
        "find", "/opt/buergerterminal", "-perm", "/022", "-not", "-type", "l", check=False
    ).stdout
    assert writable == "", "the application must not be writable by anyone but root"


def test_the_units_are_in_place_verified_and_enabled(installed: Installed) -> None:
    root = installed.root
    for unit in UNITS:
        placed = root.path / "etc/systemd/system" / unit
        assert placed.read_bytes() == (REPO / "systemd" / unit).read_bytes()
    verify = root.run("systemd-analyze", "verify", *(f"/etc/systemd/system/{u}" for u in UNITS))
    assert verify.stderr.strip() == "", verify.stderr
    wants = root.path / "etc/systemd/system"
    assert (wants / "graphical.target.wants/buergerterminal-kiosk.service").is_symlink()
    assert (wants / "multi-user.target.wants/buergerterminal-sync.service").is_symlink()
    groups = root.run("getent", "group", "video", "render", "input", "audio", "scanner", "lp")
    assert len(groups.stdout.splitlines()) == 6  # SupplementaryGroups= of the UI unit


def test_every_qt_plugin_finds_its_libraries(installed: Installed) -> None:
    probe = installed.root.path / "tmp/qt_plugin_libraries.py"
    shutil.copy(REPO / "tests/helpers/qt_plugin_libraries.py", probe)
    result = installed.root.run(f"{VENV}/bin/python", "/tmp/qt_plugin_libraries.py")
    assert json.loads(result.stdout) == {}


def test_installing_again_keeps_what_it_has_to(installed: Installed) -> None:
    root = installed.root
    config = root.path / "etc/buergerterminal/terminal.toml"
    config.write_text(config.read_text() + "\n# edited by IT\n")
    (root.path / "var/lib/buergerterminal/outbox.sqlite3").write_bytes(b"queued")
    output = root.run("sh", INSTALL, "terminal").stdout
    assert "/etc/buergerterminal/terminal.toml kept (already there)" in output
    assert config.read_text().endswith("# edited by IT\n")
    assert (root.path / "var/lib/buergerterminal/outbox.sqlite3").read_bytes() == b"queued"
    (root.path / "var/lib/buergerterminal/outbox.sqlite3").unlink()


def _unit_command(unit: Path) -> tuple[str, dict[str, str]]:
    """ExecStart and Environment= of a unit, as systemd would take them."""
    command, environment = "", {}
    for line in unit.read_text().splitlines():
        key, _, value = line.partition("=")
        if key == "ExecStart":
            command = value
        elif key == "Environment":
            name, _, setting = value.partition("=")
            environment[name] = setting
    return command, environment


def test_the_ui_fills_the_screen_under_cage(installed: Installed, tmp_path: Path) -> None:
    root = installed.root
    root.run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *TEST_TOOLS)
    shutil.copy(REPO / "tests/system/cage_screenshot.sh", root.path / "tmp/cage_screenshot.sh")
    command, environment = _unit_command(root.path / "etc/systemd/system" / UNITS[0])
    assert command.startswith("/usr/bin/cage -s -- ")
    run = root.run("sh", "/tmp/cage_screenshot.sh", "/tmp/home.png",
                   env={**environment, "EXEC_START": command}, timeout=600)  # fmt: skip
    shots = Path(os.environ.get("BT_SCREENSHOT_DIR", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    shutil.copy(root.path / "tmp/home.png", shots / "kiosk-under-cage.png")
    picture = Image.open(shots / "kiosk-under-cage.png").convert("RGB")
    assert picture.size == (1280, 720), run.stdout  # wlroots' headless output
    width, height = picture.size
    top = {picture.getpixel((x, 0)) for x in range(width)}
    bottom = {picture.getpixel((x, height - 1)) for x in range(width)}
    # Edge to edge: the top bar and the bottom bar span the whole output, in one colour each,
    # dark blue above and light below (as in docs/screenshots); no compositor background.
    assert len(top) == 1 and len(bottom) == 1, (top, bottom)
    (bar,), (footer,) = top, bottom
    assert bar[2] > bar[0] and sum(bar) < 300 and sum(footer) > 600, (bar, footer)
    sides = {picture.getpixel((x, y)) for x in (0, width - 1) for y in range(height)}
    assert (0, 0, 0) not in sides
    assert "Traceback" not in run.stdout
    assert "still running 10 s after SIGTERM" not in run.stdout
    # systemd would stop the unit's whole cgroup; here whatever the UI spawned ends now.
    print(f"\nstill running after the UI stopped: {root.stop_processes()}")


def test_the_xcb_plugin_loads_for_a_desktop(installed: Installed) -> None:
    probe = (
        "from PySide6.QtGui import QGuiApplication, QWindow; "
        "app = QGuiApplication([]); window = QWindow(); window.show(); app.processEvents(); "
        "print(app.platformName(), window.isExposed() or window.isVisible())"
    )
    result = installed.root.run(
        "xvfb-run", "-a", "env", "QT_QPA_PLATFORM=xcb", f"{VENV}/bin/python", "-c", probe,
        user=USER, env=HOME,
    )  # fmt: skip
    assert result.stdout.split() == ["xcb", "True"], result.stderr
    # What the desktop session left behind (X server, accessibility bus) ends with the test,
    # as it would with the session; uninstall refuses to purge a user that still runs any.
    print(f"\nstill running after the probe: {installed.root.stop_processes()}")


def test_uninstall_keeps_data_and_purge_leaves_nothing(installed: Installed) -> None:
    root = installed.root
    queued = root.path / "var/lib/buergerterminal/outbox.sqlite3"
    queued.write_bytes(b"undelivered submissions")
    kept = root.run("sh", UNINSTALL, "terminal").stdout
    assert not (root.path / "opt/buergerterminal").exists()
    assert not any((root.path / "etc/systemd/system" / unit).exists() for unit in UNITS)
    assert queued.read_bytes() == b"undelivered submissions"
    assert (root.path / "etc/buergerterminal/terminal.toml").exists()
    assert "kept: /var/lib/buergerterminal" in kept

    # The test's own tools go first; then the installer takes back what it brought.
    root.run("apt-get", "purge", "-y", "-qq", "--autoremove", *TEST_TOOLS)
    root.run("sh", UNINSTALL, "terminal", "--purge", "--remove-packages")
    root.run("rm", "-rf", SRC, "/tmp/qt_plugin_libraries.py", "/tmp/cage_screenshot.sh")
    packages = root.packages()
    assert (packages - installed.before_packages, installed.before_packages - packages) == (
        set(),
        set(),
    )
    after = root.tree()
    before = installed.before_tree
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(path for path in set(after) & set(before) if after[path] != before[path])
    # Left by Debian packages' own scripts, which dpkg keeps on purge (not ours to delete):
    # the home of the `saned` account sane-utils creates, a default /etc/hosts.
    debian_leftovers = ["/etc/hosts", "/var/lib/saned"]
    assert (added, removed, changed) == (debian_leftovers, [], [])
    assert USER not in (root.path / "etc/passwd").read_text()
