"""Query parameters of the pages, validated by the API's own schemas.

A form sends empty fields as ``name=``; those mean "not given". Anything the API would reject
with a 400 is a :class:`BadParameters`, which the blueprint renders as a friendly page.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import marshmallow as ma
from flask import request

from quotes_api.api.args import dates_out_of_order

#: How the form fields are called on the pages, for messages.
LABELS = {
    "q": "Search words",
    "since": "From",
    "until": "To",
    "page": "Page",
    "per_page": "Per page",
    "claim": "Claim",
    "speaker": "Speaker",
    "kind": "Kind",
    "sort": "Order",
}


class BadParameters(Exception):
    """Invalid query parameters: ``problems`` is a list of ``(label, message)``."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{label}: {message}" for label, message in problems))
        self.problems = problems


def load(schema: ma.Schema, fields: Iterable[str] | None = None) -> dict[str, Any]:
    """The request's query parameters (only ``fields`` if given) loaded by ``schema``."""
    wanted = set(fields) if fields is not None else None
    raw = {
        key: value
        for key, value in request.args.items()
        if value.strip() and (wanted is None or key in wanted)
    }
    try:
        args = schema.load(raw)
    except ma.ValidationError as exc:
        raise BadParameters(_problems(exc.normalized_messages())) from None
    if dates_out_of_order(args):  # the API answers an empty list; a person is told
        raise BadParameters([(LABELS["since"], _plain("must not be after `until`"))])
    return args


def _problems(messages: Any) -> list[tuple[str, str]]:
    out = []
    for field, texts in sorted(messages.items(), key=lambda item: str(item[0])):
        label = LABELS.get(field, "Parameters" if field == "_schema" else field)
        if isinstance(texts, dict):
            texts = [t for inner in texts.values() for t in inner]
        for text in texts if isinstance(texts, list) else [texts]:
            out.append((label, _plain(str(text))))
    return out


def _plain(text: str) -> str:
    """marshmallow/API messages name parameters in backticks; pages use the field labels."""
    for name, label in LABELS.items():
        text = text.replace(f"`{name}`", f"“{label}”")
    return text
