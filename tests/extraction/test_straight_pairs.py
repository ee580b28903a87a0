"""Paragraphs quoted with straight double marks only are paired by a short loop; it finds the
spans the general scan finds."""

import bisect
import random

from quotes_api.extraction.marks import _listed_marks, _mark_positions, _pair_straight, _scan_paragraph


def test_straight_pairs_match_the_scan() -> None:
    rnd = random.Random(7)
    pieces = ['"', '"', " ", "a", "A", ".", ",", "(", "-", "1", '" ', ' "', "\u00a0", ":"]
    texts = ['Ann Pike said "we won" and " left "".', '"" " x"y "z" ( "a"']
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40))) for _ in range(5000)]
    for text in texts:
        listed = _mark_positions(text)
        assert listed is not None
        for p_start, p_end in ((0, len(text)), (1, len(text) - 1)):
            k, k_end = bisect.bisect_left(listed, p_start), bisect.bisect_left(listed, p_end)
            inside = listed[k:k_end]
            general = _scan_paragraph(text, p_start, p_end, 3, *_listed_marks(text, listed, k, k_end, p_end))
            assert _pair_straight(text, p_start, p_end, 3, inside) == general, text
