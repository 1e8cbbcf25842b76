"""Real networks on one machine: each party at home behind its own NAT, an "internet" between.

::

    host (office: backoffice) ── internet namespace (bridge; coturn) ─┬─ router ─ kiosk
                                                                       ├─ router ─ staff
                                                                       └─ router ─ interpreter

Every party lives in its own network namespace on a private LAN (192.168.<n>.0/24) behind
its own router namespace, which masquerades (nftables) onto the internet segment, a /24 of
:data:`tests.helpers.netns.POOL` that only the host's end of its veth shows outside. The
office (the backoffice the tests start on the host) is ``office_address`` there; coturn
runs inside the internet namespace at ``turn_address``.

What a test does to a site's router (all nftables or ``ip`` inside that router):
:meth:`NatRig.block_direct_udp` (the parties cannot reach each other over UDP, only the
relay), :meth:`Site.block_udp` (a network that lets no UDP out at all), :meth:`Site.cut` /
:meth:`Site.restore` (the line drops: the router's uplink goes down, and with it the NAT's
mappings, as a mobile modem's would), :meth:`Site.shape` (a thin uplink, ``tc tbf``).

All namespaces get fresh random names and are deleted on leaving the block, with whatever
still runs inside them.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import secrets
import signal
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers.netns import (
    Shaping,
    check_available,
    free_subnet,
    kill_inside,
    namespace_identity,
    qdisc_drops,
    run_command,
    shape_device,
)

WAN, LAN, BRIDGE = "wan0", "lan0", "br0"


@dataclass
class Site:
    """One party's home: its namespace and the router in front of it."""

    label: str
    namespace: str
    router: str
    address: str  # on its LAN
    public_address: str  # the router's, on the internet segment
    udp_blocked: bool = False
    blocked_peers: set[str] = field(default_factory=set)

    def exec_prefix(self) -> list[str]:
        """Prepend to a command to run it inside this party's namespace."""
        return ["ip", "netns", "exec", self.namespace]

    def block_udp(self, blocked: bool = True) -> None:
        """No UDP leaves or enters this network (only TCP gets through the router)."""
        self.udp_blocked = blocked
        self._write_filter()

    def cut(self) -> None:
        """The line goes dead: the router's uplink is down (its NAT mappings flushed, as a
        mobile modem's are), and what the LAN sends vanishes without an answer: a dead radio
        link sends no "unreachable" back either."""
        _nft(self.router, f'add rule inet bt cut iifname "{LAN}" drop')
        run_command("ip", "-n", self.router, "link", "set", WAN, "down")

    def restore(self) -> None:
        run_command("ip", "-n", self.router, "link", "set", WAN, "up")
        _nft(self.router, "flush chain inet bt cut")

    def shape(self, uplink: Shaping | None, downlink: Shaping | None = None) -> None:
        """``tbf`` on what the site sends (``uplink``) and receives (``downlink``)."""
        shape_device(WAN, uplink, self.router)
        shape_device(LAN, downlink, self.router)

    def uplink_bytes(self) -> int:
        """Bytes the router sent to the internet so far (after NAT, so what the line carries)."""
        shown = run_command("ip", "-n", self.router, "-s", "-j", "link", "show", "dev", WAN)
        return int(json.loads(shown)[0]["stats64"]["tx"]["bytes"])

    def uplink_drops(self) -> int:
        """Packets the uplink's ``tbf`` dropped so far (its queue was full)."""
        return qdisc_drops(["tc", "-s", "-j", "-n", self.router, "qdisc", "show", "dev", WAN])

    def _write_filter(self) -> None:
        rules = ["flush chain inet bt filter"]
        if self.udp_blocked:
            rules.append("add rule inet bt filter meta l4proto udp drop")
        for peer in sorted(self.blocked_peers):
            rules.append(f"add rule inet bt filter ip daddr {peer} meta l4proto udp drop")
            rules.append(f"add rule inet bt filter ip saddr {peer} meta l4proto udp drop")
        _nft(self.router, "\n".join(rules))


@dataclass
class NatRig:
    internet: str  # the namespace of the internet segment (coturn runs here)
    host_device: str  # the host's end of the veth into the internet segment
    office_address: str  # the host's address on it: where the backoffice listens
    turn_address: str
    sites: dict[str, Site] = field(default_factory=dict)
    folder: Path | None = None

    def internet_prefix(self) -> list[str]:
        return ["ip", "netns", "exec", self.internet]

    def block_direct_udp(self) -> None:
        """Each router drops UDP to and from the other routers: only the relay connects."""
        for site in self.sites.values():
            site.blocked_peers = {
                other.public_address for other in self.sites.values() if other is not site
            }
            site._write_filter()

    def chromium_wrapper(self, site: Site, folder: Path) -> Path:
        """An executable that starts Debian's Chromium inside ``site`` (for Playwright)."""
        wrapper = folder / f"chromium-in-{site.label}"
        wrapper.write_text(
            f'#!/bin/sh\nexec ip netns exec {site.namespace} /usr/bin/chromium "$@"\n'
        )
        wrapper.chmod(0o755)
        return wrapper


def _nft(namespace: str, script: str) -> None:
    result = subprocess.run(
        ["ip", "netns", "exec", namespace, "nft", "-f", "-"],
        input=script, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"nft in {namespace} failed: {result.stderr.strip()}\n{script}")


