"""Speaker identity across documents, slugs, and the quote-speaker tie (hand-made quotes)."""

from __future__ import annotations

from quotes_api.storage.models import Quote, QuoteSpeaker, Speaker
from quotes_api.storage.speakers import slugify
from quotes_api.storage.writer import write_batch
from tests.support.documents import doc_with_quotes, org, person, unnamed


def test_slugify_is_url_safe_ascii():
    assert slugify("Wang Yi") == "wang-yi"
    assert slugify("José Ramos-Horta") == "jose-ramos-horta"
    assert slugify("Søren Kierkegaard") == "soren-kierkegaard"
    assert slugify("Conan O’Brien") == "conan-obrien"
    assert slugify("Straße  &  Co.") == "strasse-co"
    assert slugify("王毅") == ""


def test_same_name_in_two_documents_is_one_speaker(db):
    a = doc_with_quotes('"We talk," said Wang Yi.', [("We talk,", [person("Wang Yi", "Foreign Minister")])])
    b = doc_with_quotes('"We listen," Wang Yi said.', [("We listen,", [person("Wang Yi", None, "Wang")])])
    write_batch(db, [a])
    write_batch(db, [b])
    wang = Speaker.get(Speaker.slug == "wang-yi")
    assert Speaker.select().count() == 1
    assert wang.quote_count == 2
    assert wang.roles == ["Foreign Minister"]
    assert wang.aliases == ["Wang"]


def test_several_known_speakers_learn_roles_and_aliases_in_one_batch(db):
    write_batch(
        db,
        [
            doc_with_quotes(
                '"Yes," said Wang Yi. "No," said Amy Tran.',
                [("Yes,", [person("Wang Yi")]), ("No,", [person("Amy Tran")])],
            )
        ],
    )
    later = [
        doc_with_quotes('"Again," Wang said.', [("Again,", [person("Wang Yi", "Foreign Minister", "Wang")])]),
        doc_with_quotes('"Never," Tran said.', [("Never,", [person("Amy Tran", "Governor", "Tran")])]),
    ]
    write_batch(db, later)
    wang, tran = Speaker.get(Speaker.slug == "wang-yi"), Speaker.get(Speaker.slug == "amy-tran")
    assert (wang.roles, wang.aliases, wang.quote_count) == (["Foreign Minister"], ["Wang"], 2)
    assert (tran.roles, tran.aliases, tran.quote_count) == (["Governor"], ["Tran"], 2)


def test_surname_alone_is_never_merged_on_a_guess(db):
    a = doc_with_quotes('"We talk," said Wang Yi.', [("We talk,", [person("Wang Yi")])])
    b = doc_with_quotes('"We listen," Wang said.', [("We listen,", [person("Wang")])])
    write_batch(db, [a, b])
    assert sorted(s.slug for s in Speaker.select()) == ["wang", "wang-yi"]


def test_unnamed_sources_are_scoped_to_their_document(db):
    a = doc_with_quotes('"No comment," a spokesman said.', [("No comment,", [unnamed("a spokesman")])])
    b = doc_with_quotes('"Later," a spokesman said.', [("Later,", [unnamed("a spokesman")])])
    write_batch(db, [a, b])
    rows = list(Speaker.select().order_by(Speaker.id))
    assert len(rows) == 2
    assert {r.kind for r in rows} == {"unnamed"}
    assert rows[0].slug != rows[1].slug
    assert all(r.slug.startswith("a-spokesman-") for r in rows)
    assert {r.document_id for r in rows} == {d.id for d in _documents()}


def test_same_name_of_two_kinds_gets_two_rows_and_two_slugs(db):
    a = doc_with_quotes('"Yes," said China.', [("Yes,", [org("China")])])
    b = doc_with_quotes('"No," said China.', [("No,", [person("China")])])
    write_batch(db, [a, b])
    assert sorted(s.slug for s in Speaker.select()) == ["china", "china-person"]


def test_a_quote_can_have_several_speakers(db):
    text = '"Unfortunately," said Michael McCaul and Young Kim.'
    doc = doc_with_quotes(text, [("Unfortunately,", [person("Michael McCaul"), person("Young Kim")])])
    write_batch(db, [doc])
    quote = Quote.get()
    links = list(QuoteSpeaker.select().where(QuoteSpeaker.quote == quote).order_by(QuoteSpeaker.position))
    assert [link.speaker.slug for link in links] == ["michael-mccaul", "young-kim"]
    assert all(s.quote_count == 1 for s in Speaker.select())


def test_slugs_are_deterministic_whatever_the_order(db, fresh_url):
    docs = [
        doc_with_quotes('"A," said José Pérez.', [("A,", [person("José Pérez")])]),
        doc_with_quotes('"B," said the Ministry.', [("B,", [org("Ministry of Défense")])]),
    ]
    write_batch(db, docs)
    first = {s.key: s.slug for s in Speaker.select()}
    assert set(first.values()) == {"jose-perez", "ministry-of-defense"}


def _documents():
    from quotes_api.storage.models import Document

    return list(Document.select())
