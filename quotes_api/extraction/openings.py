"""How a sentence opens: past its introduction ("At a rally in Ames, Iowa, on Sunday,", a
dateline, "Just last week,") to the noun phrase that is its subject.

>>> sentence_subject("At a rally in Ames, Iowa, on Sunday, Ann Pike spoke")[2]
('Ann Pike',)
>>> sentence_subject("HARLOW \u2015 Her senior policy adviser, Dana Holt, said")[2]
('Dana Holt',)
"""

from __future__ import annotations

import functools
import re

from quotes_api.extraction.coordination import split_coordination
from quotes_api.extraction.lexicon import INTRO_WORDS, NOT_IN_SPEAKER, PLACES, SOURCE_NOUNS, TITLES
from quotes_api.extraction.lexicon.dictionary import is_english_word
from quotes_api.extraction.lexicon.function_words import (
    ADVERBIAL_PREPOSITIONS,
    ARTICLES,
    ARTICLES_AND_OF,
    BEFORE_ADVERBIAL_PARTICIPLE,
    COORDINATORS,
    DETERMINERS_AND_OF,
    PERSONAL_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    QUANTIFIERS,
)
from quotes_api.extraction.lexicon.times import TIME_NOUNS, TIME_SHIFTS
from quotes_api.extraction.mentions import NAME_RUN, looks_like_speaker
from quotes_api.extraction.model import Rule

_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d)$")
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'\- ]{2,}(?:,\s*[A-Z][\w. ]+)?\s*(?:\([^)]*\)\s*)?"
    r"[\u2015\u2014\u2013-]+\s*"
)
# "Washington (AFP) –", its agency perhaps removed: a dateline in ordinary case, when the
# words before the dash name a place.
_CASED_DATELINE = re.compile(
    r"\s*([A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,3})(?:,\s*[A-Z][\w. ]+)?\s*(?:\([A-Z][\w. ]{0,20}\)\s*)?"
    r"[\u2015\u2014\u2013]+\s*"
)
# "Ames, Iowa," or "Portsmouth, N.H.,": the place that ends an introduction, not a subject.
_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}\.(?:[A-Z]\.)?")


def sentence_subject(text: str) -> tuple[str, int, tuple[str, ...], Rule] | None:
    """The leading noun phrase of the sentence, past an introduction ("On Tuesday, ...").

    An apposition naming a described subject wins over the description ("The Rovers'
    manager, Colin Frayne, called ..." → Colin Frayne). Conjuncts joined by ", and" each give
    a speaker ("McCaul of Texas, chair of ..., and Kim of California, who heads ...").
    """
    dateline = _DATELINE.match(text)  # "WASHINGTON — Sen. Ann Pike said"
    if dateline is None and (cased := _CASED_DATELINE.match(text)) is not None and _is_place(cased[1]):
        dateline = cased
    start = dateline.end() if dateline else 0
    chunks = [(m.start(), m.group()) for m in re.finditer(r"[^,]+", text[start:])]
    chunks = [(offset + start, chunk) for offset, chunk in chunks]
    parts: list[tuple[int, str]] = []
    k = 0
    intro = False
    while k < len(chunks) and not parts:
        offset, chunk = chunks[k]
        words = chunk.split()
        k += 1
        if not words:
            continue
        while (words[0].lower() in COORDINATORS or words[0].lower() == "then") and len(words) > 1:
            first = _FIRST_WORD.match(chunk)  # "But Sen. Durbin, noting ..., said", "And then Ray went"
            assert first is not None  # two words or more: a word, then white space
            skip = first.end()
            offset, chunk, words = offset + skip, chunk[skip:], words[1:]
        if (
            words[0].lower() in INTRO_WORDS
            or _adverb_then_participle(words)
            or _adverb_then_preposition(words)
            or _time_shift(words)
            or (k < len(chunks) and _participle_phrase(words))
        ):
            intro = True
            continue  # "On Tuesday", "In a statement", "Hastily leaving the room"
        if intro and k < len(chunks) and _is_place(chunk):
            continue  # the "Kent" of "At a fair in Deal, Kent, last week,"
        intro = False
        np = _leading_np(words)
        if not np:
            return None
        parts.append(_placed(chunk, offset, np))
        # Only a noun phrase that is its whole chunk has an apposition after the comma: in
        # "she visited the border in Ely, Nevada" the name after it ends a place.
        if not NAME_RUN.search(np.split()[-1]) and k < len(chunks) and len(np.split()) == len(words):
            nxt_offset, nxt = chunks[k]
            name = nxt.strip()
            if NAME_RUN.fullmatch(name) and looks_like_speaker(name):
                parts[0] = _placed(nxt, nxt_offset, name)
                k += 1
    if not parts:
        return None
    for offset, chunk in chunks[k:]:
        words = chunk.split()
        if len(words) > 1 and words[0].lower() == "and":
            np = _leading_np(words[1:])
            if np and NAME_RUN.match(np):
                parts.append(_placed(chunk, offset, np))
    start = parts[0][0]
    end = parts[-1][0] + len(parts[-1][1])
    speakers = tuple(name for _, p in parts for name in split_coordination(p))
    return text[start:end], start, speakers, Rule.SUBJECT


_FIRST_WORD = re.compile(r"\s*\S+\s+")


