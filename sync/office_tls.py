"""How the terminal's HTTPS requests reach its backoffice: which CA they trust.

With ``[backoffice] ca_file`` set, only that CA (the office's own) vouches for the backoffice;
without it, the system's CA store does. The call's signaling socket does the same with an
``ssl`` context of its own (``video.signaling_client``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import requests

if TYPE_CHECKING:
    from requests.sessions import _Settings

USER_AGENT = "buergerterminal-kiosk"


class _PinnedSession(requests.Session):
    """Keeps its CA file even when ``REQUESTS_CA_BUNDLE`` or ``CURL_CA_BUNDLE`` is set: plain
    requests lets those replace a session's ``verify`` (psf/requests#3829), which would undo
    the pin on a machine whose environment names the system bundle."""

    def merge_environment_settings(
        self, url: str | bytes | None, proxies: Any, stream: Any, verify: Any, cert: Any
    ) -> _Settings:
        settings = super().merge_environment_settings(url, proxies, stream, verify, cert)
        if verify is None or verify is True:  # not chosen for this one request
            settings["verify"] = self.verify
        return settings


def office_session(ca_file: Path | None, user_agent: str = USER_AGENT) -> requests.Session:
    """A session for every request to the backoffice; close it when done."""
    session = requests.Session() if ca_file is None else _PinnedSession()
    session.headers["User-Agent"] = user_agent
    if ca_file is not None:
        session.verify = str(ca_file)
    return session