def _router_rules() -> str:
    # The filter chain is rewritten by Site._write_filter; masquerading never changes.
    return f"""
table inet bt {{
    chain filter {{ }}
    chain cut {{ }}
    chain forward {{ type filter hook forward priority 0; policy accept; jump filter; }}
    chain prerouting {{ type filter hook prerouting priority -300; policy accept; jump cut; }}
}}
table ip btnat {{
    chain postrouting {{ type nat hook postrouting priority 100; oifname "{WAN}" masquerade; }}
}}
"""


def _add_site(
    rig: NatRig, token: str, index: int, label: str, segment: ipaddress.IPv4Network
) -> Site:
    hosts = list(segment.hosts())
    site = Site(
        label=label,
        namespace=f"bt-{token}-{label}",
        router=f"bt-{token}-{label}-gw",
        address=f"192.168.{10 * (index + 1)}.2",
        public_address=str(hosts[10 + index]),
    )
    rig.sites[label] = site
    lan_router = f"192.168.{10 * (index + 1)}.1"
    for namespace in (site.namespace, site.router):
        run_command("ip", "netns", "add", namespace)
        run_command("ip", "-n", namespace, "link", "set", "lo", "up")
    # Router uplink: its end "wan0" in the router, the other end on the internet bridge.
    run_command("ip", "-n", site.router, "link", "add", WAN, "type", "veth",
                "peer", "name", f"up{index}", "netns", rig.internet)  # fmt: skip
    run_command("ip", "-n", rig.internet, "link", "set", f"up{index}", "master", BRIDGE, "up")
    wan_address = f"{site.public_address}/{segment.prefixlen}"
    run_command("ip", "-n", site.router, "addr", "add", wan_address, "dev", WAN)
    run_command("ip", "-n", site.router, "link", "set", WAN, "up")
    # The LAN: "lan0" in the router, "eth0" at the party.
    run_command("ip", "-n", site.router, "link", "add", LAN, "type", "veth",
                "peer", "name", "eth0", "netns", site.namespace)  # fmt: skip
    run_command("ip", "-n", site.router, "addr", "add", f"{lan_router}/24", "dev", LAN)
    run_command("ip", "-n", site.router, "link", "set", LAN, "up")
    run_command("ip", "-n", site.namespace, "addr", "add", f"{site.address}/24", "dev", "eth0")
    run_command("ip", "-n", site.namespace, "link", "set", "eth0", "up")
    run_command("ip", "-n", site.namespace, "route", "add", "default", "via", lan_router)
    run_command("ip", "netns", "exec", site.router, "sysctl", "-qw", "net.ipv4.ip_forward=1")
    _default_route_to_nowhere(site.router)
    _nft(site.router, _router_rules())
    return site


def _default_route_to_nowhere(namespace: str) -> None:
    """As on the real internet, a packet to an address nobody routes (another home's
    192.168.x.y, which ICE tries first) leaves and is lost; without a default route the
    sender would get an error instead, and coturn closes a relay whose send fails."""
    # A veth pair whose far end nobody reads (this kernel has no "dummy" device); without
    # ARP the packet leaves at once instead of failing neighbour resolution.
    run_command(
        "ip", "-n", namespace, "link", "add", "void0", "type", "veth", "peer", "name", "void1"
    )
    for device in ("void0", "void1"):
        run_command("ip", "-n", namespace, "link", "set", device, "arp", "off", "up")
    run_command("ip", "-n", namespace, "route", "add", "default", "dev", "void0")


@contextlib.contextmanager
def nat_rig(labels: Sequence[str] = ("kiosk", "staff")) -> Iterator[NatRig]:
    """The office on the host, coturn's namespace, and one NATed site per label."""
    check_available()
    token = secrets.token_hex(3)
    segment = free_subnet(24)
    hosts = list(segment.hosts())
    rig = NatRig(
        internet=f"bt-{token}-net",
        host_device=f"bt{token}o",
        office_address=str(hosts[0]),
        turn_address=str(hosts[1]),
    )
    namespaces = [rig.internet]
    try:
        run_command("ip", "netns", "add", rig.internet)
        run_command("ip", "-n", rig.internet, "link", "set", "lo", "up")
        run_command("ip", "-n", rig.internet, "link", "add", BRIDGE, "type", "bridge")
        run_command(
            "ip", "-n", rig.internet, "addr", "add", f"{rig.turn_address}/24", "dev", BRIDGE
        )
        run_command("ip", "-n", rig.internet, "link", "set", BRIDGE, "up")
        _default_route_to_nowhere(rig.internet)
        run_command("ip", "link", "add", rig.host_device, "type", "veth",
                    "peer", "name", "office", "netns", rig.internet)  # fmt: skip
        run_command("ip", "-n", rig.internet, "link", "set", "office", "master", BRIDGE, "up")
        run_command("ip", "addr", "add", f"{rig.office_address}/24", "dev", rig.host_device)
        run_command("ip", "link", "set", rig.host_device, "up")
        for index, label in enumerate(labels):
            namespaces += [f"bt-{token}-{label}", f"bt-{token}-{label}-gw"]
            _add_site(rig, token, index, label, segment)
        yield rig
    finally:
        _tear_down(rig, namespaces)


def _tear_down(rig: NatRig, namespaces: list[str]) -> None:
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        identities = [namespace_identity(name) for name in namespaces]
        for identity in identities:
            kill_inside(identity)
        run_command("ip", "link", "del", rig.host_device, check=False)
        for name in namespaces:
            run_command("ip", "netns", "del", name, check=False)
        for identity in identities:
            kill_inside(identity)
    finally:
        signal.signal(signal.SIGINT, previous)
