"""``POST /api/v1/verify`` on the seeded database: verdicts, spans, diffs, provenance, bad input."""

from __future__ import annotations

import pytest

MARSH = "We were fearless from the first whistle and we never stopped believing"


def verify(api, claim, speaker=None):
    body = {"claim": claim} if speaker is None else {"claim": claim, "speaker": speaker}
    response = api.post("/api/v1/verify", json=body)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


@pytest.mark.parametrize(
    "claim",
    [
        MARSH,
        MARSH.upper(),
        f"\u201c{MARSH}\u201d",
        f'"{MARSH}."',
        "  We were   fearless\nfrom the first whistle and we never stopped believing ",
        "we were fearless \u2013 from the first whistle \u2014 and we never stopped believing",
    ],
)
def test_case_marks_dashes_and_spacing_never_change_the_verdict(api, claim):
    result = verify(api, claim, "Lena Marsh")
    assert result["verdict"] == "exact"
    top = result["matches"][0]
    assert top["match"] == "exact" and top["similarity"] == 1.0 and top["diff"] == []
    assert top["by_claimed_speaker"] is True


def test_apostrophes_and_hyphens_are_normalised(api):
    straight = verify(api, "I didn't think about the keeper", "Daniel Okafor")
    assert straight["verdict"] == "exact"  # the article writes didn’t
    dashed = verify(api, "stabilise China\u2013US relations", "wang-yi")
    assert dashed["verdict"] == "exact"


def test_exact_match_has_provenance_and_offsets(api):
    result = verify(api, "never stopped believing", "lena-marsh")
    top = result["matches"][0]
    assert [s["slug"] for s in result["speakers"]] == ["lena-marsh"]
    assert top["speakers"][0]["name"] == "Lena Marsh"
    assert top["document"]["href"].startswith("/api/v1/documents/")
    assert top["context_before"].endswith("\u201c") and "said Lena Marsh" in top["context_after"]
    span = top["span"]
    assert top["text"][span["start"] : span["end"]] == span["text"] == "never stopped believing"
    document = api.get(top["document"]["href"]).get_json()
    assert document["text"][span["document_start"] : span["document_end"]] == "never stopped believing"
    assert document["text"][top["start"] : top["end"]] == top["text"]
    # The same provenance as GET /quotes/{id}, which also says whether an editor rejected the
    # quotation (verify never matches a rejected one, so its matches do not carry the flag).
    detail = api.get(top["href"]).get_json()
    assert detail.pop("rejected") is False
    assert {k: top[k] for k in detail} == detail


def test_altered_claim_lists_the_changed_word(api):
    result = verify(api, "We were fearless from the very first whistle", "Lena Marsh")
    assert result["verdict"] == "altered"
    top = result["matches"][0]
    assert top["match"] == "altered" and top["edits"] == 1 and 0.7 <= top["similarity"] < 1
    assert {"op": "insert", "quote": "", "claim": "very"} in top["diff"]
    assert top["span"]["text"] == "We were fearless from the first whistle"

    changed = verify(api, "This squad has given nothing. Enjoy tonight", "Marsh")
    ops = [d for d in changed["matches"][0]["diff"] if d["op"] != "equal"]
    assert changed["verdict"] == "altered" and ops == [
        {"op": "replace", "quote": "everything", "claim": "nothing"}
    ]

    dropped = verify(api, "We were fearless from the first whistle and we stopped believing", "Lena Marsh")
    assert dropped["verdict"] == "altered"
    assert {"op": "delete", "quote": "never", "claim": ""} in dropped["matches"][0]["diff"]


def test_misattributed_names_the_real_speaker(api):
    result = verify(api, "we never stopped believing", "Wang Yi")
    assert result["verdict"] == "misattributed"
    top = result["matches"][0]
    assert top["by_claimed_speaker"] is False and top["speakers"][0]["slug"] == "lena-marsh"


def test_no_speaker_means_anyone(api):
    result = verify(api, "we never stopped believing")
    assert result["verdict"] == "exact" and result["speakers"] == []
    assert result["matches"][0]["by_claimed_speaker"] is None


