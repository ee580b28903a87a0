"""He and she: which person a reader takes a pronoun for, when more than one could be meant."""

from __future__ import annotations

import pytest

from quotes_api.extraction.entities import DocumentEntities
from quotes_api.extraction.subjects import is_subject

from .helpers import only


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Mayor Leo Brandt walked out when Councillor Tom Reyes raised the budget.", id="when"),
        pytest.param("Mayor Leo Brandt laughed when Tom Reyes asked about the bridge.", id="when-no-title"),
    ],
)
def test_he_is_the_main_clause_subject_not_the_subject_of_a_when_clause(sentence: str) -> None:
    text = f'{sentence}\n\n"It is a disgrace," he said.\n'
    assert only(text).speaker_names == ["Leo Brandt"]


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Pike Shuts The Door", id="the"),
        pytest.param("Pike Turns To Voters", id="to"),
    ],
)
def test_a_headline_in_title_case_is_no_person_she_could_mean(headline: str) -> None:
    text = f"{headline}.\n\nMayor Odile Pike spoke on Friday.\n"
    assert [e.name for e in DocumentEntities(text).entities if e.kind == "person"] == ["Odile Pike"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Mayor Ann Pike spoke to us just before Rosa Delgado arrived at the hall.", id="before"),
        pytest.param("Mayor Ann Pike waited outside until Rosa Delgado arrived at the hall.", id="until"),
        pytest.param("The rise of Rosa Delgado has worried Mayor Ann Pike for months.", id="of-name"),
        pytest.param("As for Ann Pike, the mayor stayed calm after Rosa Delgado arrived.", id="as-for-topic"),
    ],
)
def test_she_is_the_subject_of_the_main_clause(sentence: str) -> None:
    text = f'{sentence}\n\n"The matter is closed," she said.\n'
    assert only(text).speaker_names == ["Ann Pike"]


@pytest.mark.parametrize("verb", ["took", "gave", "won", "met"])
def test_a_name_before_an_irregular_past_tense_is_its_clauses_subject(verb: str) -> None:
    masked = f"The vote was close and Ann Pike {verb} the council by surprise."
    start = masked.index("Ann")
    assert is_subject(masked, 0, start, start + len("Ann Pike"))
