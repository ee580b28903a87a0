"""Finding who a quotation is attributed to, as written: the speaker phrase and the cue.

Works on masked text (quotations hidden, offsets kept), one quotation at a time:

- after the quote: ``"...," Wang said`` / ``"...," said Tom Becker, chief economist`` /
  ``"...", according to the White House``;
- before it: ``Xie told parliament: "..."`` / ``Blinken said he looked forward to "..."`` /
  ``China ..., calling it "..."`` (a participle takes the sentence's subject) /
  ``According to the newspaper, "..."``.

Resolving the phrase to a canonical name is left to :mod:`quotes_api.extraction.resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes_api.extraction.cues import WEAK_CUES, Cue, find_cues
from quotes_api.extraction.lexicon import INTRO_WORDS, NOT_IN_SPEAKER, SOURCE_NOUNS, TITLES
from quotes_api.extraction.mentions import NAME_RUN, clean, looks_like_speaker, parse_mention, strip_possessive

_LEADING = re.compile(r"[\s,;:\u2014\u2013-]*")
_AUX = frozenset("""
also later then has have had was were is are will would could should may might must did does
do not never once previously recently repeatedly publicly privately separately reportedly
allegedly again further simply flatly angrily quickly first last finally earlier subsequently
just even still already often frequently openly specifically explicitly always initially
originally, long yesterday today had've
""".split())
_CLAUSE_WORDS = frozenset("""
that but while as because when after before if who which where although though since so
whereas until unless once whom whose what how why and
""".split())
FILLER = "\ue000"
_PRONOUNS = ("he", "she", "they", "it", "i", "we")
_PARENTHESES = re.compile(r"\([^()]{0,40}\)")
_NP_GLUE = frozenset("the a an of for at from one two three some several many other another his her their its "
                     "our new former top senior chief local".split())
_MODIFIERS = frozenset("""
longtime long-time veteran prominent senior junior former retired outgoing incoming acting
interim anonymous unnamed local national federal state county city regional international
american democratic republican conservative liberal progressive independent political
presidential congressional legal military foreign chinese russian british french german
israeli palestinian iranian white black young old other fellow top leading chief deputy
""".split())
_ACCORDING = re.compile(r"according\s+to\s+", re.I)
_NP_END = re.compile(r"[.;:!?]|\s+(?:who|which|whose|as|while|when)\s|,\s+(?:who|which|whose|in|on|at|during|after|before|adding|saying|"
                     r"noting|while|when|as|but|and)\b|\s+(?:that|in|on|at|during|after|before|"
                     r"about|of)\s+(?![A-Z])|\s+to\s+|$")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker phrase found near a quotation, and how it was found."""

    mention: str  # as written
    mention_start: int
    parts: tuple[str, ...]  # each coordinated speaker phrase ("X of Texas", "Young Kim")
    cue: str | None
    method: str  # after | inverted | before | according | subject
    confidence: float


def _trim_aux(text: str) -> str:
    words = text.split()
    while words and (words[-1].lower().strip(",") in _AUX or
                     (words[-1].lower().endswith("ly") and words[-1][0].islower())):
        words.pop()
    return " ".join(words)


_DETERMINERS = frozenset("the a an his her their its our this that my your of".split())
_SUBJECT_LIKE = frozenset("he she they it we i who which also has have had will would could should then "
                          "and later often once".split())


def _is_verb_use(masked: str, cue: Cue) -> bool:
    """Rule out cue words used as nouns ("the report", "a call") or in names ("Says Who")."""
    word = cue.group().lower()
    before = masked[max(0, cue.start() - 24):cue.start()].split()
    prev = before[-1] if before else ""
    if prev.lower() in _DETERMINERS:
        return word.endswith("ed") or word in ("said", "told", "according to")
    if prev.lower() == "to":
        return word in ("say", "tell", "add", "write", "ask", "call", "describe", "warn", "declare")
    at_start = not before or prev.endswith((".", "\ue000", ":"))
    if cue.group()[0].isupper() and not at_start:
        return False  # a name or title: "Says Who", "Tell City"
    if word in WEAK_CUES:
        return prev.lower() in _SUBJECT_LIKE or prev[:1].isupper() or prev.endswith(",")
    return True


