"""Write openapi.json from the app: sorted keys, 2-space indent, trailing newline (deterministic)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from litestar.serialization import encode_json


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.app import create_app  # noqa: E402


def render() -> str:
    schema: Any = json.loads(encode_json(create_app().openapi_schema.to_schema()))
    return json.dumps(schema, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    path = ROOT / "openapi.json"
    path.write_text(render(), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
