"""Issue 2, attribution forms: where the speaker stands, the cue that introduces the quote,
split quotations, headlines, and quote paragraphs without a cue of their own.
"""

from __future__ import annotations

import pytest

from .helpers import only, org_names, run, texts

# -- speaker before or after -------------------------------------------------------------------


def test_speaker_after_the_quote() -> None:
    q = only('"The bridge will open in May," Ann Pike said.')
    assert q.speaker_names == ["Ann Pike"]
    assert q.mention == "Ann Pike"
    assert q.cue == "said"


def test_speaker_before_the_quote() -> None:
    q = only('Ann Pike said the delay was "completely unacceptable" for commuters.')
    assert q.text == "completely unacceptable"
    assert q.speaker_names == ["Ann Pike"]
    assert q.cue == "said"


def test_said_x_inversion_with_a_role_apposition() -> None:
    q = only('"Inflation has peaked," said Tom Becker, chief economist at Harlow Bank, on Tuesday.')
    assert q.speaker_names == ["Tom Becker"]
    assert q.cue == "said"
    assert q.mention is not None and "Tom Becker" in q.mention
    role = q.speakers[0].role
    assert role is not None and "chief economist" in role


def test_colon_introduction() -> None:
    q = only(
        'Finance Minister Karl Sand told parliament: "The budget is balanced for the first time in a decade."'
    )
    assert q.text == "The budget is balanced for the first time in a decade."
    assert q.speaker_names == ["Karl Sand"]
    assert q.cue is not None and q.cue.startswith("told")


def test_split_quote_with_the_attribution_in_the_middle_gives_two_linked_records() -> None:
    text = '"The vote," Governor Amy Tran said, "is a victory for the whole valley."'
    quotes = run(text)
    assert texts(quotes) == ["The vote,", "is a victory for the whole valley."]
    assert [q.speaker_names for q in quotes] == [["Amy Tran"], ["Amy Tran"]]
    assert [(q.group, q.part) for q in quotes] == [(0, 0), (0, 1)]
    assert quotes[0].cue == "said"


def test_split_quote_after_another_quotation_links_to_its_own_first_piece() -> None:
    text = (
        '"Thank you all for coming," said Ben Ortiz, who chaired the meeting.\n\n'
        '"The vote," Governor Amy Tran said, "is a victory for the whole valley."\n'
    )
    quotes = run(text)
    assert texts(quotes) == ["Thank you all for coming,", "The vote,", "is a victory for the whole valley."]
    assert [q.speaker_names for q in quotes] == [["Ben Ortiz"], ["Amy Tran"], ["Amy Tran"]]
    assert [(q.group, q.part) for q in quotes] == [(0, 0), (1, 0), (1, 1)]
    assert [q.paragraph for q in quotes] == [0, 1, 1]


def test_two_separate_quotes_are_not_linked() -> None:
    text = '"We are ready," said Ann Pike.\n\n"So are we," said Ben Ortiz.\n'
    quotes = run(text)
    assert [(q.group, q.part) for q in quotes] == [(0, 0), (1, 0)]


# -- cues ------------------------------------------------------------------------------------------


def test_added_after_a_surname() -> None:
    text = 'Ann Pike, the mayor, opened the session. "We have a lot to get through," Pike added.\n'
    q = only(text)
    assert q.speaker_names == ["Ann Pike"]
    assert q.mention == "Pike"
    assert q.cue == "added"


def test_told_reuters() -> None:
    q = only('"We will appeal the ruling," Ben Ortiz told Reuters.')
    assert q.speaker_names == ["Ben Ortiz"]
    assert q.cue is not None and q.cue.startswith("told")


def test_wrote() -> None:
    q = only('In a letter to staff, chief executive Nina Falk wrote: "These are hard times for all of us."')
    assert q.speaker_names == ["Nina Falk"]
    assert q.cue == "wrote"


