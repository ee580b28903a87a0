"""Names as parsed parts, for speaker identity: who a written name can be, and what kind of speaker.

Pure functions over one name at a time; :mod:`quotes_api.storage.identity` groups the names of
the whole corpus with them. Parsing (titles, middle names and initials, suffixes, particles) is
``nameparser``'s; given-name variants ("Len" for "Leonard") come from the ``nicknames`` dataset.
The word lists are :mod:`quotes_api.storage.name_words`; what a sentence leaves around a name is
taken away by :mod:`quotes_api.storage.name_cleaning` before a name reaches these functions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName
from nicknames import NickNamer

from quotes_api.extraction import lexicon
from quotes_api.extraction.lexicon.dictionary import is_english_word
from quotes_api.storage.name_words import (
    COMPANY_SUFFIXES,
    GROUP_WORDS,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PARTICLES,
)

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_DIGIT = re.compile(r"\d")
MAX_NAME_WORDS = 7

_nicknamer = NickNamer()


def fold(text: str) -> str:
    """Case-folded ASCII with single spaces, for comparing names.

    >>> fold("  José  Ramos-Horta "), fold("Martin O’Malley") == fold("Martin O'Malley")
    ('jose ramos-horta', True)
    """
    # The typographic apostrophe is no ASCII: it is made one before the rest is dropped.
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.split()).casefold()


def is_junk_name(name: str, kind: str) -> bool:
    """True when ``name`` cannot be a speaker's name: empty, a pronoun or function word, digits,
    too long, or (for a person) a word in lower case that is no particle.

    Unnamed speakers ("a spokesman") are descriptions by design and are never junk here.

    >>> is_junk_name("It", "person"), is_junk_name("the report", "person")
    (True, True)
    >>> is_junk_name("Charles de Gaulle", "person"), is_junk_name("a spokesman", "unnamed")
    (False, False)
    """
    if kind == "unnamed":
        return not name.strip()
    words = _WORD.findall(name)
    if not words or len(words) > MAX_NAME_WORDS or _DIGIT.search(name):
        return True
    if all(w.casefold().strip(".") in NOT_NAMES for w in words):
        return True
    if not any(w[0].isupper() for w in words):
        return True
    if kind == "person":
        lower = [w for w in words if not w[0].isupper() and w.casefold() not in PARTICLES]
        return bool(lower)
    return False


@dataclass(frozen=True)
class ParsedName:
    """A personal name in parts, folded for comparison; ``given`` is empty for "Mr. Biden"."""

    title: str
    given: str
    middle: str
    surname: str
    suffix: str
    display: str  # the name as written, without its title

    @property
    def has_given(self) -> bool:
        return bool(self.given)

    @property
    def fullness(self) -> int:
        """How much of a name this form writes out: words, with a whole given name over an initial."""
        return (len(self.given) > 2) * 4 + bool(self.middle) * 2 + bool(self.given) * 2 + bool(self.suffix)


@lru_cache(maxsize=65536)
def parse_person(name: str) -> ParsedName:
    """The parts of a personal name.

    >>> p = parse_person("Sen. Joseph R. Biden Jr.")
    >>> (p.title, p.given, p.middle, p.surname, p.suffix, p.display)
    ('sen', 'joseph', 'r', 'biden', 'jr', 'Joseph R. Biden Jr.')
    >>> parse_person("Biden").surname, parse_person("Mr. Biden").given
    ('biden', '')
    """
    human = HumanName(" ".join(name.split()))
    title, given, middle, last, suffix = human.title, human.first, human.middle, human.last, human.suffix
    if not last and given:  # a lone word ("Biden") is a surname, not a given name
        given, last = "", given
    display_parts = [p for p in (given, middle, last) if p]
    display = " ".join(display_parts)
    if suffix:
        display = f"{display} {suffix}"
    return ParsedName(
        title=fold(title).strip(".").replace(".", ""),
        given=fold(given).strip("."),
        middle=fold(middle).replace(".", ""),
        surname=fold(last),
        suffix=fold(suffix).strip(".").replace(".", ""),
        display=display or " ".join(name.split()),
    )


_HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}


def honorific_gender(name: str) -> str | None:
    """The gender a name's honorific gives, if any.

    >>> honorific_gender("Mrs. Clinton"), honorific_gender("Mr. Biden"), honorific_gender("Sen. Kim")
    ('female', 'male', None)
    """
    return _HONORIFIC_GENDER.get(parse_person(name).title)


def given_name_gender(given: str) -> str | None:
    """The gender a folded given name is used for almost always (the extractor's data), if any.

    >>> given_name_gender("hillary"), given_name_gender("bill"), given_name_gender("pike")
    ('female', 'male', None)
    """
    if given in lexicon.FEMALE_NAMES:
        return "female"
    return "male" if given in lexicon.MALE_NAMES else None


def is_given_name(word: str) -> bool:
    """True when the nickname dataset knows ``word`` as a given name or a nickname."""
    word = fold(word).strip(".")
    return bool(_nicknamer.nicknames_of(word) or _nicknamer.canonicals_of(word))


def given_names_match(first: str, second: str) -> bool:
    """Whether two folded given names can be one person's: equal, an initial of the other, or
    variants of one name in the nickname dataset.

    >>> given_names_match("len", "leonard"), given_names_match("joe", "joseph")
    (True, True)
    >>> given_names_match("donald", "melania"), given_names_match("j", "joseph")
    (False, True)

    A clipped form the dataset does not list is the start of the full one ("Stan" for
    "Stanley"); a short name the dataset knows keeps its own variants ("Dan" is no "Dana").

    >>> given_names_match("stan", "stanley"), given_names_match("dan", "dana")
    (True, False)
    """
    if first == second:
        return True
    if len(first) == 1 or len(second) == 1:
        return first[0] == second[0]
    a, b = _variants(first), _variants(second)
    return (
        first in b
        or second in a
        or bool(_nicknamer.canonicals_of(first) & _nicknamer.canonicals_of(second))
        or _clipped(first, second, a)
        or _clipped(second, first, b)
    )


def _clipped(short: str, full: str, short_variants: frozenset[str]) -> bool:
    """``short`` is ``full`` cut after its first syllables, a form the dataset does not list."""
    return (
        len(short) >= 3
        and len(full) > len(short)
        and full.startswith(short)
        and not short_variants
        and given_name_gender(short) in (None, given_name_gender(full))
    )


@lru_cache(maxsize=65536)
def _variants(given: str) -> frozenset[str]:
    return frozenset(_nicknamer.nicknames_of(given) | _nicknamer.canonicals_of(given))


def middles_match(first: str, second: str) -> bool:
    """Middle names agree when one is missing or their initials are the same."""
    return not first or not second or first[0] == second[0]


def classify_kind(name: str, extracted_kind: str) -> str:
    """The speaker's kind from its name: ``organisation`` for outlets, parties, agencies and
    companies, ``group`` for "Democrats" and "protesters", ``person`` for a personal name the
    extractor took for an organisation; otherwise the extractor's own kind.

    >>> classify_kind("The New York Times", "person"), classify_kind("Senate Republicans", "person")
    ('organisation', 'group')
    >>> classify_kind("Harbor Federation of Teachers", "organisation")
    'organisation'
    >>> classify_kind("Michael McCaul", "organisation"), classify_kind("a spokesman", "unnamed")
    ('person', 'unnamed')
    >>> classify_kind("Orlando Sentinel", "organisation"), classify_kind("Michael Bloomberg", "organisation")
    ('organisation', 'person')

    """
    if extracted_kind == "unnamed":
        return "unnamed"
    words = [w.casefold().strip(".,") for w in name.split()]
    if (
        extracted_kind == "person"
        and len(words) >= 2
        and is_given_name(words[-2])
        and words[-1] not in (ORGANISATION_WORDS | GROUP_WORDS)
    ):
        return "person"  # "... Martin Baron": a personal name, whatever comes before it
    if not words:
        return extracted_kind
    body = words[: words.index("of")] if "of" in words else []
    if words[-1] in GROUP_WORDS and not any(w in ORGANISATION_WORDS for w in body):
        return "group"  # but "Federation of Teachers", "Union of Concerned Scientists" are bodies
    if any(w in ORGANISATION_WORDS for w in words):
        return "organisation"
    if (
        extracted_kind == "organisation"
        and 2 <= len(words) <= 4
        and is_given_name(words[0])
        # "Orlando Sentinel": a medium named by a noun; but "Michael Bloomberg" is a person
        and not (words[-1] in lexicon.ORG_HEADS and is_english_word(words[-1]))
        and all(w[:1].isupper() or w.casefold() in PARTICLES for w in name.split())
    ):
        return "person"
    return extracted_kind if extracted_kind in ("person", "organisation") else "person"


def organisation_key(name: str) -> str:
    """Names of one organisation compare equal without a leading "the" or final punctuation.

    >>> organisation_key("The New York Times") == organisation_key("New York Times.")
    True
    >>> organisation_key("Northwind Energy, Inc.")
    'northwind energy'

    """
    words = fold(name).strip(" .,").replace(",", "").split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1].strip(".") in COMPANY_SUFFIXES:
        words = words[:-1]
    return " ".join(words)
