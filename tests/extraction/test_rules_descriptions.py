"""Descriptions, documents, media and organisations as speakers (issue 13, classes 1-4 and 9).
Every text here is invented."""

from __future__ import annotations

import pytest

from quotes_api.extraction.coordination import split_coordination

from .helpers import only


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," the striker, Ana Ruiz, said.',
        "'It was close,' the chancellor, Ann Pike, told the conference.",
    ],
)
def test_a_role_with_the_name_in_apposition_is_that_person(text: str) -> None:
    q = only(text)
    assert len(q.speakers) == 1
    assert q.speakers[0].name in ("Ana Ruiz", "Ann Pike")
    assert q.speakers[0].role in ("striker", "chancellor")


@pytest.mark.parametrize("title", ["Senators", "Sens.", "Representatives", "Reps."])
def test_a_plural_title_before_coordinated_names_titles_each(title: str) -> None:
    q = only(f'{title} Ann Pike and Tom Ray wrote, "This bill is wrong."')
    assert q.speaker_names == ["Ann Pike", "Tom Ray"]


def test_a_document_speaks_for_who_sent_it() -> None:
    text = (
        "Tom Ray's ferry campaign put out an email to donors on Friday.\n\n"
        '"We are short of oars," the email said.'
    )
    assert only(text).speaker_names == ["Tom Ray"]


def test_a_report_speaks_for_the_body_that_issued_it() -> None:
    text = 'The Harbour Council issued a report on Monday. "Rents rose by a third," the report said.'
    assert only(text).speaker_names == ["Harbour Council"]


def test_a_document_from_a_named_sender() -> None:
    text = (
        "Ann Pike spoke on Monday. A memo from the Harbour Council reached staff later.\n\n"
        '"Offices close at noon," the memo said.'
    )
    assert only(text).speaker_names == ["Harbour Council"]


@pytest.mark.parametrize("noun", ["email", "report", "statement", "survey", "narrator"])
def test_a_document_nobody_is_said_to_have_issued_is_no_speaker(noun: str) -> None:
    q = only(f'Rain fell all week. "The town is flooded," the {noun} said.')
    assert q.speakers == ()
    assert q.mention == f"the {noun}"


def test_the_newspaper_is_the_newspaper_named() -> None:
    text = 'The Harbour Times reported the vote. "The vote was rigged," the newspaper said.'
    assert only(text).speaker_names == ["Harbour Times"]


def test_a_medium_gets_its_fullest_name() -> None:
    text = 'The Eastholm Post ran an editorial on Monday.\n\n"The plan fails," The Post said.'
    assert only(text).speaker_names == ["Eastholm Post"]


def test_an_unresolved_description_of_a_medium_is_no_speaker() -> None:
    q = only('Rain fell all week. "The city is broke," the influential US daily wrote.')
    assert q.speakers == ()


def test_the_company_is_the_company_named() -> None:
    text = 'Acme Corporation was fined on Monday for the spill.\n\n"We will appeal," the company said.'
    assert only(text).speaker_names == ["Acme Corporation"]


@pytest.mark.parametrize("phrase", ["a spokesman for the Harbour Council", "a Harbour Council spokeswoman"])
def test_an_unnamed_spokesperson_speaks_for_the_organisation(phrase: str) -> None:
    q = only(f'The Harbour Council met on Monday. "We will appeal," {phrase} said.')
    assert q.speaker_names == ["Harbour Council"]


def test_the_role_described_is_its_holder_with_an_abbreviated_title() -> None:
    text = (
        "Sen. Rui Vance spoke first, and Gov. Ann Pike spoke after him.\n\n"
        '"We will pass it," the senator said.'
    )
    assert only(text).speaker_names == ["Rui Vance"]


def test_a_place_before_the_role_picks_the_holder() -> None:
    text = (
        "Oregon Sen. Rui Vance and Idaho Sen. Tom Ray met on Monday.\n\n"
        '"We will pass it," the Oregon senator said.'
    )
    assert only(text).speaker_names == ["Rui Vance"]


