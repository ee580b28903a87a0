"""Finding who a quotation is attributed to, as written: the speaker phrase and the cue.

Works on masked text (quotations hidden, offsets kept), one quotation at a time:

- after the quote: ``"...," Wang said`` / ``"...," said Tom Becker, chief economist`` /
  ``"...", according to the White House``;
- before it, in :mod:`quotes_api.extraction.before`: ``Xie told parliament: "..."`` /
  ``Blinken said he looked forward to "..."`` / ``China ..., calling it "..."`` (a participle
  takes the sentence's subject) / ``According to the newspaper, "..."``.

This module holds the record both return, the test of a cue word used as a verb, and the
rules after the quotation.

Resolving the phrase to a canonical name is left to :mod:`quotes_api.extraction.resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes_api.extraction.coordination import split_coordination
from quotes_api.extraction.cues import (
    AS_FRAME_CUES,
    OBJECT_CUES,
    WEAK_CUES,
    Cue,
    inflections,
    is_cue_word,
    iter_cues,
)
from quotes_api.extraction.lexicon import NOT_IN_SPEAKER, PRONOUNS, verbs
from quotes_api.extraction.lexicon.function_words import (
    AUXILIARIES,
    NOUN_MARKERS,
    NOUN_PREPOSITIONS,
    OBJECT_PRONOUNS,
    PERSONAL_PRONOUNS,
    SUBJECT_LIKE,
    SUBJECT_PRONOUNS,
    TRAILERS,
)
from quotes_api.extraction.lexicon.people import STATE_NOUNS
from quotes_api.extraction.lexicon.times import TIME_NOUNS
from quotes_api.extraction.lexicon.verbs import ASPECT_VERBS, CUES_AFTER_DETERMINER, TO_INFINITIVE_CUES
from quotes_api.extraction.mentions import MODIFIER_TITLES, PREPOSITIONS, clean, looks_like_speaker
from quotes_api.extraction.model import Rule
from quotes_api.extraction.phrases import np_after, trim_aux
from quotes_api.extraction.sentences import FILLER

MAX_LEFT = 300
# Between a closing mark and its attribution: punctuation, dashes, and a stray mark left over
# from nested or doubled quotation marks (the last of three apostrophes before "said").
_LEADING = re.compile(r"[\s,;:\u2014\u2013'\u2019\"\u201d-]*")
ACCORDING = re.compile(r"according\s+to\s+", re.I)
_AS_CLAUSE = re.compile(r"(?:^|,\s+)as\s+(.+)$")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker phrase found near a quotation, and how it was found."""

    mention: str  # as written
    mention_start: int
    parts: tuple[str, ...]  # each coordinated speaker phrase ("X of Texas", "Young Kim")
    cue: str | None
    rule: Rule  # how it was found
    confidence: float


def is_verb_use(masked: str, cue: Cue) -> bool:
    """Rule out cue words used as nouns ("the report", "a call") or in names ("Says Who")."""
    word = cue.group().lower()
    if _ROLE_AFTER_CUE.match(masked, cue.end()):
        return False  # "Clinton press secretary Brian Fallon": a role noun, not the verb "press"
    if word == "state" and (
        _NOUN_AFTER_STATE.match(masked, cue.end()) or _TITLE_AFTER_STATE.match(masked, cue.end())
    ):
        return False  # "Ray's Colorado state director", "state Sen. Tom Ray": the noun "state"
    before = masked[max(0, cue.start() - 24) : cue.start()].split()
    prev = before[-1] if before else ""
    if prev.lower() in NOUN_MARKERS:
        return word.endswith("ed") or word in CUES_AFTER_DETERMINER
    if (
        len(before) > 1
        and before[-2].lower() in NOUN_PREPOSITIONS
        and prev.isalpha()
        and prev.islower()
        and prev not in PERSONAL_PRONOUNS
        and word.endswith("s")
    ):
        return False  # "the use of executive orders": a plural noun in a prepositional phrase
    if prev.lower() == "to":  # "went on to say"; not "it's safe to say", the writer's comment
        return word in TO_INFINITIVE_CUES and (len(before) < 2 or before[-2].lower() not in verbs.ASIDE_TO)
    at_start = not before or prev.endswith((".", FILLER, ":"))
    if cue.group()[0].isupper() and not at_start and not _BRAND_VERB.fullmatch(cue.group()):
        return False  # a name or title: "Says Who", "Tell City" (but "Pike, the head, Tweeted")
    if word in WEAK_CUES:
        return prev.lower() in SUBJECT_LIKE or prev[:1].isupper() or prev.endswith(",")
    # "Rubio will continue to be", "voters are expected to delay": no speech
    return not (word in _ASPECT_VERBS and _TO_INFINITIVE.match(masked, cue.end()))


# A verb named after a brand, which writers capitalise mid-sentence.
_BRAND_VERB = re.compile(r"Tweet(?:s|ed|ing)?")


