"""Checks every page must pass: HTML, one h1, landmarks, labelled fields, no script, own CSP."""

from __future__ import annotations

import re
from typing import Any

from quotes_api.web.blueprint import WEB_CSP


def page_text(response: Any, status: int = 200) -> str:
    """The page's HTML after checking what every page promises."""
    assert response.status_code == status, (response.status_code, response.get_data(as_text=True)[:500])
    assert response.mimetype == "text/html"
    assert response.headers["Content-Security-Policy"] == WEB_CSP
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    html = response.get_data(as_text=True)
    assert html.startswith("<!doctype html>") and '<html lang="en">' in html
    assert len(re.findall(r"<h1[ >]", html)) == 1, "one top heading a page"
    for landmark in ("<header", "<nav", '<main id="main"', "<footer"):
        assert landmark in html
    assert 'href="#main"' in html  # skip link
    # Readable without JavaScript, and nothing inline for the CSP to block.
    assert "<script" not in html and "<style" not in html and " style=" not in html
    assert not re.search(r"""<[^>]*\son\w+=""", html)  # no inline event handlers
    assert not re.search(r"""(src|href)=["'](https?:)?//(?!example\.)""", html), "nothing from elsewhere"
    for field_id in re.findall(r"<(?:input|textarea|select)[^>]*\sid=\"([^\"]+)\"", html):
        assert f'<label for="{field_id}"' in html, f"field {field_id} has no label"
    assert "Traceback" not in html
    return html


def visible(html: str) -> str:
    """The page's text with tags removed and white space collapsed (entities kept)."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())