def test_according_to() -> None:
    q = only('The deal is "dead in the water", according to opposition leader Ben Ortiz.')
    assert q.text == "dead in the water"
    assert q.speaker_names == ["Ben Ortiz"]
    assert q.cue == "according to"


def test_said_in_a_statement_by_an_organisation() -> None:
    q = only('"We regret the delay to passengers," the Ministry of Transport said in a statement.')
    assert org_names(q) == ["ministry of transport"]
    assert q.speakers[0].kind == "organisation"
    assert q.cue is not None and q.cue.startswith("said")


def test_described_as() -> None:
    q = only('Ann Pike described the trip as "a turning point for the region".')
    assert q.text == "a turning point for the region"
    assert q.speaker_names == ["Ann Pike"]
    assert q.cue is not None and q.cue.startswith("described")


def test_calling_it() -> None:
    text = 'Ann Pike criticised the plan on Monday, calling it "reckless" and "unfunded".'
    quotes = run(text)
    assert texts(quotes) == ["reckless", "unfunded"]
    assert [q.speaker_names for q in quotes] == [["Ann Pike"], ["Ann Pike"]]
    assert quotes[0].cue is not None and quotes[0].cue.startswith("calling")


def test_called_for() -> None:
    q = only('Ann Pike called for "an urgent and independent review" of the rules.')
    assert q.text == "an urgent and independent review"
    assert q.speaker_names == ["Ann Pike"]
    assert q.cue is not None and q.cue.startswith("called")


def test_headline_quote() -> None:
    text = (
        "Mayor Ann Pike urges 'calm' after flood\n\n"
        "Mayor Ann Pike appealed for calm on Sunday as the river burst its banks.\n"
    )
    q = only(text)
    assert q.text == "calm"
    assert q.paragraph == 0
    assert q.speaker_names == ["Ann Pike"]


@pytest.mark.parametrize(
    "cue",
    [
        "said",
        "says",
        "added",
        "adds",
        "insisted",
        "insists",
        "warned",
        "warns",
        "explained",
        "argued",
        "noted",
        "stressed",
        "claimed",
        "declared",
        "replied",
        "admitted",
        "recalled",
        "told reporters",
        "wrote",
        "joked",
        "has said",
        "had said",
        "would later say",
        # one-syllable verbs double their last consonant; so do a few stressed on the last
        "slammed",
        "snapped",
        "quipped",
        "bragged",
        "concurred",
        "admitted",
        "remembered",
        "echoed",
        "cracked",
        "shot back",
        "hit back",
        "began",
    ],
)
def test_speech_verbs_in_their_inflections(cue: str) -> None:
    q = only(f'"We are ready for whatever comes," Ann Pike {cue}.')
    assert q.speaker_names == ["Ann Pike"]
    assert q.cue is not None


@pytest.mark.parametrize("verb", ["said", "warned", "insisted", "added"])
def test_cue_is_the_verb_as_written(verb: str) -> None:
    q = only(f'"We are ready for whatever comes," Ann Pike {verb}.')
    assert q.cue == verb


def test_saying_in_a_participle_clause() -> None:
    q = only('Ambassador Leo Brandt spoke in New York, saying that the dispute was a "shared worry".')
    assert q.text == "shared worry"
    assert q.speaker_names == ["Leo Brandt"]
    assert q.cue == "saying"


@pytest.mark.parametrize("document", ["a statement", "a video", "an email"])
def test_a_participle_after_something_issued_belongs_to_the_issuer(document: str) -> None:
    text = (
        "Councillor Rosa Vint met the harbour board on Monday.\n\n"
        f'Hours later, she released {document} calling on the board "to reopen the ferry at once".'
    )
    q = only(text)
    assert q.speaker_names == ["Rosa Vint"]
    assert q.cue == "calling"


