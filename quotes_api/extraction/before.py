"""An attribution earlier in the quotation's sentence: the last cue and its subject.

``Blinken said he looked forward to "..."``; a participle takes its clause's subject
(``China ..., calling it "..."``), past an object or a medium (``emailed supporters saying``);
``Ann Pike said Tom Lee called it "a farce"`` is Ann Pike's account; ``According to the
newspaper, "..."``. The record and the rules after the quotation are in
:mod:`quotes_api.extraction.attribution`.
"""

from __future__ import annotations

import re
from itertools import islice

from quotes_api.extraction.absolutes import absolute_subject
from quotes_api.extraction.appositions import in_closed_relative
from quotes_api.extraction.attribution import ACCORDING, MAX_LEFT, Attribution, inverted_speaker, is_verb_use
from quotes_api.extraction.coordination import split_coordination
from quotes_api.extraction.cues import AS_FRAME_CUES, Cue, find_cues, finite_forms, inflections
from quotes_api.extraction.lexicon.function_words import (
    BEFORE_ADVERBIAL_PARTICIPLE,
    OPENS_A_CLAUSE,
    REPORTED_CONDITIONS,
)
from quotes_api.extraction.lexicon.verbs import PARENTHETICAL_VERBS, REPORTING_VERBS, THINKING_FORMS
from quotes_api.extraction.mentions import looks_like_speaker
from quotes_api.extraction.model import Rule
from quotes_api.extraction.openings import sentence_subject
from quotes_api.extraction.phrases import np_after, subject_of
from quotes_api.extraction.sentences import FILLER

_AS_BEFORE_QUOTE = re.compile(r"\bas(?:\s+(?:a|an|the))?\s*$", re.I)


def _may_say_according(left: str) -> bool:
    """Can ``ACCORDING`` (any case) match in ``left``? Its "cc" must be there, in one of four
    cases: four string searches cost less than the case-blind pattern's scan of every window."""
    return "cc" in left or "Cc" in left or "CC" in left or "cC" in left


def before_quote(masked: str, sent_start: int, at: int) -> Attribution | None:
    """An attribution earlier in the quotation's sentence: the last cue and its subject.

    Only the last ``MAX_LEFT`` characters are read: attributions sit near their quotation, and
    a bound keeps a sentence of a million quotation marks linear."""
    sent_start = max(sent_start, at - MAX_LEFT)
    left = masked[sent_start:at]
    acc = None
    if _may_say_according(left):
        for acc in ACCORDING.finditer(left):  # noqa: B007 - the last one is wanted
            pass
    # The nearest few speech verbs, last first: a sentence of fifty "said"s stays cheap.
    # "as" in the tail first (casefolded: the pattern's "s" also matches a long s)
    as_frame = (
        "as" in left[-12:].casefold() and _AS_BEFORE_QUOTE.search(left, max(0, len(left) - 12)) is not None
    )
    nearest = islice(
        (
            c
            for c in reversed(find_cues(left))
            if not c.group().lower().startswith("according")
            and is_verb_use(left, c)
            and (as_frame or c.group().lower() not in AS_FRAME_CUES)
        ),
        3,
    )
    cues = list(nearest)[::-1]
    main = [c for c in cues if not in_closed_relative(left, c)]
    if main:
        cues = main  # 'praised Ann Pike, who ended her bid, as "..."': the relative clause's verb is no cue
    if acc and (not cues or cues[-1].start() < acc.start()):
        phrase = np_after(left, acc.end())
        if phrase and looks_like_speaker(phrase):
            return Attribution(
                phrase,
                sent_start + acc.end(),
                split_coordination(phrase),
                "according to",
                Rule.ACCORDING,
                0.85,
            )
    absolute = absolute_subject(left, cues[-1] if cues else None)
    if absolute is not None:
        # "..., with Ann Pike taking to Twitter to call Tom Lund "delusional"": Pike's words
        name, offset, verb = absolute
        return Attribution(name, sent_start + offset, split_coordination(name), verb, Rule.BEFORE, 0.75)
    aside = _aside(left)
    if aside is not None and looks_like_speaker(aside.group(1)):
        # "Harbour Radio, Ann Pike said, called the plan '...'": the sentence is Pike's account
        return Attribution(
            aside.group(1),
            sent_start + aside.start(1),
            split_coordination(aside.group(1)),
            aside.group(2),
            Rule.BEFORE,
            0.8,
        )
    owner: Attribution | None = None  # "Trump's remarks", in case no verb judges them
    for n, cue in enumerate(reversed(cues)):
        agent = _passive_agent(left, cue, cues)
        if agent is not None:  # "Ray was asked by host Ann Pike whether ..."
            return Attribution(
                agent[0], sent_start + agent[1], split_coordination(agent[0]), cue.group(), Rule.BEFORE, 0.8
            )
        found = _cue_subject(left, cue)
        if found is not None:
            found, speaker_cue = _reporter(left, found, cue, cues)
            phrase, offset, parts, rule = found
            attribution = Attribution(phrase, sent_start + offset, parts, speaker_cue.group(), rule, 0.8)
            if owner is None and n + 1 < len(cues) and _judged_by_another(left, phrase, speaker_cue):
                owner = attribution
                continue
            return attribution
        # a participle has no subject after it: in "said Ann Pike, explaining she worked with Tom
        # Ray, who ...: '...'", what follows "explaining" is what she explained, not a speaker
        inverted = "" if cue.group().lower().endswith("ing") else inverted_speaker(left, cue)
        if (
            inverted
            and (left[cue.end() :].strip().endswith((":", ",")) or _parenthetical(left, cue, inverted))
            and looks_like_speaker(inverted)
        ):
            return Attribution(
                inverted, sent_start + cue.end(), (inverted,), cue.group(), Rule.INVERTED, 0.75
            )
    return owner


