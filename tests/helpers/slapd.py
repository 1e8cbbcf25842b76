"""A real OpenLDAP slapd (Debian's) for directory logins: its own data folder, a test CA and
server certificate (openssl), users and groups loaded with slapadd, LDAPS and StartTLS on free
loopback ports. Stopped (and its folder left to pytest) at the end of the block."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.backoffice import free_port

SUFFIX = "dc=jobcenter,dc=example"
PEOPLE = f"ou=people,{SUFFIX}"
GROUPS = f"ou=groups,{SUFFIX}"


@dataclass(frozen=True)
class Directory:
    ldaps_url: str
    ldap_url: str
    ca_file: Path
    # By name: ldap3 matches the certificate to a host name, not an IP address.
    # A port that accepts connections and never answers (a hung directory).
    silent_port: int


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    ca_key, ca, key, csr, cert = (
        folder / n for n in ("ca.key", "ca.pem", "s.key", "s.csr", "s.pem")
    )
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        str(ca_key),
        "-out",
        str(ca),
        "-days",
        "2",
        "-subj",
        "/CN=Test CA Jobcenter",
    )
    _openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        str(key),
        "-out",
        str(csr),
        "-subj",
        "/CN=127.0.0.1",
    )
    ext = folder / "san.ext"
    ext.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    _openssl(
        "x509",
        "-req",
        "-in",
        str(csr),
        "-CA",
        str(ca),
        "-CAkey",
        str(ca_key),
        "-CAcreateserial",
        "-out",
        str(cert),
        "-days",
        "2",
        "-extfile",
        str(ext),
    )
    return ca, cert, key


def _password_hash(password: str) -> str:
    return subprocess.run(
        ["slappasswd", "-s", password], check=True, capture_output=True, text=True, timeout=30
    ).stdout.strip()


def _people_and_groups(people: dict[str, tuple[str, str]], groups: dict[str, list[str]]) -> str:
    entries = [
        f"dn: {SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\ndc: jobcenter\no: JC\n",
        f"dn: {PEOPLE}\nobjectClass: organizationalUnit\nou: people\n",
        f"dn: {GROUPS}\nobjectClass: organizationalUnit\nou: groups\n",
    ]
    for uid, (name, password) in people.items():
        entries.append(
            f"dn: uid={uid},{PEOPLE}\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: {name}\n"
            f"sn: {name.split()[-1]}\ndisplayName: {name}\n"
            f"userPassword: {_password_hash(password)}\n"
        )
    for group, members in groups.items():
        lines = "".join(f"member: uid={m},{PEOPLE}\n" for m in members)
        entries.append(f"dn: cn={group},{GROUPS}\nobjectClass: groupOfNames\ncn: {group}\n{lines}")
    return "\n".join(entries)


def _wait_listening(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"slapd exited:\n{log.read_text(errors='replace')}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.1)
    raise RuntimeError("slapd did not listen in time")


@contextlib.contextmanager
def running_slapd(
    folder: Path,
    people: dict[str, tuple[str, str]],
    groups: dict[str, list[str]],
    tls: bool = True,
) -> Iterator[Directory]:
    """``tls=False``: a directory without a certificate, which refuses StartTLS (and has no
    LDAPS port: ``ldaps_url`` then leads nowhere)."""
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "data"
    data.mkdir()
    ca, cert, key = _certificates(folder)
    config = folder / "slapd.conf"
    config.write_text(
        "include /etc/ldap/schema/core.schema\ninclude /etc/ldap/schema/cosine.schema\n"
        "include /etc/ldap/schema/inetorgperson.schema\n"
        "modulepath /usr/lib/ldap\nmoduleload back_mdb\n"
        f"pidfile {folder / 'slapd.pid'}\n"
        + (
            f"TLSCACertificateFile {ca}\nTLSCertificateFile {cert}\nTLSCertificateKeyFile {key}\n"
            if tls
            else ""
        )
        + f'database mdb\nmaxsize 10485760\nsuffix "{SUFFIX}"\nrootdn "cn=admin,{SUFFIX}"\n'
        f"directory {data}\n"
        "access to attrs=userPassword by anonymous auth by * none\n"
        "access to * by users read by * none\n"
    )
    ldif = folder / "data.ldif"
    ldif.write_text(_people_and_groups(people, groups))
    subprocess.run(
        ["slapadd", "-f", str(config), "-l", str(ldif)], check=True, capture_output=True, timeout=60
    )
    ldap_port, ldaps_port = free_port(), free_port()
    log = folder / "slapd.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                "slapd",
                "-d",
                "0",
                "-f",
                str(config),
                "-h",
                f"ldap://127.0.0.1:{ldap_port}/"
                + (f" ldaps://127.0.0.1:{ldaps_port}/" if tls else ""),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    try:
        _wait_listening(ldaps_port if tls else ldap_port, process, log)
        yield Directory(
            ldaps_url=f"ldaps://localhost:{ldaps_port}",
            ldap_url=f"ldap://localhost:{ldap_port}",
            ca_file=ca,
            silent_port=silent.getsockname()[1],
        )
    finally:
        silent.close()
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
