"""A fresh Debian 13 (trixie) root file system for the installer's tests, made with debootstrap.

The first run bootstraps it from the Debian mirror (minbase plus systemd, as a freshly
installed server has) and keeps it as a tar file in the cache folder; later runs unpack that
(seconds). Downloaded .deb files and pip's wheels are cached there too. CI starts without the
cache: the first run there pays the full price (measured and printed).

Every command runs in a private mount namespace of its own (``unshare``): /proc, /sys, /dev
and a fresh /run are mounted for it and vanish with it, so nothing is left mounted on the host
whatever happens to the test, and nothing propagates to the host's /dev.

Usage::

    with DebianRoot.unpacked(tmp_path / "root") as root:
        root.run("apt-get", "install", "-y", "grim")
        root.run("kiosk", "--version", user="buergerterminal")
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

CACHE = Path(os.environ.get("BT_TEST_CACHE", "/var/cache/buergerterminal-test"))
SUITE = "trixie"
MIRROR = os.environ.get("BT_DEBIAN_MIRROR", "http://deb.debian.org/debian")
BASE_PACKAGES = "systemd-sysv,ca-certificates"
BASE_TARBALL = CACHE / f"{SUITE}-minbase-systemd.tar"
APT_CACHE = CACHE / "apt-archives"
PIP_CACHE = CACHE / "pip"
# What changes in any root by merely using it, or belongs to dpkg/apt's own books.
VOLATILE = (
    "/proc", "/sys", "/dev", "/run", "/tmp", "/var/tmp", "/var/cache", "/var/log",
    "/var/lib/apt", "/var/lib/dpkg", "/var/lib/systemd/deb-systemd-helper-enabled",
    "/var/lib/systemd/deb-systemd-user-helper-enabled", "/var/lib/ucf", "/root/.cache",
    "/etc/ld.so.cache", "/var/lib/python",
)  # fmt: skip

_ENTER = r"""
set -e
root="$1"; shift
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --rbind /dev "$root/dev"
mount -t tmpfs -o mode=0755 tmpfs "$root/run"
mount --bind "$BT_APT_CACHE" "$root/var/cache/apt/archives"
mkdir -p "$root/root/.cache/pip"
mount --bind "$BT_PIP_CACHE" "$root/root/.cache/pip"
for shared in $BT_SHARED_DIRS; do
    mount --bind "$shared" "$root$shared"
    mount -o remount,bind,ro "$root$shared"
