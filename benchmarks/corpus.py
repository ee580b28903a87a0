"""A synthetic news corpus: deterministic, news-style articles full of attributed quotations.

Every article is about 5 KB of plain text (a headline, then paragraphs separated by blank
lines) built from templates, with the attribution forms real news uses: ``"...," X said``,
``"...," said X, role``, colon introductions, ``according to X``, split quotations,
quotations over several paragraphs, pronouns, role descriptions, organisations, several
speakers, and quoted words that are not quotations (scare quotes, titles). Speakers are
invented people and organisations drawn from a long-tailed (Zipf-like) distribution: a few
speak in very many articles, most in a handful. On top of the recurring cast, most articles
also quote a local voice who appears in that article only, so at a million quotes the top
speakers have tens of thousands of quotes while most speakers have a handful.

The same ``(n_docs, seed)`` always gives the same documents, and ``generate(n, seed)`` is a
prefix of ``generate(m, seed)`` for ``n < m``.

    python -m benchmarks.corpus --docs 1000 --seed 0 --out corpus.jsonl
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TextIO

TARGET_CHARS = 5000
N_PEOPLE = 3000
N_ORGANISATIONS = 120
ZIPF_EXPONENT = 1.1
#: Share of articles that also quote a one-off local voice (a person in no other article).
LOCAL_VOICE_SHARE = 0.6
#: Chance that the next paragraph is a quotation rather than narrative. At 0.25 an article
#: carries about 2.3 quotations per KB, as real news does (the PolNeAR corpus of political
#: news averages 2.2 annotated quotations per KB, 10 in a 4.5 KB article). ``DENSE_QUOTE_SHARE``
#: triples that, as a stress case for the extractor.
QUOTE_SHARE = 0.25
DENSE_QUOTE_SHARE = 0.65

_ONSETS = [
    "b",
    "d",
    "f",
    "g",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "br",
    "dr",
    "gr",
    "kr",
    "st",
    "th",
    "sh",
    "ch",
    "tr",
    "h",
    "j",
    "w",
]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"]
_CODAS = ["", "", "", "n", "r", "l", "s", "m", "th", "nd", "rk", "ck", "x", "ll"]
_SURNAME_ENDINGS = [
    "son",
    "berg",
    "ford",
    "ley",
    "wick",
    "ström",
    "ova",
    "ez",
    "ini",
    "ard",
    "mann",
    "ton",
    "ridge",
    "ski",
    "vic",
    "haus",
    "",
    "",
    "",
]
_FEMALE_ENDINGS = ["a", "ia", "elle", "ine", "ette", "ara"]
_MALE_ENDINGS = ["o", "an", "or", "us", "ard", "el"]

_ROLES = [
    ("Finance Minister", "the minister"),
    ("Health Minister", "the minister"),
    ("Foreign Minister", "the minister"),
    ("Mayor", "the mayor"),
    ("Senator", "the senator"),
    ("Governor", "the governor"),
    ("chief executive", "the chief executive"),
    ("chief economist", "the economist"),
    ("head coach", "the coach"),
    ("Councillor", "the councillor"),
    ("union leader", "the union leader"),
    ("professor of economics", "the professor"),
    ("police chief", "the police chief"),
    ("Ambassador", "the ambassador"),
    ("spokeswoman", "the spokeswoman"),
    ("opposition leader", "the opposition leader"),
    ("director", "the director"),
]
_ORG_FORMS = [
    "Ministry of {}",
    "{} Bank",
    "{} Federation",
    "{} Council",
    "Department of {}",
    "{} Association",
    "{} Institute",
    "{} Trust",
]
_ORG_WORDS = [
    "Transport",
    "Defence",
    "Fisheries",
    "Northgate",
    "Harbour",
    "Small Traders",
    "Energy",
    "Housing",
    "Eastholm",
    "Rivermouth",
    "Public Health",
    "Agriculture",
    "Coastal",
    "Kestrel",
]
_OUTLETS = [
    "Reuters",
    "the Eastholm Courier",
    "the Harbour Post",
    "reporters",
    "the BBC",
    "parliament",
    "a press conference",
    "the Daily Signal",
]
_SOURCES = ["Eastholm Courier", "Harbour Post", "Daily Signal", "Northern Wire", "City Ledger"]
_PLACES = ["Eastholm", "Rivermouth", "Kestrel Bay", "Harlow", "Sarn", "Lunn", "Northgate", "Westmere"]
_TOPICS = [
    "the budget",
    "the new bridge",
    "the ferry timetable",
    "the housing plan",
    "the trade deal",
    "the hospital merger",
    "interest rates",
    "the fishing quota",
    "the stadium project",
    "the rail strike",
    "the water bill",
    "the school reform",
]

_SUBJECTS = [
    "We",
    "Our members",
    "The people of {place}",
    "Families in {place}",
    "Our partners",
    "Residents",
    "Local businesses",
    "You and I",
]
_VERBS = [
    "will not accept",
    "have waited too long for",
    "cannot afford",
    "are ready to support",
    "will fight",
    "need to rethink",
    "have always opposed",
    "will deliver",
    "must protect",
    "do not understand",
]
_OBJECTS = [
    "{topic}",
    "a deal that leaves people behind",
    "another year of delays",
    "the cuts that are coming",
    "an honest answer",
    "a fair settlement",
    "these prices",
    "the promises made in {year}",
]
_TAILS = [
    "",
    "",
    " before the summer",
    " and we will say so loudly",
    ", whatever it costs",
    " in the coming weeks",
    ", and everyone in {place} knows it",
    " until the work is done",
]
_FRAGMENTS = [
    "a disgrace",
    "deeply worrying",
    "a turning point",
    "completely unacceptable",
    "the last straw",
    "a victory for common sense",
    "constructive",
    "evasive",
    "long overdue",
    "a tax on survival",
    "reckless",
    "a step in the right direction",
]
_DEMANDS = [
    "an urgent review",
    "a fresh start",
    "more time",
    "urgent relief",
    "an independent inquiry",
    "a pause in the work",
    "fair pay",
    "new elections",
]
_FILLER = [
    "The plan was first announced in {year} and has been revised {n} times since.",
    "Officials in {place} said a final decision was expected by the end of the month.",
    "About {n},000 residents are affected, according to figures published on {day}.",
    "The proposal will be debated again on {day}, when a vote is expected.",
    "Critics point out that the costs have risen by a third since the project began.",
    "The talks, which began in {year}, have stalled several times over funding.",
    "Shares in local firms fell slightly after the announcement on {day}.",
    "Turnout at the last local election in {place} was {n}0 per cent.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True, slots=True)
class Person:
    """An invented speaker: name, grammatical gender for pronouns, and a role."""

    first: str
    last: str
    female: bool
    role: str
    role_description: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def pronoun(self) -> str:
        return "she" if self.female else "he"


@dataclass(frozen=True, slots=True)
class Cast:
    """The speakers of a corpus with their Zipf weights (cumulative, for sampling)."""

    people: list[Person]
    organisations: list[str]
    cumulative: list[float]

    def pick(self, rng: random.Random) -> Person:
        at = bisect.bisect_left(self.cumulative, rng.random() * self.cumulative[-1])
        return self.people[min(at, len(self.people) - 1)]


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables))


def _cast(seed: int) -> Cast:
    rng = random.Random(f"quotes-api-corpus-cast-{seed}")
    people, seen = [], set()
    while len(people) < N_PEOPLE:
        female = rng.random() < 0.5
        ending = rng.choice(_FEMALE_ENDINGS if female else _MALE_ENDINGS)
        first = (_word(rng, rng.choice((1, 1, 2))) + ending).capitalize()
        last = (_word(rng, rng.choice((1, 2))) + rng.choice(_SURNAME_ENDINGS)).capitalize()
        if (first, last) in seen or len(last) < 3:
            continue
        seen.add((first, last))
        role, description = rng.choice(_ROLES)
        people.append(Person(first, last, female, role, description))
    orgs = sorted({rng.choice(_ORG_FORMS).format(rng.choice(_ORG_WORDS)) for _ in range(N_ORGANISATIONS)})
    weights = [1.0 / (rank**ZIPF_EXPONENT) for rank in range(1, N_PEOPLE + 1)]
    return Cast(people, orgs, list(itertools.accumulate(weights)))


def _local_voice(rng: random.Random) -> Person:
    """A person quoted in one article only: longer invented names, so they never meet the cast."""
    female = rng.random() < 0.5
    first = (_word(rng, 2) + rng.choice(_FEMALE_ENDINGS if female else _MALE_ENDINGS)).capitalize()
    last = (_word(rng, 2) + rng.choice(_SURNAME_ENDINGS)).capitalize()
    role, description = rng.choice(_ROLES)
    return Person(first, last, female, role, description)


class _Article:
    """Builds one article paragraph by paragraph."""

    def __init__(self, rng: random.Random, cast: Cast, topic: str, place: str) -> None:
        self.rng, self.cast, self.topic, self.place = rng, cast, topic, place
        self.paragraphs: list[str] = []
        self.introduced: set[Person] = set()
        self.last: Person | None = None

    def fill(self, template: str) -> str:
        r = self.rng
        return template.format(
            topic=self.topic,
            place=self.place,
            year=r.randint(2009, 2023),
            n=r.randint(2, 9),
            day=r.choice(_DAYS),
        )

    def sentence(self) -> str:
        r = self.rng
        text = f"{r.choice(_SUBJECTS)} {r.choice(_VERBS)} {r.choice(_OBJECTS)}{r.choice(_TAILS)}"
        text = self.fill(text)
        return text[0].upper() + text[1:]

    def quote(self, sentences: int = 1, end: str = ",") -> str:
        body = ". ".join(self.sentence() for _ in range(sentences))
        return body + end

    def name(self, p: Person, final: bool = False) -> str:
        """Full name with role on first mention ("Mayor X Y", "X Y, head coach,"), the surname after.

        ``final``: the name ends its sentence, so an apposition takes no closing comma.
        """
        if p in self.introduced:
            return p.last
        self.introduced.add(p)
        if p.role[0].isupper():
            return f"{p.role} {p.full}"
        return f"{p.full}, {p.role}" if final else f"{p.full}, {p.role},"

    def add(self, text: str) -> None:
        self.paragraphs.append(text)

    def quote_paragraph(self, speaker: Person) -> None:
        r = self.rng
        form = r.randrange(12)
        said = r.choice(["said", "said", "added", "told reporters", "insisted", "warned", "explained"])
        if form == 0:  # "...," said X, role.
            fresh = speaker not in self.introduced
            self.introduced.add(speaker)
            who = f"{speaker.full}, {speaker.role.lower()} in {self.place}" if fresh else speaker.last
            self.add(f'"{self.quote()}" said {who}.')
        elif form == 1:  # "...," X said.
            self.add(f'"{self.quote(r.randint(1, 2))}" {self.name(speaker)} {said}.')
        elif form == 2:  # X told outlet: "..."
            self.add(f'{self.name(speaker)} told {r.choice(_OUTLETS)}: "{self.quote(end=".")}"')
        elif form == 3:  # ... "fragment", according to X.
            topic = self.topic[0].upper() + self.topic[1:]
            self.add(f'{topic} is "{r.choice(_FRAGMENTS)}", according to {self.name(speaker, final=True)}.')
        elif form == 4:  # split quotation
            first, rest = self.quote(), self.quote(end=".")
            self.add(f'"{first}" {self.name(speaker)} said, "{rest[0].lower()}{rest[1:]}"')
        elif form == 5 and speaker in self.introduced:  # pronoun
            self.add(f'"{self.quote(r.randint(1, 3))}" {speaker.pronoun} {said}.')
        elif form == 6 and speaker in self.introduced:  # role description
            self.add(f'"{self.quote()}" {speaker.role_description} added.')
        elif form == 7:  # described ... as "..."
            fragment = r.choice(_FRAGMENTS)
            self.add(f'{self.name(speaker)} described {self.topic} as "{fragment}".')
        elif form == 8:  # over several paragraphs
            self.add(f'{self.name(speaker)} said: "{self.quote(2, end=".")}')
            for _ in range(r.randint(0, 2)):
                self.add(f'"{self.quote(r.randint(1, 2), end=".")}')
            self.add(f'"{self.quote(end=".")}"')
        elif form == 9:  # organisation
            org = r.choice(self.cast.organisations)
            self.add(f'"{self.quote(end=",")}" the {org} said in a statement.')
            return
        elif form == 10:  # several speakers, then "they"
            other = self.cast.pick(r)
            if other == speaker:
                other = self.cast.people[-1]
            self.add(
                f"{self.name(speaker)} and {self.name(other)} called for "
                f'"{r.choice(_DEMANDS)}" on {self.topic}.'
            )
            self.add(f'"{self.quote()}" they said.')
        else:  # curly and single marks, British style
            opening, closing = r.choice([("\u201c", "\u201d"), ("\u2018", "\u2019"), ("'", "'")])
            self.add(f"{opening}{self.quote()}{closing} {self.name(speaker)} said.")
        self.last = speaker

    def narrative_paragraph(self) -> None:
        r = self.rng
        sentences = [self.fill(r.choice(_FILLER)) for _ in range(r.randint(1, 3))]
        if r.random() < 0.15:
            sentences.append(
                f'The so-called "{r.choice(["reform", "rescue plan", "fast track"])}" '
                f"was meant to settle the matter."
            )
        if r.random() < 0.1:
            sentences.append(f'A documentary about it, "{r.choice(_PLACES)} Rising", aired last year.')
        self.add(" ".join(sentences))


def _document(cast: Cast, seed: int, index: int, quote_share: float) -> dict[str, str]:
    rng = random.Random(f"quotes-api-corpus-doc-{seed}-{index}")
    topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
    article = _Article(rng, cast, topic, place)
    speakers = [cast.pick(rng) for _ in range(rng.randint(2, 6))]
    # A separate stream, so the choice of local voices does not shift the main one.
    local = random.Random(f"quotes-api-corpus-local-{seed}-{index}")
    if local.random() < LOCAL_VOICE_SHARE:
        speakers.append(_local_voice(local))
    lead = speakers[0]
    headline = f"{lead.full} calls {topic} '{rng.choice(_FRAGMENTS)}'"
    article.narrative_paragraph()
    target = rng.randint(int(TARGET_CHARS * 0.8), int(TARGET_CHARS * 1.2))
    while sum(len(p) + 2 for p in article.paragraphs) < target:
        if rng.random() < quote_share:
            article.quote_paragraph(rng.choice(speakers))
        else:
            article.narrative_paragraph()
    published = date(2020, 1, 1) + timedelta(days=rng.randrange(5 * 365))
    slug = "-".join(topic.removeprefix("the ").split())
    return {
        "id": f"synthetic-{seed}-{index:06d}",
        "title": headline,
        "url": f"https://news.example.org/{published:%Y/%m}/{slug}-{index}",
        "source": rng.choice(_SOURCES),
        "published": published.isoformat(),
        "text": headline + "\n\n" + "\n\n".join(article.paragraphs) + "\n",
    }


def generate(n_docs: int, seed: int = 0, quote_share: float = QUOTE_SHARE) -> Iterator[dict]:
    """Yield ``n_docs`` synthetic articles as ``{"id", "title", "url", "source", "published", "text"}``.

    ``quote_share`` is the chance that a paragraph is a quotation (see ``QUOTE_SHARE``).

    Deterministic: the same ``seed`` gives the same documents, in the same order.
    """
    cast = _cast(seed)
    for index in range(n_docs):
        yield _document(cast, seed, index, quote_share)


def write_jsonl(n_docs: int, seed: int, out: TextIO) -> int:
    """Write ``n_docs`` articles to ``out`` as JSON Lines; returns the number of bytes of text."""
    total = 0
    for doc in generate(n_docs, seed):
        total += len(doc["text"].encode("utf-8"))
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return total


def main(argv: list[str] | None = None) -> None:
    """``python -m benchmarks.corpus --docs N --seed S --out FILE`` (``-`` for standard output)."""
    parser = argparse.ArgumentParser(description="Write a synthetic news corpus as JSON Lines.")
    parser.add_argument("--docs", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--out", default="-", help="output file, - for standard output (default)")
    args = parser.parse_args(argv)
    if args.out == "-":
        size = write_jsonl(args.docs, args.seed, sys.stdout)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            size = write_jsonl(args.docs, args.seed, f)
    print(f"{args.docs} documents, {size / 1e6:.1f} MB of text", file=sys.stderr)


if __name__ == "__main__":
    main()
