"""Capitalised runs that name no one (a pact, a compound adjective, a headline's words before a
name, a description ending in a party) take no "he" or "she". Every text here is invented."""

from __future__ import annotations

import pytest

from quotes_api.extraction.attribution import is_verb_use
from quotes_api.extraction.cues import iter_cues
from quotes_api.extraction.headlines import cut_headline_lead
from quotes_api.extraction.name_scan import scan_names
from quotes_api.extraction.non_names import a_group, not_a_person

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
        "Bram Okafor, the envoy of the northern ports, spent a year on the talks.\n\n"
        "The Harbour Accord took effect on Monday, after his last round of calls. "
        '"It is long overdue," he said.'
    )
    [q] = run(text)
    assert q.speaker_names == ["Bram Okafor"]


def test_a_compound_adjective_is_not_whom_he_means() -> None:
    text = (
        "Teo Marsh wants more listeners. Portuguese-language radio is where he found them. "
        '"They asked for the show," he said.'
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


def test_a_town_written_with_its_state_is_not_whom_he_means() -> None:
    text = (
        "Farid Nasser drove a bus in Orrville, Ga., for ten years before the plant hired him.\n\n"
        "Orrville became his home, and the plant his second family. "
        '"I would not leave it for any city," he said.'
    )
    [q] = run(text)
    assert q.speaker_names == ["Farid Nasser"]


def test_the_first_words_of_a_school_s_name_are_a_place() -> None:
    text = (
        "Lena Voss taught at Birch Fork Middle School for a decade.\n\n"
        "Her brother Tomas Voss went on to lead the county board. "
        'Birch Fork was never far from his mind. "We owe that town a new gym," he said.'
    )
    [q] = run(text)
    assert q.speaker_names == ["Tomas Voss"]


@pytest.mark.parametrize(
    ("run_of_words", "name"),
    [
        ("Tireless Rosa Okafor", "Rosa Okafor"),
        ("Candidates Rosa Okafor", "Rosa Okafor"),
        ("Strom Okafor", "Strom Okafor"),  # a surname alone after the word: left whole
        ("New York Times", "New York Times"),  # a word after the given name: no person's name
        ("Embattled Okafor", "Okafor"),  # a participle before a surname
        ("United Kingdom", "United Kingdom"),  # a word after the participle: no surname
    ],
)
def test_a_headline_s_words_before_a_full_name_are_cut(run_of_words: str, name: str) -> None:
    assert cut_headline_lead(run_of_words) == name


def test_a_headline_naming_someone_after_its_verb_names_that_person() -> None:
    text = (
        "Council Picks Rosa Okafor for Second Term\n\n"
        "The harbour council on Tuesday chose Rosa Okafor to lead it for five more years. "
        '"The work is not done," Ms. Okafor said.'
    )
    [q] = run(text)
    assert q.speaker_names == ["Rosa Okafor"]


def test_a_plural_owner_before_a_name_is_not_part_of_it() -> None:
    text = 'Coastal Times’ Ivo Brandt asked about the levy. "It is not going away," Brandt said.'
    [q] = run(text)
    assert q.speaker_names == ["Ivo Brandt"]


def test_a_given_name_that_is_a_verb_does_not_make_the_name_before_it_speak() -> None:
    text = (
        "Ted Vance won the council vote on Tuesday night by a wide margin over two rivals.\n\n"
        "Vance thanked his family and friends, as well as his deputy, Omar Reyes, and his press "
        "aide, Hope Lund.\n\n"
        'He said his mother "had always believed in the plan."'
    )
    [q] = run(text)
    assert q.speaker_names == ["Ted Vance"]  # "Hope" opens a name here, it is no verb of Reyes's


@pytest.mark.parametrize("dateline", ["HARBOURTON —", "HARBOURTON, Pa. —", "HARBOURTON (Coastwire) --"])
def test_a_dateline_s_town_issues_no_document(dateline: str) -> None:
    text = (
        "Ferry fares go up again.\n\n"
        f"{dateline} The cost of the island ferries is the focus of a new radio spot.\n\n"
        '"Your fare is next," the spot says.'
    )
    [q] = run(text)
    assert not {"HARBOURTON", "Pa", "Coastwire"} & set(q.speaker_names)


def test_a_headline_s_participle_before_a_surname_leaves_the_surname_to_its_owner() -> None:
    text = (
        "Embattled Okafor keeps her seat\n\n"
        "Harbour Commissioner Rosa Okafor survived a vote of confidence on Monday. "
        '"I am not going anywhere," Okafor said.'
    )
    [q] = run(text)
    assert q.speaker_names == ["Rosa Okafor"]


def test_a_participle_phrase_after_a_quotation_is_no_speaker() -> None:
    text = (
        "Last spring, the harbour mayor said, the council called her plan a "
        '"pipe dream," making air quotes with both hands.'
    )
    quotes = run(text)
    assert all("making air" not in q.speaker_names for q in quotes)


def test_it_is_safe_to_say_is_the_writer_s_aside_not_a_verb_of_saying() -> None:
    text = (
        'Given how often the mayor has called the ferries a "floating ruin," it\'s safe to say '
        "she will not ride one soon."
    )
    [cue] = [c for c in iter_cues(text, 0, len(text)) if c.group() == "say"]
    assert not is_verb_use(text, cue)


def test_a_surname_ending_in_ing_is_a_name_not_a_participle() -> None:
    text = "Walking to the next house, Hosking shook her head."
    assert [n.name for n in scan_names(text).names] == ["Hosking"]  # "Walking" opens no name


@pytest.mark.parametrize(
    ("name", "group"),
    [("Nordic Anglers", True), ("Concerned Anglers", True), ("Rikka Wells", False), ("Hope Banks", False)],
)
def test_a_plural_after_an_adjective_names_a_group(name: str, group: bool) -> None:
    assert a_group(name) is group


def test_a_group_is_not_whom_she_means() -> None:
    text = (
        "Ana Lindqvist is listed as the chair of Nordic Anglers for Reform. Last week she wrote "
        'on the group\'s page, "We will not be ignored."'
    )
    [q] = run(text)
    assert q.speaker_names == ["Ana Lindqvist"]
