"""The cue lexicon is consistent with itself: each verb once, weak cues are cues."""

from collections import Counter

from quotes_api.extraction.cues import CUE_WORDS, SPEECH_VERBS, WEAK_CUES, inflections


def test_each_speech_verb_is_listed_once():
    repeated = sorted(verb for verb, n in Counter(SPEECH_VERBS).items() if n > 1)
    assert repeated == []


def test_weak_cues_are_all_cue_words():
    assert sorted(WEAK_CUES - CUE_WORDS) == []


def test_verbs_ending_in_consonant_o_take_es():
    assert "echoes" in inflections("echo")
    assert "echoes" in CUE_WORDS