def test_unknown_speaker_is_misattributed_when_the_words_exist(api):
    result = verify(api, "we never stopped believing", "Nobody Atall")
    assert result["verdict"] == "misattributed" and result["speakers"] == []
    assert verify(api, "the moon is made of cheese", "Nobody Atall")["verdict"] == "not_found"


def test_speaker_by_alias_and_organisation(api):
    assert verify(api, "Enjoy tonight", "marsh")["verdict"] == "exact"  # alias, any case
    result = verify(api, "not available for civilian use", "Ministry of Defence")
    assert result["verdict"] == "exact"


def test_paraphrase_and_unrelated_are_not_found(api):
    assert (
        verify(api, "From the opening whistle we played without fear", "Lena Marsh")["verdict"] == "not_found"
    )
    result = verify(api, "Electric buses are cheaper to run than diesel ones")
    assert result["verdict"] == "not_found"


def test_claims_of_stop_words_only(api):
    """Short claims of common words: found on both backends (PostgreSQL's index drops them)."""
    assert verify(api, "and here I am", "Edith Marlow")["verdict"] == "exact"
    assert verify(api, "and here I am")["verdict"] == "exact"
    assert verify(api, "and here I am", "Lena Marsh")["verdict"] == "misattributed"
    assert verify(api, "it is what it is")["verdict"] == "not_found"


def test_long_claim_is_checked(api):
    claim = " ".join([MARSH] * 20)
    result = verify(api, claim, "Lena Marsh")
    assert result["verdict"] == "not_found"  # the quote is in it, but the claim says far more


@pytest.mark.parametrize(
    ("body", "pointer"),
    [
        ({}, "#/claim"),
        ({"claim": ""}, "#/claim"),
        ({"claim": "   "}, "#/claim"),
        ({"claim": 42}, "#/claim"),
        ({"claim": "x" * 5001}, "#/claim"),
        ({"claim": "fearless", "speaker": ""}, "#/speaker"),
        ({"claim": "fearless", "speaker": ["a"]}, "#/speaker"),
        ({"claim": "fearless", "extra": 1}, "#/extra"),
    ],
)
def test_bad_bodies_are_422_with_the_field(api, body, pointer):
    response = api.post("/api/v1/verify", json=body)
    assert response.status_code == 422
    assert pointer in [e["pointer"] for e in response.get_json()["errors"]]


def test_a_claim_without_words_is_found_nowhere(api):
    """Valid by the published pattern (not blank), so answered: nothing stored matches it
    (a pattern for "has a letter" cannot mean the same in Python and JavaScript)."""
    response = api.post("/api/v1/verify", json={"claim": "\u201c \u2014 \u201d ..."})
    assert response.status_code == 200
    assert response.get_json()["verdict"] == "not_found" and response.get_json()["matches"] == []


def test_not_json_is_4xx_problem(api):
    assert api.post("/api/v1/verify", data="claim=x", content_type="text/plain").status_code == 415
    bad = api.post("/api/v1/verify", data=b"{not json", content_type="application/json")
    assert bad.status_code == 400
    assert api.post("/api/v1/verify", json=["a list"]).status_code == 422
    assert api.get("/api/v1/verify").status_code == 405


def test_hostile_text_never_breaks_the_search(api):
    for claim in [
        '"unbalanced',
        "AND OR NOT (",
        "a* OR b^ NEAR(c)",
        "\u0000x",
        "-fearless",
        "😀 fearless 😀",
    ]:
        response = api.post("/api/v1/verify", json={"claim": claim})
        assert response.status_code in (200, 422), response.get_json()


def test_matches_of_a_quotation_in_pieces_list_the_other_pieces(api):
    """Each match carries the other pieces of its quotation, as GET /quotes/{id} does (read for
    all matches at once)."""
    listed = api.get("/api/v1/quotes?per_page=100").get_json()["items"]
    second_parts = [q for q in listed if q["part"] == 1]
    assert second_parts, "the seeded corpus holds quotations in pieces"
    for quote in second_parts[:3]:
        result = verify(api, quote["text"])
        top = next(m for m in result["matches"] if m["id"] == quote["id"])
        detail = api.get(top["href"]).get_json()
        assert top["pieces"] and top["pieces"] == detail["pieces"]
        assert all(piece["id"] != quote["id"] for piece in top["pieces"])
