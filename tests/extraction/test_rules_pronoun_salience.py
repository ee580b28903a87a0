"""Whom he or she means beyond the nearest name (issue 13): salience rules of ``pronouns.py``."""

from __future__ import annotations

from .helpers import only, run


def test_he_opening_the_sentence_is_the_he_later_in_it() -> None:
    text = ("Mayor Leo Brandt spoke at the depot on Monday.\n\n"
            "He added that if his brother, Tom Brandt, who drove trains for 30 years, were still "
            "working, he would call the cuts \"a betrayal\" of the town.\n")
    assert only(text).speaker_names == ["Leo Brandt"]


def test_a_chain_of_he_goes_back_to_the_man_it_began_with() -> None:
    text = ("Omar Haddad, 41, came to Harwick from Tunis in 2011. Soon, he found the town welcoming. "
            "He got a van and a second oven, and Harwick became his home. Recently, he said, "
            "he has noticed fewer customers.\n\n"
            "\"The winter was hard,\" he said.\n")
    assert only(text).speaker_names == ["Omar Haddad"]


def test_a_chain_stops_at_someone_quoted_in_between() -> None:
    text = ("Tom Ray chairs the board. He rarely speaks.\n\n"
            "\"We will vote,\" said Leo Brandt.\n\n"
            "\"It is settled,\" he added.\n")
    assert [q.speaker_names for q in run(text)] == [["Leo Brandt"], ["Leo Brandt"]]
