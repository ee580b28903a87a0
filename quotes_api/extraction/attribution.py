"""Finding who a quotation is attributed to, as written: the speaker phrase and the cue.

Works on masked text (quotations hidden, offsets kept), one quotation at a time:

- after the quote: ``"...," Wang said`` / ``"...," said Tom Becker, chief economist`` /
  ``"...", according to the White House``;
- before it: ``Xie told parliament: "..."`` / ``Blinken said he looked forward to "..."`` /
  ``China ..., calling it "..."`` (a participle takes the sentence's subject) /
  ``According to the newspaper, "..."``.

Resolving the phrase to a canonical name is left to :mod:`quotes_api.extraction.resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from quotes_api.extraction.appositions import in_closed_relative
from quotes_api.extraction.coordination import split_coordination
from quotes_api.extraction.cues import (
    AS_FRAME_CUES,
    OBJECT_CUES,
    WEAK_CUES,
    Cue,
    find_cues,
    finite_forms,
    inflections,
    is_cue_word,
)
from quotes_api.extraction.lexicon import NOT_IN_SPEAKER, PRONOUNS
from quotes_api.extraction.lexicon.function_words import (
    AUXILIARIES,
    BEFORE_ADVERBIAL_PARTICIPLE,
    NOUN_MARKERS,
    OBJECT_PRONOUNS,
    OPENS_A_CLAUSE,
    PERSONAL_PRONOUNS,
    SUBJECT_LIKE,
    SUBJECT_PRONOUNS,
    TRAILERS,
)
from quotes_api.extraction.lexicon.times import TIME_NOUNS
from quotes_api.extraction.lexicon.verbs import (
    ASPECT_VERBS,
    CUES_AFTER_DETERMINER,
    PARENTHETICAL_VERBS,
    REPORTING_VERBS,
    TO_INFINITIVE_CUES,
)
from quotes_api.extraction.mentions import MODIFIER_TITLES, PREPOSITIONS, looks_like_speaker
from quotes_api.extraction.model import Rule
from quotes_api.extraction.openings import sentence_subject
from quotes_api.extraction.phrases import np_after, subject_of, trim_aux
from quotes_api.extraction.sentences import FILLER

MAX_LEFT = 300
# Between a closing mark and its attribution: punctuation, dashes, and a stray mark left over
# from nested or doubled quotation marks (the last of three apostrophes before "said").
_LEADING = re.compile(r"[\s,;:\u2014\u2013'\u2019\"\u201d-]*")
_ACCORDING = re.compile(r"according\s+to\s+", re.I)
_AS_BEFORE_QUOTE = re.compile(r"\bas(?:\s+(?:a|an|the))?\s*$", re.I)
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
    before = masked[max(0, cue.start() - 24):cue.start()].split()
    prev = before[-1] if before else ""
    if prev.lower() in NOUN_MARKERS:
        return word.endswith("ed") or word in CUES_AFTER_DETERMINER
    if prev.lower() == "to":
        return word in TO_INFINITIVE_CUES
    at_start = not before or prev.endswith((".", FILLER, ":"))
    if cue.group()[0].isupper() and not at_start:
        return False  # a name or title: "Says Who", "Tell City"
    if word in WEAK_CUES:
        return prev.lower() in SUBJECT_LIKE or prev[:1].isupper() or prev.endswith(",")
    # "Rubio will continue to be", "voters are expected to delay": no speech
    return not (word in _ASPECT_VERBS and _TO_INFINITIVE.match(masked, cue.end()))


# A cue word opening a compound role noun ("press secretary", "press aide").
_ROLE_AFTER_CUE = re.compile(r"[ \t]+(?:secretary|secretaries|aide|aides|officer|officers|office|"
                             r"spokesman|spokeswoman|spokesperson|release|releases|corps|gallery)\b")


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
    window = masked[start:min(limit, start + 400)]
    acc = _ACCORDING.match(window)
    if acc:
        phrase = np_after(window, acc.end())
        if phrase:
            return Attribution(phrase, start + acc.end(), split_coordination(phrase), "according to",
                               Rule.ACCORDING, 0.85)
    for cue in find_cues(window, 0, 160):
        if (not is_verb_use(window, cue) and cue.start() > 0) or cue.group().lower() in AS_FRAME_CUES:
            continue
        # The clause is read one character past ``limit``: a quotation opening there is what
        # the verb introduces ('"caused death." Ray called Tom Lee a "liar."'), not this one.
        if strict and (len(window[: cue.start()].split()) > 6
                       or not _ends_clause(masked[start:min(limit + 1, start + 401)], cue.end())):
            return None
        before = trim_aux(window[: cue.start()])
        as_clause = _AS_CLAUSE.search(before)
        if as_clause:
            before = as_clause.group(1)  # '"regional" candidate, as Sanders' campaign manager suggested'
        if before and cue.group().lower().endswith("ing"):
            return None  # a participle takes the main clause's subject, not the phrase before it
        if ", " in before:
            last_chunk = before.rsplit(", ", 1)[1].strip()
            if last_chunk.lower() in PERSONAL_PRONOUNS:
                return Attribution(last_chunk, start + before.rfind(last_chunk), (last_chunk,), cue.group(),
                                   Rule.AFTER, 0.9)
        # '," saying the city ...' is no attribution: a participle has no subject after it
        if not before and not cue.group().lower().endswith("ing"):
            phrase = _inverted_speaker(window, cue)
            if phrase and (looks_like_speaker(phrase) or _is_bare_description(phrase.partition(", ")[0])):
                return Attribution(phrase, start + cue.end(), split_coordination(phrase),
                                   cue.group(), Rule.INVERTED, 0.9)
            if cue.start() == 0 and cue.group()[0].isupper():
                continue  # "Read said." : a name that is also a verb
            return None
        if looks_like_speaker(before) or _describes_speaker(before, window, cue) or _word_as_name(before):
            return Attribution(before, start, split_coordination(before), cue.group(), Rule.AFTER, 0.9)
        if before.endswith(","):  # '...," an aside, said Michael Kofman, an expert'
            phrase = _inverted_speaker(window, cue)
            if phrase and looks_like_speaker(phrase) and phrase.lower() not in OBJECT_PRONOUNS:
                return Attribution(phrase, start + cue.end(), split_coordination(phrase.partition(", ")[0]),
                                   cue.group(), Rule.INVERTED, 0.85)
        return None
    return None


def _word_as_name(before: str) -> bool:
    """'"...," From said': a capitalised verb or preposition alone between a quotation and its
    speech verb, in the middle of a sentence, is a surname ("Read", "From", "Down")."""
    word = before.strip()
    return word[:1].isupper() and word.isalpha() and " " not in word and word.lower() not in NOT_IN_SPEAKER \
        and (is_cue_word(word) or word.lower() in PREPOSITIONS)


def _inverted_speaker(text: str, cue: Cue) -> str:
    """The phrase after the cue, as its speaker ('said the mayor'); none after a verb whose
    phrase is its object ('thanked the mayor')."""
    return "" if cue.group().lower() in OBJECT_CUES else np_after(text, cue.end())


def _describes_speaker(before: str, window: str, cue: Cue) -> bool:
    """'"...," the moderator said': a description of someone, in the lower case that goes on
    the quotation's sentence, right before its verb, speaks, whatever the noun. A verb with
    'by' after it is a participle ('a film directed by'), and a description with a preposition
    in it is more than a speaker ('a reference to drones that')."""
    words = before.lower().split()
    if not words:
        return False
    head = words[-1]
    return bool(before[:1].islower() and _DESCRIPTION.fullmatch(before)
                and head not in MODIFIER_TITLES  # "the former said"
                and head not in PRONOUNS and head not in TIME_NOUNS  # "the next day he said"
                and not PREPOSITIONS.intersection(before.lower().split())
                and not _BY.match(window, cue.end()))


_BY = re.compile(r"\s+by\b")
_DESCRIPTION = re.compile(r"(?:a|an|the|one)\s+[\w-]+(?:\s+[\w-]+){0,4}", re.I)


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
    if rest and rest[0].lower() not in TRAILERS and SUBJECT_PRONOUNS.intersection(w.lower() for w in rest):
        return False  # '"..." Ann Pike said Wednesday she wants an inquiry': a clause of its own
    return len(rest) <= 3 or rest[0].lower() in TRAILERS


def before_quote(masked: str, sent_start: int, at: int) -> Attribution | None:
    """An attribution earlier in the quotation's sentence: the last cue and its subject.

    Only the last ``MAX_LEFT`` characters are read: attributions sit near their quotation, and
    a bound keeps a sentence of a million quotation marks linear."""
    sent_start = max(sent_start, at - MAX_LEFT)
    left = masked[sent_start:at]
    acc = None
    for acc in _ACCORDING.finditer(left):  # noqa: B007 - the last one is wanted
        pass
    # The nearest few speech verbs, last first: a sentence of fifty "said"s stays cheap.
    as_frame = _AS_BEFORE_QUOTE.search(left, max(0, len(left) - 12)) is not None
    nearest = islice((c for c in reversed(find_cues(left))
                      if not c.group().lower().startswith("according") and is_verb_use(left, c)
                      and (as_frame or c.group().lower() not in AS_FRAME_CUES)), 3)
    cues = list(nearest)[::-1]
    main = [c for c in cues if not in_closed_relative(left, c)]
    if main:
        cues = main  # 'praised Ann Pike, who ended her bid, as "..."': the relative clause's verb is no cue
    if acc and (not cues or cues[-1].start() < acc.start()):
        phrase = np_after(left, acc.end())
        if phrase and looks_like_speaker(phrase):
            return Attribution(phrase, sent_start + acc.end(), split_coordination(phrase), "according to",
                               Rule.ACCORDING, 0.85)
    owner: Attribution | None = None  # "Trump's remarks", in case no verb judges them
    for n, cue in enumerate(reversed(cues)):
        found = _cue_subject(left, cue)
        if found is not None:
            found, speaker_cue = _reporter(left, found, cue, cues)
            phrase, offset, parts, rule = found
            attribution = Attribution(phrase, sent_start + offset, parts, speaker_cue.group(), rule, 0.8)
            if owner is None and n + 1 < len(cues) and _judged_by_another(left, phrase, speaker_cue):
                owner = attribution
                continue
            return attribution
        inverted = _inverted_speaker(left, cue)
        if inverted and left[cue.end():].strip().endswith((":", ",")) and looks_like_speaker(inverted):
            return Attribution(inverted, sent_start + cue.end(), (inverted,), cue.group(), Rule.INVERTED,
                               0.75)
    return owner


_Subject = tuple[str, int, tuple[str, ...], Rule]  # phrase, offset, speakers as written, rule


def _cue_subject(left: str, cue: Cue) -> _Subject | None:
    """The subject of the speech verb ``cue``, participles taking their clause's subject."""
    if cue.group().lower().endswith("ing"):
        said = _SAID_BEFORE_PARTICIPLE.search(left, max(0, cue.start() - 40), cue.start())
        if said and said.group(1) in _PARENTHETICAL_VERBS:
            # '..., Ann Pike said, adding "...": the participle goes with the verb just before it
            found = subject_of(left, said.start(1))
            if found is not None:
                return found
    found = subject_of(left, cue.start())
    if found is not None and cue.group().lower().endswith("ing"):
        found = _issuer(left, found)
    if found is None and cue.group().lower().endswith("ing"):
        found = _subject_of_adverbial_participle(left, cue.start())
    return found