# ", Ann Pike said," set between commas inside a sentence that goes on
# (not after a quotation, and not before a participle: '"...," Ann Pike said, adding "..."')
_ASIDE = re.compile(
    r"(?<![\ue000\s])\s*,\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(said|says|added|noted),\s+(?![a-z]+ing\b)[a-z]"
)


def _aside(left: str) -> re.Match[str] | None:
    """The first "..., Ann Pike said, ..." aside of ``left``; its verb followed by a comma is
    looked for first, as a search for _ASIDE tries a match at every comma."""
    if "said," in left or "says," in left or "added," in left or "noted," in left:
        return _ASIDE.search(left)
    return None


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$", re.I)
_BY = re.compile(r"\s+by\s+")
# What the agent asked or said follows it: "by Ann Pike whether ...", "by Ann Pike about ..."
_RELATIVE = re.compile(r"(?:,\s+|\b)(?:who|which|whom|whose)\b")
_ASKED_WHAT = re.compile(r"\s+(?:whether|if|about|that|to|for|why|how|what|when|where|on)\b")


def _passive_agent(left: str, cue: Cue, cues: list[Cue]) -> tuple[str, int] | None:
    """The one who spoke in a passive ('Ray was asked by host Ann Pike whether ...'): the agent
    after "by", not the subject, who was spoken to. A verb after it in a relative clause ('by
    host Ann Pike, who has dismissed the story, "..."') is no attribution of its own, so the
    passive is read first."""
    for earlier in cues:
        if earlier.start() >= cue.start():
            break
        if _passive_agent(left, earlier, []) is not None and _RELATIVE.search(
            left, earlier.end(), cue.start()
        ):
            return _passive_agent(left, earlier, [])
    if not _PASSIVE.search(left, max(0, cue.start() - 8), cue.start()):
        return None
    by = _BY.match(left, cue.end())
    if by is None:
        return None
    phrase = _ASKED_WHAT.split(np_after(left, by.end()).split(",")[0], 1)[0].strip()
    if not phrase or FILLER in phrase or not looks_like_speaker(phrase):
        return None
    return phrase, left.find(phrase, by.end())


