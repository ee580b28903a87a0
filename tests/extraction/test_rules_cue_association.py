"""Which cue and which noun phrase a quotation goes with, when a sentence or paragraph holds
several names and cues (issue 13, attr-c). All texts are invented."""

from __future__ import annotations

from .helpers import run


def speakers(text: str) -> list[list[str]]:
    return [q.speaker_names for q in run(text)]


def test_a_fragment_that_ends_its_sentence_is_not_the_next_sentences_object() -> None:
    text = ('Ivo Renn said the harbour board "wasted a decade." Ann Pike called the mayor a '
            '"reckless gambler." Tom Ray said the plan "cannot survive the winter."')
    assert speakers(text) == [["Ivo Renn"], ["Ann Pike"], ["Tom Ray"]]


def test_a_quotation_ending_its_sentence_keeps_a_short_said_clause_after_it() -> None:
    text = 'The vote was close. "We will win the next one." Ann Pike said. "Count on it."'
    assert speakers(text)[0] == ["Ann Pike"]


def test_a_name_before_an_apposition_with_no_closing_comma_speaks() -> None:
    text = ('Sam Lo, the communications director for the Ohio Green Party said in a statement. '
            '"There are no paper ballots to recount."')
    assert speakers(text) == [["Sam Lo"]]


def test_a_role_with_a_coordinated_title_in_an_open_apposition_is_no_speaker() -> None:
    text = ('Anton Rich, president and CEO of the Oregon Bakers Association stated, '
            '"It is not a political problem; it is a math problem."')
    assert speakers(text) == [["Anton Rich"]]


def test_a_name_inside_an_open_apposition_is_not_the_subject() -> None:
    text = ('Gary Byre, a former bodyguard for Governor Bill Laird has written a book about the '
            '"eruptive" temper of the governor and his "endless" grudges.')
    assert all(s == ["Gary Byre"] for s in speakers(text))


def test_an_object_before_a_comma_is_not_taken_for_the_subject() -> None:
    text = 'Speaking to Ann Pike, the mayor said the bridge was "a done deal."'
    assert all(q.mention == "the mayor" for q in run(text))
