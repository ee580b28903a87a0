"""``/api/v1/documents``: the stored articles; add one (it is extracted at once) or delete one."""

from __future__ import annotations

from typing import Any

from flask_smorest import Blueprint

from quotes_api.api import serialize
from quotes_api.api.args import DocumentInSchema, DocumentListArgsSchema
from quotes_api.api.auth import WRITE_SECURITY, require_api_key
from quotes_api.api.errors import abort
from quotes_api.api.pagination import LIST_HEADERS, Page, page_of, paginate
from quotes_api.api.schemas import DocumentDetailSchema, DocumentSchema
from quotes_api.api.writes import delete_document, store_document
from quotes_api.storage import queries
from quotes_api.storage.backend import is_postgres
from quotes_api.storage.base import database_proxy
from quotes_api.storage.models import Document
from quotes_api.storage.writer import InvalidDocument

blp = Blueprint("documents", __name__, url_prefix="/api/v1/documents", description="Stored articles.")

WRITE_DOC = {"security": WRITE_SECURITY}


#: Attempts of a POST whose document a concurrent DELETE removed between its write and its re-read.
STORE_ATTEMPTS = 5


def document_detail(document_id: int) -> dict[str, Any] | None:
    """The document with its text and quotes, read in one snapshot (a concurrent delete makes
    it None, never half a document)."""
    with database_proxy.atomic():
        if is_postgres(database_proxy.obj):  # every statement its own snapshot otherwise
            database_proxy.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        row = queries.document_item(document_id)
        if row is None:
            return None
        text = queries.document_text(document_id)
        quotes = queries.document_quotes(document_id)
        speakers = queries.speakers_of([q.id for q in quotes])
    return {
        **serialize.document_item(row),
        "text": text,
        "quotes": [serialize.quote_item(q, speakers.get(q.id, [])) for q in quotes],
    }


@blp.route("")
@blp.etag
@blp.arguments(DocumentListArgsSchema, location="query", error_status_code=400)
@blp.response(200, page_of(DocumentSchema), headers=LIST_HEADERS)
def list_documents(args: dict[str, Any]) -> tuple[Page, dict[str, str]]:
    """Stored documents (without text), newest first; filter by `source` and date range."""
    page = paginate(queries.document_list(args), args, serialize=serialize.document_item)
    return page, page.headers()


@blp.route("", methods=["POST"])
@require_api_key
@blp.doc(**WRITE_DOC)
@blp.arguments(DocumentInSchema, example={"text": '"We will win," said Governor Amy Tran.', "title": "Race"})
@blp.response(
    201,
    DocumentDetailSchema,
    description="Stored and extracted.",
    headers={"Location": {"description": "The new document.", "schema": {"type": "string"}}},
)
@blp.alt_response(
    200, schema=DocumentDetailSchema, description="The same text was already stored.", success=True
)
@blp.alt_response(401, response="UNAUTHORIZED")
@blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
@blp.alt_response(503, response="SERVICE_UNAVAILABLE")
def create_document(body: dict[str, Any]) -> tuple[dict[str, Any], int, dict[str, str]]:
    """Store an article and extract its quotes; the same text again returns the stored document."""
    for _attempt in range(STORE_ATTEMPTS):
        try:
            document_id, created = store_document(body)
        except InvalidDocument as exc:
            abort(422, errors={"json": {"html" if "html" in body else "text": [str(exc)]}})
        except Document.DoesNotExist:
            continue  # deleted by a concurrent request between its write and its re-read
        detail = document_detail(document_id)
        if detail is not None:
            break
    else:
        abort(
            503,
            message="The document was deleted while it was being stored; retry.",
            headers={"Retry-After": "1"},
        )
    if created:
        return detail, 201, {"Location": detail["href"]}
    return detail, 200, {}


@blp.route("/<int:document_id>")
@blp.etag
@blp.response(200, DocumentDetailSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_document(document_id: int) -> dict[str, Any]:
    """One document with its text and all its quotes in document order."""
    detail = document_detail(document_id)
    if detail is None:
        abort(404, message=f"No document with id {document_id}.")
    return detail


@blp.route("/<int:document_id>", methods=["DELETE"])
@require_api_key
@blp.doc(**WRITE_DOC)
@blp.response(204)
@blp.alt_response(401, response="UNAUTHORIZED")
@blp.alt_response(404, response="NOT_FOUND")
def remove_document(document_id: int) -> None:
    """Delete a document and its quotes; speakers left with no quotes disappear."""
    if not delete_document(document_id):
        abort(404, message=f"No document with id {document_id}.")
