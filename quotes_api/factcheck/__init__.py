"""Fact-checking claimed quotes against the database: normalise, find candidates, match, judge.

:func:`verify_claim` is the entry point; ``POST /api/v1/verify`` serves it over HTTP.
"""

from quotes_api.factcheck.verify import VERDICTS, Verification, verify_claim

__all__ = ["VERDICTS", "Verification", "verify_claim"]