# A cue word opening a compound role noun ("press secretary", "press aide").
_ROLE_AFTER_CUE = re.compile(
    r"[ \t]+(?:secretary|secretaries|aide|aides|officer|officers|office|"
    r"spokesman|spokeswoman|spokesperson|release|releases|corps|gallery)\b"
)


# "state" before a noun it qualifies: "state director", "state party officials".
_NOUN_AFTER_STATE = re.compile(rf"[ \t]+(?:{'|'.join(sorted(STATE_NOUNS))})\b")
# ... or before a capitalised title: "state Sen. Tom Ray", "state Rep. Ann Pike".
_TITLE_AFTER_STATE = re.compile(r"[ \t]+(?:Sens?|Reps?|Dels?|Senator|Representative|Treasurer|Auditor)\b")


# Cue words that, before "to" and a verb, speak of something going on or awaited, not of speech.
_ASPECT_VERBS = frozenset(form for verb in ASPECT_VERBS for form in inflections(verb))
_TO_INFINITIVE = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|[A-Z])[a-z]")


def after_quote(masked: str, at: int, limit: int, strict: bool = False) -> Attribution | None:
    """An attribution right after a quotation's closing mark, before ``limit``.

    ``strict`` is for a quotation that ends its own sentence ('..." Another advised, "...'):
    then only a short 'X said.' clause counts.
    """
    lead = _LEADING.match(masked, at, limit)
    start = lead.end() if lead else at
    window = masked[start : min(limit, start + 400)]
    acc = ACCORDING.match(window)
    if acc:
        phrase = np_after(window, acc.end())
        if phrase:
            return Attribution(
                phrase, start + acc.end(), split_coordination(phrase), "according to", Rule.ACCORDING, 0.85
            )
    for cue in iter_cues(window, 0, 160):
        if cue.group().lower() in AS_FRAME_CUES or (
            not is_verb_use(window, cue) and (cue.start() > 0 or _TITLE_AFTER_STATE.match(window, cue.end()))
        ):
            continue  # (right after the quotation, only "state Sen. Tom Ray" is surely no verb)
        # The clause is read one character past ``limit``: a quotation opening there is what
        # the verb introduces ('"caused death." Ray called Tom Lee a "liar."'), not this one.
        if strict and (
            len(_APPOSITION_AT_END.sub("", window[: cue.start()]).split()) > 6
            or not _ends_clause(masked[start : min(limit + 1, start + 401)], cue.end())
        ):
            return None
        before = trim_aux(window[: cue.start()])
        as_clause = _AS_CLAUSE.search(before)
        if as_clause:
            before = as_clause.group(1)  # '"local" grocer, as Pike's ferry skipper hinted'
        if before and cue.group().lower().endswith("ing"):
            return None  # a participle takes the main clause's subject, not the phrase before it
        if ", " in before:
            first_chunk, last_chunk = (chunk.strip() for chunk in before.rsplit(", ", 1))
            # '"in homage to" Ray, Ann Pike wrote': the quoted clause goes on to the comma
            ends_quoted_clause = _NAME_ONLY.fullmatch(first_chunk) and _NAME_ONLY.fullmatch(last_chunk)
            if last_chunk.lower() in PERSONAL_PRONOUNS or ends_quoted_clause:
                return Attribution(
                    last_chunk, start + before.rfind(last_chunk), (last_chunk,), cue.group(), Rule.AFTER, 0.9
                )
        # '," saying the city ...' is no attribution: a participle has no subject after it
        if not before and not cue.group().lower().endswith("ing"):
            phrase = inverted_speaker(window, cue)
            if phrase and (looks_like_speaker(phrase) or _is_bare_description(phrase.partition(", ")[0])):
                return Attribution(
                    phrase, start + cue.end(), split_coordination(phrase), cue.group(), Rule.INVERTED, 0.9
                )
            if cue.start() == 0 and cue.group()[0].isupper():
                continue  # "Read said." : a name that is also a verb
            return None
        if before[:1].islower() and before.split(" ", 1)[0].endswith("ing"):
            return None  # '," making air quotes.': a participle's phrase; its "quotes" is a noun
        if looks_like_speaker(before) or _describes_speaker(before, window, cue) or _word_as_name(before):
            return Attribution(before, start, split_coordination(before), cue.group(), Rule.AFTER, 0.9)
        if before.endswith(","):  # '...," an aside, said Michael Kofman, an expert'
            phrase = inverted_speaker(window, cue)
            if phrase and looks_like_speaker(phrase) and phrase.lower() not in OBJECT_PRONOUNS:
                return Attribution(
                    phrase,
                    start + cue.end(),
                    split_coordination(phrase.partition(", ")[0]),
                    cue.group(),
                    Rule.INVERTED,
                    0.85,
                )
        return None
    return None


