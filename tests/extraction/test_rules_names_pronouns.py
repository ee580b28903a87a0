"""Names and pronouns (attr-b): given names by gender, people told from places and headline
words, family members kept apart. Every text here is invented."""

from __future__ import annotations

import pytest

from quotes_api.extraction.entities import DocumentEntities
from quotes_api.extraction.lexicon import EITHER_NAMES, FEMALE_NAMES, MALE_NAMES

from .helpers import only, run


@pytest.mark.parametrize(
    ("given", "wanted"),
    [
        ("oksana", FEMALE_NAMES),
        ("siobhan", FEMALE_NAMES),
        ("thaddeus", MALE_NAMES),
        ("darnell", MALE_NAMES),
    ],
)
def test_the_given_name_list_knows_names_beyond_the_hand_typed_ones(given: str, wanted: frozenset) -> None:
    assert given in wanted


def test_an_ambiguous_given_name_has_no_gender() -> None:
    assert "taylor" in EITHER_NAMES and "taylor" not in FEMALE_NAMES | MALE_NAMES


def test_she_is_the_woman_with_a_listed_given_name_not_a_later_place_of_no_gender() -> None:
    text = (
        "Siobhan Mallory, a nurse, grew up nearby. Brackwater Heath has had no clinic for years.\n\n"
        '"We never had one," she said.\n'
    )
    assert only(text).speaker_names == ["Siobhan Mallory"]


def test_he_still_finds_a_man_whose_given_name_no_list_knows() -> None:
    text = 'Zarko Velimiroviq waited at the gate.\n\n"It was a long night," he said.\n'
    assert only(text).speaker_names == ["Zarko Velimiroviq"]


def test_a_bare_surname_made_male_by_his_is_whom_he_means() -> None:
    text = (
        "Senator Tom Ray spoke first.\n\nOkafor admitted that his choice was tactical, "
        'with an eye on the spring vote. "We need the north," he said.\n'
    )
    assert only(text).speaker_names == ["Okafor"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Lena Ortiz says Ana Ray is trying to distract voters.", id="says"),
        pytest.param("Lena Ortiz believes Ana Ray will lose the vote.", id="believes"),
    ],
)
def test_she_is_the_one_reporting_not_the_subject_of_what_she_reports(sentence: str) -> None:
    text = f'{sentence} She says voters want "a straight answer on the budget."\n'
    assert only(text).speaker_names == ["Lena Ortiz"]


def test_he_is_the_one_quoted_in_the_sentence_not_a_name_in_its_relative_clause() -> None:
    text = (
        '"We show our anger," said Paul Okafor, who admitted Tom Ray was his third choice.\n\n'
        '"We are alive," he said.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Paul Okafor"], ["Paul Okafor"]]


def test_a_town_after_in_is_no_subject_even_with_a_clause_after_it() -> None:
    text = (
        "Wes Okoro, a carpenter in Sandy Bay, who runs a small shop, recalled the flood of 2009.\n\n"
        'He said the town "never really dried out."\n'
    )
    assert only(text).speaker_names == ["Wes Okoro"]


@pytest.mark.parametrize("adverb", ["Nonetheless", "Nevertheless", "Already", "Neither"])
def test_a_sentence_adverb_is_no_name(adverb: str) -> None:
    assert DocumentEntities(f"{adverb} the plan stands, the council said on Monday.").entities == []


def test_mr_before_a_bare_surname_makes_him_someone_he_can_mean() -> None:
    text = 'Mr. Okafor lost the vote on Monday. He said that the plan was "far from dead."\n'
    assert only(text).speaker_names == ["Okafor"]


def test_mr_and_mrs_of_one_surname_are_two_people() -> None:
    text = (
        'Ana Delacroix spoke first. Mrs. Delacroix said "the bridge must be rebuilt." '
        'Her husband sat beside her. Mr. Delacroix said "the money is not there."\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Ana Delacroix"], ["Delacroix"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param('"We will win," said Ravi Okafor Jr. on Monday.\n', "Ravi Okafor Jr.", id="jr-after"),
        pytest.param('Ravi Okafor Jr. said: "We will win."\n', "Ravi Okafor Jr.", id="jr-before"),
        pytest.param('"We will win," said Tomas Brandt III.\n', "Tomas Brandt III", id="iii"),
        pytest.param(
            'Ellis Marshal King Jr. said "we will win."\n', "Ellis Marshal King Jr.", id="title-word"
        ),
    ],
)
def test_a_generational_suffix_is_part_of_the_name(text: str, name: str) -> None:
    assert only(text).speaker_names == [name]


