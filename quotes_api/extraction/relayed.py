"""A quotation relayed by a named source: the source that passed it on speaks for it.

"'...,' Ann Pike said, according to Harbour Radio" or "'...,' said Ann Pike, Harbour Radio
reported." : the reader has the words from Harbour Radio, not from Pike, and news annotation
(PolNeAR) gives them to the outer source. So a sentence that names a source with
``according to`` (anywhere outside its quotations) or closes with ``, X reported`` (``reports``,
``first reported``, ``wrote``) gives its quotations to that source, whatever the verb next to
the quotation says. Only a capitalised source counts (a name, a medium, "Pike's memoir"):
"according to a statement" or "according to him" leave the quotation where it was.
"""

from __future__ import annotations

import re

from quotes_api.extraction.attribution import Attribution
from quotes_api.extraction.coordination import split_coordination
from quotes_api.extraction.lexicon import PRONOUNS
from quotes_api.extraction.mentions import looks_like_speaker
from quotes_api.extraction.model import Rule
from quotes_api.extraction.phrases import np_after

_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?=(?:the\s+)?[A-Z])")
# ", Harbour Radio reported." / ", Harbour Radio first reported Monday." closing the sentence
_REPORTED = re.compile(
    r",\s+((?:the\s+)?[A-Z][^,;:\ue000]{0,60}?)\s+(?:first\s+|also\s+)?"
    r"(?:reported|reports|wrote|writes)(?:\s+(?:on\s+)?\w+day)?\s*[.!?]?\s*$"
)
# ", reports Harbour Radio." / ", reported the Eastland Leader."
_REPORTS_SOURCE = re.compile(r",\s+(?:reported|reports)\s+(?=(?:the\s+)?[A-Z])")


def relaying_source(masked: str, sentence_start: int, sentence_end: int) -> Attribution | None:
    """The named source the sentence says its quotations come from, if it names one."""
    sentence = masked[sentence_start:sentence_end]
    if "ccording" not in sentence and "report" not in sentence and "wr" not in sentence:
        return None  # the common case, decided without a pattern
    for pattern in (_ACCORDING, _REPORTS_SOURCE):
        found = pattern.search(sentence)
        if found:
            phrase = np_after(sentence, found.end())
            if _is_source(phrase):
                # the phrase is read with single spaces: where the text has more, its start is
                # where the pattern left off
                at = sentence_start + max(sentence.find(phrase, found.end()), found.end())
                return Attribution(
                    phrase, at, split_coordination(phrase), "according to", Rule.ACCORDING, 0.85
                )
    found = _REPORTED.search(sentence.rstrip())
    if found and _is_source(found.group(1)):
        phrase = found.group(1)
        return Attribution(
            phrase, sentence_start + found.start(1), split_coordination(phrase), "reported", Rule.AFTER, 0.85
        )
    return None


def _is_source(phrase: str) -> bool:
    return bool(phrase) and phrase.lower() not in PRONOUNS and looks_like_speaker(phrase)
