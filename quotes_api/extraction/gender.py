"""What the text itself says of a person's gender: a possessive or reflexive pronoun right
after a name standing as its clause's subject ("Okafor admitted that his pick was tactical").
It makes a bare surname, which no given-name list can place, someone "he" or "she" may mean.
An object pronoun ("Tom Ray met her") is someone else, and tells nothing.

>>> text = "Okafor admitted that his pick was tactical. Later Tom Ray met her."
>>> pronoun_after(text, len("Okafor"), text.index("Later"))
'male'
>>> pronoun_after(text, text.index(" met"), len(text)) is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from quotes_api.extraction.lexicon import FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES
from quotes_api.extraction.lexicon.bodies import MEDIUM_AFTER_NAME

_GIVEN = FEMALE_NAMES | MALE_NAMES

if TYPE_CHECKING:
    from quotes_api.extraction.entities import Entity

# The pronoun must come within a few words, before a sentence or clause ends.
_WINDOW = 60
_OTHER = re.compile(r"\b(?:he|she|they|him|them)\b")
_CLAUSE_END = re.compile(r"[.;:!?\"“”\n]|,\s+(?:and|but|while|who|which)\b")
_MALE = re.compile(r"\b(?:his|himself)\b")
# "her" before a noun ("her campaign") is a possessive; before "a", "to", "the" or at a clause's
# end ("called her a liar", "met her.") it is an object, someone else.
_FEMALE = re.compile(
    r"\b(?:herself|her(?=\s+(?!(?:a|an|the|to|for|and|or|in|on|that|as|of|with|at|from|by|"
    r"about|into|over|after|before|back|up|out|down|off|this|it|if|when|was|is)\b)[a-z]))"
)


def pronoun_after(masked: str, end: int, limit: int) -> str | None:
    """The gender a pronoun just after a name gives it ("male"/"female"), or None: looked for
    from ``end`` up to ``limit`` (the next name) or the end of the clause, whichever is first."""
    # A conditional, not min(): the builtin's call costs as much as the slice, for every mention.
    window = masked[end : limit if limit < end + _WINDOW else end + _WINDOW]
    if "his" not in window and "her" not in window:
        return None  # most names: no pronoun near, and no regex run
    stop = _CLAUSE_END.search(window)
    if stop:
        window = window[: stop.start()]
    male, female = _MALE.search(window), _FEMALE.search(window)
    first = male or female
    if _OTHER.search(window, 0, first.start() if first else 0):
        return None  # "Vale said they met at his home": another pronoun first, whose home is open
    if male and not female:
        return "male"
    if female and not male:
        return "female"
    return None


def learn_from_pronouns(
    mentions: list[tuple[int, Entity]], ends: dict[int, int], masked: str, is_subject: Callable[[int], bool]
) -> None:
    """Give a person of no known gender the one the pronouns after their mentions as a subject
    say, by majority. Only as a subject: "on Skype with his sons" does not make Skype a man."""
    votes: dict[int, Counter[str]] = {}
    people: dict[int, Entity] = {}
    for k, (start, entity) in enumerate(mentions):
        if entity.kind != "person" or entity.gender is not None:
            continue
        limit = mentions[k + 1][0] if k + 1 < len(mentions) else len(masked)
        said = pronoun_after(masked, ends.get(start, start), limit)
        if said and is_subject(start):
            votes.setdefault(id(entity), Counter())[said] += 1
            people[id(entity)] = entity
    for key, counts in votes.items():
        (best, n), *rest = counts.most_common()
        if not rest or rest[0][1] < n:
            people[key].gender = best


_MEDIUM_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(sorted(MEDIUM_AFTER_NAME))})\b")
_ITS = re.compile(r"\b(?:its|itself)\b")


def its_after(masked: str, end: int, limit: int) -> bool:
    """Does "its" or "itself" follow a name in its clause, before any other pronoun ("Brixo
    contended in its letter", "Brixo and its workers")?

    >>> its_after("Brixo contended in its letter.", 5, 30), its_after("Ray said he saw its end.", 3, 24)
    (True, False)
    """
    window = masked[end : limit if limit < end + _WINDOW else end + _WINDOW]
    if "its" not in window:
        return False
    stop = _CLAUSE_END.search(window)
    if stop:
        window = window[: stop.start()]
    m = _ITS.search(window)
    return m is not None and _OTHER.search(window, 0, m.start()) is None and "his" not in window[: m.start()]


def learn_bodies(
    mentions: list[tuple[int, Entity]], ends: dict[int, int], masked: str, is_subject: Callable[[int], bool]
) -> None:
    """Make a body of a "person" that the text calls "it": a name with no given name, no title
    and no known gender, standing as a subject with "its" after it in the same clause more
    often than not ("Brixo contended in its letter"); or a one-word name written just before
    a medium noun ("Kirato magazine"). A person is never "its"; a firm, a platform or a newspaper named by
    one word is otherwise read as a person."""
    # Whether a mention is a subject is asked last, and only of the people with an "its" after
    # some mention: it is the costly test, and most people never have one.
    candidates: list[tuple[int, Entity, bool]] = []  # (start, entity, "its" after it)
    with_its: set[int] = set()
    its_anywhere = "its" in masked  # else no mention has one after it: only the medium test
    for k, (start, entity) in enumerate(mentions):
        if entity.kind != "person" or entity.gender is not None or entity.roles:
            continue
        end = ends.get(start, start)
        if len(entity.tokens) == 1 and _MEDIUM_AFTER.match(masked, end):
            entity.kind = "organisation"  # "Kirato magazine started the craze"
            continue
        if not its_anywhere or entity.tokens[0].lower() in _GIVEN:
            continue
        limit = mentions[k + 1][0] if k + 1 < len(mentions) else len(masked)
        its = its_after(masked, end, limit)
        candidates.append((start, entity, its))
        if its:
            with_its.add(id(entity))
    votes: Counter[int] = Counter()
    subjects: Counter[int] = Counter()
    named: dict[int, Entity] = {}
    for start, entity, its in candidates:
        if id(entity) not in with_its or not is_subject(start):
            continue
        subjects[id(entity)] += 1
        named[id(entity)] = entity
        if its:
            votes[id(entity)] += 1
    for key, n in votes.items():
        if 2 * n >= subjects[key]:
            named[key].kind = "organisation"


# A word of kinship or of a gendered role right before a name, with or without a comma:
# "Trump's wife, Melania,", "her father, Brad,", "his son Beau"; the tail of the window before
# the name that ``\b([a-z]+),?[ \t]+$`` would find, read backwards from the name, so only the
# one place a match can start is tried (a search tries every position of the window).
_KIN_REVERSED = re.compile(r"\n?[ \t]+,?([a-z]+)")


def kin_before(masked: str, start: int) -> str | None:
    """The gender a gendered noun just before a name gives it ("his wife, Melania" → female).

    >>> text = "Her father, Brad, worried."
    >>> kin_before(text, text.index("Brad"))
    'male'
    """
    # A word, then white space, must stand just before the name: most names follow a full stop,
    # a line break or a quotation, which the two characters before them show.
    if start < 2:
        return None
    space, last = masked[start - 1], masked[start - 2]
    if space == "\n":
        space, last = last, masked[start - 3] if start > 2 else ""
    if space not in " \t" or not (last in " \t," or "a" <= last <= "z"):
        return None
    lo = start - 20 if start > 20 else 0
    tail = _KIN_REVERSED.match(masked[lo:start][::-1])
    if tail is None:
        return None
    word = tail[1][::-1]
    gender = "female" if word in FEMALE_TITLES else "male" if word in MALE_TITLES else None
    # The word must open on a word boundary (the ``\b``): not cut by the window, nor part of a
    # longer word ("x9wife").
    at = start - tail.end()
    return None if at and (masked[at - 1].isalnum() or masked[at - 1] == "_") else gender


def learn_from_kin(mentions: list[tuple[int, Entity]], masked: str) -> None:
    """Give a person of no known gender the one a kinship word before a mention says: a lone
    given name ("his wife, Melania") is otherwise no one "she" could mean."""
    for start, entity in mentions:
        if entity.kind == "person" and entity.gender is None:
            entity.gender = kin_before(masked, start)


def learn_from_title(entity: Entity, title: str | None, name: str) -> None:
    """Set ``entity``'s gender from the title written with a name ("Mrs.", "Congresswoman") or
    from the given name of a full name; a woman's title or name wins over a man's."""
    words = {w.lower() for w in title.split()} if title else set()
    tokens = name.split()
    first = tokens[0].lower()
    full_name = len(tokens) > 1
    if words & FEMALE_TITLES or (full_name and first in FEMALE_NAMES):
        entity.gender = "female"
    elif entity.gender is None and (words & MALE_TITLES or (full_name and first in MALE_NAMES)):
        entity.gender = "male"
