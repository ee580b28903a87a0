"""Which mention in the cue's sentence is its speaker: the sentence's subject, not a place or
an object met on the way (issue 13, mention choice). All texts are invented."""

from __future__ import annotations

from .helpers import run


def speakers(text: str) -> list[list[str]]:
    return [q.speaker_names for q in run(text)]


def test_a_place_and_its_region_after_a_preposition_are_no_subject() -> None:
    text = (
        "Ann Pike spoke on Monday. In June, she visited the harbour in Ely, Nevada and "
        'explained why "the fishermen" would back her.'
    )
    assert speakers(text) == [["Ann Pike"]]


def test_a_time_phrase_with_later_introduces_the_sentence() -> None:
    text = (
        "Ann Pike spoke on Monday. A month later, she toured the mill in Ely, Nevada and "
        'promised "better wages" to its workers.'
    )
    assert speakers(text) == [["Ann Pike"]]


def test_a_pronoun_subject_has_no_apposition_in_its_predicate() -> None:
    text = (
        "Ann Pike spoke on Monday. In June, she visited the harbour in Ely, Nevada, and "
        'called the fishermen "the backbone" of the town.'
    )
    assert speakers(text) == [["Ann Pike"]]


def test_a_named_subject_keeps_a_verb_after_a_place_and_its_region() -> None:
    text = 'Ann Pike visited the harbour in Ely, Nevada and explained why "the fishermen" back her.'
    assert speakers(text) == [["Ann Pike"]]


def test_a_condition_inside_a_reported_clause_keeps_the_reporter() -> None:
    text = (
        "Tom Ray is touring the county. He says if voters think the roads will be fixed by "
        '"the same old council, they have a candidate for that."'
    )
    assert speakers(text) == [["Tom Ray"]]


def test_a_when_clause_after_that_keeps_the_reporter() -> None:
    text = (
        'Ann Pike said that when Tom Ray railed against the banks, "he was speaking for all of the valley."'
    )
    assert speakers(text) == [["Ann Pike"]]


def test_any_speech_verb_reports_the_clause_its_that_opens() -> None:
    text = 'Ann Pike said she expected that the voters will say "no" to the toll.'
    assert speakers(text) == [["Ann Pike"]]


def test_a_place_with_an_article_after_a_preposition_is_no_subject() -> None:
    text = (
        "In a long interview last year, Tom Ray said he welcomed the transfer to the United "
        'Kingdom and added, "I will plead guilty, no problem."'
    )
    assert speakers(text) == [["Tom Ray"]]


def test_the_object_before_an_infinitive_is_no_speaker() -> None:
    text = (
        "Tom Ray was there. Ann Pike said she would like Tom Ray to spell out his ferry plan "
        'but backs him because there is "little doubt" he will deliver.'
    )
    assert speakers(text) == [["Ann Pike"]]


def test_a_relative_clause_of_speech_before_the_quotation_speaks() -> None:
    text = (
        'In 2009, under what Tom Ray called "the old model," the Elm Creek Golf Club, a '
        "private course in Ely, charged a large fee."
    )
    assert speakers(text) == [["Tom Ray"]]


def test_a_quotation_in_an_opening_subordinate_clause_is_that_clauses() -> None:
    text = (
        'After Tom Ray said that poor pupils might do better at "lesser schools," Ann Pike '
        'said: "I do not like what he said."'
    )
    assert speakers(text) == [["Tom Ray"], ["Ann Pike"]]


def test_a_belief_of_the_reporters_own_keeps_the_reporter() -> None:
    text = (
        "Ann Pike spoke at noon. She added that she thinks Tom Ray wins over some of her "
        'members because of the "real fear" many harbour families feel about the closures.'
    )
    assert speakers(text) == [["Ann Pike"]]


def test_pointed_out_that_reports_its_clause() -> None:
    text = (
        'Tom Ray was on. When Ann Pike pointed out that Tom Ray refers to it as "care for '
        'all," the crowd cheered.'
    )
    assert speakers(text) == [["Ann Pike"]]
