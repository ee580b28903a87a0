"""Editors' corrections: rename, merge, set kind, reassign and reject, kept as rules and logged.

Each correction is one row of ``correction`` (the audit log: action, API key label, time,
before and after) and changes the data at once. It is also kept where re-ingest and
``quotes-api reextract`` will meet it again, by stable identifiers rather than row ids:

* speaker corrections live on the speaker's *forms* (``speaker_form.override`` for name,
  kind, aliases and Wikidata QID; ``speaker_form.pin`` for a merge), and forms are found by
  key, so the grouping of :mod:`quotes_api.storage.identity` applies them every time
  (:mod:`quotes_api.storage.speaker_corrections`);
* quote corrections name the document's content hash and the quotation's span: an active
  ``reassign`` replaces the extracted speakers whenever that quotation is written, and a
  rejected quotation (``rejected_quote``) is left out, its row kept whole for undo
  (:mod:`quotes_api.storage.quote_corrections`).

This module gathers them; the log and what they share are :mod:`quotes_api.storage.audit`.
"""

from __future__ import annotations

from quotes_api.storage.audit import (
    KINDS,
    WIKIDATA,
    CorrectionError,
    correction_item,
    corrections_query,
    find_speaker,
    speaker_state,
)
from quotes_api.storage.quote_corrections import (
    reassign_quote,
    reassignments,
    reject_quote,
    rejected_quote,
    rejected_spans,
    speaker_slugs,
)
from quotes_api.storage.speaker_corrections import edit_speaker, merge_speakers

__all__ = [
    "KINDS",
    "WIKIDATA",
    "CorrectionError",
    "correction_item",
    "corrections_query",
    "edit_speaker",
    "find_speaker",
    "merge_speakers",
    "reassign_quote",
    "reassignments",
    "reject_quote",
    "rejected_quote",
    "rejected_spans",
    "speaker_slugs",
    "speaker_state",
]