@pytest.mark.parametrize(
    "roles", ["president and CEO of the Harbour Council", "chair and chief executive of Acme"]
)
def test_coordinated_roles_after_a_name_are_one_speaker(roles: str) -> None:
    q = only(f'"We need more," said Ann Pike, {roles}.')
    assert q.speaker_names == ["Ann Pike"]
    assert q.speakers[0].role and q.speakers[0].role.startswith(roles.split()[0])


def test_a_named_person_after_a_role_is_still_a_second_speaker() -> None:
    assert split_coordination("Ann Pike, the mayor, and Tom Ray") == ("Ann Pike, the mayor", "Tom Ray")
    titled = split_coordination("Ann Pike, the mayor, and Sen. Tom Ray")
    assert titled == ("Ann Pike, the mayor", "Sen. Tom Ray")


def test_a_description_nobody_was_named_with_is_the_person_being_written_about() -> None:
    text = (
        "Rui Vance bought three hotels on the coast this year and spoke to reporters on Monday.\n\n"
        '"It was a good year," the billionaire said.'
    )
    assert only(text).speaker_names == ["Rui Vance"]


def test_a_description_with_a_gender_takes_a_person_of_that_gender() -> None:
    text = (
        "Ana Holt starred in the play, and Tom Ray directed it.\n\n"
        '"We rehearsed for a year," the actress said.'
    )
    assert only(text).speaker_names == ["Ana Holt"]


def test_a_statement_speaks_for_who_last_acted_when_no_one_is_said_to_issue_it() -> None:
    text = 'The Harbour Council confirmed the closure on Monday.\n\n"The pier is unsafe," the statement said.'
    assert only(text).speaker_names == ["Harbour Council"]


def test_a_document_sent_from_a_person_in_apposition() -> None:
    text = (
        "Every member got an email sent from the rowing club's treasurer, Ann Pike.\n\n"
        '"The boathouse shuts," the email said.'
    )
    assert only(text).speaker_names == ["Ann Pike"]


def test_a_party_in_the_description_passes_over_the_rival_party_holder() -> None:
    text = (
        "Democratic candidate Ann Pike spoke first. Republican candidate Tom Ray answered her.\n\n"
        '"We will win in March," the Democratic candidate said.'
    )
    assert only(text).speaker_names == ["Ann Pike"]


def test_a_hyphenated_role_finds_its_holder() -> None:
    text = (
        "Front-runner Ann Pike toured three towns on Monday.\n\n"
        '"We will win in March," the front-runner said.'
    )
    assert only(text).speaker_names == ["Ann Pike"]


def test_an_editorial_speaks_for_its_newspaper() -> None:
    text = (
        "The Harbour Times ran an editorial on Friday about the pier.\n\n"
        '"The pier must close," the editorial said.'
    )
    assert only(text).speaker_names == ["Harbour Times"]


@pytest.mark.parametrize(
    "phrase", ["Acme's chief executive, Tom Ray,", "the Harbour Council's lawyer, Tom Ray,"]
)
def test_a_possessive_role_with_the_name_in_apposition_is_one_speaker(phrase: str) -> None:
    q = only(f'"We will appeal," {phrase} said on Monday.')
    assert q.speaker_names == ["Tom Ray"]
    assert q.speakers[0].role and q.speakers[0].role.endswith(("executive", "lawyer"))


def test_names_listed_with_commas_are_still_several_speakers() -> None:
    assert split_coordination("Senate leader Phil Berger, House Speaker Tim Moore") == (
        "Senate leader Phil Berger",
        "House Speaker Tim Moore",
    )


def test_a_spokesperson_for_a_body_keeps_the_role_on_the_body() -> None:
    q = only('"We will appeal," said a spokeswoman for the Harbour Council.')
    speakers = [(s.name, s.kind, s.role) for s in q.speakers]
    assert speakers == [("Harbour Council", "organisation", "spokeswoman")]


def test_a_named_spokesperson_of_a_body_is_the_person() -> None:
    q = only('"We will appeal," a spokeswoman for the Harbour Council, Ann Pike, said.')
    assert q.speaker_names == ["Ann Pike"]
    assert q.speakers[0].role == "spokeswoman for the Harbour Council"


def test_the_company_is_a_body_named_without_an_organisation_word() -> None:
    text = (
        "Zentrix acknowledged on Monday that the recall had been slow.\n\n"
        '"We are sorry for the delay," the company said.'
    )
    assert only(text).speaker_names == ["Zentrix"]


