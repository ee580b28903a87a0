"""Speaker rows from name forms: storing forms, grouping their buckets, slugs and redirects.

Which forms are one speaker is decided by :mod:`quotes_api.storage.identity` (pure); this
module keeps the tables in step with its answer, inside the writer's transaction:

* ``speaker_form`` holds every form once (by key); a form found junk by
  :func:`quotes_api.storage.names.is_junk_name` is never stored, its quote keeps no speaker;
* :func:`regroup` groups whole buckets again and moves quote links, counts, slugs: a speaker
  whose forms went to another speaker is deleted and its slug redirects (308) to that one;
* an ``unnamed`` speaker ("a spokesman") is scoped to its document: two documents'
  spokesmen are two rows, since two different people must never share one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import Database

from quotes_api.extraction.model import Speaker as ExtractedSpeaker
from quotes_api.storage import identity
from quotes_api.storage.bulk import insert_rows, select_in, update_rows
from quotes_api.storage.models import QuoteSpeaker, Speaker, SpeakerForm, SpeakerRedirect
from quotes_api.storage.names import (
    classify_kind,
    clean_organisation_name,
    clean_person_name,
    honorific_gender,
    is_junk_name,
    person_after_role,
)

# Letters that NFKD does not decompose into ASCII plus accents.
_TRANSLITERATE = str.maketrans(
    {
        "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ł": "l", "Ł": "L",
        "ı": "i", "ŋ": "ng", "ħ": "h", "ĸ": "k", "ŀ": "l", "Ŀ": "L",
        "\u2019": "", "'": "", "\u02bc": "",  # O'Brien -> obrien, not o-brien
    }
)  # fmt: skip
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
MAX_SLUG_LENGTH = 80


def normalise_name(name: str) -> str:
    """The name as compared for merging: NFC, single spaces, case-folded."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def speaker_key(name: str, kind: str, content_hash: str | None = None) -> str:
    """The unique merge key of a speaker; ``content_hash`` (the document's) only for ``unnamed``."""
    if kind == "unnamed":
        return f"unnamed:{content_hash}:{normalise_name(name)}"
    return f"{kind}:{normalise_name(name)}"


def slugify(text: str) -> str:
    """URL-safe ASCII: ``"José Ramos-Horta"`` -> ``"jose-ramos-horta"``; may be empty."""
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_ALNUM.sub("-", text).strip("-")[:MAX_SLUG_LENGTH].strip("-")


def _short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def slug_candidates(name: str, kind: str, key: str, content_hash: str | None = None) -> list[str]:
    """Slugs to try in order for a new speaker; the last is unique by construction.

    Deterministic (a function of the name, kind and key only). Unnamed speakers always carry
    their document's hash prefix ("a-spokesman-4a74c906"); others get the plain slug, then
    ``-organisation``/``-person`` on a clash with the other kind, then a hash of the key.
    """
    base = slugify(name) or f"speaker-{_short_hash(key)}"  # a name with no Latin letters
    if kind == "unnamed":
        return [f"{base}-{(content_hash or '')[:8]}", f"{base}-{_short_hash(key)}"]
    return [base, f"{base}-{kind}", f"{base}-{_short_hash(key)}"]


@dataclass
class FormSpec:
    """A speaker form as seen in one batch: what a ``speaker_form`` row is created from."""

    key: str
    name: str
    kind: str
    content_hash: str | None
    roles: list[str]
    aliases: list[str]

    @classmethod
    def from_extracted(cls, speaker: ExtractedSpeaker, content_hash: str, text: str = "") -> FormSpec | None:
        """The form of an extracted speaker, or None when its name is junk. A person named by
        surname alone takes the one full name ``text`` (the document) gives that surname."""
        name = " ".join(speaker.name.split())
        after_role = person_after_role(name) if speaker.kind in ("person", "organisation") else None
        if after_role:  # "Atlantic City Mayor Don Guardian": a person, named after the role
            name, kind = after_role, "person"
        else:
            name = clean_person_name(name) if speaker.kind == "person" else clean_organisation_name(name)
            kind = classify_kind(name, speaker.kind)
        if is_junk_name(name, kind):
            return None
        written = name
        if kind == "person" and text and not identity.parse_person(name).has_given:
            name = identity.full_name_in_text(identity.parse_person(name).display, text) or name
        if kind == "person" and not identity.parse_person(name).has_given:
            name = _with_honorific(name, speaker.aliases)
        return cls(
            key=identity.form_key(name, kind, content_hash),
            name=name,
            kind=kind,
            content_hash=content_hash if kind == "unnamed" else None,
            roles=[speaker.role] if speaker.role else [],
            aliases=[a for a in [*speaker.aliases, written] if a and a != name and not is_junk_name(a, kind)],
        )

    def merge(self, other: FormSpec) -> None:
        self.roles = _union(self.roles, other.roles)
        self.aliases = _union(self.aliases, other.aliases)


