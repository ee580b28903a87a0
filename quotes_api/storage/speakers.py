"""Speaker rows from name forms: grouping the forms' buckets into speakers, quote links, counts.

Which forms are one speaker is decided by :mod:`quotes_api.storage.identity` (pure); this
module keeps the tables in step with its answer, inside the writer's transaction:

* ``speaker_form`` holds every form once (by key, :mod:`quotes_api.storage.forms`); a form
  found junk by :func:`quotes_api.storage.names.is_junk_name` is never stored, its quote keeps
  no speaker;
* :func:`regroup` groups whole buckets again and moves quote links, counts, slugs: a speaker
  whose forms went to another speaker is deleted and its slug redirects (308) to that one
  (:mod:`quotes_api.storage.slugs`);
* an ``unnamed`` speaker ("a spokesman") is scoped to its document: two documents'
  spokesmen are two rows, since two different people must never share one.
"""

from __future__ import annotations

from collections.abc import Iterable

from quotes_api.storage import identity
from quotes_api.storage.backend import AnyDatabase
from quotes_api.storage.bulk import insert_rows, select_in, update_rows
from quotes_api.storage.clusters import Cluster, Form
from quotes_api.storage.forms import FormSpec, store_forms
from quotes_api.storage.models import Quote, QuoteSpeaker, Speaker, SpeakerForm, tuples
from quotes_api.storage.names import parse_person
from quotes_api.storage.slugs import (
    alias_redirects,
    assign_slugs,
    reclaim_slugs,
    redirect_target,
    retire_speakers,
    slugify,
    speaker_key,
)

_FORM_FIELDS = (
    "id",
    "key",
    "name",
    "kind",
    "bucket",
    "roles",
    "aliases",
    "pin",
    "override",
    "document",
    "speaker",
)


def regroup(db: AnyDatabase, buckets: Iterable[str], apart: Iterable[frozenset[str]] = ()) -> set[int]:
    """Group every form of ``buckets`` again and bring speakers, quote links and counts in line.

    ``apart`` adds pairs of form keys that a batch being written names as two speakers in one
    document (stored documents are read for the rest). Returns the ids of the speakers touched.
    Must run inside the caller's transaction.
    """
    buckets = sorted(set(buckets))
    if not buckets:
        return set()
    rows = [
        dict(zip(_FORM_FIELDS, r, strict=True))
        for r in select_in(db, SpeakerForm, _FORM_FIELDS, "bucket", buckets)
    ]
    by_bucket: dict[str, list[dict]] = {}
    for row in rows:
        by_bucket.setdefault(row["bucket"], []).append(row)
    apart = set(apart) | _stored_apart([r for r in rows if r["kind"] == "person"])
    clusters: list[Cluster] = []
    for bucket in buckets:
        forms = [
            Form(
                r["key"],
                r["name"],
                r["kind"],
                tuple(r["roles"]),
                tuple(r["aliases"]),
                r["pin"],
                r["override"],
            )
            for r in by_bucket.get(bucket, [])
        ]
        clusters.extend(identity.group_bucket(forms, apart))
    by_key = {r["key"]: r for r in rows}
    return _apply(db, clusters, by_key)


def group_new_forms(db: AnyDatabase) -> int:
    """Give forms without a bucket (carried over by migration m0005) their bucket and group them;
    returns how many there were. Cheap when there are none (one indexed query)."""
    pending = list(
        tuples(
            SpeakerForm.select(SpeakerForm.id, SpeakerForm.name, SpeakerForm.kind, SpeakerForm.key).where(
                SpeakerForm.bucket.is_null()
            )
        )
    )
    if not pending:
        return 0
    with db.atomic():
        rows = [(fid, identity.bucket_of(name, kind, key)) for fid, name, kind, key in pending]
        update_rows(db, SpeakerForm, ("bucket",), rows)
        regroup(db, {b for _, b in rows})
    return len(pending)


def _stored_apart(person_rows: list[dict]) -> set[frozenset[str]]:
    """Pairs of suffixed and plain forms that one stored document names as two speakers."""
    if not any(parse_person(r["name"]).suffix for r in person_rows):
        return set()
    keys = {r["id"]: r["key"] for r in person_rows}
    rows = (
        QuoteSpeaker.select(Quote.document, QuoteSpeaker.form)
        .join(Quote, on=(Quote.id == QuoteSpeaker.quote))
        .where(QuoteSpeaker.form.in_(list(keys)))
        .distinct()
    )
    per_doc: dict[int, set[str]] = {}
    for doc_id, form_id in tuples(rows):
        per_doc.setdefault(doc_id, set()).add(keys[form_id])
    return {frozenset((a, b)) for forms in per_doc.values() for a in forms for b in forms if a < b}


