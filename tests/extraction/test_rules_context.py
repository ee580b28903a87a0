"""Quotations attributed from their context: a description before the verb, the paragraph
before or after a quotation paragraph with no attribution of its own."""

from __future__ import annotations

from .helpers import only, run


def test_description_before_the_verb_is_the_speaker_not_the_paragraph_before() -> None:
    text = ("Mira Holt took the first question.\n\n"
            '"Many say the bridge came too late for the valley," the moderator said.')
    q = only(text)
    assert q.mention == "the moderator"
    assert q.speaker_names != ["Mira Holt"]


def test_a_participle_with_by_is_no_speaker() -> None:
    text = 'Tonight the station shows "Harbour Lights," a film directed by Ivo Renn, at nine.'
    assert all(q.mention != "a film" for q in run(text))
