"""Issue 2, speakers: canonical names without titles, surnames, people sharing a surname,
pronouns, role descriptions, organisations and places, several speakers, unnamed sources.
"""

from __future__ import annotations

import pytest

from quotes_api.extraction.entities import DocumentEntities

from .helpers import only, org_names, run, texts

# -- canonical names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "name", "role"),
    [
        ("Chinese Foreign Minister Wang Yi", "Wang Yi", "Chinese Foreign Minister"),
        ("Defence Secretary Mark Olsen", "Mark Olsen", "Defence Secretary"),
        ("Councillor Rosa Delgado", "Rosa Delgado", "Councillor"),
        ("Governor Amy Tran", "Amy Tran", "Governor"),
    ],
)
def test_titles_are_removed_from_the_name_and_kept_as_the_role(written: str, name: str, role: str) -> None:
    q = only(f'"We want these talks to succeed," {written} said on Monday.')
    assert q.speaker_names == [name]
    speaker = q.speakers[0]
    assert speaker.kind == "person"
    assert speaker.role == role


def test_a_surname_resolves_to_the_full_name() -> None:
    text = (
        'Defence Secretary Mark Olsen arrived in Harlow on Monday.\n\n"We are here to listen," Olsen said.\n'
    )
    q = only(text)
    assert q.speaker_names == ["Mark Olsen"]
    assert q.mention == "Olsen"
    assert "Olsen" in q.speakers[0].aliases


def test_the_fullest_form_of_the_name_wins_even_when_it_comes_later() -> None:
    text = '"We are ready," Pike said.\n\nAnn Pike, 52, has been mayor of Harlow since 2019.\n'
    assert only(text).speaker_names == ["Ann Pike"]


def test_a_surname_means_the_person_being_discussed_not_a_namesake_mentioned_in_passing() -> None:
    text = (
        "Senator Carla Moss arrived in Harlow on Monday for talks on the new port. "
        "Moss has led the campaign for the port for a decade.\n\n"
        "Her visit follows one by Trade Minister Dean Moss, no relation, in May.\n\n"
        '"This port will create four thousand jobs," Moss said.\n'
    )
    assert only(text).speaker_names == ["Carla Moss"]


def test_two_people_sharing_a_surname_stay_apart() -> None:
    text = (
        'Striker Paul Berg scored twice on Saturday. "I just picked my spot," Paul Berg said.\n\n'
        'His sister Anna Berg, the goalkeeper, saved a penalty. "He never stops talking," Anna Berg said.\n'
    )
    quotes = run(text)
    assert [q.speaker_names for q in quotes] == [["Paul Berg"], ["Anna Berg"]]
    assert quotes[0].speakers[0] != quotes[1].speakers[0]


# -- pronouns -------------------------------------------------------------------------------------------


def test_he_resolves_to_the_nearest_named_man() -> None:
    text = 'Mayor Ann Pike met opposition leader Tom Reyes on Monday. "We agreed on nothing," he said.'
    q = only(text)
    assert q.speaker_names == ["Tom Reyes"]
    assert q.mention == "he"


def test_she_skips_a_nearer_man_for_the_named_woman() -> None:
    text = 'Mayor Ann Pike met opposition leader Tom Reyes on Monday. "We agreed on nothing," she said.'
    q = only(text)
    assert q.speaker_names == ["Ann Pike"]
    assert q.mention == "she"


@pytest.mark.parametrize(("man", "woman"), [("Howard Lane", "Ann Pike"), ("Todd Lane", "Wendy Pike")])
def test_common_given_names_tell_she_from_he(man: str, woman: str) -> None:
    text = (
        f"Mayor {woman} opened the fair. {man}, a farmer, has sold pies there for years.\n\n"
        '"It was a good day," she said.\n'
    )
    assert only(text).speaker_names == [woman]


def test_she_across_paragraphs() -> None:
    text = (
        "Transport Minister Priya Anand visited the harbour on Tuesday.\n\n"
        "\u2018We cannot promise miracles,\u2019 she said.\n"
    )
    assert only(text).speaker_names == ["Priya Anand"]


def test_he_is_the_one_man_named_in_the_sentence_before() -> None:
    text = (
        "Mayor Leo Brandt spoke first. The fair also got a visit from Tom Reyes, a farmer from Eastholm, "
        'who came dressed as a scarecrow.\n\n"It was only a joke," he said.\n'
    )
    assert only(text).speaker_names == ["Tom Reyes"]


@pytest.mark.parametrize(
    "sentence", ["He thanked Tom Reyes for the tractor.", "The mayor thanked Tom Reyes for the tractor."]
)
def test_a_man_named_by_someone_spoken_of_as_he_is_not_he(sentence: str) -> None:
    text = f'Mayor Leo Brandt spoke first. {sentence}\n\n"It was a gift," he said.\n'
    assert only(text).speaker_names == ["Leo Brandt"]


