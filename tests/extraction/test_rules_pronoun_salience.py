"""Whom he or she means beyond the nearest name (issue 13): salience rules of ``pronouns.py``."""

from __future__ import annotations

import pytest

from quotes_api.extraction.entities import DocumentEntities
from quotes_api.extraction.pronouns import opening_head, reporter_in
from quotes_api.extraction.sentences import Sentences

from .helpers import only, run


def test_he_opening_the_sentence_is_the_he_later_in_it() -> None:
    text = (
        "Mayor Leo Brandt spoke at the depot on Monday.\n\n"
        "He added that if his brother, Tom Brandt, who drove trains for 30 years, were still "
        'working, he would call the cuts "a betrayal" of the town.\n'
    )
    assert only(text).speaker_names == ["Leo Brandt"]


def test_a_chain_of_he_goes_back_to_the_man_it_began_with() -> None:
    text = (
        "Omar Haddad, 52, moved to Harwick from Sfax in 2004. Quickly, he made the quay his own. "
        "He bought a boat and a second net, and Harwick turned into his town. Lately, he said, "
        "he has landed smaller catches.\n\n"
        '"The tides were cruel," he said.\n'
    )
    assert only(text).speaker_names == ["Omar Haddad"]


def test_a_chain_stops_at_someone_quoted_in_between() -> None:
    """Regression guard, not a test that the chain rule works: the extractor before the rule
    passed it too. It fails if the chain reaches back past a speaker quoted in between."""
    text = (
        "Tom Ray chairs the board. He rarely speaks.\n\n"
        '"We will vote," said Leo Brandt.\n\n'
        '"It is settled," he added.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Leo Brandt"], ["Leo Brandt"]]


def test_she_later_in_the_sentence_before_is_its_subject_not_a_name_after_it() -> None:
    text = (
        "Though sad about the vote, Ann Pike said she does not believe Rosa Delgado and Mia Lund "
        'should resign.\n\n"They did their best," she told reporters.\n'
    )
    assert only(text).speaker_names == ["Ann Pike"]


def _mentions(text: str) -> tuple[DocumentEntities, list]:
    sentences = Sentences(text, [(0, len(text))])
    entities = DocumentEntities(text, sentences.start_of)
    return entities, entities.mentions_in(0, len(text))


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        pytest.param(
            "Tom Ray campaign chairman Leo Brandt said the vote would wait.", "Leo Brandt", id="modifier"
        ),
        pytest.param("Tom Ray's plan was backed by Leo Brandt.", "Leo Brandt", id="possessive"),
        pytest.param(
            "After Tom Ray left the hall, Leo Brandt said the vote would wait.",
            "Leo Brandt",
            id="subordinate-clause",
        ),
    ],
)
def test_the_head_of_the_opening_noun_phrase(sentence: str, head: str) -> None:
    entities, mentions = _mentions(sentence)
    assert opening_head(entities, mentions)[0][1].name == head


def test_a_plain_opening_name_stays_the_head() -> None:
    """Regression guard, not a test of :func:`opening_head`'s rules: an ``opening_head`` that
    keeps every mention (the sentence's first name, as before it) passes it too. It fails if
    the rules drop a plain subject."""
    entities, mentions = _mentions("Tom Ray said the vote would wait.")
    assert opening_head(entities, mentions)[0][1].name == "Tom Ray"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Tom Ray wasted the harbour money, Leo Brandt said.",
        "Mayor Tom Ray wasted the harbour money, said Leo Brandt, a lawyer.",
    ],
)
def test_the_one_reporting_a_sentence_is_named_after_its_comma(sentence: str) -> None:
    entities, mentions = _mentions(sentence)
    assert reporter_in(entities, mentions).name == "Leo Brandt"


def test_a_name_after_said_with_its_own_verb_is_no_reporter() -> None:
    """Regression guard, not a test that :func:`reporter_in` finds anyone: a ``reporter_in``
    that always answers None (no reporter, as before it) passes it too. It fails if a name
    with a verb of its own after "said" ("said Tom Ray hurt ...") is taken for the reporter."""
    entities, mentions = _mentions("Leo Brandt, for example, said Tom Ray hurt the harbour.")
    assert reporter_in(entities, mentions) is None


def test_he_after_someone_is_asked_is_the_one_asked() -> None:
    text = (
        "Radio host Leo Brandt then asked Tom Ray which districts he could still win.\n\n"
        '"We feel good about all of them," he said.\n'
    )
    assert only(text).speaker_names == ["Tom Ray"]


@pytest.mark.parametrize(
    ("other", "kin", "pronoun", "name"),
    [
        pytest.param("Ann Pike", "the mayor's wife, Odile,", "she", "Odile", id="wife-comma"),
        pytest.param("Leo Brandt", "her father, Bram,", "he", "Bram", id="father-comma"),
    ],
)
def test_a_kinship_word_before_a_lone_given_name_gives_its_gender(
    other: str, kin: str, pronoun: str, name: str
) -> None:
    text = (
        f'"We are proud of the town," said Senator {other}.\n\n'
        f'On Monday, {kin} is to speak. At a rally in May, {pronoun} called the plan "a good start."\n'
    )
    assert run(text)[-1].speaker_names == [name]


def test_a_name_after_an_owner_is_the_name_owned() -> None:
    text = "The Harbour Council's Tom Ray agrees. Merenland's Ann Pike does not."
    names = {e.name for e in DocumentEntities(text).entities if e.kind == "person"}
    assert names == {"Tom Ray", "Ann Pike"}


@pytest.mark.parametrize("contraction", ["He’s", "He's"])
def test_a_pronoun_contracted_with_is_or_has_is_the_pronoun(contraction: str) -> None:
    text = (
        f'Mayor Leo Brandt won on Tuesday.\n\n{contraction} predicting the port will "grow and grow" soon.\n'
    )
    assert only(text).speaker_names == ["Leo Brandt"]
