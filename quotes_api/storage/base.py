"""What every table shares: the database proxy, the base model, naive UTC time and a JSON list field.

:mod:`quotes_api.storage.models` declares the tables on top of this.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, ClassVar

import peewee
from peewee import DatabaseProxy, Model, TextField

database_proxy = DatabaseProxy()


def tuples(query: Any) -> Iterable[tuple[Any, ...]]:
    """``query.tuples()``: its rows as tuples. Typed for mypy, which peewee's stubs tell that
    ``.tuples()`` still yields model instances, so that unpacking a row would not check."""
    return query.tuples()


def utcnow() -> dt.datetime:
    """Naive UTC now: every datetime in the database is naive UTC, on both backends."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class JSONListField(TextField):
    """A list of strings kept as JSON text: portable across SQLite and PostgreSQL."""

    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        return json.dumps(list(value), ensure_ascii=False)

    def python_value(self, value: Any) -> list[str]:
        if value is None or value == "":
            return []
        return list(json.loads(value))


class BaseModel(Model):
    # For the type checker only: peewee's metaclass gives each model its own subclass of
    # peewee.DoesNotExist, which its stubs leave out.
    DoesNotExist: ClassVar[type[peewee.DoesNotExist]]

    class Meta:
        database = database_proxy
        legacy_table_names = False
