"""The tables: documents, speakers, quotes and the many-to-many tie between quotes and speakers.

All models are bound to :data:`quotes_api.storage.base.database_proxy`;
:func:`quotes_api.storage.db.connect` points it at a real database. The schema itself is
created and changed only by :mod:`quotes_api.storage.migrations` (never ``create_tables`` on
these classes), so that an old database is upgraded in place instead of being rebuilt.

Denormalised on purpose, so that every list the API serves is one index range scan:

* ``Quote.published`` and ``QuoteSpeaker.published`` copy ``Document.published`` (a document's
  date never changes: the same text is the same document), so "a speaker's quotes, newest
  first" reads index ``(speaker, published, quote)`` without joining documents.
* ``Speaker.quote_count`` is kept up to date by ingestion and deletion, so speakers can be
  sorted by how much they said and speakers left with no quotes are removed.

Full-text search columns are not declared here: SQLite keeps an FTS5 table ``quote_fts`` in
step with ``quote`` by triggers, PostgreSQL a generated ``tsvector`` column ``quote.search``.
Query them through :mod:`quotes_api.storage.search`.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

# database_proxy is imported here for the modules that bind the tables and run queries on them.
from quotes_api.storage.base import BaseModel, JSONListField, utcnow

#: The columns of a stored quotation that the writer fills (and a rejected one keeps).
QUOTE_FIELDS = (
    "document",
    "position",
    "start",
    "end",
    "text",
    "mention",
    "cue",
    "confidence",
    "paragraph",
    "group",
    "part",
    "published",
)


SPEAKER_KINDS = ("person", "organisation", "group", "unnamed")


class Document(BaseModel):
    """One article, stored once: ``content_hash`` (SHA-256 of the UTF-8 text) is unique.

    ``external_id`` is the caller's own identifier (the JSONL ``id``, the file path or the
    URL); it is informational and need not be unique. ``source`` is the publication (a web
    page's site name), ``author`` the byline. ``published`` is a naive UTC datetime
    (midnight for a bare date) or NULL when unknown.
    """

    id = AutoField()
    content_hash = CharField(max_length=64, unique=True)
    external_id = TextField(null=True)
    title = TextField(null=True)
    url = TextField(null=True)
    source = TextField(null=True)
    author = TextField(null=True)
    published = DateTimeField(null=True, index=True)
    text = TextField()
    ingested_at = DateTimeField(default=utcnow)
    # For the type checker only (annotations make no field): the document list query selects these
    # under these names.
    length: int
    quote_count: int

    class Meta:
        table_name = "document"


class Speaker(BaseModel):
    """A person or organisation, one row across all documents; or an unnamed source of one document.

    ``key`` is the merge key: ``kind:casefolded canonical name`` for persons and
    organisations, and for ``unnamed`` speakers ("a spokesman") also the document's content
    hash, so two different unnamed people in two articles never share a row. ``slug`` is
    URL-safe ASCII (``wang-yi``), unique, and derived from the name only (with a suffix on the
    rare clash), so it is the same whichever order documents arrive in.
    ``roles`` and ``aliases`` accumulate everything seen, in first-seen order.
    """

    id = AutoField()
    key = CharField(max_length=512, unique=True)
    slug = CharField(max_length=200, unique=True)
    name = TextField()
    kind = CharField(max_length=16, index=True)
    roles = JSONListField(default=list)
    aliases = JSONListField(default=list)
    document = ForeignKeyField(Document, null=True, on_delete="CASCADE", backref="unnamed_speakers")
    quote_count = IntegerField(default=0, index=True)
    ambiguous = BooleanField(default=False)
    wikidata = CharField(max_length=32, null=True)

    class Meta:
        table_name = "speaker"


class SpeakerForm(BaseModel):
    """One way a speaker was written ("Joe Biden"); a speaker is a group of forms.

    ``key`` is ``kind:folded name`` (and the document's hash for unnamed sources); ``bucket``
    says which forms may be grouped together (see :mod:`quotes_api.storage.identity`); NULL
    until the form has been grouped (forms carried over by migration m0005).
    """

    id = AutoField()
    key = CharField(max_length=512, unique=True)
    name = TextField()
    kind = CharField(max_length=16)
    bucket = CharField(max_length=512, null=True, index=True)
    roles = JSONListField(default=list)
    aliases = JSONListField(default=list)
    pin = CharField(max_length=512, null=True)
    override = TextField(null=True)
    document = ForeignKeyField(Document, null=True, on_delete="CASCADE")
    speaker = ForeignKeyField(Speaker, null=True, on_delete="SET NULL", backref="forms")
    # For the type checker only (annotations make no field): peewee gives each foreign key an
    # ``<name>_id`` attribute holding the raw key.
    speaker_id: int | None

    class Meta:
        table_name = "speaker_form"


class SpeakerRedirect(BaseModel):
    """An old slug (an alias's, a merged or renamed speaker's) answered with 308 to ``speaker``."""

    slug = CharField(max_length=200, primary_key=True)
    speaker = ForeignKeyField(Speaker, on_delete="CASCADE")
    # For the type checker only (annotations make no field): the raw key of ``speaker``.
    speaker_id: int

    class Meta:
        table_name = "speaker_redirect"


class Correction(BaseModel):
    """One editor's correction: the audit log entry, and (while ``active``) a rule re-applied
    whenever the speakers or quotes it names are written again.

    ``target`` names what was corrected by stable identifiers (JSON: form keys for speakers,
    content hash and span for quotes), ``before``/``after`` are JSON, ``label`` is the API
    key's label (never the key).
    """

    id = AutoField()
    created_at = DateTimeField(default=utcnow, index=True)
    label = CharField(max_length=100, null=True)
    action = CharField(max_length=32)
    target = TextField()
    before = TextField(null=True)
    after = TextField(null=True)
    active = BooleanField(default=True)

    class Meta:
        table_name = "correction"


class RejectedQuote(BaseModel):
    """A quotation an editor marked as not one: out of every list, kept whole (``row``, JSON) for undo."""

    id = AutoField()
    content_hash = CharField(max_length=64)
    start = IntegerField(column_name="start_offset")
    end = IntegerField(column_name="end_offset")
    quote_id = IntegerField()
    row = TextField()

    class Meta:
        table_name = "rejected_quote"
        indexes = ((("content_hash", "start", "end"), True),)


class Quote(BaseModel):
    """One direct quotation, or one piece of a quotation split over paragraphs or attributions.

    ``start``/``end`` are code-point offsets into ``document.text`` (``text ==
    document.text[start:end]``). ``position`` is the quote's index in the document's quote
    list; pieces of one quotation share ``group`` (the ``position`` of the first piece) and
    are numbered by ``part``. ``published`` copies the document's date for index-only sorting.
    """

    id = AutoField()
    document = ForeignKeyField(Document, on_delete="CASCADE", backref="quotes", index=False)
    position = IntegerField()
    start = IntegerField(column_name="start_offset")
    end = IntegerField(column_name="end_offset")
    text = TextField()
    mention = TextField(null=True)
    cue = TextField(null=True)
    confidence = FloatField(default=0.0)
    paragraph = IntegerField(default=0)
    group = IntegerField(column_name="group_position", default=0)
    part = IntegerField(default=0)
    published = DateTimeField(null=True)
    # For the type checker only (annotations make no field): the raw key of ``document``, and
    # what :func:`quotes_api.exports.provenance.attach_context` sets on a quote being exported.
    document_id: int
    context_before: str
    context_after: str
    prefix: str
    suffix: str

    class Meta:
        table_name = "quote"
        indexes = (
            (("document", "position"), True),
            (("published", "id"), False),
        )


class QuoteSpeaker(BaseModel):
    """The many-to-many tie: a quote "by Michael McCaul and Young Kim" has two rows.

    ``position`` keeps the order the speakers were named in; ``published`` copies the
    document's date so a speaker's quote list is one range of index
    ``(speaker, published, quote)``.
    """

    quote = ForeignKeyField(Quote, on_delete="CASCADE", backref="speaker_links", index=False)
    speaker = ForeignKeyField(Speaker, on_delete="CASCADE", backref="quote_links")
    position = IntegerField(default=0)
    published = DateTimeField(null=True)
    form = ForeignKeyField(SpeakerForm, null=True, column_name="form_id", index=False)
    # For the type checker only (annotations make no field): the raw keys of the foreign keys.
    quote_id: int
    speaker_id: int
    form_id: int | None

    class Meta:
        table_name = "quote_speaker"
        primary_key = CompositeKey("quote", "speaker")
        indexes = ((("speaker", "published", "quote"), False),)


MODELS: tuple[type[BaseModel], ...] = (
    Document,
    Speaker,
    SpeakerForm,
    SpeakerRedirect,
    Quote,
    QuoteSpeaker,
    Correction,
    RejectedQuote,
)
