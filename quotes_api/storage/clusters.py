"""A speaker as a group of name forms: the records that :mod:`quotes_api.storage.identity`
groups, and how a group is described.

A *form* is one way a speaker was written (a ``speaker_form`` row); a *cluster* is the forms
that are one speaker. The speaker's name is its fullest form; its aliases are all its other
forms; an editor's override (stored on the forms) has the last word on name, kind and aliases.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from quotes_api.storage.names import fold, honorific_gender, parse_person


@dataclass(frozen=True)
class Form:
    """One way a speaker was written, as stored in ``speaker_form``."""

    key: str
    name: str
    kind: str
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    pin: str | None = None  # an editor's merge: the key of a form of the speaker it belongs to
    override: str | None = None  # an editor's name/kind/aliases/wikidata for its speaker (JSON)


@dataclass
class Cluster:
    """The forms that are one speaker, and that speaker's key, name and kind."""

    forms: list[Form]
    key: str = ""
    name: str = ""
    kind: str = "person"
    ambiguous: bool = False
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None


def describe(cluster: Cluster, kind: str) -> None:
    """Name, key, kind, roles and aliases of a cluster, from its forms alone."""
    forms = cluster.forms
    if kind == "person":

        def rank(f: Form) -> tuple:
            p = parse_person(f.name)
            return (p.fullness, len(p.display), p.display)

        best = max(forms, key=rank)
        name = parse_person(best.name).display
        # A sentence's full stop can take a suffix's ("Robert Kessler Jr."): the article's own
        # spelling of the same name, with the stop, is the proper form.
        dotted = [a for f in forms for a in f.aliases if a.endswith(".") and a[:-1] == name]
        if dotted:
            name = dotted[0]
        titled = sorted(f.name for f in forms if honorific_gender(f.name))
        if titled and not parse_person(best.name).has_given:
            name = titled[0]  # "Mr. Trump", not a bare "Trump" beside a "Ms. Trump" row
    elif kind in ("organisation", "group"):
        best = max(forms, key=lambda f: (not fold(f.name).startswith("the "), len(f.name), f.name))
        name = best.name
    else:
        best, name = forms[0], forms[0].name
    cluster.name = " ".join(name.split())
    cluster.kind = kind
    cluster.key = best.key if kind == "unnamed" else f"{kind}:{fold(cluster.name)}"
    override: dict = {}
    for form in sorted(forms, key=lambda f: f.key):
        override.update(json.loads(form.override) if form.override else {})
    if override.get("kind"):
        kind = cluster.kind = override["kind"]
    if override.get("name"):
        cluster.name = override["name"]
    if cluster.kind != "unnamed":
        cluster.key = f"{cluster.kind}:{fold(cluster.name)}"
    if override:
        cluster.ambiguous = False  # an editor has decided who this is
    cluster.wikidata = override.get("wikidata")
    cluster.roles = sorted({r for f in forms for r in f.roles})
    written = (
        {f.name for f in forms} | {a for f in forms for a in f.aliases} | set(override.get("aliases", ()))
    )
    removed = set(override.get("removed_aliases", ()))
    unique: dict[str, str] = {}  # one alias per folded spelling ("the Times", "The Times")
    for alias in sorted(a for a in written if a and a not in removed):
        unique.setdefault(fold(alias), alias)
    cluster.aliases = sorted(a for a in unique.values() if fold(a) != fold(cluster.name))
