"""The last resort for a long quotation that no rule attributed: the sentence around it, the
sentence before it, or the paragraph before it, read as a careful reader would, before the
pipeline falls back on whoever was quoted last."""

from __future__ import annotations

import re

from quotes_api.extraction.attribution import Attribution
from quotes_api.extraction.context import paragraph_subject, sentence_before_speaker, sentence_speaker
from quotes_api.extraction.marks import Span
from quotes_api.extraction.sentences import FILLER, Sentences

_WORDS_OUTSIDE = re.compile("[^\\s" + FILLER + "]")


def opens_sentence(masked: str, sentence_start: int, at: int) -> bool:
    """Is there nothing but other quotations and space between the sentence's start and ``at``?
    (Looked at over a bounded distance, to stay linear on pathological input.)"""
    return at - sentence_start <= 400 and not _WORDS_OUTSIDE.search(masked, sentence_start, at)


def from_context(
    masked: str, sentences: Sentences, paras: list[tuple[int, int]], span: Span, last_kept: Span | None
) -> Attribution | None:
    """For a long quotation that no rule attributed: the subject of the sentence it stands
    inside; for one that opens a sentence inside a paragraph, of the sentence before it,
    unless someone was quoted in that sentence ('"...," From said. "..."': they are going
    on); for one that opens a paragraph after one whose quotations were all left out (scare
    quotes), the subject of that paragraph's last sentence."""
    start = sentences.start_of(span.open_at)
    if not opens_sentence(masked, start, span.open_at):
        return sentence_speaker(masked, start, span.open_at)
    para_start = paras[span.paragraph][0]
    if start > para_start:
        before = sentences.start_of(start - 1)
        if last_kept is not None and last_kept.open_at >= before:
            return None
        return sentence_before_speaker(masked, before, start)
    if span.paragraph == 0 or (last_kept is not None and last_kept.paragraph >= span.paragraph - 1):
        return None
    p_end = paras[span.paragraph - 1][1]
    return paragraph_subject(masked, sentences.start_of(p_end - 1), p_end)
