"""He and she: which person a reader takes a pronoun for, when more than one could be meant."""

from __future__ import annotations

import pytest

from .helpers import only


@pytest.mark.parametrize("sentence", [
    pytest.param("Mayor Leo Brandt walked out when Councillor Tom Reyes raised the budget.", id="when"),
    pytest.param("Mayor Leo Brandt laughed when Tom Reyes asked about the bridge.", id="when-no-title"),
])
def test_he_is_the_main_clause_subject_not_the_subject_of_a_when_clause(sentence: str) -> None:
    text = f"{sentence}\n\n\"It is a disgrace,\" he said.\n"
    assert only(text).speaker_names == ["Leo Brandt"]
