"""Reading a speaker as written ("Chinese Foreign Minister Wang Yi", "the senior envoy", "he")
into what it says: a name, a role, a kind, or a pronoun to resolve later.

>>> m = parse_mention("Chinese Foreign Minister Wang Yi")
>>> m.name, m.role, m.kind
('Wang Yi', 'Chinese Foreign Minister', 'person')
>>> parse_mention("the White House").name, parse_mention("the White House").kind
('White House', 'organisation')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from quotes_api.extraction import families
from quotes_api.extraction.cues import is_cue_word
from quotes_api.extraction.headlines import cut_headline_verb
from quotes_api.extraction.lexicon import (
    NOT_IN_SPEAKER,
    NOT_NAMES,
    ORG_HEADS,
    PRONOUNS,
    SOURCE_NOUNS,
    TITLES,
)
from quotes_api.extraction.lexicon.bodies import PLACE_BODIES
from quotes_api.extraction.lexicon.function_words import (
    GOVERNING,
    MODIFYING_WORDS,
    NOT_APPOSITION,
    PREPOSITIONS,
    QUANTIFIERS,
)
from quotes_api.extraction.lexicon.people import ABBREVIATED_TITLES, HONORIFICS, MODIFIER_TITLES
from quotes_api.extraction.lexicon.times import WEEKDAYS
from quotes_api.extraction.lone_words import lone_name_kind
from quotes_api.extraction.name_parts import (
    MODIFIER_COMPOUND,
    has_given_name,
    is_place,
    is_title,
    kind_of_name,
    split_role,
)
from quotes_api.extraction.of_names import join_of_names

# A capitalised word: initials and acronyms with dots (U.S.), short abbreviations (Sen., J.),
# or a word (McCaul, O'Brien, Indo-Pacific) whose full stop, if any, ends the sentence and so
# the run ("Washington. Wang" is two runs).


def _rest_of_abbreviation() -> str:
    """What follows an abbreviation's capital ("en" of "Sen"), checked against that capital by a
    one-letter look-behind. Every alternative of ``_CAP`` thus opens with ``[A-Z]``, which lets
    the regex engine skip straight to capitals instead of trying each abbreviation at every
    character (4x faster over a news article)."""
    by_initial: dict[str, list[str]] = {}
    for word in ABBREVIATED_TITLES:
        by_initial.setdefault(word[0], []).append(word[1:])
    return "|".join(f"(?<={initial})(?:{'|'.join(rests)})" for initial, rests in by_initial.items())


# The look-ahead before the abbreviations is implied by them (lower-case letters, then a full
# stop): most capitals are followed by no full stop, and one test spares trying each initial's
# look-behind at every capital of the text (NAME_RUN over a news article 20 % faster).
_CAP = (
    rf"[A-Z](?:(?:\.[A-Z])+\.|(?=[a-z]*+\.)(?:{_rest_of_abbreviation()})?\.(?=[ \t\u00a0]+[A-Z])|"
    r"(?:[\w'’\-\u0300-\u036f]|(?<=[\u0300-\u036fÃÂ])[\u0080-\u00bf])*)"
)
# Lower-case particles inside names (Ludwig van Beethoven, Osama bin Laden).
_PARTICLE = r"(?:van|von|de|da|di|du|del|della|der|den|la|le|bin|ibn|al|el|ter|St\.)"
_GAP = r"[ \t\u00a0]+"
NAME_RUN = re.compile(rf"{_CAP}(?:{_GAP}(?:{_PARTICLE}{_GAP})?{_CAP})*")
# The same runs, for ``finditer`` alone (nothing after the run to match). A word's letters are
# taken in one possessive repeat, not one general repeat step each (the regex engine's costliest
# loop): the same greedy reading, three times fewer instructions. Possessive, so no backtracking
# into a word; kept out of the patterns built on NAME_RUN, where text after the run must match.
_WORD_REST = r"[\w'’\-\u0300-\u036f]"
_CAP_SCAN = _CAP.replace(
    rf"(?:{_WORD_REST}|(?<=[\u0300-\u036fÃÂ])[\u0080-\u00bf])*",
    rf"{_WORD_REST}*+(?:(?<=[\u0300-\u036fÃÂ])[\u0080-\u00bf]{_WORD_REST}*+)*+",
)
assert _CAP_SCAN != _CAP
# The particles by their first letter, not tried one after another after every word that ends
# a run; the same words, and a gap must follow each, so the nested reading takes the same one.
# The repeats are possessive: once a run is read, nothing after it can fail.
_PARTICLE_SCAN = r"(?:v[ao]n|d(?:e(?:lla|l|r|n)?|[aiu])|l[ae]|bin|ibn|[ae]l|ter|St\.)"
NAME_RUN_SCAN = re.compile(rf"{_CAP_SCAN}(?:{_GAP}(?:{_PARTICLE_SCAN}{_GAP})?{_CAP_SCAN})*+")
_PAREN = re.compile(r"\s*\([^()]*\)")
_RELATIVE = re.compile(r"\s+(?:who|which|whose)\s+")
_DETERMINER = re.compile(r"^(?:the|a|an|one|two|three|four|five|several|some|many|other|another)\s+", re.I)
_ORG_DETERMINER = re.compile(r"^the\s+", re.I)
_BODY_WITH_THE = re.compile(r"[Tt]he\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+$")
_OWNER = re.compile(r"\b(?!(?:Women|Children|People|Men)['’]s)[A-Z][\w.-]*['’]s\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker as written, and what could be read from it without the rest of the document."""

    text: str
    name: str | None  # the proper name in it, titles removed; None for pronouns and descriptions
    role: str | None
    kind: str  # person | organisation | unnamed | pronoun
    pronoun: str | None = None
    plural: bool = False


