"""More attribution forms: who a quotation belongs to when the sentence around it is more
than "X said": reported clauses, introductions before the subject.
"""

from __future__ import annotations

import pytest

from .helpers import only

# -- quoted words inside a reported clause belong to the reporter ------------------------------

REPORTED = [
    pytest.param('Nora Quill said Dan Ebbet called the plan "a farce" on Monday.', "Nora Quill", "said",
                 id="said-then-called"),
    pytest.param('Mayor Ivo Brandt said he expects the vote to be "a formality" next week.', "Ivo Brandt",
                 "said", id="said-he-expects"),
    pytest.param('Ivo Brandt told reporters that Dan Ebbet had promised to "fix every road" by May.',
                 "Ivo Brandt", "told", id="told-object-that"),
    pytest.param('Critics say Dan Ebbet had proposed to "close the harbour" for a year.', "Critics", "say",
                 id="plural-reporter"),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), REPORTED)
def test_reported_clause_belongs_to_the_reporter(text: str, speaker: str, cue: str) -> None:
    q = only(text)
    assert q.mention is not None and speaker in q.mention
    assert q.cue == cue


def test_a_participle_introduction_is_not_the_subject() -> None:
    q = only('Alarmed by the flooding, Ada Morrow, the mayor, warned of "a hard winter".')
    assert q.speaker_names == ["Ada Morrow"]
