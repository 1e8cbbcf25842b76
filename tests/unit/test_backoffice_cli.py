"""The ``backoffice`` command: set-up is safe to repeat, mistakes are one clear line."""

from __future__ import annotations

import io
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from backoffice.cli import main
from tests.helpers.backoffice import free_port

EXE = Path(sys.executable).parent / "backoffice"


def _init(data: Path) -> None:
    assert main(["init", "--data", str(data)]) == 0


def test_init_creates_keys_with_safe_modes(tmp_path: Path) -> None:
    data = tmp_path / "office"
    _init(data)
    assert stat.S_IMODE((data / "backoffice.key").stat().st_mode) == 0o600
    assert stat.S_IMODE((data / "session.secret").stat().st_mode) == 0o600
    assert (data / "backoffice.sqlite3").exists()


def test_init_again_keeps_everything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "office"
    _init(data)
    key = (data / "backoffice.key").read_bytes()
    _init(data)
    assert "already initialised" in capsys.readouterr().out
    assert (data / "backoffice.key").read_bytes() == key


def test_bad_config_is_one_message_and_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "office.toml"
    config.write_text('office_name = "Jobcenter"\nenrolment_token_hours = 5\n')
    result = subprocess.run(
        [str(EXE), "init", "--data", str(tmp_path / "office"), "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "enrolment_token_hours: unknown key" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "office").exists()


@pytest.mark.parametrize(
    "command",
    [["serve"], ["enrollment-token"], ["add-staff", "--username", "anna", "--password-stdin"]],
)
def test_commands_on_a_missing_data_folder_say_what_to_do(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command, "--data", str(tmp_path / "nowhere")]) == 2
    assert "run 'backoffice init" in capsys.readouterr().err


def _add_staff(data: Path, password: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    return main(["add-staff", "--data", str(data), "--username", "anna", "--password-stdin"])


def test_add_staff_refuses_short_password_and_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "office"
    _init(data)
    assert _add_staff(data, "kurz", monkeypatch) == 2
    assert "at least 10 characters" in capsys.readouterr().err
    assert _add_staff(data, "lang-genug-1234", monkeypatch) == 0
    assert _add_staff(data, "lang-genug-1234", monkeypatch) == 2
    assert "exists already" in capsys.readouterr().err


def test_enrollment_tokens_are_fresh_and_long(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "office"
    _init(data)
    capsys.readouterr()
    tokens = set()
    for _ in range(2):
        assert main(["enrollment-token", "--data", str(data), "--hours", "2"]) == 0
        tokens.add(capsys.readouterr().out.strip())
    assert len(tokens) == 2
    assert all(len(token) >= 40 for token in tokens)
    # Only hashes are stored.
    assert not any(token.encode() in (data / "backoffice.sqlite3").read_bytes() for token in tokens)


def test_enrollment_token_hours_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "office"
    _init(data)
    assert main(["enrollment-token", "--data", str(data), "--hours", "0"]) == 2


def test_tokens_never_look_like_command_line_options() -> None:
    from backoffice.tokens import new_token

    assert not any(new_token().startswith("-") for _ in range(2000))


def test_an_unreachable_database_is_one_line_without_its_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "office.toml"
    port = free_port()  # nothing listens there
    config.write_text(f'database_url = "postgresql://bt:geheim-123@127.0.0.1:{port}/region"\n')
    assert main(["init", "--data", str(tmp_path / "office"), "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("backoffice: cannot use the database: ")
    assert len(err.strip().splitlines()) == 1
    assert "geheim-123" not in err


def test_several_workers_on_sqlite_are_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "office"
    _init(data)
    assert main(["serve", "--data", str(data), "--workers", "2"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        "backoffice: --workers above 1 needs PostgreSQL (database_url in the settings): "
        "SQLite's signaling hub lives in one process"
    )
