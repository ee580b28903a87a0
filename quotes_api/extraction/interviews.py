"""Interviews written as questions and answers: a paragraph that opens with "A:"
after one that opens with "Q:" is the interviewee's answer. The interviewee is the person the
article's first paragraph is about: its named subject ("Ann Pike, the new head of the
council, spoke to us this week.").
"""

from __future__ import annotations

import re

from quotes_api.extraction.attribution import Attribution
from quotes_api.extraction.mentions import parse_mention
from quotes_api.extraction.model import Rule
from quotes_api.extraction.openings import sentence_subject

_ANSWER = re.compile(r"[ \t]*A:[ \t]")
_QUESTION = re.compile(r"(?:^|\n)[ \t]*Q:[ \t]")


def interviewee_answer(
    masked: str, paras: list[tuple[int, int]], paragraph: int, at: int
) -> Attribution | None:
    """The interviewee, for a quotation in an answer paragraph ('A: "We moved too fast."').

    >>> text = 'Ann Pike spoke to us.\\nQ: Why?\\nA: \\ue000\\ue000\\ue000'
    >>> interviewee_answer(text, [(0, 21), (22, 29), (30, 36)], 2, 33).parts
    ('Ann Pike',)
    """
    start, _ = paras[paragraph]
    answer = _ANSWER.match(masked, start)
    if (
        paragraph == 0
        or answer is None
        or answer.end() != at
        or not _QUESTION.search(masked, paras[0][0], start)
    ):
        return None  # only a quotation that is the answer: not one quoted inside it
    first_start, first_end = paras[0]
    if _QUESTION.match(masked, first_start):
        return None
    subject = sentence_subject(masked[first_start:first_end])
    if subject is None or "&" in subject[0] or parse_mention(subject[0]).kind != "person":
        return None
    phrase, offset, parts, _ = subject
    return Attribution(phrase, first_start + offset, parts, None, Rule.INTERVIEW, 0.5)