def _with_honorific(surname: str, aliases: Iterable[str]) -> str:
    """A surname alone, written with the honorific the document gives it ("Mrs. Clinton"), so
    that "Mr. Trump" and "Ms. Trump" of one document are two forms, and the gender can place
    each (see :func:`identity._place_bare`)."""
    folded = identity.parse_person(surname).surname
    for alias in aliases:
        parsed = identity.parse_person(alias)
        if honorific_gender(alias) and not parsed.has_given and parsed.surname == folded:
            return " ".join(alias.split())
    return surname


def _union(first: Iterable[str], second: Iterable[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def store_forms(db: Database, specs: dict[str, FormSpec], document_ids: dict[str, int]) -> dict[str, int]:
    """Find or create a form row for every spec; returns ``{form key: form id}``.

    Roles and aliases of stored forms are extended. Must run inside the caller's transaction;
    the forms' speakers are set by :func:`regroup` afterwards.
    """
    ids: dict[str, int] = {}
    changed = []
    keys = list(specs)
    for form_id, key, roles, aliases in select_in(
        db, SpeakerForm, ("id", "key", "roles", "aliases"), "key", keys
    ):
        ids[key] = form_id
        spec = specs[key]
        new_roles, new_aliases = _union(roles, spec.roles), _union(aliases, spec.aliases)
        if new_roles != roles or new_aliases != aliases:
            changed.append((form_id, new_roles, new_aliases))
    update_rows(db, SpeakerForm, ("roles", "aliases"), changed)
    missing = [specs[k] for k in keys if k not in ids]
    if missing:
        rows = [
            (
                s.key,
                s.name,
                s.kind,
                identity.bucket_of(s.name, s.kind, s.key),
                s.roles,
                s.aliases,
                document_ids.get(s.content_hash) if s.content_hash else None,
            )
            for s in missing
        ]
        fields = ("key", "name", "kind", "bucket", "roles", "aliases", "document")
        for form_id, key in insert_rows(db, SpeakerForm, fields, rows, returning=("id", "key")):
            ids[key] = form_id
    return ids


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


def regroup(db: Database, buckets: Iterable[str], apart: Iterable[frozenset[str]] = ()) -> set[int]:
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
    apart = set(apart) | _stored_apart(db, [r for r in rows if r["kind"] == "person"])
    clusters: list[identity.Cluster] = []
    for bucket in buckets:
        forms = [
            identity.Form(
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


def group_new_forms(db: Database) -> int:
    """Give forms without a bucket (carried over by migration m0005) their bucket and group them;
    returns how many there were. Cheap when there are none (one indexed query)."""
    pending = list(
        SpeakerForm.select(SpeakerForm.id, SpeakerForm.name, SpeakerForm.kind, SpeakerForm.key)
        .where(SpeakerForm.bucket.is_null())
        .tuples()
    )
    if not pending:
        return 0
    with db.atomic():
        rows = [(fid, identity.bucket_of(name, kind, key)) for fid, name, kind, key in pending]
        update_rows(db, SpeakerForm, ("bucket",), rows)
        regroup(db, {b for _, b in rows})
    return len(pending)


def _stored_apart(db: Database, person_rows: list[dict]) -> set[frozenset[str]]:
    """Pairs of suffixed and plain forms that one stored document names as two speakers."""
    if not any(identity.parse_person(r["name"]).suffix for r in person_rows):
        return set()
    keys = {r["id"]: r["key"] for r in person_rows}
    ids = list(keys)
    marks = ", ".join([db.param] * len(ids))
    cursor = db.execute_sql(
        f'SELECT DISTINCT q."document_id", qs."form_id" FROM "quote_speaker" qs JOIN "quote" q '
        f'ON q."id" = qs."quote_id" WHERE qs."form_id" IN ({marks})',
        ids,
    )
    per_doc: dict[int, set[str]] = {}
    for doc_id, form_id in cursor.fetchall():
        per_doc.setdefault(doc_id, set()).add(keys[form_id])
    return {frozenset((a, b)) for forms in per_doc.values() for a in forms for b in forms if a < b}


def _apply(db: Database, clusters: list[identity.Cluster], forms: dict[str, dict]) -> set[int]:
    """Make one speaker row per cluster, point forms and quote links at it, fix counts and slugs."""
    keys = [c.key for c in clusters]
    existing = {
        key: (sid, slug) for sid, key, slug in select_in(db, Speaker, ("id", "key", "slug"), "key", keys)
    }
    new = [c for c in clusters if c.key not in existing]
    new_keys = {c.key for c in new}
    slugs = _assign_slugs(db, new)
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
            _relink(db, row["id"], sid)
            SpeakerForm.update(speaker=sid).where(SpeakerForm.id == row["id"]).execute()
    recount(db, touched)
    _retire(db, moved)
    _reclaim_slugs(db, new, existing)
    _alias_redirects(db, clusters, {c.key: existing[c.key][0] for c in clusters})
    return touched


def speakers_named(name: str) -> list[Speaker]:
    """Speakers with quotes that a written name can mean, by the identity rules: an old slug's
    speaker, or the speakers of the name's bucket whose forms it fits ("Barack Obama" finds the
    speaker stored as "Obama"). Best first (most quotes)."""
    target = redirect_target(slugify(name))
    if target:
        return list(Speaker.select().where(Speaker.slug == target))
    claimed = identity.Form(identity.form_key(name, "person"), " ".join(name.split()), "person")
    bucket = identity.bucket_of(claimed.name, "person", claimed.key)
    rows = {r.key: r for r in SpeakerForm.select().where(SpeakerForm.bucket == bucket)}
    forms = [
        identity.Form(r.key, r.name, r.kind, tuple(r.roles), (), r.pin, r.override) for r in rows.values()
    ]
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


def redirect_target(slug: str) -> str | None:
    """The slug of the speaker (with quotes) that ``slug`` now means, when it is not one itself."""
    row = (
        Speaker.select(Speaker.slug)
        .join(SpeakerRedirect, on=(SpeakerRedirect.speaker == Speaker.id))
        .where((SpeakerRedirect.slug == slug) & (Speaker.quote_count > 0))
        .first()
    )
    return row.slug if row and row.slug != slug else None


def _alias_redirects(db: Database, clusters: list[identity.Cluster], ids: dict[str, int]) -> None:
    """Each alias's slug redirects to its speaker, unless a speaker has that slug or two speakers
    share the alias (then neither gets it: an alias that can mean two people means neither)."""
    wanted: dict[str, set[int]] = {}
    for cluster in clusters:
        for alias in cluster.aliases:
            slug = slugify(alias)
            if slug:
                wanted.setdefault(slug, set()).add(ids[cluster.key])
    if not wanted:
        return
    slugs = sorted(wanted)
    owned = {s for (s,) in select_in(db, Speaker, ("slug",), "slug", slugs)}
    stored = dict(select_in(db, SpeakerRedirect, ("slug", "speaker"), "slug", slugs))
    for slug in slugs:
        if slug in owned:
            continue
        targets = wanted[slug] | ({stored[slug]} if slug in stored else set())
        if len(targets) > 1 and slug in stored and stored[slug] not in wanted[slug]:
            continue  # an older redirect (a merged or renamed speaker's) keeps its slug
        if len(wanted[slug]) > 1:
            SpeakerRedirect.delete().where(SpeakerRedirect.slug == slug).execute()
        elif slug not in stored:
            SpeakerRedirect.insert(slug=slug, speaker=next(iter(wanted[slug]))).execute()


def _document_of(cluster: identity.Cluster, forms: dict[str, dict]) -> int | None:
    return forms[cluster.forms[0].key]["document"] if cluster.kind == "unnamed" else None


def _relink(db: Database, form_id: int, speaker_id: int) -> None:
    """Point the quote links of a form at ``speaker_id`` (a quote already linked to it keeps one link)."""
    p = db.param
    db.execute_sql(
        f'DELETE FROM "quote_speaker" WHERE "form_id" = {p} AND "quote_id" IN '
        f'(SELECT "quote_id" FROM "quote_speaker" WHERE "speaker_id" = {p})',
        (form_id, speaker_id),
    )
    db.execute_sql(
        f'UPDATE "quote_speaker" SET "speaker_id" = {p} WHERE "form_id" = {p}', (speaker_id, form_id)
    )


def recount(db: Database, speaker_ids: Iterable[int]) -> None:
    """Set ``quote_count`` of the speakers from their links (an index range count each)."""
    for sid in sorted(set(speaker_ids)):
        n = QuoteSpeaker.select().where(QuoteSpeaker.speaker == sid).count()
        Speaker.update(quote_count=n).where(Speaker.id == sid).execute()


def _retire(db: Database, moved: dict[int, int]) -> None:
    """Speakers left with no form: their slug (and slugs redirected to them) redirect to where
    their forms went, and the row goes."""
    for old, new in sorted(moved.items()):
        if SpeakerForm.select().where(SpeakerForm.speaker == old).exists():
            continue
        speaker = Speaker.get_or_none(Speaker.id == old)
        if speaker is None:
            continue
        SpeakerRedirect.update(speaker=new).where(SpeakerRedirect.speaker == old).execute()
        SpeakerRedirect.delete().where(SpeakerRedirect.slug == speaker.slug).execute()
        SpeakerRedirect.insert(slug=speaker.slug, speaker=new).execute()
        QuoteSpeaker.delete().where(QuoteSpeaker.speaker == old).execute()
        speaker.delete_instance()


def _reclaim_slugs(db: Database, new: list[identity.Cluster], ids: dict[str, tuple[int, str]]) -> None:
    """A new speaker that took a second-choice slug while the speaker it replaces still held the
    first (a rename, a change of kind) takes the first once that speaker is gone."""
    for cluster in new:
        sid, slug = ids[cluster.key]
        first = slug_candidates(cluster.name, cluster.kind, cluster.key, _hash_of(cluster))[0]
        if slug != first and not Speaker.select().where(Speaker.slug == first).exists():
            SpeakerRedirect.delete().where(SpeakerRedirect.slug == first).execute()
            Speaker.update(slug=first).where(Speaker.id == sid).execute()
            SpeakerRedirect.delete().where(SpeakerRedirect.slug == slug).execute()
            SpeakerRedirect.insert(slug=slug, speaker=sid).execute()


def _hash_of(cluster: identity.Cluster) -> str | None:
    return cluster.key.split(":")[1] if cluster.kind == "unnamed" else None


def _assign_slugs(db: Database, clusters: list[identity.Cluster]) -> dict[str, str]:
    """A unique slug for each new speaker, avoiding stored slugs and each other. A slug that
    only redirected (an old name of someone) is taken back by a speaker of that very name."""
    candidates = {
        c.key: slug_candidates(c.name, c.kind, c.key, c.key.split(":")[1] if c.kind == "unnamed" else None)
        for c in clusters
    }
    wanted = sorted({s for cands in candidates.values() for s in cands})
    taken = {slug for (slug,) in select_in(db, Speaker, ("slug",), "slug", wanted)}
    chosen: dict[str, str] = {}
    for cluster in sorted(clusters, key=lambda c: c.key):
        cands = candidates[cluster.key]
        slug = next((c for c in cands if c not in taken), cands[-1])
        taken.add(slug)
        chosen[cluster.key] = slug
    if chosen:
        SpeakerRedirect.delete().where(SpeakerRedirect.slug.in_(list(chosen.values()))).execute()
    return chosen


__all__ = ["FormSpec", "recount", "regroup", "slugify", "speaker_key", "store_forms"]
