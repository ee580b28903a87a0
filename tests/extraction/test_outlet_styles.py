"""Invented articles in the house styles of other outlets: British single quotation marks with
the cue first, AP's 'said' after, the BBC's 'told the BBC', guillemets as in Swiss and French
English-language outlets, and an interview written as questions and answers."""

from __future__ import annotations

from .helpers import run


def pairs(text: str) -> list[tuple[str, list[str]]]:
    return [(q.text, q.speaker_names) for q in run(text)]


def test_british_single_marks_with_the_cue_first() -> None:
    text = (
        "The home secretary, Ann Pike, said: 'We will not back down on this, whatever the "
        "courts decide.'\n\nTom Ray, the shadow minister, replied: 'She has lost the argument "
        "and she knows it.'"
    )
    assert pairs(text) == [
        ("We will not back down on this, whatever the courts decide.", ["Ann Pike"]),
        ("She has lost the argument and she knows it.", ["Tom Ray"]),
    ]


def test_ap_said_after_the_quotation() -> None:
    text = (
        '"We\'re not going anywhere," said Tom Ray, a spokesman for the Harbour Council.\n\n'
        '"The boats stay," Ray said Tuesday. "So do the people who work them."'
    )
    assert pairs(text) == [
        ("We're not going anywhere,", ["Tom Ray"]),
        ("The boats stay,", ["Tom Ray"]),
        ("So do the people who work them.", ["Tom Ray"]),
    ]


def test_bbc_told_the_bbc() -> None:
    text = (
        "Ann Pike told the BBC: 'It was a shock to everyone in the village.'\n\n"
        "Her neighbour Ivo Renn told BBC Radio Ely he was 'devastated' by the closure.\n\n"
        "'We never thought it would come to this,' he told the BBC."
    )
    assert pairs(text) == [
        ("It was a shock to everyone in the village.", ["Ann Pike"]),
        ("devastated", ["Ivo Renn"]),
        ("We never thought it would come to this,", ["Ivo Renn"]),
    ]


def test_guillemets_in_english_copy() -> None:
    text = (
        "«We are ready for the vote,» said Ann Pike, the president of the canton council.\n\n"
        "Tom Ray, who leads the opposition, said: «The canton cannot afford it.»"
    )
    assert pairs(text) == [
        ("We are ready for the vote,", ["Ann Pike"]),
        ("The canton cannot afford it.", ["Tom Ray"]),
    ]


def test_question_and_answer_interview() -> None:
    text = (
        "Ann Pike, the new head of the Harbour Council, spoke to us this week.\n\n"
        'Asked what went wrong last year, Pike said: "We moved too fast, and we did not '
        'listen to the fishermen."\n\n'
        'Would she run again? "Not this year," she replied. "The harbour comes first."'
    )
    assert pairs(text) == [
        ("We moved too fast, and we did not listen to the fishermen.", ["Ann Pike"]),
        ("Not this year,", ["Ann Pike"]),
        ("The harbour comes first.", ["Ann Pike"]),
    ]


def test_answers_labelled_a_after_questions_labelled_q_are_the_interviewees() -> None:
    text = (
        "Ann Pike, the new head of the Harbour Council, sat down with us this week.\n\n"
        "Q: What went wrong last year?\n\n"
        'A: "We moved too fast, and we did not listen to the fishermen."\n\n'
        "Q: Will you run again?\n\n"
        'A: "Not this year. The harbour comes first."'
    )
    assert pairs(text) == [
        ("We moved too fast, and we did not listen to the fishermen.", ["Ann Pike"]),
        ("Not this year. The harbour comes first.", ["Ann Pike"]),
    ]


def test_a_paragraph_opening_with_a_is_no_answer_without_questions() -> None:
    text = (
        "Ann Pike opened the meeting.\n\n"
        'A: "This line is a caption, not an answer to anything at all, you see."'
    )
    assert all(q.rule != "interview" for q in run(text))
