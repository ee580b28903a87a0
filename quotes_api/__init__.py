"""Quotes API: find direct quotations in news text, attribute them, store and serve them.

Layers, each knowing only those below it: ``extraction`` (pure functions over text) →
``storage`` (peewee models, ingestion) → ``api`` and ``cli``.
"""

from quotes_api.extraction import Quote, Speaker, extract

__all__ = ["Quote", "Speaker", "extract"]
