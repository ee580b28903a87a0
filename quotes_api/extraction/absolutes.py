"""An absolute construction names the speaker of what it goes on to say.

"The campaign denied it, with Ann Pike taking to Twitter to call Tom Lund "delusional"" and
"Republicans chimed in, with Ann Pike tweeting that ... and asking, "..."": the clause opened
by ``with`` and a name before a participle has that name for its subject, so the words quoted
in it are that person's, not the sentence's subject's.
"""

from __future__ import annotations

import re

from quotes_api.extraction.cues import Cue, is_cue_word
from quotes_api.extraction.mentions import looks_like_speaker

# ", with Ann Pike taking ..." / "— with Ann Pike tweeting ..."
_WITH_NAME_PARTICIPLE = re.compile(
    r"(?:,|\u2014|\u2013)\s*with\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+([a-z]+ing)\b"
)
_WORD = re.compile(r"[a-z]+")


def absolute_subject(left: str, last_cue: Cue | None) -> tuple[str, int, str] | None:
    """The name that an absolute ``with`` clause in ``left`` (the sentence up to a quotation)
    opens with, its offset and the clause's verb, when the clause speaks and the sentence's
    last speech verb ``last_cue`` is in it or before it; None otherwise."""
    if "with" not in left:
        return None  # most sentences: one string search, not the pattern's scan
    found = None
    for found in _WITH_NAME_PARTICIPLE.finditer(left):  # noqa: B007 - the last one is wanted
        pass
    if found is None:
        return None
    clause = left[found.start(2) :]
    if ";" in clause or not any(is_cue_word(word) for word in _WORD.findall(clause)):
        return None
    if (
        last_cue is not None
        and last_cue.start() > found.start(2)
        and not last_cue.group().endswith("ing")
        and "," in left[found.end(2) : last_cue.start()]
    ):
        return None  # "With Ann Pike watching, Tom Ray called it ...": the main clause's verb
    name = found.group(1)
    in_clause = last_cue is not None and last_cue.start() > found.start(2)
    verb = last_cue.group() if last_cue is not None and in_clause else found.group(2)
    return (name, found.start(1), verb) if looks_like_speaker(name) else None
