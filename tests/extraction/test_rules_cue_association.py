"""Which cue and which noun phrase a quotation goes with, when a sentence or paragraph holds
several names and cues (issue 13, attr-c). All texts are invented."""

from __future__ import annotations

from .helpers import run


def speakers(text: str) -> list[list[str]]:
    return [q.speaker_names for q in run(text)]


def test_a_fragment_that_ends_its_sentence_is_not_the_next_sentences_object() -> None:
    text = (
        'Ivo Renn said the harbour board "wasted a decade." Ann Pike called the mayor a '
        '"reckless gambler." Tom Ray said the plan "cannot survive the winter."'
    )
    assert speakers(text) == [["Ivo Renn"], ["Ann Pike"], ["Tom Ray"]]


def test_a_quotation_ending_its_sentence_keeps_a_short_said_clause_after_it() -> None:
    text = 'The vote was close. "We will win the next one." Ann Pike said. "Count on it."'
    assert speakers(text)[0] == ["Ann Pike"]


def test_a_name_before_an_apposition_with_no_closing_comma_speaks() -> None:
    text = (
        "Sam Lo, the communications director for the Ely Rowing Club said in a statement. "
        '"There are no race results to review."'
    )
    assert speakers(text) == [["Sam Lo"]]


def test_a_role_with_a_coordinated_title_in_an_open_apposition_is_no_speaker() -> None:
    text = (
        "Anton Rich, president and CEO of the Oregon Bakers Association stated, "
        '"It is not a political problem; it is a math problem."'
    )
    assert speakers(text) == [["Anton Rich"]]


def test_a_name_inside_an_open_apposition_is_not_the_subject() -> None:
    text = (
        "Gary Byre, a former bodyguard for Governor Bill Laird has written a book about the "
        '"eruptive" temper of the governor and his "endless" grudges.'
    )
    assert all(s == ["Gary Byre"] for s in speakers(text))


def test_an_object_before_a_comma_is_not_taken_for_the_subject() -> None:
    text = 'Speaking to Ann Pike, the mayor said the bridge was "a done deal."'
    assert all(q.mention == "the mayor" for q in run(text))


def test_a_participle_before_a_quotation_keeps_the_subject_not_a_reported_clause() -> None:
    text = 'Tom Lee, citing "the unique magic of the party," said the candidate could win in several states.'
    assert speakers(text) == [["Tom Lee"]]


def test_the_verb_of_a_closed_relative_clause_does_not_introduce_the_quotation() -> None:
    text = (
        "Ivo Renn is praising Ann Pike, who ended her bid for the council on Saturday, as "
        '"a woman who never went to the gutter."'
    )
    assert speakers(text) == [["Ivo Renn"]]


def test_a_said_clause_with_its_own_reported_clause_is_not_the_fragments_attribution() -> None:
    text = (
        'In pressing for the audit, Attorney General Lisa Hale asserted that "trust in the ferry '
        'board is gone." Councillor Ann Pike said Friday she, too, wants an audit.'
    )
    assert speakers(text) == [["Lisa Hale"]]


def test_a_short_said_clause_with_as_still_closes_the_quotation() -> None:
    text = (
        'The count began.\n\n"The proud town of Ely casts all its votes for Ray!" Senator Ann Pike '
        "said as she opened the roll call."
    )
    assert speakers(text) == [["Ann Pike"]]


def test_the_name_an_apposition_follows_in_a_second_clause_speaks() -> None:
    text = (
        "Gov. Bob Hale wants to block every newcomer, while Tom Dyke, the former governor, "
        'proposed we "wake up and smell the coffee" soon.'
    )
    assert speakers(text) == [["Tom Dyke"]]


def test_a_name_with_a_party_tag_after_an_opening_phrase_speaks_not_the_place() -> None:
    text = (
        "In Ely, NV, after winning the county regatta, Gov. Tom Pike (R-NV), said, "
        '"I am off to buy a bigger boat."'
    )
    assert speakers(text) == [["Tom Pike"]]


def test_a_name_in_apposition_to_an_object_does_not_take_a_participle() -> None:
    text = (
        "Sen. Ivo Renn (I-Vt.) went on the radio to talk about his neighbour, Ann Pike, saying "
        'she would be "a far better harbour master" than anyone.'
    )
    assert speakers(text) == [["Ivo Renn"]]


def test_a_place_in_apposition_after_a_relative_clause_is_no_speaker() -> None:
    text = (
        'Michael Sear, who lives outside the state capital, Port Lane, said he still "prays '
        'that the vote goes his way."'
    )
    assert speakers(text) == [["Michael Sear"]]


def test_an_adverbial_with_a_possessive_between_subject_and_verb_is_no_speaker() -> None:
    text = (
        "The break was complete when Tom Ray in his opening speech called the newcomers "
        '"thieves" and promised a wall.'
    )
    assert speakers(text) == [["Tom Ray"]]


def test_a_name_before_a_relative_clause_closed_by_a_comma_speaks() -> None:
    text = (
        "Recalling that match, Dan Axel, who was head coach for the club, said of "
        'Ray: "What I wonder is, will he act the same way when the score is settled?"'
    )
    assert speakers(text) == [["Dan Axel"]]
    text = (
        'When the vote came, Pat Bucks, who had lost the seat, called for a "clean sweep" '
        'against "landlords and speculators."'
    )
    assert speakers(text) == [["Pat Bucks"], ["Pat Bucks"]]


def test_two_names_before_a_relative_clause_both_speak() -> None:
    text = (
        'Ann Pike and Tom Ray, who run neighbouring shops, said they were "worried about the '
        'rent, not the mortgage".'
    )
    assert speakers(text) == [["Ann Pike", "Tom Ray"]]


def test_a_verb_followed_by_a_comma_and_a_quotation_introduces_that_one() -> None:
    text = (
        'Ann Pike answers Tom Ray with, "Which boat? The one at the far pier?" Ray then writes '
        'back, "You look well."'
    )
    assert speakers(text) == [["Ann Pike"], ["Tom Ray"]]


def test_a_fragment_ending_its_sentence_keeps_its_own_sentences_verb() -> None:
    text = (
        'In March, Tom Ray attacked Ann Pike, calling her, among other things, "a failed '
        'candidate." Pike fired back in April.'
    )
    assert speakers(text) == [["Tom Ray"]]
