"""Which backoffice addresses a terminal may talk to: ``https://``, or ``http://`` on loopback.

Everything a terminal sends is sealed to the office's public key, and that key arrives at
enrollment. Over plain HTTP anyone on the path could hand the terminal their own key and read
every later submission, so a remote office is reached over TLS only. Loopback stays allowed
for the demo and for tests, where nothing is on the path.

One rule, used by the config loader (``[backoffice] url``), ``kiosk enroll`` and the delivery
daemon (the address saved in ``device.json`` by an older version).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


class InsecureOfficeUrlError(ValueError):
    """``str()`` is one line for IT: the address and what to use instead."""


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_secure_office_url(url: str) -> str:
    """``url`` unchanged if it may be used; else :class:`InsecureOfficeUrlError`."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and parts.hostname and is_loopback_host(parts.hostname):
        return url
    if parts.scheme == "http" and parts.hostname:
        raise InsecureOfficeUrlError(
            f"{url} is not encrypted: a backoffice on another machine is reached over "
            f"https:// only (https://{parts.netloc}{parts.path.rstrip('/')})"
        )
    raise InsecureOfficeUrlError(f"{url!r} is not a URL like https://backoffice.example")
