"""schemathesis against the API's generated OpenAPI document on the live server (waitress, real
HTTP, both backends): no 5xx, every response conforms to the document.

Each operation runs schemathesis' examples, coverage and fuzzing phases, with valid and
invalid data; ``MAX_EXAMPLES`` bounds the fuzzing phase per operation, so the whole run takes
well under a minute a backend. schemathesis knows the API key (``auth``), so writes are
exercised for real and its ``ignored_auth`` check proves that a wrong key is refused.
"""

from __future__ import annotations

import html
import json
import os

import requests
import schemathesis

from quotes_api.cli.openapi import generate_openapi_text
from tests.support.api_client import API_KEY

MAX_EXAMPLES = 40
#: Fixed, so CI is repeatable; set QUOTES_API_FUZZ_SEED to another number (or "random") to explore.
SEED = os.environ.get("QUOTES_API_FUZZ_SEED", "20240501")

DOCUMENT = json.loads(generate_openapi_text())

schema = schemathesis.openapi.from_dict(
    DOCUMENT,
    config=schemathesis.Config.from_dict(
        {
            **({} if SEED == "random" else {"seed": int(SEED)}),
            "generation": {"max-examples": MAX_EXAMPLES},
            "auth": {"openapi": {"bearerAuth": {"bearer": API_KEY}, "apiKeyHeader": {"api_key": API_KEY}}},
        }
    ),
)


#: A page with an article in it, around whatever ``html`` the fuzzer made (escaped, as a paragraph).
ARTICLE_PAGE = (
    "<html><body><article><p>The harbour board met on Tuesday and agreed to repair the old sea "
    "wall before the winter storms arrive.</p><p>{}</p></article></body></html>"
)


@schema.hook
def map_case(context: schemathesis.HookContext, case: schemathesis.Case) -> schemathesis.Case:
    """Put a "valid" ``html`` inside a page that holds an article: the document cannot say that a
    posted page must have one, and the API rightly answers 422 for a page without."""
    if case.meta is None or case.meta.generation.mode.is_negative:
        return case
    if isinstance(case.body, dict) and isinstance(case.body.get("html"), str):
        case.body = {**case.body, "html": ARTICLE_PAGE.format(html.escape(case.body["html"]))}
    return case


def test_live_server_serves_the_generated_document(live_api: str) -> None:
    served = requests.get(f"{live_api}/api/v1/openapi.json", timeout=10).json()
    assert served == DOCUMENT


@schema.parametrize()
def test_every_operation_conforms(case: schemathesis.Case, live_api: str) -> None:
    case.call_and_validate(base_url=live_api)
