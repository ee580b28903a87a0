"""The fixture web pages (``tests/storage/pages``) and what each must store: ``expected.json``
beside them says, by hand, what each article's body holds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import urlsplit

from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker

PAGES = Path(__file__).resolve().parent / "pages"
EXPECTED = {
    k: v
    for k, v in json.loads((PAGES / "expected.json").read_text(encoding="utf-8")).items()
    if not k.startswith("_")
}


def stored_quotes(document: Document) -> list[list]:
    """The document's quotes in order, each as [text, [speaker names]], offsets checked."""
    found = []
    for quote in Quote.select().where(Quote.document == document).order_by(Quote.position):
        assert document.text[quote.start : quote.end] == quote.text
        names = [
            link.speaker.name
            for link in QuoteSpeaker.select(QuoteSpeaker, Speaker)
            .join(Speaker)
            .where(QuoteSpeaker.quote == quote)
            .order_by(QuoteSpeaker.position)
        ]
        found.append([quote.text, names])
    return found


def metadata(document: Document) -> dict:
    published = document.published
    if isinstance(published, str):  # SQLite, read raw
        published = dt.datetime.fromisoformat(published)
    return {
        "title": document.title,
        "author": document.author,
        "published": published.isoformat() if published else None,
        "url": document.url,
        "source": document.source,
    }


def check_page(document: Document, name: str, fetched_from: str | None = None) -> None:
    """``fetched_from``: the page's address, for a fetched page; what it does not say of itself
    is taken from there (its URL, and its host for a site name)."""
    expected = EXPECTED[name]
    assert stored_quotes(document) == expected["quotes"], name
    want = dict(expected["metadata"])
    if fetched_from:
        want["url"] = want["url"] or fetched_from
        want["source"] = want["source"] or urlsplit(fetched_from).netloc
    assert metadata(document) == want, name
    for words in expected["not_article"]:
        assert words not in document.text, (name, words)
