"""Editors' corrections: ``PATCH /speakers/{slug}``, ``POST /speakers/{slug}/merge``,
``PATCH /quotes/{id}`` and the audit log ``GET /corrections``.

Every correction is a write (an API key when keys are configured) and is logged with the key's
label. The work itself is :mod:`quotes_api.storage.corrections`, which keeps each correction as
a rule that survives re-ingest and ``quotes-api reextract``.
"""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask import g
from flask_smorest import Blueprint

from quotes_api.api import queries, serialize
from quotes_api.api.args import _no_nul
from quotes_api.api.auth import WRITE_SECURITY, require_api_key
from quotes_api.api.errors import abort
from quotes_api.api.pagination import LIST_HEADERS, Page, PageArgsSchema, page_of, paginate
from quotes_api.api.schemas import SpeakerSchema, UTCDateTime
from quotes_api.storage import corrections
from quotes_api.storage.corrections import KINDS, CorrectionError

blp = Blueprint(
    "corrections", __name__, url_prefix="/api/v1", description="Editors' corrections and their log."
)
WRITE_DOC = {"security": WRITE_SECURITY}


class SpeakerPatchSchema(ma.Schema):
    """What to change on a speaker; give any of the fields."""

    class Meta:
        unknown = ma.RAISE

    name = ma.fields.String(validate=_no_nul(200, min_length=1), metadata={"example": "Barack Obama"})
    kind = ma.fields.String(validate=ma.validate.OneOf(KINDS))
    aliases = ma.fields.List(
        ma.fields.String(validate=_no_nul(200, min_length=1)),
        validate=ma.validate.Length(max=100),
        metadata={"description": "The whole new list of aliases (other ways the texts name them)."},
    )
    wikidata = ma.fields.String(
        allow_none=True,
        validate=ma.validate.Regexp(r"^Q[1-9][0-9]{0,11}$", error="A Wikidata item id such as Q42."),
        metadata={"description": "Wikidata item id (`Q76`), or null to clear it."},
    )

    @ma.validates_schema
    def _something(self, data: dict[str, Any], **kwargs: Any) -> None:
        if not data:
            raise ma.ValidationError("Give at least one of name, kind, aliases, wikidata.")


class MergeSchema(ma.Schema):
    class Meta:
        unknown = ma.RAISE

    into = ma.fields.String(
        required=True,
        validate=_no_nul(200, min_length=1),
        metadata={"description": "Slug of the speaker that keeps the quotes."},
    )


class QuotePatchSchema(ma.Schema):
    """Reassign a quotation (`speakers`) or mark it as not one (`rejected`; false undoes)."""

    class Meta:
        unknown = ma.RAISE

    speakers = ma.fields.List(
        ma.fields.String(validate=_no_nul(200, min_length=1)),
        validate=ma.validate.Length(min=1, max=20),
        metadata={"description": "Slugs of the quotation's speakers, in order."},
    )
    rejected = ma.fields.Boolean()

    @ma.validates_schema
    def _one(self, data: dict[str, Any], **kwargs: Any) -> None:
        if ("speakers" in data) == ("rejected" in data):
            raise ma.ValidationError("Give either speakers or rejected.")


class QuoteCorrectedSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    rejected = ma.fields.Boolean(required=True)
    speakers = ma.fields.List(ma.fields.String(), required=True, metadata={"description": "Slugs, in order."})


class CorrectionSchema(ma.Schema):
    """One entry of the audit log."""

    id = ma.fields.Integer(required=True)
    action = ma.fields.String(
        required=True,
        metadata={"description": "`edit_speaker`, `merge`, `reassign`, `reject`, `unreject` or `import`."},
    )
    label = ma.fields.String(allow_none=True, required=True, metadata={"description": "The API key's label."})
    created_at = UTCDateTime(required=True)
    target = ma.fields.Dict(
        required=True, metadata={"description": "What was corrected, by stable identifiers."}
    )
    before = ma.fields.Raw(allow_none=True, required=True)
    after = ma.fields.Raw(allow_none=True, required=True)
    active = ma.fields.Boolean(
        required=True, metadata={"description": "Still applied (false: replaced by a later correction)."}
    )