def _word_as_name(before: str) -> bool:
    """'"...," From said': a capitalised verb or preposition alone between a quotation and its
    speech verb, in the middle of a sentence, is a surname ("Read", "From", "Down")."""
    word = before.strip()
    return (
        word[:1].isupper()
        and word.isalpha()
        and " " not in word
        and word.lower() not in NOT_IN_SPEAKER
        and (is_cue_word(word) or word.lower() in PREPOSITIONS)
    )


def inverted_speaker(text: str, cue: Cue) -> str:
    """The phrase after the cue, as its speaker ('said the mayor'); none after a verb whose
    phrase is its object ('thanked the mayor'). A name in apposition after a short phrase of
    time or place stays with it ('wrote the ambassador at the time, Tom Ray')."""
    if cue.group().lower() in OBJECT_CUES:
        return ""
    phrase = np_after(text, cue.end())
    named = (
        _NAMED_AFTER_ADVERBIAL.match(text, text.find(phrase, cue.end()) + len(phrase))
        if phrase[:1].islower()
        else None
    )
    if named is not None:
        name = named.group(2)
        if name.endswith(".") and not _ABBREVIATED_END.search(name):
            name = name[:-1]  # the sentence's full stop
        if looks_like_speaker(name):
            return clean(phrase + named.group(1) + name)
    return phrase


# ", the head of the Harbour Group, " before the verb: an apposition, not more of a clause
_APPOSITION_AT_END = re.compile(r",[^,;:.\ue000]{1,80},\s*$")
_NAME_ONLY = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
_ABBREVIATED_END = re.compile(r"\b(?:Jr|Sr|[A-Z])\.$")
# " at the time, Tom Ray." / " in the region, Ann Pike," after a description
_NAMED_AFTER_ADVERBIAL = re.compile(
    r"(\s+(?:at|in|on|during)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?,\s+)"
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)(?=\s*[,.;]|\s*$)"
)


def _describes_speaker(before: str, window: str, cue: Cue) -> bool:
    """'"...," the moderator said': a description of someone, in the lower case that goes on
    the quotation's sentence, right before its verb, speaks, whatever the noun. A verb with
    'by' after it is a participle ('a film directed by'), and a description with a preposition
    in it is more than a speaker ('a reference to drones that')."""
    words = before.lower().split()
    if not words:
        return False
    head = words[-1]
    return bool(
        before[:1].islower()
        and _DESCRIPTION.fullmatch(before)
        and head not in MODIFIER_TITLES  # "the former said"
        and head not in PRONOUNS
        and head not in TIME_NOUNS  # "the next day he said"
        and not PREPOSITIONS.intersection(before.lower().split())
        and not _BY.match(window, cue.end())
    )


_BY = re.compile(r"\s+by\b")
_DESCRIPTION = re.compile(r"(?:a|an|the|one|another)\s+[\w-]+(?:\s+[\w-]+){0,4}", re.I)


def _is_bare_description(phrase: str) -> bool:
    """'said the moderator', but not 'said the candidate could win': a description with an
    auxiliary in it is the subject of a reported clause, not the one who spoke."""
    return bool(_DESCRIPTION.fullmatch(phrase)) and not AUXILIARIES.intersection(phrase.lower().split())


_INTRODUCES_NEXT = re.compile(r"[^.,;:" + FILLER + r"]{0,40}[,:]\s*" + FILLER)


def _ends_clause(window: str, at: int) -> bool:
    """Does the cue end its clause ('the senior envoy added.', 'Smith said as he left'),
    rather than take an object of its own ('Sanders called Trump a liar')?"""
    clause = window[at:].split(".")[0].split(",")[0]
    rest = clause.split()
    if any(w.startswith(FILLER) for w in rest) or (rest and rest[-1].lower() == "that"):
        return False  # 'He writes that "...": the cue introduces the quotation after it
    if clause.rstrip().endswith(":"):
        return False  # '"..." Tom Ray disagreed: "...": so does a colon after it
    if _INTRODUCES_NEXT.match(window, at):
        return False  # '"..." Ray then writes back, "...": the verb introduces the next quotation
    if _TOLD.search(window, 0, at):
        # '"...?" Ray told Eastland's ETV in an interview aired Monday', '"...?" Todd asked the
        # mayor.': past the one told or asked
        k = next((k for k, w in enumerate(rest) if w.lower() in _AFTER_VERB), len(rest))
        rest = rest[k:] if k <= 4 else rest
    if rest and rest[0].lower() not in TRAILERS and SUBJECT_PRONOUNS.intersection(w.lower() for w in rest):
        return False  # '"..." Ann Pike said Wednesday she wants an inquiry': a clause of its own
    return len(rest) <= 3 or rest[0].lower() in _AFTER_VERB


# Words that open what may follow a closing 'X said': a time, a place, a circumstance, a topic
# ('"..." Lichtman said about Ray's effort to ...').
_AFTER_VERB = TRAILERS | {"about"}
_TOLD = re.compile(r"\b(?:told|tells|asked|asks)$", re.I)
