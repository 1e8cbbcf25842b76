"""The ``kiosk`` command offers what is installed: subcommands of other packages come through
entry points, and one whose extra is missing says in one line how to install it."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from kiosk import cli


def without(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """As if package ``name`` were not installed (for the demo's check of its extra)."""
    real = importlib.util.find_spec

    def find_spec(fullname: str, package: str | None = None) -> object:
        return None if fullname == name else real(fullname, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


def forget_demo_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "demo.command", raising=False)


def test_the_demo_comes_through_its_entry_point(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as shown:
        cli.main(["demo", "--help"])
    assert shown.value.code == 0
    assert "--no-wait" in capsys.readouterr().out


def test_without_its_extra_the_demo_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    forget_demo_command(monkeypatch)
    without("playwright", monkeypatch)
    assert cli.main(["demo", "--no-wait", "--walk", "video"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "kiosk demo: not installed here (playwright missing); pip install '.[demo]' "
        "(from the source folder)"
    ]


def test_other_commands_still_refuse_unknown_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as refused:
        cli.main(["status", "--bogus"])
    assert refused.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err
