"""English words, from a maintained word list (PyPI's ``english-words``, its "web2" list): a
capitalised word that is only a dictionary word ("Multiple", "Nuclear", "Wait") opened a
sentence or a headline; it names no one.

The list writes proper nouns with a capital ("Jackson"), so its lower-case entries are ordinary
words; some are surnames too ("pike", "read"), which the rules using it guard against. Loaded
on first use (a tenth of a second), not on import.

>>> is_english_word("multiple"), is_english_word("spurns"), is_english_word("dunmore")
(True, True, False)
"""

from __future__ import annotations

import functools


@functools.cache
def _words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


def _stems(word: str) -> tuple[str, ...]:
    """The word and what it may be inflected from: "spurns" → spurn, "chances" → chance,
    "dismayed" → dismay."""
    stems = [word]
    if word.endswith("s"):
        stems += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    if word.endswith("ed"):
        stems += [word[:-2], word[:-1]]
    return tuple(stems)


def is_english_word(word: str) -> bool:
    """Is the lower-case ``word``, or the word it is inflected from, in the dictionary?"""
    words = _words()
    return any(stem in words for stem in _stems(word))
