"""Headlines and display text in title case: "Pike Says Harbour Will Close", "Ann Pike Praised
Harbour Plan". Their capitalised verbs are not part of a name; the name ends before them.

>>> cut_headline_verb("Pike Says")
'Pike'
>>> cut_headline_verb("Ann Pike Praised Harbour Plan")
'Ann Pike'
>>> cut_headline_verb("Edward Said")  # a surname, with nothing after it
'Edward Said'
"""

from __future__ import annotations

from quotes_api.extraction.cues import is_cue_word, simple_past
from quotes_api.extraction.lexicon.verbs import CUE_NOUNS, NAME_LIKE_PAST_VERBS

# Past forms that are also surnames or given names ("Edward Said") are cut only when more
# capitalised words follow, as in a headline.
_PAST_IRREGULAR = frozenset(simple_past(verb) for verb in NAME_LIKE_PAST_VERBS)


def _headline_verb(word: str, last: bool) -> bool:
    low = word.lower()
    if not word[:1].isupper() or not is_cue_word(low) or low in CUE_NOUNS:
        return False
    if low.endswith("s") and not low.endswith("ss"):
        return True  # "Says", "Slams", "Warns": present tense, the mark of a headline
    return not last and (low.endswith("ed") or low in _PAST_IRREGULAR)


def cut_headline_verb(run: str) -> str:
    """The run up to its first capitalised speech verb after the first word, which a headline
    in title case holds and a name does not."""
    words = run.split(" ")
    for i in range(1, len(words)):
        if _headline_verb(words[i], i == len(words) - 1):
            return " ".join(words[:i])
    return run
