"""Descriptions as speakers, round 6 (issue 13): bodies a description names or that the
article described by the same noun, and the other rules of this round. Every text here is
invented."""

from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Today, the Harbour Leader newspaper calls it "the pearl" of the coast.', "Harbour Leader"),
        ('In a first, the Tern group is calling on Ann Pike to "stop the sale" of the port.', "Tern"),
    ],
)
def test_a_description_of_a_body_that_holds_its_name_speaks_as_that_body(text: str, speaker: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == [speaker]


def test_a_place_in_a_description_of_a_body_is_no_name() -> None:
    (quote,) = run('Acme Freight moved north. "We stay," the Ohio company said.')
    assert quote.speaker_names == ["Acme Freight"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The super PAC, Vote Ely Action, has made an ad buy. Ann Pike laughed. "We win," the PAC said.',
            "Vote Ely Action",
        ),
        (
            "Tern, a conservative group funded by donors, wrote to Ann Pike. Acme Freight said it would"
            ' wait. "The risk is high," the group wrote.',
            "Tern",
        ),
        (
            "The super PAC, Vote Ely Action, has made an ad buy. Ann Pike laughed it off. In the new spot,"
            ' the PAC talks about the harbour instead. "We win," the voice-over in the ad says.',
            "Vote Ely Action",
        ),
    ],
)
def test_a_body_described_by_its_kind_is_the_one_the_article_gave_that_description(
    text: str, speaker: str
) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == [speaker]


