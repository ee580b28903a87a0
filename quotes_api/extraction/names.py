"""What a capitalised run of words names, and the role written next to it.

>>> name_in_run("Speaking")
(0, None)
>>> name_in_run("Chinese Foreign Minister Wang Yi")[1]
('Chinese Foreign Minister', 'Wang Yi', 'person')
>>> text = "Kaisa Aho, Merenland's chief negotiator, said"
>>> apposition_role(text, 0, len("Kaisa Aho"))
"Merenland's chief negotiator"
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from quotes_api.extraction import families
from quotes_api.extraction.headlines import cut_headline_lead, cut_headline_verb, in_capitals
from quotes_api.extraction.lexicon import (
    GIVEN_NAMES,
    INTRO_WORDS,
    NOT_NAMES,
    SOURCE_NOUNS,
    TITLES,
)
from quotes_api.extraction.lexicon.dictionary import is_english_word
from quotes_api.extraction.lexicon.function_words import (
    COORDINATORS,
    HEADLINE_WORDS,
    QUESTION_AUXILIARIES,
    RELATIVE_OR_VERB,
    ROLE_LINKS,
)
from quotes_api.extraction.lexicon.people import PERSON_NOUNS
from quotes_api.extraction.lexicon.times import WEEKDAYS
from quotes_api.extraction.lone_words import written_lower
from quotes_api.extraction.mentions import HONORIFICS, strip_possessive
from quotes_api.extraction.name_parts import is_title, kind_of_name, split_role

# "Michael McCaul of Texas, chair of the House Foreign Affairs Committee,"
_ROLE_AFTER = re.compile(
    r"(?:[ \t]+of[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)*)?,[ \t]+((?:the|a|an)[ \t]+)?"
    r"([^,.;:()\n\ue000]{3,70}?)(?=,|\.|;|[ \t]+(?:said|says|told)\b)"
)
# "who heads the Indo-Pacific subcommittee" → "head of the Indo-Pacific subcommittee"
_WHO_HEADS = re.compile(r"who[ \t]+(heads|chairs|leads|runs|directs)[ \t]+(.+)")
_HEAD_NOUN = {"heads": "head", "chairs": "chair", "leads": "leader", "runs": "head", "directs": "director"}
# "Chief negotiator Kaisa Aho", "appointed Lena Ortiz as head coach"
_ROLE_PREFIX = re.compile(
    r"(?<![\w'’])((?:[A-Z][\w'’.-]*[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)"
    r"[ \t]+$"
)
_ROLE_AS = re.compile(
    r"[ \t]+as[ \t]+(?:(?:its|their|the|a|an)[ \t]+)?"
    r"((?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)"
)
_ROLE_BEFORE = re.compile(r"(?:^|[.;:][ \t]+|\n)((?:[A-Z][\w'’.-]*[ \t]+)?[^,.;:()\n\ue000]{3,60}?),[ \t]*$")


# Read backwards from a name: the space before it and at most five words of the characters a
# role can be made of (``_ROLE_PREFIX`` takes one capitalised word and four more at the most).
_PREFIX_WORDS_REVERSED = re.compile(r"[ \t]*(?:[\w'’.-]+[ \t]+){0,4}[\w'’.-]*")


def _prefix_zone(text: str, start: int) -> int:
    """Where ``_ROLE_PREFIX`` could start at the earliest, within 60 characters before ``start``:
    searching only from there gives the same match and spares an attempt at every character."""
    # A conditional, not max(0, ...): the builtin's call costs as much as the slice, and this
    # runs for most names of every article.
    window = text[start - 60 if start > 60 else 0 : start]
    words = _PREFIX_WORDS_REVERSED.match(window[::-1])
    assert words is not None  # every part of the pattern may be empty: it always matches
    return start - words.end()


_NO_ROLE_END = RELATIVE_OR_VERB | ROLE_LINKS | HONORIFICS


def ends_in_no_role(text: str, start: int) -> bool:
    """Would a role read by ``_ROLE_PREFIX`` before the name at ``start`` end in a word that
    ``apposition_role`` turns down ("on", "the", "said": four in five names follow one)? Then
    the pattern, the costliest step of reading a document's names, need not be tried.

    A word of plain lower-case letters before the name is the last word of the phrase the
    pattern would read, as it stands; only "who heads the ..." (``_WHO_HEADS``), read before
    that test, could still give a role, so a "who" nearby sends the name to the pattern."""
    window = text[start - 60 if start > 60 else 0 : start]
    words = window.rsplit(None, 1)  # the last word, without splitting every word of the window
    last = words[-1] if words else ""
    plain = last.isascii() and last.isalpha() and last.islower()
    return plain and last in _NO_ROLE_END and "who" not in window


def apposition_role(text: str, start: int, end: int) -> str | None:
    """The role an apposition gives a name: "Kaisa Aho, Merenland's chief negotiator," or
    "Merenland's chief negotiator, Kaisa Aho," → "Merenland's chief negotiator"."""
    after, before = text[end : end + 4], text[start - 2 if start > 2 else 0 : start]
    # Cheap looks at the neighbouring characters first: most names have no apposition.
    comma_after, comma_before, word_before = (
        after[:1] == "," or after == " of ",
        before == ", ",
        before[:1].islower() and not ends_in_no_role(text, start),
    )
    if not (comma_after or comma_before or word_before or after == " as "):
        return None
    candidates = (
        _ROLE_AFTER.match(text, end) if comma_after else None,
        _ROLE_BEFORE.search(text, start - 80 if start > 80 else 0, start) if comma_before else None,
        _ROLE_PREFIX.search(text, _prefix_zone(text, start), start) if word_before else None,
        _ROLE_AS.match(text, end) if after == " as " else None,
    )
    for m in candidates:
        if m is None:
            continue
        if m.re is _ROLE_AFTER and text[m.end() : m.end() + 1] not in ",.;" and _in_introduction(text, start):
            continue  # "In an interview with Joe Bell, the candidate said": the candidate speaks
        phrase = m.group(m.lastindex or 1).strip()
        who = _WHO_HEADS.fullmatch(phrase)
        if who:
            return f"{_HEAD_NOUN[who[1]]} of {who[2]}"
        words = phrase.lower().split()
        if words and (words[-1] in HONORIFICS or words[-1] in ROLE_LINKS):
            continue  # "with Mrs. Pike", "head of the Gull Rock choir": cut off before a name
        # The head noun ends a role ("chief negotiator") or opens it ("chair of the committee").
        head_ok = any(w in TITLES or w in SOURCE_NOUNS for w in (words[-1:] + words[:1] if words else []))
        if words and len(words) <= 8 and head_ok and not any(w in RELATIVE_OR_VERB for w in words):
            return phrase
    return None


_CLAUSE_OPENING = re.compile(r"(?:^|[.!?:;\n])[ \t\"“”'‘’\ue000]*([A-Z][a-z]+)[^.!?:;\n]*$")


def _in_introduction(text: str, start: int) -> bool:
    """Does the name stand in a sentence's introduction ("In an interview with Joe Bell, ...",
    "Speaking to Ann Pike, ...")? Then a description after its comma opens the main clause."""
    m = _CLAUSE_OPENING.search(text, max(0, start - 150), start)
    return m is not None and m[1].lower() in INTRO_WORDS and m[1].lower() not in COORDINATORS


@functools.lru_cache(maxsize=65536)
def name_in_run(run: str) -> tuple[int, tuple[str | None, str, str] | None]:
    """How many characters open the run before its name ("The", "Speaking"), and the name's
    (role, name, kind), or None. Cached: the same runs recur within and across documents."""
    if " " not in run and _opens_no_name(run):
        return 0, None  # the common case: "The", "In", "Speaking" opening a sentence
    words = run.replace("_", " ").split()
    first = next((i for i, word in enumerate(words) if not _opens_no_name(word)), len(words))
    owner = max((i for i, word in enumerate(words[:-1]) if _owner(word, words[i + 1])), default=-1)
    first = max(first, owner + 1)  # "Media Research Center's Bozell", "Florida's Rick Wilson": the name owned
    skip = sum(len(word) + 1 for word in words[:first])
    return skip, _parse_run(" ".join(words[first:])) if first < len(words) else None


_POSSESSIVE = re.compile(r"(?!(?:Women|Children|People|Men)['’])[A-Z][\w.&-]*['’]s")
# Sentence adverbs ("Unfortunately,", "Reportedly") and the auxiliaries opening a question
# ("Does he know ...?") are capitalised only because they open the sentence.
_ADVERB = re.compile(r"[A-Z][a-z]{3,}(?:ately|ently|antly|ously|ally|ingly|edly|fully|ibly|ably|ively)")
_OPENERS = INTRO_WORDS - {"first"}  # "Earlier Wednesday," but "First Lady Ana Holt" keeps its title


def _owner(word: str, after: str) -> bool:
    """Does ``word`` own the name after it: "Harbour Radio's", or a plural's "Coastal Times’"
    before a given name ("Coastal Times’ Ivo Brandt"; not "the Residents' Association")?"""
    if _POSSESSIVE.fullmatch(word):
        return True
    return word.endswith(("s'", "s’")) and after.lower() in GIVEN_NAMES


def _a_participle(bare: str) -> bool:
    """ "speaking", "citing", "running": an -ing form of a dictionary word; not "ebeling" or
    "jinping", which end a name."""
    stem = bare[:-3]
    stems = (bare, stem, stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else "")  # "runn" → run
    return any(len(stem) > 2 and is_english_word(stem) for stem in stems)


def _opens_no_name(word: str) -> bool:
    bare = word.lower().strip(".,")
    return (
        bare in NOT_NAMES
        or word.endswith("ing")
        and _a_participle(bare)
        or bare in _OPENERS
        or bare in QUESTION_AUXILIARIES
        or bool(_ADVERB.fullmatch(word.strip(".,")))
    )


_PARTY_TAG = re.compile(r"[RDI]-[A-Z]")  # "R-Calif.", "D-N.Y.": a party and a state


def _parse_run(run: str) -> tuple[str | None, str, str] | None:
    """(role, name, kind) of a capitalised run, or None when it names nobody."""
    if in_capitals(run):
        return None  # "FULL TEXT", "BREAKING NEWS": a heading in capitals, not a name
    if _PARTY_TAG.match(run):
        return None
    words = cut_headline_verb(run).split()  # "Pike Says Harbour Will Close" → Pike
    while len(words) > 1 and words[-1].lower().strip(".,:;") in WEEKDAYS:
        words.pop()  # "On CNN Tuesday": the day is when, not part of the name
    run = " ".join(words)
    role, name = split_role(strip_possessive(run).rstrip(".,:;"))
    name = cut_headline_lead(name)  # "Campaign Of Rosa Okafor" → Rosa Okafor
    name = families.with_suffix_dot(name)
    if (
        not name
        or all(is_title(w) for w in name.split())
        or name.lower() in NOT_NAMES
        or name.startswith("of ")
    ):  # "Secretary of State": a title, no name
        return None
    if len(name.split()) > 4 and kind_of_name(name) == "person":
        return None  # "Believe Trump Can't Be Trusted": a headline in title case, not a name
    if kind_of_name(name) == "person" and any(w in HEADLINE_WORDS for w in name.split()[1:]):
        return None  # "Pike Shuts The Door": a headline, not a person called that
    kind = kind_of_name(name)
    if kind == "organisation" and role and len(name.split()) <= 3 and _person_title(role):
        kind = "person"  # "Mayor Don Guardian": a person's title before a name like a newspaper's
    return role, name, kind


def _person_title(role: str) -> bool:
    return any(
        w.lower().strip(".,") in PERSON_NOUNS or w.lower().strip(".,") in HONORIFICS for w in role.split()
    )


# Titles that are given names too: "Dean", "Major". Worked out, not listed.
_TITLES_ALSO_GIVEN = frozenset(t for t in TITLES if t in GIVEN_NAMES and t.isalpha() and len(t) > 3)


def given_name_not_title(
    role: str | None, name: str, masked: str, known_token: Callable[[str], bool]
) -> tuple[str | None, str]:
    """(role, name) with a title word that is also a given name put back into the name when
    the article never uses the word as a title in lower case ("the dean"), the name after it
    is one word and no full name in the article begins or ends with it: "Dean Harlow,
    an economist" is Dean Harlow, not a Mr. Harlow who is a dean.

    >>> given_name_not_title("economist Dean", "Harlow", "an economist", lambda _: False)
    ('economist', 'Dean Harlow')
    >>> given_name_not_title("Dean", "Lund", "she is the dean of it", lambda _: False)
    ('Dean', 'Lund')
    """
    words = (role or "").split()
    if not words or " " in name or known_token(name):
        return role, name
    title = words[-1]
    if title.lower() not in _TITLES_ALSO_GIVEN or not title.istitle() or written_lower(masked, title.lower()):
        return role, name
    return " ".join(words[:-1]) or None, f"{title} {name}"
