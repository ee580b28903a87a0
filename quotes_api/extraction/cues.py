"""The cue lexicon: verbs and phrases that introduce speech or a stated attitude.

Every verb is listed once by its base form; all inflections (said, says, saying, has said)
come from :func:`inflections`, so adding a verb is one word.

>>> sorted(inflections("say"))
['said', 'say', 'saying', 'says']
>>> [c.group() for c in find_cues("He went on to say, as she told Reuters, that")]
['went on to say', 'told']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotes_api.extraction.lexicon.verbs import (
    IRREGULAR,
    OBJECT_VERBS,
    PHRASES,
    SPEECH_VERBS,
    STRESSED_LAST,
    WEAK_CUES,
)

__all__ = [
    "AS_FRAME_CUES",
    "CUE_WORDS",
    "OBJECT_CUES",
    "PHRASES",
    "SPEECH_VERBS",
    "WEAK_CUES",
    "Cue",
    "cue_at",
    "find_cues",
    "finite_forms",
    "inflections",
    "is_cue_word",
    "simple_past",
]

# A one-syllable verb ending in one vowel and one consonant doubles that consonant (slam →
# slammed, snap → snapping), as do the longer ones of STRESSED_LAST (admit → admitted).
_CVC = re.compile(r"(?:qu|[^aeiou])*[aeiou][^aeiouwxy]")


def inflections(verb: str, participles: bool = True) -> set[str]:
    """The base form and its -s, -ed and -ing forms, regular or not; with ``participles=False``,
    an irregular verb's simple past only ("wrote", not "written").

    >>> sorted(inflections("echo"))
    ['echo', 'echoed', 'echoes', 'echoing']
    >>> sorted(inflections("snap"))
    ['snap', 'snapped', 'snapping', 'snaps']
    >>> sorted(inflections("write", participles=False))
    ['write', 'writes', 'writing', 'wrote']
    """
    pasts = _pasts(verb)
    return {verb, _third_person(verb), _present_participle(verb), *(pasts if participles else pasts[:1])}


def finite_forms(verb: str) -> set[str]:
    """The -s form and the simple past: the forms that are a clause's finite verb.

    >>> sorted(finite_forms("say"))
    ['said', 'says']
    """
    return {_third_person(verb), simple_past(verb)}


def simple_past(verb: str) -> str:
    """The simple past, never the participle.

    >>> simple_past("write"), simple_past("snap")
    ('wrote', 'snapped')
    """
    return _pasts(verb)[0]


def _stem(verb: str) -> str:
    """The stem of -ed and -ing: a last consonant doubled where English doubles it."""
    return verb + verb[-1] if _CVC.fullmatch(verb) or verb in STRESSED_LAST else verb


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z")) or (verb.endswith("o") and verb[-2:-1] not in "aeiou"):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _pasts(verb: str) -> tuple[str, ...]:
    """The simple past, then the past participle where it differs."""
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb.endswith("e"):
        return (verb + "d",)
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return (verb[:-1] + "ied",)
    return (_stem(verb) + "ed",)


def _present_participle(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return _stem(verb) + "ing"


CUE_WORDS: frozenset[str] = frozenset(form for verb in SPEECH_VERBS for form in inflections(verb))

OBJECT_CUES: frozenset[str] = frozenset(form for verb in OBJECT_VERBS for form in inflections(verb))

# "refer" cues a quotation only in the frame 'referred to X as "..."'; "he referred to the
# "New Class"" names a thing, and "the case was referred to" is no speech at all.
AS_FRAME_CUES: frozenset[str] = frozenset(inflections("refer"))

_phrase_alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(PHRASES, key=len, reverse=True))
_PHRASE_RE = re.compile(rf"(?:{_phrase_alt})\b", re.IGNORECASE)
_PHRASE_STARTS = frozenset(p.split()[0] for p in PHRASES)
_WORD = re.compile(r"[A-Za-z]+")
_CANDIDATES = _PHRASE_STARTS | CUE_WORDS  # the words a cue can open with


class Cue:
    """A cue found in text: the same small interface as a regular-expression match."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """Every cue in ``text[start:end]``, in order.

    A word scan with set look-ups rather than one regular expression of a thousand
    alternatives: several times faster, and linear in the text.
    """
    return list(iter_cues(text, start, end))


def iter_cues(text: str, start: int = 0, end: int | None = None) -> Iterator[Cue]:
    """The cues of :func:`find_cues`, one at a time: a caller that wants the first fitting
    cue (the verb right after a quotation, most often its second word) stops the scan there."""
    end = len(text) if end is None else end
    inside = start  # the end of the last phrase found: its words are not cues again
    for m in _WORD.finditer(text, start, end):
        word = m.group().lower()
        if word not in _CANDIDATES or m.start() < inside:
            continue  # most words of a sentence: one look-up, and on to the next
        cue = _cue_of_word(text, m, word, end)
        if cue is not None:
            inside = cue.end()
            yield cue


def _cue_of_word(text: str, m: re.Match[str], word: str, end: int) -> Cue | None:
    """The cue that the word ``m`` (``word`` in lower case, one of ``_CANDIDATES``) opens: a
    phrase read up to ``end``, or the verb itself."""
    if word in _PHRASE_STARTS:
        phrase = _PHRASE_RE.match(text, m.start(), end)
        if phrase:
            return Cue(phrase.start(), phrase.end(), phrase.group())
    if word in CUE_WORDS and not _in_compound(text, m.start(), m.end()):
        # "in-state", "state-run", "tell-all": a part of a compound is no verb
        return Cue(m.start(), m.end(), m.group())
    return None


def _in_compound(text: str, start: int, end: int) -> bool:
    """Is the word at ``start``..``end`` joined to a letter by a hyphen ("in-state")?"""
    return (start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()) or (
        text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()
    )


def cue_at(text: str, at: int) -> Cue | None:
    """The cue starting exactly at ``at``, if any."""
    m = _WORD.match(text, at)
    if not m:
        return None
    # Only the word at ``at`` can open such a cue: the words after it need not be read.
    word = m.group().lower()
    return _cue_of_word(text, m, word, m.end() + 40) if word in _CANDIDATES else None


def is_cue_word(word: str) -> bool:
    """Is ``word`` (any case) an inflection of a speech verb?"""
    return word.lower() in CUE_WORDS