def test_the_company_is_never_a_person_named_last() -> None:
    text = (
        "Ann Pike acknowledged on Monday that the recall had been slow.\n\n"
        '"We are sorry for the delay," the company said.'
    )
    assert only(text).speakers == ()


def test_the_company_is_a_body_even_after_a_misread_role_before_its_name() -> None:
    # "the Harbour Council welcomed Zentrix's" leaves "Council welcomed" read as a role of
    # Zentrix; a role whose head is no title does not make it a person.
    text = (
        "A clerk noted on Tuesday that the Harbour Council welcomed Zentrix's recall.\n\n"
        "Dr. Ann Pike, of the Brennan Institute, called the recall slow.\n\n"
        "Zentrix acknowledged on Monday that the recall had been slow. "
        '"We are sorry for the delay," the company said.'
    )
    assert only(text).speaker_names == ["Zentrix"]


def test_a_description_that_lost_its_article_is_still_the_person_named() -> None:
    text = (
        "Tom Ray said that Bo Lee would run the ferry line. In a press release, the business mogul "
        'announced that "he is merging the two harbours."'
    )
    assert only(text).speaker_names == ["Tom Ray"]


@pytest.mark.parametrize("epithet", ["the retired neurosurgeon", "the real estate developer", "the tycoon"])
def test_an_epithet_of_trade_is_the_person_just_named(epithet: str) -> None:
    text = f'Tom Ray spoke on Monday. "We will win," {epithet} said.'
    assert only(text).speaker_names == ["Tom Ray"]


@pytest.mark.parametrize("piece", ["the editorial", "the newspaper's editorial"])
def test_an_editorial_speaks_for_the_paper_that_ran_it(piece: str) -> None:
    text = (
        "The Harbour Courier had scolded Tom Ray on Monday for skipping the regatta. That angered "
        "the editors, who pointed their Friday editorial at Ann Pike.\n\n"
        f'"Ann Pike should come to the coast," {piece} read.'
    )
    assert only(text).speaker_names == ["Harbour Courier"]


def test_an_editorial_of_a_paper_named_without_a_media_word_is_that_body() -> None:
    text = (
        "The Advocate had chided Tom Ray for staying away. The editors aimed their Friday "
        "editorial at Ann Pike.\n\n"
        '"Ann Pike should come to the coast," the editorial read.'
    )
    assert only(text).speaker_names == ["Advocate"]


def test_a_clause_before_a_name_is_no_role_of_it() -> None:
    # "the Liberal presidential candidate stated that Ray ..." gives Ray no role: a role
    # read before a name holds no "that" and no verb of saying.
    text = (
        "Ann Pike says she no longer trusts Tom Ray, the Republican favourite.\n\n"
        'On the radio, the Liberal presidential candidate stated that Ray is "reckless" now.'
    )
    assert only(text).speaker_names == ["Ann Pike"]


def test_a_name_followed_by_which_is_a_body_for_the_company() -> None:
    text = (
        "The bill drew fire from employers such as Dunmore Seeds, which opposed it.\n\n"
        '"We call on businesses to join us," the company said.'
    )
    assert only(text).speaker_names == ["Dunmore Seeds"]


def test_it_is_a_body_named_without_an_organisation_word() -> None:
    text = (
        "Ann Pike wrote to the board in May.\n\n"
        "Zentrix acknowledged on Monday that the recall had been slow. "
        '"We are sorry for the delay," it said.'
    )
    assert only(text).speaker_names == ["Zentrix"]


def test_a_role_after_the_quotation_is_the_person_who_opened_the_sentence() -> None:
    text = (
        "Sen. Bo Lee (R-Ohio) praised the plan on Monday.\n\n"
        'Tom Ray defends his record in an ad running on local TV: "I fought for this state," '
        "the senator says to the camera."
    )
    assert only(text).speaker_names == ["Tom Ray"]


def test_a_role_with_no_quotation_between_it_and_the_opener_is_the_holder() -> None:
    text = (
        "Sen. Bo Lee (R-Ohio) praised the plan on Monday.\n\n"
        'But Tom Ray has a point, the senator said: "We need the money."'
    )
    assert only(text).speaker_names == ["Bo Lee"]
