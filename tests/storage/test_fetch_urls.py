"""URLs in: ``quotes-api ingest URL...`` and ``--urls FILE`` against a real local web site
(tests/support/pages_server.py), with what goes wrong on the web: a redirect, a redirect loop, a 404, a
non-HTML answer, a page too slow, a page too big, a path robots.txt disallows, a closed port.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest

from quotes_api.fetching import USER_AGENT
from quotes_api.storage.models import Document
from tests.support.cli import run_cli
from tests.support.pages_server import Site, serving

from .web_pages import check_page, stored_quotes


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serving() as running:
        yield running


def closed_port_url() -> str:
    from tests.support.servers import free_port

    return f"http://127.0.0.1:{free_port()}/nothing-here"


def ingest(url: str, *args: str):
    return run_cli(["ingest", "--no-progress", "--timeout", "5", "--max-bytes", "100000", *args], url)


def test_good_urls_go_in_and_each_bad_one_is_reported(db, database_url, site):
    good = [site.url("/pages/opengraph.html"), site.url("/moved")]
    bad = {
        site.url("/missing"): "HTTP 404 Not Found",
        site.url("/data.json"): "not an HTML page (Content-Type: application/json)",
        site.url("/loop"): "more than 5 redirects",
        site.url("/slow"): "timed out after 5 s",
        site.url("/huge"): "is 300,",  # the declared length, refused before reading
        site.url("/huge-stream"): "is over the limit of 100,000 bytes",
        site.url("/private/jsonld.html"): "disallowed by robots.txt",
        closed_port_url(): "unreachable (",
    }
    done = ingest(database_url, good[0], *bad, good[1])
    assert done.returncode == 1
    assert done.stdout.startswith(f"10 documents: 2 new, 0 already present, {len(bad)} failed")
    errors = [line.removeprefix("quotes-api ingest: ") for line in done.stderr.splitlines()]
    assert len(errors) == len(bad), done.stderr
    for url, reason in bad.items():
        assert any(line.startswith(f"{url}: {reason}") for line in errors), (url, errors)
    assert "Traceback" not in done.stderr
    check_page(Document.get(Document.external_id == good[0]), "opengraph.html", good[0])
    moved = Document.get(Document.external_id == good[1])
    # No canonical link on that page: its URL is where the redirect led. Its site name is the
    # one its <title> gives, not the host it was fetched from.
    assert moved.url == site.url("/pages/byline.html")
    check_page(moved, "byline.html", site.url("/pages/byline.html"))
    robots_reads = [path for path in site.paths() if path == "/robots.txt"]
    assert robots_reads and len(robots_reads) <= 2  # once per run of the command (twice at most here)
    assert all(agent == USER_AGENT for _, agent in site.requests) and USER_AGENT.startswith("quotes-api/")


def test_a_url_file_and_ignore_robots(db, database_url, site, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(
        f"# morning run\n{site.url('/private/jsonld.html')}\n\nnot a url\n{site.url('/pages/amp.html')}\n",
        encoding="utf-8",
    )
    done = ingest(database_url, "--urls", str(listing))
    assert done.returncode == 1
    assert f"{listing}:4: 'not a url' is not an http(s) URL" in done.stderr
    assert f"{site.url('/private/jsonld.html')}: disallowed by robots.txt" in done.stderr
    assert Document.select().count() == 1
    done = ingest(database_url, "--urls", str(listing), "--ignore-robots", site.url("/pages/minimal.html"))
    assert "disallowed" not in done.stderr and done.returncode == 1  # the bad line is still bad
    assert done.stdout.startswith("4 documents: 2 new, 1 already present, 1 failed")
    for path, name in (("/private/jsonld.html", "jsonld.html"), ("/pages/minimal.html", "minimal.html")):
        check_page(Document.get(Document.external_id == site.url(path)), name, site.url(path))


def test_robots_txt_rules_every_address_a_redirect_leads_to(db, database_url, site):
    """A redirect to a disallowed path, on this site or on another one, is not followed; the
    other site's robots.txt is read for it."""
    with serving() as other:
        same_site = site.url("/redirect?to=/private/minimal.html")
        other_site = site.url("/redirect?to=" + quote(other.url("/private/amp.html"), safe=""))
        allowed = site.url("/redirect?to=" + quote(other.url("/pages/amp.html"), safe=""))
        done = ingest(database_url, same_site, other_site, allowed)
        assert done.returncode == 1
        assert done.stdout.startswith("3 documents: 1 new, 0 already present, 2 failed")
        for start, end in (
            (same_site, site.url("/private/minimal.html")),
            (other_site, other.url("/private/amp.html")),
        ):
            assert f"{start}: redirected to {end}: disallowed by robots.txt" in done.stderr
        assert "/private/minimal.html" not in site.paths()
        assert other.paths().count("/robots.txt") == 1 and "/private/amp.html" not in other.paths()
        check_page(Document.get(Document.external_id == allowed), "amp.html", other.url("/pages/amp.html"))
        done = ingest(database_url, "--ignore-robots", other_site)
        assert done.returncode == 0 and "/private/amp.html" in other.paths()


def test_fetches_run_in_parallel_within_the_limit_with_a_progress_bar(db, database_url, site):
    urls = [site.url(f"/pause/{i}") for i in range(6)]
    site.most_in_flight = 0
    done = run_cli(["ingest", "--fetch-workers", "3", "--progress", *urls], database_url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("6 documents: 6 new")
    assert 2 <= site.most_in_flight <= 3
    assert "fetched: 100%" in done.stderr and "6/6" in done.stderr


def test_the_charset_the_server_names_is_used(db, database_url, site):
    done = ingest(database_url, site.url("/latin1"))
    assert done.returncode == 0, done.stderr
    speaker = "Jos\u00e9 N\u00fa\u00f1ez"
    assert stored_quotes(Document.get()) == [["Families have had enough bad news,", [speaker]]]


def test_only_urls_or_paths_are_taken(database_url):
    done = run_cli(["ingest"], database_url)
    assert done.returncode == 2 and "give PATHS, URLs or --urls FILE" in done.stderr