def split_coordination(phrase: str) -> tuple[str, ...]:
    """ "McCaul and Kim" → ("McCaul", "Kim"); a phrase without two named conjuncts stays whole."""
    parts = [p.strip(" ,") for p in re.split(r",?\s+and\s+|,\s+(?=[A-Z][\w.'’-]+\s+[A-Z])", phrase)]
    parts = [p for p in parts if p]
    if len(parts) > 1 and all(NAME_RUN.search(p) for p in parts):
        return tuple(parts)
    return (phrase,)


def after_quote(masked: str, at: int, limit: int, strict: bool = False) -> Attribution | None:
    """An attribution right after a quotation's closing mark, before ``limit``.

    ``strict`` is for a quotation that ends its own sentence ('..." Another advised, "...'):
    then only a short 'X said.' clause counts.
    """
    lead = _LEADING.match(masked, at, limit)
    start = lead.end() if lead else at
    window = masked[start:min(limit, start + 400)]
    acc = _ACCORDING.match(window)
    if acc:
        phrase = _np_after(window, acc.end())
        if phrase:
            return Attribution(phrase, start + acc.end(), split_coordination(phrase), "according to",
                               "according", 0.85)
    for cue in find_cues(window, 0, 160):
        if not _is_verb_use(window, cue) and cue.start() > 0:
            continue
        if strict and (len(window[: cue.start()].split()) > 6 or not _ends_clause(window, cue.end())):
            return None
        before = _trim_aux(window[: cue.start()])
        if ", " in before:
            last_chunk = before.rsplit(", ", 1)[1].strip()
            if last_chunk.lower() in ("he", "she", "they", "it", "i", "we"):
                return Attribution(last_chunk, start + before.rfind(last_chunk), (last_chunk,), cue.group(),
                                   "after", 0.9)
        if not before:
            phrase = _np_after(window, cue.end())
            if phrase and (looks_like_speaker(phrase) or _DESCRIPTION.fullmatch(phrase.partition(", ")[0])):
                return Attribution(phrase, start + cue.end(), split_coordination(phrase),
                                   cue.group(), "inverted", 0.9)
            if cue.start() == 0 and cue.group()[0].isupper():
                continue  # "Read said." : a name that is also a verb
            return None
        if looks_like_speaker(before):
            return Attribution(before, start, split_coordination(before), cue.group(), "after", 0.9)
        if before.endswith(","):  # '...," an aside, said Michael Kofman, an expert'
            phrase = _np_after(window, cue.end())
            if phrase and looks_like_speaker(phrase) and phrase.lower() not in ("it", "them", "him", "her"):
                return Attribution(phrase, start + cue.end(), split_coordination(phrase.partition(", ")[0]),
                                   cue.group(), "inverted", 0.85)
        return None
    return None


_TRAILERS = frozenset("as in on at while during after before when to from by with".split())
_DESCRIPTION = re.compile(r"(?:a|an|the|one)\s+[\w-]+(?:\s+[\w-]+){0,4}", re.I)


def _punctuated(masked: str, at: int) -> bool:
    """Does the quotation end in punctuation ('...,"' or '",') as a quote before its
    attribution does, rather than run on as a phrase of the sentence?"""
    inside = masked[at - 3:at].rstrip("\"'\u201d\u2019 ")  # the filler ends with the mark
    return bool(re.match(r"\s*[,\u2014\u2013-]", masked[at:at + 3])) or inside.endswith((",", ".", "!", "?"))


