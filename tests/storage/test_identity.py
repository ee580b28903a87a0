"""Identity across documents: parsed names, nicknames, suffixes, surnames alone, kinds, junk."""

from __future__ import annotations

import itertools

from quotes_api.storage.clusters import Form
from quotes_api.storage.identity import group_bucket
from quotes_api.storage.models import Quote, Speaker, SpeakerRedirect
from quotes_api.storage.names import classify_kind, is_junk_name
from quotes_api.storage.speakers import redirect_target, speakers_named
from quotes_api.storage.writer import write_batch
from tests.support.documents import doc_with_quotes, org, person


def _people(*names: str) -> list[Form]:
    return [Form(f"person:{n.lower()}", n, "person") for n in names]


def _names(clusters) -> list[tuple[str, list[str], bool]]:
    return sorted((c.name, sorted(f.name for f in c.forms), c.ambiguous) for c in clusters)


def test_variants_of_one_name_group_and_the_fullest_is_the_name():
    forms = _people("Joseph R. Biden Jr.", "Joe Biden", "Biden", "Mr. Biden")
    [biden] = group_bucket(forms)
    assert biden.name == "Joseph R. Biden Jr." and not biden.ambiguous
    assert set(biden.aliases) == {"Joe Biden", "Biden", "Mr. Biden"}
    [burman] = group_bucket(_people("Len Burman", "Leonard E. Burman"))
    assert burman.name == "Leonard E. Burman"


def test_grouping_does_not_depend_on_order():
    forms = _people(
        "Donald J. Trump", "Donald Trump", "Donald Trump Jr.", "Melania Trump", "Trump", "D. Trump"
    )
    results = {tuple(map(str, _names(group_bucket(list(p))))) for p in itertools.permutations(forms)}
    assert len(results) == 1


def test_given_names_and_suffixes_keep_people_apart():
    clusters = _names(
        group_bucket(_people("Donald J. Trump", "Donald Trump", "Donald Trump Jr.", "Melania Trump"))
    )
    assert [c[0] for c in clusters] == ["Donald J. Trump", "Donald Trump Jr.", "Melania Trump"]
    assert clusters[0][1] == ["Donald J. Trump", "Donald Trump"]
    # Without the plain name beside it, "Jr." is how the same person is written in full.
    [one] = group_bucket(_people("Joseph R. Biden Jr.", "Joe Biden"))
    assert one.name == "Joseph R. Biden Jr."
    # ... unless a document names the two as different speakers.
    apart = {frozenset(("person:joseph r. biden jr.", "person:joe biden"))}
    assert len(group_bucket(_people("Joseph R. Biden Jr.", "Joe Biden"), apart)) == 2


def test_a_surname_that_can_mean_two_people_stays_apart_and_ambiguous():
    clusters = _names(group_bucket(_people("Bill Clinton", "Hillary Clinton", "Clinton")))
    assert clusters == [
        ("Bill Clinton", ["Bill Clinton"], False),
        ("Clinton", ["Clinton"], True),
        ("Hillary Clinton", ["Hillary Clinton"], False),
    ]
    # Its role can decide it.
    forms = [
        Form("person:clinton", "Clinton", "person", ("former secretary of state",)),
        Form("person:hillary clinton", "Hillary Clinton", "person", ("Former Secretary of State",)),
        Form("person:bill clinton", "Bill Clinton", "person", ("former president",)),
    ]
    assert _names(group_bucket(forms))[1] == ("Hillary Clinton", ["Clinton", "Hillary Clinton"], False)


def test_an_honorific_s_gender_places_a_surname_alone():
    clusters = _names(group_bucket(_people("Bill Clinton", "Hillary Clinton", "Mrs. Clinton", "Mr. Clinton")))
    assert clusters == [
        ("Bill Clinton", ["Bill Clinton", "Mr. Clinton"], False),
        ("Hillary Clinton", ["Hillary Clinton", "Mrs. Clinton"], False),
    ]
    # Two of one gender: still ambiguous, and never joined with the other gender's row.
    clusters = _names(group_bucket(_people("Donald Trump", "Eric Trump", "Ivanka Trump", "Mr. Trump")))
    assert ("Mr. Trump", ["Mr. Trump"], True) in clusters and len(clusters) == 4
    # With no full name at all, Mr. and Ms. are two people; the bare surname could be either.
    assert _names(group_bucket(_people("Mr. Lane", "Ms. Lane", "Lane"))) == [
        ("Lane", ["Lane"], True),
        ("Mr. Lane", ["Mr. Lane"], False),
        ("Ms. Lane", ["Ms. Lane"], False),
    ]
    assert _names(group_bucket(_people("Mr. Lane", "Lane"))) == [("Mr. Lane", ["Lane", "Mr. Lane"], False)]


def test_an_initial_that_fits_two_people_is_ambiguous():
    clusters = _names(group_bucket(_people("John Smith", "James Smith", "J. Smith")))
    assert ("J. Smith", ["J. Smith"], True) in clusters


def test_kinds_from_names():
    assert classify_kind("The Washington Post", "person") == "organisation"
    assert classify_kind("Republican Party", "person") == "organisation"
    assert classify_kind("Democrats", "person") == "group"
    assert classify_kind("protesters", "unnamed") == "unnamed"
    assert classify_kind("Steven Horsford", "organisation") == "person"
    assert classify_kind("Acme Corp.", "organisation") == "organisation"


def test_junk_names_are_refused():
    for junk in ("It", "they", "This", "the report", "2024", "said", "", "a b c d e f g h"):
        assert is_junk_name(junk, "person"), junk
    for name in ("Ana Lopez", "Charles de Gaulle", "Biden", "O'Brien"):
        assert not is_junk_name(name, "person"), name


