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

#: Largest row id (PostgreSQL's ``serial`` is a signed 32-bit integer): a larger number in a path
#: or a filter names nothing, and must be a 404 or a 400 rather than an overflow in the driver.
MAX_ROW_ID = 2**31 - 1
#: Largest length filter accepted (a 32-bit integer on every backend).
MAX_LENGTH_FILTER = 2**31 - 1

# Patterns of posted strings, validated here and published in the OpenAPI document (apispec
# turns a Regexp validator into ``pattern``), so clients and fuzzers know the rules exactly.
# Each is linear to match: no two adjacent parts can match the same character.
#: No NUL character (neither database stores one in text).
NO_NUL = r"^[^\x00]*$"
#: White space as Python's ``str.strip()`` sees it, spelled out: ``\\s`` differs between Python
#: and JavaScript (the OpenAPI pattern dialect) on U+0085, U+001C-001F and others.
WHITE = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: Not blank, no NUL: optional white space, one visible character, then anything but NUL.
TEXT_PATTERN = rf"^[{WHITE}]*[^{WHITE}\x00][^\x00]*$"
#: An absolute http(s) URL: a host, then optionally a path, query or fragment; no white space
#: (Python's or JavaScript's, which adds U+FEFF) or control characters.
URL_PATTERN = rf"^https?://[^{WHITE}\ufeff/?#\x00-\x1f\x7f]+(?:[/?#][^{WHITE}\ufeff\x00-\x1f\x7f]*)?$"


def _no_nul(max_length: int, *, min_length: int | None = None) -> list[ma.validate.Validator]:
    return [
        ma.validate.Length(min=min_length, max=max_length),
        ma.validate.Regexp(NO_NUL, error="contains a NUL character"),
    ]


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
            try:
                parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
            except OverflowError:  # 0001-01-01T00:00+14:00 is before year 1 in UTC
                raise ma.ValidationError("The date-time is out of range once converted to UTC.") from None
        return parsed


def _search_text(description: str, *, required: bool = False) -> ma.fields.String:
    return ma.fields.String(
        required=required,
        validate=[
            ma.validate.Length(min=1, max=MAX_QUERY_LENGTH),
            ma.validate.Regexp(NO_NUL, error="contains a NUL character"),
        ],
        metadata={"description": description},
    )


def _not_blank(text: str) -> None:
    if not text.strip():
        raise ma.ValidationError("The text is empty.")


def _encodable(text: str) -> None:
    """JSON may escape a lone surrogate ("\\ud800"), which no UTF-8 text or response can hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ma.ValidationError(f"Not valid Unicode (a lone surrogate at {exc.start}).") from None


class DateRangeArgsMixin(ma.Schema):
    """``since``/``until``. A ``since`` after ``until`` is an empty range, which matches nothing
    (200 with no items): OpenAPI cannot say that two parameters must be in order, so the API
    does not require it (the web pages, for people, point the mistake out instead)."""

    since = ma.fields.Date(
        metadata={
            "description": "Only quotes published on or after this date (after `until`: nothing matches)."
        }
    )
    until = ma.fields.Date(metadata={"description": "Only quotes published on or before this date."})


def dates_out_of_order(args: dict[str, Any]) -> bool:
    """Whether ``since`` is after ``until`` in loaded arguments."""
    return bool(args.get("since") and args.get("until") and args["since"] > args["until"])


QUOTE_SORTS = ("-published", "published", "-confidence", "position")


class SpeakerQuotesArgsSchema(PageArgsSchema, DateRangeArgsMixin):
    """Filters of a quote list; shared by ``/quotes`` and ``/speakers/{slug}/quotes``."""

    q = _search_text('Full-text search in the quote text (words, "a phrase", OR, -word).')
    document = ma.fields.Integer(
        validate=ma.validate.Range(min=1, max=MAX_ROW_ID), metadata={"description": "Document id."}
    )
    min_length = ma.fields.Integer(
        validate=ma.validate.Range(min=0, max=MAX_LENGTH_FILTER),
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
        validate=_no_nul(200, min_length=1), metadata={"description": "Speaker slug, e.g. `wang-yi`."}
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
    speaker = ma.fields.String(validate=_no_nul(200, min_length=1), metadata={"description": "Speaker slug."})


class DocumentListArgsSchema(PageArgsSchema, DateRangeArgsMixin):
    source = ma.fields.String(validate=_no_nul(500, min_length=1), metadata={"description": "Publication."})
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
        required=True,
        validate=[
            ma.validate.Length(min=1),
            ma.validate.Regexp(TEXT_PATTERN, error="is blank or contains a NUL character"),
            _not_blank,
            _encodable,
        ],
        metadata={"description": "The article text (not blank, no NUL character)."},
    )


class DocumentInSchema(TextInSchema):
    """An article to store: its text, or its web page, and what is known about where it appeared.

    A page (``html``) is reduced to its article text and metadata here; the server never
    fetches anything, ``url`` included.
    """

    text = ma.fields.String(
        validate=TextInSchema._declared_fields["text"].validators,
        metadata={"description": "The article text (not blank, no NUL character); or give `html`."},
    )
    html = ma.fields.String(
        validate=[ma.validate.Regexp(TEXT_PATTERN, error="is blank or contains a NUL character"), _encodable],
        metadata={
            "description": "The article's web page instead of `text`: its main text is stored, and "
            "its title, author, date, canonical URL and site name unless given here."
        },
    )
    author = ma.fields.String(allow_none=True, validate=_no_nul(500), metadata={"description": "The byline."})
    title = ma.fields.String(allow_none=True, validate=_no_nul(2000))
    url = ma.fields.String(
        allow_none=True,
        validate=[
            ma.validate.Length(max=2000),
            ma.validate.Regexp(URL_PATTERN, error="Not a valid http(s) URL."),
        ],
        metadata={"description": "Where it appeared (an http or https URL)."},
    )
    source = ma.fields.String(
        allow_none=True, validate=_no_nul(500), metadata={"description": "The publication."}
    )
    published = PublishedField(
        allow_none=True,
        metadata={
            "description": "Publication date (`2024-05-01`) or date-time (ISO 8601).",
            # Either form is accepted, and the contract says so (apispec can't infer it from a
            # custom field).
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "format": "date-time"},
                {"type": "null"},
            ],
        },
    )
    external_id = ma.fields.String(
        allow_none=True,
        validate=_no_nul(500),
        metadata={"description": "Your own identifier."},
    )

    @ma.validates_schema
    def _text_or_html(self, data: dict[str, Any], **kwargs: Any) -> None:
        if ("text" in data) == ("html" in data):
            raise ma.ValidationError("Give either `text` or `html`.", "text")


#: The rule of ``DocumentInSchema._text_or_html`` in JSON Schema, for the OpenAPI document
#: (marshmallow checks it but cannot describe it).
DOCUMENT_IN_ONE_OF = [{"required": ["text"]}, {"required": ["html"]}]
