"""Documents, polls and described bodies as speakers, round 4 (issue 13, classes 4 and 9).
Every text here is invented."""

from __future__ import annotations

import pytest

from quotes_api.extraction.name_parts import split_role

from .helpers import only, run


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("Bank of Eastland", (None, "Bank of Eastland")),
        ("Liberal Party of Westmark", (None, "Liberal Party of Westmark")),
        ("University of Dunmore", (None, "University of Dunmore")),
        ("Secretary of State Ann Pike", ("Secretary of State", "Ann Pike")),
        ("Chief of Staff Tom Ray", ("Chief of Staff", "Tom Ray")),
        ("Bank of Eastland Governor Ann Pike", ("Bank of Eastland Governor", "Ann Pike")),
    ],
)
def test_an_of_inside_a_body_name_splits_no_role(run: str, expected: tuple[str | None, str]) -> None:
    assert split_role(run) == expected


def test_a_release_speaks_for_the_party_named_with_of() -> None:
    text = (
        "Former Gov. Ann Pike was due at the dinner, but on Friday, the Liberal Party of Westmark "
        'announced she would stay away. "Ms. Pike will not attend," the release said.'
    )
    assert only(text).speaker_names == ["Liberal Party of Westmark"]


@pytest.mark.parametrize("described", ["the two lawmakers", "the two", "the committee chairmen"])
def test_a_plural_description_is_the_pair_just_named(described: str) -> None:
    text = (
        f'Rep. Ann Pike and Rep. Tom Ray wrote to the minister on Monday. "You misled us," {described} wrote.'
    )
    assert only(text).speaker_names == ["Ann Pike", "Tom Ray"]


def test_a_plural_description_with_no_pair_named_stays_unnamed() -> None:
    q = only('Ann Pike spoke first. "We will appeal," the lawyers said.')
    assert q.speaker_names == ["lawyers"]


def test_a_statement_speaks_for_who_confirmed_not_for_whom_it_reports() -> None:
    text = (
        "Harbour Radio confirmed that Ann Pike met Tom Ray.\n\n"
        "According to the statement, Pike met Ray to plan a show. "
        '"Ms. Pike has spoken to Mr. Ray about the show," the statement read.'
    )
    assert only(text).speaker_names == ["Harbour Radio"]


def test_the_narrator_speaks_for_who_ran_the_ad() -> None:
    text = (
        "Tom Ray unveiled his second ad on Monday. It will focus on jobs. Bill Stone, a Ray "
        'spokesman, said the campaign would spend more.\n\n"In Eastland, the middle class gets '
        'crushed," says a narrator.'
    )
    assert only(text).speaker_names == ["Tom Ray"]


def test_the_president_is_not_the_vice_president() -> None:
    text = (
        "Vice President Tom Ray opened the ferry debate on Monday. Bill Stone joined in later, mocking Ray "
        'at the quay. "He is rowing harder against me," the former president said.'
    )
    assert only(text).speaker_names == ["Bill Stone"]


def test_the_deputy_minister_is_still_the_deputy() -> None:
    text = 'Deputy Minister Ann Pike arrived late. "We are ready," the deputy minister said.'
    assert only(text).speaker_names == ["Ann Pike"]


def test_a_share_of_a_polls_respondents_speaks_for_the_poll() -> None:
    text = 'In a September Harbour Times poll, 75 percent of Liberals said "most politicians" lie.'
    assert only(text).speaker_names == ["Harbour Times"]


def test_the_poll_spoken_of_before_gives_its_issuer() -> None:
    text = (
        "According to a Quarry University poll out Thursday, Pike leads. "
        'The poll has bad news for Ray: 25 percent of likely voters say they would "never back" him.'
    )
    assert only(text).speaker_names == ["Quarry University"]


def test_a_share_with_no_poll_spoken_of_stays_the_respondents() -> None:
    text = 'At the rally, 40 percent of the volunteers said they were "exhausted" by noon.'
    assert only(text).speaker_names == ["volunteers"]


@pytest.mark.parametrize(
    "introduced",
    [
        "Robby Lane, Pike's campaign manager, spoke on Monday.",
        "Pike campaign manager Robby Lane spoke on Monday.",
    ],
)
def test_a_possessive_role_is_the_person_named_with_it(introduced: str) -> None:
    text = (
        f'Ann Pike toured the port. {introduced} Later, Pike\'s campaign manager said the race was "tight."'
    )
    assert only(text).speaker_names == ["Robby Lane"]


def test_his_office_speaks_for_him() -> None:
    text = 'Sen. Tom Ray spoke on Monday. His office issued a statement saying the port "cannot check" boats.'
    assert only(text).speaker_names == ["Tom Ray"]


def test_a_role_owned_by_a_pronoun_and_named_later_in_apposition_is_that_person() -> None:
    text = 'Tom Ray took the stage. His wife, Mia Ray, had warned him to act "presidential" on the night.'
    assert only(text).speaker_names == ["Mia Ray"]


def test_a_role_owned_by_a_name_and_never_named_stays_its_description() -> None:
    q = only('Ann Pike spoke on Monday. Pike\'s campaign manager said the race was "tight."')
    assert q.speaker_names == ["Pike's campaign manager"]


def test_a_spokesperson_for_a_titled_person_speaks_for_that_person() -> None:
    q = only('A spokesman for Liberal presidential candidate Ann Pike called the report "outrageous."')
    assert q.speaker_names == ["Ann Pike"]


