"""Quotes API: find direct quotations in news text, attribute them, store and serve them.

Layers, each knowing only those below it: ``extraction`` (pure functions over text) →
``articles``, ``sources``, ``fetching`` (web pages, input files, URLs) → ``storage`` (peewee
models, ingestion) → ``exports`` and ``factcheck`` → ``api`` → ``web`` → ``app`` (the two
together) → ``cli``. ``tests/test_import_graph.py`` holds the package to it.
"""

from quotes_api.extraction import Quote, Speaker, extract

__all__ = ["Quote", "Speaker", "extract"]
