"""Rule-based extraction of direct quotations and their speakers: pure functions over text.

Nothing here imports Flask, peewee or anything outside the standard library.

>>> [(q.text, q.speaker_names) for q in extract('"We will win," said Governor Amy Tran.')]
[('We will win,', ['Amy Tran'])]
"""

from quotes_api.extraction.model import Quote, Speaker
from quotes_api.extraction.pipeline import extract

__all__ = ["Quote", "Speaker", "extract"]
