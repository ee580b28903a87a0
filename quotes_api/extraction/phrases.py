"""Noun phrases around a speech verb: who is its subject, and what follows it.

Pure string work over masked text (quotations hidden): no knowledge of the document's
entities, which :mod:`quotes_api.extraction.resolve` brings later.

>>> subject_of("Tom Becker, chief economist at Harlow Bank, ", 44)[2]
('Tom Becker',)
"""

from __future__ import annotations

import functools
import re

from quotes_api.extraction.appositions import name_before_apposition, owner_before_comma
from quotes_api.extraction.coordination import split_coordination
from quotes_api.extraction.lexicon.function_words import (
    ADVERBIAL_PHRASES,
    ARTICLES,
    AUX_AND_ADVERBS,
    PERSONAL_PRONOUNS,
    POSSESSIVES,
    REFLEXIVES,
    TIME_LEADERS,
    VERB_LINKS,
)
from quotes_api.extraction.lexicon.times import DATE_WORDS
from quotes_api.extraction.mentions import clean, looks_like_speaker, parse_mention
from quotes_api.extraction.model import Rule
from quotes_api.extraction.np_ending import before_adverbial, governed, head_before_object, np_ending_here
from quotes_api.extraction.openings import find_phrase, sentence_subject
from quotes_api.extraction.sentences import FILLER, abbreviation_ends_at

PARENTHESES = re.compile(r"\([^()]{0,40}\)")
_PARTICIPLE = re.compile(r"[A-Za-z]+ing\b")
_DASH_PAIR = re.compile(r"\s(?:--|[\u2014\u2013])\s")
_POSSESSIVE_END = re.compile(r"\w(?:['’]s|s['’])$")
_NP_END = re.compile(
    r"[.;:!?]|\s+(?:who|which|whose|as|while|when)\s|"
    r",\s+(?:who|which|whose|in|on|at|during|after|before|adding|saying|"
    r"noting|while|when|as|but|and)\b|\s+(?:that|in|on|at|during|after|before|"
    r"about|of)\s+(?![A-Z])|\s+to\s+|$"
)


# Adverbials of several words that stand between a subject and its verb ("has in the past
# described"), matched on the last words.
_ADVERBIAL_PHRASES = {p[-1]: p for p in ADVERBIAL_PHRASES}


@functools.lru_cache(maxsize=65536)  # the same phrases recur across quotations
def trim_aux(text: str) -> str:
    """Drop what stands between a subject and its verb: auxiliaries, adverbs and times
    ("has also", "later Thursday", "on Friday evening", "has in the past")."""
    words = text.split()
    while words:
        phrase = _ADVERBIAL_PHRASES.get(words[-1].lower())
        if phrase and tuple(w.lower() for w in words[-len(phrase) :]) == phrase:
            del words[-len(phrase) :]
            continue
        last = words[-1].lower().strip(",")
        if words[-1].endswith(","):
            break  # a clause ends here: "... on Tuesday, calling it"
        if len(words) == 1 and words[0] in ("Will", "May"):
            break  # '"...," Will urged': alone and capitalised, a surname, not a modal verb
        if last in AUX_AND_ADVERBS or last in DATE_WORDS or (last.endswith("ly") and words[-1][0].islower()):
            words.pop()
        elif (
            last in TIME_LEADERS
            and len(words) > 1
            and words[-1][0].islower()
            and DATE_WORDS & {w.lower().strip(",") for w in text.split()[-3:]}
        ):
            words.pop()  # the "on" of "on Friday", once "Friday" is gone
        else:
            break
    return " ".join(words)


def np_after(window: str, at: int) -> str:
    """The noun phrase starting at ``at``: up to the end of the clause, one apposition kept."""
    rest = window[at:].lstrip()
    # "(D-Va.)" and "Mr." do not end the phrase: "said Cllr. Ann Pike (D-Va.), whose"
    bare = PARENTHESES.sub(lambda m: " " * len(m.group()), rest)
    end = _NP_END.search(bare)
    while end and bare[end.start() : end.start() + 1] == "." and abbreviation_ends_at(bare, end.start()):
        end = _NP_END.search(bare, end.end())
    head = rest[: end.start()] if end else rest
    return clean(head)


# "As Ann Pike, a professor of law, put it": the name the "as" clause opens with, before its
# apposition, is the subject of the verb that closes it.
# The apposition may end in a quoted title that took the comma inside its marks ('author of
# "The Charter," put it').
_AS_NAME = re.compile(
    r"(?:^|[,;:\u2014]\s*)[Aa]s\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),[^,;:]*(?:,|" + FILLER + r")$"
)


def subject_of(left: str, cue_at: int) -> tuple[str, int, tuple[str, ...], Rule] | None:
    """The subject of the verb at ``cue_at``: the phrase right before it, or, after an
    apposition or a participle ("..., calling it"), the sentence's own subject."""
    found = _subject_of(left, cue_at)
    if found is not None:
        found = name_before_apposition(left, found) or found  # "Ann Pike, the mayor of Ely said"
    if found is None or left[found[1] : found[1] + len(found[0])] == found[0]:
        return found
    # The rules read words joined by single spaces; find the phrase as the text writes it.
    phrase, _, parts, rule = found
    placed = find_phrase(left[:cue_at], phrase, last=True)
    return (placed[1], placed[0], parts, rule) if placed else None


