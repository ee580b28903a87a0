"""Quoted words that name a thing or a person rather than quote anyone (issue 13, class 12).

``is_naming`` leaves out titles after a naming word or a work noun (``the so-called "x"``,
``her memoir, "Tough Tides,"``) or with a programme around them (``on CNN's "This Week,"``);
``names_a_thing`` catches the other ways a name stands in quotation marks, even when a speech
verb is near:

- a nickname between a given name and a surname: ``Gov. C. L. "Butch" Ott``;
- a title in capitals after any possessive or after ``for``: ``the network's "Night Desk,"``,
  ``an interview for "Harbour Talk"``;
- a title with a subtitle after a colon, after ``of``: ``co-author of "Tides: A History of the
  Port"``.

Titles in capitals used as a noun's modifier (``the "Gang of Four" bill``) stay quotations: on
PolNeAR they are as often words someone is reported to use.

>>> text = 'Mayor Jo "Skip" Lane told the radio station’s "Night Desk" it was "a disgrace."'
>>> [text[m.start():m.end()] for m in _QUOTED.finditer(text)
...  if names_a_thing(text, text, m.start(), m.start() + 1, m.end() - 1, m.end())]
['"Skip"', '"Night Desk"']
"""

from __future__ import annotations

import re

from quotes_api.extraction.lexicon.bodies import NAMING, WORKS, WORKS_ALSO_VERBS
from quotes_api.extraction.lexicon.function_words import NOT_PLURALS, VERB_SUBJECTS
from quotes_api.extraction.marks import Span

# Only for the doctest above: a double-quoted run.
_QUOTED = re.compile(r'"[^"]*"')

# Every word capitalised, small words and a subtitle's colon between: "Tides: A History of the Port".
# The repeats are possessive: what follows a word (a space, a colon, the end) is never part of
# one, nor a space the first character of a word, so giving characters back could not make a
# match; without them a quotation's first word is given back a letter at a time.
_TITLE = re.compile(
    r"[A-Z0-9][\w'’&.-]*+(?::|,)?(?:\s++(?:[A-Z0-9][\w'’&.-]*+(?::|,)?|"
    r"of|the|a|an|and|or|with|in|on|for|to|at|by|from|is|it|&|vs\.?|me|us|you))*"
)
# A given name or an initial right before the nickname, a capitalised surname right after it.
_NAME_BEFORE = re.compile(r"(?:^|\s)(?:[A-Z][a-z]+|(?:[A-Z]\.\s?)+)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][\w'’-]+")
_POSSESSIVE_OR_FOR = re.compile(r"(?:\w['’]s|\bfor)\s+(?:the\s+)?$")
_OF = re.compile(r"\bof\s+$")


def names_a_thing(text: str, masked: str, open_at: int, start: int, end: int, outer_end: int) -> bool:
    """Do the quoted words ``text[start:end]`` (marks at ``open_at`` and ``outer_end``) name
    someone or something rather than quote anyone?"""
    inner = text[start:end].strip()
    before = masked[max(0, open_at - 40) : open_at]
    if (
        len(inner.split(None, 2)) <= 2  # no more than two words, the rest not split
        and _NAME_BEFORE.search(before)
        and _NAME_AFTER.match(masked, outer_end)
        and not inner.endswith((",", ".", "!", "?"))
    ):
        return True  # Jo "Skip" Lane
    if not _TITLE.fullmatch(inner.rstrip(",.")) or not any(w[:1].isalpha() for w in inner.split()):
        return False
    if _POSSESSIVE_OR_FOR.search(before):
        return True
    return ":" in inner.rstrip(":") and bool(_OF.search(before))


# "State of the Union", "This Week with George Stephanopoulos": capitalised words and the
# small words between them, no sentence punctuation.
_TITLE_CASE = re.compile(
    r"[A-Z0-9][\w'’&.-]*+(?:\s++(?:[A-Z0-9][\w'’&.-]*+|"
    r"of|the|a|an|and|with|in|on|for|to|at|by|from|is|it|&))*"
)
_BEFORE_TITLE = re.compile(
    r"(?:\b(?:on|in|of|from|to|with|told|watch(?:ed|ing)?|read(?:ing)?)\s+"
    r"(?:[A-Z][\w.-]*['’]s?\s+)?|[A-Z][\w.-]*['’]s\s+)$"
)
_AFTER_TITLE = re.compile(
    r"\s+(?:star|host|anchor|creator|episode|author|actor|actress|cast|producer|"
    r"director|writer|viewers|audience|series|show|programme|program)\b",
    re.I,
)


def is_naming(text: str, masked: str, span: Span) -> bool:
    """Quoted words that name a thing rather than quote a person: 'the film "Frozen"',
    'ABC's "This Week"', '"Broad City" star'."""
    before = masked[max(0, span.open_at - 40) : span.open_at].split()
    if " ".join(before).lower().endswith(NAMING):
        return True
    if _after_a_work(before) and not text[span.start : span.start + 1].islower():
        return True  # "the film 'Frozen'", "her memoir, 'Tough Choices'", but "the emails show 'The ...'"
    # Most quotations are neither a nickname (two words at most) nor title-like: the tests
    # below need one or the other (what fits _TITLE_CASE fits _TITLE).
    inner = text[span.start : span.end].strip()
    if len(inner.split(None, 2)) > 2 and not _TITLE.fullmatch(inner.rstrip(",.")):
        return False
    if names_a_thing(text, masked, span.open_at, span.start, span.end, span.outer_end):
        return True  # a nickname, a title before a noun or after a possessive
    if not _TITLE_CASE.fullmatch(text[span.start : span.end].rstrip(",.")):
        return False  # a title keeps the comma or full stop of the sentence around it: "'This Week,'"
    return bool(
        _BEFORE_TITLE.search(masked, max(0, span.open_at - 30), span.open_at)
        or _AFTER_TITLE.match(masked, span.outer_end)
    )


def _after_a_work(words_before: list[str]) -> bool:
    """Do the words before a quotation end in a work noun ("the film", "her 2019 book", "her
    memoir,") rather than in a verb that looks like one ("the emails show", "polls show")?"""
    work = words_before[-1].rstrip(",:") if words_before else ""
    if work not in WORKS:
        return False
    if work not in WORKS_ALSO_VERBS or work != words_before[-1]:
        return True  # no verb: "her podcast", "the film,"
    before = words_before[-2] if len(words_before) > 1 else ""
    plural_noun = (
        before.islower()
        and before.endswith("s")
        and before not in NOT_PLURALS
        and not before.endswith(("'s", "’s", "ss"))
    )
    return not (before.lower() in VERB_SUBJECTS or plural_noun)