def test_an_unnamed_spokesperson_in_parentheses_speaks_for_the_owner() -> None:
    text = 'Ann Pike called Tom Ray a liar.\n\n(Ray\'s spokeswoman said he "holds that the ferry will sail.")'
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ray ran hard all year.\n\nAccording to his physician of twenty years, the businessman had"
        ' "sound" lungs. The letter was signed by Dr. Ann Pike, who has treated him for years.',
        'Tom Ray ran hard all year. "He is fit," his physician said. She is Dr. Ann Pike, of Ely.',
    ],
)
def test_a_possessive_role_named_only_after_its_quotation_is_that_person(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_a_possessive_role_no_one_holds_stays_a_description() -> None:
    (quote,) = run('Tom Ray ran hard all year. "He is fit," his physician said. Ann Pike agreed.')
    assert quote.speaker_names == ["his physician"]


def test_a_name_a_preposition_governs_did_not_issue_the_document() -> None:
    text = (
        "Ann Pike, the widow of a deckhand lost when the Ely ferry sank, has filed a lawsuit against"
        ' Bill Stone.\n\nThe lawsuit contends that "the sinking was caused by the neglect" of Stone.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_a_document_the_article_began_with_keeps_its_issuer_far_on() -> None:
    filler = " ".join(["The port grew fast in those years, and the town grew with it."] * 60)
    text = (
        "Three years ago, the Harbour Council published a report on the port. "
        + filler
        + '\n\n"The risk is high," the report stated.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Harbour Council"]


@pytest.mark.parametrize(
    ("run_of_words", "name"),
    [
        ("Republican National Committee", "Republican National Committee"),
        ("White House", "White House"),
        ("Chinese Foreign Ministry", "Chinese Foreign Ministry"),
        ("Harbour Council Chairman Tom Ray", "Tom Ray"),
    ],
)
def test_a_body_s_head_after_title_words_keeps_them_in_its_name(run_of_words: str, name: str) -> None:
    from quotes_api.extraction.name_parts import split_role

    assert split_role(run_of_words)[1] == name


def test_a_medium_its_editors_are_named_with_is_what_the_newspaper_means() -> None:
    text = (
        "That annoyed the editors of The Beacon, who pointed their editorial at Ann Pike."
        '\n\nThe newspaper urged Pike to come. "Ely is waiting," the newspaper said.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Beacon"]


def test_an_acronym_in_a_description_of_a_body_is_the_name_it_spells() -> None:
    text = (
        "Harbour Workers Union leaders met on Monday.\n\n"
        'In a first, the HWU group is urging Ann Pike to "stop the sale."'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Harbour Workers Union"]


def test_a_speaker_written_as_an_acronym_keeps_it() -> None:
    text = 'Harbour Workers Union leaders met on Monday.\n\n"We will strike," the HWU said.'
    (quote,) = run(text)
    assert quote.speaker_names == ["HWU"]


def test_a_rank_no_title_of_the_person_contradicts_is_that_person() -> None:
    text = 'Tom Ray will skip the rally in Ely. "Duty calls," the former vice president\'s spokeswoman said.'
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


def test_the_vice_president_is_not_the_president_just_named() -> None:
    (quote,) = run('President Tom Ray spoke first. "We agree," the vice president said.')
    assert quote.speaker_names != ["Tom Ray"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Harbour Board of Elections was firm. But a New Eastland ballot commission in January was"
            ' less sure. That, the commission said, "might ease the queues."',
            "New Eastland ballot commission",
        ),
        (
            "A Westland official spoke, while Eastland's foreign ministry also weighed in. "
            '"Stay out," the ministry said in a statement.',
            "Eastland's foreign ministry",
        ),
    ],
)
def test_a_body_a_description_introduced_is_what_its_noun_means_later(text: str, speaker: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == [speaker]


def test_a_body_named_with_the_noun_comes_before_one_a_description_introduced() -> None:
    text = (
        "The Harbour Commission met on Monday. A New Eastland ballot commission was less sure. "
        '"We will rule," the commission said.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Harbour Commission"]


def test_the_company_is_no_school_and_no_heading() -> None:
    text = (
        "ABSTRACT\n\nAcme Freight said the Harbour School of Journalism got it wrong. The Harbour School"
        ' of Journalism stood by its work. "It is false," the company said.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Acme Freight"]


def test_a_role_answering_a_question_is_not_the_one_who_asked() -> None:
    text = (
        'Tom Ray spoke to Ann Pike on Sunday. "No money, no staff," Ray said.\n\n"So you won?" Pike asked.'
        '\n\n"That would be me, yes," the senator said.'
    )
    assert [q.speaker_names for q in run(text)] == [["Tom Ray"], ["Ann Pike"], ["Tom Ray"]]


def test_a_coordinated_description_opening_with_a_party_keeps_its_article() -> None:
    text = (
        "Democratic presidential candidate Tom Ray spoke on Friday. Ann Pike, a baker, listened.\n\n"
        'The Vermont governor and Democratic presidential hopeful told Harbour Radio: "Dredge the quay."'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


def test_a_plural_role_before_names_is_each_one_s_and_the_one_named_last_holds_it() -> None:
    text = (
        "In an interview with Morning Show hosts Tom Bell and Mia Stone, Ann Pike spoke of the port. "
        'She went there once, something Bell could understand.\n\n"I went there too," the host said.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Bell"]


def test_a_document_from_a_described_body_speaks_for_that_body() -> None:
    text = (
        "Tom Ray, the treasurer, backed Ann Pike for the post.\n\nA letter this month to the board from the"
        ' staff association, which urged other nominees, was blunt. "This must change," the letter said.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["staff association"]


def test_an_ad_named_by_a_person_is_the_committee_the_article_names_as_theirs() -> None:
    text = (
        "The ad is funded by strategist Tom Ray's PAC, Harbour Fund Action.\n\n"
        'The Ray ad hits Ann Pike for taking "money from the banks" and claims that "the banks made'
        ' her rich."'
    )
    assert [q.speaker_names for q in run(text)] == [["Harbour Fund Action"]] * 2


def test_an_ad_named_by_a_person_with_no_committee_is_theirs() -> None:
    text = (
        "Tom Ray spoke in Ely on Monday.\n\n"
        'The Ray ad hits Ann Pike for taking "money from the banks" and claims that "the banks made'
        ' her rich."'
    )
    assert [q.speaker_names for q in run(text)] == [["Tom Ray"]] * 2