def test_an_organisation_issuing_a_statement_is_the_source() -> None:
    q = only('Rosa Vint spoke. The ministry issued a statement calling the plan "safe and sound".')
    assert q.mention == "The ministry" and q.cue == "calling"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # a stray mark left by doubled apostrophes between the quotation and "said X"
        ("''We were never told about the 'pivot.''' said Dana Holt, a former aide.", "Dana Holt", "said"),
        ('"Go out and vote on Tuesday," exhorted Dana Holt, a former aide.', "Dana Holt", "exhorted"),
        ('Dana Holt sniped that the mayor was "learning on the job" all year.', "Dana Holt", "sniped"),
        # "who" in a relative clause stands for the name before it
        ('Lena Ortiz, who says the stadium is "a waste of money", will vote no.', "Lena Ortiz", "says"),
        # a time or a place after a preposition is not the subject of the verb after "and"
        ('Dana Holt met the board in December and declared the plan "dead".', "Dana Holt", "declared"),
        ('Dana Holt spoke in Harlow on Saturday and says she voted "no".', "Dana Holt", "says"),
        # a time after the cue is not an inverted speaker
        ('Dana Holt called the plan "a scandal" in a tweet Sunday.', "Dana Holt", "called"),
        # abbreviations and parentheses inside an inverted speaker
        ('"We will win," said Sen. Dana Holt (D-Ore.). Then she left.', "Dana Holt", "said"),
        # introductions before the sentence's subject: a place, a dateline, an adverb
        (
            'At a town hall in Ely, Iowa, on Sunday, Dana Holt spoke, saying the state must "lead".',
            "Dana Holt",
            "saying",
        ),
        (
            'At a rally in Dover, N.H., on Tuesday, Dana Holt backed Ms. Ruiz, saying she would "win".',
            "Dana Holt",
            "saying",
        ),
        (
            "HARLOW \u2015 Last winter, as the regatta neared, Dana Holt told friends that the skipper knew "
            'and thought it was "a point of pride".',
            "Dana Holt",
            "thought",
        ),
        (
            'Just last week, Dana Holt, a columnist, wrote that the plan was "a mistake".',
            "Dana Holt",
            "wrote",
        ),
        (
            'Visibly shaken by the verdict, Dana Holt left the court and called it "a disgrace".',
            "Dana Holt",
            "called",
        ),
        # "X's remarks" as the object of another's speech verb: the verdict is that speaker's
        (
            'Senator Ann Pike on Tuesday called Tom Reyes\'s remarks about the judge "racist".',
            "Ann Pike",
            "called",
        ),
        ('Ann Pike denounced Tom Reyes\'s comments as "hurtful and humiliating".', "Ann Pike", "denounced"),
        ('Ann Pike responded, calling Tom Reyes\'s charge "pathetic".', "Ann Pike", "calling"),
        # ... but the content of the remarks stays their owner's
        ('Ann Pike blasted Tom Reyes\'s call for "a total ban" on Monday.', "Tom Reyes", "call"),
        # a round-up's headline, then its source after a dash, then a colon
        (
            'Pollsters missed the late surge - Ann Pike: "Our data shows the shift came in the final '
            'week of the race."',
            "Ann Pike",
            None,
        ),
        (
            'TURNOUT BEAT EXPECTATIONS \u2014 More from Ann Pike: "The caucus blew through its old '
            'record by a wide margin."',
            "Ann Pike",
            None,
        ),
        # descriptions of sources: compound roles, plurals in -men, less common nouns
        (
            'In a letter to the council, her senior policy adviser, Dana Holt, said: "The plan is sound and '
            'it is fully funded."',
            "Dana Holt",
            "said",
        ),
        ('"The evidence is clear," the committee chairmen wrote.', "committee chairmen", "wrote"),
        ('One attendee, who spoke on condition of anonymity, said the mood was "grim".', "attendee", "said"),
        (
            'Here in Harlow, Dana Holt stepped up her attacks, saying, "We have to fix the roads this '
            'year, not next year."',
            "Dana Holt",
            "saying",
        ),
        (
            'As Dana Holt, a teacher of sailing, put it, "A small fee now may be much cheaper for them than '
            'what they pay later."',
            "Dana Holt",
            "put it",
        ),
        # a participle after the object of a verb: the audience or the medium did not speak
        ('Dana Holt emailed members saying: "The pool must stay open."', "Dana Holt", "saying"),
        # "continue to be" is no speech; the speech verb before it is
        (
            'Dana Holt said she is sure Tom Reyes will continue to be "the best keeper the club has had".',
            "Dana Holt",
            "said",
        ),
        # after a quotation, the phrase after a verb of judging is its object, not an inverted speaker
        (
            'Ms. Holt, who has called the plan "racially toxic," portrayed her rival as a passing storm.',
            "Holt",
            "called",
        ),
        (
            'Dana Holt posted a note on Facebook reading "Well rowed, Harlow" after the race ended.',
            "Dana Holt",
            "reading",
        ),
        # a name that is the object of a verb is not the subject of the verb after "and"
        ('Dana Holt says she would take Tom Reyes aside and tell him "no excuses".', "Dana Holt", "tell"),
        ('Outside the stadium, Dana Holt spoke to fans, calling the plan "dead".', "Dana Holt", "calling"),
        (
            '81-year-old Dana Holt, a lifelong voter, spoke to us, saying the plan was "dead".',
            "Dana Holt",
            "saying",
        ),
    ],
    ids=[
        "stray-mark",
        "exhorted",
        "sniped",
        "who-says",
        "in-december-and",
        "on-saturday-and",
        "tweet-sunday",
        "inverted-abbreviations",
        "place-in-introduction",
        "state-abbreviation",
        "dateline-bar",
        "just-last-week",
        "adverb-participle",
        "called-x's-remarks",
        "denounced-x's-comments-as",
        "calling-x's-charge",
        "x's-call-for",
        "headline-dash-source-colon",
        "headline-dash-more-from",
        "compound-role",
        "plural-in-men",
        "attendee",
        "here-in",
        "as-x-apposition-put-it",
        "emailed-supporters-saying",
        "continue-to-be",
        "judging-verb-after-quote",
        "message-on-twitter-reading",
        "object-before-and",
        "preposition-opening",
        "age-before-name",
    ],
)
def test_less_common_attribution_forms(text: str, speaker: str, cue: str | None) -> None:
    q = only(text)
    assert [s.name for s in q.speakers] == [speaker]
    assert q.cue == cue


