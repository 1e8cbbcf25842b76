"""The shaped link of the thin-link bench: built, shaped both ways, and always torn down.

Needs root and ``ip netns``; skips otherwise (the bench itself refuses with a message).
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading

import pytest

from tests.helpers.netns import (
    THIN_LINK,
    NetnsUnavailableError,
    ShapedLink,
    check_available,
    network_namespace,
)

try:
    check_available()
except NetnsUnavailableError as error:
    pytest.skip(f"no network namespaces here: {error}", allow_module_level=True)


def _namespaces() -> list[str]:
    return subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout.split()


def _device_exists(device: str) -> bool:
    shown = subprocess.run(["ip", "link", "show", device], capture_output=True, check=False)
    return shown.returncode == 0


def _tbf_rates(link: ShapedLink) -> list[int]:
    """tbf rates in bytes/s on the host end and the namespace end, in that order."""
    rates = []
    for prefix, device in [([], link.host_device), (["-n", link.name], link.namespace_device)]:
        shown = subprocess.run(["tc", "-j", *prefix, "qdisc", "show", "dev", device],
                               capture_output=True, text=True, check=True).stdout  # fmt: skip
        rates += [q["options"]["rate"] for q in json.loads(shown) if q["kind"] == "tbf"]
    return rates


def _send_from_inside(link: ShapedLink, size: int) -> int:
    """A process in the namespace sends ``size`` bytes to a listener on the host end."""
    with socket.create_server((link.host_address, 0)) as server:
        port = server.getsockname()[1]
        received = bytearray()

        def accept() -> None:
            connection, _ = server.accept()
            with connection:
                while chunk := connection.recv(65536):
                    received.extend(chunk)

        listener = threading.Thread(target=accept)
        listener.start()
        sender = (f"import socket; s = socket.create_connection(('{link.host_address}', {port}));"
                  f" s.sendall(b'x' * {size}); s.close()")  # fmt: skip
        subprocess.run([*link.exec_prefix(), sys.executable, "-c", sender], check=True, timeout=60)
        listener.join(60)
    return len(received)


def test_the_cabin_reaches_the_office_only_over_the_shaped_pair() -> None:
    with network_namespace(THIN_LINK) as link:
        assert link.name in _namespaces()
        # 300 kbit/s = 37 500 bytes/s, each way.
        assert _tbf_rates(link) == [37_500, 37_500]
        before = link.counters()
        assert _send_from_inside(link, 20_000) == 20_000
        assert link.counters().from_namespace - before.from_namespace >= 20_000
        link.shape(None)
        assert _tbf_rates(link) == []
    assert link.name not in _namespaces()
    assert not _device_exists(link.host_device)


def test_an_error_inside_still_removes_namespace_pair_and_processes() -> None:
    with pytest.raises(RuntimeError, match="bench broke"), network_namespace() as link:
        sleeper = subprocess.Popen([*link.exec_prefix(), "sleep", "300"])
        raise RuntimeError("bench broke")
    assert sleeper.wait(timeout=10) != 0  # killed, not finished
    assert link.name not in _namespaces()
    assert not _device_exists(link.host_device)
