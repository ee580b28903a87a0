"""The pages in a real browser: headless Chromium (Debian's) driven by Playwright, against the
real ``quotes-api serve`` process on the ``fixtures/`` articles.

Each scenario saves screenshots to ``test-artifacts/screenshots/`` (git-ignored), named by
backend and page. Skipped, with the reason shown, where Chromium or Playwright is missing.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.paths import ROOT

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"

TIMEOUT_MS = 15_000


@pytest.fixture
def backend(database_url: str) -> str:
    return "postgres" if database_url.startswith("postgres") else "sqlite"


@pytest.fixture
def site(chromium: Any, live_server: str, backend: str) -> Iterator[Any]:
    """A fresh browser page on the live server; fails the test on any console error (CSP included)."""
    context = chromium.new_context(
        base_url=live_server, viewport={"width": 1100, "height": 900}, accept_downloads=True
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.shoot = lambda name: _shoot(page, f"{backend}-{name}")  # type: ignore[attr-defined]
    page.console_errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()
    assert not errors, errors


def _shoot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def heading(page: Any) -> str:
    return page.locator("h1").inner_text()


def test_search_then_open_a_speaker(site):
    site.goto("/")
    assert heading(site) == "Who said what, and where"
    # The stylesheet loaded under the CSP: the header is dark, not the default transparent.
    assert (
        site.locator("header.site").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(27, 31, 36)"
    )
    site.shoot("home")
    site.get_by_label("Search quotes").fill("stable relations")
    site.get_by_label("Search quotes").press("Enter")
    site.wait_for_url(re.compile(r"/search\?q=stable\+relations"))
    results = site.get_by_role("heading", level=2)
    assert re.match(r"\d+ quotes? for “stable relations”", results.first.inner_text())
    assert site.locator("mark", has_text="relations").count() >= 1
    site.shoot("search")
    site.locator(".quote-item").first.get_by_role("link", name="Wang Yi", exact=True).click()
    site.wait_for_url("**/speakers/wang-yi")
    assert heading(site) == "Wang Yi"
    assert site.locator(".quote-item").count() == 7
    site.shoot("speaker")


def test_page_through_a_speakers_quotes(site):
    site.goto("/speakers/wang-yi?per_page=3")
    nav = site.get_by_role("navigation", name="Quote pages")
    assert "Page 1 of 3" in nav.inner_text()
    seen = [site.locator(".quote-item blockquote").all_inner_texts()]
    for number in (2, 3):
        nav.get_by_role("link", name="Next →").click()
        site.wait_for_url(re.compile(rf"page={number}"))
        assert f"Page {number} of 3" in nav.inner_text()
        seen.append(site.locator(".quote-item blockquote").all_inner_texts())
    assert [len(s) for s in seen] == [3, 3, 1]
    assert len({q for s in seen for q in s}) == 6  # "in-depth" is quoted twice: 7 items, 6 texts
    site.shoot("speaker-page-3")
    nav.get_by_role("link", name="← Previous").click()
    site.wait_for_url(re.compile(r"page=2"))
    site.get_by_label("Search quotes").fill("relations")
    site.get_by_role("button", name="Search").click()
    site.wait_for_url(re.compile(r"q=relations"))
    assert site.locator(".quote-item").count() == 1


def test_open_a_quote_in_context_and_its_article(site):
    site.goto("/speakers/jonas-whitfield")
    item = site.locator(".quote-item", has_text="Generations of commuters")
    item.get_by_role("link", name=re.compile("in context")).click()
    site.wait_for_url(re.compile(r"/quotes/\d+$"))
    assert heading(site) == "Quote by Jonas Whitfield"
    paragraph = site.locator(".paragraph")
    assert "Generations of commuters" in paragraph.locator("mark.quote").inner_text()
    assert paragraph.locator(".mention").inner_text().endswith("Mayor Jonas Whitfield")
    assert paragraph.locator(".cue").inner_text().endswith("said")
    assert site.locator("ol.pieces li").count() == 3
    site.shoot("quote")
    site.get_by_role("link", name="Today we finally keep that promise").click()
    site.wait_for_url(re.compile(r"/quotes/\d+$"))
    assert "(this piece)" in site.locator("ol.pieces li").nth(1).inner_text()
    # Text files take their first line, the headline, as the title.
    site.locator(".facts").get_by_role("link", name="Riverside bridge opens after forty-year wait").click()
    site.wait_for_url(re.compile(r"/documents/\d+#q\d+$"))
    marks = site.locator("article mark.quote")
    assert marks.count() == 11
    assert site.locator("article a.who").first.inner_text().endswith("Jonas Whitfield")
    site.shoot("document")


def test_check_a_claim(site):
    site.goto("/check")
    site.get_by_label("The words as claimed").fill("We were fearless from the very first whistle")
    site.get_by_label("Who is said to have said them").fill("Lena Marsh")
    site.get_by_role("button", name="Check").click()
    site.wait_for_url(re.compile(r"/check\?claim="))
    assert site.get_by_role("heading", name="Verdict: Altered").is_visible()
    first = site.locator("li.match").first
    assert first.locator(".diff ins").inner_text().endswith("very")
    assert "We were fearless from the first whistle" in first.locator("mark.quote").inner_text()
    # The form keeps what was asked, so the claim can be corrected and checked again.
    assert (
        site.get_by_label("The words as claimed").input_value()
        == "We were fearless from the very first whistle"
    )
    site.shoot("check")


def test_download_a_csv(site, tmp_path):
    site.goto("/speakers/wang-yi")
    with site.expect_download() as info:
        site.locator(".downloads").get_by_role("link", name="CSV").click()
    download = info.value
    assert download.suggested_filename == "quotes-wang-yi.csv"
    target = tmp_path / "wang-yi.csv"
    download.save_as(target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0][:4] == ["id", "text", "speakers", "speaker_slugs"]
    assert len(rows) == 8 and all(r[2] == "Wang Yi" for r in rows[1:])


def test_errors_keyboard_phone_and_no_javascript(site, chromium, live_server, backend):
    response = site.goto("/speakers/nobody-at-all")
    assert response.status == 404 and heading(site) == "Not Found"
    site.shoot("error-404")
    site.goto("/speakers/wang-yi?since=not-a-date")
    assert heading(site) == "Bad Request" and "Not a valid date." in site.locator("main").inner_text()
    site.console_errors.clear()  # the browser reports the two error statuses asked for above
    # Keyboard: the first Tab reaches the skip link, which is then shown, with a focus ring.
    site.goto("/")
    site.keyboard.press("Tab")
    focused = site.evaluate("() => document.activeElement.textContent")
    assert focused == "Skip to content"
    assert site.locator("a.skip").bounding_box()["x"] >= 0
    site.shoot("home-skip-link-focused")
    # A phone's width: no sideways scrolling.
    phone = chromium.new_context(base_url=live_server, viewport={"width": 390, "height": 844})
    try:
        page = phone.new_page()
        for path, name in (
            ("/speakers/wang-yi", "speaker"),
            ("/check?claim=never+stopped+believing", "check"),
        ):
            page.goto(path)
            assert page.evaluate("() => document.documentElement.scrollWidth") <= 390, path
            _shoot(page, f"{backend}-phone-{name}")
    finally:
        phone.close()
    # Reading needs no JavaScript.
    plain = chromium.new_context(base_url=live_server, java_script_enabled=False)
    try:
        page = plain.new_page()
        page.goto("/documents/1")
        assert page.locator("article mark.quote").count() > 0
        page.goto("/speakers/wang-yi")
        assert page.locator(".quote-item").count() == 7
    finally:
        plain.close()