# -- paragraphs without a cue -----------------------------------------------------------------------


def test_a_quote_paragraph_without_a_cue_takes_the_speaker_of_the_paragraph_before() -> None:
    text = (
        'Ann Pike described the vote as "a disgrace".\n\n'
        '"We will fight this decision in every court in the land."\n'
    )
    quotes = run(text)
    assert texts(quotes) == ["a disgrace", "We will fight this decision in every court in the land."]
    assert [q.speaker_names for q in quotes] == [["Ann Pike"], ["Ann Pike"]]
    assert quotes[1].paragraph == 1


def test_a_quote_paragraph_without_a_cue_takes_the_speaker_of_the_paragraph_after() -> None:
    text = (
        "The council published its figures on Monday.\n\n"
        '"The figures do not add up, and everybody in this building knows it."\n\n'
        "Auditor Nadia Kerr said the council had underestimated its costs by a third.\n"
    )
    q = only(text)
    assert q.speaker_names == ["Nadia Kerr"]
    assert q.paragraph == 1


def test_the_cue_of_a_paragraph_does_not_reach_a_quote_in_an_unrelated_paragraph() -> None:
    text = (
        '"We are ready," said Ann Pike.\n\n'
        'The council meets on Monday. Its agenda lists the "Harbour Road" works.\n'
    )
    quotes = run(text)
    assert texts(quotes) == ["We are ready,"]