done
exec chroot "$@"
"""
HOST_CA_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")
# Inside the root: the host's trust store, for pip behind a TLS-inspecting proxy.
ROOT_CA_BUNDLE = "/etc/ssl/host-ca-certificates.crt"


def _host_pip_settings() -> tuple[dict[str, str], list[str]]:
    """pip's settings of the host (environment, /etc/pip.conf): where this machine gets
    Python packages (a mirror, a proxy's CA). Local folders they name are shared read-only."""
    env = {key: value for key, value in os.environ.items() if key.startswith("PIP_")}
    if "PIP_CERT" in env or HOST_CA_BUNDLE.exists():
        env["PIP_CERT"] = ROOT_CA_BUNDLE
    named = " ".join(env.values())
    if Path("/etc/pip.conf").exists():
        named += " " + Path("/etc/pip.conf").read_text()
    folders = {
        word.removeprefix("file://").rstrip("/")
        for word in named.replace("=", " ").split()
        if word.startswith(("/", "file:///")) and Path(word.removeprefix("file://")).is_dir()
    }
    return env, sorted(folders)


def _bootstrap_base() -> float:
    """Makes the cached base tarball; returns the seconds it took."""
    CACHE.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(dir=CACHE, prefix="bootstrap-") as scratch:
        target = Path(scratch) / "root"
        subprocess.run(
            ["debootstrap", "--variant=minbase", f"--include={BASE_PACKAGES}", SUITE,
             str(target), MIRROR],
            check=True, capture_output=True, timeout=1800,
        )  # fmt: skip
        partial = BASE_TARBALL.with_suffix(".partial")
        subprocess.run(["tar", "-C", str(target), "-cf", str(partial), "."], check=True)
        partial.rename(BASE_TARBALL)
    return time.monotonic() - started


@dataclass(frozen=True)
class DebianRoot:
    path: Path

    @classmethod
    @contextlib.contextmanager
    def unpacked(cls, path: Path) -> Iterator[DebianRoot]:
        if not BASE_TARBALL.exists():
            seconds = _bootstrap_base()
            print(f"\ndebootstrap {SUITE} (cold, not cached): {seconds:.0f} s", file=sys.stderr)
        started = time.monotonic()
        path.mkdir(parents=True)
        subprocess.run(["tar", "-C", str(path), "-xf", str(BASE_TARBALL)], check=True)
        print(f"\n{SUITE} root unpacked from cache: {time.monotonic() - started:.0f} s",
              file=sys.stderr)  # fmt: skip
        for folder in (APT_CACHE / "partial", PIP_CACHE):
            folder.mkdir(parents=True, exist_ok=True)
        shutil.copy("/etc/resolv.conf", path / "etc/resolv.conf")
        if HOST_CA_BUNDLE.exists():
            shutil.copy(HOST_CA_BUNDLE, path / ROOT_CA_BUNDLE.lstrip("/"))
        if Path("/etc/pip.conf").exists():
            shutil.copy("/etc/pip.conf", path / "etc/pip.conf")
        for folder in _host_pip_settings()[1]:
            (path / folder.lstrip("/")).mkdir(parents=True, exist_ok=True)
        # Packages installed in a chroot must not try to start their services.
        policy = path / "usr/sbin/policy-rc.d"
        policy.write_text("#!/bin/sh\nexit 101\n")
        policy.chmod(0o755)
        root = cls(path)
        try:
            yield root
        finally:
            root.stop_processes()
            if not os.environ.get("BT_KEEP_DEBIAN_ROOT"):  # set it to look around afterwards
                shutil.rmtree(path, ignore_errors=True)

    def command(self, *args: str, user: str | None = None) -> list[str]:
        spec = [] if user is None else [f"--userspec={self.ids(user)}"]
        return ["unshare", "--mount", "--propagation", "private", "--", "sh", "-c", _ENTER,
                "enter", str(self.path), *spec, str(self.path), *args]  # fmt: skip

    def run(
        self,
        *args: str,
        user: str | None = None,
        env: Mapping[str, str] | None = None,
        check: bool = True,
        timeout: float = 1800,
        stdin: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Runs ``args`` inside the root, as root or as ``user`` (of the root's passwd)."""
        pip_env, shared = _host_pip_settings()
        environment = {
            "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "LANG": "C.UTF-8",
            "HOME": "/root",
            "BT_APT_CACHE": str(APT_CACHE),
            "BT_PIP_CACHE": str(PIP_CACHE),
            "BT_SHARED_DIRS": " ".join(shared),
            **pip_env,
            **(env or {}),
        }
        result = subprocess.run(
            self.command(*args, user=user),
            env=environment,
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"{' '.join(args)} failed ({result.returncode}) in the Debian root:\n"
                f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
            )
        return result

    def processes(self) -> dict[int, str]:
        """Processes running inside this root (by their root directory), with command lines."""
        found = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            with contextlib.suppress(OSError):
                if Path(os.readlink(entry / "root")) == self.path:
                    command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
                    found[int(entry.name)] = command.decode(errors="replace").strip()
        return found

    def stop_processes(self) -> dict[int, str]:
        """Ends what is still running inside the root (a daemon a test's program spawned,
        which systemd would have stopped with the unit); returns what that was."""
        found = self.processes()
        for pid in found:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while self.processes() and time.monotonic() < deadline:
            time.sleep(0.1)
        return found

    def ids(self, user: str) -> str:
        """``uid:gid`` of ``user`` in the root's own passwd (the host may not know it)."""
        for line in (self.path / "etc/passwd").read_text().splitlines():
            fields = line.split(":")
            if fields[0] == user:
                return f"{fields[2]}:{fields[3]}"
        raise KeyError(user)

    def packages(self) -> set[str]:
        """Installed packages by name."""
        return set(self._installed())

    def provided(self) -> set[str]:
        """Installed packages and the names they provide (Debian 13's libglib2.0-0t64 is
        what ``libglib2.0-0`` installs)."""
        names = set()
        for package, provides in self._installed().items():
            names.add(package)
            names.update(item.split()[0] for item in provides.split(",") if item.strip())
        return names

    def _installed(self) -> dict[str, str]:
        listed = self.run(
            "dpkg-query", "-W", "-f", "${db:Status-Abbrev}|${Package}|${Provides}\\n"
        ).stdout
        return {
            fields[1]: fields[2]
            for fields in (line.split("|") for line in listed.splitlines())
            if fields[0].startswith("ii")
        }

    def tree(self) -> dict[str, tuple[str, int, int, int]]:
        """Every path outside the volatile ones: kind, mode, owner and group."""
        found: dict[str, tuple[str, int, int, int]] = {}
        for folder, dirs, files in os.walk(self.path):
            relative = "/" + os.path.relpath(folder, self.path).removeprefix(".")
            relative = relative.replace("//", "/")
            dirs[:] = [d for d in dirs if not _volatile(f"{relative.rstrip('/')}/{d}")]
            for name in dirs + files:
                inside = f"{relative.rstrip('/')}/{name}"
                if _volatile(inside) or "__pycache__" in inside:
                    continue
                status = os.lstat(os.path.join(folder, name))
                kind = (
                    "d"
                    if name in dirs
                    else ("l" if os.path.islink(os.path.join(folder, name)) else "f")
                )
                found[inside] = (kind, status.st_mode & 0o7777, status.st_uid, status.st_gid)
        return found


def _volatile(path: str) -> bool:
    return any(path == prefix or path.startswith(prefix + "/") for prefix in VOLATILE)
