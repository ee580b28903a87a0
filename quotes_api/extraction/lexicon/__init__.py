"""Word lists the rules consult, kept as data so a rule change never hides in a regular expression.

Every word list of the extractor is defined here, once (tests/extraction/test_lexicon.py walks
the package and fails on a list defined anywhere else, or twice), split by meaning:

- ``people``: titles and roles, honorifics, ranks, nouns for sources described, not named;
- ``given_names``: given names by gender, capitalised words that are never a name;
- ``bodies``: organisations, media, places, documents and works;
- ``function_words``: articles, pronouns, prepositions, conjunctions, auxiliaries, abbreviations;
- ``times``: days, months, words of time;
- ``verbs``: the cue verbs and phrases (``cues.py`` builds their inflections).

The lists the rules have long imported from ``lexicon`` itself are re-exported here.
"""

from __future__ import annotations

from quotes_api.extraction.lexicon.bodies import (
    DOCUMENT_NOUNS,
    MEDIA_HEADS,
    MEDIA_NOUNS,
    ORG_HEADS,
    ORG_NOUNS,
    PLACE_HEADS,
    PLACES,
)
from quotes_api.extraction.lexicon.function_words import INTRO_WORDS, NOT_IN_SPEAKER, PRONOUNS
from quotes_api.extraction.lexicon.given_names import (
    EITHER_NAMES,
    FEMALE_NAMES,
    GIVEN_NAMES,
    MALE_NAMES,
    NOT_NAMES,
)
from quotes_api.extraction.lexicon.people import (
    AFFILIATIONS,
    EVENT_ROLES,
    FEMALE_TITLES,
    MALE_TITLES,
    PLURAL_TITLES,
    ROLE_SYNONYMS,
    SOURCE_NOUNS,
    SPOKES_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLES,
)

__all__ = [
    "AFFILIATIONS",
    "DOCUMENT_NOUNS",
    "EITHER_NAMES",
    "EVENT_ROLES",
    "FEMALE_NAMES",
    "FEMALE_TITLES",
    "GIVEN_NAMES",
    "INTRO_WORDS",
    "MALE_NAMES",
    "MALE_TITLES",
    "MEDIA_HEADS",
    "MEDIA_NOUNS",
    "NOT_IN_SPEAKER",
    "NOT_NAMES",
    "ORG_HEADS",
    "ORG_NOUNS",
    "PLACE_HEADS",
    "PLACES",
    "PLURAL_TITLES",
    "PRONOUNS",
    "ROLE_SYNONYMS",
    "SOURCE_NOUNS",
    "SPOKES_NOUNS",
    "TITLE_ABBREVIATIONS",
    "TITLES",
]
