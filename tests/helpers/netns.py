"""A thin rural link on this machine: a network namespace behind a shaped veth pair.

Usage (as root)::

    with network_namespace(THIN_LINK) as link:
        subprocess.run(link.exec_prefix() + [".venv/bin/python", "-m", "..."])
        link.shape(None)            # full veth speed for a baseline run
        link.counters()             # bytes each way so far

The namespace is the cabin, the host is the office. ``netem`` is missing from this kernel, so
the link has a rate and a queue (``tc`` ``tbf``), not artificial delay or loss: what a cabin on
a 300 kbit/s line sees is the queue filling and packets dropped at its end.

Everything is torn down on leaving the block, also on an exception or Ctrl-C: the processes
still inside the namespace (ours: it has a fresh name) are killed, the veth pair and the
namespace deleted.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import secrets
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass

# Private /30s are picked from here (one pair of addresses, nothing else routes through it).
POOL = ipaddress.IPv4Network("10.213.0.0/16")


class NetnsUnavailableError(RuntimeError):
    """This machine cannot build the link (not root, or no ``ip netns``)."""


class LinkCommandError(RuntimeError):
    """An ``ip`` or ``tc`` command failed; the message has its stderr."""


@dataclass(frozen=True)
class Shaping:
    """``tbf`` figures for each direction of the link."""

    rate_kbit: int
    # Bytes the line may send at once above the rate. It must hold at least one full-size
    # packet (1514 bytes on the wire) or tbf drops every such packet; 4 of them (~160 ms of
    # the line at 300 kbit/s) is what a DSL modem's shaper lets through after a quiet spell.
    burst_bytes: int = 6_000
    # The longest a packet may wait in the queue before tbf drops it. A rural modem's buffer
    # holds a few hundred ms; 200 ms (7.5 kB at 300 kbit/s) keeps the queue honest without
    # the multi-second bufferbloat that would hide every drop behind delay.
    latency_ms: int = 200


# The link: 300 kbit/s each way.
THIN_LINK = Shaping(rate_kbit=300)


@dataclass(frozen=True)
class LinkCounters:
    """Bytes seen on the host's end of the veth pair since it was created."""

    to_namespace: int  # the office's download to the cabin (host end transmits)
    from_namespace: int  # the cabin's upload to the office (host end receives)


@dataclass
class ShapedLink:
    name: str  # the namespace
    host_device: str
    namespace_device: str
    host_address: str
    namespace_address: str
    shaping: Shaping | None = None

    def exec_prefix(self) -> list[str]:
        """Prepend to a command to run it inside the namespace."""
        return ["ip", "netns", "exec", self.name]

    def shape(self, shaping: Shaping | None) -> None:
        """Sets both directions to ``shaping`` (``None``: the veth's own speed)."""
        # Upload is shaped where it leaves the cabin, download where it leaves the office:
        # tbf only shapes what a device transmits.
        shape_device(self.host_device, shaping)
        shape_device(self.namespace_device, shaping, self.name)
        self.shaping = shaping

    def counters(self) -> LinkCounters:
        shown = json.loads(run_command("ip", "-s", "-j", "link", "show", "dev", self.host_device))
        stats = shown[0]["stats64"]
        return LinkCounters(to_namespace=stats["tx"]["bytes"], from_namespace=stats["rx"]["bytes"])

    def drops(self) -> tuple[int, int]:
        """Packets tbf dropped so far: (download, upload)."""
        return (
            qdisc_drops(["tc", "-s", "-j", "qdisc", "show", "dev", self.host_device]),
            qdisc_drops(["tc", "-s", "-j", "-n", self.name, "qdisc", "show", "dev",
                          self.namespace_device]),
        )  # fmt: skip


def shape_device(device: str, shaping: Shaping | None, namespace: str | None = None) -> None:
    """What ``device`` transmits goes through ``tbf`` (``None``: its own speed again)."""
    prefix = ["-n", namespace] if namespace else []
    if shaping is None:
        run_command("tc", *prefix, "qdisc", "del", "dev", device, "root", check=False)
    else:
        run_command("tc", *prefix, "qdisc", "replace", "dev", device, "root", "tbf",
                    "rate", f"{shaping.rate_kbit}kbit", "burst", str(shaping.burst_bytes),
                    "latency", f"{shaping.latency_ms}ms")  # fmt: skip


