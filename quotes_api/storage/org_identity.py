"""Which written names of organisations and groups are one: acronyms, campaigns, short forms.

Pure functions, used by :mod:`quotes_api.storage.identity`:

* an acronym ("FBI", "F.B.I.") and the full name it abbreviates ("Federal Bureau of
  Investigation") share a bucket, the acronym's letters; within it the acronym joins the full
  name when the bucket holds exactly one, and stays apart when it holds two ("Democratic
  National Committee" and "Democratic National Convention" for "DNC");
* "<person> campaign" is bucketed by the person's surname and grouped by the person identity
  rules, with the corpus's persons of that surname: "Clinton campaign" joins "Hillary Clinton
  campaign" exactly when "Clinton" would join "Hillary Clinton";
* a document's own evidence (:func:`expand_in_text`): an acronym the document spells out, or a
  one-word short form ("the Post") of the one longer name the document writes ("The Washington
  Post"), takes that full name, before any grouping.

Nothing merges on a guess: a name that could be two is left as written.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable

from quotes_api.extraction.lexicon.function_words import ACRONYM_SKIPS
from quotes_api.storage.clusters import Cluster, Form
from quotes_api.storage.name_cleaning import person_after_role
from quotes_api.storage.name_words import ORGANISATION_WORDS
from quotes_api.storage.names import organisation_key, parse_person

# Words an acronym leaves out ("Federal Bureau of Investigation" is FBI): the extractor's list,
# and the articles, which a stored name may still begin with.
_FUNCTION_WORDS = ACRONYM_SKIPS | {"a", "an"}
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
_CAMPAIGN = re.compile(r"(?i)^(?:the\s+)?(.+?)(?:['’]s)?\s+(?:presidential\s+)?campaign$")
_DATE_WORDS = frozenset([*calendar.month_name[1:], *calendar.day_name])
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")
# A run of capitalised words, "of", "and"... between them: a name in running text.
_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|on|the|&)\s+)*[A-Z][\w’'-]*)*")


def acronym_letters(name: str) -> str | None:
    """The folded letters of an acronym ("F.B.I." -> "fbi"), or None when ``name`` is none.

    >>> acronym_letters("FBI"), acronym_letters("the F.B.I."), acronym_letters("Politico")
    ('fbi', 'fbi', None)
    """
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) != 1 or not _ACRONYM.fullmatch(words[0]):
        return None
    return words[0].replace(".", "").casefold()


def initials(name: str, with_function_words: bool = False) -> str:
    """The initials of a name's words, without "the", legal form and (by default) "of", "and"...

    >>> initials("The Federal Bureau of Investigation"), initials("Anti-Defamation League")
    ('fbi', 'adl')
    >>> initials("Department of Justice", with_function_words=True)
    'doj'
    """
    words = organisation_key(name).replace("-", " ").split()
    return "".join(w[0] for w in words if with_function_words or w not in _FUNCTION_WORDS)


def _content_words(name: str) -> int:
    return sum(1 for w in organisation_key(name).replace("-", " ").split() if w not in _FUNCTION_WORDS)


def campaign_person(name: str) -> str | None:
    """The person a "<person> campaign" name is the campaign of, or None.

    >>> campaign_person("Hillary Rodham Clinton campaign"), campaign_person("the Rubio campaign")
    ('Hillary Rodham Clinton', 'Rubio')
    >>> campaign_person("Clean Water Campaign") is None, campaign_person("Harbor News campaign") is None
    (True, True)
    """
    match = _CAMPAIGN.match(" ".join(name.split()))
    if not match:
        return None
    person = match.group(1)
    words = person.split()
    if not 1 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if any(w.casefold().strip(".") in ORGANISATION_WORDS for w in words) or acronym_letters(person):
        return None
    if name.split()[-1] == "Campaign":  # a capitalised head names a body ("Clean Water Campaign")
        return None
    return person


def bucket_name(name: str, kind: str) -> str:
    """The bucket of an organisation or group form (see :func:`quotes_api.storage.identity.bucket_of`).

    >>> bucket_name("FBI", "organisation"), bucket_name("Federal Bureau of Investigation", "organisation")
    ('organisation:fbi', 'organisation:fbi')
    >>> bucket_name("Clinton campaign", "organisation"), bucket_name("Politico", "organisation")
    ('organisation:campaign:clinton', 'organisation:politico')
    """
    if kind == "organisation":
        person = campaign_person(name)
        if person:
            return f"organisation:campaign:{parse_person(person).surname}"
    letters = acronym_letters(name)
    if letters:
        return f"{kind}:{letters}"
    if _content_words(name) >= 2:
        return f"{kind}:{initials(name)}"
    return f"{kind}:{organisation_key(name)}"


def group_organisations(forms: list[Form], people: Iterable[Form] = ()) -> list[Cluster]:
    """The organisations (or groups) the free forms of one bucket are. ``people`` are the person
    forms of the surname a campaign bucket is named after, for :func:`_group_campaigns`."""
    campaigns = [f for f in forms if f.kind == "organisation" and campaign_person(f.name)]
    others = [f for f in forms if f not in campaigns]
    clusters = _group_acronyms(others)
    if campaigns:
        clusters += _group_campaigns(campaigns, list(people))
    return clusters


def _by_written_name(forms: list[Form]) -> dict[str, list[Form]]:
    """Forms of one name ("The Times", "Times", "Times Inc.") or one acronym ("F.B.I.", "FBI")."""
    same: dict[str, list[Form]] = {}
    for form in forms:
        same.setdefault(acronym_letters(form.name) or organisation_key(form.name), []).append(form)
    return same


def _group_acronyms(forms: list[Form]) -> list[Cluster]:
    """One cluster per written name; an acronym joins the one full name of the bucket it can
    abbreviate, and stays apart (ambiguous) when there are two."""
    same = _by_written_name(forms)
    acronyms = {k: v for k, v in same.items() if acronym_letters(v[0].name)}
    full = {k: v for k, v in same.items() if k not in acronyms}
    clusters = {k: Cluster(list(v)) for k, v in full.items()}
    for letters, written in sorted(acronyms.items()):
        expansions = [k for k, v in full.items() if _abbreviates(letters, v[0].name)]
        if len(expansions) == 1:
            clusters[expansions[0]].forms.extend(written)
        else:
            clusters[letters] = Cluster(list(written), ambiguous=len(expansions) > 1)
    return list(clusters.values())


def _abbreviates(letters: str, name: str) -> bool:
    return _content_words(name) >= 2 and initials(name) == letters


def _group_campaigns(campaigns: list[Form], people: list[Form]) -> list[Cluster]:
    """Campaigns are one when their persons are one person by the person identity rules, among
    the corpus's persons of that surname (so "Clinton campaign" stays apart beside Bill and
    Hillary Clinton)."""
    from quotes_api.storage.person_identity import group_people

    same = _by_written_name(campaigns)
    stand_ins = {
        f"campaign-of:{k}": Form(f"campaign-of:{k}", campaign_person(v[0].name) or "", "person")
        for k, v in same.items()
    }
    persons = [f for f in people if f.kind == "person" and not f.pin]
    grouped = group_people(sorted([*persons, *stand_ins.values()], key=lambda f: f.key), set())
    clusters: list[Cluster] = []
    for person in grouped:
        members = [same[f.key.removeprefix("campaign-of:")] for f in person.forms if f.key in stand_ins]
        if members:
            ambiguous = person.ambiguous and len(members) == 1
            clusters.append(Cluster([f for group in members for f in group], ambiguous=ambiguous))
    return clusters


def expand_in_text(name: str, text: str) -> str | None:
    """The full name a document gives an organisation it also writes short: the one name it
    spells an acronym out as ("the Federal Bureau of Investigation (FBI)"), or the one longer
    name that writes every word of a short form and ends on the same word ("the Post" in an
    article naming "The Washington Post", "Harbor Museum" beside "Harbor Maritime Museum").
    None when the document has none, or two ("the Times" beside The New York Times and the Los
    Angeles Times), or names the short form inside another name ("the Senate Committee on
    Ethics").

    >>> expand_in_text("FBI", "The Federal Bureau of Investigation said. The FBI added.")
    'Federal Bureau of Investigation'
    >>> expand_in_text("VP", "The Vice President spoke; the VP said.") is None
    True
    >>> expand_in_text("HB", "The Harbor Bridge (HB) closed.")
    'Harbor Bridge'
    >>> expand_in_text("the Post", "The Washington Post reported. The Post said.")
    'Washington Post'
    >>> expand_in_text("the Times", "The New York Times and the Los Angeles Times said.") is None
    True
    >>> expand_in_text("Harbor Museum", "The Harbor Maritime Museum opened. Harbor Museum staff said.")
    'Harbor Maritime Museum'
    >>> expand_in_text("Congress", "The Library of Congress and Congress said.") is None
    True
    """
    letters = acronym_letters(name)
    if letters:
        return _one(_spelled_out(letters, text))
    short = name.split()
    if short and short[0].casefold() == "the":
        short = short[1:]
    if not 1 <= len(short) <= 3 or short[-1].casefold() not in ORGANISATION_WORDS:
        return None
    if not all(_NAME_WORD.fullmatch(w) for w in short):
        return None
    found, others = [], 0
    for run in _RUN.findall(text):
        parts = run.split()
        while parts and parts[0] == "The":
            parts = parts[1:]
        for end, word in enumerate(parts):
            if word != short[-1] or not _is_subsequence(short, parts[: end + 1]):
                continue
            whole = parts[: end + 1]
            while len(whole) > len(short) and whole[0] in _DATE_WORDS:  # "a September Post poll"
                whole = whole[1:]
            if end < len(parts) - 1 or not all(_NAME_WORD.fullmatch(w) for w in whole):
                others += 1  # "the Senate Committee on Ethics", "Library of Congress": other names
            elif whole != short:
                found.append(" ".join(whole))
    if others or any(person_after_role(n) for n in found):  # "Mayor Don Guardian" is a person
        return None
    return _one(found)


def _is_subsequence(short: list[str], words: list[str]) -> bool:
    """``short`` is ``words`` with some words left out, ending on the same word."""
    rest = iter(words)
    return words[-1] == short[-1] and all(w in rest for w in short)


def _spelled_out(letters: str, text: str) -> list[str]:
    """Names in ``text`` whose initials are ``letters``: windows of capitalised runs that read as
    a body's name: spelled out with the acronym after them in brackets, or naming a body by an
    organisation word, or of three words or more ("Vice President" is no "VP" of a body)."""
    from quotes_api.storage.names import classify_kind

    def body(window: str) -> bool:
        bracketed = re.search(re.escape(window) + r"\s*\(([A-Z.]{2,12})\)", text)
        if bracketed and bracketed.group(1).replace(".", "").casefold() == letters:
            return True
        words = organisation_key(window).split()
        return _content_words(window) >= 3 or any(w in ORGANISATION_WORDS for w in words)

    found = []
    for run in _RUN.findall(text):
        parts = run.split()
        for start in range(len(parts)):
            if not parts[start][:1].isupper() or parts[start] == "The":
                continue
            for end in range(start + 2, min(len(parts), start + 12) + 1):
                if not parts[end - 1][:1].isupper():
                    continue
                window = " ".join(parts[start:end])
                if acronym_letters(window) or any(acronym_letters(p) for p in parts[start:end]):
                    continue
                fits = initials(window) == letters or initials(window, with_function_words=True) == letters
                if fits and classify_kind(window, "organisation") == "organisation" and body(window):
                    found.append(window)
    return found


def _one(names: list[str]) -> str | None:
    """The one name ``names`` write (in any spelling of it), or None."""
    keys = {organisation_key(n) for n in names}
    if len(keys) != 1:
        return None
    return max(names, key=lambda n: (len(n), n))
