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
