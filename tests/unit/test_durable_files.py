"""The one durable write (``durable.files``) both sides use: all or nothing, private by default,
and a file that must never be replaced is never replaced."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from durable.files import replacing, write_file_atomically, write_new_file


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_write_replaces_the_file_whole_with_its_mode_and_leaves_no_temporary(
    tmp_path: Path,
) -> None:
    target = tmp_path / "device.json"
    target.write_bytes(b"old")
    write_file_atomically(target, b"new content")
    write_file_atomically(tmp_path / "shared.pdf", b"%PDF", mode=0o644)
    assert target.read_bytes() == b"new content"
    assert mode_of(target) == 0o600
    assert mode_of(tmp_path / "shared.pdf") == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["device.json", "shared.pdf"]


def test_a_write_that_fails_halfway_leaves_the_old_content_and_no_temporary(
    tmp_path: Path,
) -> None:
    target = tmp_path / "hotfolder.zip"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(target, temp_prefix=".incoming-") as stream:
        stream.write(b"half of the new")
        raise RuntimeError("disk pulled")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["hotfolder.zip"]


def test_a_new_file_is_never_written_over(tmp_path: Path) -> None:
    key = tmp_path / "backoffice.key"
    write_new_file(key, b"first key\n")
    with pytest.raises(FileExistsError):
        write_new_file(key, b"second key\n")
    assert key.read_bytes() == b"first key\n"
    assert mode_of(key) == 0o600
