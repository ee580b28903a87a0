"""Quoted words that name a thing or a person rather than quote anyone (issue 13, class 12).

The pipeline already leaves out titles after a work noun or a programme; these rules catch the
other ways a name stands in quotation marks, even when a speech verb is near:

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

# Only for the doctest above: a double-quoted run.
_QUOTED = re.compile(r'"[^"]*"')

# Every word capitalised, small words and a subtitle's colon between: "Tides: A History of the Port".
_TITLE = re.compile(r"[A-Z0-9][\w'’&.-]*(?::|,)?(?:\s+(?:[A-Z0-9][\w'’&.-]*(?::|,)?|"
                    r"of|the|a|an|and|or|with|in|on|for|to|at|by|from|is|it|&|vs\.?|me|us|you))*")
# A given name or an initial right before the nickname, a capitalised surname right after it.
_NAME_BEFORE = re.compile(r"(?:^|\s)(?:[A-Z][a-z]+|(?:[A-Z]\.\s?)+)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][\w'’-]+")
_POSSESSIVE_OR_FOR = re.compile(r"(?:\w['’]s|\bfor)\s+(?:the\s+)?$")
_OF = re.compile(r"\bof\s+$")


def names_a_thing(text: str, masked: str, open_at: int, start: int, end: int, outer_end: int) -> bool:
    """Do the quoted words ``text[start:end]`` (marks at ``open_at`` and ``outer_end``) name
    someone or something rather than quote anyone?"""
    inner = text[start:end].strip()
    before = masked[max(0, open_at - 40):open_at]
    if len(inner.split()) <= 2 and _NAME_BEFORE.search(before) and _NAME_AFTER.match(masked, outer_end) \
            and not inner.endswith((",", ".", "!", "?")):
        return True  # Jo "Skip" Lane
    if not _TITLE.fullmatch(inner.rstrip(",.")) or not any(w[:1].isalpha() for w in inner.split()):
        return False
    if _POSSESSIVE_OR_FOR.search(before):
        return True
    return ":" in inner.rstrip(":") and bool(_OF.search(before))

