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

import json
from collections.abc import Iterable

from quotes_api.storage import identity
from quotes_api.storage.backend import AnyDatabase
from quotes_api.storage.base import tuples
from quotes_api.storage.bulk import insert_rows, select_in, update_rows
from quotes_api.storage.clusters import Cluster, Form
from quotes_api.storage.forms import FormSpec, store_forms
from quotes_api.storage.models import Quote, QuoteSpeaker, Speaker, SpeakerForm
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
    buckets = set(buckets)
    buckets = sorted(buckets | {c for b in buckets if (c := identity.companion_bucket(b))})
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
    forms_of = {
        bucket: [
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
        for bucket in buckets
    }
    clusters: list[Cluster] = []
    for bucket in buckets:
        companion = identity.companion_bucket(bucket)
        people = forms_of.get(companion, []) if companion and not bucket.startswith("person:") else []
        clusters.extend(identity.group_bucket(forms_of[bucket], apart, people))
    by_key = {r["key"]: r for r in rows}
    return _apply(db, clusters, by_key)


def group_new_forms(db: AnyDatabase) -> int:
    """Give forms without a bucket (carried over by migration m0005, or set apart by m0008 to be
    bucketed anew) their bucket and group them; returns how many there were. Cheap when there
    are none (one indexed query). Editors' corrections keep their anchor: a pinned form goes to
    the bucket of the form it is pinned to, and the forms of a speaker whose kind an editor
    changed are pinned to that speaker's first unpinned form (:func:`_pin_rekinded`)."""
    fields = ("id", "key", "name", "kind", "pin", "override", "speaker")
    pending = [
        dict(zip(fields, r, strict=True))
        for r in tuples(
            SpeakerForm.select(*(getattr(SpeakerForm, f) for f in fields)).where(SpeakerForm.bucket.is_null())
        )
    ]
    if not pending:
        return 0
    with db.atomic():
        _pin_rekinded(pending)
        buckets = _new_buckets(db, pending)
        update_rows(db, SpeakerForm, ("bucket",), sorted(buckets.items()))
        regroup(db, set(buckets.values()))
    return len(pending)


def _pin_rekinded(pending: list[dict]) -> None:
    """The forms of a speaker whose kind an editor changed stay with the form the correction
    anchored them to (its first unpinned form, by key), as :func:`edit_speaker` pins them now."""
    rekinded: dict[int, list[dict]] = {}
    for row in pending:
        if not row["pin"] and row["override"] and "kind" in json.loads(row["override"]) and row["speaker"]:
            rekinded.setdefault(row["speaker"], []).append(row)
    for speaker_id in sorted(rekinded):
        siblings = SpeakerForm.select(SpeakerForm.key).where(
            (SpeakerForm.speaker == speaker_id) & SpeakerForm.pin.is_null()
        )
        anchor = min(f.key for f in siblings)
        for row in rekinded[speaker_id]:
            if row["key"] != anchor:
                row["pin"] = anchor
                SpeakerForm.update(pin=anchor).where(SpeakerForm.id == row["id"]).execute()


def _new_buckets(db: AnyDatabase, pending: list[dict]) -> dict[int, str]:
    """``{form id: bucket}`` for forms without one (see :func:`group_new_forms`)."""
    by_key = {r["key"]: identity.bucket_of(r["name"], r["kind"], r["key"]) for r in pending if not r["pin"]}
    anchors = sorted({r["pin"] for r in pending if r["pin"]} - set(by_key))
    stored = dict(select_in(db, SpeakerForm, ("key", "bucket"), "key", anchors)) if anchors else {}
    buckets = {}
    for row in pending:
        if row["pin"]:
            home = by_key.get(row["pin"]) or stored.get(row["pin"])
            buckets[row["id"]] = home or identity.bucket_of(row["name"], row["kind"], row["key"])
        else:
            buckets[row["id"]] = by_key[row["key"]]
    return buckets


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
