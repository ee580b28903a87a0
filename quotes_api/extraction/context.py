"""Attribution from further away: a colon that introduces, a dash that signs, a possessive,
or the paragraph before or after a quotation that has no attribution of its own.

Each rule is weaker than those of :mod:`quotes_api.extraction.attribution`, so the pipeline
tries them only when those find nothing.
"""

from __future__ import annotations

import re

from quotes_api.extraction.attribution import MAX_LEFT, Attribution, is_verb_use
from quotes_api.extraction.before import before_quote
from quotes_api.extraction.coordination import split_coordination
from quotes_api.extraction.cues import AS_FRAME_CUES, find_cues
from quotes_api.extraction.lexicon import DOCUMENT_NOUNS
from quotes_api.extraction.lexicon.function_words import POSSESSIVES
from quotes_api.extraction.mentions import (
    NAME_RUN,
    PREPOSITIONS,
    clean,
    looks_like_speaker,
    parse_mention,
    strip_possessive,
)
from quotes_api.extraction.model import Rule
from quotes_api.extraction.openings import sentence_subject
from quotes_api.extraction.phrases import PARENTHESES, subject_of
from quotes_api.extraction.sentences import FILLER


def previous_sentence(masked: str, sent_start: int, at: int) -> Attribution | None:
    """'Ann Pike agreed. "The harbour can wait ..."', 'Tom Ray said in a note to staff.
    "The ferry runs on time."': a sentence that ends with its speech verb (and little after
    it) introduces the quotation that opens the next sentence."""
    found = before_quote(masked, sent_start, at)
    if found is None or found.cue is None:
        return None
    adverbial = _ADVERBIAL_BEFORE.search(
        masked, max(sent_start, found.mention_start - 12), found.mention_start
    )
    if adverbial is not None:
        # '"...," Kim Lund said after Tom Ray spoke. "..."': the verb of a clause opened by
        # "after" or "when" is not the one that introduces what follows; the main clause's is
        main = before_quote(masked, sent_start, adverbial.start())
        if main is not None and main.cue is not None:
            return Attribution(main.mention, main.mention_start, main.parts, main.cue, Rule.PREVIOUS, 0.7)
    sent_start = max(sent_start, at - MAX_LEFT)
    cue_end = sent_start + masked[sent_start:at].lower().rfind(found.cue.lower()) + len(found.cue)
    if len(masked[cue_end:at].split()) > 4:
        return None
    return Attribution(found.mention, found.mention_start, found.parts, found.cue, Rule.PREVIOUS, 0.7)


_ADVERBIAL_BEFORE = re.compile(r"\b(?:after|before|when|while|once|until|as)\s+$")


# "Pollsters missed the surge - Ann Pike:" / "- More from Pike and Ray:": a round-up's headline,
# then its source after a dash.
_DASH_SOURCE = re.compile(
    r"(?:\s[-\u2014\u2013]+|[-\u2014\u2013]+\s)\s*(?:(?:more\s+)?from\s+)?"
    r"([^-\u2014\u2013\s][^-\u2014\u2013]{1,60})$",
    re.I,
)


# "From the report:", "In a statement:", "According to the complaint:" before a quotation
_FROM_DOCUMENT = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:From|In|According\s+to)\s+((?:the|a|an|its|his|her|their)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}(?:" + "|".join(sorted(map(re.escape, DOCUMENT_NOUNS))) + r"))\s*$"
)


def colon_intro(masked: str, sent_start: int, at: int) -> Attribution | None:
    """'Hoff's letter makes the case: "..."' / 'Philip Bump: "..."': a sentence that ends in a
    colon right before the quotation introduces it, speech verb or not; its subject spoke."""
    sent_start = max(sent_start, at - MAX_LEFT)
    left = masked[sent_start:at].rstrip()
    if not left.endswith(":"):
        return None
    found = before_quote(masked, sent_start, sent_start + len(left))
    if found is not None:
        return found
    body = PARENTHESES.sub(lambda m: " " * len(m.group()), left[:-1])
    source = _FROM_DOCUMENT.search(body)
    if source is not None:  # "From the report:", "In its statement:": the document speaks
        phrase = source.group(1)
        return Attribution(phrase, sent_start + source.start(1), (phrase,), None, Rule.COLON, 0.6)
    signed = _signed(body, sent_start)
    if signed is not None:
        return signed
    subject = sentence_subject(body)
    if subject is None:
        return None
    phrase, offset, parts, _ = subject
    return Attribution(phrase, sent_start + offset, parts, None, Rule.COLON, 0.6)