def _is_weekday(word: str) -> bool:
    return strip_possessive(word).lower() in WEEKDAYS


def without_weekdays(phrase: str) -> str:
    """The phrase without the weekdays that end it: a weekday after a name or a noun dates the
    event ("in Dunmore, Ohio Monday", "a poll released Thursday"), it never names anyone.

    >>> without_weekdays("a poll released Thursday"), without_weekdays("Tom Ray on Sunday")
    ('a poll released', 'Tom Ray')
    """
    words = phrase.split()
    if len(words) < 2 or not _is_weekday(words[-1]):
        return phrase
    while len(words) > 1 and _is_weekday(words[-1]):
        words.pop()
    # "said Mayor Ann Pike on Sunday", "last Monday": the words that led to the date go too
    while len(words) > 1 and (words[-1] in PREPOSITIONS or words[-1] in MODIFYING_WORDS):
        words.pop()
    return " ".join(words)


def _main_run(phrase: str) -> str | None:
    """The capitalised run that names the speaker: the last one not governed by a preposition
    ("Michael McCaul of Texas" → "Michael McCaul"); "Secretary of State" stays one run. A
    weekday is no run ("a Wednesday editorial in the Dunmore Ledger" → the Ledger)."""
    phrase = join_of_names(phrase)
    best = None
    for m in NAME_RUN.finditer(phrase):
        if all(_is_weekday(w) for w in m.group().split()):
            continue
        before = phrase[: m.start()].split()
        governed = bool(before) and before[-1].lower() in GOVERNING
        body = before[-2:-1] != [] and before[-2].lower() in PLACE_BODIES  # "the state of Texas"
        if governed and (
            best is not None or (before[-1].lower() != "for" and not body and is_place(m.group()))
        ):
            continue  # "the senator from Vermont": where the speaker is from, not who
        best = m.group()
    if best:  # "Merenland's Ministry of Fisheries" → "Ministry of Fisheries"; "Fishers' Association" stays
        best = _OWNER.split(best)[-1]
    return best.replace("_", " ") if best else None


@functools.lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """White space collapsed, parentheses ("(R-Texas)") and edge punctuation removed. Cached:
    each rule and each resolution step cleans the same speaker phrase again."""
    text = _PAREN.sub("", text)
    return " ".join(text.split()).strip(" ,;:-–—\"'“”‘’()[]")


def strip_possessive(word: str) -> str:
    return re.sub(r"[’']s?$", "", word) if word.endswith(("'s", "’s", "'", "’")) else word


