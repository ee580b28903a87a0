"""Capitalised runs that name no one (a pact, a compound adjective, a headline's words before a
name, a description ending in a party) take no "he" or "she". Every text here is invented."""

from __future__ import annotations

import pytest

from quotes_api.extraction.non_names import not_a_person

from .helpers import run


@pytest.mark.parametrize(
    "name",
    ["Harbour Accord", "Clean Rivers Act", "Portuguese-language", "Dakota Republican", "Absent Marsh"],
)
def test_names_of_no_one(name: str) -> None:
    assert not_a_person(name)


def test_a_surname_that_is_no_word_keeps_the_name() -> None:
    assert not not_a_person("Tireless Okafor")  # a headline's word, but no rule can tell


@pytest.mark.parametrize(
    "name", ["Newt Vale", "Bob Okafor", "Ban Ki-moon", "Republicans", "Sant Singh Chatwal", "Rust Belt"]
)
def test_people_and_groups_stay_as_they_are(name: str) -> None:
    assert not_a_person(name) is (name == "Rust Belt")


def test_a_pact_is_not_whom_he_means() -> None:
    text = (
        "Delegates from nine ports met on Monday to sign the Harbour Accord.\n\n"
        "Pilot Bram Okafor watched from the quay. The Harbour Accord will lower the fees of "
        'small boats from June. "It is long overdue," he said.'
    )
    [q] = run(text)
    assert q.speaker_names == ["Bram Okafor"]


def test_a_compound_adjective_is_not_whom_he_means() -> None:
    text = (
        "The shipping firm hired Teo Marsh to run its radio spots.\n\n"
        "The spots will air on the Portuguese-language station every evening. "
        '"Listeners asked for them," he said.'
    )
    [q] = run(text)
    assert q.speaker_names == ["Teo Marsh"]


def test_a_word_of_a_headline_before_a_surname_that_is_a_word_is_no_person() -> None:
    text = (
        "Absent Marsh leaves harbour debate to rivals\n\n"
        "Teo Marsh stayed away from the harbour debate on Sunday. "
        '"I had a ferry to catch," Marsh said.'
    )
    [q] = run(text)
    assert q.speaker_names == ["Teo Marsh"]
