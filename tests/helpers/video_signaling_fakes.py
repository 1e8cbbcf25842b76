"""Named fakes for testing the signaling hub without sockets or a running loop."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from backoffice.signaling import messages as m
from backoffice.signaling.hub import (
    HubSettings,
    IceIssuer,
    KioskSession,
    SignalingHub,
    StaffProfile,
    StaffSession,
)


class RecordingLink:
    """A peer's socket: records what the hub sends it, and whether it was hung up."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.sent: list[m.HubMessage] = []
        self.closed = False

    def send(self, message: m.HubMessage) -> None:
        self.sent.append(message)

    def close(self) -> None:
        self.closed = True

    def types(self) -> list[str]:
        return [message.type for message in self.sent]

    def last[T](self, kind: type[T]) -> T:
        for message in reversed(self.sent):
            if isinstance(message, kind):
                return message
        raise AssertionError(f"{self.name} never got a {kind.__name__}: {self.types()}")

    def clear(self) -> None:
        self.sent.clear()


@dataclass
class _Timer:
    delay: float
    callback: Callable[[], None]
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


@dataclass
class ManualScheduler:
    """Timers that fire only when the test says time has passed."""

    timers: list[_Timer] = field(default_factory=list)

    def call_later(self, delay: float, callback: Callable[[], None]) -> _Timer:
        timer = _Timer(delay, callback)
        self.timers.append(timer)
        return timer

    def fire_all(self) -> None:
        for timer in list(self.timers):
            if not timer.cancelled:
                timer.callback()
        self.timers.clear()


# ---- driving a hub as its peers would ------------------------------------------------------


class RecordingCallLog:
    """The figures' call log as the hub tells it: (event, call id) in order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []

    def rang(self, call_id: str, device_id: uuid.UUID, location: str) -> None:
        self.events.append(("rang", call_id))

    def accepted(self, call_id: str, staff_id: int) -> None:
        self.events.append(("accepted", call_id))

    def ended(self, call_id: str) -> None:
        self.events.append(("ended", call_id))


def new_hub(
    scheduler: ManualScheduler,
    clock: Callable[[], float] = lambda: 1_800_000_000.0,
    call_log: RecordingCallLog | None = None,
) -> SignalingHub:
    """A hub whose calls are numbered 1, 2, ... and whose ICE servers name the party."""
    ids = (f"{n:032x}" for n in itertools.count(1))
    return SignalingHub(scheduler, new_call_id=lambda: next(ids), ice=PartyIce(),
                        settings=HubSettings(reconnect_seconds=25, guest_link_seconds=600),
                        wall_clock=clock, call_log=call_log)  # fmt: skip


class PartyIce(IceIssuer):
    """A TURN URL per party, so a test sees who got which."""

    def issue(self, call_id: str, party: m.Party) -> list[m.IceServer]:
        return [m.IceServer(urls=[f"turn:turn.test:3478?party={party.value}"],
                            username=f"1:{call_id}.{party.value}", credential="x")]  # fmt: skip


def connect_kiosk(
    hub: SignalingHub, name: str = "kiosk", device: uuid.UUID | None = None
) -> tuple[KioskSession, RecordingLink]:
    link = RecordingLink(name)
    session = hub.kiosk_connected(link, device or uuid.uuid4(), "Kabine Dorfplatz", "kabine-3")
    return session, link


def connect_staff(
    hub: SignalingHub, staff_id: int, available: bool = True, profile: StaffProfile | None = None
) -> tuple[StaffSession, RecordingLink]:
    link = RecordingLink(f"staff{staff_id}")
    session = hub.staff_connected(link, staff_id, profile)
    hub.staff_message(session, m.Presence(available=available))
    return session, link


def place_call(
    hub: SignalingHub, session: KioskSession, link: RecordingLink, language: str = "de"
) -> str:
    hub.kiosk_message(session, m.CallRequest(ring_timeout_seconds=30, language=language))
    return link.last(m.Ringing).call_id
