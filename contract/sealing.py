"""Sealing payloads to the backoffice's public key.

The terminal holds only the public key, so it cannot read its own queue: a stolen terminal
reveals nothing of what citizens handed in. libsodium sealed boxes (X25519 + XSalsa20-Poly1305)
are authenticated, so a tampered payload fails to open.

The office may hold several key pairs while a new one is rolled out (``backoffice
rotate-key``): each is named by :func:`key_id`, envelopes may say which key they were sealed
to, and every opening function takes a list of keys and tries the named one first.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from nacl import bindings
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox


class UnsealError(Exception):
    """The sealed payload was tampered with, truncated, or sealed to another key."""


def public_key_from_b64(text: str) -> PublicKey:
    raw = base64.b64decode(text, validate=True)
    if len(raw) != 32:
        raise ValueError("a public key has 32 bytes")
    return PublicKey(raw)


KEY_ID_LENGTH = 16
KEY_ID_PATTERN = r"^[0-9a-f]{16}$"
_FINGERPRINT_LENGTH = 32


def key_id(public_key: PublicKey) -> str:
    """A key's short name (rows, lists, the wire): 16 hex digits of its SHA-256."""
    return hashlib.sha256(bytes(public_key)).hexdigest()[:KEY_ID_LENGTH]


def key_fingerprint(public_key_b64: str) -> str:
    """What people compare to be sure of an office key: ``backoffice init`` prints it,
    ``kiosk enroll --expect-key`` checks it, ``kiosk status`` and the fleet page show it.

    32 hex digits of the key's SHA-256 in groups of four; the first four groups are its
    :func:`key_id`. Twice the key id's length because it guards against a forged key: 64
    bits are a name, not a protection against someone who can spend on a matching key."""
    digest = hashlib.sha256(bytes(public_key_from_b64(public_key_b64))).hexdigest()
    text = digest[:_FINGERPRINT_LENGTH]
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def same_fingerprint(expected: str, fingerprint: str) -> bool:
    """``expected`` as IT typed it (any case, with or without dashes, colons or spaces)."""
    typed = "".join(ch for ch in expected.lower() if ch.isalnum())
    return typed == fingerprint.replace("-", "")


Keys = PrivateKey | Sequence[PrivateKey]


def _candidates(keys: Keys) -> Sequence[PrivateKey]:
    return [keys] if isinstance(keys, PrivateKey) else keys


def seal(plaintext: bytes, recipient: PublicKey) -> bytes:
    return bytes(SealedBox(recipient).encrypt(plaintext))


def unseal(ciphertext: bytes, keys: Keys) -> bytes:
    """Opens with the first of ``keys`` that fits (a wrong key fails authentication at once)."""
    for key in _candidates(keys):
        try:
            return bytes(SealedBox(key).decrypt(ciphertext))
        except CryptoError:
            continue
    raise UnsealError("sealed payload cannot be opened")


# ---- files: chunked, authenticated, streamed ---------------------------------------------------
#
# A file of many MB is sealed without ever being whole in memory. Layout:
#
#     MAGIC (4) | sealed box of a random per-file key (32 + 48) | secretstream header (24)
#     | chunk | chunk | ... | final chunk
#
# Each chunk is libsodium's crypto_secretstream_xchacha20poly1305 over SEALED_FILE_CHUNK plaintext
# bytes (the last one shorter, possibly empty) and is tagged FINAL only at the end: a reordered,
# dropped, altered or truncated chunk, or bytes after the final one, all fail to open. The terminal
# keeps only the public key, so it cannot open its own files either.