@functools.lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The phrase's words with any run of spaces between them, compiled once: the same speakers
    come back through a document and across documents, and compiling took more time than
    matching (``re``'s own cache of 512 patterns is shared with everything else)."""
    return re.compile(r"\s+".join(re.escape(w) for w in phrase.split()))


def find_phrase(text: str, phrase: str, last: bool = False) -> tuple[int, str] | None:
    """Where ``phrase``, rebuilt from words joined by single spaces, stands in ``text`` (whose
    spaces may be doubled or line breaks), and as written there; the last place if ``last``."""
    found = None
    for m in _phrase_pattern(phrase).finditer(text):
        found = (m.start(), m.group())
        if not last:
            break
    return found


def _placed(chunk: str, offset: int, phrase: str) -> tuple[int, str]:
    """The phrase's offset in the whole text and its words as written there."""
    at, written = find_phrase(chunk, phrase) or (max(chunk.find(phrase.split()[0]), 0), phrase)
    return offset + at, written


def _adverb_then_participle(words: list[str]) -> bool:
    """ "Hastily politicizing ...", "Visibly shaken by ...", "Alarmed by ...": an
    introduction, not a name."""
    if len(words) > 1 and words[0].endswith("ed") and words[1] == "by":
        return True
    return (
        len(words) > 1
        and words[0].endswith("ly")
        and words[1].islower()
        and words[1].endswith(("ing", "ed", "en"))
    )


def _adverb_then_preposition(words: list[str]) -> bool:
    """ "Early in his campaign,", "Immediately after the storm,": an adverb of time before a
    preposition introduces the sentence."""
    return (
        len(words) > 1
        and bool(_TIME_ADVERB.fullmatch(words[0]))
        and words[1].lower() in ADVERBIAL_PREPOSITIONS | BEFORE_ADVERBIAL_PARTICIPLE
    )


_TIME_ADVERB = re.compile(r"Early|[A-Z][a-z]+ly")


def _participle_phrase(words: list[str]) -> bool:
    """ "Appearing before supporters,", "Adopting the plan,": a participle and its object or
    place, before the comma that the subject follows, introduce the sentence."""
    first = words[0]
    return (
        len(words) > 1
        and len(first) > 5
        and first.endswith("ing")
        and first[1:].islower()
        and words[1].lower() in PREPOSITIONS | ARTICLES | POSSESSIVES
        and _verb_stem_known(first.lower()[:-3])
    )


def _verb_stem_known(stem: str) -> bool:
    """Is ``stem`` (a word less its -ing) a dictionary verb: "appear", "giv(e)", "runn" → "run"?"""
    doubled = len(stem) > 2 and stem[-1] == stem[-2]
    return is_english_word(stem) or is_english_word(stem + "e") or (doubled and is_english_word(stem[:-1]))


def _time_shift(words: list[str]) -> bool:
    """ "A month later,", "Two years ago,": a time phrase that introduces the sentence."""
    return (
        len(words) <= 4
        and words[-1].lower() in TIME_SHIFTS
        and any(w.lower().rstrip("s") in TIME_NOUNS for w in words[:-1])
    )


def _is_place(chunk: str) -> bool:
    place = chunk.strip()
    return place.lower() in PLACES or bool(_STATE_ABBREVIATION.fullmatch(place))


_AGE = re.compile(r"\d+-year-old")  # "81-year-old Parker Eaton"


# "the", "her", and the quantifiers of a described source: "One early supporter, Ann Pike,"
_ROLE_DETERMINERS = DETERMINERS_AND_OF | QUANTIFIERS | {"one"}


def _modifies_a_role(words: list[str], i: int, out: list[str]) -> bool:
    """Is this lower-case word part of a compound role after a determiner ("her senior policy
    adviser", "the campaign finance director"): a lower-case title or source noun follows
    within two words, before any comma?"""
    if not out:
        return False
    if out[-1].lower() not in _ROLE_DETERMINERS and not out[-1].islower():
        return _names_after_role(words, i)  # "The Slate technology columnist Tom Ray"
    for w in words[i + 1 : i + 3]:
        bare = w.strip(".,;:()")
        if not bare.isalpha() or not bare.islower() or bare in DETERMINERS_AND_OF or bare in NOT_IN_SPEAKER:
            return False
        if bare in TITLES or bare in SOURCE_NOUNS:
            return True
        if w.endswith(","):
            return False
    return False


def _names_after_role(words: list[str], i: int) -> bool:
    """After a capitalised modifier, is the lower-case word at ``i`` followed by a role noun
    and then a capitalised name ("Slate technology columnist Tom Ray")?"""
    following = [w.strip(".,;:()") for w in words[i + 1 : i + 3]]
    return (
        len(following) == 2
        and words[i].isalpha()
        and words[i].islower()
        and not words[i].endswith("ed")  # "Mr. Carson endorsed Mr. Trump": a verb
        and following[0].islower()
        and following[0] in TITLES
        and following[1][:1].isupper()
        and not words[i + 1].endswith(",")
    )


def _leading_np(words: list[str]) -> str | None:
    """The noun phrase at the start of a clause: names, titles, determiners, role nouns."""
    out: list[str] = []
    for i, w in enumerate(words):
        bare = w.strip(".,;:()").lower()
        if not out and (bare.endswith("ing") or _CONTRACTION.search(bare)):
            return None  # "Adopting the recommendations, the board ruled"; "I'm"
        joins_names = out and out[-1][:1].isupper() and i + 1 < len(words) and words[i + 1][:1].isupper()
        if bare == "and" and joins_names:
            out.append(w)  # "Felix Amundsen and Sara Holm"
            continue
        if not out and bare in PERSONAL_PRONOUNS:
            return w
        if (
            w[:1].isupper()
            or bare in DETERMINERS_AND_OF
            or bare in TITLES
            or bare in SOURCE_NOUNS
            or _modifies_a_role(words, i, out)
            or _AGE.fullmatch(bare)
        ):
            if bare in NOT_IN_SPEAKER and out:
                break
            out.append(w)
            continue
        break
    while out and out[-1].lower().strip(",.") in ARTICLES_AND_OF:
        out.pop()
    phrase = " ".join(out).strip(",")
    return phrase if phrase and looks_like_speaker(phrase) else None
