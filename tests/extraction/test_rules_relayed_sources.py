"""Descriptions and names as speakers, round 5 (issue 13): a quotation relayed by a named
source, and the other rules of this round. Every text here is invented."""

from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not stop," Ann Pike said, according to Harbour Radio.', "Harbour Radio"),
        ('"We will not stop," said Ann Pike, the mayor, Harbour Radio reported.', "Harbour Radio"),
        ('"We will not stop," said Ann Pike, reports the Eastland Leader.', "Eastland Leader"),
        ('According to the Eastland Leader, Tom Ray called it "a disgrace" on Monday.', "Eastland Leader"),
    ],
)
def test_a_relayed_quotation_speaks_for_the_source_that_relayed_it(text: str, speaker: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"We will not stop," Ann Pike said, according to a statement.',
        '"We will not stop," Ann Pike said, according to him.',
        '"We will not stop," Ann Pike said on Monday.',
    ],
)
def test_a_source_that_is_no_name_relays_nothing(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]