def _ends_clause(window: str, at: int) -> bool:
    """Does the cue end its clause ('the senior envoy added.', 'Smith said as he left'),
    rather than take an object of its own ('Sanders called Trump a liar')?"""
    rest = window[at:].split(".")[0].split(",")[0].split()
    return len(rest) <= 3 or rest[0].lower() in _TRAILERS


def _np_after(window: str, at: int) -> str:
    """The noun phrase starting at ``at``: up to the end of the clause, one apposition kept."""
    rest = window[at:].lstrip()
    end = _NP_END.search(rest)
    head = rest[: end.start()] if end else rest
    # Keep "Tom Becker, chief economist at Acme" but stop before a new clause.
    if end and rest[end.start():end.start() + 2] == ", " and not head.count(","):
        pass
    return clean(head)


def before_quote(masked: str, sent_start: int, at: int) -> Attribution | None:
    """An attribution earlier in the quotation's sentence: the last cue and its subject."""
    left = masked[sent_start:at]
    acc = None
    for acc in _ACCORDING.finditer(left):
        pass
    cues = [c for c in find_cues(left) if _is_verb_use(left, c) and not c.group().lower().startswith("according")]
    if acc and (not cues or cues[-1].start() < acc.start()):
        phrase = _np_after(left, acc.end())
        if phrase and looks_like_speaker(phrase):
            return Attribution(phrase, sent_start + acc.end(), split_coordination(phrase), "according to",
                               "according", 0.85)
    for cue in reversed(cues):
        found = subject_of(left, cue.start())
        if found is not None:
            phrase, offset, parts, method = found
            return Attribution(phrase, sent_start + offset, parts, cue.group(), method, 0.8)
        inverted = _np_after(left, cue.end())
        if inverted and left[cue.end():].strip().endswith((":", ",")) and looks_like_speaker(inverted):
            return Attribution(inverted, sent_start + cue.end(), (inverted,), cue.group(), "inverted", 0.75)
    return None


def subject_of(left: str, cue_at: int) -> tuple[str, int, tuple[str, ...], str] | None:
    """The subject of the verb at ``cue_at``: the phrase right before it, or, after an
    apposition or a participle ("..., calling it"), the sentence's own subject."""
    pre = _PARENTHESES.sub(lambda m: " " * len(m.group()), left[:cue_at]).rstrip()
    trimmed = _trim_aux(pre)
    if not trimmed or trimmed.endswith((",", "\u2014", "\u2013")):
        return _sentence_subject(trimmed.rstrip(",\u2014\u2013 "))
    words = trimmed.split()
    if len(words) > 1 and words[-1].lower() in ("and", "but", "then"):
        # "he laughed and said": the subject stands before the first verb
        k = len(words) - 2
        while k > 0 and words[k][:1].islower() and words[k].lower() not in _PRONOUNS and len(words) - k < 7:
            k -= 1
        if words[k].lower() in _PRONOUNS or words[k][:1].isupper():
            words = words[: k + 1]
            trimmed = " ".join(words)
    if words[-1].lower() in _PRONOUNS:
        return words[-1], len(trimmed) - len(words[-1]), (words[-1],), "before"
    phrase = _np_ending_here(words)
    if phrase and looks_like_speaker(phrase):
        offset = trimmed.rfind(phrase)
        return phrase, offset, split_coordination(phrase), "before"
    return None


def _np_ending_here(words: list[str]) -> str:
    """The noun phrase that ends the word list, read backwards: names, titles, role nouns,
    determiners, possessives, "of"/"for" and coordinated names ("McCaul and Kim")."""
    out: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        bare = w.strip("().,;:").lower()
        if w.endswith((",", ";", ":", FILLER)) and out:
            break
        if w[:1].isupper() or bare in TITLES or bare in SOURCE_NOUNS or bare in _NP_GLUE \
                or bare.endswith(("'s", "’s")) or re.fullmatch(r"\d+|[a-z]+-[a-z-]+", bare):
            if bare in _CLAUSE_WORDS and bare != "and":
                break
            out.append(w)
            continue
        if bare == "and" and out and i > 0 and words[i - 1][:1].isupper():
            out.append(w)
            continue
        if out and bare in _MODIFIERS:
            out.append(w)
            continue
        break
    while out and out[-1].strip(",").lower() in ("of", "for", "and", "at", "from", "in", "on"):
        out.pop()
    return " ".join(reversed(out)).strip(",")


