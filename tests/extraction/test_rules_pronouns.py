"""He and she: which person a reader takes a pronoun for, when more than one could be meant."""

from __future__ import annotations

import pytest

from quotes_api.extraction.entities import DocumentEntities

from .helpers import only


@pytest.mark.parametrize("sentence", [
    pytest.param("Mayor Leo Brandt walked out when Councillor Tom Reyes raised the budget.", id="when"),
    pytest.param("Mayor Leo Brandt laughed when Tom Reyes asked about the bridge.", id="when-no-title"),
])
def test_he_is_the_main_clause_subject_not_the_subject_of_a_when_clause(sentence: str) -> None:
    text = f"{sentence}\n\n\"It is a disgrace,\" he said.\n"
    assert only(text).speaker_names == ["Leo Brandt"]


@pytest.mark.parametrize("headline", [
    pytest.param("Pike Shuts The Door", id="the"),
    pytest.param("Pike Turns To Voters", id="to"),
])
def test_a_headline_in_title_case_is_no_person_she_could_mean(headline: str) -> None:
    text = f"{headline}.\n\nMayor Odile Pike spoke on Friday.\n"
    assert [e.name for e in DocumentEntities(text).entities if e.kind == "person"] == ["Odile Pike"]
