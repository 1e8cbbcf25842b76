"""The NAT rig the call tests stand on: each site reaches the office only through its router's
NAT, what the tests switch off is really off, and everything is gone afterwards.

Needs root and ``ip netns`` (as CI has); skips otherwise.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from tests.helpers.nat_rig import NatRig, Site, nat_rig
from tests.helpers.netns import NetnsUnavailableError, check_available

try:
    check_available()
except NetnsUnavailableError as error:
    pytest.skip(f"no network namespaces here: {error}", allow_module_level=True)


class Echo:
    """A TCP and a UDP server on the office's address; each answers with the sender's IP."""

    def __init__(self, address: str) -> None:
        self.tcp = socket.create_server((address, 0))
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind((address, 0))
        self.port_tcp = self.tcp.getsockname()[1]
        self.port_udp = self.udp.getsockname()[1]
        threading.Thread(target=self._tcp, daemon=True).start()
        threading.Thread(target=self._udp, daemon=True).start()

    def _tcp(self) -> None:
        while True:
            try:
                connection, (host, _) = self.tcp.accept()
            except OSError:
                return
            with connection:
                connection.sendall(host.encode())

    def _udp(self) -> None:
        while True:
            try:
                _, sender = self.udp.recvfrom(100)
                self.udp.sendto(sender[0].encode(), sender)
            except OSError:
                return

    def close(self) -> None:
        self.tcp.close()
        self.udp.close()


_PROBE = """
import socket, sys
kind, host, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
try:
    if kind == "tcp":
        s = socket.create_connection((host, port), timeout=1.5)
    else:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(1.5)
        s.sendto(b"hi", (host, port))
    print(s.recv(100).decode())
except OSError as e:
    print(type(e).__name__)
"""


def _probe(site: Site, kind: str, host: str, port: int) -> str:
    command = [*site.exec_prefix(), sys.executable, "-c", _PROBE, kind, host, str(port)]
    return subprocess.run(command, capture_output=True, text=True, timeout=20).stdout.strip()


@pytest.fixture(scope="module")
def rig() -> Iterator[NatRig]:
    with nat_rig(("kiosk", "staff")) as built:
        yield built


@pytest.fixture(scope="module")
def echo(rig: NatRig) -> Iterator[Echo]:
    server = Echo(rig.office_address)
    yield server
    server.close()


def test_the_office_sees_each_site_as_its_router(rig: NatRig, echo: Echo) -> None:
    for site in rig.sites.values():
        assert _probe(site, "tcp", rig.office_address, echo.port_tcp) == site.public_address
        assert _probe(site, "udp", rig.office_address, echo.port_udp) == site.public_address
    assert rig.sites["kiosk"].address != rig.sites["kiosk"].public_address


def test_a_site_that_blocks_udp_still_talks_tcp(rig: NatRig, echo: Echo) -> None:
    kiosk = rig.sites["kiosk"]
    kiosk.block_udp()
    try:
        assert _probe(kiosk, "udp", rig.office_address, echo.port_udp) == "TimeoutError"
        assert _probe(kiosk, "tcp", rig.office_address, echo.port_tcp) == kiosk.public_address
    finally:
        kiosk.block_udp(False)
    assert _probe(kiosk, "udp", rig.office_address, echo.port_udp) == kiosk.public_address


def test_a_cut_line_is_silent_until_restored(rig: NatRig, echo: Echo) -> None:
    kiosk, staff = rig.sites["kiosk"], rig.sites["staff"]
    kiosk.cut()
    try:
        # No "unreachable" comes back: a dead line just swallows what is sent.
        assert _probe(kiosk, "tcp", rig.office_address, echo.port_tcp) == "TimeoutError"
        assert _probe(staff, "tcp", rig.office_address, echo.port_tcp) == staff.public_address
    finally:
        kiosk.restore()
    assert _probe(kiosk, "tcp", rig.office_address, echo.port_tcp) == kiosk.public_address


def _udp_reaches_router(sender: Site, receiver: Site) -> bool:
    """Does a datagram from ``sender``'s LAN reach a socket on ``receiver``'s router?"""
    listen = ("import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM);"
              f"s.bind(('{receiver.public_address}', 40000)); s.settimeout(3);"
              "print(s.recvfrom(10)[0].decode())")  # fmt: skip
    listener = subprocess.Popen(
        ["ip", "netns", "exec", receiver.router, sys.executable, "-c", listen],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    send = ("import socket, time; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
            f"for _ in range(10): s.sendto(b'hello', ('{receiver.public_address}', 40000));"
            " time.sleep(0.2)")  # fmt: skip
    subprocess.run([*sender.exec_prefix(), sys.executable, "-c", send], check=True, timeout=20)
    out, _ = listener.communicate(timeout=20)
    return "hello" in out


def test_direct_udp_between_homes_is_blocked(rig: NatRig) -> None:
    kiosk, staff = rig.sites["kiosk"], rig.sites["staff"]
    assert _udp_reaches_router(kiosk, staff)
    rig.block_direct_udp()
    try:
        assert not _udp_reaches_router(kiosk, staff)
        assert not _udp_reaches_router(staff, kiosk)
    finally:
        for site in rig.sites.values():
            site.blocked_peers = set()
            site.block_udp(False)


def test_nothing_is_left_behind() -> None:
    with nat_rig(("kiosk",)) as built:
        names = [built.internet, built.sites["kiosk"].namespace, built.sites["kiosk"].router]
        device = built.host_device
    listed = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    assert not any(name in listed for name in names)
    shown = subprocess.run(["ip", "link", "show", device], capture_output=True, check=False)
    assert shown.returncode != 0
