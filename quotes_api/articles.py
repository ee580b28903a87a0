"""Web pages to articles: the main text of a news page and its metadata, by trafilatura.

trafilatura (with htmldate for dates) finds the article body and leaves out navigation, ads,
related-article lists, comment sections, scripts, captions and footers, so quotations in
them are never stored. The stored text is the body's paragraphs, one blank line apart (as in
the plain text articles), so offsets index exactly what ``/documents/{id}`` returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: AMP's ad and widget elements: trafilatura does not know them, and their fallback content
#: ("Unbeatable prices," they say) would read as article prose.
AMP_BOILERPLATE = ("amp-ad", "amp-embed", "amp-sticky-ad", "amp-sidebar", "amp-analytics", "amp-consent")

#: htmldate settings: only dates the page states as its own (meta tags, JSON-LD, ``<time>``,
#: the URL), never a date guessed from the prose, and the original date over an update.
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}

#: What trafilatura's metadata is called here (our field: theirs).
METADATA_FIELDS = {"title": "title", "author": "author", "published": "date", "url": "url",
                   "source": "sitename"}  # fmt: skip


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

    tree = load_html(html)
    if tree is None:
        raise NoArticle("not an HTML page")
    for element in tree.xpath("|".join(f"//{tag}" for tag in AMP_BOILERPLATE)):
        element.getparent().remove(element)
    found = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_images=False,
        favor_precision=True, date_extraction_params=DATE_PARAMS,
    )  # fmt: skip
    if found is None or not (found.text or "").strip():
        raise NoArticle("no article text found in the page")
    metadata = {ours: _clean(getattr(found, theirs, None)) for ours, theirs in METADATA_FIELDS.items()}
    metadata = {k: v for k, v in metadata.items() if v}
    return Article(text=_paragraphs(found.text, metadata.get("title")), metadata=metadata)


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