@pytest.mark.parametrize(
    "opening", ["To retired history teacher Rosa Delgado,", "For local garden expert Rosa Delgado,"]
)
def test_she_is_the_woman_whose_view_a_sentence_gives(opening: str) -> None:
    text = (
        f"Mayor Ann Pike opened the new school on Monday. {opening} the building seemed too small. "
        'The yard has no trees.\n\n"We will need more rooms," she said.\n'
    )
    assert only(text).speaker_names == ["Rosa Delgado"]


@pytest.mark.parametrize("owner", ["Tom Reyes's", "Tom Reyes\u2019s"])
def test_he_is_not_the_owner_of_what_the_subject_rejects(owner: str) -> None:
    text = (
        f"At the meeting, Mayor Leo Brandt rejected {owner} claim about the budget.\n\n"
        '"The numbers are wrong," he said.\n'
    )
    assert only(text).speaker_names == ["Leo Brandt"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Leo Brandt told the council on Monday that Tom Reyes had misled voters.",
        "Mayor Leo Brandt backed the plan only because Councillor Tom Reyes agreed to pay for it.",
        "Mayor Leo Brandt spoke at the fair. He said that Tom Reyes had misled voters.",
    ],
)
def test_he_is_the_one_reporting_not_the_subject_of_what_he_reports(sentence: str) -> None:
    text = f'{sentence}\n\n"It is a disgrace," he said.\n'
    assert only(text).speaker_names == ["Leo Brandt"]


@pytest.mark.parametrize("apposition", ["recalling his talks with Mrs. Pike", "a spokesman for Mrs. Pike"])
def test_a_woman_named_in_a_mans_apposition_does_not_make_him_she(apposition: str) -> None:
    text = f'Tom Reyes, {apposition}, described the plan as sound.\n\n"We will win," he said.\n'
    q = only(text)
    assert q.speaker_names == ["Tom Reyes"]
    assert q.speakers[0].role is None


def test_they_resolves_to_the_group_of_speakers() -> None:
    text = (
        "Ann Pike and Tom Reyes signed the agreement on Monday.\n\n"
        '"This is a good day for Harlow," they said.\n'
    )
    q = only(text)
    assert sorted(q.speaker_names) == ["Ann Pike", "Tom Reyes"]
    assert q.mention == "they"


@pytest.mark.parametrize(
    "text",
    [
        '"We will never agree to this," he said.',
        'Mayor Ann Pike opened the fair on Sunday.\n\n"It was a mistake to come," he said.\n',
        'The council voted on Monday.\n\n"It was a mistake," she said.\n',
    ],
    ids=["nobody-named", "only-a-woman-named", "only-an-organisation-named"],
)
def test_a_pronoun_that_cannot_be_resolved_gives_no_speaker(text: str) -> None:
    q = only(text)
    assert q.speakers == ()
    assert q.speaker_names == []
    assert q.to_dict()["speakers"] == []


# -- roles, organisations, places ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("intro", "description", "name"),
    [
        ("Harlow United have appointed Lena Ortiz as head coach.", "the coach", "Lena Ortiz"),
        ("Finance Minister Karl Sand presented the budget on Tuesday.", "the minister", "Karl Sand"),
        ("Chief negotiator Kaisa Aho left the talks early.", "the negotiator", "Kaisa Aho"),
    ],
)
def test_a_role_description_resolves_to_the_person_holding_the_role(
    intro: str, description: str, name: str
) -> None:
    q = only(f'{intro}\n\n"These are hard choices," {description} said.\n')
    assert q.speaker_names == [name]
    assert q.mention == description


@pytest.mark.parametrize("body", ["The United Nations", "The Islamic State", "The Secretary of State"])
def test_he_never_means_an_organisation_or_a_title(body: str) -> None:
    text = (
        f"Leo Brandt wrote on Monday about the ceasefire. {body} turned down his plan.\n\n"
        '"We must act now," he said.\n'
    )
    assert only(text).speaker_names == ["Leo Brandt"]


def test_words_in_capitals_are_nobody_a_description_could_mean() -> None:
    q = only('A FULL TEXT of the speech follows. The executive says, "We will keep the plant open."')
    assert [(s.name, s.kind) for s in q.speakers] == [("executive", "unnamed")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The airspace was never violated," the Ministry of Defence said.', "ministry of defence"),
        ('"The talks were useful," the White House said on Friday.', "white house"),
        ('The Federation of Small Traders called it "a tax on survival".', "federation of small traders"),
    ],
)
def test_organisations_as_speakers(text: str, name: str) -> None:
    q = only(text)
    assert org_names(q) == [name]
    assert q.speakers[0].kind == "organisation"


@pytest.mark.parametrize("place", ["South Carolina", "North Dakota", "South Korea"])
def test_a_place_with_a_compass_point_is_not_a_person(place: str) -> None:
    text = (
        f"State Rep. Mara Quist warned that the lead in {place} could erode.\n\n"
        '"The harbour vote is not one bloc," she said.\n'
    )
    assert only(text).speaker_names == ["Mara Quist"]


