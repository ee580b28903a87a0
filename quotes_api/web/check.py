"""Checking a claim: the form, the verdict, and the matching quotes with the differences marked.

A GET form (the answer is a lookup, so its URL can be shared), validated by the schema of
``POST /api/v1/verify`` and answered by the same :func:`quotes_api.factcheck.verify_claim`
and match description.
"""

from __future__ import annotations

from typing import Any

from flask import render_template, request

from quotes_api.api import serialize
from quotes_api.api.verify import VerifyInSchema, match_items
from quotes_api.factcheck import verify_claim
from quotes_api.factcheck.normalize import words
from quotes_api.web.blueprint import bp
from quotes_api.web.layout import Span, diff_runs, runs
from quotes_api.web.params import LABELS, BadParameters, load

#: What each verdict means, in a sentence a reader can act on.
VERDICT_TEXT = {
    "exact": ("Said, word for word", "These words appear, in this order, in a stored quote{who}."),
    "altered": ("Altered", "A stored quote{who} is close, but some words differ: see the marked changes."),
    "misattributed": (
        "Someone else said it",
        "These words (or words close to them) were said by someone other than the person named.",
    ),
    "not_found": (
        "Not found",
        "Nothing stored is close enough. A paraphrase lands here too, since the "
        "words are not the speaker's own.",
    ),
}


@bp.route("/check")
def check() -> str:
    """The form; with a claim, the verdict and the best matches."""
    if not request.args.get("claim", "").strip():
        return render_template("web/check.html", form=dict(request.args), result=None)
    body = load(VerifyInSchema(), ("claim", "speaker"))
    if not words(body["claim"]):  # the API answers not_found; a person is told why
        raise BadParameters([(LABELS["claim"], "The claim has no words to compare.")])
    result = verify_claim(body["claim"], body.get("speaker"))
    matches = [_describe(item) for item in match_items(result.matches)]
    claimed = [serialize.speaker_ref(s) for s in result.speakers]
    title, text = VERDICT_TEXT[result.verdict]
    who = f" of {claimed[0]['name']}" if len(claimed) == 1 else ""
    verdict = {"code": result.verdict, "title": title, "text": text.format(who=who)}
    unknown = bool(body.get("speaker")) and not claimed
    return render_template(
        "web/check.html",
        form=body,
        verdict=verdict,
        claimed=claimed,
        matches=matches,
        candidates=result.candidates,
        result=result,
        speaker_unknown=unknown,
    )


def _describe(match: dict[str, Any]) -> dict[str, Any]:
    """A match with its quote text as runs (the matching span marked) and its diff as runs."""
    span = match["span"]
    text = match["text"]
    return {
        **match,
        "quote_runs": runs(text, 0, len(text), [Span(span["start"], span["end"], "match")]),
        "diff_runs": diff_runs(match["diff"]),
    }
