"""extract(text) -> list[Quote]: pair the marks, attribute each span, resolve, filter."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from quotes_api.extraction.attribution import Attribution, after_quote, before_quote
from quotes_api.extraction.budget import check
from quotes_api.extraction.context import (
    colon_intro,
    dash_signature,
    following_statement,
    paragraph_subject,
    possessive_source,
    previous_sentence,
)
from quotes_api.extraction.credits import credit_line
from quotes_api.extraction.entities import DocumentEntities, Entity
from quotes_api.extraction.fallback import from_context, opens_sentence
from quotes_api.extraction.headline_quotes import is_headline_quote
from quotes_api.extraction.interviews import interviewee_answer
from quotes_api.extraction.marks import Span, find_spans, paragraphs
from quotes_api.extraction.model import Quote
from quotes_api.extraction.naming import names_a_thing
from quotes_api.extraction.reported import may_report, reported_speaker
from quotes_api.extraction.resolve import Resolver
from quotes_api.extraction.sentences import Sentences, mask

# Naming a thing rather than quoting a person: "a film called 'Frozen'", "the so-called 'x'".
# Matched as the end of the words before the quotation (an end-anchored regex would be tried
# at every character of the window).
_NAMING = ("so-called", "titled", "entitled", "known as", "the word", "the term", "the phrase", "hashtag",
           "slogan", "label", "motto", "headline", "pseudonym")
# Nouns for works, which have capitalised titles: 'the film "Frozen"', but 'called the show "the
# best in town"' describes the show, and "Paul Song" is a name.
_WORKS = frozenset("book film movie song album show series novel play documentary memoir podcast".split())
_SUBJECTS = frozenset("they we i you he she it data which that who".split())  # "they show", "data show"
# "State of the Union", "This Week with George Stephanopoulos": capitalised words and the
# small words between them, no sentence punctuation.
_TITLE_CASE = re.compile(r"[A-Z0-9][\w'’&.-]*(?:\s+(?:[A-Z0-9][\w'’&.-]*|"
                         r"of|the|a|an|and|with|in|on|for|to|at|by|from|is|it|&))*")
_BEFORE_TITLE = re.compile(r"(?:\b(?:on|in|of|from|to|with|told|watch(?:ed|ing)?|read(?:ing)?)\s+"
                           r"(?:[A-Z][\w.-]*['’]s?\s+)?|[A-Z][\w.-]*['’]s\s+)$")
_AFTER_TITLE = re.compile(r"\s+(?:star|host|anchor|creator|episode|author|actor|actress|cast|producer|"
                          r"director|writer|viewers|audience|series|show|programme|program)\b", re.I)
_WORD = re.compile(r"\w+")


def extract(text: str) -> list[Quote]:
    """Every direct quotation in ``text`` with its speakers, in reading order.

    >>> [(q.text, q.speaker_names, q.cue) for q in extract('"It is done," Amy Tran said.')]
    [('It is done,', ['Amy Tran'], 'said')]
    """
    all_paras = paragraphs(text)
    marked = find_spans(text, all_paras)
    masked = mask(text, marked)
    # '" "' quotes nothing; 'datetime="2016-06-29"' is markup left in the text, not a quotation
    spans = [s for s in marked if _WORD.search(text, s.start, s.end) and text[s.open_at - 1:s.open_at] != "="]
    if not spans:
        return []
    # The reading horizon: nothing past the paragraph after the last quotation's, where its
    # attribution may stand, is read. A reader has met the speakers by then; and text added
    # after it (a correction, a related story, a name spelled out later) leaves the
    # quotations of what came before as they were.
    paras = all_paras[:spans[-1].paragraph + 2]
    horizon = paras[-1][1]
    text, masked = text[:horizon], masked[:horizon]
    sentences = Sentences(masked, paras, text)
    resolver = Resolver(DocumentEntities(masked, sentences.start_of))

    found = [_attribute(_Place(text, masked, sentences, paras, spans, i)) for i in range(len(spans))]
    _share_within_sentences(spans, found, sentences)
    _share_within_paragraphs(spans, found, masked, sentences)
    _share_across_pieces(spans, found)

    groups = _groups(text, spans, found, masked)
    kept: list[tuple[int, Attribution | None, list[Entity]]] = []
    for i, span in enumerate(spans):
        check()
        if is_headline_quote(text[span.start:span.end], masked[slice(*paras[span.paragraph])]):
            continue  # "Pike: 'We Are Going To Win'": a headline, quoted again in the story
        attribution = found[i]
        if attribution is None:
            if not _standalone(text, span, paras):
                continue  # scare quotes, titles, nicknames: quoted words nobody is said to speak
            attribution = from_context(masked, sentences, paras, span, spans[kept[-1][0]] if kept else None)
        if attribution is None:
            near = kept and span.paragraph - spans[kept[-1][0]].paragraph <= 1
            speakers = kept[-1][2] if near else []  # a quote paragraph going on from the last
        elif _is_naming(text, masked, span):
            continue
        else:
            speakers = resolver.resolve(attribution.parts, attribution.mention_start)
            resolver.remember(attribution.mention_start, speakers)
        kept.append((i, attribution, speakers))

    # Speakers are built last, so each carries every alias and role the document gave it.
    index_of = {i: k for k, (i, _, _) in enumerate(kept)}
    pieces: Counter[int] = Counter()
    quotes: list[Quote] = []
    for k, (i, attribution, speakers) in enumerate(kept):
        span, group = spans[i], index_of.get(groups[i], k)
        quotes.append(Quote(
            start=span.start, end=span.end, text=text[span.start:span.end],
            speakers=tuple(e.speaker() for e in speakers),
            mention=attribution.mention if attribution else None,
            cue=attribution.cue if attribution else None,
            confidence=_confidence(attribution, speakers),
            paragraph=span.paragraph, group=group, part=pieces[group],
            rule=attribution.method if attribution else "neighbour",
        ))
        pieces[group] += 1
    return quotes


@dataclass(frozen=True, slots=True)
class _Place:
    """Where one quotation stands: what the attribution rules look at."""

    text: str
    masked: str
    sentences: Sentences
    paras: list[tuple[int, int]]
    spans: list[Span]
    i: int

    @property
    def span(self) -> Span:
        return self.spans[self.i]

    @property
    def sentence_start(self) -> int:
        return self.sentences.start_of(self.span.open_at)

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


def _after(p: _Place) -> Attribution | None:
    close_end = p.span.outer_end
    gap = p.masked[close_end:close_end + 8]
    limit = p.sentences.end_of(close_end + len(gap) - len(gap.lstrip(" ")))
    if p.i + 1 < len(p.spans):
        limit = min(limit, p.spans[p.i + 1].open_at)
    ends_sentence = p.text[p.span.end - 1:p.span.end] in (".", "!", "?") and \
        p.masked[close_end:close_end + 2].strip()[:1].isupper()
    if ends_sentence and not opens_sentence(p.masked, p.sentence_start, p.span.open_at) \
            and _before(p) is not None:
        return None  # 'Ray attacked Pike, calling her "a failure." Pike fired back.': its own sentence's verb
    return after_quote(p.masked, close_end, limit, strict=ends_sentence)


def _credit(p: _Place) -> Attribution | None:
    if not p.opens_paragraph:
        return None  # 'insisted that it was "still the first force."--Kim Lund': a reporter's byline
    return credit_line(p.masked, p.span.outer_end, p.paras[p.span.paragraph][1])


def _reported(p: _Place) -> Attribution | None:
    if not may_report(p.masked, p.span.open_at):
        return None
    return reported_speaker(p.masked, p.sentence_start, p.span.open_at)


def _before(p: _Place) -> Attribution | None:
    return before_quote(p.masked, p.sentence_start, p.span.open_at)


def _possessive(p: _Place) -> Attribution | None:
    return possessive_source(p.masked, p.sentence_start, p.span.open_at)


def _colon(p: _Place) -> Attribution | None:
    return colon_intro(p.masked, p.sentence_start, p.span.open_at)


def _previous_sentence(p: _Place) -> Attribution | None:
    start = p.sentence_start
    if start != p.span.open_at or start <= p.paras[p.span.paragraph][0]:
        return None
    return previous_sentence(p.masked, p.sentences.start_of(start - 1), start)


def _colon_ending_last_paragraph(p: _Place) -> Attribution | None:
    """'X told reporters:' at the end of the paragraph before."""
    if not p.opens_paragraph or p.span.paragraph == 0:
        return None
    p_end = p.paras[p.span.paragraph - 1][1]
    return colon_intro(p.masked, p.sentences.start_of(p_end - 1), p_end)


def _signature(p: _Place) -> Attribution | None:
    nxt = p.next_paragraph
    return dash_signature(p.masked, *nxt) if nxt and p.ends_paragraph else None


def _paragraph_before(p: _Place) -> Attribution | None:
    if not p.opens_paragraph or p.span.paragraph == 0 or p.neighbour_in_paragraph(-1):
        return None
    p_end = p.paras[p.span.paragraph - 1][1]
    return paragraph_subject(p.masked, p.sentences.start_of(p_end - 1), p_end)


def _paragraph_after(p: _Place) -> Attribution | None:
    nxt = p.next_paragraph
    if not (nxt and p.opens_paragraph and p.ends_paragraph) or p.span.continues \
            or p.neighbour_in_paragraph(+1) or p.neighbour_in_paragraph(-1):
        return None  # after a paragraph with a quotation in it, its speaker is going on
    return following_statement(p.masked, nxt[0], p.sentences.end_of(nxt[0]))


def _answer(p: _Place) -> Attribution | None:
    return interviewee_answer(p.masked, p.paras, p.span.paragraph, p.span.open_at)


# Strongest first: the first rule that finds an attribution wins.
_RULES = (_after, _credit, _reported, _before, _possessive, _colon, _previous_sentence,
          _colon_ending_last_paragraph, _signature, _paragraph_before, _paragraph_after, _answer)


def _attribute(place: _Place) -> Attribution | None:
    check()  # the time budget of a request, if any
    return next((found for rule in _RULES if (found := rule(place)) is not None), None)


def _share_within_sentences(spans: list[Span], found: list[Attribution | None], sentences: Sentences) -> None:
    """Fragments of one sentence ("in-depth" and "comprehensive") share its attribution."""
    for i in range(1, len(spans)):
        if found[i] is None and found[i - 1] is not None and \
                sentences.start_of(spans[i].open_at) == sentences.start_of(spans[i - 1].open_at):
            found[i] = found[i - 1]
    for i in range(len(spans) - 2, -1, -1):
        if found[i] is None and found[i + 1] is not None and \
                sentences.start_of(spans[i].open_at) == sentences.start_of(spans[i + 1].open_at):
            found[i] = found[i + 1]


def _share_within_paragraphs(spans: list[Span], found: list[Attribution | None], masked: str,
                             sentences: Sentences) -> None:
    """A quoted sentence with no cue of its own, in a paragraph where another quotation is
    attributed ('"...," Trump said. "I give her, too."'), is the same speaker going on."""
    # The nearest attributed quotation before and after each one, in its paragraph: two
    # linear passes, so a paragraph of a thousand quotations costs a thousand steps.
    before: list[Attribution | None] = [None] * len(spans)
    after: list[Attribution | None] = [None] * len(spans)
    for order, side in ((range(len(spans)), before), (range(len(spans) - 1, -1, -1), after)):
        last: dict[int, Attribution] = {}
        for i in order:
            side[i] = last.get(spans[i].paragraph)
            if found[i] is not None:
                last[spans[i].paragraph] = found[i]
    for i, span in enumerate(spans):
        if found[i] is None and opens_sentence(masked, sentences.start_of(span.open_at), span.open_at):
            found[i] = before[i] or after[i]


def _share_across_pieces(spans: list[Span], found: list[Attribution | None]) -> None:
    """The pieces of a quotation running over several paragraphs share one attribution."""
    i = 0
    while i < len(spans):
        j = i
        while spans[j].continues and j + 1 < len(spans):
            j += 1
        if j > i:
            known = next((found[k] for k in range(i, j + 1) if found[k] is not None), None)
            for k in range(i, j + 1):
                if found[k] is None:
                    found[k] = known
        i = j + 1


def _groups(text: str, spans: list[Span], found: list[Attribution | None], masked: str) -> list[int]:
    """For each span, the index of the first span of the quotation it belongs to."""
    first = list(range(len(spans)))
    for i in range(1, len(spans)):
        prev, cur = spans[i - 1], spans[i]
        if prev.continues:
            first[i] = first[i - 1]
        elif prev.close_at is not None and prev.paragraph == cur.paragraph and found[i] and found[i - 1] \
                and found[i] is not found[i - 1] and _WORD.search(masked, prev.outer_end, cur.open_at) \
                and text[prev.end - 1] == "," and found[i - 1].method in ("after", "inverted") \
                and found[i - 1].mention == found[i].mention:
            first[i] = first[i - 1]  # "The vote," Tran said, "is a victory."
    return first


def _standalone(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """Is an unattributed span a quotation in its own right (a full sentence or more)?"""
    words = len(_WORD.findall(text, span.start, span.end))
    opens_paragraph = span.open_at == paras[span.paragraph][0]
    return (words >= 8 and opens_paragraph) or words >= 12


def _is_naming(text: str, masked: str, span: Span) -> bool:
    """Quoted words that name a thing rather than quote a person: 'the film "Frozen"',
    'ABC's "This Week"', '"Broad City" star'."""
    before = masked[max(0, span.open_at - 40):span.open_at].split()
    if " ".join(before).lower().endswith(_NAMING):
        return True
    if names_a_thing(text, masked, span.open_at, span.start, span.end, span.outer_end):
        return True  # a nickname, a title before a noun or after a possessive (naming.py)
    if _after_a_work(before) and not text[span.start:span.start + 1].islower():
        return True  # "the film 'Frozen'", "her memoir, 'Tough Choices'", but "the emails show 'The ...'"
    if not _TITLE_CASE.fullmatch(text[span.start:span.end].rstrip(",.")):
        return False  # a title keeps the comma or full stop of the sentence around it: "'This Week,'"
    return bool(_BEFORE_TITLE.search(masked, max(0, span.open_at - 30), span.open_at)
                or _AFTER_TITLE.match(masked, span.outer_end))


def _after_a_work(words_before: list[str]) -> bool:
    """Do the words before a quotation end in a work noun ("the film", "her 2019 book", "her
    memoir,") rather than in a verb that looks like one ("the emails show", "polls show")?"""
    work = words_before[-1].rstrip(",:") if words_before else ""
    if work not in _WORKS:
        return False
    if work not in ("show", "play", "film", "book") or work != words_before[-1]:
        return True  # no verb: "her podcast", "the film,"
    before = words_before[-2] if len(words_before) > 1 else ""
    plural_noun = before.islower() and before.endswith("s") and before not in ("his", "its", "this") \
        and not before.endswith(("'s", "’s", "ss"))
    return not (before.lower() in _SUBJECTS or plural_noun)


def _confidence(attribution: Attribution | None, speakers: list[Entity]) -> float:
    if attribution is None:
        return 0.5 if speakers else 0.3
    return attribution.confidence if speakers else attribution.confidence / 2
