"""``POST /api/v1/verify``: did this person say this, and where?

The matching itself lives in :mod:`quotes_api.factcheck` (no Flask there, so scripts and tests
can call it directly); this module validates the request and describes each match with the
same quote-detail shape as ``GET /quotes/{id}``, plus what matched and how.
"""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask_smorest import Blueprint
from werkzeug.wrappers import Response

from quotes_api.api import serialize
from quotes_api.api.args import TEXT_PATTERN
from quotes_api.api.render import json_response
from quotes_api.api.schemas import QuoteDetailSchema, SpeakerRefSchema
from quotes_api.factcheck.verify import VERDICTS, Candidate, verify_claim
from quotes_api.storage import queries
from quotes_api.storage.models import Quote

blp = Blueprint("verify", __name__, url_prefix="/api/v1", description="Checking claimed quotes.")

#: Longest claim accepted: a few paragraphs; longer text is an article, not a quote.
MAX_CLAIM_LENGTH = 5000


class VerifyInSchema(ma.Schema):
    """A claimed quote, and who is said to have said it."""

    class Meta:
        unknown = ma.RAISE

    claim = ma.fields.String(
        required=True,
        # Not blank, no NUL: a pattern that means the same in Python and in JavaScript (the
        # OpenAPI dialect; "[^\W_]" does not: JavaScript's \W is ASCII-only). A claim with no
        # words to compare ("*") is not refused: nothing stored matches it (not_found).
        validate=[
            ma.validate.Length(min=1, max=MAX_CLAIM_LENGTH),
            ma.validate.Regexp(TEXT_PATTERN, error="The claim is blank or holds a NUL character."),
        ],
        metadata={"description": "The words as claimed; quotation marks, case and dashes do not matter."},
    )
    speaker = ma.fields.String(
        load_default=None,
        allow_none=True,
        validate=ma.validate.Length(min=1, max=200),
        metadata={"description": "Who is said to have said it: a name (`Wang Yi`), alias or slug."},
    )


class DiffOpSchema(ma.Schema):
    """One step from the stored quote's words to the claim's."""

    op = ma.fields.String(
        required=True,
        validate=ma.validate.OneOf(("equal", "replace", "delete", "insert")),
        metadata={"description": "`delete`: the claim leaves out `quote`; `insert`: it adds `claim`."},
    )
    quote = ma.fields.String(required=True, metadata={"description": "Words of the stored quote."})
    claim = ma.fields.String(required=True, metadata={"description": "Words of the claim."})


class SpanSchema(ma.Schema):
    """The part of the stored quote that matches the claim."""

    start = ma.fields.Integer(required=True, metadata={"description": "Code-point offset in the quote text."})
    end = ma.fields.Integer(required=True)
    document_start = ma.fields.Integer(required=True, metadata={"description": "… in the document text."})
    document_end = ma.fields.Integer(required=True)
    text = ma.fields.String(required=True)


class VerifyMatchSchema(QuoteDetailSchema):
    """A stored quote matching the claim, with full provenance and how it matches."""

    match = ma.fields.String(
        required=True,
        validate=ma.validate.OneOf(("exact", "altered", "weak")),
        metadata={"description": "`exact`: the claim's words in order; `altered`: close; `weak`: related."},
    )
    similarity = ma.fields.Float(
        required=True, metadata={"description": "Word-level: 1 − word edits / words (1.0 = the same words)."}
    )
    score = ma.fields.Float(required=True, metadata={"description": "rapidfuzz character ratio, 0–100."})
    edits = ma.fields.Integer(required=True, metadata={"description": "Words changed, left out or added."})
    by_claimed_speaker = ma.fields.Boolean(
        allow_none=True, required=True, metadata={"description": "Null when no speaker was claimed."}
    )
    span = ma.fields.Nested(SpanSchema, required=True)
    diff = ma.fields.List(
        ma.fields.Nested(DiffOpSchema), required=True, metadata={"description": "Empty for exact matches."}
    )


class VerifyResultSchema(ma.Schema):
    verdict = ma.fields.String(
        required=True,
        validate=ma.validate.OneOf(VERDICTS),
        metadata={
            "description": "`exact`: word for word in a quote of the speaker (of anyone, with no speaker); "
            "`altered`: close, see `diff`; `misattributed`: the words are someone else's; `not_found`."
        },
    )
    claim = ma.fields.String(required=True)
    speakers = ma.fields.List(
        ma.fields.Nested(SpeakerRefSchema),
        required=True,
        metadata={"description": "The stored speakers the claimed `speaker` names (empty if none)."},
    )
    claimed_speaker = ma.fields.Nested(
        SpeakerRefSchema,
        allow_none=True,
        required=True,
        metadata={
            "description": "The stored speaker the claimed `speaker` was understood as (through "
            "names, aliases and old slugs), or null when no speaker was claimed or none is known by "
            "that name: `misattributed` with a `claimed_speaker` means someone else said it."
        },
    )
    candidates = ma.fields.Integer(required=True, metadata={"description": "Stored quotes compared."})
    matches = ma.fields.List(
        ma.fields.Nested(VerifyMatchSchema), required=True, metadata={"description": "Best first."}
    )


EXAMPLE = {"claim": "We were fearless from the first whistle", "speaker": "Lena Marsh"}


@blp.route("/verify", methods=["POST"])
# (A schema instance: given a class, webargs builds a new schema on every request.)
@blp.arguments(VerifyInSchema(), example=EXAMPLE)
@blp.response(200, VerifyResultSchema)
@blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
@blp.alt_response(429, response="TOO_MANY_REQUESTS")
@blp.alt_response(503, response="SERVICE_UNAVAILABLE")
def verify(body: dict[str, Any]) -> Response:
    """Check a claimed quote: the verdict and the stored quotes that match it, best first."""
    result = verify_claim(body["claim"], body.get("speaker"))
    return json_response(
        None,
        {
            "verdict": result.verdict,
            "claim": body["claim"],
            "speakers": [serialize.speaker_ref(s) for s in result.speakers],
            "claimed_speaker": serialize.speaker_ref(result.speakers[0]) if result.speakers else None,
            "candidates": result.candidates,
            "matches": match_items(result.matches),
        },
    )


def match_items(matches: list[Candidate]) -> list[dict[str, Any]]:
    """Each match in the quote-detail shape of ``GET /quotes/{id}`` plus the match facts (their
    speakers and the other pieces of their quotations read in one statement each)."""
    quote_ids = [c.quote.id for c in matches]
    speakers = queries.speakers_of(quote_ids)
    pieces = queries.pieces_of_each([c.quote for c in matches])
    return [_match_item(c, speakers.get(c.quote.id, []), pieces[c.quote.id]) for c in matches]


def _match_item(candidate: Candidate, speakers: list[Any], pieces: list[Quote]) -> dict[str, Any]:
    quote, span = candidate.quote, candidate.match
    return {
        **serialize.quote_detail(quote, speakers, pieces),
        "match": span.kind,
        "similarity": span.similarity,
        "score": span.score,
        "edits": span.edits,
        "by_claimed_speaker": candidate.by_claimed,
        "span": {
            "start": span.start,
            "end": span.end,
            "text": quote.text[span.start : span.end],
            "document_start": quote.start + span.start,
            "document_end": quote.start + span.end,
        },
        "diff": []
        if span.kind == "exact"
        else [{"op": d.op, "quote": d.quote, "claim": d.claim} for d in span.diff],
    }