@functools.lru_cache(maxsize=65536)
def parse_mention(text: str) -> Mention:
    """Interpret one speaker phrase, independent of the document it came from."""
    text = clean(text)
    low = re.sub(r"['’]s$", "", text.lower())  # "He's predicting": he
    if low in PRONOUNS:
        return Mention(text, None, None, "pronoun", low, PRONOUNS[low][1])
    head, _, apposition = text.partition(", ")
    head = _RELATIVE.split(head)[0]
    role_extra = apposition.strip() or None
    bare = _DETERMINER.sub("", without_weekdays(head))
    run = _main_run(bare)
    run = cut_headline_verb(run) if run else run  # "Clinton Says" → Clinton
    tail = strip_possessive(bare.split()[-1]) if bare.split() else ""
    if run and tail[:1].islower() and tail.lower() not in ("of",):
        # "one Trump confidant", "Trump's attorney": a description, whoever it names
        last = bare.lower().split()[-1]
        return Mention(text, None, bare, "unnamed", plural=last.endswith("s") and not last.endswith("ss"))
    if run:
        words = run.lower().split()
        if kind_of_name(run) == "organisation" and (words[-1].rstrip(".") in ORG_HEADS or "of" in words):
            return Mention(text, _ORG_DETERMINER.sub("", run), role_extra, "organisation")
        prefix = bare[: bare.rfind(run)].strip()
        if prefix.split()[-1:] in (["al"], ["el"], ["bin"], ["ibn"]):  # "al Qaeda", "bin Laden"
            particle = prefix.split()[-1]
            prefix, run = prefix[: -len(particle)].strip(), f"{particle} {run}"
        role, name = split_role(strip_possessive(run).rstrip(".,"))
        name = families.with_suffix_dot(name)
        role = " ".join(x for x in (prefix, role) if x and x.lower() not in HONORIFICS) or None
        if name and (lone := lone_name_kind(name, role, head.lower().startswith("the "))) is not None:
            if lone == "organisation":  # "The American Legion": the whole run names the body
                return Mention(
                    text, _ORG_DETERMINER.sub("", strip_possessive(run)), role_extra, "organisation"
                )
            return Mention(text, None, bare, "unnamed", plural=name.lower().endswith("s"))
        if name and not all(is_title(w) for w in name.split()):
            kind = kind_of_name(name)
            if (
                kind == "person"
                and not role
                and _BODY_WITH_THE.match(head)
                and not has_given_name(name)
                and not is_title(name.split()[-1])  # "the Wisconsin Republican": someone described
            ):
                kind = "organisation"  # "The Daily Caller", "the Plain Dealer": no person is written so
            if role_extra and kind == "person":
                role = role_extra if not role else f"{role}, {role_extra}"
            return Mention(text, name, role, kind, plural=" and " in head)
    words = bare.lower().split()
    if words and MODIFIER_COMPOUND.fullmatch(bare.split()[-1]):
        return Mention(text, None, None, "unnamed")  # "his Orlando-based": its noun was cut off
    plural = bool(words) and words[-1].endswith("s") and not words[-1].endswith("ss")
    return Mention(text, None, bare or None, "unnamed", plural=plural)


def _inside_title(words: list[str], i: int) -> bool:
    """Is the capitalised word at ``i`` inside a run of capitalised words ("CBS This Morning")?"""
    return (
        words[i][:1].isupper()
        and words[i - 1][:1].isupper()
        and i + 1 < len(words)
        and words[i + 1][:1].isupper()
    )


@functools.lru_cache(maxsize=65536)
def looks_like_speaker(text: str) -> bool:
    """Could this phrase, standing before or after a speech verb, be who spoke?

    Its head (the part before any apposition) must end in a name, a pronoun, or a noun for
    a source ("the Russian leader", "officials"), and hold no clause words or verbs.
    """
    text = clean(text)
    if not text or len(text) > 160:
        return False
    head, _, apposition = text.partition(", ")
    words = head.split()
    if not words or len(words) > 10:
        return False
    if apposition.split(" ", 1)[0].lower() in NOT_APPOSITION:
        return False  # "voters, while Clinton leads": a clause, not an apposition
    low = [w.lower().strip(",.;:").replace("\u2019", "'") for w in words]
    if len(words) == 1 and low[0] in PRONOUNS:
        return low[0] not in ("him", "her")
    modal_name = low[0] in ("will", "may") and words[0][:1].isupper()
    # "Will Doyle", "May Lin": a given name that is also a modal verb; "Will" alone before the
    # verb is a surname ('"...," Will urged voters'), since a modal verb is never a speaker
    given_name = modal_name and (len(words) == 1 or words[1][:1].isupper())
    if (low[0] in PREPOSITIONS or low[0] in NOT_IN_SPEAKER) and not given_name:
        return False
    if all(w in NOT_NAMES for w in low):
        return False  # "Sunday", "Earlier Wednesday", "Just": times and sentence openers
    for i, w in enumerate(low[1:], start=1):
        if w == "and" and words[i - 1][:1].isupper() and i + 1 < len(words) and words[i + 1][:1].isupper():
            continue  # "McCaul and Kim"
        if _inside_title(words, i):
            continue  # "CBS This Morning co-anchor Ann Pike": a programme's name
        if w in NOT_IN_SPEAKER or w in PRONOUNS:
            return False
    if any(
        is_cue_word(w) and words[i][:1].islower() and w not in SOURCE_NOUNS and w not in TITLES
        for i, w in enumerate(low)
    ):
        return False
    last = strip_possessive(words[-1].strip(",.;:"))
    if last[:1].isupper():
        return low[-1] not in QUANTIFIERS and not all(w in QUANTIFIERS for w in low)
    singular = low[-1][:-1] if low[-1].endswith("s") else low[-1]
    if low[-1].endswith("men"):
        singular = low[-1][:-3] + "man"  # "chairmen", "congressmen"
    if low[-1] in MODIFIER_TITLES:
        return False  # "The first", "the former": a title's modifier with no head noun
    return low[-1] in SOURCE_NOUNS or singular in SOURCE_NOUNS or low[-1] in TITLES