def test_it_means_an_organisation_not_the_place_it_met_in() -> None:
    text = (
        "The Harlow Fishers' Association wrote to the board, which meets in Washington.\n\n"
        '"This must change," it said.\n'
    )
    assert only(text).speaker_names == ["Harlow Fishers' Association"]


@pytest.mark.parametrize("time", ["Friday", "Friday evening", "on Friday"])
def test_a_time_is_never_a_speaker(time: str) -> None:
    q = only(
        f"Dana Holt said in an interview {time} that she sent voters the same text: "
        '"Do you feel the bern tonight?"'
    )
    assert q.speaker_names == ["Dana Holt"]


@pytest.mark.parametrize("opening", ["Earlier Wednesday,", "Unfortunately,", "Reportedly,", "Does"])
def test_words_opening_a_sentence_name_nobody(opening: str) -> None:
    text = f"Tom Reyes lost his seat in May. {opening} Reyes blame the mayor?"
    assert [e.name for e in DocumentEntities(text).entities] == ["Tom Reyes"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Senator Tom Reyes, R-Harlow., spoke first.", ["Tom Reyes"]),
        ("On KXTV Tuesday, Reyes spoke first.", ["KXTV", "Reyes"]),
    ],
)
def test_party_tags_and_days_are_not_names(text: str, names: list[str]) -> None:
    assert [e.name for e in DocumentEntities(text).entities] == names


def test_a_role_cut_off_before_a_name_is_no_role() -> None:
    entities = DocumentEntities("Ana Holt, director of the Little Owls club, spoke first.").entities
    assert [(e.name, e.roles) for e in entities] == [
        ("Ana Holt", ["director of the Little Owls club"]),
        ("Little Owls", []),
    ]


def test_he_never_means_a_party_tag() -> None:
    text = (
        "Mayor Dan Hale spoke at the fair. Senator Tom Reyes, R-Harlow., was there too.\n\n"
        '"It is fun," he said.\n'
    )
    assert only(text).speaker_names == ["Tom Reyes"]


def test_he_never_means_the_time_opening_a_sentence() -> None:
    text = 'Earlier Wednesday, Reyes spoke on a radio show.\n\n"I was treated unfairly," he said.\n'
    assert only(text).speaker_names == []


def test_a_country_as_speaker() -> None:
    q = only('On Wednesday, Norway vetoed the resolution, calling it "seriously out of balance".')
    assert q.speaker_names == ["Norway"]
    assert q.speakers[0].kind != "person"


def test_several_speakers() -> None:
    text = (
        'Anna Berg of Harlow and Tom Reyes of Eastholm described the deal as "a first step".\n\n'
        '"We will hold the government to its word," they said.\n'
    )
    quotes = run(text)
    assert texts(quotes) == ["a first step", "We will hold the government to its word,"]
    for q in quotes:
        assert sorted(q.speaker_names) == ["Anna Berg", "Tom Reyes"]
        assert all(s.kind == "person" for s in q.speakers)


@pytest.mark.parametrize(
    "apposition",
    [
        "a schoolteacher and Harlow Rovers supporter",
        "a nurse and union member in Eastholm",
        "Merenland's Office of Management and Budget director",
        "a party volunteer and author of Keep the Harbour Open",
    ],
)
def test_an_and_inside_an_apposition_joins_no_second_speaker(apposition: str) -> None:
    q = only(f'"The clinic does a lot of good," said Kim Wells, {apposition}, after the vote.')
    assert q.speaker_names == ["Kim Wells"]


@pytest.mark.parametrize("modifier", ["former", "first"])
def test_a_title_modifier_alone_names_no_one(modifier: str) -> None:
    text = (
        'Tom Ray and Dana Holt spoke.\n\n"We will not move from this square until the council '
        f'hears every one of us," the {modifier} said.\n'
    )
    assert all(modifier not in s.name.lower() for s in only(text).speakers)


@pytest.mark.parametrize("name", ["Will Doyle", "May Lin"])
def test_a_given_name_that_is_also_a_modal_verb(name: str) -> None:
    q = only(f'"It\'s a costly way to run a ferry," said {name}, a professor of economics.')
    assert q.speaker_names == [name]


def test_a_source_known_only_by_a_description_is_unnamed() -> None:
    q = only('"We do not comment on leaks," a government spokesman said.')
    assert len(q.speakers) == 1
    speaker = q.speakers[0]
    assert speaker.kind == "unnamed"
    assert "spokesman" in speaker.name


def test_speaker_details_in_the_record() -> None:
    q = only('"We want these talks to succeed," Chinese Foreign Minister Wang Yi said.')
    record = q.to_dict()
    assert record["speakers"] == ["Wang Yi"]
    (details,) = record["speaker_details"]
    assert set(details) == {"name", "kind", "role", "aliases"}
    assert details["name"] == "Wang Yi"
    assert details["kind"] == "person"
    assert details["role"] == "Chinese Foreign Minister"
    assert isinstance(details["aliases"], list)