# "From Ann Pike's Facebook post:" before a quotation: the owner's document speaks
_FROM_OWNERS_DOCUMENT = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*From\s+(((?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*?)['’]s?\s+"
    r"(?:[A-Za-z][\w-]*\s+){0,2}(?:"
    + "|".join(sorted(map(re.escape, DOCUMENT_NOUNS | {"post"})))
    + r"))\s*:$"
)


def owners_document(masked: str, sent_start: int, at: int) -> Attribution | None:
    """'From Ann Pike's Facebook post: "..."': the document of a named owner introduces the
    quotation (before, "post" was read as the verb and "Pike's Facebook" as its subject)."""
    left = masked[max(sent_start, at - MAX_LEFT) : at].rstrip()
    if not left.endswith(":"):
        return None  # the pattern ends in a colon: most quotations are spared its search
    found = _FROM_OWNERS_DOCUMENT.search(left)
    if found is None:
        return None
    phrase, owner = found.group(1), found.group(2)
    start = at - len(masked[max(sent_start, at - MAX_LEFT) : at]) + found.start(1)
    return Attribution(phrase, start, (owner,), None, Rule.COLON, 0.6)


def dash_source(masked: str, sent_start: int, at: int) -> Attribution | None:
    """'Pollsters agree - Ann Pike: "..."': a round-up's headline, then its source after a dash
    and before the colon; the source speaks, not the headline's verb."""
    sent_start = max(sent_start, at - MAX_LEFT)
    left = masked[sent_start:at].rstrip()
    if not left.endswith(":"):
        return None
    return _signed(PARENTHESES.sub(lambda m: " " * len(m.group()), left[:-1]), sent_start)


def _signed(body: str, sent_start: int) -> Attribution | None:
    signed = _DASH_SOURCE.search(body)
    if signed is None or not NAME_RUN.match(signed.group(1)) or not looks_like_speaker(signed.group(1)):
        return None
    phrase = clean(signed.group(1))
    return Attribution(
        phrase, sent_start + signed.start(1), split_coordination(phrase), None, Rule.COLON, 0.6
    )


_DASH_LINE = re.compile(r"[-\u2014\u2013\u2015]+\s*([^\n]{2,80}?)[.,]?\s*$")


def dash_signature(masked: str, p_start: int, p_end: int) -> Attribution | None:
    """A paragraph that is only a dash and a name ("- Hillary Clinton.") signs the quotation above."""
    m = _DASH_LINE.match(masked, p_start, p_end)
    if not m:
        return None
    phrase = clean(m.group(1).partition(", ")[0])
    if not phrase or not NAME_RUN.match(phrase) or not looks_like_speaker(phrase):
        return None
    return Attribution(phrase, m.start(1), split_coordination(phrase), None, Rule.SIGNATURE, 0.7)


def paragraph_subject(masked: str, sent_start: int, p_end: int) -> Attribution | None:
    """The named subject of a paragraph's last sentence ("Valastro praised Christie's record."),
    for a quotation paragraph that follows it with no attribution of its own."""
    sent_start = max(sent_start, p_end - MAX_LEFT)
    sentence = masked[sent_start:p_end]
    bare = PARENTHESES.sub(lambda m: " " * len(m.group()), sentence)
    subject = sentence_subject(bare)
    if (
        subject is not None
        and FILLER not in subject[0]
        and _names_someone(subject[2])
        and not _opening_word(bare, subject[0], subject[1] + len(subject[0]))
    ):
        phrase, offset, parts, _ = subject
        return Attribution(phrase, sent_start + offset, parts, None, Rule.CONTEXT, 0.5)
    # "What it means is unclear, since Trump spoke only in bromides.": the one the sentence
    # says spoke, when its subject is no one.
    spoke = before_quote(masked, sent_start, p_end)
    if spoke is None or spoke.cue is None or not _names_someone(spoke.parts):
        return None
    return Attribution(spoke.mention, spoke.mention_start, spoke.parts, None, Rule.CONTEXT, 0.5)


_SPEECH_NOUNS = (
    "call|calls|promise|promises|pledge|claim|claims|comment|comments|remark|remarks|"
    "statement|words|description|warning|vow|assertion|slogan|tweet|message|phrase|demand|plea|"
    "insistence|argument|charge|accusation|characterization|label|praise|criticism|attack|refrain|"
    "mantra|motto|rallying cry|catchphrase|boast|answer|response|reply|question|suggestion|advice"
)
# The last word of each noun: a whole word, followed by a preposition and an article at most.
_SPEECH_NOUN_ENDS = frozenset(noun.split()[-1] for noun in _SPEECH_NOUNS.split("|"))
_POSSESSIVE = re.compile(
    rf"(?P<who>(?:[A-Z][\w.\-]*\s+){{0,3}}[A-Z][\w.\-]*(?:'s|’s|'|’)|\b(?:his|her|their|its)\b)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}(?:{_SPEECH_NOUNS})(?:\s+(?:for|of|that|about|to))?\s+(?:a\s+|an\s+|the\s+)?$"
)


def possessive_source(masked: str, sent_start: int, at: int) -> Attribution | None:
    """'Obama's "if you like your plan" promise', 'his call for "a total ban"': the owner of
    the words is the speaker."""
    left = masked[max(sent_start, at - 120) : at]
    if _SPEECH_NOUN_ENDS.isdisjoint(left.split()[-3:]):
        return None  # the noun stands among the last three words: spares most windows the search
    m = _POSSESSIVE.search(left)
    if not m:
        return None
    who = m.group("who")
    phrase = who if who.lower() in POSSESSIVES else strip_possessive(who)
    phrase = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(phrase.lower(), phrase)
    if not looks_like_speaker(phrase):
        return None
    start = at - len(left) + m.start("who")
    return Attribution(phrase, start, (phrase,), None, Rule.POSSESSIVE, 0.6)


def following_statement(masked: str, sent_start: int, sent_end: int) -> Attribution | None:
    """'"It is a quiet masterpiece." | Jury president Viktor Lund said the vote ...': a
    quotation paragraph with no attribution, followed by a paragraph that opens with someone
    named saying something, is theirs."""
    cues = [
        c
        for c in find_cues(masked, sent_start, sent_end)
        if is_verb_use(masked, c) and c.group().lower() not in AS_FRAME_CUES
    ]
    if not cues:
        return None
    found = subject_of(masked[sent_start:sent_end], cues[0].start() - sent_start)
    if found is None or not _names_someone(found[2]):
        return None
    phrase, offset, parts, _ = found
    return Attribution(phrase, sent_start + offset, parts, cues[0].group(), Rule.FOLLOWING, 0.5)


def _names_someone(parts: tuple[str, ...]) -> bool:
    """Do the phrases name a person or organisation, not just describe one ("The jury")?"""
    return all(parse_mention(p).kind in ("person", "organisation") for p in parts)


# A number that opens a sentence ("Thirteen years earlier, ...") is not its subject.
_NUMBER_WORD = re.compile(
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
    r"(?:Thir|Four|Fif|Six|Seven|Eigh|Nine)teen|(?:Twen|Thir|For|Fif|Six|Seven|Eigh|Nine)ty"
)
# Nor is a word followed by a preposition, an article or a quotation rather than by a verb:
# "Immediately after the attacks, ...", "Based on ...", "Given the ...", 'Titled "...", ...'
# ("Kelly said" has its verb).
_NO_VERB_NEXT = re.compile(
    r"\s*(?:[" + FILLER + r"]|(?:" + "|".join(sorted(PREPOSITIONS)) + r"|the|a|an|his|her|their|its)\b)"
)


def _opening_word(text: str, phrase: str, end: int) -> bool:
    """Is ``phrase``, ending at ``end`` in ``text``, one word that opens the sentence without
    being its subject?"""
    if " " in phrase or not phrase[:1].isupper():
        return False
    return bool(_NUMBER_WORD.fullmatch(phrase) or _NO_VERB_NEXT.match(text, end))


def sentence_speaker(masked: str, sent_start: int, at: int) -> Attribution | None:
    """'The council voted for a resolution that condemns "..."', 'In 2014, Pew found that "..."':
    a long quotation inside a sentence with no speech verb that reaches it is the words of the
    sentence's subject, not of whoever was quoted last."""
    found = _subject_before(masked, sent_start, at)
    if found is None:
        return None
    body, start, (phrase, offset, parts, _) = found
    if (
        not body[offset + len(phrase) :].strip(" ,:" + FILLER)
        or not looks_like_speaker(phrase)
        or _opening_word(body, phrase, offset + len(phrase))
    ):
        return None  # "Specifically, '...'", "Based on ...": an opening word, no subject and verb
    return Attribution(phrase, start + offset, parts, None, Rule.SENTENCE, 0.4)


def sentence_before_speaker(masked: str, sent_start: int, at: int) -> Attribution | None:
    """'Clinton touted her record on unions. "We need fair elections ..."': a quotation that
    opens a sentence with no attribution of its own, after a sentence of the same paragraph
    about someone named, is theirs: the subject of that sentence."""
    found = _subject_before(masked, sent_start, at)
    if found is None:
        return None
    body, start, (phrase, offset, parts, _) = found
    if FILLER in phrase or not _names_someone(parts) or _opening_word(body, phrase, offset + len(phrase)):
        return None
    return Attribution(phrase, start + offset, parts, None, Rule.CONTEXT, 0.5)


def _subject_before(
    masked: str, sent_start: int, at: int
) -> tuple[str, int, tuple[str, int, tuple[str, ...], Rule]] | None:
    """The sentence up to ``at`` (parentheses blanked, at most ``MAX_LEFT`` characters), where
    it starts, and its subject; None when it has none."""
    start = max(sent_start, at - MAX_LEFT)
    body = PARENTHESES.sub(lambda m: " " * len(m.group()), masked[start:at])
    subject = sentence_subject(body)
    return (body, start, subject) if subject is not None else None