def _sentence_subject(text: str) -> tuple[str, int, tuple[str, ...], str] | None:
    """The leading noun phrase of the sentence, past an introduction ("On Tuesday, ...").

    An apposition naming a described subject wins over the description ("The Rovers'
    manager, Colin Frayne, called ..." → Colin Frayne). Conjuncts joined by ", and" each give
    a speaker ("McCaul of Texas, chair of ..., and Kim of California, who heads ...").
    """
    chunks = [(m.start(), m.group()) for m in re.finditer(r"[^,]+", text)]
    parts: list[tuple[int, str]] = []
    k = 0
    while k < len(chunks) and not parts:
        offset, chunk = chunks[k]
        words = chunk.split()
        k += 1
        if not words:
            continue
        if words[0].lower() in INTRO_WORDS:
            continue  # "On Tuesday", "In a statement"
        np = _leading_np(words)
        if not np:
            return None
        parts.append((offset + chunk.find(np), np))
        if not NAME_RUN.search(np.split()[-1]) and k < len(chunks):
            nxt_offset, nxt = chunks[k]
            name = nxt.strip()
            if NAME_RUN.fullmatch(name) and looks_like_speaker(name):
                parts[0] = (nxt_offset + nxt.find(name), name)
                k += 1
    if not parts:
        return None
    for offset, chunk in chunks[k:]:
        words = chunk.split()
        if len(words) > 1 and words[0].lower() == "and":
            np = _leading_np(words[1:])
            if np and NAME_RUN.match(np):
                parts.append((offset + chunk.find(np), np))
    start = parts[0][0]
    end = parts[-1][0] + len(parts[-1][1])
    speakers = tuple(name for _, p in parts for name in split_coordination(p))
    return text[start:end], start, speakers, "subject"


def _leading_np(words: list[str]) -> str | None:
    """The noun phrase at the start of a clause: names, titles, determiners, role nouns."""
    out: list[str] = []
    for i, w in enumerate(words):
        bare = w.strip(".,;:()").lower()
        if not out and bare.endswith("ing"):
            return None  # "Adopting the recommendations, the board ruled"
        if bare == "and" and out and out[-1][:1].isupper() and i + 1 < len(words) and words[i + 1][:1].isupper():
            out.append(w)  # "Felix Amundsen and Sara Holm"
            continue
        if w[:1].isupper() or bare in ("the", "a", "an", "of") or bare in TITLES or bare in SOURCE_NOUNS:
            if bare in NOT_IN_SPEAKER and out:
                break
            out.append(w)
            continue
        if not out and bare in ("he", "she", "they", "it", "we", "i"):
            return w
        break
    while out and out[-1].lower().strip(",.") in ("the", "a", "an", "of"):
        out.pop()
    phrase = " ".join(out).strip(",")
    return phrase if phrase and looks_like_speaker(phrase) else None


def colon_intro(masked: str, sent_start: int, at: int) -> Attribution | None:
    """'Hoff's letter makes the case: "..."' / 'Philip Bump: "..."': a sentence that ends in a
    colon right before the quotation introduces it, speech verb or not; its subject spoke."""
    left = masked[sent_start:at].rstrip()
    if not left.endswith(":"):
        return None
    found = before_quote(masked, sent_start, sent_start + len(left))
    if found is not None:
        return found
    body = _PARENTHESES.sub(lambda m: " " * len(m.group()), left[:-1])
    subject = _sentence_subject(body)
    if subject is None:
        return None
    phrase, offset, parts, _ = subject
    return Attribution(phrase, sent_start + offset, parts, None, "colon", 0.6)


