"""The noun phrase that ends the words before a speech verb, read backwards, and whether a
name there is governed by a preposition or a verb rather than being the verb's subject.

Word lists, not text: :func:`quotes_api.extraction.phrases.subject_of` splits the words before
the verb and asks here where its subject starts.

>>> np_ending_here("after the vote, the party leader Ann Pike".split())
'the party leader Ann Pike'
>>> governed("she met with Ann Pike".split(), 4)
True
"""

from __future__ import annotations

import re

from quotes_api.extraction.cues import is_cue_word
from quotes_api.extraction.lexicon import NOT_NAMES, SOURCE_NOUNS, TITLES
from quotes_api.extraction.lexicon.function_words import (
    ADVERBIAL_PREPOSITIONS,
    ARTICLES,
    CLAUSE_WORDS,
    DANGLING_WORDS,
    NP_GLUE,
    POSSESSIVES,
)
from quotes_api.extraction.lexicon.people import DESCRIPTION_MODIFIERS
from quotes_api.extraction.mentions import PREPOSITIONS, looks_like_speaker
from quotes_api.extraction.sentences import FILLER

_NUMBER_OR_COMPOUND = re.compile(r"\d+|[a-z]+-[a-z-]+")


def head_before_object(words: list[str], phrase: str) -> str | None:
    """'Ann Pike's email to her supporters notes': a lower-case phrase after "to" is the
    object of the noun before it; that noun's phrase is the subject."""
    if not phrase or phrase[:1].isupper():
        return None
    k = len(words) - len(phrase.split())
    if k < 2 or words[k - 1].lower() != "to":
        return None
    head = np_ending_here(words[: k - 1])
    return head if head and looks_like_speaker(head) else None


def before_adverbial(words: list[str], phrase: str) -> str | None:
    """'Ann Pike in her opening speech called it', 'Ray during a rally thanked them': the
    phrase before the verb is an adverbial (a preposition, then a possessive or an article);
    the subject is the name before it."""
    if not phrase:
        return None
    k = len(words) - len(phrase.split())  # where the phrase starts; "opening" may stand before it
    while (
        k > 0
        and words[k].lower() not in _ADVERBIAL_DETERMINERS
        and words[k - 1].isalpha()
        and words[k - 1].islower()
        and len(words) - k < 4
    ):
        k -= 1
    if (
        k < 2
        or words[k].lower() not in _ADVERBIAL_DETERMINERS
        or words[k - 1].lower() not in ADVERBIAL_PREPOSITIONS
    ):
        return None
    inner = np_ending_here(words[: k - 1])
    return inner if inner[:1].isupper() and looks_like_speaker(inner) else None


_ADVERBIAL_DETERMINERS = POSSESSIVES | ARTICLES


def governed(words: list[str], k: int) -> bool:
    """Is the capitalised run ending at ``words[k]`` a time or the object of a preposition or
    a verb ("met with Pike in March and declared", "he'd sit Ray down and tell him"),
    so not the subject of what follows?"""
    if words[k].lower().strip(",.") in NOT_NAMES:
        return True
    j = _run_start(words, k)
    if j > 1 and words[j - 1].endswith(",") and words[j - 1][:1].isupper():
        # "visited the border in Ely, Nevada and explained": a place and its region, after a
        # preposition, are one place
        i = _run_start(words, j - 1)
        if i > 0 and words[i - 1].lower() in PREPOSITIONS:
            j = i
    before = words[j - 1] if j > 0 else ""
    if before.lower() in ARTICLES and j > 1:
        before = words[j - 2]  # "a transfer to the Harbour Council and added"
    if before.lower() in PREPOSITIONS:
        return True
    return (
        before.isalpha()
        and before.islower()
        and before not in CLAUSE_WORDS
        and before not in NP_GLUE
        and before not in DESCRIPTION_MODIFIERS
        and not is_cue_word(before)
    )


def _run_start(words: list[str], k: int) -> int:
    """Where the capitalised run ending at ``words[k]`` starts (a comma ends a run)."""
    j = k
    while j > 0 and words[j - 1][:1].isupper() and not words[j - 1].endswith(","):
        j -= 1
    return j


def np_ending_here(words: list[str]) -> str:
    """The noun phrase that ends the word list, read backwards: names, titles, role nouns,
    determiners, possessives, "of"/"for" and coordinated names ("McCaul and Kim")."""
    out: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        bare = w.strip("().,;:").lower()
        if w.endswith((",", ";", ":", FILLER)) and out:
            break
        if (
            w[:1].isupper()
            or bare in TITLES
            or bare in SOURCE_NOUNS
            or bare in NP_GLUE
            or bare.endswith(("'s", "’s"))
            or _NUMBER_OR_COMPOUND.fullmatch(bare)
        ):
            if bare in CLAUSE_WORDS and bare != "and":
                break
            out.append(w)
            continue
        if bare == "and" and out and i > 0 and words[i - 1][:1].isupper():
            out.append(w)
            continue
        if out and bare in DESCRIPTION_MODIFIERS:
            out.append(w)
            continue
        break
    while out and out[-1].strip(",").lower() in DANGLING_WORDS:
        out.pop()
    return " ".join(reversed(out)).strip(",")