#: What marshmallow checks in ``validates_schema`` but cannot describe, added to the OpenAPI
#: document (see quotes_api.api.app) so that clients and fuzzers know it.
SCHEMA_CONSTRAINTS = {
    "SpeakerPatch": {"minProperties": 1},
    "QuotePatch": {"oneOf": [{"required": ["speakers"]}, {"required": ["rejected"]}]},
}


def _label() -> str | None:
    return getattr(g, "api_key_label", None)


def _speaker_body(speaker: Any) -> dict[str, Any]:
    return serialize.speaker_full(speaker, queries.speaker_dates([speaker.id]).get(speaker.id))


def _fail(error: CorrectionError) -> None:
    abort(error.status, message=str(error))


@blp.route("/speakers/<string:slug>", methods=["PATCH"])
@require_api_key
@blp.doc(**WRITE_DOC)
@blp.arguments(SpeakerPatchSchema, example={"name": "Barack Obama", "wikidata": "Q76"})
@blp.response(200, SpeakerSchema)
@blp.alt_response(401, response="UNAUTHORIZED")
@blp.alt_response(404, response="NOT_FOUND")
def patch_speaker(body: dict[str, Any], slug: str) -> dict[str, Any]:
    """Rename a speaker, change its kind, edit its aliases or set its Wikidata QID.

    The answer is the speaker as now stored: after a rename its new `slug`, and the old slug
    answers 308 to it. Kept across re-ingest and re-extraction; logged."""
    try:
        speaker = corrections.edit_speaker(slug, body, _label())
    except CorrectionError as error:
        _fail(error)
    return _speaker_body(speaker)


@blp.route("/speakers/<string:slug>/merge", methods=["POST"])
@require_api_key
@blp.doc(**WRITE_DOC)
@blp.arguments(MergeSchema, example={"into": "barack-obama"})
@blp.response(200, SpeakerSchema)
@blp.alt_response(401, response="UNAUTHORIZED")
@blp.alt_response(404, response="NOT_FOUND")
def merge_speaker(body: dict[str, Any], slug: str) -> dict[str, Any]:
    """Move every quote and alias of this speaker to `into`; this slug then answers 308 to it."""
    try:
        speaker = corrections.merge_speakers(slug, body["into"], _label())
    except CorrectionError as error:
        _fail(error)
    return _speaker_body(speaker)


@blp.route("/quotes/<int:quote_id>", methods=["PATCH"])
@require_api_key
@blp.doc(**WRITE_DOC)
@blp.arguments(QuotePatchSchema, example={"speakers": ["barack-obama"]})
@blp.response(200, QuoteCorrectedSchema)
@blp.alt_response(401, response="UNAUTHORIZED")
@blp.alt_response(404, response="NOT_FOUND")
def patch_quote(body: dict[str, Any], quote_id: int) -> dict[str, Any]:
    """Reassign a quotation to other speakers, or reject it as not a quotation (undo: `false`).

    A rejected quotation leaves lists, search, exports and verify but stays stored."""
    try:
        if "speakers" in body:
            corrections.reassign_quote(quote_id, body["speakers"], _label())
            result = {"id": quote_id, "rejected": False}
        else:
            result = corrections.reject_quote(quote_id, body["rejected"], _label())
    except CorrectionError as error:
        _fail(error)
    return {**result, "speakers": corrections.speaker_slugs(quote_id)}


@blp.route("/corrections")
@blp.arguments(PageArgsSchema, location="query", error_status_code=400)
@blp.response(200, page_of(CorrectionSchema), headers=LIST_HEADERS)
def list_corrections(args: dict[str, Any]) -> tuple[Page, dict[str, str]]:
    """The audit log, newest first: what was corrected, by which key's label, when, before and after."""
    page = paginate(corrections.corrections_query(), args, serialize=corrections.correction_item)
    return page, page.headers()