def test_a_pair_named_with_party_tags_is_still_a_pair() -> None:
    text = (
        "Harbour Committee Chairman Tom Ray (R-Ore.) and Port Committee Chairman Ann Pike (R-Wash.) "
        'sent the letter on Monday.\n\n"The evidence is clear," the committee chairmen wrote.'
    )
    assert only(text).speaker_names == ["Tom Ray", "Ann Pike"]


def test_a_description_is_not_someone_named_in_its_own_sentences_introduction() -> None:
    text = (
        "Ann Pike spoke to the harbour board on Monday.\n\n"
        "In an interview with Morning Show hosts Joe Bell and Mia Stone, the presidential "
        'candidate said that Ray\'s comments were "divisive."'
    )
    assert only(text).speaker_names == ["Ann Pike"]


def test_the_subject_after_a_dateline_is_still_the_subject() -> None:
    text = (
        "WASHINGTON — Ann Pike doesn't recognize the bigotry of Tom Ray.\n\n"
        'In an interview, the candidate said his comments were "divisive."'
    )
    assert only(text).speaker_names == ["Ann Pike"]


def test_the_suit_is_the_lawsuit_filed_before() -> None:
    text = (
        "The lawsuit filed by a former clerk named Bill Stone alleges a long list of wrongs. "
        "Tom Ray said in a statement that the claims were baseless.\n\n"
        'Along with other claims, the suit says Ray lied. "Ray tied these lies to my firing," the suit reads.'
    )
    assert only(text).speaker_names == ["Bill Stone"]


def test_a_column_speaks_for_the_paper_it_ran_in() -> None:
    text = (
        "Tom Ray praised the ferry timetable on Monday. A widely read column in the weekly Eastland "
        'newspaper mocked the remark.\n\n"It was a fairy tale," the column noted.'
    )
    assert only(text).speaker_names == ["Eastland"]


def test_a_part_of_a_hyphenated_word_is_no_speech_verb() -> None:
    text = (
        'Tom Ray held a rally. "We have had offices here since April," said Ann Pike, Ray\'s '
        'in-state communications director, "and we built ties that last."'
    )
    assert [q.speaker_names for q in run(text)] == [["Ann Pike"], ["Ann Pike"]]


def test_a_possessive_role_before_the_apposed_name_opens_the_sentence() -> None:
    text = 'Tom Ray spoke. Ray\'s business manager, Bill Stone, stated: "When I spoke with him, he was sad."'
    assert only(text).speaker_names == ["Bill Stone"]


def test_state_before_a_role_noun_is_no_speech_verb() -> None:
    text = (
        'Tom Ray held a rally. "You cannot do it overnight," said Bill Stone, Ray\'s Eastland state '
        'director. "You cannot arrive late."'
    )
    assert [q.speaker_names for q in run(text)] == [["Bill Stone"], ["Bill Stone"]]


def test_a_coordinated_description_keeps_its_article_and_its_head_before_of() -> None:
    text = (
        'Ann Pike spoke on Monday. "We need more," she said. The Liberal front-runner and former '
        'secretary of state said the city "clearly" needed a new port.'
    )
    assert [q.speaker_names for q in run(text)] == [["Ann Pike"], ["Ann Pike"]]


def test_a_name_described_as_a_newspaper_is_the_medium() -> None:
    text = (
        "The pro-Pike Eastland Leader, Westmark's oldest newspaper, has printed several editorials. "
        '"Ray sank like a stone," the editorial board recently wrote.'
    )
    assert only(text).speaker_names == ["Eastland Leader"]


def test_a_poll_known_by_a_letter_is_the_poll_named_before() -> None:
    text = (
        "Friday's Quarry poll has Pike leading Ray by four points. The Q poll likewise finds that "
        'while 41 percent of voters say Ray is "largely at fault" for the fares, others do not.'
    )
    assert only(text).speaker_names == ["Quarry"]


def test_the_group_is_the_body_standing_as_subject_not_the_one_it_spoke_to() -> None:
    text = (
        "The Harbour Rescue Foundation declined to answer the skipper, and told Eastland Radio that "
        'its crews keep to the lifeboats. "Our boats come first," the group said.'
    )
    assert only(text).speaker_names == ["Harbour Rescue Foundation"]


def test_the_spokeswoman_of_a_described_person_speaks_for_that_person() -> None:
    text = (
        'Former Vice President Tom Ray endorsed Ann Pike on Monday. "He is thrilled," the former '
        "vice president's spokeswoman said."
    )
    assert only(text).speaker_names == ["Tom Ray"]


def test_from_the_report_before_a_colon_gives_the_report_its_issuer() -> None:
    text = (
        "The Harbour Research Center released a report on Monday about web panels. What the report "
        'means is simple. From the report: "Samples with more weighting were more accurate."'
    )
    assert only(text).speaker_names == ["Harbour Research Center"]


def test_a_statement_speaks_for_the_body_described_as_confirming() -> None:
    text = (
        "Bill Stone worked as finance director at Dunmore Freight Corporation in Ghent. The company "
        "confirmed he was aboard the ferry on Friday. He had worked at the depot for eight years "
        'and was "a much-liked colleague," the statement added.'
    )
    assert only(text).speaker_names == ["Dunmore Freight Corporation"]
