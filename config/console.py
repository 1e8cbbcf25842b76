"""Settings of the staff console: how requests are worked, teams and their routing, the team
mail, and the office directory (LDAP / Active Directory) for logins.

In a backoffice TOML file they live under ``[console]``::

    [console]
    public_url = "https://buergerterminal.jobcenter.example"
    max_failed_attempts = 3

    [console.teams.leistung]
    name = "Team Leistung"
    mail = "team-leistung@jobcenter.example"
    concerns = ["continued_payment", "payment"]
    document_types = ["income_proof"]
    directory_groups = ["cn=team-leistung,ou=groups,dc=jobcenter,dc=example"]

    [console.mail]
    host = "mail.jobcenter.example"

    [console.directory]
    url = "ldaps://dc1.jobcenter.example"
    user_dn_template = "uid={username},ou=people,dc=jobcenter,dc=example"
    group_search_base = "ou=groups,dc=jobcenter,dc=example"
    [console.directory.group_roles]
    "cn=sachbearbeitung,ou=groups,dc=jobcenter,dc=example" = ["caseworker"]
"""

from __future__ import annotations

import enum
import re
from pathlib import Path
from typing import Annotated, Self

from pydantic import Field, field_validator, model_validator

from config.fields import Section

TeamId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]{0,39}$")]
# The same shape as a concern's or document type's id in the terminal's settings.
CatalogueId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]{0,39}$")]
_MAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,253}$")


class ConsoleRole(enum.StrEnum):
    """What a member of staff may see (a person may hold several)."""

    # Works callback requests, documents and calls: sees citizens' data.
    CASEWORKER = "caseworker"
    # Looks after terminals (the fleet page); sees no citizen's data.
    IT = "it"
    # Team or office lead: the figures (Kennzahlen), counts only.
    LEAD = "lead"
    # Data-protection officer: the access log (who opened which record, when).
    DATA_PROTECTION = "data_protection"
    # Interprets in video calls when staff invite them (``backoffice interpreter`` gives the
    # languages); opens the call page only, sees no request, document or figure.
    INTERPRETER = "interpreter"


class Team(Section):
    name: Annotated[str, Field(min_length=1, max_length=100)]
    # Where new requests of this team are announced (counts and a link, no personal data).
    mail: str = ""
    concerns: list[CatalogueId] = []
    document_types: list[CatalogueId] = []
    # Members of these directory groups belong to the team (besides local assignment).
    directory_groups: list[str] = []

    @field_validator("mail")
    @classmethod
    def _mail_address(cls, value: str) -> str:
        if value and not _MAIL.match(value):
            raise ValueError(f"not an e-mail address: {value!r}")
        return value


class MailSecurity(enum.StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"
    # Only for a relay on the same host or in tests.
    NONE = "none"


class MailSettings(Section):
    # Empty: no team mail is sent.
    host: str = ""
    port: int = Field(default=25, ge=1, le=65535)
    security: MailSecurity = MailSecurity.STARTTLS
    username: str = ""
    password: str = ""
    sender: str = "buergerterminal@localhost"
    # New requests are announced in one mail per team at most this often.
    batch_seconds: int = Field(default=300, ge=1, le=86400)
    timeout_seconds: float = Field(default=10.0, gt=0, le=120)
    # CA file for the server's certificate; empty: the system's.
    ca_file: Path | None = None


class DirectorySettings(Section):
    # Empty: local accounts only. "ldaps://host[:port]" or "ldap://host[:port]" with start_tls.
    url: str = ""
    start_tls: bool = True
    # CA file for the directory's certificate; empty: the system's.
    ca_file: Path | None = None
    # The account's DN; {username} is replaced (escaped). For Active Directory e.g.
    # "{username}@jobcenter.example" (a user principal name).
    user_dn_template: str = ""
    # Where to look up the account's own entry (display name) and its groups.
    user_search_base: str = ""
    user_filter: str = "(|(uid={username})(sAMAccountName={username}))"
    display_name_attribute: str = "displayName"
    group_search_base: str = ""
    group_filter: str = "(|(member={user_dn})(uniqueMember={user_dn}))"
    # Directory group DN → console roles. Someone in no mapped group cannot log in.
    group_roles: dict[str, list[ConsoleRole]] = {}
    # The whole login, connection included, gives up after this long.
    timeout_seconds: float = Field(default=4.0, gt=0, le=5.0)

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if not self.url:
            return self
        if not re.match(r"^ldaps?://[^/\s]+/?$", self.url):
            raise ValueError(
                f"url: use ldaps://host[:port] or ldap://host[:port], not {self.url!r}"
            )
        if self.url.startswith("ldap://") and not self.start_tls:
            raise ValueError(
                "start_tls: passwords must not cross the network in clear; use ldaps:// or "
                "start_tls = true"
            )
        if "{username}" not in self.user_dn_template:
            raise ValueError("user_dn_template: needs {username}, e.g. uid={username},ou=people,…")
        if not self.group_roles:
            raise ValueError("group_roles: map at least one directory group to a role")
        return self


class ConsoleSettings(Section):
    # How staff reach the console from a team mail (the link in it); empty: no link.
    public_url: str = ""
    # Phone numbers written without a country code belong to this region (search).
    phone_region: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] = "DE"
    # After this many attempts without reaching the citizen the request is closed as
    # "not reached" (the receipt promises a second try: at least 2).
    max_failed_attempts: int = Field(default=3, ge=2, le=10)
    # The next attempt is suggested no sooner than this after a failed one.
    retry_gap_minutes: int = Field(default=60, ge=0, le=24 * 60)
    teams: dict[TeamId, Team] = {}
    mail: MailSettings = MailSettings()
    directory: DirectorySettings = DirectorySettings()

    @model_validator(mode="after")
    def _one_team_each(self) -> Self:
        """A concern or document type routed to two teams would be nobody's for sure."""
        for kind in ("concerns", "document_types"):
            owner: dict[str, str] = {}
            for team_id, team in self.teams.items():
                for item in getattr(team, kind):
                    if item in owner:
                        raise ValueError(
                            f"teams.{team_id}.{kind}: {item!r} belongs to team "
                            f"{owner[item]!r} already (each goes to one team)"
                        )
                    owner[item] = team_id
        for team_id, team in self.teams.items():
            if team.directory_groups and not self.directory.url:
                raise ValueError(
                    f"teams.{team_id}.directory_groups: no directory configured "
                    "(console.directory.url)"
                )
        return self

    def team_for_concern(self, concern_id: str) -> str:
        return next((t for t, team in self.teams.items() if concern_id in team.concerns), "")

    def team_for_document_type(self, type_id: str) -> str:
        return next((t for t, team in self.teams.items() if type_id in team.document_types), "")
