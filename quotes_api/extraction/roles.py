"""Roles and titles read in a speaker phrase: a plural title before coordinated names, a name
apposed to its role, the words of a role with abbreviated titles spelled out, and whether a
body's name is a medium's.
"""

from __future__ import annotations

import functools
import re

from quotes_api.extraction.lexicon import MEDIA_HEADS, PLURAL_TITLES, TITLE_ABBREVIATIONS
from quotes_api.extraction.lexicon.bodies import BODY_NOUNS
from quotes_api.extraction.mentions import clean, parse_mention

# "the striker, Ana Ruiz": a description, then the name it describes.
# A possessive opens one too: "his best friend at Dunmore, Bruce Tully".
_APPOSED_NAME = re.compile(
    r"^(?P<role>(?:the|a|an|another|one|his|her|their|its|our)\s+[a-z][^,]*"
    r"|[^,]*?\s[a-z][\w-]*),\s+"
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)$"
)


def split_plural_title(parts: tuple[str, ...]) -> tuple[str, ...]:
    """ "Senators Ann Pike" and "Tom Ray" → "Senator Ann Pike", "Senator Tom Ray": a plural
    title before coordinated names is each one's title.

    >>> split_plural_title(("Senators Ann Pike", "Tom Ray"))
    ('Senator Ann Pike', 'Senator Tom Ray')
    """
    if not parts:
        return parts
    title, _, rest = parts[0].partition(" ")
    singular = PLURAL_TITLES.get(title.lower())
    if singular is None or not rest:
        return parts
    singular = singular[:1].upper() + singular[1:]
    return (f"{singular} {rest}",) + tuple(
        p if p.split()[0].lower() in PLURAL_TITLES or _titled(p) else f"{singular} {p}" for p in parts[1:]
    )


def _titled(part: str) -> bool:
    """Does the conjunct carry its own title ("Rep. Tom Ray")?"""
    first = part.split()[0].lower()
    return first in TITLE_ABBREVIATIONS or first.rstrip(".") in TITLE_ABBREVIATIONS


@functools.lru_cache(maxsize=65536)  # the same phrases recur across quotations
def apposed_name(phrase: str) -> tuple[str, str] | None:
    """(name, role) of a description followed by the name it describes.

    >>> apposed_name("the striker, Ana Ruiz")
    ('Ana Ruiz', 'striker')
    >>> apposed_name("the striker") is None
    True
    """
    m = _APPOSED_NAME.match(clean(phrase))
    if m is None:
        return None
    name = parse_mention(m["name"])
    if name.name is None or name.kind != "person":
        return None
    role = re.sub(r"^(?:the|a|an|another|one|its|his|her|their)\s+", "", m["role"])
    return m["name"], role


def role_words(role: str) -> set[str]:
    """The words of a role, abbreviated titles spelled out: "Sen." → {"sen", "senator"}.

    >>> sorted(role_words("Florida Sen."))
    ['florida', 'sen', 'senator']
    """
    out = set()
    for word in re.findall(r"[\w'-]+", role.lower().replace("’", "'")):
        out.add(word)
        if word in TITLE_ABBREVIATIONS:
            out.add(TITLE_ABBREVIATIONS[word])
    return out


def is_medium(name: str) -> bool:
    """Is this organisation's name that of a newspaper, broadcaster or news site?

    >>> is_medium("The Harbour Times"), is_medium("Harbour Council")
    (True, False)
    """
    return any(word.lower().strip(".,") in MEDIA_HEADS for word in name.split())


# Where a role's head noun ends: before what qualifies it ("company with revenue of ...").
_PREPOSITION = re.compile(r"(?:at|on|in|of|for|with|from|by)\s", re.I)
_HEAD_END = re.compile(r"\s+(?:of|for|at|in|with|from|that|which|based|on|to|whose)\b.*", re.S)


def is_body_role(role: str) -> bool:
    """Does this role describe a body rather than a person ("the official news agency", "the
    state's largest newspaper", "a company with revenue of $5 billion")? Its head noun says so.

    >>> is_body_role("official news agency"), is_body_role("chairman of the agency")
    (True, False)
    """
    if _PREPOSITION.match(role):
        return False  # "at the Policy Institute": where someone works, not what they are
    words = re.findall(r"[\w-]+", _HEAD_END.sub("", role))
    return bool(words) and words[-1] in BODY_NOUNS  # lowercase: "Policy Institute" is a name