def check_available() -> None:
    """Raises :class:`NetnsUnavailableError` with what is missing."""
    if os.geteuid() != 0:
        raise NetnsUnavailableError("network namespaces need root: run this as root (sudo)")
    for tool in ("ip", "tc"):
        if shutil.which(tool) is None:
            raise NetnsUnavailableError(f"'{tool}' not found: install iproute2")
    probe = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        raise NetnsUnavailableError(f"'ip netns' is unavailable here: {probe.stderr.strip()}")


@contextlib.contextmanager
def network_namespace(shaping: Shaping | None = THIN_LINK) -> Iterator[ShapedLink]:
    """A fresh namespace joined to the host by a veth pair on a free private /30."""
    check_available()
    token = secrets.token_hex(3)
    host_net = free_subnet()
    host_ip, namespace_ip = (str(address) for address in host_net.hosts())
    link = ShapedLink(
        name=f"bt-{token}",
        host_device=f"bt{token}h",  # interface names: at most 15 characters
        namespace_device=f"bt{token}n",
        host_address=host_ip,
        namespace_address=namespace_ip,
    )
    try:
        run_command("ip", "netns", "add", link.name)
        run_command("ip", "link", "add", link.host_device, "type", "veth",
             "peer", "name", link.namespace_device, "netns", link.name)  # fmt: skip
        run_command("ip", "addr", "add", f"{host_ip}/30", "dev", link.host_device)
        run_command("ip", "link", "set", link.host_device, "up")
        inside = ("ip", "-n", link.name)
        run_command(*inside, "addr", "add", f"{namespace_ip}/30", "dev", link.namespace_device)
        run_command(*inside, "link", "set", link.namespace_device, "up")
        run_command(*inside, "link", "set", "lo", "up")
        if shaping is not None:
            link.shape(shaping)
        yield link
    finally:
        _tear_down(link)


def _tear_down(link: ShapedLink) -> None:
    # Ctrl-C during teardown would leave a half-removed namespace: finish first.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        namespace = namespace_identity(link.name)
        kill_inside(namespace)
        # Deleting one end of a veth pair deletes both (and their qdiscs).
        run_command("ip", "link", "del", link.host_device, check=False)
        run_command("ip", "netns", "del", link.name, check=False)
        # Once more: a process that was entering the namespace just now is in it only now.
        kill_inside(namespace)
    finally:
        signal.signal(signal.SIGINT, previous)


def namespace_identity(name: str) -> tuple[int, int] | None:
    """The namespace's (device, inode): it outlives its name while a process holds it."""
    try:
        found = os.stat(f"/run/netns/{name}")
    except FileNotFoundError:
        return None
    return found.st_dev, found.st_ino


def kill_inside(namespace: tuple[int, int] | None) -> None:
    """Kills what runs in the namespace: only our own processes can be in it (fresh name)."""
    for sig, pause in [(signal.SIGTERM, 2.0), (signal.SIGKILL, 1.0)]:
        pids = _pids_inside(namespace)
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + pause
        while _pids_inside(namespace) and time.monotonic() < deadline:
            time.sleep(0.1)


def _pids_inside(namespace: tuple[int, int] | None) -> list[int]:
    """As ``ip netns pids``, but by identity, so it also works after ``ip netns del``."""
    if namespace is None:
        return []
    pids = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            found = os.stat(f"/proc/{entry.name}/ns/net")
            if (found.st_dev, found.st_ino) == namespace:
                pids.append(int(entry.name))
    return pids


def free_subnet(prefix_length: int = 30) -> ipaddress.IPv4Network:
    """A random subnet (/30 unless told) of :data:`POOL` that no host interface uses yet."""
    shown = json.loads(run_command("ip", "-j", "addr", "show"))
    used = [
        ipaddress.ip_network(f"{a['local']}/{a['prefixlen']}", strict=False)
        for interface in shown
        for a in interface.get("addr_info", [])
        if a.get("family") == "inet"
    ]
    subnets = list(POOL.subnets(new_prefix=prefix_length))
    for _ in range(100):
        candidate = subnets[secrets.randbelow(len(subnets))]
        if not any(candidate.overlaps(net) for net in used):
            return candidate
    raise NetnsUnavailableError(f"no free /{prefix_length} left in {POOL}")


def qdisc_drops(command: list[str]) -> int:
    shown = json.loads(run_command(*command) or "[]")
    return sum(int(q.get("drops", 0)) for q in shown if q.get("kind") == "tbf")


def run_command(*command: str, check: bool = True) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        raise LinkCommandError(f"{' '.join(command)} failed: {result.stderr.strip()}")
    return result.stdout
