"""Named fakes for testing the signaling hub without sockets or a running loop."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from backoffice.signaling import messages as m


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