SEALED_FILE_MAGIC = b"BTS1"
SEALED_FILE_CHUNK = 64 * 1024
_ABYTES = bindings.crypto_secretstream_xchacha20poly1305_ABYTES
_HEADER_BYTES = bindings.crypto_secretstream_xchacha20poly1305_HEADERBYTES
_SEALED_KEY_BYTES = (
    bindings.crypto_secretstream_xchacha20poly1305_KEYBYTES + bindings.crypto_box_SEALBYTES
)
_TAG_MESSAGE = bindings.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = bindings.crypto_secretstream_xchacha20poly1305_TAG_FINAL
SEALED_FILE_PREAMBLE = len(SEALED_FILE_MAGIC) + _SEALED_KEY_BYTES + _HEADER_BYTES


class Writable(Protocol):
    def write(self, data: bytes, /) -> int: ...


@dataclass(frozen=True)
class FileDigest:
    """Size and SHA-256 (hex) of the plaintext a sealed file holds."""

    size: int
    sha256: str


def sealed_file_size(plain_size: int) -> int:
    """Bytes of the sealed file for ``plain_size`` plaintext bytes (for quotas, before writing)."""
    chunks = max(1, -(-plain_size // SEALED_FILE_CHUNK))  # only an empty file has an empty chunk
    return SEALED_FILE_PREAMBLE + plain_size + chunks * _ABYTES


def _read_exactly(source: BinaryIO, size: int) -> bytes:
    parts: list[bytes] = []
    wanted = size
    while wanted:
        part = source.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def seal_file(source: BinaryIO, target: Writable, recipient: PublicKey) -> FileDigest:
    """Seal everything readable from ``source`` into ``target``; returns the plaintext's digest."""
    key = bindings.crypto_secretstream_xchacha20poly1305_keygen()
    state = bindings.crypto_secretstream_xchacha20poly1305_state()
    header = bindings.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    target.write(SEALED_FILE_MAGIC + seal(key, recipient) + header)
    digest, size = hashlib.sha256(), 0
    chunk = _read_exactly(source, SEALED_FILE_CHUNK)
    while True:
        # One chunk of look-ahead: the last chunk must carry the FINAL tag.
        following = _read_exactly(source, SEALED_FILE_CHUNK) if chunk else b""
        tag = _TAG_MESSAGE if following else _TAG_FINAL
        target.write(bindings.crypto_secretstream_xchacha20poly1305_push(state, chunk, None, tag))
        digest.update(chunk)
        size += len(chunk)
        if tag == _TAG_FINAL:
            return FileDigest(size, digest.hexdigest())
        chunk = following


def open_sealed_file(source: BinaryIO, target: Writable, keys: Keys) -> FileDigest:
    """Open a file made by :func:`seal_file`, writing the plaintext to ``target`` as it goes.

    Raises :class:`UnsealError` if the file was altered, truncated, extended or sealed to another
    key; ``target`` may then hold a prefix of unauthenticated-as-a-whole data: discard it.
    """
    if _read_exactly(source, len(SEALED_FILE_MAGIC)) != SEALED_FILE_MAGIC:
        raise UnsealError("not a sealed file")
    file_key = unseal(_read_exactly(source, _SEALED_KEY_BYTES), keys)
    header = _read_exactly(source, _HEADER_BYTES)
    state = bindings.crypto_secretstream_xchacha20poly1305_state()
    try:
        bindings.crypto_secretstream_xchacha20poly1305_init_pull(state, header, file_key)
    except (CryptoError, ValueError, TypeError):
        raise UnsealError("sealed file header is damaged") from None
    digest, size = hashlib.sha256(), 0
    while True:
        block = _read_exactly(source, SEALED_FILE_CHUNK + _ABYTES)
        if len(block) < _ABYTES:
            raise UnsealError("sealed file is truncated")
        try:
            chunk, tag = bindings.crypto_secretstream_xchacha20poly1305_pull(state, block, None)
        except (CryptoError, ValueError, RuntimeError):
            raise UnsealError("sealed file chunk fails authentication") from None
        target.write(chunk)
        digest.update(chunk)
        size += len(chunk)
        if tag == _TAG_FINAL:
            if source.read(1):
                raise UnsealError("sealed file has data after its final chunk")
            return FileDigest(size, digest.hexdigest())
