"""Which written names are one speaker: grouping the corpus's name forms into speakers.

Every way a speaker is written ("Joseph R. Biden Jr.", "Joe Biden", "Biden") is a *form*
(table ``speaker_form``); a speaker is a group of forms. Forms are grouped within a *bucket*:
the folded surname for persons, the name without "the" for organisations and groups, the form
itself for unnamed sources. The grouping of a bucket is a function of the set of forms in it
(and of documents naming two of them apart), never of the order they arrived in, so ingesting
the same documents in any order, with any number of workers, gives the same speakers.

Persons are grouped by the rules of :mod:`quotes_api.storage.person_identity`; a cluster is
named by :func:`quotes_api.storage.clusters.describe`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quotes_api.extraction.lexicon.dictionary import is_english_word
from quotes_api.storage import org_identity
from quotes_api.storage.clusters import Cluster, Form, describe
from quotes_api.storage.name_cleaning import clean_person_name
from quotes_api.storage.names import fold, given_name_gender, is_given_name, parse_person
from quotes_api.storage.person_identity import group_people


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
    >>> full_name_in_text("Ortiz", "Melba Ortiz Febo spoke. Ms. Ortiz left.")
    'Melba Ortiz Febo'
    """
    written = parse_person(surname).surname
    pattern = re.compile(
        r"((?:[A-Z][\w’'.-]*\s){1,3})"
        + re.escape(surname)
        + r"(?: ([A-Z][a-z]{2,})(?![\w’'.-]))?(,? (?:Jr|Sr)\.?)?(?![\w’'-])"
    )
    found = set()
    for match in pattern.finditer(text):
        head, second, suffix = match.group(1), match.group(2), match.group(3) or ""
        candidate = clean_person_name(" ".join((head + surname + suffix).split()))
        parsed = parse_person(candidate)
        # A given name of the nickname dataset, or of the given-name lists ("Melba", which has
        # no nickname that dataset would list).
        known_given = is_given_name(parsed.given) or given_name_gender(parsed.given) is not None
        if parsed.has_given and parsed.surname == written and known_given:
            if second and not is_english_word(second.lower()) and not is_given_name(second):
                # A double surname ("Melba Ortiz Febo"): "Ms. Ortiz" is she, the full name
                candidate = clean_person_name(" ".join((head + surname + " " + second + suffix).split()))
            found.add(candidate)
    if not found:
        return None
    clusters = group_bucket([Form(form_key(n, "person"), n, "person") for n in found])
    return clusters[0].name if len(clusters) == 1 and not clusters[0].ambiguous else None


def bucket_of(name: str, kind: str, key: str) -> str:
    """The bucket a form is grouped in: only forms of one bucket can be one speaker.

    >>> bucket_of("Joseph R. Biden Jr.", "person", ""), bucket_of("The Times", "organisation", "")
    ('person:biden', 'organisation:times')

    An organisation of two words or more is bucketed by its initials, with the acronyms that
    can abbreviate it; a campaign by its person's surname (:mod:`quotes_api.storage.org_identity`).
    """
    if kind == "person":
        return f"person:{parse_person(name).surname}"
    if kind in ("organisation", "group"):
        return org_identity.bucket_name(name, kind)
    return key


def companion_bucket(bucket: str) -> str | None:
    """The bucket whose grouping reads this one's forms: a surname's campaigns read that
    surname's persons, so the two are always regrouped together.

    >>> companion_bucket("person:clinton"), companion_bucket("organisation:campaign:clinton")
    ('organisation:campaign:clinton', 'person:clinton')
    """
    if bucket.startswith("person:"):
        return CAMPAIGN_BUCKET + bucket.removeprefix("person:")
    if bucket.startswith(CAMPAIGN_BUCKET):
        return "person:" + bucket.removeprefix(CAMPAIGN_BUCKET)
    return None


CAMPAIGN_BUCKET = "organisation:campaign:"


def group_bucket(
    forms: Iterable[Form], apart: Iterable[frozenset[str]] = (), people: Iterable[Form] = ()
) -> list[Cluster]:
    """The speakers the forms of one bucket are; ``apart`` holds pairs of form keys that one
    document names as two different speakers; ``people`` are the forms of the companion person
    bucket of a campaign bucket (:func:`companion_bucket`). Deterministic: the same sets in any
    order give the same clusters."""
    forms = sorted(set(forms), key=lambda f: f.key)
    if not forms:
        return []
    free = [f for f in forms if not f.pin]
    kind = (free or forms)[0].kind
    if kind == "person":
        clusters = group_people(free, set(apart))
    elif kind in ("organisation", "group"):
        clusters = org_identity.group_organisations(free, sorted(set(people), key=lambda f: f.key))
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
        describe(cluster, kind)
    return sorted(clusters, key=lambda c: c.key)
