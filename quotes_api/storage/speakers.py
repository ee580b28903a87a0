"""Speaker identity: merge keys, URL slugs, and finding-or-creating speaker rows in bulk.

Identity rules (why two mentions are or are not one row):

* persons and organisations merge across documents by exact canonical name (case and white
  space aside) and kind: "Wang Yi" in two articles is one speaker. A bare "Wang" is its own
  canonical name and is never merged with "Wang Yi" on a guess;
* an ``unnamed`` speaker ("a spokesman") is scoped to its document: two documents' spokesmen
  are two rows, since two different people must never share one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import Database

from quotes_api.extraction.model import Speaker as ExtractedSpeaker
from quotes_api.storage.bulk import insert_rows, select_in, update_rows
from quotes_api.storage.models import Speaker

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
class SpeakerSpec:
    """A speaker as seen in one batch: what a row will be created or updated from."""

    key: str
    name: str
    kind: str
    content_hash: str | None
    roles: list[str]
    aliases: list[str]

    @classmethod
    def from_extracted(cls, speaker: ExtractedSpeaker, content_hash: str) -> SpeakerSpec:
        kind = speaker.kind if speaker.kind in ("person", "organisation", "unnamed") else "person"
        name = " ".join(speaker.name.split())
        return cls(
            key=speaker_key(name, kind, content_hash),
            name=name,
            kind=kind,
            content_hash=content_hash if kind == "unnamed" else None,
            roles=[speaker.role] if speaker.role else [],
            aliases=[a for a in speaker.aliases if a and a != name],
        )

    def merge(self, other: SpeakerSpec) -> None:
        self.roles = _union(self.roles, other.roles)
        self.aliases = _union(self.aliases, other.aliases)


def _union(first: Iterable[str], second: Iterable[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def resolve_speakers(
    db: Database, specs: dict[str, SpeakerSpec], document_ids: dict[str, int]
) -> tuple[dict[str, int], int]:
    """Find or create a row for every spec (keyed by merge key).

    Returns ``({key: speaker id}, number of rows created)``.

    Must run inside the caller's transaction. Roles and aliases of existing rows are extended
    with the new ones. ``document_ids`` maps content hashes to document ids, for the
    ``document`` column of unnamed speakers.
    """
    ids: dict[str, int] = {}
    keys = list(specs)
    changed = []
    for speaker_id, key, stored_roles, stored_aliases in select_in(
        db, Speaker, ("id", "key", "roles", "aliases"), "key", keys
    ):
        ids[key] = speaker_id
        spec = specs[key]
        roles, aliases = _union(stored_roles, spec.roles), _union(stored_aliases, spec.aliases)
        if roles != stored_roles or aliases != stored_aliases:
            changed.append((speaker_id, roles, aliases))
    update_rows(db, Speaker, ("roles", "aliases"), changed)
    missing = [specs[k] for k in keys if k not in ids]
    if missing:
        slugs = _assign_slugs(db, missing)
        rows = [
            (s.key, slugs[s.key], s.name, s.kind, s.roles, s.aliases,
             document_ids.get(s.content_hash) if s.content_hash else None, 0)
            for s in missing
        ]
        fields = ("key", "slug", "name", "kind", "roles", "aliases", "document", "quote_count")
        for speaker_id, key in insert_rows(db, Speaker, fields, rows, returning=("id", "key")):
            ids[key] = speaker_id
    return ids, len(missing)


def _assign_slugs(db: Database, specs: list[SpeakerSpec]) -> dict[str, str]:
    """A unique slug for each new speaker, avoiding stored slugs and each other."""
    candidates = {s.key: slug_candidates(s.name, s.kind, s.key, s.content_hash) for s in specs}
    wanted = {c for cands in candidates.values() for c in cands}
    taken = {slug for (slug,) in select_in(db, Speaker, ("slug",), "slug", sorted(wanted))}
    chosen: dict[str, str] = {}
    for spec in specs:
        cands = candidates[spec.key]
        slug = next((c for c in cands if c not in taken), cands[-1])
        taken.add(slug)
        chosen[spec.key] = slug
    return chosen
