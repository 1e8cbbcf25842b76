"""Settings files: defaults work, every mistake is one line naming the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from config import ConfigError, load_terminal_settings
from config.loader import load_backoffice_settings

EXAMPLES = Path(__file__).parents[2] / "config" / "examples"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "terminal.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_working_demo_defaults() -> None:
    settings = load_terminal_settings(None)
    assert settings.site.default_language in settings.site.languages
    assert settings.callback.concerns[0].id == "application"
    assert str(settings.backoffice.url).startswith("http://127.0.0.1")


def test_example_file_is_valid() -> None:
    settings = load_terminal_settings(EXAMPLES / "terminal.toml")
    assert settings.site.office_name == "Jobcenter Hildesheim"
    assert len(settings.callback.closed_days) == 2


def test_misspelt_key_names_file_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, '[site]\noffice_nmae = "X"\n')
    with pytest.raises(ConfigError) as caught:
        load_terminal_settings(path)
    assert (
        str(caught.value)
        == f"{path}: site.office_nmae: unknown key (misspelt, or not valid in this section)"
    )


def test_wrong_type_names_nested_key(tmp_path: Path) -> None:
    path = write(tmp_path, '[timeouts]\ninactivity_seconds = "soon"\n')
    with pytest.raises(ConfigError, match=r"timeouts\.inactivity_seconds: "):
        load_terminal_settings(path)


def test_bad_window_in_list_names_its_index(tmp_path: Path) -> None:
    path = write(tmp_path, '[callback]\nwindows = ["08:00-10:00", "12:00-11:00"]\n')
    with pytest.raises(
        ConfigError, match=r"callback\.windows: .*'12:00-11:00' ends before it starts"
    ):
        load_terminal_settings(path)


def test_concern_without_german_label_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, '[[callback.concerns]]\nid = "x"\nlabel = { en = "X" }\n')
    with pytest.raises(ConfigError, match=r"callback\.concerns\[0\]\.label: .*German"):
        load_terminal_settings(path)


def test_default_language_must_be_offered(tmp_path: Path) -> None:
    path = write(tmp_path, '[site]\nlanguages = ["de"]\ndefault_language = "en"\n')
    with pytest.raises(ConfigError, match="default_language 'en' is not in languages"):
        load_terminal_settings(path)


def test_invalid_toml_is_one_clear_message(tmp_path: Path) -> None:
    path = write(tmp_path, "[site\n")
    with pytest.raises(ConfigError, match=r"not valid TOML"):
        load_terminal_settings(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_terminal_settings(tmp_path / "nope.toml")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "terminal.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_terminal_settings(path)


def test_backoffice_settings_reject_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "backoffice.toml"
    path.write_text("session_hour = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="session_hour: unknown key"):
        load_backoffice_settings(path)


def test_unknown_time_zone_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, '[site]\ntimezone = "Europe/Hildesheim"\n')
    with pytest.raises(ConfigError, match=r"site\.timezone: .*not a known time zone"):
        load_terminal_settings(path)


def _office_error(tmp_path: Path, text: str) -> str:
    path = tmp_path / "backoffice.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_backoffice_settings(path)
    return str(caught.value)


def test_the_office_time_zone_is_checked_and_named_in_one_line(tmp_path: Path) -> None:
    assert load_backoffice_settings(None).timezone == "Europe/Berlin"
    message = _office_error(tmp_path, 'timezone = "Europe/Berln"\n')
    assert message == (
        f"{tmp_path / 'backoffice.toml'}: timezone: Value error, 'Europe/Berln' is not a known "
        "time zone like 'Europe/Berlin'"
    )
    path = tmp_path / "backoffice.toml"
    path.write_text('timezone = "America/New_York"\n', encoding="utf-8")
    assert load_backoffice_settings(path).timezone == "America/New_York"


def test_a_concern_given_to_two_teams_stops_the_start_naming_both(tmp_path: Path) -> None:
    message = _office_error(
        tmp_path,
        '[console.teams.leistung]\nname = "Team Leistung"\nconcerns = ["payment"]\n'
        '[console.teams.markt]\nname = "Team Markt"\nconcerns = ["work", "payment"]\n',
    )
    assert "\n" not in message
    assert message.endswith(
        "console: Value error, teams.markt.concerns: 'payment' belongs to team 'leistung' "
        "already (each goes to one team)"
    )


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (
            '[console.teams.Leistung]\nname = "x"\n',
            "console.teams.Leistung.[key]: String should match pattern",
        ),
        ('[console.teams.leistung]\nname = ""\n', "console.teams.leistung.name: String should"),
        (
            '[console.teams.leistung]\nname = "x"\nmail = "team at jobcenter"\n',
            "console.teams.leistung.mail: Value error, not an e-mail address: 'team at jobcenter'",
        ),
        (
            '[console.teams.leistung]\nname = "x"\ndirectory_groups = ["cn=a"]\n',
            "teams.leistung.directory_groups: no directory configured (console.directory.url)",
        ),
        ('[console.teams.leistung]\nname = "x"\nconcern = ["payment"]\n', "concern: unknown key"),
    ],
)
def test_team_mistakes_name_the_team_and_key(tmp_path: Path, text: str, says: str) -> None:
    message = _office_error(tmp_path, text)
    assert "\n" not in message and says in message, message


@pytest.mark.parametrize(
    ("text", "key", "says"),
    [
        ('[backoffice]\nurl = "http://office.example"\n', "backoffice.url", "not encrypted"),
        (
            '[backoffice]\nurl = "https://office.example"\nca_file = "/nonexistent/ca.pem"\n',
            "backoffice.ca_file",
            "is not a file",
        ),
    ],
)
def test_the_office_link_is_checked_naming_the_key(
    tmp_path: Path, text: str, key: str, says: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as refused:
        load_terminal_settings(path)
    (line,) = str(refused.value).splitlines()
    assert line.startswith(f"{path}: {key}: ") and says in line


def test_site_kind_is_checked_and_defaults_to_an_office_with_a_reception_desk(
    tmp_path: Path,
) -> None:
    assert load_terminal_settings(None).site.kind == "office"
    path = tmp_path / "t.toml"
    path.write_text('[site]\nkind = "cabin"\n')
    assert load_terminal_settings(path).site.kind == "cabin"
    path.write_text('[site]\nkind = "booth"\n')
    with pytest.raises(ConfigError) as failure:
        load_terminal_settings(path)
    assert str(failure.value).startswith(f"{path}: site.kind: ")
    assert "'office' or 'cabin'" in str(failure.value)