def _parenthetical(left: str, cue: Cue, inverted: str) -> bool:
    """Is the cue an inverted aside between commas ('The paradox, says Carl Lund, historian
    at the library, is that she was "..."'): its speaker speaks the sentence."""
    if not left[: cue.start()].rstrip().endswith(","):
        return False
    rest = left[cue.end() :].lstrip()
    # the aside closes at a comma after the speaker and its apposition ("at the library,")
    return rest.startswith(inverted) and _ASIDE_END.match(rest, len(inverted)) is not None


_ASIDE_END = re.compile(r"[^,.;:" + FILLER + r"]{0,60},")


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
_PARENTHETICAL_VERBS = frozenset(form for verb in PARENTHETICAL_VERBS for form in finite_forms(verb)) | {
    "noted"
}
# Verbs that report what someone else said or did: their complement is the reporter's account.
_REPORTING = frozenset(form for verb in REPORTING_VERBS for form in inflections(verb, participles=False))
# Between a reporting verb and the subject of its complement clause: nothing, or an object and
# "that" ("told reporters that").
_CONDITION = "(?:" + "|".join(sorted(REPORTED_CONDITIONS)) + r")\s+"
# ... or a condition opening the reported clause ("says if people think", "said that when Ray").
_COMPLEMENT_GAP = re.compile(
    r"(?:(?:\s+[\w’'-]+){0,4}?\s+that)?\s+" + _CONDITION + r"|"
    r"(?:\s+[\w’'-]+){0,4}?\s+that\s+|\s*"
)

_THAT_CLAUSE = re.compile(r"(?:\s+out)?\s+that\s+(?:" + _CONDITION + ")?")

# The one spoken to, between the verb and the quotation it introduces: "told her, ".
_TO_SOMEONE = re.compile(r"[ \t]+(?:her|him|them|me|us|you|reporters|[A-Z][\w'’-]+)[ \t]*[,:][ \t]*")


def _reporter(left: str, found: _Subject, cue: Cue, cues: list[Cue]) -> tuple[_Subject, Cue]:
    """'Ann Pike said Tom Lee called it "a farce"': quoted words inside a reported clause are
    the reporter's account, so the speaker is the one who said the clause, not its subject. Not
    when the inner verb introduces the quotation itself ('Ann Pike said Tom Lee said, "..."')."""
    if left[cue.end() :].strip(" " + FILLER) in (",", ":") or _TO_SOMEONE.fullmatch(left, cue.end()):
        return found, cue  # 'Ann Pike said Tom Lee told her, "..."': Tom Lee's words
    while True:
        earlier = [c for c in cues if c.end() <= found[1]]
        if not earlier:
            return found, cue
        outer = earlier[-1]
        gap = _COMPLEMENT_GAP.fullmatch(left, outer.end(), found[1])
        # Any speech verb reports the clause its "that" opens ("he expected that voters will
        # say"); without "that", only the verbs of reporting and thinking do ("she thinks Ray").
        verb = outer.group().lower()
        if gap is None or (
            verb not in _REPORTING and verb not in THINKING_FORMS and not _THAT_CLAUSE.fullmatch(gap.group())
        ):
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
    return sentence_subject(left[: word.start()].rstrip(" ,"))


def _issuer(left: str, found: _Subject) -> _Subject | None:
    """For a participle after the object of a verb ("she sent the board a letter urging ...",
    "he emailed supporters saying", "pinned a notice on the quay reading"), the one who did
    it: the sentence's subject, not the statement, the audience or the medium."""
    offset = found[1]
    before = left[:offset].rstrip()
    last = before.rsplit(None, 1)[-1] if before else ""
    if not last.isalpha() or not last.islower() or last in OPENS_A_CLAUSE:
        return found  # the phrase opens its clause: "A statement calling ...", "with the crowd chanting"
    return sentence_subject(before)
