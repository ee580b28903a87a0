"""What a sentence leaves around a speaker's name, taken away: words before a person's name
(function words, possessives, states, roles, "-based"), a role phrase before a name the
extractor took for an organisation, an adverb before an organisation's name.

Pure functions over one name at a time, run on every extracted speaker before its form is
stored (:class:`quotes_api.storage.forms.FormSpec`)."""

from __future__ import annotations

from quotes_api.storage.name_words import (
    GROUP_WORDS,
    LEADING_NOISE,
    ORGANISATION_NOISE,
    ORGANISATION_WORDS,
    ROLE_WORDS,
    US_STATE_PAIRS,
    US_STATES,
)
from quotes_api.storage.names import is_given_name


def repair_mojibake(name: str) -> str:
    """A name whose UTF-8 was read as Latin-1 or Windows-1252 ("TomÃ¡s"), as it was written;
    other names as they are.

    >>> repair_mojibake("TomÃ¡s Ortiz"), repair_mojibake("Ann Pike"), repair_mojibake("Ã and")
    ('Tomás Ortiz', 'Ann Pike', 'Ã and')
    """
    if "Ã" not in name and "Â" not in name:
        return name
    for codec in ("latin-1", "cp1252"):
        try:
            return name.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return name


def clean_person_name(name: str) -> str:
    """A person's name without the words a sentence left in front of it: function words,
    possessives, a state, a group, or a role before a given name.

    >>> clean_person_name("Maybe Trump"), clean_person_name("Neither Donald J. Trump")
    ('Trump', 'Donald J. Trump')
    >>> clean_person_name("New Hampshire Sanders"), clean_person_name("Bennett’s Trump")
    ('Sanders', 'Trump')
    >>> clean_person_name("Atlantic City Mayor Don Guardian"), clean_person_name("Young Kim")
    ('Don Guardian', 'Young Kim')
    >>> clean_person_name("Media Research Center’s Bozell"), clean_person_name("Harbor News’ Ann Pike")
    ('Bozell', 'Ann Pike')
    >>> clean_person_name("Donor Pike"), clean_person_name("Ohio-based Ann Pike")
    ('Pike', 'Ann Pike')
    """
    words = name.split()
    owners = [i for i, w in enumerate(words[:-1]) if _is_possessive(w)]
    if owners:  # "Acme Council's Pike", "Harbor News’ Ann Pike": the name is what the possessive owns
        words = words[owners[-1] + 1 :]
    while len(words) > 1:
        first = words[0].casefold().strip(".,")
        pair = " ".join(w.casefold() for w in words[:2])
        if pair in US_STATE_PAIRS and len(words) > 2:
            words = words[2:]
        elif (
            first in LEADING_NOISE
            or (first in US_STATES and not is_given_name(first))
            or first in GROUP_WORDS
            or first.endswith("-based")
            or (first in ROLE_WORDS and words[1][:1].isupper())
        ):
            words = words[1:]
        else:
            break
    return person_after_role(" ".join(words)) or " ".join(words)


def _is_possessive(word: str) -> bool:
    """ "Council's", "News’" (a plural's possessive), not "O'Brien"."""
    return word.endswith(("’s", "'s", "s’", "s'"))


def person_after_role(name: str) -> str | None:
    """The personal name after a role in a mention, or None when there is none. The role may
    be a phrase ("Secretary of State"); the name is two to four capitalised words from a given
    name on, and does not end as a group's does (nor, past two words, as an organisation's).

    >>> person_after_role("Atlantic City Mayor Don Guardian"), person_after_role("Harbor Courier")
    ('Don Guardian', None)
    >>> person_after_role("Former Secretary of State Ann B. Pike")
    'Ann B. Pike'
    >>> person_after_role("Secretary of State Ama Pike"), person_after_role("Chief Financial Officer")
    ('Ama Pike', None)
    """
    words = name.split()
    lowered = [w.casefold().strip(".,") for w in words]
    if lowered[-1] in GROUP_WORDS:
        return None
    for k in range(1, len(words) - 1):
        if (
            any(w in ROLE_WORDS for w in lowered[:k])
            and (2 <= len(words) - k <= 4)
            and not (len(words) - k > 2 and lowered[-1] in ORGANISATION_WORDS)  # "... Pike Foundation"
            and (is_given_name(words[k]) or _right_after_role(lowered, k))
            and all(w[:1].isupper() for w in words[k:])
        ):
            return " ".join(words[k:])
    return None


def _right_after_role(lowered: list[str], k: int) -> bool:
    """A name the nickname dataset does not know still follows a role directly ("Mayor Ama
    Pike", "Secretary of State Ama Pike"), when it is two or three words that are no role,
    organisation or group words ("Chief Financial Officer" is no name)."""
    after = lowered[k - 1] in ROLE_WORDS or (
        k >= 3 and lowered[k - 2] == "of" and lowered[k - 3] in ROLE_WORDS
    )
    tail = lowered[k:]
    stop = ROLE_WORDS | ORGANISATION_WORDS | GROUP_WORDS
    return after and len(tail) <= 3 and not any(w in stop for w in tail)


def clean_organisation_name(name: str) -> str:
    """An organisation's or a group's name without an adverb a sentence left before it.

    >>> clean_organisation_name("Now Harbor Courier"), clean_organisation_name("Harbor Courier")
    ('Harbor Courier', 'Harbor Courier')
    """
    words = name.split()
    while len(words) > 1 and words[0].casefold().strip(".,") in ORGANISATION_NOISE:
        words = words[1:]
    return " ".join(words)
