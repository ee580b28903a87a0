"""The attribution rules in order, strongest first, at one quotation's place.

Each rule is a small function of a :class:`Place` (where the quotation stands: its span, its
sentence, its paragraph and the ones around it) that calls the rule's own module; the first
that finds an attribution wins.
"""

from __future__ import annotations

from quotes_api.extraction.attribution import MAX_LEFT, Attribution, after_quote
from quotes_api.extraction.before import before_quote
from quotes_api.extraction.budget import check
from quotes_api.extraction.context import (
    colon_intro,
    dash_signature,
    dash_source,
    following_statement,
    owners_document,
    paragraph_subject,
    possessive_source,
    previous_sentence,
)
from quotes_api.extraction.credits import credit_line
from quotes_api.extraction.fallback import opens_sentence
from quotes_api.extraction.inner_clauses import in_opening_subordinate, quoted_by_relative
from quotes_api.extraction.interviews import interviewee_answer
from quotes_api.extraction.marks import Span
from quotes_api.extraction.model import Rule
from quotes_api.extraction.quote_reference import named_by_next_sentence
from quotes_api.extraction.relayed import relaying_source
from quotes_api.extraction.reported import may_report, reported_speaker
from quotes_api.extraction.sentences import Sentences


class Place:
    """Where one quotation stands: what the attribution rules look at.

    A plain class with slots, not a frozen dataclass: one is made for every quotation, and a
    frozen dataclass sets each field through ``object.__setattr__``. The rules only read it."""

    __slots__ = ("text", "masked", "sentences", "paras", "spans", "i", "span", "sentence_start")

    def __init__(
        self,
        text: str,
        masked: str,
        sentences: Sentences,
        paras: list[tuple[int, int]],
        spans: list[Span],
        i: int,
    ) -> None:
        self.text, self.masked, self.sentences = text, masked, sentences
        self.paras, self.spans, self.i = paras, spans, i
        # The quotation and where its sentence starts: every rule asks, several times, so they
        # are looked up once here rather than by a property at each use.
        self.span: Span = spans[i]
        self.sentence_start: int = sentences.start_of(self.span.open_at)

    @property
    def opens_paragraph(self) -> bool:
        return self.span.open_at == self.paras[self.span.paragraph][0]

    @property
    def ends_paragraph(self) -> bool:
        return self.span.outer_end >= self.paras[self.span.paragraph][1] - 1

    @property
    def next_paragraph(self) -> tuple[int, int] | None:
        p = self.span.paragraph + 1
        return self.paras[p] if p < len(self.paras) else None

    def neighbour_in_paragraph(self, step: int) -> bool:
        """Is the quotation before (-1) or after (+1) in the paragraph before or after?"""
        k = self.i + step
        return 0 <= k < len(self.spans) and self.spans[k].paragraph == self.span.paragraph + step


def _after(p: Place) -> Attribution | None:
    close_end = p.span.outer_end
    gap = p.masked[close_end : close_end + 8]
    limit = p.sentences.end_of(close_end + len(gap) - len(gap.lstrip(" ")))
    if p.i + 1 < len(p.spans):
        limit = min(limit, p.spans[p.i + 1].open_at)
    ends_sentence = (
        p.text[p.span.end - 1 : p.span.end] in (".", "!", "?")
        and p.masked[close_end : close_end + 2].strip()[:1].isupper()
    )
    found = after_quote(p.masked, close_end, limit, strict=ends_sentence)
    if found is None:
        return None  # most quotations: the tests below can only turn a finding down
    if (
        ends_sentence
        and not opens_sentence(p.masked, p.sentence_start, p.span.open_at)
        and _before(p) is not None
    ):
        return None  # 'Ray attacked Pike, calling her "a failure." Pike fired back.': its own sentence's verb
    if (
        quoted_by_relative(p.masked, p.sentence_start, p.span.open_at)
        or in_opening_subordinate(p.masked, p.sentence_start, p.span.open_at)
    ) and _before(p) is not None:
        return None  # 'under what Ray called "the old model," the club charged': Ray's words
    return found


def _named_next(p: Place) -> Attribution | None:
    nxt = p.next_paragraph
    limit = nxt[0] if nxt else len(p.masked)
    return named_by_next_sentence(p.masked, p.span.outer_end, min(limit, p.span.outer_end + 300))


def _credit(p: Place) -> Attribution | None:
    if not p.opens_paragraph:
        return None  # 'insisted that it was "still the first force."--Kim Lund': a reporter's byline
    return credit_line(p.masked, p.span.outer_end, p.paras[p.span.paragraph][1])


def _reported(p: Place) -> Attribution | None:
    if not may_report(p.masked, p.span.open_at):
        return None
    return reported_speaker(p.masked, p.sentence_start, p.span.open_at)


def _before(p: Place) -> Attribution | None:
    # "Pollsters agree - Ann Pike: '...'": the source after the dash, not the headline's verb
    signed = None
    if _colon_before(p):  # both read a colon right before the quotation, which most lack
        signed = dash_source(p.masked, p.sentence_start, p.span.open_at) or owners_document(
            p.masked, p.sentence_start, p.span.open_at
        )
    return signed or before_quote(p.masked, p.sentence_start, p.span.open_at)