_SAID_BEFORE_PARTICIPLE = re.compile(r"\b([a-z]+),\s*$")
# The verbs of a parenthetical attribution ('..., Ann Pike said, adding'): forms that are no nouns.
_PARENTHETICAL_VERBS = frozenset(form for verb in PARENTHETICAL_VERBS
                                 for form in finite_forms(verb)) | {"noted"}
# Verbs that report what someone else said or did: their complement is the reporter's account.
_REPORTING = frozenset(form for verb in REPORTING_VERBS for form in inflections(verb, participles=False))
# Between a reporting verb and the subject of its complement clause: nothing, or an object and
# "that" ("told reporters that").
_COMPLEMENT_GAP = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+that\s+|\s*")


# The one spoken to, between the verb and the quotation it introduces: "told her, ".
_TO_SOMEONE = re.compile(r"[ \t]+(?:her|him|them|me|us|you|reporters|[A-Z][\w'’-]+)[ \t]*[,:][ \t]*")


def _reporter(left: str, found: _Subject, cue: Cue, cues: list[Cue]) -> tuple[_Subject, Cue]:
    """'Ann Pike said Tom Lee called it "a farce"': quoted words inside a reported clause are
    the reporter's account, so the speaker is the one who said the clause, not its subject. Not
    when the inner verb introduces the quotation itself ('Ann Pike said Tom Lee said, "..."')."""
    if left[cue.end():].strip(" " + FILLER) in (",", ":") or _TO_SOMEONE.fullmatch(left, cue.end()):
        return found, cue  # 'Ann Pike said Tom Lee told her, "..."': Tom Lee's words
    while True:
        earlier = [c for c in cues if c.end() <= found[1]]
        if not earlier or earlier[-1].group().lower() not in _REPORTING:
            return found, cue
        outer = earlier[-1]
        if not _COMPLEMENT_GAP.fullmatch(left, outer.end(), found[1]):
            return found, cue
        reporter = _cue_subject(left, outer)
        if reporter is None:
            return found, cue
        found, cue = reporter, outer


