"""Speaker forms: every way an article wrote a speaker, cleaned and stored once by key.

:class:`FormSpec` turns an extracted speaker into a form (its name cleaned of what a sentence
left before it, its kind decided, a surname alone given the full name its document writes);
a junk name gives no form, and its quotation keeps no speaker. :func:`store_forms` finds or
creates the rows; :mod:`quotes_api.storage.speakers` groups them into speakers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from quotes_api.extraction.model import Speaker as ExtractedSpeaker
from quotes_api.storage import identity, org_identity
from quotes_api.storage.backend import AnyDatabase
from quotes_api.storage.bulk import insert_rows, select_in, update_rows
from quotes_api.storage.models import SpeakerForm
from quotes_api.storage.name_cleaning import (
    clean_organisation_name,
    clean_person_name,
    person_after_role,
    repair_mojibake,
)
from quotes_api.storage.names import classify_kind, honorific_gender, is_junk_name, parse_person


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
        name = repair_mojibake(" ".join(speaker.name.split()))  # "TomÃ¡s": a page's wrong encoding
        after_role = person_after_role(name) if speaker.kind in ("person", "organisation") else None
        if after_role:  # "Atlantic City Mayor Don Guardian": a person, named after the role
            name, kind = after_role, "person"
        else:
            name = clean_person_name(name) if speaker.kind == "person" else clean_organisation_name(name)
            kind = classify_kind(name, speaker.kind)
        if is_junk_name(name, kind):
            return None
        written = name
        if kind == "person" and text and not parse_person(name).has_given:
            name = identity.full_name_in_text(parse_person(name).display, text) or name
        if kind == "person" and not parse_person(name).has_given:
            name = _with_honorific(name, speaker.aliases)
        if kind == "organisation" and text:  # "FBI", "the Post": the full name the document gives
            name = org_identity.expand_in_text(name, text) or name
        return cls(
            key=identity.form_key(name, kind, content_hash),
            name=name,
            kind=kind,
            content_hash=content_hash if kind == "unnamed" else None,
            roles=[speaker.role] if speaker.role else [],
            aliases=[a for a in [*speaker.aliases, written] if a and a != name and not is_junk_name(a, kind)],
        )

    def merge(self, other: FormSpec) -> None:
        """Take in another writing of the same form (same key), in either order alike."""
        name = preferred_spelling(self.name, other.name)
        self.roles = _union(self.roles, other.roles)
        self.aliases = [a for a in _union(self.aliases, [*other.aliases, self.name, other.name]) if a != name]
        self.name = name


def _with_honorific(surname: str, aliases: Iterable[str]) -> str:
    """A surname alone, written with the honorific the document gives it ("Mrs. Clinton"), so
    that "Mr. Trump" and "Ms. Trump" of one document are two forms, and the gender can place
    each (see :func:`quotes_api.storage.person_identity._place_bare`)."""
    folded = parse_person(surname).surname
    for alias in aliases:
        parsed = parse_person(alias)
        if honorific_gender(alias) and not parsed.has_given and parsed.surname == folded:
            return " ".join(alias.split())
    return surname


def _union(first: Iterable[str], second: Iterable[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def preferred_spelling(first: str, second: str) -> str:
    """The spelling a form keeps of two that fold alike, whichever arrived first: the one with
    more accented letters ("Calderón" over "Calderon"), then a capital first ("The Courier"
    over "the Courier"), not all in capitals, more capitals ("McDonald" over "Mcdonald"), then
    the greater string.

    >>> preferred_spelling("Felipe Calderon", "Felipe Calderón")
    'Felipe Calderón'
    >>> preferred_spelling("Ann Mcdonald", "Ann McDonald")
    'Ann McDonald'
    >>> preferred_spelling("Ann O’Hara", "Ann O'Hara") == preferred_spelling("Ann O'Hara", "Ann O’Hara")
    True
    """

    def rank(name: str) -> tuple[int, bool, bool, int, str]:
        accented = sum(ch.isalpha() and not ch.isascii() for ch in name)
        capitals = sum(ch.isupper() for ch in name)
        return (accented, name[:1].isupper(), not name.isupper(), capitals, name)

    return max(first, second, key=rank)


def store_forms(db: AnyDatabase, specs: dict[str, FormSpec], document_ids: dict[str, int]) -> dict[str, int]:
    """Find or create a form row for every spec; returns ``{form key: form id}``.

    Roles and aliases of stored forms are extended. Must run inside the caller's transaction;
    the forms' speakers are set by :func:`regroup` afterwards.
    """
    ids: dict[str, int] = {}
    changed = []
    keys = list(specs)
    for form_id, key, name, roles, aliases in select_in(
        db, SpeakerForm, ("id", "key", "name", "roles", "aliases"), "key", keys
    ):
        ids[key] = form_id
        spec = specs[key]
        new_roles, new_aliases = _union(roles, spec.roles), _union(aliases, spec.aliases)
        new_name = preferred_spelling(name, spec.name)
        if new_name != name:  # the other spelling stays an alias
            new_aliases = [a for a in _union(new_aliases, [name]) if a != new_name]
        if new_name != name or new_roles != roles or new_aliases != aliases:
            changed.append((form_id, new_name, new_roles, new_aliases))
    update_rows(db, SpeakerForm, ("name", "roles", "aliases"), changed)
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
