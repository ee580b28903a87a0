"""Quotations attributed from their context: a description before the verb, the paragraph
before or after a quotation paragraph with no attribution of its own."""

from __future__ import annotations

from .helpers import only, run


def test_description_before_the_verb_is_the_speaker_not_the_paragraph_before() -> None:
    text = (
        "Mira Holt took the first question.\n\n"
        '"Many say the bridge came too late for the valley," the moderator said.'
    )
    q = only(text)
    assert q.mention == "the moderator"
    assert q.speaker_names != ["Mira Holt"]


def test_a_participle_with_by_is_no_speaker() -> None:
    text = 'Tonight the station shows "Harbour Lights," a film directed by Ivo Renn, at nine.'
    assert all(q.mention != "a film" for q in run(text))


def test_a_quotation_paragraph_after_an_attributed_one_goes_on_with_its_speaker() -> None:
    text = (
        '"The tunnel will open in May," said Ann Pike.\n\n'
        '"Nothing will stop it now, not even the winter floods."\n\n'
        "Mayor Ivo Renn said the city would pay half of the cost."
    )
    assert [q.speaker_names for q in run(text)] == [["Ann Pike"], ["Ann Pike"]]


def test_a_long_quotation_inside_a_sentence_is_its_subjects_not_the_last_speakers() -> None:
    text = (
        '"The plan is sound," Ann Pike said.\n\n'
        "In March, Ivo Renn found that the port "
        '"must stay open to every fishing boat from the valley, whatever the season brings."'
    )
    quotes = run(text)
    assert [q.speaker_names for q in quotes] == [["Ann Pike"], ["Ivo Renn"]]


def test_an_opening_adverb_is_no_subject() -> None:
    text = (
        '"The plan is sound," Ann Pike said.\n\n'
        'Specifically, "the port must stay open to every fishing boat from the valley, whatever '
        'the season brings."'
    )
    assert [q.speaker_names for q in run(text)] == [["Ann Pike"], ["Ann Pike"]]


def test_a_sentence_opening_quotation_is_the_previous_sentences_subjects() -> None:
    text = (
        '"I had nothing to do with the harbour deal," Ivo Renn replied.\n\n'
        "Kaisa Aho looked surprised and held up the minutes of the harbour board with his name. "
        '"Does that not show that you were at every single meeting about the harbour?"'
    )
    assert [q.speaker_names for q in run(text)] == [["Ivo Renn"], ["Kaisa Aho"]]


def test_the_speaker_of_the_previous_sentence_goes_on() -> None:
    text = (
        "Ivo Renn spoke for an hour. "
        '"We fixed the roads, we fixed the port, and we fixed the schools," he said. '
        '"Now the voters of the valley will tell us whether that was enough for them."'
    )
    assert [q.speaker_names for q in run(text)] == [["Ivo Renn"], ["Ivo Renn"]]


def test_quotation_paragraphs_after_a_sentence_that_says_who_spoke() -> None:
    text = (
        'Ivo Renn promised to "fix it" if elected.\n\n'
        'What "fix it" means is anyone\'s guess, since Renn spoke only in slogans at the rally.\n\n'
        '"We have to build the bridge and we have to build it this very year."\n\n'
        '"We have to be braver than the council has been for the last ten years."'
    )
    quotes = [q for q in run(text) if len(q.text) > 20]
    assert [q.speaker_names for q in quotes] == [["Ivo Renn"], ["Ivo Renn"]]


def test_a_scare_quote_in_the_paragraph_before_does_not_hide_its_subject() -> None:
    text = (
        '"The port is safe," Ann Pike told the board.\n\n'
        'Councillor Kaisa Aho once backed the plan, but now says it lacks "any real budget."\n\n'
        '"I think it can be saved, but nobody on the board wants to pay for it."'
    )
    assert run(text)[-1].speaker_names == ["Kaisa Aho"]


def test_the_one_who_argued_in_the_paragraph_before() -> None:
    text = (
        '"We will not vote," Ann Pike said.\n\n'
        "If anything, Kaisa Aho argued in her letter, the delay shows why the rules must change.\n\n"
        '"In light of this breach, is it wise for the board to keep such powers over the harbour?"'
    )
    assert run(text)[-1].speaker_names == ["Kaisa Aho"]


def test_an_opening_participle_is_no_subject_of_the_paragraph_before() -> None:
    text = (
        "Based upon the minutes of the harbour board, it is an open question.\n\n"
        '"We never voted on the bridge, and nobody asked us to vote on the bridge either."'
    )
    assert "Based" not in run(text)[0].speaker_names
