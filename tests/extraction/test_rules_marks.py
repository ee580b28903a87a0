"""Issue 2, quotation marks: every kind of mark, apostrophes that are not marks, nesting,
quotations over several paragraphs, unclosed quotations, and quoted words that are not quotes.
"""

from __future__ import annotations

import pytest

from .helpers import only, run, texts

# -- kinds of mark --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('"We will win the vote," said Governor Amy Tran.', "We will win the vote,"),
        ("\u201cWe will win the vote,\u201d said Governor Amy Tran.", "We will win the vote,"),
        ("'We will win the vote,' said Governor Amy Tran.", "We will win the vote,"),
        ("\u2018We will win the vote,\u2019 said Governor Amy Tran.", "We will win the vote,"),
        ("\u00abWe will win the vote\u00bb, said Governor Amy Tran.", "We will win the vote"),
    ],
    ids=["straight-double", "curly-double", "straight-single", "curly-single", "guillemets"],
)
def test_every_kind_of_quotation_mark(text: str, quoted: str) -> None:
    q = only(text)
    assert q.text == quoted
    assert q.start == text.index(quoted)
    assert q.speaker_names == ["Amy Tran"]
    assert q.cue == "said"


def test_british_single_quotes_in_a_headline_and_body() -> None:
    text = (
        "Mayor Ann Pike urges 'calm' after river floods town centre\n\n"
        "\u2018Nobody should try to drive through the water,\u2019 said Mayor Ann Pike on Sunday.\n"
    )
    quotes = run(text)
    assert texts(quotes) == ["calm", "Nobody should try to drive through the water,"]
    assert [q.speaker_names for q in quotes] == [["Ann Pike"], ["Ann Pike"]]
    assert [q.paragraph for q in quotes] == [0, 1]


# -- apostrophes are not marks ----------------------------------------------------------------


def test_apostrophes_and_possessives_alone_make_no_quote() -> None:
    text = (
        "Chris Jones' band don't play '90s hits any more, and the Joneses' neighbours "
        "say rock 'n' roll isn't dead. O'Brien's shop stays open 'til late.\n"
    )
    assert run(text) == []


@pytest.mark.parametrize(
    "quoted",
    [
        "I don't know what they're planning,",
        "We grew up in the '90s,",
        "The Joneses' dog barked all night,",
        "It's Mr O'Brien's turn,",
    ],
)
def test_apostrophes_inside_single_quotes_do_not_end_the_quote(quoted: str) -> None:
    text = f"'{quoted}' said Ann Pike, a neighbour.\n"
    q = only(text)
    assert q.text == quoted
    assert q.speaker_names == ["Ann Pike"]


def test_curly_apostrophe_inside_curly_single_quotes() -> None:
    quoted = "The islanders\u2019 patience has run out, and who can blame them,"
    q = only(f"\u2018{quoted}\u2019 Morven Lyle said.")
    assert q.text == quoted
    assert q.speaker_names == ["Morven Lyle"]


# -- nesting --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "quoted", "closing"),
    [
        ('"', "He told me 'never again', and he meant it,", '"'),
        ("\u2018", "She shouted \u201cstop\u201d twice before the car hit the wall,", "\u2019"),
        ("\u201c", "The sign said \u2018closed\u2019, so we went home,", "\u201d"),
    ],
)
def test_a_nested_quote_stays_part_of_the_outer_one(opening: str, quoted: str, closing: str) -> None:
    q = only(f"{opening}{quoted}{closing} said Ann Pike.")
    assert q.text == quoted
    assert q.speaker_names == ["Ann Pike"]


# -- several paragraphs, unclosed quotations ----------------------------------------------------


def test_a_quotation_over_three_paragraphs_gives_linked_pieces() -> None:
    text = (
        'Union leader Dana Kerr told the rally: "We have waited long enough.\n\n'
        '"The members voted, and the members will strike.\n\n'
        '"Nobody wants this, but nobody will stop us."\n\n'
        "The strike begins on Monday.\n"
    )
    quotes = run(text)
    assert texts(quotes) == [
        "We have waited long enough.",
        "The members voted, and the members will strike.",
        "Nobody wants this, but nobody will stop us.",
    ]
    assert all(q.speaker_names == ["Dana Kerr"] for q in quotes)
    assert [q.paragraph for q in quotes] == [0, 1, 2]
    assert [q.group for q in quotes] == [0, 0, 0]
    assert [q.part for q in quotes] == [0, 1, 2]


