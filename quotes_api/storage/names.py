"""Names as parsed parts, for speaker identity: who a written name can be, and what kind of speaker.

Pure functions over one name at a time; :mod:`quotes_api.storage.identity` groups the names of
the whole corpus with them. Parsing (titles, middle names and initials, suffixes, particles) is
``nameparser``'s; given-name variants ("Len" for "Leonard") come from the ``nicknames`` dataset.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName
from nicknames import NickNamer

from quotes_api.extraction import lexicon

# Words that make a name an organisation's: outlets, parties, agencies, companies, bodies.
ORGANISATION_WORDS = frozenset(
    """
    administration agency airlines association authority bank board bureau cabinet campaign
    caucus center centre coalition co commission committee company congress corp corporation
    council court department embassy federation foundation fund government group inc institute
    kremlin league ltd ministry network news office organisation organization pentagon police
    party post press reuters senate service times tribune journal herald gazette guardian
    telegraph union university website llc plc school hospital museum church energy airways
    motors holdings industries technologies systems pharmaceuticals insurance railways railroad
    pac institution agence presse
    """.split()
)
# Legal forms a company's name may carry or drop: "Northwind Energy Inc." is "Northwind Energy".
COMPANY_SUFFIXES = frozenset("inc corp co ltd llc plc ag sa gmbh".split())
# A last word that makes a name a group of people: "Democrats", "Senate Republicans", "protesters".
GROUP_WORDS = frozenset(
    """
    activists analysts authorities conservatives critics democrats demonstrators economists
    experts investigators lawmakers leaders liberals officials opponents organisers organizers
    parents protesters protestors republicans researchers residents scientists senators
    supporters teachers voters workers students doctors nurses farmers celebrities professors
    hackers survivors veterans immigrants victims witnesses employees citizens americans
    """.split()
)
# Words that are never a speaker's name on their own: pronouns and the like the extractor may
# leave as a "name" when a sentence starts oddly.
NOT_NAMES = frozenset(
    """
    i he she it we they you who this that these those there here one someone somebody everyone
    anyone nobody none both all each either neither other others another some many most few
    which what whom whose his her its our their him them us me my mine yours the a an and but
    or if then when while because so yet also only just even still said says told tells added
    """.split()
)
# Lower-case words a personal name may hold (particles): "Charles de Gaulle".
PARTICLES = frozenset("de da di du del della der den van von bin ibn al el la le dos das".split())
# Words a sentence or a headline puts before a name that are not part of it: "Maybe Trump
# said", "Neither Donald J. Trump nor ...", "Democrats Hillary Clinton".
LEADING_NOISE = frozenset(
    """
    maybe perhaps also then still yet now instead meanwhile however indeed even only but and so
    when while after before as at in on of for with without by from to neither nor either both
    like unlike endorsed understated team said says asked told added why how where what see
    """.split()
)
US_STATES = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    """.split()
)
US_STATE_PAIRS = frozenset(
    "new hampshire|new jersey|new mexico|new york|north carolina|north dakota|south carolina|"
    "south dakota|rhode island|west virginia".split("|")
)
# Role words that may stand before a person's name in a mention ("Atlantic City Mayor Don Guardian").
ROLE_WORDS = frozenset(
    """
    mayor editor editor-in-chief senator sen rep representative governor gov president minister
    secretary chairman chairwoman chair chief director spokesman spokeswoman spokesperson judge
    general ceo leader candidate commissioner councillor councilman councilwoman treasurer
    ambassador adviser advisor attorney sheriff officer manager founder host anchor co-anchor
    advocate ag dj donor pollster strategist consultant
    """.split()
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_DIGIT = re.compile(r"\d")
MAX_NAME_WORDS = 7

_nicknamer = NickNamer()


def fold(text: str) -> str:
    """Case-folded ASCII with single spaces, for comparing names.

    >>> fold("  José  Ramos-Horta ")
    'jose ramos-horta'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.replace("’", "'").split()).casefold()


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


def clean_person_name(name: str) -> str:
    """A person's name without the words a sentence left in front of it: function words,
    possessives, a state, a group, or a role before a given name.

    >>> clean_person_name("Maybe Trump"), clean_person_name("Neither Donald J. Trump")
    ('Trump', 'Donald J. Trump')
    >>> clean_person_name("New Hampshire Sanders"), clean_person_name("Bennett’s Trump")
    ('Sanders', 'Trump')
    >>> clean_person_name("Atlantic City Mayor Don Guardian"), clean_person_name("Young Kim")
    ('Don Guardian', 'Young Kim')
    >>> clean_person_name("Media Research Center’s Bozell"), clean_person_name("Harbor News’ Ann Pike")
    ('Bozell', 'Ann Pike')
    >>> clean_person_name("Donor Pike"), clean_person_name("Ohio-based Ann Pike")
    ('Pike', 'Ann Pike')
    """
    words = name.split()
    owners = [i for i, w in enumerate(words[:-1]) if _is_possessive(w)]
    if owners:  # "Acme Council's Pike", "Harbor News’ Ann Pike": the name is what the possessive owns
        words = words[owners[-1] + 1:]
    while len(words) > 1:
        first = words[0].casefold().strip(".,")
        pair = " ".join(w.casefold() for w in words[:2])
        if pair in US_STATE_PAIRS and len(words) > 2:
            words = words[2:]
        elif (
            first in LEADING_NOISE
            or (first in US_STATES and not is_given_name(first))
            or first in GROUP_WORDS
            or first.endswith("-based")
            or (first in ROLE_WORDS and words[1][:1].isupper())
        ):
            words = words[1:]
        else:
            break
    return person_after_role(" ".join(words)) or " ".join(words)


def _is_possessive(word: str) -> bool:
    """"Council's", "News’" (a plural's possessive), not "O'Brien"."""
    return word.endswith(("’s", "'s", "s’", "s'"))


def person_after_role(name: str) -> str | None:
    """The personal name after a role in a mention, or None when there is none. The role may
    be a phrase ("Secretary of State"); the name is two to four capitalised words from a given
    name on, and does not end as a group's does (nor, past two words, as an organisation's).

    >>> person_after_role("Atlantic City Mayor Don Guardian"), person_after_role("Harbor Courier")
    ('Don Guardian', None)
    >>> person_after_role("Former Secretary of State Ann B. Pike")
    'Ann B. Pike'
    >>> person_after_role("Secretary of State Ama Pike"), person_after_role("Chief Financial Officer")
    ('Ama Pike', None)
    """
    words = name.split()
    lowered = [w.casefold().strip(".,") for w in words]
    if lowered[-1] in GROUP_WORDS:
        return None
    for k in range(1, len(words) - 1):
        if (
            any(w in ROLE_WORDS for w in lowered[:k])
            and (2 <= len(words) - k <= 4)
            and not (len(words) - k > 2 and lowered[-1] in ORGANISATION_WORDS)  # "... Pike Foundation"
            and (is_given_name(words[k]) or _right_after_role(lowered, k))
            and all(w[:1].isupper() for w in words[k:])
        ):
            return " ".join(words[k:])
    return None


def _right_after_role(lowered: list[str], k: int) -> bool:
    """A name the nickname dataset does not know still follows a role directly ("Mayor Ama
    Pike", "Secretary of State Ama Pike"), when it is two or three words that are no role,
    organisation or group words ("Chief Financial Officer" is no name)."""
    after = lowered[k - 1] in ROLE_WORDS or (
        k >= 3 and lowered[k - 2] == "of" and lowered[k - 3] in ROLE_WORDS
    )
    tail = lowered[k:]
    stop = ROLE_WORDS | ORGANISATION_WORDS | GROUP_WORDS
    return after and len(tail) <= 3 and not any(w in stop for w in tail)


# Words a sentence leaves before an organisation's name: "Now Harbor Courier".
ORGANISATION_NOISE = frozenset(
    "now maybe perhaps also then still yet instead meanwhile however indeed even".split()
)


def clean_organisation_name(name: str) -> str:
    """An organisation's or a group's name without an adverb a sentence left before it.

    >>> clean_organisation_name("Now Harbor Courier"), clean_organisation_name("Harbor Courier")
    ('Harbor Courier', 'Harbor Courier')
    """
    words = name.split()
    while len(words) > 1 and words[0].casefold().strip(".,") in ORGANISATION_NOISE:
        words = words[1:]
    return " ".join(words)


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
    """
    if first == second:
        return True
    if len(first) == 1 or len(second) == 1:
        return first[0] == second[0]
    a, b = _variants(first), _variants(second)
    return (
        first in b or second in a or bool(_nicknamer.canonicals_of(first) & _nicknamer.canonicals_of(second))
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
