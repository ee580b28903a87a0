"""A quotation relayed by a named source: the source that passed it on speaks for it.

"'...,' Ann Pike said, according to Harbour Radio" or "'...,' said Ann Pike, Harbour Radio
reported." : the reader has the words from Harbour Radio, not from Pike, and news annotation
(PolNeAR) gives them to the outer source. So a sentence that names a source with
``according to`` (anywhere outside its quotations) or closes with ``, X reported`` (``reports``,
``first reported``, ``wrote``) gives its quotations to that source, whatever the verb next to
the quotation says. Only a capitalised source counts (a name, a medium, "Pike's memoir"):
"according to a statement" or "according to him" leave the quotation where it was.

The same goes for a named speaker that closes its sentence after a comma (", Ann Pike said." /
", said the bureau's director, Tom Ray, on Monday."): every quotation of the sentence is that
speaker's, also one followed by more of the clause ('"I have said it," and against the law,
Pike said') or fragments quoted inside it.
"""

from __future__ import annotations

import re

from quotes_api.extraction.attribution import Attribution
from quotes_api.extraction.coordination import split_coordination
from quotes_api.extraction.lexicon import PRONOUNS
from quotes_api.extraction.mentions import looks_like_speaker
from quotes_api.extraction.model import Rule
from quotes_api.extraction.phrases import np_after
from quotes_api.extraction.sentences import FILLER

# What may follow a closing "X said" or "X wrote": a day ("on Monday"), and where it was said
# ("in a court filing", "in an interview", "in his blog post").
_TAIL_PATTERN = r"(?:\s+(?:on\s+)?\w+day)?(?:\s+in\s+(?:a|an|the|his|her|its|their)(?:\s+[a-z][\w-]*){1,3})?"
_ACCORDING = re.compile(
    r"\b[Aa]ccording\s+to\s+"
    # "according to audio provided by Harbour Radio", "... parts of her talk handed out by"
    r"(?:(?:[a-z][\w'’-]*\s+){1,5}?(?:provided|released|obtained|published|posted|given)\s+(?:by|to)\s+)?"
    r"(?=(?:the\s+)?[A-Z])"
)
# ", Harbour Radio reported." / ", Harbour Radio first reported Monday." closing the sentence,
# also right after a quotation that took the comma inside its marks ('show, "Ray Live," Harbour
# Radio first reported.')
_REPORTED = re.compile(
    r"[,\ue000]\s+((?:the\s+)?[A-Z][^,;:\ue000]{0,80}?)\s+(?:first\s+|also\s+)?"
    r"(?:reported|reports|wrote|writes)" + _TAIL_PATTERN + r"\s*[.!?]?\s*$"
)
# ", reports Harbour Radio." / ", reported the Eastland Leader."
_REPORTS_SOURCE = re.compile(r",\s+(?:reported|reports)\s+(?=(?:the\s+)?[A-Z])")


def relaying_source(
    masked: str, sentence_start: int, sentence_end: int, closing: bool = True
) -> Attribution | None:
    """The named source the sentence says its quotations come from, if it names one.
    ``closing``: does ``sentence_end`` end the sentence (so a closing ", X said." counts)?"""
    sentence = masked[sentence_start:sentence_end]
    if "ccording" not in sentence and "report" not in sentence and "wr" not in sentence:
        return _closing_speaker(sentence, sentence_start) if closing else None
    for pattern in (_ACCORDING, _REPORTS_SOURCE):
        found = pattern.search(sentence)
        if found:
            # the source before any comma: "According to Harbour Radio, Pike said the ..."
            phrase = np_after(sentence, found.end()).split(",")[0].strip()
            if _is_source(phrase):
                # the phrase is read with single spaces: where the text has more, its start is
                # where the pattern left off
                at = sentence_start + max(sentence.find(phrase, found.end()), found.end())
                return Attribution(
                    phrase, at, split_coordination(phrase), "according to", Rule.ACCORDING, 0.85
                )
    found = _REPORTED.search(sentence.rstrip()) if closing else None
    if found and _is_source(found.group(1)):
        phrase = found.group(1)
        return Attribution(
            phrase, sentence_start + found.start(1), split_coordination(phrase), "reported", Rule.AFTER, 0.85
        )
    return _closing_speaker(sentence, sentence_start) if closing else None


# ", Ann Pike said." / ", Ann Pike added." / ", said Ann Pike, the mayor, on Monday." closing a sentence
_CLOSING_SAID = re.compile(
    r",\s+((?:the\s+)?[A-Z][^,;:\ue000]{0,40}?)\s+(said|says|added|adds)" + _TAIL_PATTERN + r"\s*[.!?]?\s*$"
)
_CLOSING_SAID_INVERTED = re.compile(r",\s+(?:said|says)\s+(?=(?:the\s+|a\s+|an\s+)?[A-Za-z])")


def _closing_speaker(sentence: str, sentence_start: int) -> Attribution | None:
    # Both patterns open with a comma and have none after it, so they can only match from the
    # last comma (the first) or from some comma, read from the end (the second): matched there
    # rather than searched for at every character.
    last_comma = sentence.rfind(",")
    if last_comma == -1:
        return None
    found = _CLOSING_SAID.match(sentence.rstrip(), last_comma)
    if found and _is_source(found.group(1)):
        phrase = found.group(1)
        return Attribution(
            phrase,
            sentence_start + found.start(1),
            split_coordination(phrase),
            found.group(2),
            Rule.AFTER,
            0.85,
        )
    found, comma = None, last_comma + 1
    while found is None and (comma := sentence.rfind(",", 0, comma)) != -1:
        found = _CLOSING_SAID_INVERTED.match(sentence, comma)
    if found:
        phrase = np_after(sentence, found.end())
        rest = sentence[found.end() :].rstrip().rstrip(".")
        tail = rest[len(phrase) :] if rest.startswith(phrase) else None
        if _is_source(phrase) and tail is not None and _TAIL.fullmatch(tail):
            return Attribution(
                phrase, sentence_start + found.end(), split_coordination(phrase), "said", Rule.INVERTED, 0.85
            )
    return None


_TAIL = re.compile(r",?(?:\s+(?:on\s+)?\w+day)?\s*")


def _is_source(phrase: str) -> bool:
    """A phrase that can name who spoke: no pronoun, and no quotation inside it."""
    return (
        bool(phrase)
        and phrase.lower() not in PRONOUNS
        and FILLER not in phrase
        and looks_like_speaker(phrase)
    )
