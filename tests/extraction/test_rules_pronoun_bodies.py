"""Whom he, she, it or they means, round 4 (issue 13): bodies, roles and first persons."""

from __future__ import annotations

import pytest

from quotes_api.extraction.entities import DocumentEntities
from quotes_api.extraction.pronouns import apposed_opening
from quotes_api.extraction.roles import is_body_role
from quotes_api.extraction.sentences import Sentences

from .helpers import only, run


def test_a_name_described_as_a_news_agency_is_no_he() -> None:
    text = (
        "Admiral Tom Brandt spoke to reporters on Friday about the patrols.\n\n"
        'Velkor, the official regional news agency, said that Brandt was "reckless."\n\n'
        '"I am not reckless," he said.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Tom Brandt"]


def test_a_body_role_is_read_at_its_head_noun() -> None:
    assert is_body_role("state's largest newspaper")
    assert is_body_role("company with revenue of $5 billion")
    assert not is_body_role("chairman of the agency")
    assert not is_body_role("at the Harbour Policy Institute")  # where someone works
    assert not is_body_role("Harbour Policy Institute")  # a name, not a description


def test_she_after_a_bare_surname_is_the_woman_of_that_family() -> None:
    text = (
        "Former governor Karl Voss and his wife, Ana Voss, toured the Brightwell plant. Karl Voss "
        "has backed the plant for years.\n\n"
        'Mia Lund, the plant manager, said the visit "went well."\n\n'
        "Voss told the workers that the plant would stay open. "
        '"We are proud of you," she said.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Ana Voss"]


def test_he_after_mrs_and_a_surname_is_not_her_husband() -> None:
    text = (
        "Karl Voss and his wife, Ana Voss, toured the plant.\n\n"
        "Mrs. Voss would do well to stay, said Tom Brandt, a union leader. "
        '"She knows the town," he said.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Tom Brandt"]


def test_i_in_a_column_headed_by_its_writer_is_the_writer() -> None:
    text = (
        "Ann Pike: Why I Left the Harbour Council.\n\n"
        "I served on the council for nine years. I never missed a vote.\n\n"
        'When the chairman asked me to stay, "I have done my part," I said.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Ann Pike"]]


def test_i_in_an_excerpt_from_a_named_book_is_its_author() -> None:
    text = (
        "Part Two of an Excerpt.\n\n"
        "Editor's note: the following is taken from Tom Brandt's new book about the strike.\n\n"
        'I stood up in court. "Your Honor," I said, "we only wanted fair pay." I sat down.\n'
    )
    assert {n for q in run(text) for n in q.speaker_names} == {"Tom Brandt"}


def test_i_is_nobody_named_in_a_headline_quoting_someone() -> None:
    text = "Pike: 'We Will Win'.\n\nTom Ray said he would run. \"We can win,\" I said to him.\n"
    assert [q.speaker_names for q in run(text)][-1] == []


def test_it_after_a_quoted_document_goes_on_with_its_sender() -> None:
    text = (
        "The Harbour Council met on Monday. Mayor Ann Pike sent an email to supporters on Tuesday.\n\n"
        '"Friends, we are close," the email read. It said that the vote was "too close to call."\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Ann Pike"], ["Ann Pike"]]


def test_he_after_a_parenthetical_reporter_is_the_reporter() -> None:
    text = (
        "Leo Brandt chairs the Harbour board. Tom Ray is its treasurer.\n\n"
        "Brandt, Ray said, has lost the trust of the town.\n\n"
        '"He should step down," he said.\n'
    )
    assert only(text).speaker_names == ["Tom Ray"]


def test_a_surname_that_is_also_a_nationality_is_the_person_once_named() -> None:
    text = (
        "Tom Irish, the mayor of Dunmore, met Leo Brandt on Monday.\n\n"
        "Brandt left early. Irish said the budget was fair.\n\n"
        '"We kept every promise," he said. "Every one," said Irish.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Tom Irish"], ["Tom Irish"]]


def test_a_name_after_like_is_no_subject() -> None:
    text = (
        "Tom Ray and Leo Delgado both sued the Harbour Company.\n\n"
        "Like Delgado, the former tenant, Ray does not want another trial. "
        '"I am 70, and I am tired," he said.\n'
    )
    assert only(text).speaker_names == ["Tom Ray"]


def test_the_nominee_with_no_one_named_so_is_the_candidate_of_the_headline() -> None:
    text = (
        "Ann Pike vows to cut harbour fees.\n\n"
        'Tom Ray, the harbour master, said the fees rose again in May. "We had no choice," he said.\n\n'
        '"We will cut them in half," the Labour nominee said on Friday.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Ann Pike"]


def test_he_after_an_opening_clause_is_the_main_clause_subject() -> None:
    text = (
        "Tom Ray and Leo Brandt debated in Dunmore on Monday.\n\n"
        "When Mr. Ray tried to defend his plan for the harbour, Mr. Brandt sharply differed. "
        '"The plan is a disaster," he said.\n'
    )
    assert only(text).speaker_names == ["Leo Brandt"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "One delegate, Harbour Labour Party chairwoman Rosa Delgado, pledged her vote to Ann Pike.",
            "Rosa Delgado",
        ),
        ("One pastor backing Mr. Ray, Leo Brandt of Dunmore, said he made calls.", "Leo Brandt"),
        ("One pastor, a friend of Tom Ray, said he made calls.", None),
        ("Tom Ray, a pastor, said he made calls.", None),
    ],
)
def test_the_name_apposed_to_an_opening_description(sentence: str, name: str | None) -> None:
    sentences = Sentences(sentence, [(0, len(sentence))])
    entities = DocumentEntities(sentence, sentences.start_of)
    found = apposed_opening(entities, entities.mentions_in(0, len(sentence)))
    assert (found[1].name if found else None) == name
