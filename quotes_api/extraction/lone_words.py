"""Lone capitalised words that are not people (issue 13 class 5, issue 14 junk speaker rows).

A speaker phrase read as a one-word person name is often no name at all:

- a word the article also writes in lower case is an ordinary word that opened a sentence or
  a headline ("Early in his campaign, Ray ..." → "Early"; "Wait, it gets better:");
- a capitalised word after a determiner or a possessive modifies a noun that the phrase
  lost ("the Dunmore graduate ended her speech" → "the Dunmore"; "a Pikeian post");
- an adjective made from a name or a place ("his Dunmore-based district").

Such a phrase gives no speaker: a wrong person is worse than none, and it would become a
speaker row in storage. A word known as part of a full name in the article ("Will" once
"George Will" is named), or written with a title or honorific ("Mr. Hurt"), is kept.

>>> is_lone_common_word("Early", "Early", "Ray spoke early on Monday.", lambda _: False)
True
>>> is_lone_common_word("the Dunmore", "Dunmore", "", lambda _: False, "graduate")
True
>>> is_lone_common_word("Ray", "Ray", "Ray spoke early.", lambda _: False)
False
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from quotes_api.extraction import clauses
from quotes_api.extraction.cues import is_cue_word, simple_past
from quotes_api.extraction.lexicon import (
    AFFILIATIONS,
    GIVEN_NAMES,
    SOURCE_NOUNS,
    TITLES,
)
from quotes_api.extraction.lexicon.bodies import BODY_MODIFIERS, PARTY_ADJECTIVES
from quotes_api.extraction.lexicon.dictionary import is_english_word
from quotes_api.extraction.lexicon.function_words import (
    AUXILIARIES,
    CLOSED_CLASS_WORDS,
    MODIFYING_WORDS,
    PREPOSITIONS,
)
from quotes_api.extraction.lexicon.people import PERSON_NOUNS
from quotes_api.extraction.lexicon.verbs import NAME_LIKE_PAST_VERBS

_PAST_FORMS = frozenset(simple_past(verb) for verb in NAME_LIKE_PAST_VERBS)
# "Orlando-based", "Ohio-born", "Texas-style": adjectives made from a name.
_ADJECTIVE_SUFFIX = re.compile(r"-(?:based|born|bred|raised|style|area|led|backed|made)$", re.I)


@functools.lru_cache(maxsize=4)
def _memo(masked: str) -> dict[tuple[str, str], bool]:
    """The answers already worked out for the text ``masked``. The tests below read the whole
    text for one word, and an article asks them again of every mention of the same name;
    a few texts are kept, not every one seen, so memory stays bounded."""
    return {}


def _remembered(kind: str, word: str, masked: str, work: Callable[[], bool]) -> bool:
    memo = _memo(masked)
    found = memo.get((kind, word))
    if found is None:
        found = memo[(kind, word)] = work()
    return found


def _speech_verb(word: str) -> bool:
    """A speech verb as it follows its subject ("said", "says", "wrote"); "a Pike post" and
    "a Pike statement" hold the noun."""
    return is_cue_word(word) and (word.endswith(("ed", "s")) or word in _PAST_FORMS)


def is_lone_common_word(
    phrase: str,
    name: str,
    masked: str,
    known_token: Callable[[str], bool],
    next_word: str | Callable[[], str] = "",
) -> bool:
    """Is ``name``, read from the speaker ``phrase``, a lone word that names no one in an
    article whose text outside quotations is ``masked``? ``known_token`` tells whether a
    word is part of a person's full name in the article; ``next_word`` is the word that
    follows the phrase there, or a function that finds it: most names are ruled out before
    it is needed, and finding it costs more than the tests before."""
    if " " in name or not name[:1].isupper() or known_token(name):
        return False
    if callable(next_word):
        next_word = next_word()
    words = phrase.split()
    # A lower-case noun after the phrase: the phrase was cut from a longer description.
    noun_follows = (
        next_word.replace("-", "").isalpha()
        and next_word.islower()
        and not _speech_verb(next_word)
        and next_word not in PREPOSITIONS
        and next_word not in AUXILIARIES
    )
    if len(words) == 2 and words[-1] == name and words[0].lower() in MODIFYING_WORDS:
        plural = name.endswith("s") and not name.endswith("ss")  # "the Saudis": a group
        return noun_follows and not plural  # "the Dunmore graduate", "a Pikeian post"; but "the Texan said"
    if "-" in name and _ADJECTIVE_SUFFIX.search(name):  # the hyphen first: most names have none
        return True
    closed = name.lower().strip("'’s") in CLOSED_CLASS_WORDS or name.lower() in PREPOSITIONS
    if len(words) != 1 or name.isupper() or (noun_follows and not closed):
        return False  # "Mr. Hurt" has an honorific; "FBI" is an acronym
    low = name.lower()
    if low != name and _remembered("lower", low, masked, lambda: _lower_word_in(masked, low)):
        return True
    # "Wait, it gets better:", "Pause.": a dictionary word; but before a speech verb, a surname
    # ("Read said", "Pike says")
    return not _speech_verb(next_word) and only_a_word(name, masked)


# "the Texan", "the Floridian", "the Republican": a description by origin or party.
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ite|ese)")


def lone_name_kind(name: str, role: str | None, definite: bool) -> str | None:
    """What a one-word name read from a speaker phrase is when it is no person: "unnamed" for
    a description ("Aides say", "the Texan said"), "organisation" for a body whose name opens
    with words that are titles of people too ("The American Legion", "the National
    Academies"), else None. A person is seldom written "the", an adjective and one name.

    >>> lone_name_kind("Aides", None, False), lone_name_kind("Texan", None, True)
    ('unnamed', 'unnamed')
    >>> lone_name_kind("Legion", "American", True), lone_name_kind("Pike", None, False)
    ('organisation', None)
    """
    if " " in name or not name[:1].isupper() or name.isupper():
        return None
    low = name.lower()
    singular = low[:-1] if low.endswith("s") else low
    if low != singular and (singular in SOURCE_NOUNS or singular in PERSON_NOUNS):
        return "unnamed"  # "Aides", "Critics", "Pollsters": a sentence's first word, a group
    if not definite:
        return None
    role_words = (role or "").lower().split()
    if (
        role_words
        and all(w in AFFILIATIONS or w in BODY_MODIFIERS for w in role_words)
        and not all(w in PARTY_ADJECTIVES for w in role_words)  # "the Republican Pike"
    ):
        return "organisation"  # "The American Legion", "the Democratic National Convention"
    if not role_words and (low in TITLES or low in AFFILIATIONS or _DEMONYM.fullmatch(name)):
        return "unnamed"
    return None


def _lower_word_in(masked: str, low: str) -> bool:
    return re.search(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])", masked) is not None


def only_a_word(name: str, masked: str) -> bool:
    """Is a lone capitalised ``name`` ("Multiple", "Nuclear", "Wait") an ordinary English word
    that the article never writes with a capital inside a sentence, and no given name? Then it
    opened a sentence or a headline and names no one. "Rice" or "Bush", names that are words
    too, are written with their capital inside some sentence of an article about them."""
    return _remembered("only", name, masked, lambda: _only_a_word(name, masked))


def _only_a_word(name: str, masked: str) -> bool:
    low = name.lower()
    if " " in name or not name[:1].isupper() or not name[1:].islower() or low in GIVEN_NAMES:
        return False
    if low.endswith("s") and not low.endswith("ss"):
        return False  # "Environmentalists say", "Republicans said": a group
    if not is_english_word(low):
        return False
    return not _capitalised_inside(masked, name)


def _capitalised_inside(masked: str, name: str) -> bool:
    """Is ``name`` written somewhere after a lower-case word or a comma ("said Rice", "Ms. Ray
    and Rice")? A plain search, not a regular expression built for each name: it is asked of
    many words in every article."""
    at = masked.find(name)
    while at != -1:
        end = at + len(name)
        before = masked[at - 3 if at > 3 else 0 : at].rstrip()[-1:]
        after = masked[end : end + 1]
        if (before.islower() or before in (",", ";")) and not (after.isalnum() or after in ("'", "’", "-")):
            return True
        at = masked.find(name, end)
    return False


_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\u201d\"]\s*|\n\s*)$")


def _ends_a_sentence(before: str) -> bool:
    """Does ``before`` match _SENTENCE_END: empty, or a stop, colon, semicolon, closing mark or
    line break before only white space? Read from its end, not searched for at every place."""
    text = before.rstrip()
    if text and text[-1] in '.!?:;\u201d"':
        return True
    return not before or "\n" in before[len(text) :]


@functools.lru_cache(maxsize=4)
def _opening_words(masked: str) -> dict[str, str]:
    """What each lone name met at a sentence's opening in the text ``masked`` is, wherever it
    stands: "lower" (the article writes it in lower case too), "word" (``only_a_word``) or ""
    (a name). One look-up for each of its mentions, not one for each test (``_memo``)."""
    return {}


def opens_with_only_a_word(prepared: str, masked: str, name: str, start: int) -> bool:
    """Is the lone name at ``start`` a word opening a sentence, a paragraph or a line that the
    article also writes in lower case, or a dictionary word with no speech verb after it
    ("Dismayed by ...", but "Pike Says ..." keeps Pike)? The entity scan then skips it."""
    # a conditional, not max(0, ...): the builtin's call costs as much as the test, for most names
    if not _ends_a_sentence(prepared[start - 3 if start > 3 else 0 : start]):
        return False
    verdicts = _opening_words(masked)
    verdict = verdicts.get(name)
    if verdict is None:
        lower = written_lower(masked, name.lower())
        verdict = verdicts[name] = "lower" if lower else "word" if only_a_word(name, masked) else ""
    return verdict == "lower" or (
        verdict == "word" and not clauses.speaks(masked, start + len(name), headline=True)
    )


def written_lower(masked: str, low: str) -> bool:
    """Is the word ``low`` written in lower case in the text, as a word of its own?"""
    at = masked.find(low)
    while at != -1:
        end = at + len(low)
        if (at == 0 or not masked[at - 1].isalnum()) and (end >= len(masked) or not masked[end].isalnum()):
            return True
        at = masked.find(low, end)
    return False