def _colon_before(p: Place) -> bool:
    """Does the text before the quotation (in its sentence, within ``MAX_LEFT``) end in a
    colon, past white space? Read from a short tail: the rules that need a colon then slice
    the whole window only when there is one."""
    lo = max(p.sentence_start, p.span.open_at - MAX_LEFT)
    tail = p.masked[max(lo, p.span.open_at - 16) : p.span.open_at].rstrip()
    if not tail and p.span.open_at - 16 > lo:
        tail = p.masked[lo : p.span.open_at].rstrip()  # sixteen spaces or more: read them all
    return tail.endswith(":")


def _possessive(p: Place) -> Attribution | None:
    return possessive_source(p.masked, p.sentence_start, p.span.open_at)


def _colon(p: Place) -> Attribution | None:
    return colon_intro(p.masked, p.sentence_start, p.span.open_at) if _colon_before(p) else None


def _previous_sentence(p: Place) -> Attribution | None:
    start = p.sentence_start
    if start != p.span.open_at or start <= p.paras[p.span.paragraph][0]:
        return None
    previous_start = p.sentences.start_of(start - 1)
    found = previous_sentence(p.masked, previous_start, start)
    if found is None or found.cue in _RELAY_CUES or p.i == 0:
        return found
    quoted = p.spans[p.i - 1]
    if not previous_start <= quoted.open_at < found.mention_start:
        return found
    # '"...," said Ann Pike, who has heard Tom Ray's attacks. "..."': the verb in the tail of
    # the sentence before (a relative clause, an apposition) is not the one that introduces
    # the next quotation; the attribution of the quotation in that sentence is.
    own = after_quote(p.masked, quoted.outer_end, start)
    if own is None or own.mention_start == found.mention_start or own.cue in _RELAY_CUES:
        return found
    return Attribution(own.mention, own.mention_start, own.parts, own.cue, Rule.PREVIOUS, 0.7)


def _colon_ending_last_paragraph(p: Place) -> Attribution | None:
    """'X told reporters:' at the end of the paragraph before."""
    if not p.opens_paragraph or p.span.paragraph == 0:
        return None
    p_end = p.paras[p.span.paragraph - 1][1]
    return colon_intro(p.masked, p.sentences.start_of(p_end - 1), p_end)


def _signature(p: Place) -> Attribution | None:
    nxt = p.next_paragraph
    return dash_signature(p.masked, *nxt) if nxt and p.ends_paragraph else None


def _paragraph_before(p: Place) -> Attribution | None:
    if not p.opens_paragraph or p.span.paragraph == 0 or p.neighbour_in_paragraph(-1):
        return None
    p_end = p.paras[p.span.paragraph - 1][1]
    return paragraph_subject(p.masked, p.sentences.start_of(p_end - 1), p_end)


def _paragraph_after(p: Place) -> Attribution | None:
    nxt = p.next_paragraph
    if (
        not (nxt and p.opens_paragraph and p.ends_paragraph)
        or p.span.continues
        or p.neighbour_in_paragraph(+1)
        or p.neighbour_in_paragraph(-1)
    ):
        return None  # after a paragraph with a quotation in it, its speaker is going on
    return following_statement(p.masked, nxt[0], p.sentences.end_of(nxt[0]))


def _answer(p: Place) -> Attribution | None:
    return interviewee_answer(p.masked, p.paras, p.span.paragraph, p.span.open_at)


# Strongest first: the first rule that finds an attribution wins.
RULES = (
    _after,
    _credit,
    _reported,
    _before,
    _possessive,
    _colon,
    _named_next,
    _previous_sentence,
    _colon_ending_last_paragraph,
    _signature,
    _paragraph_before,
    _paragraph_after,
    _answer,
)


def attribute(place: Place) -> Attribution | None:
    check()  # the time budget of a request, if any
    # A source the sentence says it relays ("..., according to Harbour Radio") comes first.
    # Read near the quotation only (a sentence of a thousand quotations stays linear); a
    # closing ", X said." counts only when the sentence ends within that reach.
    close_end = place.span.outer_end
    sentence_end = place.sentences.end_of(close_end)
    start = max(place.sentence_start, place.span.open_at - MAX_LEFT)
    relayed = relaying_source(
        place.masked, start, min(sentence_end, close_end + 400), closing=sentence_end <= close_end + 400
    )
    if relayed is not None and relayed.cue not in _RELAY_CUES:
        return relayed  # ", Ann Pike said." closing the sentence: the speaker of all of it
    own = next((found for rule in RULES if (found := rule(place)) is not None), None)
    if relayed is None or _speaks_in_sentence(own, place):
        # "'...,' Ann Pike said, according to Harbour Radio": Pike said the words; the radio
        # only passed them on. (News annotation such as PolNeAR credits the radio; a reader
        # asking who said what wants Pike.)
        return own
    return relayed  # "'...,' according to Harbour Radio": no one else in the sentence said it


_RELAY_CUES = frozenset({"according to", "reported"})
# Rules that find the speaker by a verb of saying in the quotation's own sentence.
_OWN_SENTENCE_RULES = frozenset({Rule.AFTER, Rule.INVERTED, Rule.BEFORE, Rule.SUBJECT, Rule.COLON})


def _speaks_in_sentence(own: Attribution | None, place: Place) -> bool:
    return (
        own is not None
        and own.rule in _OWN_SENTENCE_RULES
        and own.cue not in _RELAY_CUES
        and own.mention_start >= place.sentence_start
    )
