"""Web pages to articles: the main text of a news page and its metadata, by trafilatura.

trafilatura (with htmldate for dates) finds the article body and leaves out navigation, ads,
related-article lists, comment sections, scripts, captions and footers, so quotations in
them are never stored. The stored text is the body's paragraphs, one blank line apart (as in
the plain text articles), so offsets index exactly what ``/documents/{id}`` returns.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

#: AMP's ad and widget elements: trafilatura does not know them, and their fallback content
#: ("Unbeatable prices," they say) would read as article prose.
AMP_BOILERPLATE = ("amp-ad", "amp-embed", "amp-sticky-ad", "amp-sidebar", "amp-analytics", "amp-consent")

#: Class or id words of paid and promotional blocks that trafilatura's boilerplate list does not
#: name ("sponsored-content", "inline-promo", "advertisement"), matched as whole words.
PROMOTION = re.compile(
    r"(?:^|[\s_-])(?:sponsor(?:ed|ship)?|promo(?:tion|ted)?s?|advert(?:isement)?s?)(?:$|[\s_-])",
    re.IGNORECASE,
)

#: What separates a headline from the site's name in a ``<title>``: "Headline | Site".
TITLE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014\u00b7:-]\s+")

#: schema.org types of a news page's main entity.
ARTICLE_TYPES = {
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "BlogPosting",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "LiveBlogPosting",
}

#: Fewer words than this is no article: what is left of a page of links, or an error page.
MIN_WORDS = 8

#: htmldate settings: only dates the page states as its own (meta tags, JSON-LD, ``<time>``,
#: the URL), never a date guessed from the prose, and the original date over an update.
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}

#: Where a page states its publication time to the second, most specific first: htmldate reads
#: a ``<time datetime="2025-02-11T06:15:00+01:00">`` as the date alone (midnight).
PUBLISHED_TIMES = (
    '//meta[@property="article:published_time"]/@content',
    '//*[@itemprop="datePublished"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
    '//time[contains(@class, "publish")]/@datetime',
    "//time/@datetime",
)

#: What trafilatura's metadata is called here (our field: theirs).
METADATA_FIELDS = {
    "title": "title",
    "author": "author",
    "published": "date",
    "url": "url",
    "source": "sitename",
}


class NoArticle(ValueError):
    """A page with no article text in it (an index page, an error page, an empty page)."""


@dataclass(frozen=True, slots=True)
class Article:
    """A page's main text and what the page says about itself (``title``, ``author``,
    ``published``, ``url`` (canonical), ``source`` (site name); absent ones left out)."""

    text: str
    metadata: dict[str, str] = field(default_factory=dict)


def article_from_html(html: str | bytes, url: str | None = None) -> Article:
    """The article in ``html``; ``url`` is where it came from, for relative links and dates.

    Raises :class:`NoArticle` when the page holds no article text.
    """
    import trafilatura
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
        if tree is None:
            raise NoArticle("not an HTML page")
        _remove_promotions(tree)
        stated_times = [str(value) for value in tree.xpath("|".join(PUBLISHED_TIMES))]
        found = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            favor_precision=True,
            date_extraction_params=DATE_PARAMS,
        )
    except NoArticle:
        raise
    except Exception as exc:  # a page the parser chokes on is one bad input, never a crash
        raise NoArticle(f"could not be read as a web page ({type(exc).__name__}: {exc})") from None
    # as_dict is left off: trafilatura answers a Document, or None (a dict only when asked).
    assert not isinstance(found, dict)
    text = found.text if found is not None else None
    if found is None or text is None or len(text.split()) < MIN_WORDS:
        raise NoArticle("no article text found in the page")
    cleaned = {ours: _clean(getattr(found, theirs, None)) for ours, theirs in METADATA_FIELDS.items()}
    metadata = {k: v for k, v in cleaned.items() if v}
    if "published" in metadata:
        metadata["published"] = _with_time_of_day(metadata["published"], stated_times)
    # trafilatura falls back on the address given when the page names no canonical URL.
    if metadata.get("url") in (None, url) and (declared := _json_ld_url(tree)):
        metadata["url"] = declared
    # trafilatura names the site by its host when the page's meta tags do not name it; the
    # "headline | site" of the page's <title> is the name a reader sees.
    site = _site_in_title(tree, metadata["title"]) if "title" in metadata else None
    if site and _site_unnamed(metadata.get("source"), metadata.get("url"), url):
        metadata["source"] = site
    return Article(text=_paragraphs(text, metadata.get("title")), metadata=metadata)


def _with_time_of_day(date: str, stated: list[str]) -> str:
    """htmldate's publication ``date``, with the time of day the page states for that day when
    htmldate gives the day alone (``2025-02-11T00:00:00``, no UTC offset). htmldate still
    chooses the date (the original one, not an update); ``stated`` only adds its time."""
    if not date.endswith("T00:00:00"):
        return date
    day = date[:10]
    for value in stated:
        value = value.strip()
        if len(value) <= 10 or not value.startswith(day):
            continue  # a date alone, or another day (an update, a comment)
        try:
            stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            continue
        return stamp.isoformat()
    return date


def _remove_promotions(tree: Any) -> None:
    """Drop AMP ad elements and blocks marked as sponsored or promotional (outside the body
    trafilatura drops them anyway; inside it they would pass for article paragraphs)."""
    doomed = tree.xpath("|".join(f"//{tag}" for tag in AMP_BOILERPLATE))
    for element in tree.iter("div", "aside", "section", "p", "figure", "span", "ul"):
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if PROMOTION.search(marks):
            doomed.append(element)
    for element in doomed:
        parent = element.getparent()
        if parent is not None:  # not already gone with an ancestor
            parent.remove(element)


def _json_ld_url(tree: Any) -> str | None:
    """The article's own URL as its JSON-LD states it (``url`` or ``mainEntityOfPage``), for
    pages with no canonical link; trafilatura reads JSON-LD for other fields only."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        if isinstance(data, dict):
            data = data.get("@graph", [data])
        items = data if isinstance(data, list) else []
        for item in items:
            if not isinstance(item, dict) or not ARTICLE_TYPES & set(_as_list(item.get("@type"))):
                continue
            page = item.get("mainEntityOfPage")
            for candidate in (item.get("url"), page.get("@id") if isinstance(page, dict) else page):
                if isinstance(candidate, str) and candidate.startswith(("http://", "https://")):
                    return candidate
    return None


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _site_unnamed(source: str | None, *urls: str | None) -> bool:
    """Whether ``source`` is no site name: absent, or only the host of one of ``urls``."""
    if not source:
        return True
    hosts = {urlsplit(u).netloc.lower() for u in urls if u}
    return source.lower() in hosts | {host.removeprefix("www.") for host in hosts}


def _site_in_title(tree: Any, headline: str) -> str | None:
    """The site's name from a ``<title>`` that is "headline | site" (or –, —, ·, :, -)."""
    title = " ".join((tree.findtext(".//title") or "").split())
    if not title.startswith(headline):
        return None
    rest = title[len(headline) :]
    separator = TITLE_SEPARATOR.match(rest)
    site = rest[separator.end() :].strip() if separator else ""
    return site if 0 < len(site) <= 80 else None


def _clean(value: Any) -> str | None:
    return " ".join(str(value).split()) if value else None


def _paragraphs(text: str, title: str | None) -> str:
    """One paragraph a line, blank lines between; the headline, when the body repeats it
    first, left out (it is the title, not article prose)."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if title and lines and lines[0] == title and len(lines) > 1:
        lines = lines[1:]
    return "\n\n".join(lines)
