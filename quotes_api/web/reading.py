"""Reading in context: a quote inside its paragraph, a whole article with its quotes marked."""

from __future__ import annotations

from flask import abort, render_template

from quotes_api.api import serialize
from quotes_api.api.args import DocumentListArgsSchema
from quotes_api.api.documents import document_detail
from quotes_api.api.pagination import paginate
from quotes_api.storage import queries
from quotes_api.web.blueprint import bp
from quotes_api.web.layout import attribution_spans, document_paragraphs, paragraph_around, runs
from quotes_api.web.params import load


@bp.route("/quotes/<int:quote_id>")
def quote(quote_id: int) -> str:
    """The quote highlighted in its paragraph, mention and cue marked; provenance; other pieces."""
    row = queries.quote_with_document(quote_id)
    if row is None:
        abort(404, description=f"There is no quote number {quote_id}.")
    speakers = queries.speakers_of([row.id]).get(row.id, [])
    detail = serialize.quote_detail(row, speakers, queries.pieces_of(row))
    text = row.document.text
    lo, hi = paragraph_around(text, row.start, row.end)
    paragraph = runs(text, lo, hi, attribution_spans(text, detail, lo, hi))
    marked = {r.kind for r in paragraph}
    pieces = sorted(
        [*detail["pieces"], {"id": row.id, "part": row.part, "text": row.text, "current": True}],
        key=lambda p: (p["part"], p["id"]),
    )
    return render_template(
        "web/quote.html",
        quote=detail,
        paragraph=paragraph,
        marked=marked,
        pieces=pieces if len(pieces) > 1 else [],
    )


@bp.route("/documents")
def documents() -> str:
    """Stored articles, newest first."""
    args = load(DocumentListArgsSchema(), ("page", "per_page"))
    page = paginate(queries.document_list(args), args, serialize=serialize.document_item)
    return render_template("web/documents.html", page=page)


@bp.route("/documents/<int:document_id>")
def document(document_id: int) -> str:
    """The article's text with every quote marked and labelled by speaker."""
    detail = document_detail(document_id)
    if detail is None:
        abort(404, description=f"There is no document number {document_id}.")
    body = document_paragraphs(detail["text"], detail["quotes"])
    return render_template("web/document.html", document=detail, paragraphs=body)
