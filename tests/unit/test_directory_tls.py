"""A directory that refuses StartTLS never gets a password in clear: the login is reported as
"directory unavailable" (real slapd without a certificate, on loopback)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from ldap3 import Connection, Server

from backoffice.console.directory import DirectoryUnavailableError, OfficeDirectory
from config.console import DirectorySettings
from tests.helpers.slapd import GROUPS, PEOPLE, Directory, running_slapd

PASSWORD = "verzeichnis-passwort"


@pytest.fixture(scope="module")
def plain_directory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Directory]:
    with running_slapd(
        tmp_path_factory.mktemp("slapd"),
        {"anna": ("Anna Schmidt", PASSWORD)},
        {"sachbearbeitung": ["anna"]},
        tls=False,
    ) as directory:
        yield directory


def _directory(url: str, ca_file: Path | None = None) -> OfficeDirectory:
    return OfficeDirectory(
        DirectorySettings(
            url=url,
            start_tls=True,
            ca_file=ca_file,
            user_dn_template=f"uid={{username}},{PEOPLE}",
            group_search_base=GROUPS,
            group_roles={f"cn=sachbearbeitung,{GROUPS}": ["caseworker"]},
        )
    )


def test_starttls_refused_is_directory_unavailable_not_a_clear_bind(
    plain_directory: Directory,
) -> None:
    directory = _directory(plain_directory.ldap_url)
    try:
        with pytest.raises(DirectoryUnavailableError, match="StartTLS refused"):
            directory.authenticate("anna", PASSWORD)
    finally:
        directory.close()
    # The same directory takes the password in clear: only the refusal kept it off the wire.
    clear = Connection(
        Server("127.0.0.1", port=int(plain_directory.ldap_url.rsplit(":", 1)[1])),
        user=f"uid=anna,{PEOPLE}",
        password=PASSWORD,
    )
    assert clear.bind()
    clear.unbind()
