"""extract(text) -> list[Quote]: pair the marks, attribute each span, resolve, filter."""

from __future__ import annotations

import re
from collections import Counter

from quotes_api.extraction.attribution import Attribution, after_quote, before_quote
from quotes_api.extraction.context import (
    colon_intro,
    dash_signature,
    following_statement,
    paragraph_subject,
    possessive_source,
    previous_sentence,
)
from quotes_api.extraction.entities import DocumentEntities, Entity
from quotes_api.extraction.marks import Span, find_spans, paragraphs
from quotes_api.extraction.model import Quote
from quotes_api.extraction.resolve import Resolver
from quotes_api.extraction.sentences import FILLER, Sentences, mask

# Naming a thing rather than quoting a person: "a film called 'Frozen'", "the so-called 'x'".
_NAMING = re.compile(r"(?:so-called|titled|entitled|known\s+as|the\s+word|"
                     r"the\s+term|the\s+phrase|hashtag|book|film|movie|song|album|show|series|"
                     r"novel|play|documentary|slogan|label|motto|headline)\s*$", re.I)
# "State of the Union", "This Week with George Stephanopoulos": capitalised words and the
# small words between them, no sentence punctuation.
_TITLE_CASE = re.compile(r"[A-Z0-9][\w'’&.-]*(?:\s+(?:[A-Z0-9][\w'’&.-]*|"
                         r"of|the|a|an|and|with|in|on|for|to|at|by|from|is|it|&))*")
_BEFORE_TITLE = re.compile(r"(?:\b(?:on|in|of|from|to|watch(?:ed|ing)?|read(?:ing)?)\s+"
                           r"(?:[A-Z][\w.-]*['’]s?\s+)?|[A-Z][\w.-]*['’]s\s+)$")
_AFTER_TITLE = re.compile(r"\s+(?:star|host|anchor|creator|episode|author|actor|actress|cast|producer|"
                          r"director|writer|viewers|audience|series|show|programme|program)\b", re.I)
_WORD = re.compile(r"\w+")
_WORDS_OUTSIDE = re.compile("[^\\s" + FILLER + "]")


def extract(text: str) -> list[Quote]:
    """Every direct quotation in ``text`` with its speakers, in reading order.

    >>> [(q.text, q.speaker_names, q.cue) for q in extract('"It is done," Amy Tran said.')]
    [('It is done,', ['Amy Tran'], 'said')]
    """
    marked = find_spans(text)
    masked = mask(text, marked)
    spans = [s for s in marked if _WORD.search(text, s.start, s.end)]  # '" "' quotes nothing
    if not spans:
        return []
    paras = paragraphs(text)
    sentences = Sentences(masked, paras, text)
    resolver = Resolver(DocumentEntities(masked, sentences.start_of))

    found = [_attribute(text, masked, sentences, paras, spans, i) for i in range(len(spans))]
    _share_within_sentences(spans, found, sentences)
    _share_within_paragraphs(spans, found, masked, sentences)
    _share_across_pieces(spans, found)

    groups = _groups(text, spans, found, masked)
    kept: list[tuple[int, Attribution | None, list[Entity]]] = []
    for i, span in enumerate(spans):
        attribution = found[i]
        if attribution is None:
            if not _standalone(text, span, paras):
                continue  # scare quotes, titles, nicknames: quoted words nobody is said to speak
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


def _attribute(text: str, masked: str, sentences: Sentences, paras: list[tuple[int, int]], spans: list[Span],
               i: int) -> Attribution | None:
    span = spans[i]
    close_end = span.outer_end
    gap = masked[close_end:close_end + 8]
    limit = sentences.end_of(close_end + len(gap) - len(gap.lstrip(" ")))
    if i + 1 < len(spans) and spans[i + 1].open_at < limit:
        limit = spans[i + 1].open_at
    ends_sentence = text[span.end - 1:span.end] in (".", "!", "?") and \
        masked[close_end:close_end + 2].strip()[:1].isupper()
    found = after_quote(masked, close_end, limit, strict=ends_sentence)
    if found is None:
        found = before_quote(masked, sentences.start_of(span.open_at), span.open_at)
    if found is None:
        found = possessive_source(masked, sentences.start_of(span.open_at), span.open_at)
    if found is None:
        found = colon_intro(masked, sentences.start_of(span.open_at), span.open_at)
    sent_start = sentences.start_of(span.open_at)
    if found is None and sent_start == span.open_at and sent_start > paras[span.paragraph][0]:
        found = previous_sentence(masked, sentences.start_of(sent_start - 1), sent_start)
    if found is None and span.open_at == paras[span.paragraph][0] and span.paragraph > 0:
        # Introduced at the end of the paragraph before: 'X said:' / 'X told reporters:'
        p_start, p_end = paras[span.paragraph - 1]
        found = colon_intro(masked, sentences.start_of(p_end - 1), p_end)
    if found is None and span.outer_end >= paras[span.paragraph][1] - 1 and span.paragraph + 1 < len(paras):
        found = dash_signature(masked, *paras[span.paragraph + 1])
    opens_paragraph = span.open_at == paras[span.paragraph][0]
    if found is None and opens_paragraph and span.paragraph > 0 \
            and not (i > 0 and spans[i - 1].paragraph == span.paragraph - 1):
        p_end = paras[span.paragraph - 1][1]
        found = paragraph_subject(masked, sentences.start_of(p_end - 1), p_end)
    if found is None and opens_paragraph and span.outer_end >= paras[span.paragraph][1] - 1 \
            and span.paragraph + 1 < len(paras) and not span.continues \
            and not (i + 1 < len(spans) and spans[i + 1].paragraph == span.paragraph + 1):
        n_start = paras[span.paragraph + 1][0]
        found = following_statement(masked, n_start, sentences.end_of(n_start))
    return found


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
        if found[i] is None and _opens_sentence(masked, sentences.start_of(span.open_at), span.open_at):
            found[i] = before[i] or after[i]


def _opens_sentence(masked: str, sentence_start: int, at: int) -> bool:
    """Is there nothing but other quotations and space between the sentence's start and ``at``?
    (Looked at over a bounded distance, to stay linear on pathological input.)"""
    return at - sentence_start <= 400 and not _WORDS_OUTSIDE.search(masked, sentence_start, at)


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
    if _NAMING.search(masked, max(0, span.open_at - 40), span.open_at):
        return True
    if not _TITLE_CASE.fullmatch(text[span.start:span.end]):
        return False
    return bool(_BEFORE_TITLE.search(masked, max(0, span.open_at - 30), span.open_at)
                or _AFTER_TITLE.match(masked, span.outer_end))


def _confidence(attribution: Attribution | None, speakers: list[Entity]) -> float:
    if attribution is None:
        return 0.5 if speakers else 0.3
    return attribution.confidence if speakers else attribution.confidence / 2
