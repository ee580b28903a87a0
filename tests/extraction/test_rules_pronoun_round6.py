"""Whom he, she, it or they means, round 6 (issue 13): documents and bodies as "it", ..."""

from __future__ import annotations

from .helpers import run


def test_it_after_a_document_subject_is_its_sender() -> None:
    text = (
        "Ann Pike sent out an email to her supporters on Tuesday.\n\n"
        "The email shows Pike smiling at the harbour.\n\n"
        'At the bottom it reads, "Chip in $5 before midnight."\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Ann Pike"]]


def test_it_after_a_campaign_subject_is_that_campaign() -> None:
    text = (
        'Tom Ray said the ferries were "a waste of money." The Harbour Council rejected that.\n\n'
        "Ray's campaign quickly backtracked, putting out a statement. On the ferries, it said, "
        '"the council was right."\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Tom Ray campaign"]


def test_he_after_there_was_is_the_one_introduced() -> None:
    text = (
        "Leo Brandt runs the harbour board.\n\n"
        "First there was the Tribune's deputy editor Tom Ray, who, after a row with Mr. Brandt "
        "over the ferries, said on the radio that the board was finished.\n\n"
        'Those who ride the ferries every day, he said, know "how bad it has become."\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Tom Ray"]


def test_he_after_a_sentence_reported_at_its_end_is_the_reporter() -> None:
    text = (
        '"He has a plan," Tom Ray said of Leo Brandt.\n\n'
        "But while his pier plan sells well on the quay, Brandt will struggle far more up "
        "the hill, should he take the seat, Sam Hale said.\n\n"
        '"Nobody can tell yet whether the pier gets built," he said.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Sam Hale"]


def test_she_inside_a_who_clause_is_the_one_it_describes() -> None:
    text = (
        'Ann Pike, the mayor, called the plan "a gift to the port."\n\n'
        "My favourite verdict came from student Rosa Delgado, who made me laugh when she called "
        'the ferry "a floating shed."\n\n'
        '"Honestly," she said.\n'
    )
    assert [q.speaker_names for q in run(text)][1:] == [["Rosa Delgado"], ["Rosa Delgado"]]


def test_he_who_dubbed_someone_is_not_the_one_dubbed() -> None:
    text = 'Tom Ray spoke for an hour in Ely. He mocked Leo Brandt, who he dubbed "the little mayor."\n'
    assert [q.speaker_names for q in run(text)] == [["Tom Ray"]]


def test_he_after_a_who_clause_in_the_sentence_before() -> None:
    text = (
        '"Some crossings gain and some lose," said Sam Hale, a harbour pilot.\n\n'
        "Mr. Hale stresses that the tide explains just part of the delays.\n\n"
        "The island villages grew much quieter in those ten years.\n\n"
        "Several harbour trustees have praised the new pier before, but Representative "
        "Okafor, who has courted the ferry firms, is blunt about which side he is on.\n\n"
        '"The pier must go up this year," he said.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Okafor"]


def test_she_looks_past_a_sentence_whose_she_has_no_subject_in_it() -> None:
    text = (
        '"The ferries will run," Ann Pike said on Monday.\n\n'
        "Rosa Delgado, a baker from Ely who once cheered for Pike, is one of the stallholders turning "
        "from the mayor. The market row was the first fight she had joined, and she doesn't believe "
        "Pike can fix the port.\n\n"
        'Picking a side now is "a trap," she said.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Ann Pike"], ["Rosa Delgado"]]


def test_he_in_an_opening_clause_anticipates_the_subject_after_it() -> None:
    text = (
        "Leo Brandt opened the meeting on Tuesday.\n\n"
        'In what he called a "final warning," Mayor Tom Ray took aim at the harbour board.\n\n'
        'After she mocked the plan as "pure fantasy," Councillor Ann Pike left the room.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Tom Ray"], ["Ann Pike"]]


def test_he_in_an_opening_clause_after_a_name_is_no_cataphora() -> None:
    text = (
        "Leo Brandt opened the meeting on Tuesday.\n\n"
        'After Brandt said he was "deeply disappointed," Mayor Tom Ray left the room.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Leo Brandt"]]


def test_he_closing_a_reported_sentence_is_not_the_one_it_names() -> None:
    text = (
        '"Brandt has been a disaster," Mayor Leo Brandt\'s rival said on Monday.\n\n'
        "Tom Ray, a fisherman from Ely, said he would never back Leo Brandt. Also, Brandt isn't "
        'a true sailor, he said. "He is the past!"\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Tom Ray"]


def test_they_after_a_newspaper_subject_is_that_newspaper() -> None:
    text = (
        "The Harbour Times published an editorial on Monday about Ann Pike and Tom Ray.\n\n"
        "The newspaper, long a critic of the port plan, writes that Pike has changed her mind.\n\n"
        '"The attacks on Ms. Pike show how little the plan is understood," they conclude.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Harbour Times"]]


def test_he_after_a_that_clause_is_the_subject_after_an_introduction() -> None:
    text = (
        "Tom Ray and Leo Brandt both spoke in Ely this week.\n\n"
        "A day earlier, at a fish market in Dunmore, Kent, Mr. Ray was equally sharp, claiming "
        "that Mr. Brandt wanted to close the harbour.\n\n"
        '"Only a fool would sell the quay," he said.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Tom Ray"]]


def test_a_man_named_only_as_a_yardstick_is_not_the_he() -> None:
    text = (
        '"The vote will slip to next year," said Sam Hale, a law professor.\n\n'
        "But what if Ann Pike wins? Won't the board face a chair bolder than Leo Brandt?\n\n"
        '"She should do what she wants," he said.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Sam Hale"], ["Sam Hale"]]


def test_a_man_given_as_an_example_may_be_the_he() -> None:
    text = (
        "Some defenders of trade, like Gary Hale, a fellow at the Ely Institute, also "
        "acknowledge that the town failed its workers.\n\n"
        'But the gains are "ten times the losses," he said.\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Gary Hale"]]


def test_the_name_after_an_opening_participle_is_the_subject() -> None:
    text = (
        "Leo Brandt filed the first challenge against the mayor. Tom Ray filed a second one "
        "against the harbour board.\n\n"
        "Contacted at the quay on Friday, Brandt \u2014 who runs a boatyard in Ely \u2014 told "
        "the Ely Post he won't file again. He said, however, that he wishes "
        '"another skipper carries on the fight."\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Leo Brandt"]]


def test_they_in_a_sentence_opened_by_a_party_is_that_party() -> None:
    text = (
        "Ann Pike and Tom Ray met the voters on Monday.\n\n"
        'Council Democrats stalled the ferry levy because they said it was "a trap for fishermen."\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Council Democrats"]]


def test_they_opening_a_sentence_after_a_body_named_by_its_members() -> None:
    text = (
        "The video shows Ann Pike and Tom Ray at the harbour.\n\n"
        "HGF soldiers mock the navy's tactics in the video. They state their goal is "
        'to "take back the coast."\n'
    )
    assert [q.speaker_names for q in run(text)] == [["HGF"]]


def test_he_after_being_asked_is_the_one_asked_past_nameless_sentences() -> None:
    text = (
        "Tom Ray was asked by moderator Leo Brandt whether his plan would risk "
        '"a new entitlement."\n\n'
        'The senator\'s answer was that "the family comes first." But he had a slip.\n\n'
        '"The most important job I will ever have is being a parent," he said.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Tom Ray"]


def test_they_after_she_and_her_aides_is_her() -> None:
    text = (
        "Ann Pike has called for her letters to be made public.\n\n"
        "She and her allies argue that the letters are already widely known. They note that "
        'even a printed tide table can be stamped "confidential."\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Ann Pike"]]


def test_a_given_name_used_for_both_genders_does_not_rule_out_he() -> None:
    text = (
        "Sen. Lindsey Ray called out his rival Tom Brandt on Thursday.\n\n"
        'Ray said, "We lose because they think we don\'t like them."\n\n'
        'He continued, "We can still win this election."\n'
    )
    assert [q.speaker_names for q in run(text)] == [["Lindsey Ray"], ["Lindsey Ray"]]


def test_he_after_a_topic_of_no_known_gender_subject_twice() -> None:
    text = (
        '"My fine was harsh," said Tom Berg, a boat builder.\n\n'
        "Set it beside the fine of Sant Okafor, a ferry owner. Okafor also admitted to overloading "
        "a boat. Okafor was plainly hoping to win the harbour contract; indeed, he had publicly said "
        'of councillors, "A free crossing is all it takes to win them."\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Sant Okafor"]


def test_he_after_sentences_about_someone_by_role_is_the_one_with_that_role() -> None:
    text = (
        "The party's presumptive nominee Tom Ray spoke in Ely on Monday.\n\n"
        '"We mourn the victims," Leo Brandt tweeted the day after the flood.\n\n'
        "Meanwhile, the current nominee's backing for the harbour has no precedent. Just "
        "lately, he's argued against the bridge toll, and he was eager to press his case.\n\n"
        '"We want a harbour that is safe for everyone," he said.\n'
    )
    assert [q.speaker_names for q in run(text)][-1] == ["Tom Ray"]
