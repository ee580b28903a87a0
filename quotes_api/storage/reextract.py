"""``quotes-api reextract``: run the current extractor over every stored document again.

After an upgrade of the rules, stored quotes and speakers are brought up to date in place:
a document whose quotations come out the same is left alone (its quote ids stay), one whose
quotations changed has them replaced, in one transaction with the rest of its batch. Editors'
corrections are applied on the way in exactly as at ingest (rejected spans stay out, reassigned
spans keep their speakers, speaker corrections live on the forms), so they survive. Running it
twice changes nothing the second time; interrupting it leaves whole batches, and running it
again finishes the job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from quotes_api.extraction.model import Quote as ExtractedQuote
from quotes_api.storage.base import database_proxy, tuples
from quotes_api.storage.bulk import select_in
from quotes_api.storage.corrections import reassignments, rejected_spans
from quotes_api.storage.ingest import _extract_one, _extract_texts, _worker_context
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, SpeakerForm
from quotes_api.storage.retry import retrying, write_lock
from quotes_api.storage.speakers import FormSpec, group_new_forms, recount
from quotes_api.storage.writer import Prepared, write_quotes

DEFAULT_BATCH_SIZE = 200


@dataclass
class ReextractSummary:
    documents: int = 0
    changed: int = 0
    failed: int = 0
    quotes: int = 0

    def line(self) -> str:
        return (
            f"{self.documents} documents re-extracted: {self.changed} changed, "
            f"{self.documents - self.changed - self.failed} unchanged, {self.failed} failed; "
            f"{self.quotes} quotes written"
        )


def reextract(
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    workers: int = 1,
    progress: Callable[[int], object] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> ReextractSummary:
    """Re-extract every stored document, in id order, ``batch_size`` a transaction.

    With ``workers > 1`` the extraction runs in that many processes (as ``ingest --workers``);
    the writing stays here, batch after batch in id order, so the result is the one-worker
    result (the extractor is a pure function of the text)."""
    if workers <= 1:
        return _run(batch_size, lambda texts: [_extract_one(t) for t in texts], progress, on_error)
    with _worker_context().Pool(workers) as pool:
        chunk = max(1, -(-batch_size // (workers * 4)))

        def extract_all(texts: list[str]) -> list[list[ExtractedQuote] | str]:
            parts = [texts[i : i + chunk] for i in range(0, len(texts), chunk)]
            return [r for part in pool.map(_extract_texts, parts) for r in part]

        return _run(batch_size, extract_all, progress, on_error)


def _run(
    batch_size: int,
    extract_all: Callable[[list[str]], list[list[ExtractedQuote] | str]],
    progress: Callable[[int], object] | None,
    on_error: Callable[[str], None] | None,
) -> ReextractSummary:
    db = database_proxy
    summary = ReextractSummary()
    group_new_forms(db)
    last = 0
    while True:
        batch = list(
            Document.select(
                Document.id, Document.content_hash, Document.text, Document.published, Document.external_id
            )
            .where(Document.id > last)
            .order_by(Document.id)
            .limit(batch_size)
        )
        if not batch:
            return summary
        last = batch[-1].id
        ready = []
        for doc, quotes in zip(batch, extract_all([d.text for d in batch]), strict=True):
            if isinstance(quotes, str):  # one document the extractor fails on never stops the run
                summary.failed += 1
                if on_error:
                    on_error(f"document {doc.id} ({doc.external_id or doc.content_hash[:12]}): {quotes}")
                continue
            prepared = Prepared(content_hash=doc.content_hash, text=doc.text, published=doc.published)
            prepared.quotes = quotes
            ready.append((doc.id, prepared))
        changed, written = retrying(db, partial(_replace, ready))
        summary.documents += len(batch)
        summary.changed += changed
        summary.quotes += written
        if progress:
            progress(len(batch))


def _replace(ready: list[tuple[int, Prepared]]) -> tuple[int, int]:
    db = database_proxy
    with db.atomic():
        write_lock(db)
        hashes = [p.content_hash for _, p in ready]
        rejected, reassigned = rejected_spans(db, hashes), reassignments(db, hashes)
        fresh = {doc_id: _fresh(p, rejected, reassigned) for doc_id, p in ready}
        keys = sorted({k for quotes in fresh.values() for q in quotes for k in q[-1]})
        speaker_of = dict(select_in(db, SpeakerForm, ("key", "speaker"), "key", keys))
        changed = [
            (doc_id, p) for doc_id, p in ready if _stored(doc_id) != _linked(fresh[doc_id], speaker_of)
        ]
        if not changed:
            return 0, 0
        ids = [doc_id for doc_id, _ in changed]
        quote_ids = Quote.select(Quote.id).where(Quote.document.in_(ids))
        touched = {
            sid
            for (sid,) in tuples(
                QuoteSpeaker.select(QuoteSpeaker.speaker).where(QuoteSpeaker.quote.in_(quote_ids)).distinct()
            )
        }
        QuoteSpeaker.delete().where(QuoteSpeaker.quote.in_(quote_ids)).execute()
        Quote.delete().where(Quote.document.in_(ids)).execute()
        recount(db, touched)
        written, _ = write_quotes(db, [p for _, p in changed], {p.content_hash: i for i, p in changed})
        return len(changed), written


def _stored(doc_id: int) -> list[tuple]:
    """A document's stored quotations, as :func:`_fresh` describes new ones."""
    forms: dict[int, list[str]] = {}
    links = (
        QuoteSpeaker.select(QuoteSpeaker.quote, SpeakerForm.key)
        .join(Quote, on=(QuoteSpeaker.quote == Quote.id))
        .switch(QuoteSpeaker)
        .join(SpeakerForm, on=(QuoteSpeaker.form == SpeakerForm.id))
        .where(Quote.document == doc_id)
        .order_by(QuoteSpeaker.quote, QuoteSpeaker.position)
    )
    for quote_id, key in tuples(links):
        forms.setdefault(quote_id, []).append(key)
    rows = Quote.select().where(Quote.document == doc_id).order_by(Quote.position)
    return [
        (
            q.position,
            q.start,
            q.end,
            q.text,
            q.mention,
            q.cue,
            q.paragraph,
            q.group,
            q.part,
            tuple(forms.get(q.id, ())),
        )
        for q in rows
    ]


def _linked(quotes: list[tuple], speaker_of: dict[str, int]) -> list[tuple]:
    """New quotations with one form a speaker, as links are stored (the first form named wins)."""
    out = []
    for quote in quotes:
        seen, keys = set(), []
        for key in quote[-1]:
            sid = speaker_of.get(key, key)
            if sid not in seen:
                seen.add(sid)
                keys.append(key)
        out.append((*quote[:-1], tuple(keys)))
    return out


def _fresh(doc: Prepared, rejected: set, reassigned: dict) -> list[tuple]:
    out = []
    for position, q in enumerate(doc.quotes):
        span = (doc.content_hash, q.start, q.end)
        if span in rejected:
            continue
        keys: list[str] = []
        for sp in q.speakers:
            spec = FormSpec.from_extracted(sp, doc.content_hash, doc.text)
            if spec is not None and spec.key not in keys:
                keys.append(spec.key)
        keys = reassigned.get(span, keys)
        out.append(
            (position, q.start, q.end, q.text, q.mention, q.cue, q.paragraph, q.group, q.part, tuple(keys))
        )
    return out
