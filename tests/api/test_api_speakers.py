"""``/api/v1/speakers``, one speaker, and a speaker's quotes: filters, sorting, 404."""

from __future__ import annotations

from tests.support.api_client import post_doc


def test_speakers_list_counts_and_default_order(client, corpus):
    r = client.get("/api/v1/speakers")
    assert r.status_code == 200
    body = r.get_json()
    slugs = [s["slug"] for s in body["items"]]
    assert slugs[0] == "amy-tran"  # most quoted first (3 quotes over two documents)
    tran = body["items"][0]
    assert tran["quote_count"] == 3 and tran["kind"] == "person" and tran["name"] == "Amy Tran"
    assert tran["href"] == "/api/v1/speakers/amy-tran"
    assert {"tom-reed", "sara-lind", "port-authority"} <= set(slugs)
    assert body["total"] == len(slugs) == int(r.headers["X-Total-Count"])


def test_speakers_search_by_name_alias_kind_and_sort(client, corpus):
    names = lambda r: [s["slug"] for s in r.get_json()["items"]]  # noqa: E731
    assert names(client.get("/api/v1/speakers?q=AMY")) == ["amy-tran"]
    assert names(client.get("/api/v1/speakers?q=Transport%20Minister")) == ["sara-lind"]  # an alias
    assert names(client.get("/api/v1/speakers?kind=organisation")) == ["port-authority"]
    by_name = names(client.get("/api/v1/speakers?sort=name"))
    assert by_name == sorted(by_name, key=lambda s: client.get(f"/api/v1/speakers/{s}").get_json()["name"])
    assert names(client.get("/api/v1/speakers?sort=-name")) == by_name[::-1]
    ascending = [s["quote_count"] for s in client.get("/api/v1/speakers?sort=quotes").get_json()["items"]]
    assert ascending == sorted(ascending)
    assert client.get("/api/v1/speakers?q=nobody-of-that-name").get_json()["total"] == 0


def test_speakers_bad_parameters_are_400(client):
    for query in ("kind=robot", "sort=age", "page=0", "per_page=1000", "per_page=x"):
        r = client.get(f"/api/v1/speakers?{query}")
        assert r.status_code == 400, query
        assert r.get_json()["errors"][0]["parameter"] == query.split("=")[0]


def test_speaker_detail(client, corpus):
    r = client.get("/api/v1/speakers/amy-tran")
    assert r.status_code == 200
    body = r.get_json()
    assert body["roles"] == ["Governor"]
    assert "Tran" in body["aliases"]
    assert body["first_quoted"] == "2024-03-01T00:00:00Z"
    assert body["last_quoted"] == "2024-05-10T00:00:00Z"


def test_unknown_speaker_is_404(client):
    for path in ("/api/v1/speakers/no-such-person", "/api/v1/speakers/no-such-person/quotes"):
        r = client.get(path)
        assert r.status_code == 404
        assert "no-such-person" in r.get_json()["detail"]


def test_speaker_quotes_filters(client, corpus):
    base = "/api/v1/speakers/amy-tran/quotes"
    body = client.get(base).get_json()
    assert body["total"] == 3
    # Newest first by default: the May document, then the March one in document order.
    assert [q["text"] for q in body["items"]] == [
        "We will win,",
        "We will win the election,",
        "Taxes will not rise,",
    ]
    assert all(q["speakers"][0]["slug"] == "amy-tran" for q in body["items"])
    assert [q["text"] for q in client.get(base + "?sort=published").get_json()["items"]][0] == (
        "We will win the election,"
    )
    assert client.get(base + "?q=taxes").get_json()["total"] == 1
    assert client.get(base + "?since=2024-04-01").get_json()["total"] == 1
    assert client.get(base + "?until=2024-03-01").get_json()["total"] == 2
    assert client.get(base + "?since=2024-03-02&until=2024-05-09").get_json()["total"] == 0
    doc = corpus["tran"]["id"]
    assert client.get(f"{base}?document={doc}").get_json()["total"] == 2
    assert client.get(f"{base}?min_length=20").get_json()["total"] == 2
    reversed_range = client.get(base + "?since=2024-06-01&until=2024-01-01")  # an empty range
    assert reversed_range.status_code == 200 and reversed_range.get_json()["total"] == 0


def test_one_quote_two_speakers(client, writer):
    post_doc(writer, '"We oppose the bill," said Senators Ann Cole and Ben Ode in a joint statement.')
    slugs = {s["slug"] for s in client.get("/api/v1/speakers").get_json()["items"]}
    for slug in slugs:
        quotes = client.get(f"/api/v1/speakers/{slug}/quotes").get_json()["items"]
        assert [q["text"] for q in quotes] == ["We oppose the bill,"]


def test_speaker_quotes_page_through_dated_then_undated(client, writer):
    """Undated quotes follow the dated ones in either order, and every page boundary holds:
    paging by one and by two gives the whole list, once, in the order of one big page."""
    for day, text in (("2024-02-01", "Dredging starts in March"), ("2024-05-01", "The quay reopens")):
        post_doc(writer, f'"{text}," said Mayor Ola Brandt.', published=day)
    for text in ("Nets go in the water at dawn", "Ferries run on time"):
        post_doc(writer, f'"{text}," said Mayor Ola Brandt.')
    base = "/api/v1/speakers/ola-brandt/quotes"
    for sort, dated in (
        ("-published", ["The quay reopens,", "Dredging starts in March,"]),
        ("published", ["Dredging starts in March,", "The quay reopens,"]),
    ):
        whole = [q["text"] for q in client.get(f"{base}?sort={sort}&per_page=10").get_json()["items"]]
        assert whole[:2] == dated and sorted(whole[2:]) == [
            "Ferries run on time,",
            "Nets go in the water at dawn,",
        ]
        for per_page in (1, 2, 3):
            paged = []
            for page in range(1, 6):
                body = client.get(f"{base}?sort={sort}&per_page={per_page}&page={page}").get_json()
                assert body["total"] == 4
                paged += [q["text"] for q in body.get("items", [])]
            assert paged == whole, (sort, per_page)
