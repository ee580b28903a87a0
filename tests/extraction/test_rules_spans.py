"""Issue 13, quotation spans: marks of other styles, a colon that introduces the next
quotation, and short quotations inside a sentence that a speech verb reaches.
"""

from __future__ import annotations

import pytest

from .helpers import only, run, texts

# -- guillemets pointing either way -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "\u00bbThe harbour stays open all winter\u00ab, said Mayor Ann Pike.",  # German
        "\u00bbThe harbour stays open all winter\u00bb, said Mayor Ann Pike.",  # Swedish, Finnish
        "\u00abThe harbour stays open all winter\u00bb, said Mayor Ann Pike.",  # French, Russian
        "\u203aThe harbour stays open all winter\u2039, said Mayor Ann Pike.",  # single, German
    ],
    ids=["german", "swedish", "french", "german-single"],
)
def test_guillemets_pointing_either_way_quote(text: str) -> None:
    q = only(text)
    assert q.text == "The harbour stays open all winter"
    assert q.speaker_names == ["Ann Pike"]


def test_a_lone_right_pointing_guillemet_is_no_quote() -> None:
    assert run("Prices rose \u00bb and then fell again on Monday, Ann Pike said.") == []


# -- a colon after a speech verb introduces what follows ----------------------------------------


def test_a_cue_ending_in_a_colon_belongs_to_the_next_quotation() -> None:
    quotes = run('Ann Pike said the ferries "will run on time." Tom Ray disagreed: "They never do."')
    assert texts(quotes) == ["will run on time.", "They never do."]
    assert [q.speaker_names for q in quotes] == [["Ann Pike"], ["Tom Ray"]]


def test_a_cue_after_a_quotation_without_a_colon_still_attributes_it() -> None:
    q = only('"The ferries will run on time." Tom Ray said it twice.')
    assert q.speaker_names == ["Tom Ray"]


def test_a_right_pointing_guillemet_left_open_is_a_bullet_not_a_quote() -> None:
    assert run("\u00bbRead more about the harbour vote and the new ferry timetable in our live blog.") == []
