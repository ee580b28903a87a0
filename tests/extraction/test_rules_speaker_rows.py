"""Speaker rows (issue 14, one person, one speaker): what a speaker's name is when the text
around it dates an event or uses a title word that is also a given name."""

from __future__ import annotations

import pytest

from quotes_api.extraction.mentions import parse_mention

from .helpers import only, run

# -- weekdays ------------------------------------------------------------------------------------


def test_a_weekday_after_a_place_is_no_speaker() -> None:
    text = (
        "Tom Ray spoke for an hour. At the town hall meeting in Brackwater, Ohio Monday, the Ray "
        'supporter retorted: "There is no plan for the harbour at all."'
    )
    assert [(s.name, s.kind) for s in only(text).speakers] == [("Ray supporter", "unnamed")]


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("a Wednesday editorial in The Dunmore Ledger", "Dunmore Ledger", "organisation"),
        ("a Dunmore Ledger poll released Thursday", None, "unnamed"),
        ("Ann Pike's first post Sunday", None, "unnamed"),
    ],
    ids=["weekday-before-the-outlet", "weekday-after-a-description", "weekday-after-a-possessive"],
)
def test_a_weekday_never_names_the_speaker(phrase: str, name: str | None, kind: str) -> None:
    mention = parse_mention(phrase)
    assert (mention.name, mention.kind) == (name, kind)


# -- titles that are given names -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"The plan is dead," Dean Okafor, an economist at the Centre for Trade, said.',
        'Dean Okafor runs the Centre for Trade. "The plan is dead," Okafor said.',
    ],
    ids=["apposition", "surname-later"],
)
def test_a_title_word_that_is_a_given_name_is_the_given_name(text: str) -> None:
    assert only(text).speaker_names == ["Dean Okafor"]


def test_a_title_the_article_writes_in_lower_case_stays_a_title() -> None:
    text = 'Vera Lund is the dean of the law school. "The ruling is wrong," Dean Lund said.'
    assert only(text).speaker_names == ["Vera Lund"]
    text = 'Okafor was made dean in May. "The ruling is wrong," Dean Okafor said.'
    assert [q.speaker_names for q in run(text)] == [["Okafor"]]


# -- kinds ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Brixo contended in its letter that the articles were wrong. "The articles are wrong," Brixo said.',
        'Tom Ray left Brixo in May. "We will win," Brixo said in a statement about its plans.',
    ],
    ids=["its-letter", "its-plans"],
)
def test_a_name_the_text_calls_it_is_a_body(text: str) -> None:
    assert [(s.name, s.kind) for s in only(text).speakers] == [("Brixo", "organisation")]


def test_a_surname_with_his_is_still_a_person() -> None:
    text = (
        'Okafor contended in his letter that the articles were wrong. "The articles are wrong," Okafor said.'
    )
    assert [(s.name, s.kind) for s in only(text).speakers] == [("Okafor", "person")]


def test_a_one_word_name_before_a_medium_noun_is_a_body() -> None:
    text = 'Kirato magazine started the list in 1982. "The list is long," Kirato said.'
    assert [(s.name, s.kind) for s in only(text).speakers] == [("Kirato", "organisation")]


# -- text read in the wrong encoding -------------------------------------------------------------


def test_a_name_with_a_letter_read_in_the_wrong_encoding_is_whole() -> None:
    # "Tomás" whose UTF-8 was read as Latin-1: the name still runs through both bytes
    text = 'Mayor Tom\u00c3\u00a1s Ortiz runs the port. "It is fine," Mr. Ortiz said.'
    assert only(text).speaker_names == ["Tom\u00c3\u00a1s Ortiz"]


# -- plural nouns of people ----------------------------------------------------------------------


@pytest.mark.parametrize("noun", ["Environmentalists", "Pollsters", "Proponents", "Politicos", "Strategists"])
def test_a_plural_noun_of_people_opening_a_sentence_is_no_person(noun: str) -> None:
    text = f'{noun} say the Dunmore plant "poisons the river."'
    assert [s.kind for s in only(text).speakers] == ["unnamed"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("“The pier stays,” DMHarbour reported.", "DMHarbour", "organisation"),
        ("“The pier stays,” said LaToya Pike.", "LaToya Pike", "person"),
    ],
    ids=["capitals-then-a-word", "given-name-in-camel-case"],
)
def test_a_brand_opening_with_capitals_is_a_body(text: str, name: str, kind: str) -> None:
    (speaker,) = only(text).speakers
    assert (speaker.name, speaker.kind) == (name, kind)
