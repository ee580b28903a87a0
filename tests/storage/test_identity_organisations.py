"""One organisation, one speaker (issue 14): acronyms and the full names they abbreviate,
"<person> campaign" forms, short forms a document expands; never a merge on a guess. Invented
names throughout."""

from __future__ import annotations

import itertools

from quotes_api.extraction.model import Speaker as Extracted
from quotes_api.storage.clusters import Form
from quotes_api.storage.identity import bucket_of, group_bucket
from quotes_api.storage.models import Speaker
from quotes_api.storage.speakers import FormSpec
from quotes_api.storage.writer import write_batch
from tests.support.documents import doc_with_quotes, org, person


def _orgs(*names: str) -> list[Form]:
    return [Form(f"organisation:{n.lower()}", n, "organisation") for n in names]


def _people(*names: str) -> list[Form]:
    return [Form(f"person:{n.lower()}", n, "person") for n in names]


def _groups(forms: list[Form], people: list[Form] = ()) -> list[tuple[list[str], bool]]:
    return sorted((sorted(f.name for f in c.forms), c.ambiguous) for c in group_bucket(forms, (), people))


def _same_in_any_order(forms: list[Form], people: list[Form] = ()) -> bool:
    return {str(_groups(list(p), people)) for p in itertools.permutations(forms)} == {
        str(_groups(forms, people))
    }


def test_an_acronym_shares_a_bucket_with_the_names_it_can_abbreviate():
    assert bucket_of("HTA", "organisation", "") == bucket_of(
        "the Harbor Transit Authority", "organisation", ""
    )
    assert bucket_of("H.T.A.", "organisation", "") == "organisation:hta"
    assert bucket_of("Harbor Courier", "organisation", "") != bucket_of("Courier", "organisation", "")


def test_an_acronym_joins_the_one_full_name_it_abbreviates():
    forms = _orgs("Harbor Transit Authority", "HTA", "H.T.A.", "The Harbor Transit Authority")
    assert _groups(forms) == [
        (["H.T.A.", "HTA", "Harbor Transit Authority", "The Harbor Transit Authority"], False)
    ]
    assert _same_in_any_order(forms)
    [cluster] = group_bucket(forms)
    assert cluster.name == "Harbor Transit Authority"


def test_an_acronym_that_can_mean_two_names_stays_apart():
    forms = _orgs("Harbor Transit Authority", "Harbor Tenants Association", "HTA")
    assert _groups(forms) == [
        (["HTA"], True),
        (["Harbor Tenants Association"], False),
        (["Harbor Transit Authority"], False),
    ]
    assert _same_in_any_order(forms)
    # An acronym with no full name in the corpus is a row of its own.
    assert _groups(_orgs("HTA")) == [(["HTA"], False)]


def test_a_campaign_joins_its_person_s_campaign_as_the_person_would_join():
    campaigns = _orgs("Ann Pike campaign", "Ann B. Pike campaign", "the Pike campaign")
    assert _groups(campaigns) == [(["Ann B. Pike campaign", "Ann Pike campaign", "the Pike campaign"], False)]
    assert _same_in_any_order(campaigns, _people("Ann Pike"))
    # Beside two people named Pike, "Pike" is no one in particular: nor is "the Pike campaign".
    two = _people("Ann Pike", "Tom Pike", "Pike")
    assert _groups(campaigns, two) == [
        (["Ann B. Pike campaign", "Ann Pike campaign"], False),
        (["the Pike campaign"], True),
    ]
    assert _same_in_any_order(campaigns, two)
    # Different given names are different campaigns.
    assert len(group_bucket(_orgs("Ann Pike campaign", "Tom Pike campaign"))) == 2
    assert bucket_of("Ann Pike campaign", "organisation", "") == "organisation:campaign:pike"


def _form(name: str, text: str) -> str | None:
    spec = FormSpec.from_extracted(Extracted(name, "organisation"), "0" * 64, text)
    return spec.name if spec else None


def test_a_short_form_the_document_expands_takes_the_full_name():
    text = 'The Harbor Transit Authority (HTA) met. "No," the HTA said. The Lake Tribune asked the Tribune.'
    assert _form("HTA", text) == "Harbor Transit Authority"
    assert _form("the Tribune", text) == "Lake Tribune"
    assert _form("Harbor Museum", "The Harbor Maritime Museum opened. Harbor Museum staff said.") == (
        "Harbor Maritime Museum"
    )
    # Two names it could be, or the short form inside another name: left as written.
    assert _form("the Tribune", "The Lake Tribune and the Bay Tribune both ran it.") == "the Tribune"
    assert _form("Council", "The Council of Elders met; Council said no.") == "Council"
    assert _form("HTA", "Harbor Transit Authority and Harbor Tenants Association agreed.") == "HTA"
    # Two words with the initials and no word of a body: spelled out in brackets, or no name.
    assert _form("VP", "The Vice President spoke; the VP said.") == "VP"
    assert _form("HB", "The Harbor Bridge (HB) closed; HB said.") == "Harbor Bridge"
    # A person after a role is no fuller name of an organisation.
    assert _form("Ann Guardian", "Harbor Mayor Ann Guardian spoke.") == "Ann Guardian"


def test_organisation_variants_are_one_speaker_in_storage(db):
    write_batch(
        db,
        [
            doc_with_quotes(
                '"A," said the Harbor Transit Authority.', [("A,", [org("Harbor Transit Authority")])]
            ),
            doc_with_quotes('"B," said HTA.', [("B,", [org("HTA")])]),
            doc_with_quotes('"C," said the Ann Pike campaign.', [("C,", [org("Ann Pike campaign")])]),
            doc_with_quotes('"D," said Ann Pike.', [("D,", [person("Ann Pike")])]),
        ],
    )
    write_batch(db, [doc_with_quotes('"E," said the Pike campaign.', [("E,", [org("the Pike campaign")])])])
    rows = {s.name: (s.kind, s.quote_count) for s in Speaker.select()}
    assert rows == {
        "Harbor Transit Authority": ("organisation", 2),
        "Ann Pike campaign": ("organisation", 2),
        "Ann Pike": ("person", 1),
    }
    # A second full name with the same initials arrives: the acronym is no longer sure.
    write_batch(
        db,
        [
            doc_with_quotes(
                '"F," said the Harbor Tenants Association.', [("F,", [org("Harbor Tenants Association")])]
            )
        ],
    )
    rows = {s.name: (s.quote_count, s.ambiguous) for s in Speaker.select().where(Speaker.quote_count > 0)}
    assert rows["HTA"] == (1, True) and rows["Harbor Transit Authority"] == (1, False)
    # A second Pike: "the Pike campaign" is no longer Ann Pike's.
    write_batch(db, [doc_with_quotes('"G," said Tom Pike.', [("G,", [person("Tom Pike")])])])
    rows = {s.name: s.quote_count for s in Speaker.select().where(Speaker.quote_count > 0)}
    assert rows["Ann Pike campaign"] == 1 and rows["the Pike campaign"] == 1
