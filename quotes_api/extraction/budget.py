"""A time budget for one extraction: the extractor's loops call :func:`check`, which raises
:class:`BudgetExceeded` once the budget set by :func:`time_budget` has run out.

The budget is held in a context variable, so each thread (each request of a server) has its
own, and code that sets none (ingest, the CLI) runs unbounded at the cost of one look-up a
loop turn.

>>> with time_budget(60):
...     check()  # well within the budget: nothing happens
>>> with time_budget(0):
...     check()
Traceback (most recent call last):
...
quotes_api.extraction.budget.BudgetExceeded: extraction took longer than its budget of 0 s
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_deadline: ContextVar[tuple[float, float] | None] = ContextVar("extraction_deadline", default=None)


class BudgetExceeded(Exception):
    """The extraction ran past its time budget and was stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"extraction took longer than its budget of {seconds:g} s")
        self.seconds = seconds


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Within the block, extraction stops with :class:`BudgetExceeded` after ``seconds``."""
    token = _deadline.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _deadline.reset(token)


def start_budget(seconds: float) -> object:
    """Set a budget until :func:`end_budget` (for a request's before/after hooks)."""
    return _deadline.set((time.monotonic() + seconds, seconds))


def end_budget(token: object) -> None:
    _deadline.reset(token)  # type: ignore[arg-type]


def check() -> None:
    """Raise :class:`BudgetExceeded` if a budget is set and has run out."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() >= deadline[0]:
        raise BudgetExceeded(deadline[1])
