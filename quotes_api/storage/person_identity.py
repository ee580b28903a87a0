"""Which full names and surnames of one bucket (one folded surname) are one person.

Rules (see docs/storage.md):

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
  own evidence (:func:`quotes_api.storage.identity.full_name_in_text`);
* otherwise a surname alone ("Biden", "Mr. Biden") joins the one full-name person with that surname;
  with two or more ("Clinton" with Bill and Hillary) it stays its own speaker, marked
  ambiguous, unless its roles match exactly one of them. It never joins one on a guess.
"""

from __future__ import annotations

from quotes_api.storage.clusters import Cluster, Form
from quotes_api.storage.names import (
    ParsedName,
    fold,
    given_name_gender,
    given_names_match,
    honorific_gender,
    is_given_name,
    middles_match,
    parse_person,
)


def group_people(forms: list[Form], apart: set[frozenset[str]]) -> list[Cluster]:
    """The people the forms of one surname's bucket are (pinned forms aside); ``apart`` holds
    pairs of form keys one document names as two speakers. Full names group first, fullest
    first; surname-only forms are placed after them (:func:`_place_bare`)."""
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
