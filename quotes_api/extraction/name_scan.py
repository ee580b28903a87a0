"""Every name written in a document's text outside quotation marks, in one pass.

The scan only finds and parses names; :mod:`quotes_api.extraction.entities` then decides
which of them are one person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotes_api.extraction import families
from quotes_api.extraction.lexicon.people import NAME_PARTICLES
from quotes_api.extraction.mentions import NAME_RUN_SCAN
from quotes_api.extraction.names import apposition_role, ends_in_no_role, name_in_run

_PREFIX = re.compile(r"[a-z]*$")


@dataclass(slots=True)
class FoundName:
    """A name at ``start`` in the text, with the role or title written with it.

    Not frozen: a frozen dataclass sets each field through ``object.__setattr__``, three
    times slower to build, and the scan makes one for every name of the article."""

    start: int
    name: str
    role: str | None
    kind: str


@dataclass(slots=True)
class NameScan:
    names: list[FoundName] = field(default_factory=list)
    ends: dict[int, int] = field(default_factory=dict)  # start -> end of each name's run
    # "Mr.", "Mrs.": dropped from the name, kept for the gender it gives
    honorifics: dict[int, str] = field(default_factory=dict)
    # single capitalised words read as no name ("Cuban"): a later pass may find them a surname
    lone_words: list[tuple[int, int]] = field(default_factory=list)


def _half_word_before(text: str, hyphen: int) -> str:
    """The lowercase half of a compound before its hyphen: "pro" of "pro-Pike", "al" of "al-Qaeda"."""
    m = _PREFIX.search(text, max(0, hyphen - 12), hyphen)
    return m.group() if m else ""


def scan_names(prepared: str) -> NameScan:
    """The names of ``prepared`` (masked text with joined names), in reading order.

    >>> [(n.name, n.role) for n in scan_names("Senator Ann Pike met Tom Ray.").names]
    [('Ann Pike', 'Senator'), ('Tom Ray', None)]
    """
    scan = NameScan()
    # Bound once: the loop runs for every capitalised word of the article.
    names, ends, lone_words, honorifics = scan.names, scan.ends, scan.lone_words, scan.honorifics
    size = len(prepared)
    for m in NAME_RUN_SCAN.finditer(prepared):
        run = whole = m.group()
        at, end = m.span()
        lead = 0
        if (
            at > 1
            and prepared[at - 1] == "-"
            and prepared[at - 2].islower()
            and _half_word_before(prepared, at - 1) not in NAME_PARTICLES
        ):
            # "the pro-Pike Eastland Leader", "anti-Ray voters": the first word is half of an
            # adjective; a name, if any, follows it
            lead = run.find(" ") + 1
            if not lead:
                continue
            run = run[lead:]
        skip, parsed = name_in_run(run)
        if parsed is None:
            if " " not in whole:
                lone_words.append((at, end))
            continue
        start = at + lead + skip
        # "Murphy, a Jupiter Democrat": a description, not a name. The letter before the space
        # is looked at first: most names follow no "a" or "an", and the slice costs more.
        if (
            start > 1
            and prepared[start - 1] == " "
            and prepared[start - 2] in "an"
            and (" " + prepared[start - 4 if start > 4 else 0 : start]).endswith((" a ", " an "))
        ):
            continue
        role, name, kind = parsed
        # An apposition needs a comma, a lower-case word, " of " or " as " next to the name
        # (``apposition_role`` reads which): most names have none, and the call costs more
        # than a look at the two characters. With only a lower-case word before the name, the
        # role it could end is ruled out first for the words that end none ("in Dunmore").
        before = prepared[start - 2] if start > 1 else prepared[:start]
        after = prepared[end] if end < size else ""
        if not role and (
            after == ","
            or before == ","
            or (after == " " and end + 1 < size and prepared[end + 1] in "oa")
            or (before.islower() and not ends_in_no_role(prepared, start))
        ):
            role = apposition_role(prepared, start, end)
        if skip and (title := families.honorific_before(whole, skip)):
            honorifics[start] = title
        names.append(FoundName(start, name, role, kind))
        ends[start] = end
    return scan
