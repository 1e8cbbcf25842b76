"""What the signaling sockets talk to: connect, a message, gone. One office process keeps the
hub in memory (:class:`LocalSwitchboard`); a region's workers and nodes share it through
PostgreSQL (:class:`backoffice.signaling.cluster.ClusterSwitchboard`). Both apply the same
:class:`~backoffice.signaling.hub.SignalingHub` rules."""

from __future__ import annotations

import uuid
from typing import Protocol

from backoffice.signaling import messages as m
from backoffice.signaling.hub import KioskSession, PeerLink, SignalingHub, StaffSession


class Switchboard(Protocol):
    """Peers are opaque handles: what ``*_connected`` returned, passed back as they are."""

    async def kiosk_connected(
        self, link: PeerLink, device_id: uuid.UUID, location: str
    ) -> object: ...

    async def kiosk_message(self, peer: object, message: m.KioskMessage) -> None: ...

    async def kiosk_gone(self, peer: object) -> None: ...

    async def staff_connected(self, link: PeerLink, staff_id: int) -> object: ...

    async def staff_message(self, peer: object, message: m.StaffMessage) -> None: ...

    async def staff_gone(self, peer: object) -> None: ...


class LocalSwitchboard:
    """The hub in this process's memory, called on its event loop (SQLite: one worker)."""

    def __init__(self, hub: SignalingHub) -> None:
        self.hub = hub

    async def kiosk_connected(self, link: PeerLink, device_id: uuid.UUID, location: str) -> object:
        return self.hub.kiosk_connected(link, device_id, location)

    async def kiosk_message(self, peer: object, message: m.KioskMessage) -> None:
        assert isinstance(peer, KioskSession)
        self.hub.kiosk_message(peer, message)

    async def kiosk_gone(self, peer: object) -> None:
        assert isinstance(peer, KioskSession)
        self.hub.kiosk_gone(peer)

    async def staff_connected(self, link: PeerLink, staff_id: int) -> object:
        return self.hub.staff_connected(link, staff_id)

    async def staff_message(self, peer: object, message: m.StaffMessage) -> None:
        assert isinstance(peer, StaffSession)
        self.hub.staff_message(peer, message)

    async def staff_gone(self, peer: object) -> None:
        assert isinstance(peer, StaffSession)
        self.hub.staff_gone(peer)
