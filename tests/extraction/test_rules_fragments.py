"""Short quoted fragments that a reader attributes to someone: the verbs of attitude that
introduce them, and the frames in which they stand. Scare quotes and titles in the same
frames stay out.
"""

from __future__ import annotations

import pytest

from .helpers import only, run

# -- verbs of attitude ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Ann Pike bemoaned the "endless delays" at the port.',
        'Ann Pike blamed the closure on "reckless managers" at the port.',
        'Ann Pike heralded the deal as "a breakthrough" for the port.',
        'Ann Pike derided "the harbour clique" in her speech.',
        'Ann Pike groused that the board "never listens" to her.',
        'Ann Pike assailed the board for its "contempt for workers".',
        'Ann Pike defended the plan as "fair to everyone".',
        'Ann Pike portrayed the board as "out of touch" on Monday.',
        'Ann Pike scolded the board for its "lazy thinking".',
        'Ann Pike chided the board for being "asleep at the wheel".',
    ],
    ids=[
        "bemoaned",
        "blamed",
        "heralded",
        "derided",
        "groused",
        "assailed",
        "defended",
        "portrayed",
        "scolded",
        "chided",
    ],
)
def test_verbs_of_attitude_attribute_a_fragment(text: str) -> None:
    q = only(text)
    assert q.speaker_names == ["Ann Pike"]
    assert q.cue is not None


# -- naming a work ----------------------------------------------------------------------------------


def test_a_name_ending_like_a_work_noun_does_not_make_a_title() -> None:
    q = only('Ann Pike said the remark by Dr. Bo Song "was unkind and untrue."')
    assert q.speaker_names == ["Ann Pike"]


def test_a_lowercase_description_of_a_show_is_a_quote() -> None:
    q = only('Radio Harlow chief Ben Ortiz called the show "the best news hour in the valley."')
    assert q.speaker_names == ["Ben Ortiz"]


@pytest.mark.parametrize("title", ["Harbour Lights", "60 Minutes"])
def test_a_capitalised_title_after_a_work_noun_is_still_no_quote(title: str) -> None:
    assert run(f'Ann Pike said she loved the show "{title}" as a child.') == []


# -- a verb's object is not its speaker --------------------------------------------------------------


@pytest.mark.parametrize("verb", ["thanked", "praised", "blamed", "congratulated"])
def test_the_object_after_a_cue_is_not_an_inverted_speaker(verb: str) -> None:
    quotes = run(f'"We did it," {verb} the mayor for "a fine job".')
    assert [q.mention for q in quotes if q.mention and "mayor" in q.mention] == []


# -- frames around the cue ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Ann Pike punctuated the list by saying "Never again."',
        'Ann Pike drew boos upon saying, "The port will close."',
        'Ann Pike rallied the crowd by warning that "the port is in danger".',
    ],
    ids=["by-saying", "upon-saying", "by-warning-that"],
)
def test_a_participle_after_a_preposition_takes_the_sentence_subject(text: str) -> None:
    q = only(text)
    assert q.speaker_names == ["Ann Pike"]


@pytest.mark.parametrize(
    "text",
    [
        'Ann Pike, who once described the harbour master as "a menace", spoke.',
        'Ann Pike at the time said the plan was "a disaster".',
        'Ann Pike has clashed with the ferry board, at one point calling its chair a "fraud".',
    ],
    ids=["in-the-past", "at-the-time", "at-one-point"],
)
def test_an_adverbial_of_several_words_between_subject_and_cue(text: str) -> None:
    q = only(text)
    assert q.speaker_names == ["Ann Pike"]


@pytest.mark.parametrize(
    "text",
    [
        'Ann Pike referred to the mayor as "a bright leader" on Monday.',
        'Ann Pike, in every speech, refers to the harbour as "our golden gate."',
    ],
)
def test_referred_to_x_as(text: str) -> None:
    q = only(text)
    assert q.speaker_names == ["Ann Pike"]
    assert q.cue is not None and q.cue.startswith("refer")


def test_referring_to_a_term_without_as_is_no_attribution() -> None:
    assert run('Ann Pike referred to the "new class" of managers in her speech.') == []


def test_a_cue_followed_by_that_and_a_quotation_introduces_that_quotation() -> None:
    quotes = run('Ann Pike said the remark "was unkind." Bo Lind writes that "there is no room for it."')
    assert [q.speaker_names for q in quotes] == [["Ann Pike"], ["Bo Lind"]]


def test_commentators_are_a_source() -> None:
    q = only('Many commentators called the mayor "the adult in the room" after the debate.')
    assert q.mention == "Many commentators"
    assert [s.kind for s in q.speakers] == ["unnamed"]
