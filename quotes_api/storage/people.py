"""A newsroom's own list of people, to anchor identity: ``quotes-api speakers import people.csv``.

Columns (a header row names them): ``name`` (required), ``aliases`` (separated by ``;``),
``kind`` (person, organisation or group; person by default) and ``wikidata`` (``Q123``,
optional). Each row becomes the forms its name and aliases are written in, all pinned to the
name's form, with the name, kind and QID kept as the editor's: so "Len Burman" and "Leonard
E. Burman" are one speaker before either is ever quoted, and a surname listed as an alias
("Clinton" under Hillary Clinton) is decided by the list, not guessed.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field

from quotes_api.storage.audit import WIKIDATA, in_write_transaction, log_correction
from quotes_api.storage.base import database_proxy
from quotes_api.storage.identity import bucket_of, form_key
from quotes_api.storage.models import SpeakerForm
from quotes_api.storage.names import is_junk_name

IMPORT_KINDS = ("person", "organisation", "group")


class PeopleFileError(ValueError):
    """Problems of a people file, each as ``file:line: message``; nothing was imported."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Person:
    name: str
    kind: str = "person"
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None


def read_people(text: str, origin: str = "people.csv") -> list[Person]:
    """The rows of a people file; raises :class:`PeopleFileError` listing every bad line."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "name" not in [f.strip().lower() for f in reader.fieldnames]:
        raise PeopleFileError(
            [
                f"{origin}:1: the header must name a 'name' column (and optionally "
                "'aliases', 'kind', 'wikidata')"
            ]
        )
    people, problems = [], []
    for row in reader:
        line = reader.line_num
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        name = " ".join(row.get("name", "").split())
        kind = row.get("kind") or "person"
        qid = row.get("wikidata") or None
        aliases = [" ".join(a.split()) for a in row.get("aliases", "").split(";") if a.strip()]
        if not name or is_junk_name(name, kind if kind in IMPORT_KINDS else "person"):
            problems.append(f"{origin}:{line}: {name!r} is not a name")
        elif kind not in IMPORT_KINDS:
            problems.append(f"{origin}:{line}: kind {kind!r} is not one of {', '.join(IMPORT_KINDS)}")
        elif qid and not WIKIDATA.fullmatch(qid):
            problems.append(f"{origin}:{line}: wikidata {qid!r} is not an item id such as Q42")
        else:
            people.append(Person(name, kind, [a for a in aliases if a != name], qid))
    if problems:
        raise PeopleFileError(problems)
    return people


def import_people(people: list[Person], label: str | None = None) -> int:
    """Store the people as anchored forms (one transaction); returns how many were imported."""
    from quotes_api.storage.speakers import regroup

    def run() -> int:
        buckets: set[str] = set()
        for person in people:
            anchor_key = form_key(person.name, person.kind)
            bucket = bucket_of(person.name, person.kind, anchor_key)
            override = {"name": person.name, "kind": person.kind}
            if person.wikidata:
                override["wikidata"] = person.wikidata
            _upsert(anchor_key, person.name, person.kind, bucket, None, override, buckets)
            for alias in person.aliases:
                _upsert(form_key(alias, person.kind), alias, person.kind, bucket, anchor_key, None, buckets)
            log_correction(
                "import",
                {"forms": [anchor_key]},
                None,
                {
                    "name": person.name,
                    "kind": person.kind,
                    "aliases": person.aliases,
                    "wikidata": person.wikidata,
                },
                label,
            )
        regroup(database_proxy, buckets)
        return len(people)

    return in_write_transaction(run)


def _upsert(
    key: str, name: str, kind: str, bucket: str, pin: str | None, override: dict | None, buckets: set[str]
) -> None:
    form = SpeakerForm.get_or_none(SpeakerForm.key == key)
    if form is None:
        form = SpeakerForm(key=key, name=name, kind=kind, roles=[], aliases=[])
    if form.bucket:
        buckets.add(form.bucket)
    form.bucket, form.pin = bucket, pin
    if override is not None:
        merged = {**(json.loads(form.override) if form.override else {}), **override}
        form.override = json.dumps(merged, ensure_ascii=False)
    form.save()
    buckets.add(bucket)
