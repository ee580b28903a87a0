"""Security headers on every response, no debug mode outside ``--dev``, dependencies pinned.

* ``X-Content-Type-Options: nosniff`` everywhere (JSON, problems, 304s, preflights, HTML,
  the server's own error answers); a ``Content-Security-Policy`` on HTML that allows no script,
  nothing from another origin and no framing, and that does allow the docs page's own style.
* ``FLASK_DEBUG=1`` in a production server's environment does not turn debug mode on (Flask
  would pretty-print JSON and, with the Werkzeug server, offer its interactive debugger).
* Every runtime and test dependency has a lower and an upper bound, and what is installed
  satisfies them.
"""

from __future__ import annotations

import base64
import hashlib
import re
import tomllib
from importlib.metadata import version

import requests
from packaging.requirements import Requirement

from quotes_api.app import create_app
from tests.support.api_client import API_KEY
from tests.support.paths import ROOT
from tests.support.servers import server


def csp_directives(header: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in (p.strip() for p in header.split(";")) if d}


def assert_restrictive_html_policy(header: str, page: str) -> None:
    policy = csp_directives(header)
    assert policy["default-src"] == ["'none'"]
    assert "script-src" not in policy  # so default-src 'none' forbids every script
    assert policy["frame-ancestors"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    sources = [s for listed in policy.values() for s in listed]
    styles = policy.get("style-src", [])
    assert not any("unsafe" in s or s in ("*", "http:", "https:", "data:") for s in styles)
    assert not any("unsafe" in s or s in ("*", "http:", "https:") for s in sources)
    for style in re.findall(r"<style>(.*?)</style>", page, flags=re.DOTALL):
        digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy["style-src"], "the page's own style would be blocked"


def test_security_headers_on_every_kind_of_response(client, writer, corpus):
    quote = corpus["tran"]["quotes"][0]
    etag = client.get("/api/v1/quotes").headers["ETag"]
    responses = {
        "json": client.get("/api/v1/quotes"),
        "detail": client.get(quote["href"]),
        "problem": client.get("/api/v1/quotes/999999"),
        "not modified": client.get("/api/v1/quotes", headers={"If-None-Match": etag}),
        "preflight": client.options(
            "/api/v1/quotes", headers={"Origin": "https://x.example", "Access-Control-Request-Method": "GET"}
        ),
        "head": client.head("/api/v1/quotes"),
        "created": writer.post("/api/v1/documents", json={"text": '"Headers," said Ann Lee.'}),
        "html": client.get("/api/v1/docs"),
        "openapi": client.get("/api/v1/openapi.json"),
        "health": client.get("/livez"),
    }
    for name, r in responses.items():
        assert r.headers.get("X-Content-Type-Options") == "nosniff", name
        assert r.headers.get("X-Frame-Options") == "DENY", name
        assert r.headers.get("Referrer-Policy") == "no-referrer", name
        assert "Content-Security-Policy" in r.headers, name
    html = responses["html"]
    assert_restrictive_html_policy(html.headers["Content-Security-Policy"], html.get_data(as_text=True))
    assert csp_directives(responses["json"].headers["Content-Security-Policy"])["default-src"] == ["'none'"]


def test_flask_debug_in_the_environment_does_not_turn_debug_on(database_url, monkeypatch):
    monkeypatch.setenv("FLASK_DEBUG", "1")
    app = create_app({"DATABASE_URL": database_url})
    assert app.debug is False
    assert app.test_client().get("/livez").data == b'{"status":"ok"}\n'  # not pretty-printed
    assert create_app({"DATABASE_URL": database_url, "DEBUG": True}).debug is True  # only in code


def test_production_server_runs_without_debug(database_url, tmp_path):
    env = {
        "DATABASE_URL": database_url,
        "QUOTES_API_KEYS": API_KEY,
        "FLASK_DEBUG": "1",
        "FLASK_ENV": "development",
    }
    with server(["--workers", "1"], env=env, cwd=tmp_path, log=tmp_path / "server.log") as base:
        live = requests.get(f"{base}/livez", timeout=10)
        assert live.content == b'{"status":"ok"}\n'  # debug mode would indent it
        assert live.headers["X-Content-Type-Options"] == "nosniff"
        docs = requests.get(f"{base}/api/v1/docs", timeout=10)
        assert_restrictive_html_policy(docs.headers["Content-Security-Policy"], docs.text)
        assert requests.get(f"{base}/console", timeout=10).status_code == 404  # no Werkzeug console
        too_long = requests.get(f"{base}/api/v1/quotes", params={"q": "a" * 10_000}, timeout=10)
        assert too_long.status_code == 414 and too_long.headers["X-Content-Type-Options"] == "nosniff"
        assert too_long.headers["Content-Type"] == "application/problem+json"
    assert "Traceback" not in (tmp_path / "server.log").read_text()


def test_dependencies_are_pinned_to_ranges_that_hold_what_is_installed():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    for line in requirements:
        req = Requirement(line)
        operators = {spec.operator for spec in req.specifier}
        assert operators & {">=", ">", "~=", "=="}, f"{line}: no lower bound"
        assert operators & {"<", "<=", "~=", "=="}, f"{line}: no upper bound"
        assert req.specifier.contains(version(req.name), prereleases=True), (
            f"{req.name} {version(req.name)} installed, outside {req.specifier}"
        )
