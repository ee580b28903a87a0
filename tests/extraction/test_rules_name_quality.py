"""What string becomes a speaker's name (issue 13 classes 5 and 6, issue 14): places, display
text and headline fragments are not speakers; the named person is."""

from __future__ import annotations

import pytest

from quotes_api.extraction.entities import DocumentEntities

from .helpers import only, run

# -- places --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"I never trusted her," said Tom Ray, a 59-year-old from Dunmore, South Carolina, who voted early.',
        '"It was a long night," said Tom Ray, a baker from Millbrook, New Jersey.',
    ],
    ids=["state-after-town", "state-after-town-at-end"],
)
def test_a_town_and_state_after_a_comma_are_where_the_speaker_is_from(text: str) -> None:
    assert only(text).speaker_names == ["Tom Ray"]


@pytest.mark.parametrize(
    "text",
    [
        'The senator from Vermont said the system was "rotten to the core."',
        'The campaign of the former governor from Ohio said the plan was "a fraud."',
    ],
    ids=["senator-from", "campaign-of-governor-from"],
)
def test_a_place_after_a_preposition_is_not_the_speaker(text: str) -> None:
    names = only(text).speaker_names
    assert "Vermont" not in names and "Ohio" not in names


def test_two_countries_coordinated_still_speak_as_governments() -> None:
    q = only('Merenland and Ostravia said in a joint statement that the border "will stay open."')
    assert q.speaker_names == ["Merenland", "Ostravia"]


def test_a_person_from_a_place_named_before_it_keeps_the_quote() -> None:
    q = only('"We will rebuild," Ann Pike of Dunmore, Ohio, said on Monday.')
    assert q.speaker_names == ["Ann Pike"]


# -- display text in capitals ---------------------------------------------------------------------


def test_a_heading_in_capitals_is_not_a_speaker() -> None:
    text = (
        "The mayor spoke for an hour at the pier on Friday.\n\n"
        "FULL TEXT.\n\n"
        "“The harbour comes first,” was the slogan of that year.\n"
    )
    for q in run(text):
        assert "FULL TEXT" not in q.speaker_names


def test_a_dateline_city_is_not_a_speaker() -> None:
    text = "SPRINGFIELD (AP) — The new ad, titled “Harbour Days,” concludes that the plan “cannot work.”\n"
    for q in run(text):
        assert all(n.upper() != "SPRINGFIELD" for n in q.speaker_names)


def test_a_transcript_turn_in_capitals_is_still_its_speaker() -> None:
    text = "Ann Pike met the press on Monday.\n\nANN PIKE: “We will win every county.”\n"
    assert only(text).speaker_names == ["Ann Pike"]


# -- headlines in title case ----------------------------------------------------------------------


def test_a_headline_verb_ends_the_name_before_a_colon() -> None:
    text = (
        "Pike Addresses Harbour Crowd: “This Cannot Go On.”\n\n"
        "Ann Pike spoke for an hour at the pier on Friday and took questions from the crowd.\n"
    )
    q = run(text)[0]
    assert q.speaker_names in (["Ann Pike"], ["Pike"], [])


@pytest.mark.parametrize(
    "name",
    [
        "Harbour Lives Matter",
        "Dunmore Brothers Fund",
        "Mayor Jonas Whitfield",
        "Valdorian Fisheries Minister Anton Petrescu",
    ],
)
def test_names_with_a_word_in_s_are_not_cut(name: str) -> None:
    assert only(f'"The pier must stay open," {name} said on Monday.').speaker_names == [
        name.split("Minister ")[-1].removeprefix("Mayor ")
    ]


# -- one word left of a body's name, or a description in capitals ---------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('The American Orchard has asked the campaign to "cease and desist" at once.', "American Orchard"),
        ('"The fund is empty," the National Orchards said in a statement.', "National Orchards"),
    ],
)
def test_a_body_named_with_an_adjective_keeps_its_whole_name(text: str, body: str) -> None:
    (speaker,) = only(text).speakers
    assert (speaker.name, speaker.kind) == (body, "organisation")


@pytest.mark.parametrize(
    "text",
    ['Aides say the former governor plans to "actively support" Pike.', '"We are done," the Texan said.'],
)
def test_a_description_opening_a_sentence_is_no_person(text: str) -> None:
    assert all(s.kind != "person" for s in only(text).speakers)


def test_a_party_adjective_before_a_surname_is_still_a_person() -> None:
    text = 'Ann Pike spoke in Dunmore. "We will win," the Republican Pike said.'
    assert [s.kind for s in only(text).speakers] == ["person"]


# -- datelines, names in an apposition, states -----------------------------------------------------


