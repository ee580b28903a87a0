"""extract(text) -> list[Quote]: pair the marks, attribute each span, resolve, filter."""

from __future__ import annotations

import re
from collections import Counter

from quotes_api.extraction.attribution import Attribution
from quotes_api.extraction.budget import check
from quotes_api.extraction.entities import DocumentEntities, Entity
from quotes_api.extraction.fallback import from_context
from quotes_api.extraction.headline_quotes import is_headline_quote
from quotes_api.extraction.marks import Span, find_spans, paragraphs
from quotes_api.extraction.model import Quote, Rule, Speaker
from quotes_api.extraction.naming import is_naming
from quotes_api.extraction.resolve import Resolver
from quotes_api.extraction.rule_order import Place, attribute
from quotes_api.extraction.sentences import Sentences, mask
from quotes_api.extraction.sharing import (
    quotation_starts,
    share_across_pieces,
    share_within_paragraphs,
    share_within_sentences,
)

_WORD = re.compile(r"\w+")


def extract(text: str) -> list[Quote]:
    """Every direct quotation in ``text`` with its speakers, in reading order.

    >>> [(q.text, q.speaker_names, q.cue) for q in extract('"It is done," Amy Tran said.')]
    [('It is done,', ['Amy Tran'], 'said')]
    """
    all_paras = paragraphs(text)
    marked = find_spans(text, all_paras)
    masked = mask(text, marked)
    # '" "' quotes nothing; 'datetime="2016-06-29"' is markup left in the text, not a quotation,
    # and so is a run that opens with a tag's closing '>' ('date="May 2, 2016 /"><p>...')
    spans = [
        s
        for s in marked
        if _WORD.search(text, s.start, s.end)
        and text[s.open_at - 1 : s.open_at] != "="
        and text[s.start : s.start + 1] != ">"
    ]
    if not spans:
        return []
    # The reading horizon: nothing past the paragraph after the last quotation's, where its
    # attribution may stand, is read. A reader has met the speakers by then; and text added
    # after it (a correction, a related story, a name spelled out later) leaves the
    # quotations of what came before as they were.
    paras = all_paras[: spans[-1].paragraph + 2]
    horizon = paras[-1][1]
    text, masked = text[:horizon], masked[:horizon]
    sentences = Sentences(masked, paras, text)
    resolver = Resolver(DocumentEntities(masked, sentences.start_of))

    found = [attribute(Place(text, masked, sentences, paras, spans, i)) for i in range(len(spans))]
    share_within_sentences(spans, found, sentences)
    share_within_paragraphs(spans, found, masked, sentences)
    share_across_pieces(spans, found)

    groups = quotation_starts(text, spans, found, masked)
    kept: list[tuple[int, Attribution | None, list[Entity]]] = []
    for i, span in enumerate(spans):
        check()
        if is_headline_quote(text[span.start : span.end], masked[slice(*paras[span.paragraph])]):
            continue  # "Pike: 'We Are Going To Win'": a headline, quoted again in the story
        attribution = found[i]
        if attribution is not None and attribution.rule is Rule.CONTEXT and _crosshead(text, span, paras):
            continue  # "'The economy, stupid.'" as a paragraph of its own: a crosshead, not a quotation
        if attribution is None:
            if not _standalone(text, span, paras):
                continue  # scare quotes, titles, nicknames: quoted words nobody is said to speak
            attribution = from_context(masked, sentences, paras, span, spans[kept[-1][0]] if kept else None)
        if attribution is None:
            near = kept and span.paragraph - spans[kept[-1][0]].paragraph <= 1
            speakers = kept[-1][2] if near else []  # a quote paragraph going on from the last
        elif is_naming(text, masked, span):
            continue
        else:
            speakers = resolver.resolve(attribution.parts, attribution.mention_start)
            resolver.remember(attribution.mention_start, speakers)
        kept.append((i, attribution, speakers))

    # Speakers are built last, so each carries every alias and role the document gave it.
    index_of = {i: k for k, (i, _, _) in enumerate(kept)}
    pieces: Counter[int] = Counter()
    quotes: list[Quote] = []
    speaker_of: dict[int, Speaker] = {}  # one Speaker an entity: most speak more than once
    for k, (i, attribution, speakers) in enumerate(kept):
        span, group = spans[i], index_of.get(groups[i], k)
        quotes.append(
            Quote(
                start=span.start,
                end=span.end,
                text=text[span.start : span.end],
                speakers=tuple(_speaker(e, speaker_of) for e in speakers),
                mention=attribution.mention if attribution else None,
                cue=attribution.cue if attribution else None,
                confidence=_confidence(attribution, speakers),
                paragraph=span.paragraph,
                group=group,
                part=pieces[group],
                rule=attribution.rule if attribution else Rule.NEIGHBOUR,
            )
        )
        pieces[group] += 1
    return quotes


def _speaker(entity: Entity, speaker_of: dict[int, Speaker]) -> Speaker:
    found = speaker_of.get(id(entity))
    if found is None:
        found = speaker_of[id(entity)] = entity.speaker()
    return found


def _words(text: str, span: Span) -> int:
    return len(_WORD.findall(text, span.start, span.end))


def _crosshead(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """Is the span a paragraph of three words or fewer, nothing but the quotation?"""
    start, end = paras[span.paragraph]
    around = text[start : span.open_at] + text[span.outer_end : end]
    return _words(text, span) <= 3 and not _WORD.search(around)


def _standalone(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """Is an unattributed span a quotation in its own right (a full sentence or more)?"""
    words = _words(text, span)
    opens_paragraph = span.open_at == paras[span.paragraph][0]
    return (words >= 8 and opens_paragraph) or words >= 12


def _confidence(attribution: Attribution | None, speakers: list[Entity]) -> float:
    if attribution is None:
        return 0.5 if speakers else 0.3
    return attribution.confidence if speakers else attribution.confidence / 2