def test_the_son_is_not_the_father() -> None:
    text = (
        'Ravi Okafor spoke first.\n\n"We will win," said Ravi Okafor Jr., his son.\n\n'
        '"It is done," Ravi Okafor said.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Ravi Okafor Jr."], ["Ravi Okafor"]]


@pytest.mark.parametrize("dash", ["\u2015", "\u2014", "-"])
def test_a_credit_line_after_a_quotation_names_its_speaker(dash: str) -> None:
    text = f"Tom Ray spoke.\n\n\u201cWe will rebuild the harbour by winter.\u201d {dash} Ann Pike\n"
    assert only(text).speaker_names == ["Ann Pike"]


def test_a_credit_line_may_give_a_role() -> None:
    text = "Tom Ray spoke.\n\n\u201cWe will rebuild the harbour.\u201d \u2014 Ann Pike, harbour master\n"
    assert only(text).speaker_names == ["Ann Pike"]


def test_a_credit_line_on_the_next_line_with_a_bar() -> None:
    text = "Mayor Tom Ray visited.\n\n\u201cWe will rebuild the harbour by winter.\u201d\n\n\u2015 Ann Pike\n"
    assert only(text).speaker_names == ["Ann Pike"]


def test_a_photo_credit_is_never_a_speaker() -> None:
    text = "Tom Ray spoke.\n\n\u201cWe will rebuild the harbour.\u201d \u2014 Getty/Instagram\n"
    assert "Getty" not in " ".join(only(text).speaker_names)


_TRANSCRIPT = (
    "The debate between Senator Ann Pike and Tom Ray was chaired by Moderator Lena Ortiz.\n\n"
    "Partial transcript:\n\nPIKE: \u201cWe will rebuild it.\u201d\n\n"
    "RAY: I said \u201cno\u201d to that plan.\n\nMODERATOR: \u201cThank you both.\u201d\n"
)


def test_a_transcript_turn_in_capitals_is_the_full_name_the_article_gives() -> None:
    assert [q.speaker_names for q in run(_TRANSCRIPT)] == [["Ann Pike"], ["Tom Ray"], ["Lena Ortiz"]]


def test_an_unnamed_role_in_capitals_is_a_role_not_a_name() -> None:
    text = "Partial transcript:\n\nMODERATOR: \u201cThank you both for coming tonight.\u201d\n"
    assert [(s.name, s.kind) for s in only(text).speakers] == [("moderator", "unnamed")]


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        pytest.param("Pike Said Harbour Would Close", "Pike", id="said"),
        pytest.param("Ann Pike Praised Harbour Plan", "Ann Pike", id="praised"),
        pytest.param("Pike Says Harbour Will Close", "Pike", id="says"),
        pytest.param("Rival Ann Pike Slams Plan", "Ann Pike", id="rival"),
    ],
)
def test_a_headline_verb_is_not_part_of_a_name(headline: str, name: str) -> None:
    names = [e.name for e in DocumentEntities(f"{headline}\n\nThe port stayed open.\n").entities]
    assert names == [name]


@pytest.mark.parametrize("name", ["Edward Said", "United States"])
def test_a_name_ending_in_a_word_like_a_verb_stays_whole(name: str) -> None:
    assert [e.name for e in DocumentEntities(f"On Monday {name} spoke.").entities] == [name]


@pytest.mark.parametrize("place", ["Brackwater County", "Upper Dell Side", "Marlow Heights"])
def test_she_is_never_a_district_or_county(place: str) -> None:
    text = (
        f"Siobhan Mallory grew up nearby. {place} has had no clinic for years.\n\n"
        '"We never had one," she said.\n'
    )
    assert only(text).speaker_names == ["Siobhan Mallory"]


def test_a_person_whose_surname_is_a_place_word_stays_a_person() -> None:
    assert [e.kind for e in DocumentEntities("On Monday Nora Lane spoke.").entities] == ["person"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        pytest.param("Ana Pike recalled Tom Ray telling her,", "Tom Ray", id="recalled-telling"),
        pytest.param("Ana Pike said Tom Ray told her,", "Tom Ray", id="said-told-her"),
        pytest.param("Ana Pike said Tom Ray told reporters:", "Tom Ray", id="told-reporters"),
        pytest.param("Ana Pike remembers her father saying,", "her father", id="kin"),
        pytest.param("Ana Pike spoke on Monday, saying:", "Ana Pike", id="her-own-words"),
    ],
)
def test_reported_speech_belongs_to_the_one_shown_speaking(sentence: str, speaker: str) -> None:
    text = f"{sentence} \u201cThe harbour will never close.\u201d\n"
    assert only(text).speaker_names == [speaker]


def test_he_is_the_sentence_subject_not_a_name_after_that_and_an_owner() -> None:
    text = (
        "Tom Okafor turned on the newspaper, pointing out that the paper's Ravi Costa had written "
        'the story in June. "They never learn," he said.\n'
    )
    assert only(text).speaker_names == ["Tom Okafor"]


def test_he_is_the_one_opening_the_sentence_before_not_a_man_in_its_apposition() -> None:
    text = (
        "Senator Tom Ray was in Ohio.\n\nArmand Wills, a longtime friend of Tom Ray, suggested "
        'that the senator was back in control. "He is back in charge," he told reporters.\n'
    )
    assert only(text).speaker_names == ["Armand Wills"]


def test_the_state_after_a_hometown_is_not_the_speaker() -> None:
    text = "Stacy Bell of Dunmore, Ohio says she thinks Ray can win if he keeps \u201cdoing that.\u201d\n"
    assert only(text).speaker_names == ["Stacy Bell"]


def test_a_town_opening_a_sentence_after_in_is_where_not_whom() -> None:
    from quotes_api.extraction.subjects import is_subject

    masked = "In Brackwater, refugees are welcome."
    assert not is_subject(masked, 0, masked.index("Brackwater"), masked.index(","))


def test_he_is_the_one_named_after_said_in_the_paragraph_before() -> None:
    text = (
        "Senator Tom Ray spoke on Monday.\n\nSome charges are hard to prove, said Grant Wills, a "
        'security official under Senator Ray.\n\n"It has to be plain to voters," he said.\n'
    )
    assert only(text).speaker_names == ["Grant Wills"]


def test_press_in_a_role_noun_is_no_speech_verb() -> None:
    text = "\u201cWe will win,\u201d Pike press secretary Brian Fallow said.\n"
    assert only(text).speaker_names == ["Brian Fallow"]


def test_she_is_the_one_who_said_in_a_relative_clause() -> None:
    text = (
        "Senator Ana Pike's plan was backed on Friday by Senator Lena Ortiz of Ohio, the panel's "
        'ranking member, who said the money was there.\n\n"It has never been in doubt," she said.\n'
    )
    assert only(text).speaker_names == ["Lena Ortiz"]