def test_a_dateline_in_ordinary_case_is_not_the_subject() -> None:
    text = (
        "Pike hits rival over harbour\n\n"
        "Ottawa (AFP) – Ann Pike has mocked her rival's plan for the harbour, saying that "
        "“loud promises” will not mend a single pier.\n"
    )
    assert run(text)[0].speaker_names == ["Ann Pike"]


def test_a_dash_after_a_name_opening_a_paragraph_is_no_dateline() -> None:
    text = "Tom Ray — a teacher from Dunmore — says the endorsement was “a big deal.”\n"
    assert only(text).speaker_names == ["Tom Ray"]


def test_and_inside_a_name_in_apposition_joins_words_of_that_name() -> None:
    text = "“It is complicated,” said Jo Lee, an analyst with the Centre for Trade and Investment Studies."
    assert only(text).speaker_names == ["Jo Lee"]


def test_a_bare_state_name_is_no_speaker_but_the_state_of_it_is() -> None:
    assert only("Ohio declared that the vote was “final.”").speaker_names == []
    q = only("The state of Ohio sued the company, arguing that the plan was “a fraud on taxpayers.”")
    assert q.speaker_names == ["Ohio"]


# -- surnames that are also places or newspapers ------------------------------------------------


def test_a_surname_that_names_a_place_is_the_person_of_that_surname() -> None:
    text = (
        "Rep. Tom Israel, a Democrat from Dunmore, spoke to reporters on Monday.\n\n"
        "“Republicans are going to have to recruit interns,” Israel said.\n"
    )
    (speaker,) = only(text).speakers
    assert (speaker.name, speaker.kind) == ("Tom Israel", "person")


def test_a_titled_name_ending_like_a_newspaper_is_a_person() -> None:
    text = "Mayor Don Guardian met them at the pier.\n\n“We need to diversify,” Guardian said.\n"
    (speaker,) = only(text).speakers
    assert (speaker.name, speaker.kind) == ("Don Guardian", "person")


def test_a_country_named_beside_a_person_of_another_name_still_speaks() -> None:
    text = "Tom Ray met the envoy on Monday.\n\nIsrael said the talks were “constructive.”\n"
    assert only(text).speakers[0].kind == "organisation"


# -- a dictionary word opening a sentence -------------------------------------------------------------


def test_a_dictionary_word_opening_a_display_line_is_no_speaker() -> None:
    text = (
        "Tom Ray rang the harbour office on Monday.\n\n"
        "“We're talking with boat owners like you who -”\n\n"
        "Pause.\n\n"
        "“Well, you do that! The harbour will thank you.”\n"
    )
    for q in run(text):
        assert "Pause" not in q.speaker_names


def test_a_surname_that_is_a_word_before_a_speech_verb_stays() -> None:
    assert only('"We will rebuild the pier," Pike said on Monday.').speaker_names == ["Pike"]


# -- kinds -------------------------------------------------------------------------------------------


def test_the_and_a_name_without_a_given_name_is_a_body() -> None:
    text = (
        "The story was first reported by the Harbour Caller on Monday.\n\n"
        "“The mayor knew,” the Harbour Caller reported.\n"
    )
    (speaker,) = only(text).speakers
    assert (speaker.name, speaker.kind) == ("Harbour Caller", "organisation")


def test_the_and_a_full_name_is_still_a_person() -> None:
    (speaker,) = only("“The pier stays,” said the Rev. Ann Pike.").speakers
    assert (speaker.name, speaker.kind) == ("Ann Pike", "person")


def test_the_and_a_place_and_party_is_no_body() -> None:
    text = "Ann Pike met donors in Dunmore.\n\n“We will hold the seat,” the Ohio Republican said.\n"
    assert all(s.kind != "organisation" for s in only(text).speakers)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "“The data are clear,” said HarbourWatch, a site that tracks the port.",
            "HarbourWatch",
            "organisation",
        ),
        ("“The pier stays,” said Ann McTavish.", "Ann McTavish", "person"),
        ("“We saw nothing,” said Dunmore-born Tom Ray.", "Tom Ray", "person"),
        ("“The pier stays,” said Oscar-winner Ann Pike.", "Ann Pike", "person"),
    ],
)
def test_camel_case_brands_and_compound_modifiers(text: str, name: str, kind: str) -> None:
    (speaker,) = only(text).speakers
    assert (speaker.name, speaker.kind) == (name, kind)


def test_a_dictionary_word_opening_a_sentence_is_no_entity() -> None:
    text = (
        "Tom Ray knocks on doors for Ann Pike. Dismayed by the closure of the pier, he is "
        "committed to her. Pike Says Harbour Will Reopen, a flyer reads.\n"
    )
    names = [e.name for e in DocumentEntities(text).entities]
    assert "Dismayed" not in names and "Pike" in " ".join(names)
