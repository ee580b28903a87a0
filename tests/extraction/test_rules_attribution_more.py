"""More attribution forms: who a quotation belongs to when the sentence around it is more
than "X said": reported clauses, introductions before the subject.
"""

from __future__ import annotations

import pytest

from .helpers import only, run

# -- quoted words inside a reported clause belong to the reporter ------------------------------

REPORTED = [
    pytest.param(
        'Nora Quill said Dan Ebbet called the plan "a farce" on Monday.',
        "Nora Quill",
        "said",
        id="said-then-called",
    ),
    pytest.param(
        'Mayor Ivo Brandt said he expects the vote to be "a formality" next week.',
        "Ivo Brandt",
        "said",
        id="said-he-expects",
    ),
    pytest.param(
        'Ivo Brandt told reporters that Dan Ebbet had promised to "fix every road" by May.',
        "Ivo Brandt",
        "told",
        id="told-object-that",
    ),
    pytest.param(
        'Critics say Dan Ebbet had proposed to "close the harbour" for a year.',
        "Critics",
        "say",
        id="plural-reporter",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), REPORTED)
def test_reported_clause_belongs_to_the_reporter(text: str, speaker: str, cue: str) -> None:
    q = only(text)
    assert q.mention is not None and speaker in q.mention
    assert q.cue == cue


def test_a_participle_introduction_is_not_the_subject() -> None:
    q = only('Alarmed by the flooding, Ada Morrow, the mayor, warned of "a hard winter".')
    assert q.speaker_names == ["Ada Morrow"]


# -- a verb or preposition used as a surname ----------------------------------------------------

SURNAMES = [
    pytest.param('"The vote is lost," From said.', "From", "said", id="preposition-surname"),
    pytest.param('"We will rebuild the pier," Read said on Monday.', "Read", "said", id="verb-surname"),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), SURNAMES)
def test_a_capitalised_word_before_the_verb_is_a_surname(text: str, speaker: str, cue: str) -> None:
    q = only(text)
    assert q.speaker_names == [speaker]
    assert q.cue == cue


def test_a_conjunction_is_no_surname() -> None:
    assert all(q.speaker_names != ["So"] for q in run('"It is over," So said the mayor, Ann Pike.'))


# -- a participle after a parenthetical attribution --------------------------------------------

PARENTHETICAL = [
    pytest.param(
        'The ferry will resume in June, Ann Pike said, adding, "We owe the island that."',
        "Ann Pike",
        "adding",
        id="said-adding",
    ),
    pytest.param(
        'Tom Reyes has no plan, the mayor recalled, noting that voters "want answers now."',
        "the mayor",
        "noting",
        id="recalled-noting",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), PARENTHETICAL)
def test_a_participle_goes_with_the_attribution_before_it(text: str, speaker: str, cue: str) -> None:
    q = only(text)
    assert q.mention == speaker
    assert q.cue == cue


def test_a_noun_before_the_participle_is_no_attribution() -> None:
    q = only('Ann Pike dismissed Tom Reyes\'s comments, saying they were "not serious."')
    assert q.speaker_names == ["Ann Pike"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Ann  Pike said the plan was "dead".', id="double-space"),
        pytest.param('Yesterday,  Ann Pike called the plan "dead".', id="double-space-after-intro"),
        pytest.param(
            'Sen. Ann Pike (D-Ore.) and Sen. Tom  Ray praised the plan.\n\n"It will bring jobs to '
            'every county in the state, and we will fight for every one of them."',
            id="blanked-parentheses",
        ),
    ],
)
def test_the_speaker_as_written_is_found_whatever_the_spacing(text: str) -> None:
    q = only(text)
    assert q.mention and "Pike" in q.mention
    assert "Ann Pike" in q.speaker_names


def test_a_direct_quotation_inside_a_report_is_its_speakers() -> None:
    q = only('Ann Pike said Tom Ray said, "We will win every seat in the valley this year."')
    assert q.speaker_names == ["Tom Ray"]


def test_a_time_and_a_pronoun_are_no_description_of_a_speaker() -> None:
    q = only('"We will win every seat in the valley this year," the next day he said.')
    assert q.mention != "the next day he"


def test_a_work_noun_that_is_a_verb_names_no_title() -> None:
    q = only('The emails show "The Department Knew About It," Ann Pike said.')
    assert q.speaker_names == ["Ann Pike"]
