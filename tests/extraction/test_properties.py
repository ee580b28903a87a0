"""Property tests: whatever the text, ``extract`` returns well-formed quotes and never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import run

MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a"
# Pieces a news text is made of, so the generated texts reach the attribution rules too.
WORDS = [
    "said",
    "says",
    "told",
    "Reuters",
    "added",
    "according to",
    "he",
    "she",
    "they",
    "It",
    "the",
    "minister",
    "Ann",
    "Pike",
    "Ann Pike",
    "Tom Reyes",
    "the White House",
    "and",
    "called for",
    "calling it",
    "described",
    "as",
    "wrote:",
    "Chinese Foreign Minister Wang Yi",
    "don't",
    "Jones'",
    "'90s",
    "so-called",
    "film",
    ",",
    ".",
    ":",
    "\n",
    "\n\n",
    " ",
]
news_like = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS)), max_size=80).map(" ".join)
marks_and_breaks = st.text(alphabet=MARKS + " \n.,abA", max_size=300)
anything = st.text(max_size=400)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(anything)
def test_any_text(text: str) -> None:
    run(text)


@SETTINGS
@given(news_like)
def test_news_like_text(text: str) -> None:
    run(text)


@SETTINGS
@given(marks_and_breaks)
def test_marks_and_line_breaks(text: str) -> None:
    run(text)


@SETTINGS
@given(st.lists(st.sampled_from(MARKS), min_size=1, max_size=40), st.sampled_from(["", " ", "\n", "\n\n"]))
def test_runs_of_marks(marks: list[str], sep: str) -> None:
    run(sep.join(marks))


@SETTINGS
@given(news_like, st.text(alphabet="\r\t\u00a0\u2028\u2029\u200b\ufeff ", max_size=5))
def test_unusual_white_space(text: str, space: str) -> None:
    run(text.replace(" ", space or " "))
