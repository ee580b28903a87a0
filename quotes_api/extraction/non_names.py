"""Capitalised runs read as a person's name that name no one: no "he" or "she" may mean them,
and they take no quotation as a person.

- words of the dictionary, none a given name, the last one too: a headline's word before a
  surname that is also a word ("Absent Marsh", "Team Baker"), a region ("Rust Belt");
- a document or a pact: "Harbour Accord", "Clean Rivers Act";
- a compound adjective: "Portuguese-language", "Ohio-based";
- a description read as a name, ending in a party: "the Dakota Republican".

>>> [not_a_person(n) for n in ("Absent Marsh", "Harbour Accord", "Portuguese-language")]
[True, True, True]
>>> [not_a_person(n) for n in ("Dakota Republican", "Newt Vale", "Bob Okafor", "Ana Team")]
[True, False, False, False]
"""

from __future__ import annotations

import functools
import re

from quotes_api.extraction.headlines import common_word
from quotes_api.extraction.lexicon import GIVEN_NAMES
from quotes_api.extraction.lexicon.bodies import PACT_HEADS, PARTY_NOUNS
from quotes_api.extraction.lexicon.people import ORIGIN_ENDINGS

# "Portuguese-language", "Ohio-based": a capitalised word, a hyphen, then a lower-case word
_COMPOUND = re.compile(r"[A-Z][\w.]*-[a-z]{5,}")


@functools.lru_cache(maxsize=4096)  # asked once per entity; the same names recur
def not_a_person(name: str) -> bool:
    """Is ``name``, read as a person's, no one's name at all?"""
    words = name.split()
    last = words[-1].lower()
    if last in PACT_HEADS or last in PARTY_NOUNS and len(words) > 1:
        return True  # not "Republicans" alone, the party's members
    if _COMPOUND.fullmatch(words[-1]):
        return True  # not "Co-author Ann Pike", nor a Korean "Ban Ki-moon"
    # "Rust Belt", "Absent Marsh": words of the dictionary, ending in one, no given name among
    # them; not "Sant Singh Chatwal", whose surname is no word
    common = [w for w in words if common_word(w)]
    return len(common) >= 2 and common_word(words[-1]) and not any(w.lower() in GIVEN_NAMES for w in words)


def a_group(name: str) -> bool:
    """Is ``name``, read as a person's, a group's: a plural whose singular is a dictionary word
    after a dictionary word or an adjective of origin ("Concerned Anglers", "Nordic Anglers"),
    with no given name? Such a body is "they" or "it", never "he" or "she"."""
    words = name.split()
    return (
        len(words) > 1
        and _plural_noun(words[-1])
        and (common_word(words[0]) or words[0].endswith(ORIGIN_ENDINGS))
        and not any(w.lower() in GIVEN_NAMES for w in words)
    )


def _plural_noun(word: str) -> bool:
    """ "Anglers", "Drivers": a capitalised plural whose singular is a dictionary word."""
    return word.endswith("s") and not word.endswith("ss") and common_word(word[:-1])
