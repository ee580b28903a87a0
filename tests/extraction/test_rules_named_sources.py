"""Named sources, round 6 (issue 13): quotations whose source is written as a name but
were credited to someone else. Every text here is invented."""

from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize(
    "text",
    [
        '"She knows what it takes," said Ms. Pike, who has often faced Mr. Ray\'s Twitter attacks. '
        '"She does not whine, and she never runs away from a fight."',
        '"The table is grim for any club," explained analyst Ann Pike, president of the Harbour '
        'Network think tank. "She is set to finish first, and it is hard to see how Lund closes the gap."',
        '"You will hear many songs," said Ann Pike, 32, a volunteer for the Lund club in '
        'Dunmore who said she meant to sing. "I do not like crowds, but we must be heard."',
    ],
)
def test_the_tail_of_an_inverted_attribution_does_not_introduce_the_next_quotation(text: str) -> None:
    first, second = run(text)
    assert first.speaker_names[-1].endswith("Pike")
    assert second.speaker_names == first.speaker_names


@pytest.mark.parametrize(
    "text",
    [
        '"We are closing the pier early," state Sen. Tom Ray (D) said about halfway through.',
        '"We are closing the pier early," state Rep. Tom Ray said.',
    ],
)
def test_state_before_a_title_is_no_verb_right_after_a_quotation(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


def test_reacted_is_a_verb_of_speech() -> None:
    (quote,) = run('"She called the ferry crews lazy. Which crews does she mean?" reacted Ann Pike.')
    assert quote.speaker_names == ["Ann Pike"]


def test_retaliated_is_a_verb_of_speech() -> None:
    quotes = run('"Ely will always be Ely," an angry Ann Pike retaliated. "It never gives up, not ever."')
    assert [q.speaker_names for q in quotes] == [["Ann Pike"], ["Ann Pike"]]


@pytest.mark.parametrize(
    "text",
    [
        'But even as Tom Ray claimed on Tuesday that "the coach was sacked for much less," '
        "one of the lawyers for Ann Pike said the cases differ.",
        'As Tom Ray claimed that "the coach was sacked for much less," Ann Pike said the cases differ.',
    ],
)
def test_an_opening_as_clause_keeps_its_quotation(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


@pytest.mark.parametrize(
    "text",
    [
        "Even after the photos appeared, the Ray club has denied any fault, with Ann Pike "
        'taking to Twitter to call Tom Lund "plainly confused" for the claim.',
        "Rival skippers were fast to weigh in, with Ann Pike tweeting that the fee was a blow to Lund "
        'and asking, "Why should anyone with such poor sense run our harbour?"',
    ],
)
def test_an_absolute_with_clause_names_its_speaker(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_a_main_clause_after_an_absolute_with_clause_keeps_its_verb() -> None:
    (quote,) = run('With Ann Pike watching, Tom Ray called it "pure fiction" on Monday.')
    assert quote.speaker_names == ["Tom Ray"]


@pytest.mark.parametrize(
    "text",
    [
        "Early in his campaign, Tom Ray attacked Ann Pike, calling her, among other things, "
        '"a failed candidate."',
        'Shortly after the storm, Tom Ray issued a statement, "On Sunday, the sea broke our harbour '
        'wall. It was the worst flood on our coast since 1990."',
        "The crowd was quiet. And then Tom Ray went hard at the mayor, saying, "
        '"Will she ever talk about the harbour fees? If she will not, she should go."',
    ],
)
def test_the_subject_after_an_opening_adverb_or_and_then_speaks(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


@pytest.mark.parametrize(
    "text",
    [
        "He guarded the goal in the cup final in 1976, in what Ann Pike, club treasurer "
        'for the Ray side, called "a street fight."',
        'Tom Ray uttered charges that Ann Pike, for one, called "harbour lingo."',
    ],
)
def test_a_relative_clause_with_an_apposition_has_its_own_subject(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_a_relative_clause_of_speech_reaches_a_long_title_and_name() -> None:
    (quote,) = run('Then, in a video that U.S. District Judge Ann W. Pike called "childish," Tom Ray quit.')
    assert quote.speaker_names == ["Ann W. Pike"]


def test_an_as_clause_apposition_may_end_in_a_quoted_title() -> None:
    text = (
        'As Ann Pike, teacher of sailing and author of "The Quiet Tide," put it, '
        '"Skippers should know that a small fee now may be much cheaper for them."'
    )
    assert run(text)[-1].speaker_names == ["Ann Pike"]


def test_a_closing_x_wrote_may_say_where_it_was_written() -> None:
    text = (
        '"If the club finds more receipts, it means to audit them" that would answer '
        "queries from Harbour Watch, Harbour Department senior trial counsel Ann Pike wrote "
        "in a court filing."
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_a_quantified_description_before_a_name_in_apposition() -> None:
    text = (
        "One early fan, Representative Ann Pike, Democrat of Ohio, gave the plan a try on "
        'Tuesday: "You could fairly say the ferry is a scam."'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


@pytest.mark.parametrize(
    "text",
    [
        'Former Harbour speechwriter Tom Ray went so far as to say: "The ferry will not last."',
        'The Eastland technology columnist Tom Ray went so far as to say: "The ferry will not last."',
    ],
)
def test_a_name_after_a_capitalised_modifier_and_a_role_is_the_subject(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


def test_a_verb_before_an_honorific_is_no_role() -> None:
    text = 'On Friday, Mr. Ray endorsed Mr. Lund at a news conference, calling him "a very intelligent man."'
    (quote,) = run(text)
    assert quote.speaker_names == ["Ray"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Lund spoke first. "We may not agree, who can say?" Ray told Eastland\'s ETV station '
            "in a talk broadcast on Tuesday when asked how the ferry deal would go.",
            "Ray",
        ),
        (
            'Lund was disliked. "Why would anyone want to be seen with Tom Lund?" Pike said about '
            "Ray's attempt to play down his links with Lund.",
            "Pike",
        ),
    ],
)
def test_a_closing_attribution_after_a_question_may_name_the_one_told_or_the_topic(
    text: str, speaker: str
) -> None:
    assert run(text)[0].speaker_names == [speaker]


def test_a_verb_with_its_own_object_after_a_quotation_still_takes_the_next_one() -> None:
    quotes = run('Ann Pike said the board "wasted a decade." Tom Ray told Lund a "lie."')
    assert [q.speaker_names for q in quotes] == [["Ann Pike"], ["Tom Ray"]]


@pytest.mark.parametrize(
    "text",
    [
        "But as Tom Ray denounced Lund's fare rises and pledged to resist raids by "
        '"armed smugglers," many in the hall clapped.',
        'Tom Ray denounced Lund\'s fare rises and pledged to resist raids by "armed smugglers."',
    ],
)
def test_the_owner_of_an_object_is_no_subject_of_the_next_verb(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


def test_went_on_is_a_cue() -> None:
    quotes = run('Lund smiled. "Well, storms come, right?" Ray went on, as if he did not hear her.')
    assert [q.speaker_names for q in quotes] == [["Ray"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Lund smiled. "You expect me to move house?" Ray asked reporters rhetorically during '
            'a press briefing in June. "I am staying put."',
            "Ray",
        ),
        ('Lund smiled. "Had you seen the leak?" Todd asked the boat yard owner.', "Todd"),
    ],
)
def test_a_closing_asked_may_name_the_one_asked(text: str, speaker: str) -> None:
    assert run(text)[0].speaker_names == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to the rowing club, Ann Pike, 64, said it was too soon to name the champions "
        'but added, "I suspect you can all guess the outcome."',
        "Hurrying onto the morning ferry, Ann Pike, skipper of the Gull, called over her shoulder, "
        '"His remarks do not help anyone."',
    ],
)
def test_an_opening_participle_phrase_introduces_the_subject(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_a_closing_x_added_speaks_for_its_sentence() -> None:
    text = 'Lund "is free to race in every single regatta of the season," just as Pike did, Ray added.'
    (quote,) = run(text)
    assert quote.speaker_names == ["Ray"]


def test_a_reflexive_after_the_subject_is_not_its_name() -> None:
    (quote,) = run(
        'Ray himself acknowledged on Friday evening "the club would struggle to stay up" if he goes.'
    )
    assert quote.speaker_names == ["Ray"]


def test_a_participle_after_a_quoted_word_takes_the_sentence_subject() -> None:
    quotes = run('Tom Ray needled the Harbour "critic," saying, "A critic who writes to order!"')
    assert quotes[-1].speaker_names == ["Tom Ray"]


def test_a_run_opening_with_a_tags_closing_bracket_is_markup() -> None:
    text = (
        'Ann Pike took the news in stride.\n\n<tweet author="@annpike" date="May 2, 2016\n">I love '
        "the harbour board. Without its support, I would not be in the council. Whatever it does "
        "next, I will always be grateful.</tweet>"
    )
    assert run(text) == []


def test_a_round_up_source_after_a_dash_wins_over_the_headline_verb() -> None:
    text = (
        "Forecasts missed the rush.\n\nBookmakers agree - Ann Pike: "
        '"The main thing we learned was plain: keep ringing members right up to the deadline."'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


def test_another_opens_a_description_after_the_verb() -> None:
    quotes = run(
        '"We are anxious," said another Twitter user, Ann Pike. "The storms are getting ever closer."'
    )
    assert [q.speaker_names for q in quotes] == [["Ann Pike"], ["Ann Pike"]]


def test_now_between_a_conjunction_and_its_verb_is_an_adverb() -> None:
    text = (
        "Harbour Councillor Tom Ray used to back fellow Elyan Ann Pike, but now said Lund had "
        '"the chance and the duty to unite the town."'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


def test_an_apposition_may_end_in_a_quoted_title_before_the_verb() -> None:
    (quote,) = run(
        'Ann Pike, host of the podcast "Tides," thanked Ray for "fixing the lights on the pier at last."'
    )
    assert quote.speaker_names == ["Ann Pike"]


def test_an_adverbial_with_an_article_between_subject_and_verb() -> None:
    text = 'The choir has grown so loud that Ray during a rally thanked its members "for the noise."'
    (quote,) = run(text)
    assert quote.speaker_names == ["Ray"]


def test_confided_is_a_verb_of_speech() -> None:
    text = 'Tom Ray confided to her that his uncle worried because they were "the only sailors on the quay."'
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


def test_a_short_quoted_paragraph_reached_only_by_its_neighbours_is_a_crosshead() -> None:
    text = (
        "Ann Pike toured the harbour on Monday and spoke to the crews.\n\n"
        '"Ferries that last."\n\n'
        "Her campaign workers said they had been working the port since spring."
    )
    assert run(text) == []


def test_a_capitalised_small_word_inside_a_programme_name_is_part_of_the_speaker() -> None:
    text = '"But that was only once, captain," Harbour This Morning co-anchor Ann Pike said. "It is rare."'
    assert [q.speaker_names for q in run(text)] == [["Ann Pike"], ["Ann Pike"]]


@pytest.mark.parametrize(
    "text",
    [
        "A former coach -- Tom Ray, who lost the 2012 final to Lund -- said the manager "
        '"offered nothing new in his timid, slow and predictable tactics."',
        'A former coach \u2014 Tom Ray \u2014 said the manager "offered nothing new in his tactics."',
    ],
)
def test_dashes_set_off_a_name_in_apposition_as_commas_do(text: str) -> None:
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


def test_a_name_after_a_description_and_a_time_phrase_speaks() -> None:
    text = '"The club was trying to shed its old name," wrote the harbour master at the time, Tom Ray.'
    (quote,) = run(text)
    assert quote.speaker_names == ["Tom Ray"]


def test_a_quoted_clause_goes_on_to_the_comma_before_its_attribution() -> None:
    (quote,) = run('The brand was chosen "in homage to" Tom Ray, Ann Pike wrote.')
    assert quote.speaker_names == ["Ann Pike"]


def test_a_name_before_a_whos_clause_is_the_subject() -> None:
    text = (
        "It was barely two summers ago that Ann Pike, who's thinking about joining the school board, "
        'said it was "pointless" for her or any parent to stand.'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Friends say she will vote for Ray. From Ann Pike's Facebook post: "
            '"For the good of the club and its fans, we must stop the squabbling."',
            "Ann Pike",
        ),
        (
            'From the Harbour Council\'s statement: "We will open the port on Monday at nine."',
            "Harbour Council",
        ),
    ],
)
def test_a_named_owners_document_introduces_the_quotation(text: str, speaker: str) -> None:
    assert run(text)[-1].speaker_names == [speaker]


def test_the_sentence_after_a_quotation_may_name_its_source() -> None:
    text = (
        "Harbour board's bad name grows.\n\n"
        '"I would sooner swim to Ely than sit through one more board meeting." That quote from '
        "Harbour Commissioner Ann Pike appeared on page two in 1980."
    )
    assert run(text)[-1].speaker_names == ["Ann Pike"]


@pytest.mark.parametrize(
    "text",
    [
        'Lund spoke. "Not us, but we cannot argue with it!" Ann Pike, the head of the Harbour Group, said.',
        '"Not us, but we cannot argue with it!" Ann Pike, the head of Harbour Group, Tweeted on Friday.',
    ],
)
def test_an_apposition_does_not_lengthen_the_clause_after_an_exclamation(text: str) -> None:
    assert run(text)[-1].speaker_names == ["Ann Pike"]


def test_the_object_of_to_after_the_subjects_noun_is_no_subject() -> None:
    text = (
        "Ann Pike's appeal email to her members notes that Tom Ray, who is standing for the "
        'board, "is a ferry mechanic who has fought for safer decks."'
    )
    (quote,) = run(text)
    assert quote.speaker_names == ["Ann Pike"]
