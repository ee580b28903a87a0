"""Whom he, she, it or they means, round 5 (issue 13): names split by text noise, ..."""

from __future__ import annotations

from .helpers import run


def test_a_name_written_with_combining_accents_is_one_name() -> None:
    # "José Peña" with its accents as separate combining marks (decomposed Unicode)
    text = (
        "Jose\u0301 Pen\u0303a, the town's former mayor, spoke on Monday.\n\n"
        '"The plan is a very welcome change," he said.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Jose\u0301 Pen\u0303a"]]


def test_a_name_with_mis_encoded_accents_is_one_name() -> None:
    # "Peña" and "Jesús" read as Latin-1 after UTF-8 (mojibake), with decomposed capitals
    text = (
        "Luis PeA\u0303\u00b1a, a strategist, spoke on Monday.\n\n"
        '"The ferry should have sailed at noon," he said.\n\n'
        '"It is on time," said Rafael de JesA\u0303\x83A\u0302os, a pollster.\n'
    )
    assert [q.speaker_names for q in run(text)] == [
        ["Luis PeA\u0303\u00b1a"],
        ["Rafael de JesA\u0303\x83A\u0302os"],
    ]


def test_a_he_after_an_opening_participle_is_no_one_named_in_it() -> None:
    text = (
        "Down at the quay, handing out leaflets for the Ann Pike slate, is Tom Ray, a 58-year-old retired "
        "pilot who sold his boat in June. Tired of Leo Brandt's harbour fees "
        "and won over by Ann Pike's dredging plan, he's loyal to the councillor.\n\n"
        '"I hand out leaflets at every pier," he said.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Tom Ray"]]


def test_a_he_after_asked_about_someone_is_not_that_someone() -> None:
    text = (
        "Tom Ray arrived late on Monday.\n\n"
        'Asked about the plan Leo Brandt wrote, he said, "It is a fraud."\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Tom Ray"]]


def test_a_he_chain_goes_through_a_sentence_the_same_he_reports() -> None:
    text = (
        '"The fair is a mess," said Leo Brandt, the mayor.\n\n'
        "Tom Ray, a farmer from Dunmore, said he wrote to the board this month. Ray said he's "
        "ready to resist any move by the board to favour Brandt at the fair. But at the "
        "judging, pens are visited by number, he noted, so the prize may well be settled for "
        "Brandt before the judges ever reach his pen. He said large herds like "
        "Oakdale and Elmwood go first.\n\n"
        '"We wait," he said.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Tom Ray"]


def test_a_she_chain_skips_a_sentence_that_names_no_one() -> None:
    text = (
        '"The mill keeps this town afloat," said Ann Pike, who has worked there for 30 years.\n\n'
        "The mill's owners halved the pay rise of their manager, Tom Ray, in March. "
        '"It\'s a poor look," said Leo Brandt, a union steward.\n\n'
        "Over in Dunmore, pay cuts are the last news state Representative Rosa Delgado, "
        "a Democrat, wants to get. Her district takes in the mill, and mill work is "
        "unlike shop work, she said. To begin with, it pays better.\n\n"
        '"Three of my uncles worked that mill," she said over breakfast.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Rosa Delgado"]


def test_a_he_after_a_lone_surname_opening_the_sentence_before_is_that_surname() -> None:
    text = (
        'Leo Brandt admitted that his pick was political. "With an eye to the vote," he said.\n\n'
        'Okafor defied the question, and did not make a choice. "I will predict the winner," he '
        "said.\n"
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Okafor"]


def test_a_common_word_opening_the_sentence_before_is_no_he() -> None:
    text = (
        'Leo Brandt admitted that his pick was political. "With an eye to the vote," he said.\n\n'
        'Audiences defied the question. "I will predict the winner," he said.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Leo Brandt"]


def test_a_he_after_an_inverted_sentence_is_the_name_after_was() -> None:
    text = (
        '"We will win," said Leo Brandt at the rally.\n\n'
        "The band played on. Yet there by the exit was Okafor, the ferry ticket clerk. He was "
        "unmoved by the music.\n\n"
        '"This is a school fete," he said.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Okafor"]


def test_a_he_after_a_name_following_is_as_the_sentence_before_subject() -> None:
    text = (
        '"We will win," said Leo Brandt at the rally.\n\n'
        "Down at the quay, handing out leaflets for the Ann Pike slate, is Tom Ray, a pilot who "
        "sold his boat in June.\n\n"
        '"I am out every night," he said.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Tom Ray"]
