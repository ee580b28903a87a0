"""Days, months and words of time: never a name, and a time phrase is never a speaker."""

from __future__ import annotations

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    """
january february march april may june july august september october november december
""".split()
)
RELATIVE_DAYS = frozenset("today yesterday tonight".split())
# Nouns of a span of time: "the next day he said" has no speaker "the next day".
TIME_NOUNS = frozenset("day week month year morning afternoon evening night time".split())
# Words that shift a time phrase into an introduction: "A month later,", "Two years ago,".
TIME_SHIFTS = frozenset("later earlier ago".split())
# Words of a date or time that end a phrase ("on Friday", "last week"). Not "may", also a verb.
DATE_WORDS = WEEKDAYS | (MONTHS - {"may"}) | RELATIVE_DAYS | (TIME_NOUNS - {"day", "time"}) | {"weekend"}
