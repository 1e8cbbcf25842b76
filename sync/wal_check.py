"""Reading SQLite's write-ahead log ourselves: is part of it damaged, and what did it hold?

SQLite trusts a WAL up to its first frame with a wrong checksum and silently ignores the rest:
the transactions there were committed (a citizen was told "saved"), yet the next checkpoint
overwrites them. So before the outbox is opened for writing, its WAL is read here
(format: https://www.sqlite.org/fileformat2.html#walformat):

    header  32 bytes: magic, version, page size, checkpoint no., salt-1, salt-2, checksum
    frame   24 bytes: page no., database size (non-zero: a commit), salt-1, salt-2, checksum,
            then one page

Each frame's checksum runs on from the previous frame's, so a frame after a damaged one fails
SQLite's check as well. Checking it against the damaged frame's *stored* checksum instead
shows whether it is intact; a commit frame beyond the break means committed transactions that
SQLite would drop: damage. A break with no commit beyond it is an unfinished last transaction
(a power cut while writing), which nobody was told was saved.

:func:`replay_wal` writes every frame of the current WAL into a copy of the database, damaged
or not, newest last: pages that a later frame rewrote come out whole, and a salvage can read
rows SQLite itself would not show.
"""

from __future__ import annotations

import shutil
import struct
from dataclasses import dataclass
from pathlib import Path

_MAGIC = (0x377F0682, 0x377F0683)
_VERSION = 3007000
_HEADER = 32
_FRAME_HEADER = 24
_MASK = 0xFFFFFFFF


def _checksum(data: bytes, big_endian: bool, seed: tuple[int, int]) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0, s1 = seed
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


@dataclass(frozen=True)
class _Frame:
    offset: int
    page: int
    commit_size: int
    salts: tuple[int, int]
    stored: tuple[int, int]


@dataclass(frozen=True)
class WalReading:
    frames: int
    # Frames SQLite uses: up to the last commit before the first broken frame.
    trusted_frames: int
    # For IT, when committed transactions lie beyond a broken frame (or the header is broken).
    damage: str | None


def _frames(data: bytes, page_size: int) -> list[_Frame]:
    size = _FRAME_HEADER + page_size
    found = []
    for offset in range(_HEADER, len(data) - size + 1, size):
        page, commit, salt1, salt2, c1, c2 = struct.unpack_from(">6I", data, offset)
        found.append(_Frame(offset, page, commit, (salt1, salt2), (c1, c2)))
    return found


def _header(data: bytes) -> tuple[bool, int, tuple[int, int]] | None:
    """(big-endian checksums, page size, salts) of a sound header, else None."""
    if len(data) < _HEADER:
        return None
    magic, version, page_size, _, salt1, salt2, c1, c2 = struct.unpack_from(">8I", data, 0)
    if magic not in _MAGIC or version != _VERSION or page_size not in _PAGE_SIZES:
        return None
    big_endian = bool(magic & 1)
    if _checksum(data[:24], big_endian, (0, 0)) != (c1, c2):
        return None
    return big_endian, page_size, (salt1, salt2)


_PAGE_SIZES = {512 << n for n in range(8)} | {65536}


def read_wal(path: Path) -> WalReading | None:
    """None when there is no WAL (or an empty one)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    if len(data) <= _HEADER:
        return None
    header = _header(data)
    if header is None:
        return WalReading(0, 0, f"{path.name}: header damaged, none of its frames can be used")
    big_endian, page_size, salts = header
    frames = _frames(data, page_size)
    seed = _checksum(data[:24], big_endian, (0, 0))
    trusted, broken_at = 0, len(frames)
    for index, frame in enumerate(frames):
        if frame.salts != salts or _frame_sum(data, frame, page_size, big_endian, seed) != (
            frame.stored
        ):
            broken_at = index
            break
        seed = frame.stored
        if frame.commit_size:
            trusted = index + 1
    # Frames of older WAL generations carry other salts: they are not damage.
    beyond = [
        (before, frame)
        for before, frame in zip(frames[broken_at:], frames[broken_at + 1 :], strict=False)
        if frame.salts == salts
    ]
    if not any(frame.commit_size for _, frame in beyond):
        return WalReading(broken_at, trusted, None)  # at most an unfinished last transaction
    intact = sum(
        1
        for before, frame in beyond
        if _frame_sum(data, frame, page_size, big_endian, before.stored) == frame.stored
    )
    return WalReading(
        broken_at + 1 + len(beyond),
        trusted,
        f"{path.name}: frame {broken_at + 1} is damaged; {len(beyond)} later frame(s) "
        f"({intact} intact) hold committed changes SQLite would drop",
    )


def _frame_sum(
    data: bytes, frame: _Frame, page_size: int, big_endian: bool, seed: tuple[int, int]
) -> tuple[int, int]:
    head = data[frame.offset : frame.offset + 8]
    page = data[frame.offset + _FRAME_HEADER : frame.offset + _FRAME_HEADER + page_size]
    return _checksum(page, big_endian, _checksum(head, big_endian, seed))


def replay_wal(database: Path, wal: Path, target: Path) -> int:
    """Writes ``database`` with every frame of the current WAL applied, checksums ignored,
    to ``target``; returns how many frames were applied."""
    shutil.copyfile(database, target)
    data = wal.read_bytes()
    header = _header(data)
    if header is None:
        # No salts to go by: take the generation of the first frame, if any page size fits.
        page_size = _guess_page_size(database)
        frames = _frames(data, page_size)
        salts = frames[0].salts if frames else (0, 0)
    else:
        _, page_size, salts = header
        frames = _frames(data, page_size)
    applied, size_pages = 0, 0
    with target.open("r+b") as out:
        for frame in frames:
            if frame.salts != salts or frame.page == 0:
                continue
            start = frame.offset + _FRAME_HEADER
            out.seek((frame.page - 1) * page_size)
            out.write(data[start : start + page_size])
            applied += 1
            size_pages = frame.commit_size or size_pages
        if size_pages:
            out.truncate(size_pages * page_size)
    return applied


def _guess_page_size(database: Path) -> int:
    with database.open("rb") as source:
        head = source.read(18)
    if len(head) == 18:
        (size,) = struct.unpack_from(">H", head, 16)
        size = 65536 if size == 1 else size
        if size in _PAGE_SIZES:
            return size
    return 4096
