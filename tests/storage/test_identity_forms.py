"""Identity rules found by sampling speaker rows of real news (issue 14): names known by their
middle name, double surnames, roles and possessives before a name, kinds. Invented names."""

from __future__ import annotations

import itertools

from quotes_api.extraction.model import Speaker as Extracted
from quotes_api.storage.clusters import Form
from quotes_api.storage.identity import group_bucket
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker, SpeakerForm
from quotes_api.storage.speakers import FormSpec
from quotes_api.storage.writer import write_batch
from tests.support.documents import doc_with_quotes, person


def _people(*names: str) -> list[Form]:
    return [Form(f"person:{n.lower()}", n, "person") for n in names]


def _groups(forms: list[Form]) -> list[list[str]]:
    return sorted(sorted(f.name for f in c.forms) for c in group_bucket(forms))


def test_a_person_known_by_a_nickname_of_the_middle_name_is_one_speaker():
    forms = _people("Rafael Edward Pike", "Ted Pike", "Carla Pike")
    assert _groups(forms) == [["Carla Pike"], ["Rafael Edward Pike", "Ted Pike"]]
    # In any order.
    assert {str(_groups(list(p))) for p in itertools.permutations(forms)} == {str(_groups(forms))}
    # A middle initial says nothing about which name the person goes by.
    assert _groups(_people("Rafael E. Pike", "Ted Pike")) == [["Rafael E. Pike"], ["Ted Pike"]]


def test_a_clipped_given_name_the_nickname_dataset_lacks_is_the_same_person():
    # "Stan" is in no nickname list; it is the start of "Stanley", and no one else's name here.
    forms = _people("Stanley B. Pike", "Stan Pike", "Anna Pike")
    assert _groups(forms) == [["Anna Pike"], ["Stan Pike", "Stanley B. Pike"]]
    assert {str(_groups(list(p))) for p in itertools.permutations(forms)} == {str(_groups(forms))}
    # A short name the dataset knows keeps to its own variants: "Dan" is Daniel, not Dana.
    assert _groups(_people("Dan Pike", "Dana Pike")) == [["Dan Pike"], ["Dana Pike"]]


def test_a_double_surname_without_its_given_name_is_the_same_person():
    assert _groups(_people("Ama Okafor Lindqvist", "Okafor Lindqvist", "Jon Lindqvist")) == [
        ["Ama Okafor Lindqvist", "Okafor Lindqvist"],
        ["Jon Lindqvist"],
    ]


def _form(name: str, kind: str = "person") -> tuple[str, str] | None:
    spec = FormSpec.from_extracted(Extracted(name, kind), "0" * 64)
    return (spec.name, spec.kind) if spec else None


def test_what_stands_before_a_name_is_not_part_of_it():
    assert _form("Harbor News’ Ann Pike") == ("Ann Pike", "person")  # a plural's possessive
    assert _form("Donor Kettering") == ("Kettering", "person")  # a role word
    assert _form("Ohio-based Ann Pike") == ("Ann Pike", "person")
    assert _form("Celebrities Ann Pike") == ("Ann Pike", "person")
    # A role phrase before a name the nickname dataset does not know, taken for an organisation.
    assert _form("Former Secretary of State Ama Kettering", "organisation") == ("Ama Kettering", "person")
    assert _form("Chief Financial Officer", "organisation") == ("Chief Financial Officer", "organisation")
    assert _form("Now Harbor Courier", "organisation") == ("Harbor Courier", "organisation")


def test_committees_and_institutions_are_organisations():
    assert _form("Purple Valley PAC") == ("Purple Valley PAC", "organisation")
    assert _form("Westbrook Institution") == ("Westbrook Institution", "organisation")
    assert _form("Agence Nordique-Presse") == ("Agence Nordique-Presse", "organisation")


def test_plural_nouns_of_people_are_groups():
    assert _form("Hackers") == ("Hackers", "group")
    assert _form("Flood Survivors") == ("Flood Survivors", "group")


def test_two_forms_of_one_person_in_one_document_are_not_kept_apart(db):
    """Only a suffix is kept apart by one document naming both forms: a document quoting
    "Ama Okafor Lindqvist" and then "Okafor Lindqvist" quotes one person, in one batch or two."""
    text = '"A," said Ama Okafor Lindqvist. "B," said Okafor Lindqvist.'
    quotes = [("A,", [person("Ama Okafor Lindqvist")]), ("B,", [person("Okafor Lindqvist")])]
    write_batch(db, [doc_with_quotes(text, quotes)])
    rows = [(s.name, s.quote_count) for s in Speaker.select()]
    assert rows == [("Ama Okafor Lindqvist", 2)]


def test_a_surname_alone_is_the_full_name_with_a_double_surname_the_document_gives(db):
    """ "Ms. Ortiz" in a document that names "Melba Ortiz Febo" (a given name no nickname list
    holds, and a second surname) is she: one speaker, not a row "Ms. Ortiz" of its own."""
    text = '"A," said Melba Ortiz Febo, the bank\'s head. "B," Ms. Ortiz said.'
    quotes = [("A,", [person("Melba Ortiz Febo")]), ("B,", [person("Ortiz", None, "Ms. Ortiz")])]
    write_batch(db, [doc_with_quotes(text, quotes)])
    rows = [(s.name, s.quote_count) for s in Speaker.select()]
    assert rows == [("Melba Ortiz Febo", 2)]


def test_a_name_read_in_the_wrong_encoding_is_stored_as_written(db):
    text = '"A," said Tom\u00c3\u00a1s Ortiz.'
    write_batch(db, [doc_with_quotes(text, [("A,", [person("Tom\u00c3\u00a1s Ortiz")])])])
    assert [s.name for s in Speaker.select()] == ["Tomás Ortiz"]


def _spellings(db, batches: list[list[str]]) -> list[tuple[str, int]]:
    for batch in batches:
        write_batch(db, [doc_with_quotes(f'"{t}," said {n}.', [(f"{t},", [person(n)])]) for t, n in batch])
    return sorted((s.name, s.quote_count) for s in Speaker.select().where(Speaker.quote_count > 0))


def test_spellings_that_fold_alike_give_one_name_in_any_order(db):
    """Which of two spellings of one name arrived first decides nothing: the accented one is
    the name, and a typographic apostrophe is the same as a straight one."""
    first, second = [("Ports", "Tomas O'Hara")], [("Roads", "Tomás O’Hara")]
    assert _spellings(db, [first, second]) == [("Tomás O’Hara", 2)]
    for table in (QuoteSpeaker, Quote, SpeakerForm, Speaker, Document):
        table.delete().execute()
    assert _spellings(db, [second, first]) == [("Tomás O’Hara", 2)]
    for table in (QuoteSpeaker, Quote, SpeakerForm, Speaker, Document):
        table.delete().execute()
    assert _spellings(db, [second + first]) == _spellings(db, []) == [("Tomás O’Hara", 2)]
