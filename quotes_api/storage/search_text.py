"""The text side of search, no database: what a person types, parsed into a small query that is
always valid; and the matches an engine marked, read back as offsets into the quote's text.

Never raises a syntax error: words and "quoted phrases" must all match, ``OR`` between two
terms offers alternatives, ``-word`` excludes; stray parentheses, dashes, ``AND``, unbalanced
or curly quotes are ignored. Each term becomes a quoted phrase when rendered for SQLite FTS5 or
PostgreSQL's ``websearch_to_tsquery`` (:mod:`quotes_api.storage.search`), so no character the
user types can reach either engine's query syntax.

>>> parse_query('wang OR wong "senior envoy" -taiwan')
ParsedQuery(groups=[['wang', 'wong'], ['senior envoy']], excluded=['taiwan'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_QUOTES = '"“”„‟«»'
_TOKEN = re.compile(rf"([-+]?)(?:[{_QUOTES}]([^{_QUOTES}]*)[{_QUOTES}]?|([^\s{_QUOTES}]+))")
_WORDISH = re.compile(r"\w")
_NON_WORD = re.compile(r"[\W_]+")
_EDGE_PUNCT = re.compile(r"^[^\w-]+|[^\w]+$")

# Markers the engines put around matches, read back as offsets (spans_in). Text is marked only
# once they are taken out of it (unmarked), so stored text holding them cannot fake a match.
START, STOP = "\x01", "\x02"
_MARKER = re.compile(f"([{START}{STOP}])")


@dataclass
class ParsedQuery:
    """A search box's text as AND-ed groups of OR-ed phrases, minus excluded phrases."""

    groups: list[list[str]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.groups)

    def to_fts5(self) -> str:
        """An FTS5 MATCH expression; every phrase double-quoted, so it is always valid."""
        clauses = ["(" + " OR ".join(_fts5_phrase(p) for p in g) + ")" for g in self.groups]
        query = " AND ".join(clauses)
        if self.excluded:
            query = f"({query}) NOT (" + " OR ".join(_fts5_phrase(p) for p in self.excluded) + ")"
        return query

    def to_websearch(self) -> str:
        """Input for PostgreSQL's ``websearch_to_tsquery`` (which itself never raises)."""
        parts = [" or ".join(f'"{_pg_words(p)}"' for p in g) for g in self.groups]
        parts += [f'-"{_pg_words(p)}"' for p in self.excluded]
        return " ".join(parts)


def _pg_words(phrase: str) -> str:
    # Split at punctuation as FTS5's tokenizer does: PostgreSQL's parser keeps "wang-yi" as
    # one compound token, which the text "Wang Yi" does not contain.
    return " ".join(_NON_WORD.split(phrase)).strip()


def _fts5_phrase(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def parse_query(text: str) -> ParsedQuery:
    """Parse what a person typed; never fails. See the module docstring for the rules."""
    parsed = ParsedQuery()
    pending_or = False
    # NUL ends an FTS5 string early ("unterminated string") and PostgreSQL refuses it in text:
    # it separates words like any other control character.
    for sign, quoted, word in _TOKEN.findall((text or "").replace("\x00", " ")):
        phrase = " ".join(quoted.split()) if quoted else _EDGE_PUNCT.sub("", word)
        if not quoted and sign == "" and phrase.upper() == "OR":
            pending_or = bool(parsed.groups)
            continue
        if not quoted and phrase == "AND":
            continue
        if not _WORDISH.search(phrase):
            continue
        phrase = phrase.replace('"', " ")
        if sign == "-":
            parsed.excluded.append(phrase)
        elif pending_or:
            parsed.groups[-1].append(phrase)
        else:
            parsed.groups.append([phrase])
        pending_or = False
    return parsed


def unmarked(text: str) -> str:
    """``text`` without the characters used as highlight markers."""
    return text.replace(START, "").replace(STOP, "")


def spans_in(text: str, marked: str | None) -> list[tuple[int, int]]:
    r"""Where ``marked`` (``text`` without marker characters, the matches between markers)
    marks ``text``, as offsets into ``text`` itself.

    >>> spans_in("We will win, \x01really", "We will \x01win\x02, really")
    [(8, 11)]
    """
    if not marked or _MARKER.sub("", marked) != unmarked(text):
        return []  # nothing marked, or an engine that rewrote the text: no offsets to trust
    spans, at, start = [], 0, None
    for piece in _MARKER.split(marked):
        if piece == START:
            start = at
        elif piece == STOP:
            if start is not None and at > start:
                spans.append((start, at))
            start = None
        else:
            at += len(piece)
    if len(text) == at:  # no marker characters in the stored text: offsets are the same
        return spans
    kept = [i for i, char in enumerate(text) if char not in (START, STOP)]
    return [(kept[a], kept[b - 1] + 1) for a, b in spans]
