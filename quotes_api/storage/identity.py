"""Which written names are one speaker: grouping the corpus's name forms into speakers.

Every way a speaker is written ("Joseph R. Biden Jr.", "Joe Biden", "Biden") is a *form*
(table ``speaker_form``); a speaker is a group of forms. Forms are grouped within a *bucket*:
the folded surname for persons, the name without "the" for organisations and groups, the form
itself for unnamed sources. The grouping of a bucket is a function of the set of forms in it
(and of documents naming two of them apart), never of the order they arrived in, so ingesting
the same documents in any order, with any number of workers, gives the same speakers.

Rules, for persons (see docs/storage.md):

* full names group when their given names can be one person's (equal, an initial, or
  variants in the nickname dataset: "Len" and "Leonard"), middle names or initials agree and
  suffixes agree; a name that writes the other's middle name (or its nickname) as a given
  name is the same person ("Ted Cruz" and "Rafael Edward Cruz"), and so is a double surname
  without its given name ("Wasserman Schultz"). A suffix keeps two names apart ("Donald
  Trump Jr." and "Donald Trump") when the corpus writes the same given name both with and
  without it, or one document names both; otherwise ("Joseph R. Biden Jr." and "Joe Biden")
  it is the same person;
* a name that fits two groups (an initial "J. Smith" with John and James Smith) is kept apart
  and marked ambiguous;
* a surname alone in a document that writes one full name of that surname elsewhere ("Mr.
  Trump" in an article that says "Donald J. Trump" once) is that full name, on the document's
  own evidence (:func:`full_name_in_text`);
* otherwise a surname alone ("Biden", "Mr. Biden") joins the one full-name person with that surname;
  with two or more ("Clinton" with Bill and Hillary) it stays its own speaker, marked
  ambiguous, unless its roles match exactly one of them. It never joins one on a guess.

The speaker's name is its fullest form; its aliases are all its other forms.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from quotes_api.storage.name_cleaning import clean_person_name
from quotes_api.storage.names import (
    ParsedName,
    fold,
    given_name_gender,
    given_names_match,
    honorific_gender,
    is_given_name,
    middles_match,
    organisation_key,
    parse_person,
)


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


def form_key(name: str, kind: str, content_hash: str | None = None) -> str:
    """The unique key of a form: kind and folded name (and the document, for unnamed sources)."""
    if kind == "unnamed":
        return f"unnamed:{content_hash}:{fold(name)}"
    return f"{kind}:{fold(name)}"


def full_name_in_text(surname: str, text: str) -> str | None:
    """The full name a document gives the person it elsewhere calls by ``surname`` alone, when
    every full name of that surname in the text is one person ("Donald Trump" and "Donald J.
    Trump" are; "Bill Clinton" and "Hillary Clinton" are not). The document's own evidence,
    so the answer never depends on what else is stored.

    >>> full_name_in_text("Trump", "Donald J. Trump spoke. Later Trump said no. Mr. Trump left.")
    'Donald J. Trump'
    >>> full_name_in_text("Clinton", "Bill Clinton and Hillary Clinton spoke.") is None
    True
    """
    written = parse_person(surname).surname
    pattern = re.compile(
        r"((?:[A-Z][\w’'.-]*\s){1,3})" + re.escape(surname) + r"(,? (?:Jr|Sr)\.?)?(?![\w’'-])"
    )
    found = set()
    for match in pattern.finditer(text):
        candidate = clean_person_name(" ".join((match.group(1) + surname + (match.group(2) or "")).split()))
        parsed = parse_person(candidate)
        if parsed.has_given and parsed.surname == written and is_given_name(parsed.given):
            found.add(candidate)
    if not found:
        return None
    clusters = group_bucket([Form(form_key(n, "person"), n, "person") for n in found])
    return clusters[0].name if len(clusters) == 1 and not clusters[0].ambiguous else None


def bucket_of(name: str, kind: str, key: str) -> str:
    """The bucket a form is grouped in: only forms of one bucket can be one speaker.

    >>> bucket_of("Joseph R. Biden Jr.", "person", ""), bucket_of("The Times", "organisation", "")
    ('person:biden', 'organisation:times')
    """
    if kind == "person":
        return f"person:{parse_person(name).surname}"
    if kind in ("organisation", "group"):
        return f"{kind}:{organisation_key(name)}"
    return key


def group_bucket(forms: Iterable[Form], apart: Iterable[frozenset[str]] = ()) -> list[Cluster]:
    """The speakers the forms of one bucket are; ``apart`` holds pairs of form keys that one
    document names as two different speakers. Deterministic: the same set in any order gives
    the same clusters."""
    forms = sorted(set(forms), key=lambda f: f.key)
    if not forms:
        return []
    free = [f for f in forms if not f.pin]
    kind = (free or forms)[0].kind
    if kind == "person":
        clusters = _group_people(free, set(apart))
    elif kind in ("organisation", "group"):
        clusters = [Cluster(free)] if free else []
    else:
        clusters = [Cluster([f]) for f in free]
    for form in forms:  # editors' merges: a pinned form goes where its anchor is
        if form.pin:
            home = next((c for c in clusters if any(m.key == form.pin for m in c.forms)), None)
            if home is None:
                clusters.append(Cluster([form]))
            else:
                home.forms.append(form)
                home.ambiguous = False
    for cluster in clusters:
        _describe(cluster, kind)
    return sorted(clusters, key=lambda c: c.key)


def _group_people(forms: list[Form], apart: set[frozenset[str]]) -> list[Cluster]:
    parsed = {f.key: parse_person(f.name) for f in forms}
    full = [f for f in forms if parsed[f.key].has_given]
    bare = [f for f in forms if not parsed[f.key].has_given]
    split = _suffix_splits(full, parsed, apart)

    def fits(form: Form, cluster: Cluster) -> bool:
        a = parsed[form.key]
        for member in cluster.forms:
            b = parsed[member.key]
            # One document naming two forms apart is evidence only about a suffix (below):
            # "Ann Pike" and "Pike Jr." both quoted are two people, but "Wasserman Pike"
            # beside "Debbie Wasserman Pike" is one the extractor did not tie together. (Stored
            # documents are read for suffixed forms only, so a batch must not use more.)
            if not _given_fits(a, b):
                return False
            if a.suffix != b.suffix:
                if a.suffix and b.suffix:
                    return False
                suffix = a.suffix or b.suffix
                if (a.given, suffix) in split or (b.given, suffix) in split:
                    return False
        return True

    clusters: list[Cluster] = []
    ambiguous: list[Cluster] = []
    # Fullest first, so that each group is seeded by a whole name and initials join it after.
    for form in sorted(full, key=lambda f: (-parsed[f.key].fullness, fold(f.name), f.key)):
        matching = [c for c in clusters if fits(form, c)]
        if len(matching) == 1:
            matching[0].forms.append(form)
        elif not matching:
            clusters.append(Cluster([form]))
        else:
            ambiguous.append(Cluster([form], ambiguous=True))
    if bare:
        clusters.extend(_place_bare(bare, clusters))
    return clusters + ambiguous


def _given_fits(a: ParsedName, b: ParsedName) -> bool:
    """Whether the given and middle names of two full names of one surname can be one person's."""
    if given_names_match(a.given, b.given) and middles_match(a.middle, b.middle):
        return True
    return _goes_by_middle(a, b) or _goes_by_middle(b, a)


def _goes_by_middle(short: ParsedName, full: ParsedName) -> bool:
    """``short`` writes ``full``'s middle name where a given name goes: a person known by their
    middle name or its nickname ("Ted Pike" for "Rafael Edward Pike"), or a double surname
    without the given name ("Wasserman Pike" for "Debbie Wasserman Pike", when "Wasserman" is
    no given name in the nickname dataset).

    >>> _goes_by_middle(parse_person("Ted Pike"), parse_person("Rafael Edward Pike"))
    True
    >>> _goes_by_middle(parse_person("Vargas Pike"), parse_person("Ana Vargas Pike"))
    True
    >>> _goes_by_middle(parse_person("Ted Pike"), parse_person("Rafael E. Pike"))
    False
    """
    middle = full.middle.split()
    if short.middle or not middle or len(short.given) < 2:
        return False
    if len(middle[0]) > 1 and given_names_match(short.given, middle[0]):
        return True
    return short.given == middle[-1] and not is_given_name(short.given)


def _suffix_splits(full: list[Form], parsed: dict, apart: set[frozenset[str]]) -> set[tuple[str, str]]:
    """(given name, suffix) pairs for which the suffix marks a different person: the corpus
    writes that given name with and without the suffix, or a document names both apart."""
    plain = {parsed[f.key].given for f in full if not parsed[f.key].suffix}
    splits = set()
    for form in full:
        p = parsed[form.key]
        if not p.suffix:
            continue
        if p.given in plain:
            splits.add((p.given, p.suffix))
        for other in full:
            q = parsed[other.key]
            if not q.suffix and frozenset((form.key, other.key)) in apart:
                splits.add((p.given, p.suffix))
                splits.add((q.given, p.suffix))
    return splits


def _place_bare(bare: list[Form], clusters: list[Cluster]) -> list[Cluster]:
    """Surname-only forms join the one person they can mean: the only full name of the bucket,
    or the only one an honorific's gender fits ("Mrs. Clinton" beside Bill and Hillary), or the
    only one whose roles match. The rest become clusters of their own, one a gender ("Mr.
    Trump" and "Ms. Trump" are two people), ambiguous when two or more people could be meant."""
    groups: dict[str, list[Form]] = {}
    ambiguous: dict[str, bool] = {}
    for form in bare:
        gender = honorific_gender(form.name)
        candidates = [c for c in clusters if gender is None or _gender_of(c) in (None, gender)]
        if len(candidates) == 1:
            candidates[0].forms.append(form)
            continue
        roles = {fold(r) for r in form.roles}
        by_role = [c for c in candidates if roles & {fold(r) for m in c.forms for r in m.roles}]
        if roles and len(by_role) == 1:
            by_role[0].forms.append(form)
            continue
        groups.setdefault(gender or "", []).append(form)
        ambiguous[gender or ""] = ambiguous.get(gender or "", False) or len(candidates) >= 2
    gendered = sorted(g for g in groups if g)
    if "" in groups and not clusters:
        if len(gendered) == 1:  # "Trump" and "Mr. Trump", and no one else of that name
            groups[gendered[0]].extend(groups.pop(""))
        elif gendered:
            ambiguous[""] = True
    return [Cluster(groups[g], ambiguous=ambiguous[g]) for g in sorted(groups)]


def _gender_of(cluster: Cluster) -> str | None:
    """The gender the given names of a cluster's full names give, when they agree."""
    genders = {given_name_gender(parse_person(f.name).given) for f in cluster.forms}
    genders.discard(None)
    return genders.pop() if len(genders) == 1 else None


def _describe(cluster: Cluster, kind: str) -> None:
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
