"""The cue lexicon: verbs and phrases that introduce speech or a stated attitude.

Every verb is listed once by its base form; all inflections (said, says, saying, has said)
come from :func:`inflections`, so adding a verb is one word.

>>> sorted(inflections("say"))
['said', 'say', 'saying', 'says']
>>> [c.group() for c in find_cues("He went on to say, as she told Reuters, that")]
['went on to say', 'told']
"""

from __future__ import annotations

import re

# Irregular past forms (and past participles where they differ).
_IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "speak": ("spoke", "spoken"),
    "read": ("read",), "swear": ("swore", "sworn"), "think": ("thought",), "hold": ("held",),
    "sing": ("sang", "sung"), "teach": ("taught",), "foresee": ("foresaw",), "forbid": ("forbade",),
    "plead": ("pleaded", "pled"), "put": ("put",), "begin": ("began", "begun"),
}

# Verbs that report speech or writing. Base forms only.
SPEECH_VERBS = """
say tell add write state note explain claim argue insist declare announce answer reply respond
remark observe comment continue conclude recall recount confirm deny admit acknowledge concede
warn caution urge plead beg ask question wonder demand suggest propose predict promise pledge
vow swear assure boast brag complain lament grumble protest object charge accuse allege
contend maintain assert affirm emphasize emphasise stress point tweet retweet post blog email
text testify report reveal disclose inform mention joke quip shout yell scream cry
exclaim whisper mutter murmur sigh chant sing read speak elaborate clarify counter retort
rebut snap fire shoot gush rave praise criticize criticise condemn blast slam attack mock
decry denounce dismiss reject describe call term label brand dub characterize characterise
hail welcome thank congratulate apologize apologise regret tout hint indicate signal estimate
calculate forecast recommend advise agree disagree concur think believe feel hope fear
worry expect doubt voice express reiterate repeat underline underscore summarize
summarise sum offer interject chime begin start open close finish end muse reflect
figure guess reckon surmise speculate theorize confess lecture preach
order instruct direct command threaten challenge dare press implore appeal
cite quote paraphrase relate narrate recite interrupt
bark scoff laugh sneer growl fume rant rail thunder intone opine proclaim pronounce vent
bemoan blame herald deride grouse assail defend portray scold chide refer
gripe lash venture volunteer wager cheer marvel exult crow taunt tease exhort snipe
remember echo crack
""".split()

# Cues that are not a single verb. Kept as written; matched case-insensitively.
PHRASES = [
    "according to", "went on to say", "goes on to say", "go on to say", "going on to say",
    "in a statement", "in an interview", "in a tweet", "in a post", "in a letter",
    "in a speech", "in remarks", "as saying", "quoted as saying", "was quoted as saying",
    "were quoted as saying", "was quoted saying", "in the words of", "per", "put it",
    "puts it", "putting it", "shot back", "hit back", "hits back", "hitting back",
]


# A one-syllable verb ending in one vowel and one consonant doubles that consonant (slam →
# slammed, snap → snapping), as do these longer ones stressed on their last syllable.
_CVC = re.compile(r"(?:qu|[^aeiou])*[aeiou][^aeiouwxy]")
_STRESSED_LAST = frozenset("admit begin commit concur confer defer forbid omit prefer rebut refer "
                           "regret".split())


def inflections(verb: str) -> set[str]:
    """The base form and its -s, -ed and -ing forms, regular or not.

    >>> sorted(inflections("echo"))
    ['echo', 'echoed', 'echoes', 'echoing']
    >>> sorted(inflections("snap"))
    ['snap', 'snapped', 'snapping', 'snaps']
    """
    stem = verb + verb[-1] if _CVC.fullmatch(verb) or verb in _STRESSED_LAST else verb
    forms = {verb}
    if verb.endswith(("s", "sh", "ch", "x", "z")) or (verb.endswith("o") and verb[-2:-1] not in "aeiou"):
        forms.add(verb + "es")
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if verb in _IRREGULAR:
        forms.update(_IRREGULAR[verb])
    elif verb.endswith("e"):
        forms.add(verb + "d")
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms.add(verb[:-1] + "ied")
    else:
        forms.add(stem + "ed")
    if verb.endswith("ie"):
        forms.add(verb[:-2] + "ying")
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        forms.add(verb[:-1] + "ing")
    else:
        forms.add(stem + "ing")
    return forms


CUE_WORDS: frozenset[str] = frozenset(form for verb in SPEECH_VERBS for form in inflections(verb))

# Verbs whose -ing form is also a common noun or adjective; they only cue in verb positions.
WEAK_CUES = frozenset({"reading", "offering", "posting", "ending", "opening", "closing", "feeling",
                       "hope", "fear", "order", "post", "report", "end", "start", "close",
                       "open", "question", "answer", "call", "text", "point", "press", "fire",
                       "shoot", "sum", "figure", "guess", "counter", "lecture", "quote", "cite",
                       "estimate", "forecast", "appeal", "challenge", "dare", "attack", "blast",
                       "charge", "email", "cry", "welcome", "thank", "regret", "signal",
                       "comment", "reply", "repeat", "crack", "cracked", "cracking", "echo",
                       "echoes"})

# Verbs whose noun phrase after them is their object ("thanked the mayor"): unlike "said" or
# "asked", they are never followed by their speaker ('"...," said the mayor').
_OBJECT_VERBS = """
thank praise criticize criticise condemn blast slam attack mock decry denounce dismiss reject
describe call term label brand dub characterize characterise hail welcome congratulate tout
blame deride assail scold chide portray defend accuse tell quote cite lash taunt tease
""".split()
OBJECT_CUES: frozenset[str] = frozenset(form for verb in _OBJECT_VERBS for form in inflections(verb))

# "refer" cues a quotation only in the frame 'referred to X as "..."'; "he referred to the
# "New Class"" names a thing, and "the case was referred to" is no speech at all.
AS_FRAME_CUES: frozenset[str] = frozenset(inflections("refer"))

_phrase_alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(PHRASES, key=len, reverse=True))
_PHRASE_RE = re.compile(rf"(?:{_phrase_alt})\b", re.IGNORECASE)
_PHRASE_STARTS = frozenset(p.split()[0] for p in PHRASES)
_WORD = re.compile(r"[A-Za-z]+")


class Cue:
    """A cue found in text: the same small interface as a regular-expression match."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """Every cue in ``text[start:end]``, in order.

    A word scan with set look-ups rather than one regular expression of a thousand
    alternatives: several times faster, and linear in the text.
    """
    end = len(text) if end is None else end
    out: list[Cue] = []
    inside = start  # the end of the last phrase found: its words are not cues again
    for m in _WORD.finditer(text, start, end):
        if m.start() < inside:
            continue
        word = m.group().lower()
        if word in _PHRASE_STARTS:
            phrase = _PHRASE_RE.match(text, m.start(), end)
            if phrase:
                out.append(Cue(phrase.start(), phrase.end(), phrase.group()))
                inside = phrase.end()
                continue
        if word in CUE_WORDS:
            out.append(Cue(m.start(), m.end(), m.group()))
    return out


def cue_at(text: str, at: int) -> Cue | None:
    """The cue starting exactly at ``at``, if any."""
    m = _WORD.match(text, at)
    if not m:
        return None
    found = find_cues(text, at, m.end() + 40)
    return found[0] if found and found[0].start() == at else None


def is_cue_word(word: str) -> bool:
    """Is ``word`` (any case) an inflection of a speech verb?"""
    return word.lower() in CUE_WORDS
