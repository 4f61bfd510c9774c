"""
The base of the route controllers: one Controller per area of the API (api/routes/, api/fhir/,
api/cds/), declaring its OpenAPI tag and the problem+json responses its operations share, once.

Litestar 2.25.0 layers a Controller's ``tags`` (each handler's tags are the union of its
layers') but has no ``responses`` above the handler: the OpenAPI generator reads the handler's
own (litestar/_openapi/responses.py, ``route_handler.responses``) and ``Controller`` has no such
attribute. ``Area`` therefore adds its ``problems`` to the responses of each copy of a handler
that Litestar makes when it registers the controller; a status a handler documents itself wins.
The platform's own (400, 401, 413, 415, 429 on /v1) are api/openapi.py's PlatformProblemsPlugin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from litestar import Controller
from litestar.handlers import HTTPRouteHandler

from api.problems import problem_responses


if TYPE_CHECKING:
    from litestar.handlers import BaseRouteHandler


__all__ = ["Area"]


class Area(Controller):
    """
    A Controller whose ``tags`` and ``problems`` (statuses documented as problem+json) apply to
    every operation it holds; a handler declares only a status of its own.
    """

    problems: ClassVar[tuple[int, ...]] = ()

    def get_route_handlers(self) -> list[BaseRouteHandler]:
        handlers = super().get_route_handlers()
        shared = problem_responses(*self.problems)
        for handler in handlers:
            if isinstance(handler, HTTPRouteHandler):
                handler.responses = {**shared, **(handler.responses or {})}
        return handlers
