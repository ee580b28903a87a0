"""Quotations that are a headline's words, in title case or capitals (issue 13 class 12).
Every text here is invented."""

from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize(
    "headline",
    [
        "Ann Pike: 'We Are Going To Win Every County In The State'",
        "Tom Ray: \u2018It Is Not A Fair Deal\u2019 For The Harbour Workers",
        "\u201cVOTERS WILL MAKE THE RIGHT CHOICE IN THE END\u201d",
    ],
)
def test_a_headline_quotation_is_not_extracted(headline: str) -> None:
    story = (
        '\n\nAnn Pike spoke in Dunmore on Monday. "We are going to win every county in the state," Pike said.'
    )
    quotes = run(headline + story)
    assert [q.text for q in quotes] == ["We are going to win every county in the state,"]


@pytest.mark.parametrize(
    "text",
    [
        'Ray set up a website called "Harbour If Pike Wins The Vote" to mock the mayor, who said nothing.',
        'The campaign sent an email stating, "Pike Joins Growing List Of Critics Of The Plan."',
    ],
)
def test_a_title_quoted_inside_a_sentence_stays(text: str) -> None:
    assert len(run(text)) == 1


def test_a_title_case_headline_quote_in_a_story_line_stays() -> None:
    # a sentence of the story, not a headline: lower-case words stand outside the marks
    quotes = run('Ann Pike told the crowd: "We Are Going To Win Every County In The State."')
    assert [q.speaker_names for q in quotes] == [["Ann Pike"]]
