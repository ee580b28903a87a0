"""Marshmallow schemas of what clients send: query parameters and JSON bodies.

Invalid values are rejected by webargs before a view runs, with one problem+json field error
each (400 for parameters, 422 for bodies), so views can trust what they get.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import marshmallow as ma

from quotes_api.api.pagination import PageArgsSchema
from quotes_api.storage.models import SPEAKER_KINDS

#: Longest text accepted in a search box; longer input is not a search.
MAX_QUERY_LENGTH = 500


class PublishedField(ma.fields.Field):
    """A date (``2024-05-01``) or an ISO 8601 date-time; stored as naive UTC."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> dt.datetime:
        if not isinstance(value, str):
            raise ma.ValidationError("Expected a date (YYYY-MM-DD) or an ISO 8601 date-time string.")
        text = value.strip()
        try:
            if len(text) == 10:
                return dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ma.ValidationError("Not a valid date (YYYY-MM-DD) or ISO 8601 date-time.") from None
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
        return parsed

    def _jsonschema_type_mapping(self) -> dict[str, Any]:  # pragma: no cover - doc only
        return {"type": "string"}


def _search_text(description: str, *, required: bool = False) -> ma.fields.String:
    return ma.fields.String(
        required=required,
        validate=ma.validate.Length(min=1, max=MAX_QUERY_LENGTH),
        metadata={"description": description},
    )


def _not_blank(text: str) -> None:
    if not text.strip():
        raise ma.ValidationError("The text is empty.")


class DateRangeArgsMixin(ma.Schema):
    since = ma.fields.Date(metadata={"description": "Only quotes published on or after this date."})
    until = ma.fields.Date(metadata={"description": "Only quotes published on or before this date."})

    @ma.validates_schema
    def _ordered(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            raise ma.ValidationError("must not be after `until`", "since")


QUOTE_SORTS = ("-published", "published", "-confidence", "position")


class SpeakerQuotesArgsSchema(PageArgsSchema, DateRangeArgsMixin):
    """Filters of a quote list; shared by ``/quotes`` and ``/speakers/{slug}/quotes``."""

    q = _search_text('Full-text search in the quote text (words, "a phrase", OR, -word).')
    document = ma.fields.Integer(validate=ma.validate.Range(min=1), metadata={"description": "Document id."})
    min_length = ma.fields.Integer(
        validate=ma.validate.Range(min=0),
        metadata={"description": "Only quotes of at least this many characters."},
    )
    sort = ma.fields.String(
        load_default="-published",
        validate=ma.validate.OneOf(QUOTE_SORTS),
        metadata={
            "description": "`-published` newest first (default), `published` oldest first, "
            "`-confidence` surest attribution first, `position` document order."
        },
    )


class QuoteListArgsSchema(SpeakerQuotesArgsSchema):
    speaker = ma.fields.String(
        validate=ma.validate.Length(min=1, max=200), metadata={"description": "Speaker slug, e.g. `wang-yi`."}
    )


class SpeakerListArgsSchema(PageArgsSchema):
    q = _search_text("Part of the speaker's name or of an alias, any case.")
    kind = ma.fields.String(validate=ma.validate.OneOf(SPEAKER_KINDS))
    sort = ma.fields.String(
        load_default="-quotes",
        validate=ma.validate.OneOf(("-quotes", "quotes", "name", "-name")),
        metadata={"description": "`-quotes` most quoted first (default), `quotes`, `name`, `-name`."},
    )


class SearchArgsSchema(PageArgsSchema, DateRangeArgsMixin):
    q = _search_text("What to look for, as typed in a search box.", required=True)
    speaker = ma.fields.String(
        validate=ma.validate.Length(min=1, max=200), metadata={"description": "Speaker slug."}
    )


class DocumentListArgsSchema(PageArgsSchema, DateRangeArgsMixin):
    source = ma.fields.String(
        validate=ma.validate.Length(min=1, max=500), metadata={"description": "Publication."}
    )
    sort = ma.fields.String(
        load_default="-published",
        validate=ma.validate.OneOf(("-published", "published", "-ingested", "ingested")),
        metadata={"description": "`-published` (default), `published`, `-ingested`, `ingested`."},
    )


class TextInSchema(ma.Schema):
    """A text to extract quotations from."""

    class Meta:
        unknown = ma.RAISE

    text = ma.fields.String(
        required=True, validate=lambda t: _not_blank(t), metadata={"description": "The article text."}
    )


class DocumentInSchema(TextInSchema):
    """An article to store: its text and what is known about where it appeared."""

    title = ma.fields.String(allow_none=True, validate=ma.validate.Length(max=2000))
    url = ma.fields.Url(
        allow_none=True, schemes={"http", "https"}, metadata={"description": "Where it appeared."}
    )
    source = ma.fields.String(
        allow_none=True, validate=ma.validate.Length(max=500), metadata={"description": "The publication."}
    )
    published = PublishedField(
        allow_none=True,
        metadata={
            "description": "Publication date or date-time (ISO 8601).",
            "type": "string",
            "format": "date-time",
        },
    )
    external_id = ma.fields.String(
        allow_none=True,
        validate=ma.validate.Length(max=500),
        metadata={"description": "Your own identifier."},
    )
