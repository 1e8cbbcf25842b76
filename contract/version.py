"""The protocol version: which contract a terminal speaks, and which ones an office accepts.

A terminal sends :data:`PROTOCOL_VERSION` in the header :data:`PROTOCOL_HEADER` with every call
under ``/api/v1`` (submissions, tus uploads, heartbeats, enrollment, the health probe) and in
the handshake of its signaling socket. An office accepts the versions in :data:`OFFICE_ACCEPTS`;
any other (or a header that is no version at all) gets HTTP 400 with a problem that says which
version it got and which it speaks, and the accepted range in :data:`ACCEPTED_HEADER`, so the
terminal can tell IT precisely what to update (:func:`refusal_from`). ``/api/v1/health`` is
answered whatever the version: it says only that the office is up.

A call without the header is taken as version 1: terminals of release 0.1.0 spoke it without
saying so, and an independent tus client must be able to upload with its defaults.

What changes the version: any change to a model, path or header of this package, with one
exception: the hub may add fields to its signaling messages, which terminals read tolerantly
(``video.protocol``). Both sides validate everything else strictly (unknown fields are refused),
so a terminal may use a change only with an office that speaks its version. An office that
accepts several versions answers each terminal in the shapes of the version it declared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The versions so far:
#   1  release 0.1.0's contract (spoken without the header)
#   2  key rotation: heartbeat answers name the office's sealing key (fleet.SealingKey), heartbeats
#      report what the terminal holds per key (fleet.SealingReport), envelopes may name their key
PROTOCOL_VERSION = 2
# The first version whose terminals understand the sealing key in a heartbeat answer.
SEALING_KEYS_SINCE = 2
PROTOCOL_HEADER = "Buergerterminal-Protocol"
ACCEPTED_HEADER = "Buergerterminal-Protocol-Accepted"
# What a request without the header speaks (see the module docstring).
UNDECLARED_VERSION = 1
_VERSION = re.compile(r"^[1-9][0-9]{0,5}$")
_RANGE = re.compile(r"^([1-9][0-9]{0,5})-([1-9][0-9]{0,5})$")


def protocol_headers() -> dict[str, str]:
    """What a terminal adds to every request it makes of the office."""
    return {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


@dataclass(frozen=True)
class VersionRange:
    oldest: int
    newest: int

    def accepts(self, version: int) -> bool:
        return self.oldest <= version <= self.newest

    def __str__(self) -> str:  # the header's form, e.g. "1-2"
        return f"{self.oldest}-{self.newest}"

    @classmethod
    def parse(cls, text: str | None) -> VersionRange | None:
        match = _RANGE.match((text or "").strip())
        if match is None or int(match[1]) > int(match[2]):
            return None
        return cls(int(match[1]), int(match[2]))


# An office of this release: every version it can still answer.
OFFICE_ACCEPTS = VersionRange(oldest=1, newest=PROTOCOL_VERSION)


def declared_version(header: str | None) -> int | None:
    """The version a request declares (``UNDECLARED_VERSION`` without the header), or ``None``
    if the header is there but no version number."""
    if header is None:
        return UNDECLARED_VERSION
    text = header.strip()
    return int(text) if _VERSION.match(text) else None


def refusal_detail(declared: str | None, accepted: VersionRange) -> str:
    """The problem's detail for a refused request: what it sent, what the office speaks, and
    which side to update."""
    speaks = f"this office speaks protocol versions {accepted.oldest} to {accepted.newest}"
    version = declared_version(declared)
    if version is None:
        return f"The {PROTOCOL_HEADER} header must be a version number; {speaks}."
    if version < accepted.oldest:
        return (
            f"Protocol version {version} is no longer supported; {speaks}. "
            "Update the terminal's software."
        )
    return (
        f"Protocol version {version} is not supported yet; {speaks}. "
        "Update the office's software (or install a terminal release it supports)."
    )


def refusal_from(status: int, accepted_header: str | None) -> str | None:
    """For a terminal: if this answer refused its protocol version, one line for IT that says
    so and what to update; otherwise ``None``."""
    accepted = VersionRange.parse(accepted_header)
    if status != 400 or accepted is None:
        return None
    if accepted.oldest > PROTOCOL_VERSION:
        update = "update this terminal's software"
    else:
        update = "update the office's software"
    return (
        f"the office does not support this terminal's protocol version {PROTOCOL_VERSION} "
        f"(it speaks {accepted.oldest} to {accepted.newest}): {update}"
    )
