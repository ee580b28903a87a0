"""Is a name the subject of its clause? The mentions that "he said" most often means are the
subjects of what came before: the head of a sentence's first noun phrase, or a name a verb
follows.

>>> masked = "On Sunday, Ann Pike spoke to voters about Tom Ray."
>>> is_subject(masked, 0, masked.index("Ann"), masked.index(" spoke"))
True
>>> is_subject(masked, 0, masked.index("Tom"), masked.index("."))
False
"""

from __future__ import annotations

import re

from quotes_api.extraction.cues import cue_at, finite_forms
from quotes_api.extraction.lexicon import INTRO_WORDS, SOURCE_NOUNS, TITLES
from quotes_api.extraction.lexicon.function_words import (
    COMPARING,
    NP_GLUE_NARROW,
    PLACE_PREPOSITIONS,
    SUBJECT_PREPOSITIONS,
)
from quotes_api.extraction.lexicon.verbs import FINITE_VERBS, INVERTED_VERBS

_APPOSITION_THEN_VERB = re.compile(r"(?:,[^,.;]{0,80},)?\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?")


def is_subject(masked: str, sentence_start: int, start: int, end: int) -> bool:
    """Is the mention the subject of its clause: the head of the sentence's first noun phrase
    (after an introduction such as "On Sunday,"), or followed by a verb? Such mentions are
    what "he said" most often means."""
    if start - sentence_start > 300:
        # No sentence opens with a noun phrase that long: only a verb after it can make the
        # mention a subject. (And a long sentence is not split again for each of its names.)
        return _followed_by_verb(masked, end)
    before = masked[sentence_start:start].strip()
    words = before.split()
    dash = max((i for i, w in enumerate(words) if w in _DASHES), default=-1)
    if dash >= 0 and all(w.isupper() or w in _DASHES or not w[:1].isalpha() for w in words[:dash]):
        words = words[dash + 1 :]  # "WASHINGTON — Ann Pike doesn't ...": a dateline, then the subject
    if words and words[-1] in _INVERTED and _APPOSITION_AFTER.match(masked, end):
        return True  # "..., said Grant Wills, a former official.": the subject, after its verb
    if _WHO_SAID.match(masked, end):
        return True  # "backed by Sen. Ana Feld of Ohio, who said ...": she is the one speaking
    if before.endswith(",") and words and words[0].lower().strip(",") in INTRO_WORDS and len(words) <= 8:
        words = []
    elif before.endswith(",") and words and _OPENING_PARTICIPLE.fullmatch(words[0]) and len(words) <= 12:
        words = []  # "Asked at the quay last week, Pike told ...": a participle, then the subject
    if words and words[-1].lower() in COMPARING:
        return False  # "Like Makaeff, Roffman doesn't ...": Roffman is the subject
    if words and words[-1].lower() in SUBJECT_PREPOSITIONS and not _is_topic(masked, words, end):
        return False  # "The rise of Bannon gave ...", "Ortiz, director for Reyes, said": not Bannon, Reyes
    if all(np_word(w) for w in words) or _holds_the_view(masked, words, end):
        return True
    return _followed_by_verb(masked, end)


def _is_topic(masked: str, words: list[str], end: int) -> bool:
    """Does the name open the sentence as its topic ("As for Reyes, he ...")?"""
    # Not a place: "In Clarkston, refugees are welcome" is where, not whom it is about.
    return len(words) <= 2 and masked[end : end + 1] == "," and words[-1].lower() not in PLACE_PREPOSITIONS


def _holds_the_view(masked: str, words: list[str], end: int) -> bool:
    """Does the name close a sentence's opening "To ...," or "For ...,"? "To Harlow teacher Anna
    Berg, the vote seemed rushed": the sentence gives her view, and "she said" next is hers."""
    return 1 <= len(words) <= 8 and words[0] in ("To", "For") and masked[end : end + 1] == ","


def np_word(word: str) -> bool:
    """Can the word be part of a noun phrase naming someone ("Senator", "the", "Reyes")?"""
    bare = word.strip(",.;:").lower()
    return word[:1].isupper() or bare in TITLES or bare in SOURCE_NOUNS or bare in NP_GLUE_NARROW


def _followed_by_verb(masked: str, end: int) -> bool:
    if masked[end - 2 : end] in _POSSESSIVE or masked[end : end + 2] in _POSSESSIVE:
        return False  # "Biden rubbished Trump's claim": the claim is the noun, Trump its owner
    after = _APPOSITION_THEN_VERB.match(masked, end)
    if not after:
        return False
    if cue_at(masked, after.end()):
        return True
    word = masked[after.end() : after.end() + 20].split(" ", 1)[0]
    return word in FINITE_VERBS or (word.islower() and word.endswith("ed"))


_POSSESSIVE = ("'s", "’s")
_DASHES = ("—", "–", "--")
_APPOSITION_AFTER = re.compile(r",[ \t]+(?:a|an|the|who|[A-Z][\w.'’-]*['’]s)\b")
# "Ana Feld, the panel's ranking member, who said": a relative clause of speech after the name.
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}(?:ed|ing)")
_WHO_SAID = re.compile(
    r"(?:[ \t]+of[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*)?(?:,[^,.;]{0,80})?"
    r",[ \t]+who[ \t]+(?:said|says|told|tells|wrote|writes|added|argued|insisted)\b"
)
# Speech verbs that stand before their subject in news ("said Ann Pike"); not "told", "asked",
# whose object follows.
_INVERTED = frozenset(form for verb in INVERTED_VERBS for form in finite_forms(verb))
