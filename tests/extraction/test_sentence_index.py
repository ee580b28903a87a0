"""The sentence index, read a paragraph at a time when first asked about, gives the same
sentence starts and ends as the index of the whole text searched paragraph by paragraph that it
replaced (kept here as the reference)."""

import bisect
import random

from quotes_api.extraction.marks import find_spans
from quotes_api.extraction.paragraphs import paragraphs
from quotes_api.extraction.sentences import (
    _END_MARKS,
    _QUOTE_END,
    _SENTENCE_END,
    FILLER,
    Sentences,
    _end_mark_positions,
    abbreviation_ends_at,
    mask,
)


def _reference_starts(masked: str, paras: list[tuple[int, int]], text: str | None = None) -> list[int]:
    starts = []
    end_marks = _end_mark_positions(masked)
    for p_start, p_end in paras:
        starts.append(p_start)
        first = -1 if text is None else masked.find(FILLER, p_start, p_end)
        if text is not None and first != -1:
            for m in _QUOTE_END.finditer(text, first, p_end):
                if masked[m.start()] == FILLER and masked[m.end()] != FILLER:
                    starts.append(m.end())
        k, resume = bisect.bisect_left(end_marks, p_start), p_start
        while k < len(end_marks) and end_marks[k] < p_end:
            at = end_marks[k]
            k += 1
            if at < resume:
                continue
            ending = _SENTENCE_END.match(masked, at, p_end)
            if ending is None:
                run = _END_MARKS.match(masked, at, p_end)
                resume = run.end() if run else at + 1
                continue
            resume = ending.end()
            if not abbreviation_ends_at(masked, at, p_start):
                starts.append(ending.end())
    return sorted(set(starts))


def _reference_start_of(starts: list[int], i: int) -> int:
    return starts[max(bisect.bisect_right(starts, i) - 1, 0)]


def _reference_end_of(starts: list[int], paras: list[tuple[int, int]], i: int) -> int:
    k = bisect.bisect_right(starts, i)
    para_end = paras[max(bisect.bisect_right([s for s, _ in paras], i) - 1, 0)][1]
    return min(starts[k], para_end) if k < len(starts) else para_end


_PIECES = list("ab AB.!?\"'“”’‘)(],\n")
_PIECES += [" Mr. ", " U.S. ", " J. ", "...", "?!", '."', ".'", ". ", "\n\n", "”"]


def test_sentences_read_when_asked_match_the_search_by_paragraph() -> None:
    rnd = random.Random(13)
    texts = ['Ann Pike said "it is done." Tom Ray agreed. Mr. Ray left.\n\n"Yes!" he said. "No?" U.S. aid.']
    texts += ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 60))) for _ in range(3000)]
    for text in texts:
        paras = paragraphs(text)
        masked = mask(text, find_spans(text, paras))
        for args in ((masked, paras, text), (masked, paras), (text, [(0, len(text))])):
            if not args[1]:
                continue  # no paragraph: nothing to ask
            starts, sentences = _reference_starts(*args), Sentences(*args)
            for i in range(-1, len(text) + 2):
                assert sentences.start_of(i) == _reference_start_of(starts, i), (args, i)
                assert sentences.end_of(i) == _reference_end_of(starts, args[1], i), (args, i)
