"""The matcher alone: word normalisation, span alignment, diffs (no database)."""

from __future__ import annotations

from quotes_api.factcheck.match import match_claim
from quotes_api.factcheck.normalize import normalize as norm
from quotes_api.factcheck.normalize import words

QUOTE = "so that we can stabilise China-US relations from deterioration and bring the relations back"


def test_normal_forms():
    assert norm("Don’t  STOP—believing") == norm("don't stop - believing") == "don't stop believing"
    assert norm("ﬁnal") == "final"  # NFKC
    assert [w.key for w in words("it's 3-1, isn’t it?")] == ["it's", "3", "1", "isn't", "it"]


def check(claim):
    return match_claim(words(claim), claim, QUOTE)


def test_exact_sub_span_offsets():
    m = check("STABILISE China–US relations")
    assert m.kind == "exact" and QUOTE[m.start : m.end] == "stabilise China-US relations"


def test_changed_word_is_a_replace():
    m = check("stabilize China-US relations from deterioration")
    assert m.kind == "altered" and m.edits == 1
    assert QUOTE[m.start : m.end] == "stabilise China-US relations from deterioration"
    assert [(d.op, d.quote, d.claim) for d in m.diff if d.op != "equal"] == [
        ("replace", "stabilise", "stabilize")
    ]


def test_claim_longer_than_the_quote():
    quote = "we were fearless and we never stopped believing"
    m = match_claim(words(quote + " in you"), "", quote)
    assert m.kind == "altered" and m.edits == 2 and m.diff[-1].op == "insert"
    assert (m.start, m.end) == (0, len(quote))
    weak = match_claim(words("we never stopped believing in you"), "", "we never stopped believing")
    assert weak.kind == "weak"  # two words added to four: not the same quote


def test_unrelated_text_is_no_match():
    assert check("the cat sat on the mat by the door") is None
    assert match_claim([], "", QUOTE) is None and match_claim(words("x"), "x", "") is None
