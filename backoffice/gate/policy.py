"""Who may call each route and how large a body it takes: the table the gate asks.

A route is found by its method and path template (``/api/v1/uploads/{upload_id}``), as the app
routes it. The office fills the table with its deliberate entries, and says why each size, in
:mod:`backoffice.api.office_gate`. Routes without an entry fall under their prefix's rule:
everything under ``/api/v1/`` wants a terminal's token, every ``/console`` request with a body
a staff session, and a body of at most :data:`DEFAULT_BODY`. ``tests/unit/test_gate_policy.py``
holds every route of the app to a deliberate entry or a prefix rule.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from fastapi.routing import iter_route_contexts
from starlette.routing import BaseRoute, Mount, Route, WebSocketRoute
from starlette.types import Scope

from contract.submissions import API_PREFIX

KIB = 1024
DEFAULT_BODY = 64 * KIB


class Access(enum.Enum):
    ANYONE = "anyone"
    # A terminal's bearer token (checked against the database: revoked ones are refused).
    DEVICE = "device"
    # A signed-in member of staff, when the request has a body (pages check their own roles).
    STAFF = "staff"


@dataclass(frozen=True)
class RoutePolicy:
    access: Access
    max_body: int


@dataclass(frozen=True)
class MatchedRoute:
    """The route a request goes to, as a template (never the request's own path: it may carry
    anything the caller typed), and its policy."""

    template: str
    policy: RoutePolicy


def prefix_policy(path_template: str) -> RoutePolicy:
    """The rule for a route without its own entry."""
    if path_template.startswith(f"{API_PREFIX}/"):
        return RoutePolicy(Access.DEVICE, DEFAULT_BODY)
    if path_template == "/console" or path_template.startswith("/console/"):
        return RoutePolicy(Access.STAFF, DEFAULT_BODY)
    return RoutePolicy(Access.ANYONE, DEFAULT_BODY)


@dataclass(frozen=True)
class _Known:
    template: str
    methods: frozenset[str] | None  # None: any (a mounted app, e.g. the static files)
    pattern: re.Pattern[str]


def known_routes(routes: Sequence[BaseRoute]) -> list[tuple[str, str]]:
    """Every (method, template) the app serves over HTTP, in the order the app matches them."""
    return [
        (method, known.template)
        for known in _index(routes)
        for method in sorted(known.methods or {"*"})
    ]


def websocket_paths(routes: Sequence[BaseRoute]) -> frozenset[str]:
    """The paths of the app's WebSocket routes (the signaling sockets)."""
    return frozenset(
        context.path
        for context in iter_route_contexts(routes)
        if isinstance(context.original_route, WebSocketRoute) and context.path is not None
    )


def _index(routes: Sequence[BaseRoute]) -> list[_Known]:
    found = []
    for context in iter_route_contexts(routes):
        original = context.original_route
        if not isinstance(original, Route | Mount) or context.path is None:
            continue  # WebSocket routes: the signaling hub checks its own peers
        methods = context.methods
        found.append(
            _Known(
                template=context.path,
                methods=frozenset(methods) if methods else None,
                pattern=context.path_regex,
            )
        )
    return found


class PolicyTable:
    def __init__(self, entries: dict[tuple[str, str], RoutePolicy]) -> None:
        self._entries = entries
        self._known: list[_Known] | None = None

    def for_route(self, method: str, template: str) -> RoutePolicy:
        return self._entries.get((method, template)) or prefix_policy(template)

    def match(self, routes: Sequence[BaseRoute], scope: Scope) -> MatchedRoute | None:
        """The route this request goes to, or None (the app will answer 404 or 405)."""
        if self._known is None:  # the app's routes are complete once requests come
            self._known = _index(routes)
        # The office is served at the root (no root_path), so the path is the route path.
        method, path = scope["method"], scope["path"]
        for known in self._known:
            if (known.methods is None or method in known.methods) and known.pattern.match(path):
                return MatchedRoute(known.template, self.for_route(method, known.template))
        return None
