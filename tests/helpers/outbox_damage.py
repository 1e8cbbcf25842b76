"""Real damage to a real outbox file, the kinds disks and power cuts cause.

Positions are chosen from the file's own structure, so every kind hits what it means to hit:
a table leaf page (where the rows live) near the middle of the file, a WAL frame carrying such
a page. Random bytes come from a seeded generator: a failing run can be repeated.
"""

from __future__ import annotations

import random
import shutil
import struct
from pathlib import Path

PAGE = 4096
_TABLE_LEAF = 0x0D
_WAL_HEADER = 32
_FRAME_HEADER = 24


def leaf_pages(database: Path) -> list[int]:
    """Numbers of the table leaf pages (after page 1), in file order."""
    data = database.read_bytes()
    return [
        number
        for number in range(2, len(data) // PAGE + 1)
        if data[(number - 1) * PAGE] == _TABLE_LEAF
    ]


def truncate(database: Path, share: float) -> None:
    data = database.read_bytes()
    database.write_bytes(data[: int(len(data) * share) // PAGE * PAGE])


def overwrite(database: Path, offset: int, count: int, rng: random.Random) -> None:
    with database.open("r+b") as stream:
        stream.seek(offset)
        stream.write(rng.randbytes(count))


def zero_page(database: Path, number: int) -> None:
    with database.open("r+b") as stream:
        stream.seek((number - 1) * PAGE)
        stream.write(bytes(PAGE))


def middle_leaf_page(database: Path) -> int:
    pages = leaf_pages(database)
    assert len(pages) >= 3, "too few rows to damage only some"
    return pages[len(pages) // 2]


def leaf_frames(wal: Path) -> list[int]:
    """Byte offsets of the WAL frames that carry a table leaf page."""
    data = wal.read_bytes()
    (page_size,) = struct.unpack_from(">I", data, 8)
    size = _FRAME_HEADER + page_size
    return [
        offset
        for offset in range(_WAL_HEADER, len(data) - size + 1, size)
        if data[offset + _FRAME_HEADER] == _TABLE_LEAF
    ]


def freeze_with_wal(database: Path, keep: Path) -> None:
    """Copies the database and its WAL as a crash would leave them (call while the writer
    still has them open); :func:`restore_frozen` puts them back after the writer closed."""
    keep.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{database}{suffix}", keep / f"{database.name}{suffix}")


def restore_frozen(keep: Path, database: Path) -> None:
    Path(f"{database}-shm").unlink(missing_ok=True)
    for suffix in ("", "-wal"):
        shutil.copyfile(keep / f"{database.name}{suffix}", f"{database}{suffix}")
        Path(f"{database}{suffix}").chmod(0o600)  # as the outbox made them
