"""The records the extractor returns: plain, frozen dataclasses with no behaviour beyond serialisation."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from operator import attrgetter
from typing import Any, Literal

# "unnamed" marks a source known only by a description ("a White House spokesman",
# "critics"): a speaker within one document, never merged with another document's.
SpeakerKind = Literal["person", "organisation", "unnamed"]


class Rule(StrEnum):
    """Which rule attributed a quotation (``Quote.rule``, ``Attribution.rule``).

    A ``str`` enum: each member is its own value ("after"), so JSON output and comparisons with
    plain strings are unchanged. ``schema/quote.schema.json`` lists the same values.
    """

    AFTER = "after"  # '"...," Ann Pike said' / ', according to the ministry'
    INVERTED = "inverted"  # '"...," said Ann Pike'
    BEFORE = "before"  # 'Ann Pike said "..."', a cue earlier in the quotation's sentence
    ACCORDING = "according"  # 'According to Ann Pike, "..."'
    SUBJECT = "subject"  # the subject of the sentence's speech verb, from its start
    PREVIOUS = "previous"  # the speaker of the sentence just before
    COLON = "colon"  # 'Ann Pike: "..."', 'Pike had a warning: "..."'
    SIGNATURE = "signature"  # '"..." — Ann Pike'
    CONTEXT = "context"  # the one who spoke last in the paragraph or the sentences before
    POSSESSIVE = "possessive"  # 'In Pike's words, "..."'
    FOLLOWING = "following"  # the attribution in the sentence after the quotation
    SENTENCE = "sentence"  # the subject of the quotation's own sentence (a long quotation)
    CREDIT = "credit"  # a credit line under a quotation
    INTERVIEW = "interview"  # an interviewee's answer
    REPORTED = "reported"  # a quotation inside reported speech
    NEIGHBOUR = "neighbour"  # none of its own: the last kept quotation's, a paragraph going on


@dataclass(frozen=True, slots=True)
class Speaker:
    """One resolved speaker: the canonical (fullest) name used in the document.

    ``role`` is the title or description seen with the name ("Chinese Foreign Minister"),
    ``aliases`` every other way the document refers to them ("Wang", "the senior envoy").
    """

    name: str
    kind: SpeakerKind = "person"
    role: str | None = None
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "role": self.role, "aliases": list(self.aliases)}

    def __reduce__(self) -> tuple[type, tuple]:
        # Pickled as the constructor's arguments: twice as fast as the field-by-field state of a
        # frozen slotted dataclass, and ingest workers send every quote to the writer this way.
        return Speaker, _speaker_fields(self)


@dataclass(frozen=True, slots=True)
class Quote:
    """One direct quotation (or one paragraph piece of a longer one).

    ``start``/``end`` are code-point offsets into the document text, spanning the quoted words
    without the quotation marks, so ``text == document[start:end]``. Pieces of one quotation
    (split by an attribution, or running over several paragraphs) share ``group``, the index of
    the first piece in the document's list, and are numbered by ``part`` from 0.
    """

    start: int
    end: int
    text: str
    speakers: tuple[Speaker, ...] = ()
    mention: str | None = None
    cue: str | None = None
    confidence: float = 0.0
    paragraph: int = 0
    group: int = 0
    part: int = 0
    rule: Rule | None = None  # which rule attributed it; the extractor always sets one

    def __reduce__(self) -> tuple[type, tuple]:
        return Quote, _quote_fields(self)

    @property
    def speaker_names(self) -> list[str]:
        return [s.name for s in self.speakers]

    def to_dict(self) -> dict[str, Any]:
        """The JSON record described by ``schema/quote.schema.json`` (without ``document``)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speakers": self.speaker_names,
            "mention": self.mention,
            "cue": self.cue,
            "confidence": round(self.confidence, 3),
            "paragraph": self.paragraph,
            "group": self.group,
            "part": self.part,
            "rule": self.rule,
            "speaker_details": [s.to_dict() for s in self.speakers],
        }


# Every field, in the constructor's order: what ``__reduce__`` pickles.
_speaker_fields = attrgetter(*(f.name for f in fields(Speaker)))
_quote_fields = attrgetter(*(f.name for f in fields(Quote)))
