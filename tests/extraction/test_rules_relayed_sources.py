"""Descriptions and names as speakers, round 5 (issue 13): a quotation relayed by a named
source, and the other rules of this round. Every text here is invented."""

from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not stop," Ann Pike said, according to Harbour Radio.', "Harbour Radio"),
        ('"We will not stop," said Ann Pike, the mayor, Harbour Radio reported.', "Harbour Radio"),
        ('"We will not stop," said Ann Pike, reports the Eastland Leader.', "Eastland Leader"),
        ('According to the Eastland Leader, Tom Ray called it "a disgrace" on Monday.', "Eastland Leader"),
    ],
)
def test_a_relayed_quotation_speaks_for_the_source_that_relayed_it(text: str, speaker: str) -> None:
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
        "Rep. Ann Pike is challenging Sen. Tom Ray. Last month, she released a web ad compiling "
        'some of Ray\'s statements. "We need leaders," the narrator says.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_the_ad_is_the_spot_a_described_body_put_out() -> None:
    text = (
        "The Harbour Action Committee was formed in May to back Ann Pike. Pike laughed off the "
        "attack ad on Sunday. In the new spot set to air Tuesday, the committee tries to change "
        'the subject. "She will fight for you," a voice-over in the ad states.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Harbour Action Committee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The agency looked for a link and did not find "ties of any consequence," aside from '
            "the two men knowing each other, said the agency's director, Tom Ray, on Monday.",
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
    text = 'Tom Ray, in a statement on Thursday, said he "values the hard work" shown by the staff in Ely.'
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Pike, Tom Ray's fired campaign manager, ripped the agency director for acting as "
        '"the judge and the jury" in the case.',
        'Ann Pike ripped the mayor for his "reckless and costly" plan.',
    ],
)
def test_ripping_someone_is_a_verb_of_speech(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_an_inverted_aside_before_the_quotation_names_its_speaker() -> None:
    text = (
        "The paradox of Nora, says Carl Lund, historian at the Eastland Library, is that she was "
        '"one of the most powerful first ladies" of her era.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Carl Lund"]
