"""
The served app plus one bench-only route, ``POST /bench/trivial``: it decodes the same JSON body
into a dict and returns a constant, so its throughput is the framework's own ceiling for a JSON
POST (uvicorn, Litestar routing, body read and decode, response encoding, access log).
"""

from __future__ import annotations

from typing import Any

from litestar import post
from litestar.params import JSONBody

from api.app import create_app
from api.schemas.common import Response


TRIVIAL_PATH = "/bench/trivial"


class Ok(Response):
    ok: bool


@post(TRIVIAL_PATH, status_code=200, sync_to_thread=False, include_in_schema=False)
def trivial(data: JSONBody[dict[str, Any]]) -> Ok:
    del data
    return Ok(ok=True)


app = create_app()
app.register(trivial)