def _apply(db: AnyDatabase, clusters: list[Cluster], forms: dict[str, dict]) -> set[int]:
    """Make one speaker row per cluster, point forms and quote links at it, fix counts and slugs."""
    keys = [c.key for c in clusters]
    existing = {
        key: (sid, slug) for sid, key, slug in select_in(db, Speaker, ("id", "key", "slug"), "key", keys)
    }
    new = [c for c in clusters if c.key not in existing]
    new_keys = {c.key for c in new}
    slugs = assign_slugs(db, new)
    fields = (
        "key",
        "slug",
        "name",
        "kind",
        "roles",
        "aliases",
        "document",
        "quote_count",
        "ambiguous",
        "wikidata",
    )
    rows = [
        (
            c.key,
            slugs[c.key],
            c.name,
            c.kind,
            c.roles,
            c.aliases,
            _document_of(c, forms),
            0,
            c.ambiguous,
            c.wikidata,
        )
        for c in new
    ]
    if rows:
        for sid, key, slug in insert_rows(db, Speaker, fields, rows, returning=("id", "key", "slug")):
            existing[key] = (sid, slug)
    update_rows(
        db,
        Speaker,
        ("name", "kind", "roles", "aliases", "ambiguous", "wikidata"),
        [
            (existing[c.key][0], c.name, c.kind, c.roles, c.aliases, c.ambiguous, c.wikidata)
            for c in clusters
            if c.key not in new_keys
        ],
    )
    touched: set[int] = set()
    moved: dict[int, int] = {}  # old speaker id -> new, for redirects
    for cluster in clusters:
        sid = existing[cluster.key][0]
        touched.add(sid)
        for form in cluster.forms:
            row = forms[form.key]
            old = row["speaker"]
            if old == sid:
                continue
            if old is not None:
                touched.add(old)
                moved.setdefault(old, sid)
            _relink(row["id"], sid)
            SpeakerForm.update(speaker=sid).where(SpeakerForm.id == row["id"]).execute()
    recount(db, touched)
    retire_speakers(db, moved)
    reclaim_slugs(db, new, existing)
    alias_redirects(db, clusters, {c.key: existing[c.key][0] for c in clusters})
    return touched


def speakers_named(name: str) -> list[Speaker]:
    """Speakers with quotes that a written name can mean, by the identity rules: an old slug's
    speaker, or the speakers of the name's bucket whose forms it fits ("Barack Obama" finds the
    speaker stored as "Obama"). Best first (most quotes)."""
    target = redirect_target(slugify(name))
    if target:
        return list(Speaker.select().where(Speaker.slug == target))
    claimed = Form(identity.form_key(name, "person"), " ".join(name.split()), "person")
    bucket = identity.bucket_of(claimed.name, "person", claimed.key)
    rows = {r.key: r for r in SpeakerForm.select().where(SpeakerForm.bucket == bucket)}
    forms = [Form(r.key, r.name, r.kind, tuple(r.roles), (), r.pin, r.override) for r in rows.values()]
    # The claimed name joins the speaker it would join if it were written in an article.
    clusters = identity.group_bucket([*[f for f in forms if f.key != claimed.key], claimed])
    home = next(c for c in clusters if any(f.key == claimed.key for f in c.forms))
    fits = {rows[f.key].speaker_id for f in home.forms if f.key in rows and rows[f.key].speaker_id}
    if not fits:
        return []
    return list(
        Speaker.select()
        .where(Speaker.id.in_(sorted(fits)) & (Speaker.quote_count > 0))
        .order_by(Speaker.quote_count.desc(), Speaker.id)
        .limit(10)
    )


def _document_of(cluster: Cluster, forms: dict[str, dict]) -> int | None:
    return forms[cluster.forms[0].key]["document"] if cluster.kind == "unnamed" else None


def _relink(form_id: int, speaker_id: int) -> None:
    """Point the quote links of a form at ``speaker_id`` (a quote already linked to it keeps one link)."""
    linked = QuoteSpeaker.select(QuoteSpeaker.quote).where(QuoteSpeaker.speaker == speaker_id)
    QuoteSpeaker.delete().where((QuoteSpeaker.form == form_id) & QuoteSpeaker.quote.in_(linked)).execute()
    QuoteSpeaker.update(speaker=speaker_id).where(QuoteSpeaker.form == form_id).execute()


def recount(db: AnyDatabase, speaker_ids: Iterable[int]) -> None:
    """Set ``quote_count`` of the speakers from their links (an index range count each)."""
    for sid in sorted(set(speaker_ids)):
        n = QuoteSpeaker.select().where(QuoteSpeaker.speaker == sid).count()
        Speaker.update(quote_count=n).where(Speaker.id == sid).execute()


__all__ = [
    "FormSpec",
    "recount",
    "redirect_target",
    "regroup",
    "slugify",
    "speaker_key",
    "speakers_named",
    "store_forms",
]
