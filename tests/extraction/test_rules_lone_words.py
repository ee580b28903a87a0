"""Campaigns, campaign spokespeople, advisers and lone capitalised words that are no one's
name (issue 13 classes 5 and 9, issue 14 junk speaker rows). Every text here is invented."""

from __future__ import annotations

import pytest

from quotes_api.extraction.lone_words import is_lone_common_word

from .helpers import only


@pytest.mark.parametrize(
    "text",
    [
        'Tom Ray spoke on Monday. A Ray campaign official said Pike "had no plan in mind, and she knows it."',
        'Tom Ray spoke on Monday. "We are winning this race," a Ray campaign spokesman said.',
        'Tom Ray spoke on Monday. "We are winning this race," a Ray presidential campaign spokeswoman said.',
    ],
)
def test_a_campaign_spokesperson_speaks_for_the_campaign(text: str) -> None:
    assert only(text).speaker_names == ["Tom Ray campaign"]


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised modifier after a determiner, its noun lost
        "Ann Pike spoke in Ohio. At a dinner, the Dunmore history graduate ended her speech with a line: "
        '"Every obstacle yields to stern resolve."',
        'Tom Ray joined the others, saying in a Pikeian post online: "The new release is a disaster for us."',
    ],
)
def test_a_lone_common_word_is_no_speaker(text: str) -> None:
    assert only(text).speaker_names == []


def test_a_sentence_opener_written_in_lower_case_too_is_no_speaker() -> None:
    """'Early' opens the sentence and is no one; since round 6 (named sources) the subject
    after the opening phrase, Ray, speaks."""
    text = 'Ray spoke early. Early in his campaign, Ray attacked Pike, calling her "a failed candidate."'
    assert only(text).speaker_names == ["Ray"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We are done," the Texan said.', "Texan"),  # a demonym before a speech verb stays
        # part of a full name
        ('George Will wrote a column. "It will work within the year," Will said.', "George Will"),
        ('"The vote is over," the Saudis said.', "Saudis"),  # a plural: a group
        ('Mr. Hurt was not hurt. "Time is short," Mr. Hurt said.', "Hurt"),  # an honorific
    ],
)
def test_names_that_look_like_common_words_stay(text: str, speaker: str) -> None:
    assert only(text).speaker_names == [speaker]


def test_an_adjective_made_from_a_place_is_no_name() -> None:
    assert is_lone_common_word("his Dunmore-based", "Dunmore-based", "", lambda _: False, "district")
    assert is_lone_common_word("Dunmore-based", "Dunmore-based", "", lambda _: False, "")


@pytest.mark.parametrize(
    "text",
    [
        'Tom Ray attacked Pike. Ray\'s campaign said the attack was "a desperate move by a failing man."',
        'Tom Ray attacked Pike. His campaign said the attack was "a desperate move by a failing candidate."',
        'Tom Ray attacked Pike. The Ray campaign said the attack was "a desperate move by a failing man."',
        'Tom Ray attacked Pike. The Ray presidential campaign called it "a desperate move by a failing man."',
    ],
)
def test_a_campaign_speaks_as_the_candidate_s_campaign(text: str) -> None:
    q = only(text)
    assert q.speaker_names == ["Tom Ray campaign"]
    assert q.speakers[0].kind == "organisation"


@pytest.mark.parametrize(
    "source",
    [
        "said a longtime adviser to Pike.",
        "said one longtime adviser to Ann Pike, who asked not to be named.",
        "said a person close to Pike.",
        "said the former senior aide to Senator Ann Pike.",
    ],
)
def test_an_unnamed_adviser_after_the_verb_speaks_for_the_one_served(source: str) -> None:
    text = f'Ann Pike is a senator. "The road will be built before the winter comes," {source}'
    assert only(text).speaker_names == ["Ann Pike"]


@pytest.mark.parametrize(
    "source",
    [
        "said his best friend at Dunmore, Bruce Tully, who remembered him well.",
        "said her longtime friend in Dunmore, Bruce Tully.",
    ],
)
def test_a_possessive_role_with_a_place_before_the_apposed_name(source: str) -> None:
    text = f'Fred Ray studied at Dunmore. "It may have been his first attempt to leave home," {source}'
    assert only(text).speaker_names == ["Bruce Tully"]
