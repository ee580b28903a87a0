"""A readable reference page rendered on the server from the OpenAPI document.

No JavaScript and no CDN: the page works on an air-gapped machine and in any browser, and it
can never disagree with ``/api/v1/openapi.json`` because it is drawn from the same document.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template

from quotes_api.api.openapi import openapi_document

bp = Blueprint("docs", __name__, template_folder="templates")

METHODS = ("get", "post", "put", "patch", "delete")


@bp.route("/api/v1/docs")
def page() -> str:
    """The API reference as one HTML page."""
    spec = openapi_document()
    return render_template("docs.html", spec=spec, operations=_operations(spec), ref_name=_ref_name)


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Operations grouped by tag, in document order: ``[{"tag", "description", "ops": [...]}]``."""
    tags = {
        t["name"]: {"tag": t["name"], "description": t.get("description", ""), "ops": []}
        for t in spec.get("tags", [])
    }
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            for tag in op.get("tags", ["other"]):
                tags.setdefault(tag, {"tag": tag, "description": "", "ops": []})["ops"].append(
                    {
                        "path": path,
                        "method": method.upper(),
                        "op": op,
                        "parameters": [*item.get("parameters", []), *op.get("parameters", [])],
                    }
                )
    return [t for t in tags.values() if t["ops"]]


def _ref_name(obj: Any) -> str:
    """A schema's display name: the component name for a ``$ref``, else its type."""
    if not isinstance(obj, dict):
        return ""
    if "$ref" in obj:
        return obj["$ref"].rsplit("/", 1)[-1]
    if obj.get("type") == "array":
        return f"array of {_ref_name(obj.get('items', {}))}"
    if "anyOf" in obj:
        return " or ".join(_ref_name(o) for o in obj["anyOf"])
    kind = obj.get("type", "")
    if isinstance(kind, list):
        kind = " or ".join(kind)
    if obj.get("format"):
        kind = f"{kind} ({obj['format']})"
    if obj.get("enum"):
        kind = f"{kind}: {', '.join(map(str, obj['enum']))}"
    return kind or "any"