_CONTENT = re.compile(r"\s*(?:for|to|of|that)\b", re.I)


def _judged_by_another(left: str, phrase: str, cue: Cue) -> bool:
    """Is "X's remarks" only the object of an earlier speech verb, the quotation that follows
    being that verb's subject's verdict on them ("Ryan called Trump's remarks 'racist'",
    "denounced Trump's comments as 'hurtful'")? Not when the quotation gives the remarks'
    content ("Trump's call for 'a ban'")."""
    if not phrase.endswith(("'s", "’s", "s'", "s’")):
        return False
    return not _CONTENT.match(left, cue.end())


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")


def _subject_of_adverbial_participle(left: str, cue_at: int) -> _Subject | None:
    """'Ann Pike closed her speech by saying "..."': a participle after a preposition has the
    sentence's subject for its own."""
    word = _WORD_BEFORE.search(left, max(0, cue_at - 20), cue_at)
    if not word or word.group(1).lower() not in BEFORE_ADVERBIAL_PARTICIPLE:
        return None
    return sentence_subject(left[:word.start()].rstrip(" ,"))


def _issuer(left: str, found: _Subject) -> _Subject | None:
    """For a participle after the object of a verb ("she issued a statement calling on ...",
    "he emailed supporters saying", "posted a message on Twitter reading"), the one who did
    it: the sentence's subject, not the statement, the audience or the medium."""
    offset = found[1]
    before = left[:offset].rstrip()
    last = before.rsplit(None, 1)[-1] if before else ""
    if not last.isalpha() or not last.islower() or last in OPENS_A_CLAUSE:
        return found  # the phrase opens its clause: "A statement calling ...", "with the crowd chanting"
    return sentence_subject(before)

