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
        '"We would have liked them to start earlier," he said.\n\n'
        '"It is on time," said Rafael de JesA\u0303\x83A\u0302os, a pollster.\n'
    )
    assert [q.speaker_names for q in run(text)] == [
        ["Luis PeA\u0303\u00b1a"],
        ["Rafael de JesA\u0303\x83A\u0302os"],
    ]


def test_a_he_after_an_opening_participle_is_no_one_named_in_it() -> None:
    text = (
        "Across town, canvassing for the Ann Pike campaign, is Tom Ray, a 33-year-old former "
        "cook who left his job in May. Dismayed by his memory of Leo Brandt's years in office "
        "and inspired by Ann Pike's agenda, he's committed to the senator.\n\n"
        '"I am knocking on doors all over town," he said.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Tom Ray"]]


def test_a_he_after_asked_about_someone_is_not_that_someone() -> None:
    text = (
        "Tom Ray arrived late on Monday.\n\n"
        'Asked about the plan Leo Brandt wrote, he said, "It is a fraud."\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Tom Ray"]]
