"""Someone described only by the person they serve (issue 13 class 9): "said a longtime adviser
to Ann Pike", "said a person close to Pike". Like an unnamed spokesperson, such a source
speaks for the one named, as it already does when it stands before the verb ("a longtime
adviser to Pike said"); after the verb the phrase read stops before "to", so the name is read
from the text that follows it.

>>> masked = 'said a longtime adviser to Ann Pike, who asked not to be named.'
>>> principal_after(masked, "a longtime adviser", 5)
'Ann Pike'
>>> principal_after(masked, "a longtime", 5) is None
True
"""

from __future__ import annotations

import re

from quotes_api.extraction.lexicon.people import SERVING_NOUNS
from quotes_api.extraction.mentions import NAME_RUN

_TO_NAME = re.compile(
    rf"\s+(?:close\s+)?to\s+(?:both\s+)?(?:the\s+)?(?:(?:former|then-)\s*)?"
    rf"(?:[a-z][\w-]*\s+){{0,3}}?({NAME_RUN.pattern})"
)


def principal_after(masked: str, phrase: str, position: int) -> str | None:
    """The name after "to" that the description ``phrase`` (standing at ``position`` in
    ``masked``) serves, when its head is a word for an adviser, an aide or a friend."""
    words = phrase.lower().split()
    if not words or words[-1] not in SERVING_NOUNS:
        return None
    at = masked.find(phrase, position, position + len(phrase) + 40)
    if at < 0:
        return None
    m = _TO_NAME.match(masked, at + len(phrase))
    return m.group(1) if m else None
