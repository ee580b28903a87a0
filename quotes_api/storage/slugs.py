"""Speakers' slugs and the redirects (308) of old ones.

A slug is URL-safe ASCII from the name, deterministic, unique: on a clash a kind suffix
(``china-person``) or a short hash is added; unnamed speakers carry their document's hash
prefix. Old slugs keep working: an alias's slug, a merged speaker's and a renamed one's
redirect to the speaker now (``speaker_redirect``), unless two speakers share the alias.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from quotes_api.storage import identity
from quotes_api.storage.backend import AnyDatabase
from quotes_api.storage.bulk import select_in
from quotes_api.storage.clusters import Cluster
from quotes_api.storage.models import QuoteSpeaker, Speaker, SpeakerForm, SpeakerRedirect

# Letters that NFKD does not decompose into ASCII plus accents.
_TRANSLITERATE = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "ŋ": "ng",
        "ħ": "h",
        "ĸ": "k",
        "ŀ": "l",
        "Ŀ": "L",
        "\u2019": "",
        "'": "",
        "\u02bc": "",  # O'Brien -> obrien, not o-brien
    }
)


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


def redirect_target(slug: str) -> str | None:
    """The slug of the speaker (with quotes) that ``slug`` now means, when it is not one itself."""
    row = (
        Speaker.select(Speaker.slug)
        .join(SpeakerRedirect, on=(SpeakerRedirect.speaker == Speaker.id))
        .where((SpeakerRedirect.slug == slug) & (Speaker.quote_count > 0))
        .first()
    )
    return row.slug if row and row.slug != slug else None


def alias_redirects(db: AnyDatabase, clusters: list[Cluster], ids: dict[str, int]) -> None:
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


def retire_speakers(db: AnyDatabase, moved: dict[int, int]) -> None:
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


def reclaim_slugs(db: AnyDatabase, new: list[Cluster], ids: dict[str, tuple[int, str]]) -> None:
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


def _hash_of(cluster: Cluster) -> str | None:
    return cluster.key.split(":")[1] if cluster.kind == "unnamed" else None


def assign_slugs(db: AnyDatabase, clusters: list[Cluster]) -> dict[str, str]:
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


def speakers_sharing(slug: str) -> list[Speaker]:
    """The speakers (with quotes) that share an alias whose slug is ``slug``, when no speaker
    has it and no redirect leads anywhere: "obama" for Barack and Michelle Obama, both written
    "Obama" somewhere. Most quotes first. Found through the buckets the slug's words would be
    grouped in, so the search is a few indexed lookups, never a scan of every alias."""
    words = slug.replace("-", " ").strip()
    if not words or slugify(words) != slug:
        return []
    buckets = sorted(
        {identity.bucket_of(words, kind, "") for kind in ("person", "organisation", "group")}
        | {identity.bucket_of(words.split()[-1], "person", "")}
    )
    forms = SpeakerForm.select(SpeakerForm.speaker).where(SpeakerForm.bucket.in_(buckets))
    candidates = Speaker.select().where(Speaker.id.in_(forms) & (Speaker.quote_count > 0))
    sharing = [s for s in candidates if any(slugify(a) == slug for a in s.aliases)]
    return sorted(sharing, key=lambda s: (-s.quote_count, s.slug))