_DASH_LINE = re.compile(r"[-\u2014\u2013]+\s*([^\n]{2,80}?)[.,]?\s*$")


def dash_signature(masked: str, p_start: int, p_end: int) -> Attribution | None:
    """A paragraph that is only a dash and a name ("- Hillary Clinton.") signs the quotation above."""
    m = _DASH_LINE.match(masked, p_start, p_end)
    if not m:
        return None
    phrase = clean(m.group(1).partition(", ")[0])
    if not phrase or not NAME_RUN.match(phrase) or not looks_like_speaker(phrase):
        return None
    return Attribution(phrase, m.start(1), split_coordination(phrase), None, "signature", 0.7)


def paragraph_subject(masked: str, sent_start: int, p_end: int) -> Attribution | None:
    """The named subject of a paragraph's last sentence ("Valastro praised Christie's record."),
    for a quotation paragraph that follows it with no attribution of its own."""
    sentence = masked[sent_start:p_end]
    if FILLER in sentence:
        return None
    subject = _sentence_subject(_PARENTHESES.sub(lambda m: " " * len(m.group()), sentence))
    if subject is None:
        return None
    phrase, offset, parts, _ = subject
    if not _names_someone(parts):
        return None
    return Attribution(phrase, sent_start + offset, parts, None, "context", 0.5)


_SPEECH_NOUNS = "call|calls|promise|promises|pledge|claim|claims|comment|comments|remark|remarks|" \
    "statement|words|description|warning|vow|assertion|slogan|tweet|message|phrase|demand|plea|" \
    "insistence|argument|charge|accusation|characterization|label|praise|criticism|attack|refrain|" \
    "mantra|motto|rallying cry|catchphrase|boast|answer|response|reply|question|suggestion|advice"
_POSSESSIVE = re.compile(
    rf"(?P<who>(?:[A-Z][\w.\-]*\s+){{0,3}}[A-Z][\w.\-]*(?:'s|’s|'|’)|\b(?:his|her|their|its)\b)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}(?:{_SPEECH_NOUNS})(?:\s+(?:for|of|that|about|to))?\s+(?:a\s+|an\s+|the\s+)?$")


def possessive_source(masked: str, sent_start: int, at: int) -> Attribution | None:
    """'Obama's "if you like your plan" promise', 'his call for "a total ban"': the owner of
    the words is the speaker."""
    left = masked[max(sent_start, at - 120):at]
    m = _POSSESSIVE.search(left)
    if not m:
        return None
    who = m.group("who")
    phrase = who if who.lower() in ("his", "her", "their", "its") else strip_possessive(who)
    phrase = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(phrase.lower(), phrase)
    if not looks_like_speaker(phrase):
        return None
    start = at - len(left) + m.start("who")
    return Attribution(phrase, start, (phrase,), None, "possessive", 0.6)


def following_statement(masked: str, sent_start: int, sent_end: int) -> Attribution | None:
    """'"It is a quiet masterpiece." | Jury president Viktor Lund said the vote ...': a
    quotation paragraph with no attribution, followed by a paragraph that opens with someone
    named saying something, is theirs."""
    cues = [c for c in find_cues(masked, sent_start, sent_end) if _is_verb_use(masked, c)]
    if not cues:
        return None
    found = subject_of(masked[sent_start:sent_end], cues[0].start() - sent_start)
    if found is None or not _names_someone(found[2]):
        return None
    phrase, offset, parts, _ = found
    return Attribution(phrase, sent_start + offset, parts, cues[0].group(), "following", 0.5)


def _names_someone(parts: tuple[str, ...]) -> bool:
    """Do the phrases name a person or organisation, not just describe one ("The jury")?"""
    return all(parse_mention(p).kind in ("person", "organisation") for p in parts)
