"""Whom he, she, it or they means, round 4 (issue 13): bodies, roles and first persons."""

from __future__ import annotations

from quotes_api.extraction.roles import is_body_role

from .helpers import run


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
