"""Sealing payloads to the backoffice's public key.

The terminal holds only the public key, so it cannot read its own queue: a stolen terminal
reveals nothing of what citizens handed in. libsodium sealed boxes (X25519 + XSalsa20-Poly1305)
are authenticated, so a tampered payload fails to open.
"""

from __future__ import annotations

import base64

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox


class UnsealError(Exception):
    """The sealed payload was tampered with, truncated, or sealed to another key."""


def public_key_from_b64(text: str) -> PublicKey:
    raw = base64.b64decode(text, validate=True)
    if len(raw) != 32:
        raise ValueError("a public key has 32 bytes")
    return PublicKey(raw)


def seal(plaintext: bytes, recipient: PublicKey) -> bytes:
    return bytes(SealedBox(recipient).encrypt(plaintext))


def unseal(ciphertext: bytes, key: PrivateKey) -> bytes:
    try:
        return bytes(SealedBox(key).decrypt(ciphertext))
    except CryptoError:
        raise UnsealError("sealed payload cannot be opened") from None
