"""Descriptions and names as speakers, round 5 (issue 13): a quotation relayed by a named
source, and the other rules of this round. Every text here is invented."""

from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not stop," according to Harbour Radio.', "Harbour Radio"),
        ('Ann Pike spoke first. "We will not stop," according to Harbour Radio.', "Harbour Radio"),
        ('The plan is "dead on arrival," according to the Eastland Leader.', "Eastland Leader"),
    ],
)
def test_a_relayed_quotation_no_one_in_its_sentence_says_speaks_for_its_source(
    text: str, speaker: str
) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not stop," Ann Pike said, according to Harbour Radio.', "Ann Pike"),
        ('"We will not stop," said Ann Pike, the mayor, Harbour Radio reported.', "Ann Pike"),
        ('"We will not stop," said Ann Pike, reports the Eastland Leader.', "Ann Pike"),
        ('According to the Eastland Leader, Tom Ray called it "a disgrace" on Monday.', "Tom Ray"),
    ],
)
def test_who_said_it_in_the_sentence_keeps_it_when_a_source_relays_it(text: str, speaker: str) -> None:
    """The product answers who said the words: the medium that passed them on is not the
    speaker (news annotation such as PolNeAR credits the medium instead)."""
    (quote,) = run(text)
    assert quote.speaker_names == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"We will not stop," Ann Pike said, according to a statement.',
        '"We will not stop," Ann Pike said, according to him.',
        '"We will not stop," Ann Pike said on Monday.',
    ],
)
def test_a_source_that_is_no_name_relays_nothing(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_an_ad_released_by_a_pronoun_speaks_for_the_person_it_means() -> None:
    text = (
        "Rep. Ann Pike is challenging Sen. Tom Ray. In April, she released a web ad gathering "
        'several of Ray\'s speeches. "We need leaders," the narrator says.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_the_ad_is_the_spot_a_described_body_put_out() -> None:
    text = (
        "The Harbour Action Committee was set up in June to support Ann Pike. Pike shrugged off the "
        "rival flyer on Friday. In the new spot due to run Thursday, the committee turns to ferry "
        'fares. "She will stand up for the harbour," a voice-over in the ad says.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Harbour Action Committee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The club searched for a connection and did not find "dealings of any importance," beyond '
            "the two managers having met once, said the club's chairman, Tom Ray, on Friday.",
            "Tom Ray",
        ),
        ('"I have made it clear" and against the port bill, Ann Pike said.', "Ann Pike"),
        ('Rents will keep "going up for years" in the city, Ann Pike said.', "Ann Pike"),
    ],
)
def test_a_speaker_closing_the_sentence_speaks_its_quotations(text: str, speaker: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == [speaker]


def test_a_closing_clause_with_a_quotation_in_it_names_no_speaker() -> None:
    text = 'Tom Ray, in a statement on Thursday, said he "prizes the long shifts" worked by the crews in Ely.'
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Pike, Tom Ray's sacked boat captain, ripped the harbour master for behaving as "
        '"the only skipper on the quay" at the inquiry.',
        'Ann Pike ripped the mayor for his "reckless and costly" plan.',
    ],
)
def test_ripping_someone_is_a_verb_of_speech(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_an_inverted_aside_before_the_quotation_names_its_speaker() -> None:
    text = (
        "The puzzle of Nora, says Carl Lund, archivist at the Eastland Library, is that she was "
        '"one of the most feared harbour masters" of her day.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Carl Lund"]


@pytest.mark.parametrize(
    "text",
    [
        "Columnist George Will wrote a sharp piece. Treating the defeat as a warning about the club's "
        '"dreams of the title," Will urged fans to expect less.',
        "Columnist George Will wrote a sharp piece. He praised the speech, which Will claims "
        'affirmed "the founding promise" of the club.',
    ],
)
def test_will_alone_before_a_verb_is_a_surname(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["George Will"]


@pytest.mark.parametrize(
    "text",
    [
        'Ray was asked by host Ann Pike, who backs him but has dismissed the story, "Now, has it not moved?"',
        'Ray was asked by moderator Ann Pike whether his plan would risk "adding another costly program."',
    ],
)
def test_the_agent_of_a_passive_question_asks_it(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_a_role_named_only_after_its_quotation_is_that_person() -> None:
    text = (
        "Tom Ray talked for an hour. The judge tapped her pen. "
        '"All of that repeats itself," the judge exclaimed. '
        "Ray was silent, and here was Judge Ann Pike professing her doubt."
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We are still winning," Ann Pike said during the session, according to a tape provided to '
            "Harbour Radio.",
            "Ann Pike",
        ),
        (
            '"The tide waits," the mayor will say, according to extracts of her speech released by '
            "the Harbour Council.",
            "mayor",
        ),
        ('"We are still winning," Ann Pike said, according to a person close to Tom Ray.', "Ann Pike"),
    ],
)
def test_a_record_provided_by_a_source_relays_nothing_its_speaker_said(text: str, speaker: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == [speaker]


def test_a_source_reporting_after_a_quoted_title_leaves_the_words_to_who_said_them() -> None:
    text = (
        'Tom Ray slammed the scouts for promoting "reckless ideas" on his weekly radio show, '
        '"Ray Live," Harbour Radio first reported.'
    )
    quotes = [q for q in run(text) if q.text.startswith("reckless")]
    assert [q.speaker_names for q in quotes] == [["Tom Ray"]]


def test_the_verb_of_an_adverbial_clause_does_not_introduce_the_next_quotation() -> None:
    text = '"I am happy with his reply," Kim Lund said after Tom Ray spoke. "My main worry is parking."'
    assert [q.speaker_names for q in run(text)] == [["Kim Lund"], ["Kim Lund"]]


def test_a_participle_before_a_colon_has_no_speaker_after_it() -> None:
    text = (
        '"It went fine," said Ann Pike, explaining she worked closely with Tom Ray, who ran the '
        'books: "He is a very good number cruncher."'
    )
    assert [q.speaker_names for q in run(text)] == [["Ann Pike"], ["Ann Pike"]]


def test_an_aside_naming_a_speaker_makes_the_sentence_theirs() -> None:
    (quote,) = run('Harbour Radio, Ann Pike said, called the plan "highly significant."')
    assert quote.speaker_names == ["Ann Pike"]


def test_a_plural_noun_after_a_preposition_is_no_speech_verb() -> None:
    text = (
        'Tom Ray blamed the problem on "sickos." Former Eastland governor Bill Stone called the use '
        'of executive orders "quite dangerous."'
    )
    assert [q.speaker_names for q in run(text)] == [["Tom Ray"], ["Bill Stone"]]
