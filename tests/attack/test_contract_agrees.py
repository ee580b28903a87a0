"""Issue 15, item 8: the OpenAPI document and the server agree.

* ``since`` after ``until`` is valid by the document (it cannot say that two parameters must
  be in order), so the server answers it too: an empty range, 200 with nothing in it, on every
  operation that takes both (the fuzz test no longer filters these cases out).
* Every ``pattern`` in the document means the same in Python (the server) and JavaScript
  (the OpenAPI dialect): none uses a class shorthand whose meaning differs between them
  (``\\s``, ``\\w``, ``\\d``, ``\\b`` and their negations), and the claim pattern accepts what
  the server accepts.
"""

from __future__ import annotations

import json
import re

import pytest

from quotes_api.cli.openapi import generate_openapi_text
from tests.support.api_client import API_KEY

DOCUMENT = json.loads(generate_openapi_text())
KEY = {"X-API-Key": API_KEY}
#: Regex escapes whose meaning differs between Python's re (Unicode) and ECMAScript.
DIALECT_DEPENDENT = re.compile(r"(?<!\\)(?:\\\\)*\\[sSwWdDbB]")


def _operations_with_a_date_range() -> list[str]:
    found = []
    for path, item in DOCUMENT["paths"].items():
        names = {p.get("name") for p in item.get("get", {}).get("parameters", [])}
        if {"since", "until"} <= names:
            found.append(path)
    return found


def _patterns(node: object, where: str = "#") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        found = [(where, node["pattern"])] if isinstance(node.get("pattern"), str) else []
        return found + [p for k, v in node.items() for p in _patterns(v, f"{where}/{k}")]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _patterns(v, f"{where}/{i}")]
    return []


def test_five_operations_take_a_date_range():
    assert len(_operations_with_a_date_range()) == 5, _operations_with_a_date_range()


@pytest.mark.parametrize("path", _operations_with_a_date_range())
def test_a_reversed_date_range_is_an_empty_answer(app, writer, path):
    writer.post(
        "/api/v1/documents",
        headers=KEY,
        json={"text": '"We will," said Mayor Ann Pike.', "published": "2024-03-01"},
    )
    url = path.replace("{slug}", "ann-pike")
    query = {"since": "2024-06-01", "until": "2024-01-01"}
    if "search" in path:
        query["q"] = "will"
    # (the validating client checks the body against the document; an export is JSON Lines)
    r = (app.test_client() if path.endswith("/export") else writer).get(url, query_string=query)
    assert r.status_code == 200, r.get_data(as_text=True)[:300]
    if r.mimetype == "application/json":
        assert r.get_json()["total"] == 0 and r.get_json()["items"] == []
    else:  # an export: JSON Lines, one line a quote
        assert r.get_data() == b""
    in_order = {**query, "since": "2024-01-01", "until": "2024-06-01"}
    in_range = app.test_client().get(url, query_string=in_order)
    assert in_range.status_code == 200


def test_no_pattern_uses_a_dialect_dependent_class():
    patterns = _patterns(DOCUMENT)
    assert patterns
    bad = [(where, p) for where, p in patterns if DIALECT_DEPENDENT.search(p)]
    assert not bad, bad


@pytest.mark.parametrize("claim", ["*", "北京", "é", "«»", "\u0085x", "Ünïcödé words"])
def test_the_claim_pattern_and_the_server_agree(writer, claim):
    pattern = DOCUMENT["components"]["schemas"]["VerifyIn"]["properties"]["claim"]["pattern"]
    matches = re.search(pattern, claim) is not None
    r = writer.post("/api/v1/verify", json={"claim": claim})
    assert matches and r.status_code == 200, (claim, r.status_code)
