"""What the signaling sockets talk to: connect, a message, gone. One office process keeps the
hub in memory (:class:`LocalSwitchboard`); a region's workers and nodes share it through
PostgreSQL (:class:`backoffice.signaling.cluster.ClusterSwitchboard`). Both apply the same
:class:`~backoffice.signaling.hub.SignalingHub` rules."""

from __future__ import annotations

import uuid
from typing import Protocol

from backoffice.signaling import messages as m
from backoffice.signaling.hub import (
    GuestSession,
    KioskSession,
    PeerLink,
    SignalingHub,
    StaffProfile,
    StaffSession,
)


class Switchboard(Protocol):
    """Peers are opaque handles: what ``*_connected`` returned, passed back as they are."""

    async def kiosk_connected(
        self, link: PeerLink, device_id: uuid.UUID, location: str, name: str = ""
    ) -> object: ...

    async def kiosk_message(self, peer: object, message: m.KioskMessage) -> None: ...

    async def kiosk_gone(self, peer: object) -> None: ...

    async def staff_connected(
        self, link: PeerLink, staff_id: int, profile: StaffProfile | None = None
    ) -> object: ...

    async def staff_message(self, peer: object, message: m.StaffMessage) -> None: ...

    async def staff_gone(self, peer: object) -> None: ...

    async def guest_link_open(self, token: str) -> bool:
        """Whether a one-time interpreter link still lets someone in."""
        ...

    async def guest_connected(self, link: PeerLink, token: str) -> object | None:
        """``None`` if the link was spent meanwhile."""
        ...

    async def guest_message(self, peer: object, message: m.GuestMessage) -> None: ...

    async def guest_gone(self, peer: object) -> None: ...


class LocalSwitchboard:
    """The hub in this process's memory, called on its event loop (SQLite: one worker)."""

    def __init__(self, hub: SignalingHub) -> None:
        self.hub = hub

    async def kiosk_connected(
        self, link: PeerLink, device_id: uuid.UUID, location: str, name: str = ""
    ) -> object:
        return self.hub.kiosk_connected(link, device_id, location, name)

    async def kiosk_message(self, peer: object, message: m.KioskMessage) -> None:
        assert isinstance(peer, KioskSession)
        self.hub.kiosk_message(peer, message)

    async def kiosk_gone(self, peer: object) -> None:
        assert isinstance(peer, KioskSession)
        self.hub.kiosk_gone(peer)

    async def staff_connected(
        self, link: PeerLink, staff_id: int, profile: StaffProfile | None = None
    ) -> object:
        return self.hub.staff_connected(link, staff_id, profile)

    async def staff_message(self, peer: object, message: m.StaffMessage) -> None:
        assert isinstance(peer, StaffSession)
        self.hub.staff_message(peer, message)

    async def staff_gone(self, peer: object) -> None:
        assert isinstance(peer, StaffSession)
        self.hub.staff_gone(peer)

    async def guest_link_open(self, token: str) -> bool:
        return self.hub.guest_link_open(token)

    async def guest_connected(self, link: PeerLink, token: str) -> object | None:
        return self.hub.guest_connected(link, token)

    async def guest_message(self, peer: object, message: m.GuestMessage) -> None:
        assert isinstance(peer, GuestSession)
        self.hub.guest_message(peer, message)

    async def guest_gone(self, peer: object) -> None:
        assert isinstance(peer, GuestSession)
        self.hub.guest_gone(peer)
