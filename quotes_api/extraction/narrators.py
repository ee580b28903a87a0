"""Who "I" and "it" are when no name is at hand.

"I" outside quotation marks is the writer of a first-person piece, when the article names them
(a column headed "Ann Pike: Why I Left", a byline "By Ann Pike", an excerpt "from Ann Pike's
new book"); read once per document, the first time an "I" is a speaker. "It", right after a
document or a body was quoted ("the email read", "the company said"), goes on with that same
speaker.
"""

from __future__ import annotations

import re

from quotes_api.extraction.lexicon import DOCUMENT_NOUNS, MEDIA_NOUNS, ORG_NOUNS
from quotes_api.extraction.sentences import FILLER

_NAME = r"[A-Z][\w’'.-]+(?:[ \t]+(?:[A-Z][\w’'.-]*|de|van|von|al|bin))*?[ \t]+[A-Z][\w’'-]+"
# "Ann Pike: And Then There Was One." — a column headed by its writer's name.
_HEADED = re.compile(rf"\s*({_NAME}):[ \t]+\S")
# "By Ann Pike" on a line of its own, or "By Ann Pike, Staff Writer".
_BYLINE = re.compile(rf"\n[ \t]*By[ \t]+({_NAME})[ \t]*(?:,[^\n]{{0,40}})?\n")
# "excerpts from bestselling author Ann Pike’s new book", "Ann Pike's memoir"
_BOOK = re.compile(
    rf"({_NAME})[’']s[ \t]+(?:new[ \t]+|latest[ \t]+|forthcoming[ \t]+)?(?:book|memoir|essay)\b"
)
# "I" outside quotation marks, as a subject: the piece is told in the first person.
_FIRST_PERSON = re.compile(r"(?:^|[.!?" + FILLER + r"][ \t]+|\n)I[ \t]+(?!\.)[a-z’']")
_OPENING = 1500  # how far into the article a writer's name is looked for


def narrator(masked: str) -> str | None:
    """The name of the one who writes "I" in ``masked`` (the article with its quotations
    hidden), or None when the article does not say or is not told in the first person.

    >>> narrator("Ann Pike: Why I Left.\\n\\nI left in May. I said so then.")
    'Ann Pike'
    >>> narrator("Pike: 'We Will Win'.\\n\\nTom Ray said he would run.") is None
    True
    """
    if len(_FIRST_PERSON.findall(masked, 0, 20_000)) < 2:
        return None
    head = masked[:_OPENING]
    for pattern in (_HEADED, _BYLINE, _BOOK):
        m = pattern.search(head) if pattern is not _HEADED else pattern.match(head)
        if m is not None:
            return m[1]
    return None


_THING = re.compile(r"(?:the|this|that|its|their|his|her)[ \t]+(?:[\w-]+[ \t]+){0,3}?([a-z-]+)$", re.I)


def is_thing(phrase: str) -> bool:
    """Does a speaker phrase name a document or a body by its kind ("the email", "the
    company", "its statement"), or is it "it"?

    >>> is_thing("the campaign email"), is_thing("It"), is_thing("the senator")
    (True, True, False)
    """
    phrase = phrase.strip(" ,")
    if phrase.lower() == "it":
        return True
    # The noun _THING captures is the phrase's last word: look it up before trying the pattern.
    noun = phrase[max(phrase.rfind(" "), phrase.rfind("\t")) + 1 :].lower()
    if noun not in DOCUMENT_NOUNS and noun not in ORG_NOUNS and noun not in MEDIA_NOUNS:
        return False
    return _THING.fullmatch(phrase) is not None