def _subject_of(left: str, cue_at: int) -> tuple[str, int, tuple[str, ...], Rule] | None:
    pre = PARENTHESES.sub(lambda m: " " * len(m.group()), left[:cue_at]).rstrip()
    if pre.endswith(("--", "\u2014", "\u2013")):
        # "A former candidate -- Tom Ray, who lost -- said": dashes set off an apposition as
        # commas do (same length, so offsets hold)
        pre = _DASH_PAIR.sub(lambda m: "," + " " * (len(m.group()) - 1), pre + " ").rstrip()
    trimmed = trim_aux(pre)
    named = _AS_NAME.search(trimmed) if trimmed.endswith((",", FILLER)) else None
    if named and looks_like_speaker(named.group(1)):
        return named.group(1), named.start(1), split_coordination(named.group(1)), Rule.BEFORE
    # A quotation before the verb took the comma inside its marks: 'needled the "reporter,"
    # saying', 'Ann Pike, star of "Harbour," thanked'
    if not trimmed or trimmed.endswith((",", "\u2014", "\u2013", FILLER)):
        # "..., while Tom Dyke, the former governor, proposed"; a participle ("..., saying")
        # takes the sentence's subject instead
        participle = _PARTICIPLE.match(left, cue_at) is not None
        owner = None if participle else owner_before_comma(trimmed)
        if owner is not None:
            return owner
        found = sentence_subject(trimmed.rstrip(",\u2014\u2013 "))
        if found is not None and trimmed.endswith(FILLER) and not participle and not _names(found[2]):
            return None  # 'The new ad, titled "Harbour Days," concludes': left to the description rules
        return found
    words = trimmed.split()
    if len(words) > 2 and words[-1].lower() == "to":
        # "Mr. Ray was moved to reply": the subject of the verb the infinitive hangs on
        k = len(words) - 2
        while (
            k > 0
            and words[k][:1].islower()
            and words[k].lower() not in PERSONAL_PRONOUNS
            and len(words) - k < 5
        ):
            k -= 1
        if k == len(words) - 2 and words[k][:1].isupper() and governed(words, k):
            # "would like Tom Ray to explain", "urged Ray to call it": the name is the object of
            # the verb the infinitive hangs on; the words are its subject's account
            return sentence_subject(" ".join(words[: k + 1]))
        words = words[: k + 1]
        trimmed = " ".join(words)
    if len(words) > 1 and words[-1].lower() in VERB_LINKS:
        # "he laughed and said": the subject stands before the first verb
        # "..., and suggested": a new verb phrase of the sentence's own subject
        k = len(words) - 2
        while (
            k > 0
            and words[k][:1].islower()
            and words[k].lower() not in PERSONAL_PRONOUNS
            and not words[k].endswith(",")
            and len(words) - k < 4
        ):
            k -= 1
        if (
            _POSSESSIVE_END.search(words[k])
            and k > 1
            and words[k - 1].isalpha()
            and words[k - 1].islower()
            and words[k - 1] not in ARTICLES | POSSESSIVES
        ):
            # "Ray denounced Lund's tests and pledged": the owner of the object is no subject;
            # the subject of the verb before it is
            return _subject_of(trimmed, len(" ".join(words[: k - 1])) + 1)
        if (
            words[k].endswith(",")
            or not (words[k].lower() in PERSONAL_PRONOUNS or words[k][:1].isupper())
            or governed(words, k)
        ):
            return sentence_subject(" ".join(words[: k + 1]).rstrip(","))
        if words[k].lower() in PERSONAL_PRONOUNS or words[k][:1].isupper():
            words = words[: k + 1]
            trimmed = " ".join(words)
    if words[-1].lower() in PERSONAL_PRONOUNS:
        return words[-1], len(trimmed) - len(words[-1]), (words[-1],), Rule.BEFORE
    if words[-1] == "who" and len(words) > 1:
        words = words[:-1]  # "Sanders, who says it's ...": who stands for the name before it
        words[-1] = words[-1].rstrip(",")
        trimmed = trimmed[: trimmed.rfind(" who")].rstrip(",")
    if len(words) > 1 and words[-1].lower() in REFLEXIVES and words[-2][:1].isupper():
        words = words[:-1]  # "Ray himself acknowledged": Ray
        trimmed = trimmed[: trimmed.rfind(" ")]
    phrase = np_ending_here(words)
    phrase = before_adverbial(words, phrase) or phrase  # "Trump in his speech called"
    phrase = head_before_object(words, phrase) or phrase  # "Pike's email to her supporters notes"
    if phrase and looks_like_speaker(phrase):
        offset = trimmed.rfind(phrase)
        return phrase, offset, split_coordination(phrase), Rule.BEFORE
    return None


def _names(parts: tuple[str, ...]) -> bool:
    return all(parse_mention(part).kind in ("person", "organisation") for part in parts)
