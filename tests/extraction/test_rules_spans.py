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


# -- names in quotation marks are not quotations (class 12) --------------------------------------


def test_a_nickname_between_given_name_and_surname_is_no_quote() -> None:
    assert run('Ann Pike thanked Jo "Skip" Lane on Monday.') == []
    q = only('Gov. Jo "Skip" Lane said the port "will fight for every berth."')
    assert q.text == "will fight for every berth."


@pytest.mark.parametrize(
    "text",
    [
        'Speaking on the radio station\'s "Night Desk," Ann Pike said the ferries would run.',
        'In an interview for "Harbour Talk" on Monday, Ann Pike said the ferries would run.',
        'Ann Pike, co-author of "Tides: A History of the Port," said the ferries would run.',
    ],
    ids=["after-a-possessive", "after-for", "subtitle-after-of"],
)
def test_a_title_after_a_possessive_for_or_of_is_no_quote(text: str) -> None:
    assert run(text) == []


def test_lower_case_words_after_a_possessive_stay_a_quote() -> None:
    q = only('Ann Pike called the council\'s plan "a very bad idea" on Monday.')
    assert q.text == "a very bad idea"
    assert q.speaker_names == ["Ann Pike"]


def test_a_title_used_as_a_modifier_stays_a_quote() -> None:
    q = only('Ann Pike criticised the "Ferries First" plan at the meeting.')
    assert q.text == "Ferries First"
    assert q.speaker_names == ["Ann Pike"]


# -- hard-wrapped lines ----------------------------------------------------------------------------


def test_a_quotation_broken_across_wrapped_lines_stays_whole() -> None:
    text = (
        "Ann Pike, the mayor, spoke to reporters after the vote on Monday and\n"
        'said the result was clear. "We will keep the ferries running all\n'
        'winter," Ann Pike said. "Nobody should doubt that the boats will\n'
        'sail."\n'
        "\n"
        'Tom Ray, who leads the opposition, said the plan was "a fairy tale\n'
        'for the voters."\n'
    )
    quotes = run(text)
    assert texts(quotes) == [
        "We will keep the ferries running all\nwinter,",
        "Nobody should doubt that the boats will\nsail.",
        "a fairy tale\nfor the voters.",
    ]
    assert [q.speaker_names for q in quotes] == [["Ann Pike"], ["Ann Pike"], ["Tom Ray"]]
    assert [q.paragraph for q in quotes] == [0, 0, 1]


def test_lines_that_end_a_sentence_or_open_in_capitals_stay_paragraphs() -> None:
    text = '"The vote is done," Ann Pike said.\n"We won," Tom Ray said.\nthe end\n'
    quotes = run(text)
    assert [q.paragraph for q in quotes] == [0, 1]


def test_a_quotation_wrapped_before_a_capitalised_word_goes_on_to_its_closing_mark() -> None:
    text = '"We will keep the ferries running for\nEastholm," Ann Pike said.\nTom Ray left early.\n'
    q = only(text)
    assert q.text == "We will keep the ferries running for\nEastholm,"
    assert q.speaker_names == ["Ann Pike"]


def test_a_credit_line_under_a_quoted_paragraph_stays_out_of_the_quotation() -> None:
    text = (
        'The plan was passed.\n\n"The ferries will run all winter and nobody will be left behind.\n'
        'Ann Pike, harbour board."\n'
    )
    quotes = run(text)
    assert texts(quotes)[0] == "The ferries will run all winter and nobody will be left behind."


# -- a closing mark of the wrong kind ---------------------------------------------------------------


def test_a_single_closing_mark_of_the_same_style_ends_an_open_double_quotation() -> None:
    text = (
        "Ann Pike tweeted: \u201cWe sail at dawn. Join us.\u2019 She was at the harbour on Tuesday "
        "with the crew of the \u201cWave.\u201d\n"
    )
    q = run(text)[0]
    assert q.text == "We sail at dawn. Join us."
    assert q.speaker_names == ["Ann Pike"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a possessive after an abbreviation
        (
            "Ann Pike said: \u201cThe U.S.\u2019 role is to help,\u201d on Monday.",
            "The U.S.\u2019 role is to help,",
        ),
        # a nested quotation that lost its opening mark: the double mark after it still closes
        ('"I said, no way.\' He left," Ann Pike said.', "I said, no way.' He left,"),
        # a straight single mark does not close a curly double quotation
        (
            "Ann Pike said: \u201cWe sail at dawn.' Nobody came,\u201d on Monday.",
            "We sail at dawn.' Nobody came,",
        ),
    ],
    ids=["possessive", "lost-nested-opener", "other-style"],
)
def test_a_single_mark_that_is_no_closing_one_leaves_the_quotation_open(text: str, quoted: str) -> None:
    assert texts(run(text))[0] == quoted


# -- space just inside the marks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "\u00ab We will keep the ferries running \u00bb, said Ann Pike.",  # French spacing
        '" We will keep the ferries running " said Ann Pike.',  # stray spaces
    ],
    ids=["french-spacing", "stray-spaces"],
)
def test_space_just_inside_the_marks_is_not_part_of_the_quotation(text: str) -> None:
    q = only(text)
    assert q.text == "We will keep the ferries running"
    assert q.start == text.index("We")


WRAPPED = (
    "HARBOUR VOTE\n"
    "\n"
    "Ann Pike, the mayor of Eastholm, spoke to reporters after the council\n"
    'vote on Monday and said the result was clear for everyone. "We will\n'
    'keep the ferries running all winter, whatever the board decides," said\n'
    'Ann Pike. "Nobody should doubt that the boats will sail."\n'
    "\n"
    'Tom Ray, who leads the opposition on the council, said the plan was "a\n'
    'fairy tale for the voters" and that the money "is simply not there."\n'
    "He asked the board to publish its accounts before the next meeting,\n"
    "said Tom Ray.\n"
    "\n"
    '"We have asked three times and heard nothing," said Lena Ortiz, a\n'
    "ferry captain for twenty years, who was at the meeting with her crew.\n"
)


def test_text_wrapped_at_a_fixed_width_has_its_paragraphs_between_blank_lines() -> None:
    quotes = run(WRAPPED)
    assert [q.paragraph for q in quotes] == [1, 1, 2, 2, 3]
    assert [q.speaker_names for q in quotes] == [["Ann Pike"]] * 2 + [["Tom Ray"]] * 2 + [["Lena Ortiz"]]
    assert quotes[0].text == "We will\nkeep the ferries running all winter, whatever the board decides,"


def test_short_lines_of_different_lengths_are_no_wrapped_text() -> None:
    text = '"We won," Ann Pike said.\nThe crowd cheered.\n"We lost," Tom Ray said.\nHe left early.\n' * 3
    assert len({q.paragraph for q in run(text)}) == 6
