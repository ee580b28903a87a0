"""What a page says about itself (quotes_api.articles): the time of day it was published, and
the name of its site, read from the real pages trafilatura and htmldate parse."""

from __future__ import annotations

import pytest

from quotes_api.articles import article_from_html
from quotes_api.storage.writer import parse_published

BODY = (
    "<p>The ferry company said on Monday that fares would stay where they are for the whole of next year.</p>"
    '<p>"Families have had enough bad news," said Ines Varga, who runs the company.</p>'
)


def page(head: str = "", byline: str = "", title: str = "Ferry fares frozen | Island Times") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>Ferry fares frozen</h1>"
        f"{byline}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "stored"),
    [
        ('<time datetime="2025-02-11T06:15:00+01:00">11 February</time>', "2025-02-11T05:15:00"),
        ('<time datetime="2025-02-11T23:40:00Z">11 February</time>', "2025-02-11T23:40:00"),
        ('<time datetime="2025-02-11T06:15">11 February</time>', "2025-02-11T06:15:00"),
        ('<time datetime="2025-02-11">11 February</time>', "2025-02-11T00:00:00"),  # the day alone: kept so
    ],
)
def test_a_time_element_keeps_its_time_of_day(byline: str, stored: str) -> None:
    published = article_from_html(page(byline=byline)).metadata["published"]
    assert parse_published(published).isoformat() == stored


def test_the_published_time_wins_over_an_update_on_the_same_day() -> None:
    byline = (
        '<time class="updated" datetime="2025-02-11T18:00:00Z">updated</time>'
        '<time class="published" datetime="2025-02-11T06:15:00Z">published</time>'
    )
    published = article_from_html(page(byline=byline)).metadata["published"]
    assert parse_published(published).isoformat() == "2025-02-11T06:15:00"


def test_a_meta_tag_time_is_kept_too() -> None:
    head = '<meta property="article:published_time" content="2024-09-30T14:05:00+02:00">'
    published = article_from_html(page(head=head)).metadata["published"]
    assert parse_published(published).isoformat() == "2024-09-30T12:05:00"


def test_the_site_name_in_the_title_wins_over_the_host_of_the_url() -> None:
    """trafilatura falls back on the host when no meta tag names the site; the <title> does."""
    for url in (None, "https://www.island-times.example/ferries", "http://127.0.0.1:8000/ferries"):
        assert article_from_html(page(), url=url).metadata["source"] == "Island Times", url


def test_a_site_named_by_a_meta_tag_is_kept() -> None:
    head = '<meta property="og:site_name" content="The Island Times">'
    assert article_from_html(page(head=head), url="https://island.example/a").metadata["source"] == (
        "The Island Times"
    )


def test_with_no_site_name_anywhere_the_host_stands_for_it() -> None:
    metadata = article_from_html(
        page(title="Ferry fares frozen"), url="https://www.island.example/a"
    ).metadata
    assert metadata["source"] == "island.example"
