"""extract(text) -> list[Quote]: pair the marks, attribute each span, resolve, filter."""

from __future__ import annotations

import re

from quotes_api.extraction.attribution import (
    Attribution,
    after_quote,
    before_quote,
    colon_intro,
    dash_signature,
    following_statement,
    paragraph_subject,
    possessive_source,
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
_WORD = re.compile(r"\w+")


def extract(text: str) -> list[Quote]:
    """Every direct quotation in ``text`` with its speakers, in reading order.

    >>> [(q.text, q.speaker_names, q.cue) for q in extract('"It is done," Amy Tran said.')]
    [('It is done,', ['Amy Tran'], 'said')]
    """
    spans = find_spans(text)
    if not spans:
        return []
    masked = mask(text, spans)
    paras = paragraphs(text)
    sentences = Sentences(masked, paras, text)
    resolver = Resolver(DocumentEntities(masked, sentences.start_of))

    found = [_attribute(text, masked, sentences, paras, spans, i) for i in range(len(spans))]
    _share_within_sentences(spans, found, sentences)
    _share_within_paragraphs(spans, found, masked, sentences)
    _share_across_pieces(spans, found)

    quotes: list[Quote] = []
    speakers_of: list[list[Entity]] = []
    groups = _groups(text, spans, found, masked)
    for i, span in enumerate(spans):
        attribution = found[i]
        speakers: list[Entity] = []
        if attribution is not None:
            speakers = resolver.resolve(attribution.parts, attribution.mention_start)
            resolver.remember(attribution.mention_start, speakers)
        elif not _standalone(text, masked, span, paras):
            continue  # scare quotes, titles, nicknames: quoted words nobody is said to speak
        else:
            speakers = _from_neighbours(spans, speakers_of, quotes, i)
        if attribution is not None and _is_naming(masked, span):
            continue
        group_first = groups[i]
        index = len(quotes)
        group = index if group_first == i else _quote_index(quotes, spans, group_first, index)
        part = sum(1 for q in quotes if q.group == group) if group != index else 0
        quotes.append(Quote(
            start=span.start, end=span.end, text=text[span.start:span.end],
            speakers=tuple(e.speaker() for e in speakers),
            mention=attribution.mention if attribution else None,
            cue=attribution.cue if attribution else None,
            confidence=_confidence(attribution, speakers),
            paragraph=span.paragraph, group=group, part=part,
        ))
        quotes[-1].extra.update(span_index=i, method=attribution.method if attribution else "neighbour")
        speakers_of.append(speakers)
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
    for i, span in enumerate(spans):
        if found[i] is not None or masked[sentences.start_of(span.open_at):span.open_at].strip(FILLER + " "):
            continue
        before = next((found[k] for k in range(i - 1, -1, -1)
                       if spans[k].paragraph == span.paragraph and found[k] is not None), None)
        after = next((found[k] for k in range(i + 1, len(spans))
                      if spans[k].paragraph == span.paragraph and found[k] is not None), None)
        found[i] = before or after


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


def _quote_index(quotes: list[Quote], spans: list[Span], span_index: int, default: int) -> int:
    for k, q in enumerate(quotes):
        if q.extra.get("span_index") == span_index:
            return q.group
    return default


def _standalone(text: str, masked: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """Is an unattributed span a quotation in its own right (a full sentence or more)?"""
    words = len(_WORD.findall(text, span.start, span.end))
    p_start, p_end = paras[span.paragraph]
    whole_paragraph = span.open_at == p_start
    return (words >= 8 and whole_paragraph) or words >= 12


def _from_neighbours(spans: list[Span], speakers_of: list[list[Entity]], quotes: list[Quote], i: int) -> list[Entity]:
    """A quote paragraph with no cue: the speaker of the quotation just before it."""
    if quotes and spans[i].paragraph - quotes[-1].paragraph <= 1 and speakers_of:
        return speakers_of[-1]
    return []


def _is_naming(masked: str, span: Span) -> bool:
    return bool(_NAMING.search(masked, max(0, span.open_at - 40), span.open_at))


def _confidence(attribution: Attribution | None, speakers: list[Entity]) -> float:
    if attribution is None:
        return 0.5 if speakers else 0.3
    return attribution.confidence if speakers else attribution.confidence / 2
