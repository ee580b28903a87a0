"""People who share a surname: "Mr. Clinton" and "Mrs. Clinton", Melania and Donald Trump.
A gendered title before a bare surname says which of them is meant, and a title of the other
gender is someone else, not the better-known bearer of the name.

>>> title_gender("Mrs.")
'female'
>>> title_gender("Sen.") is None
True
>>> honorific_before("Mr. Okafor", len("Mr. "))
'Mr.'
>>> with_suffix_dot("Joseph R. Biden Jr")
'Joseph R. Biden Jr.'
"""

from __future__ import annotations

import functools

from quotes_api.extraction.lexicon import FEMALE_TITLES, MALE_TITLES
from quotes_api.extraction.lexicon.people import GENERATIONAL_SUFFIXES


@functools.lru_cache(maxsize=4096)
def title_gender(title: str | None) -> str | None:
    """The gender a title or honorific gives ("Mrs." → female, "congressman" → male), or None."""
    words = {w.lower() for w in (title or "").split()}
    if words & FEMALE_TITLES:
        return "female"
    if words & MALE_TITLES:
        return "male"
    return None


def honorific_before(run: str, skip: int) -> str | None:
    """The gendered honorific ("Mr.", "Mrs.", "Ms.") among the words a capitalised run opens
    with before its name, which name parsing drops."""
    words = run[:skip].split()
    return words[-1] if words and title_gender(words[-1]) else None


def fits(gender: str | None, candidate_gender: str | None) -> bool:
    """Can a mention of this gender mean a person of ``candidate_gender``?"""
    return gender is None or candidate_gender in (None, gender)


def is_suffix(word: str) -> bool:
    """A generational suffix is part of the name ("Donald Trump Jr." is not Donald Trump)."""
    return word.lower().rstrip(",") in GENERATIONAL_SUFFIXES


def with_suffix_dot(name: str) -> str:
    """The full stop that "Jr." and "Sr." keep, when cutting the run's last full stop took it."""
    return name + "." if name.lower().endswith((" jr", " sr")) else name