def test_stored_speakers_one_row_per_person_with_aliases_and_redirects(db):
    docs = [
        doc_with_quotes(
            '"Bridges," said Joseph R. Biden Jr.', [("Bridges,", [person("Joseph R. Biden Jr.")])]
        ),
        doc_with_quotes('"Roads," said Joe Biden.', [("Roads,", [person("Joe Biden")])]),
        doc_with_quotes('"Rails," said Biden.', [("Rails,", [person("Biden")])]),
        doc_with_quotes('"No," said It.', [("No,", [person("It")])]),
        doc_with_quotes(
            '"We stand by it," said the paper.', [("We stand by it,", [person("The New York Times")])]
        ),
    ]
    write_batch(db, docs[:1])
    write_batch(db, docs[1:])
    rows = {s.slug: s for s in Speaker.select()}
    assert set(rows) == {"joseph-r-biden-jr", "the-new-york-times"}
    biden = rows["joseph-r-biden-jr"]
    assert biden.quote_count == 3 and set(biden.aliases) == {"Joe Biden", "Biden"}
    assert rows["the-new-york-times"].kind == "organisation"
    assert Quote.select().count() == 5  # the quote "said It" is kept, with no speaker
    assert redirect_target("joe-biden") == "joseph-r-biden-jr"
    assert redirect_target("biden") == "joseph-r-biden-jr"
    assert [s.slug for s in speakers_named("Joseph Biden")] == ["joseph-r-biden-jr"]
    assert speakers_named("Hunter Biden") == []


def test_a_fuller_name_arriving_later_takes_over_and_the_old_slug_redirects(db):
    write_batch(db, [doc_with_quotes('"One," said Obama.', [("One,", [person("Obama")])])])
    assert Speaker.get().slug == "obama"
    write_batch(db, [doc_with_quotes('"Two," said Barack Obama.', [("Two,", [person("Barack Obama")])])])
    [obama] = Speaker.select()
    assert (obama.slug, obama.name, obama.quote_count, obama.aliases) == (
        "barack-obama",
        "Barack Obama",
        2,
        ["Obama"],
    )
    assert SpeakerRedirect.get(SpeakerRedirect.slug == "obama").speaker_id == obama.id
    # A second Obama makes the bare surname ambiguous again: it leaves Barack's row.
    write_batch(
        db, [doc_with_quotes('"Three," said Michelle Obama.', [("Three,", [person("Michelle Obama")])])]
    )
    rows = {s.slug: (s.quote_count, s.ambiguous) for s in Speaker.select()}
    assert rows == {"barack-obama": (1, False), "michelle-obama": (1, False), "obama": (1, True)}


def test_mr_and_ms_of_one_surname_are_two_speakers_placed_by_gender(db):
    write_batch(
        db,
        [
            doc_with_quotes(
                '"Yes," said Mr. Trump. "No," said Ms. Trump.',
                [
                    ("Yes,", [person("Trump", None, "Mr. Trump")]),
                    ("No,", [person("Trump", None, "Ms. Trump")]),
                ],
            )
        ],
    )
    assert {s.name: s.quote_count for s in Speaker.select()} == {"Mr. Trump": 1, "Ms. Trump": 1}
    write_batch(
        db,
        [
            doc_with_quotes('"Towers," said Donald Trump.', [("Towers,", [person("Donald Trump")])]),
            doc_with_quotes('"Shoes," said Ivanka Trump.', [("Shoes,", [person("Ivanka Trump")])]),
        ],
    )
    rows = {s.slug: (s.quote_count, s.ambiguous) for s in Speaker.select()}
    assert rows == {"donald-trump": (2, False), "ivanka-trump": (2, False)}


def test_organisation_forms_are_one_speaker(db):
    write_batch(
        db,
        [
            doc_with_quotes('"A," said the Times.', [("A,", [org("The New York Times")])]),
            doc_with_quotes('"B," said the Times.', [("B,", [org("New York Times")])]),
        ],
    )
    [times] = Speaker.select()
    assert times.quote_count == 2 and times.kind == "organisation"


def test_words_a_sentence_left_before_a_name_are_dropped(db):
    write_batch(
        db,
        [
            doc_with_quotes('"A," Maybe Trump said.', [("A,", [person("Maybe Trump")])]),
            doc_with_quotes('"B," said Donald J. Trump.', [("B,", [person("Neither Donald J. Trump")])]),
            doc_with_quotes('"C," said the mayor.', [("C,", [org("Atlantic City Mayor Don Guardian")])]),
        ],
    )
    rows = {s.name: (s.kind, s.quote_count) for s in Speaker.select()}
    assert rows == {"Donald J. Trump": ("person", 2), "Don Guardian": ("person", 1)}


def test_an_alias_two_speakers_share_finds_both_and_no_redirect(db):
    from quotes_api.storage.slugs import speakers_sharing

    write_batch(
        db,
        [
            doc_with_quotes('"A," said Ann Pike.', [("A,", [person("Ann Pike", None, "Pike")])]),
            doc_with_quotes('"B," said Tom Pike.', [("B,", [person("Tom Pike", None, "Pike")])]),
            doc_with_quotes('"C," said Tom Pike.', [("C,", [person("Tom Pike", None, "Pike")])]),
        ],
    )
    assert redirect_target("pike") is None
    assert [s.slug for s in speakers_sharing("pike")] == ["tom-pike", "ann-pike"]  # most quoted first
    assert speakers_sharing("pikes") == [] and speakers_sharing("ann-pike") == []
    assert speakers_sharing("-") == [] and speakers_sharing("PIKE") == []  # not a slug