def test_pieces_of_a_long_quotation_after_another_quote_point_to_their_own_first_piece() -> None:
    text = (
        '"It is a fair offer," said Ben Ortiz, the finance director.\n\n'
        'Dana Kerr, the union leader, said: "We have waited long enough.\n\n'
        '"The members will strike."\n'
    )
    quotes = run(text)
    assert texts(quotes) == ["It is a fair offer,", "We have waited long enough.", "The members will strike."]
    assert [q.speaker_names for q in quotes] == [["Ben Ortiz"], ["Dana Kerr"], ["Dana Kerr"]]
    assert [(q.group, q.part) for q in quotes] == [(0, 0), (1, 0), (1, 1)]


def test_an_unclosed_quote_at_the_end_of_the_text() -> None:
    text = 'Ann Pike said: "We will not stop until the road is open'
    q = only(text)
    assert q.text == "We will not stop until the road is open"
    assert q.end == len(text)
    assert q.speaker_names == ["Ann Pike"]


def test_an_unclosed_quote_does_not_swallow_the_paragraphs_after_it() -> None:
    text = (
        'Ann Pike said: "We will not stop.\n\n'
        "The council meets again on Monday.\n\n"
        '"It is a fair offer," said Ben Ortiz.\n'
    )
    quotes = run(text)
    assert texts(quotes) == ["We will not stop.", "It is a fair offer,"]
    assert [q.speaker_names for q in quotes] == [["Ann Pike"], ["Ben Ortiz"]]
    assert all("council meets" not in q.text for q in quotes)


@pytest.mark.parametrize("text", ['"', "\u201c", "'", "\u00ab", '""', "\u201c\u201d", '"\n\n"', " '' ", '"a'])
def test_lone_and_empty_marks(text: str) -> None:
    for q in run(text):
        assert q.text.strip()


# -- quoted words that are not quotations -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "reform" has cost the city millions.',
        'The "temporary" bridge has now stood for eleven years.',
        'Her novel "The Long Field" sold a million copies last year.',
        "The film \u201cIron Coast\u201d opens in cinemas on Friday.",
        'Midfielder Carlos "Tiny" Mendez scored twice in the second half.',
        "The old ferry, nicknamed \u201cthe Slow Boat\u201d by commuters, will become a museum.",
        # a programme or book whose title keeps the sentence's comma inside the marks
        "Speaking Sunday on HTV\u2019s \u201cMorning Round,\u201d Mayor Dana Holt said she backs the plan.",
        "Dana Holt told \u201cHarbour Talk,\u201d a radio show, that she backs the plan.",
        "In her memoir, \u201cTough Tides,\u201d Dana Holt wrote about the plan.",
        # attribute values of markup left in a scraped text
        'Dana Holt tweeted on Monday, <tweet datetime="2016-06-29">Bridge opens in May!</tweet>',
    ],
    ids=[
        "so-called",
        "scare-quotes",
        "book-title",
        "film-title",
        "nickname-in-name",
        "nickname",
        "show-with-comma",
        "told-a-show",
        "memoir-with-comma",
        "markup-attributes",
    ],
)
def test_scare_quotes_titles_and_nicknames_are_not_quotes(text: str) -> None:
    assert run(text) == []


def test_a_title_next_to_a_real_quote_is_left_out_alone() -> None:
    text = 'Noor Haddad\'s film "Salt and Iron" won the top prize. "I almost gave up twice," Haddad said.\n'
    q = only(text)
    assert q.text == "I almost gave up twice,"
    assert q.speaker_names == ["Noor Haddad"]


@pytest.mark.parametrize("word", ["evasive", "constructive", "a disgrace"])
def test_short_attributed_fragments_are_quotes(word: str) -> None:
    text = f'Health Minister Sara Lind called the report "{word}".\n'
    q = only(text)
    assert q.text == word
    assert q.speaker_names == ["Sara Lind"]
