"""The extractor's records survive pickling whole (ingest workers send them to the writer so)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

from quotes_api import extract
from quotes_api.extraction.model import Quote, Rule, Speaker

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "000_4a74c906bf940fc8.txt"


def test_quotes_of_the_seed_round_trip_through_pickle() -> None:
    quotes = extract(SEED.read_text(encoding="utf-8"))
    assert quotes and any(len(q.speakers) > 1 for q in quotes)
    assert pickle.loads(pickle.dumps(quotes)) == quotes


def test_every_field_is_pickled() -> None:
    speaker = Speaker("Amy Tran", "person", "Governor", ("Tran", "the governor"))
    quote = Quote(1, 9, "We will", (speaker,), "Tran", "said", 0.9, 3, 2, 1, Rule.AFTER)
    back = pickle.loads(pickle.dumps(quote))
    assert back == quote and back.speakers[0].aliases == ("Tran", "the governor")


def test_rules_are_the_schemas_enum_and_serialise_as_their_names() -> None:
    schema = json.loads((ROOT / "schema" / "quote.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["rule"]["enum"] == [r.value for r in Rule]
    quote = extract('"We will win," said Governor Amy Tran.')[0]
    assert type(quote.rule) is Rule and json.dumps(quote.to_dict()["rule"]) == '"inverted"'
