"""Headlines and display text in title case: "Pike Says Harbour Will Close", "Ann Pike Praised
Harbour Plan". Their capitalised verbs are not part of a name; the name ends before them.

>>> cut_headline_verb("Pike Says")
'Pike'
>>> cut_headline_verb("Ann Pike Praised Harbour Plan")
'Ann Pike'
>>> cut_headline_verb("Edward Said")  # a surname, with nothing after it
'Edward Said'
>>> cut_headline_verb("Pike Addresses Harbour Crowd")
'Pike'
>>> in_capitals("FULL TEXT"), in_capitals("FBI")
(True, False)
>>> cut_headline_lead("Tireless Rosa Okafor"), cut_headline_lead("Candidates Rosa Okafor")
('Rosa Okafor', 'Rosa Okafor')
>>> cut_headline_lead("Strom Okafor"), cut_headline_lead("Will Morgan")  # no given name left after
('Strom Okafor', 'Will Morgan')
>>> cut_headline_lead("Embattled Okafor")  # but a participle before a surname is a headline's
'Okafor'

"""

from __future__ import annotations

from quotes_api.extraction.cues import is_cue_word, simple_past
from quotes_api.extraction.lexicon import GIVEN_NAMES, TITLES
from quotes_api.extraction.lexicon.dictionary import is_english_word
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


def _any_verb(words: list[str], i: int) -> bool:
    """ "Pike Addresses Harbour Crowd": in a run with no given name and no title, a word in the
    third person ("-s") with two capitalised words or more after it is a headline's verb. A full
    name that long holds a given name ("Mayor Jonas Whitfield"); a body named with a verb has
    less after it ("Black Lives Matter", "Rockefeller Brothers Fund")."""
    word = words[i]
    return (
        0 < i < len(words) - 2  # an object of two words at least after it
        and word[:1].isupper()
        and word[1:].islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and not any(w.lower().strip(".,") in GIVEN_NAMES or w.lower().strip(".,") in TITLES for w in words)
    )


def cut_headline_verb(run: str) -> str:
    """The run up to its first capitalised speech verb after the first word, or any verb of a
    headline's, which a headline in title case holds and a name does not."""
    words = run.split(" ")
    for i in range(1, len(words)):
        if _headline_verb(words[i], i == len(words) - 1) or _any_verb(words, i):
            return " ".join(words[:i])
    return run


def in_capitals(name: str) -> bool:
    """A heading or display line in capitals ("FULL TEXT", "BREAKING NEWS"): several words, none
    in lower case. An acronym (FBI) is one word; a transcript's "ANN PIKE:" is read as the name
    the document gives before this is asked."""
    return " " in name and name.isupper()


def common_word(word: str) -> bool:
    """A capitalised word of the dictionary that is neither a given name nor a title: "Tireless",
    "Campaign", "Of", "Nominates"."""
    low = word.lower()
    return word[1:].islower() and low not in GIVEN_NAMES and low not in TITLES and is_english_word(low)


def _surname_only(word: str) -> bool:
    """A capitalised word that is no word of the dictionary, nor a plural or a possessive:
    "Okafor", not "States", "Press", "Technologies" or "Kingdom's"."""
    low = word.lower()
    return word[1:].islower() and low.isalpha() and not low.endswith("ies") and not is_english_word(low)


def cut_headline_lead(name: str) -> str:
    """The name without the words of a headline before it ("Tireless Rosa Okafor", "Campaign Of
    Rosa Okafor"): capitalised dictionary words, then a full name opening with a given name and
    holding no such word. A name with nothing but a surname after such a word ("Strom Okafor")
    is left whole, unless the word is a participle ("Embattled Okafor")."""
    words = name.split(" ")
    if len(words) == 2 and words[0].endswith("ed") and common_word(words[0]) and _surname_only(words[1]):
        return words[1]  # "Embattled Okafor": a headline's participle before a surname
    i = 0
    while i < len(words) - 2 and common_word(words[i]):
        i += 1
    if i and words[i].lower() in GIVEN_NAMES and not any(map(common_word, words[i + 1 :])):
        return " ".join(words[i:])  # not "New York Times", whose "York" is a given name too
    return name
