"""Multi-row INSERT built as plain SQL: peewee's query builder costs ~0.2 ms per row, which
would cap ingestion at a few hundred documents a second; this costs microseconds.

Values go as bound parameters, never into the SQL text; JSON list fields are serialised by
their ``db_value``, every other value (ints, floats, strings, datetimes) goes as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from peewee import Model

from quotes_api.storage.backend import AnyDatabase, is_postgres
from quotes_api.storage.base import JSONListField

# Below SQLite's 32,766 bound-variable limit and PostgreSQL's 65,535.
MAX_PARAMS = 30_000


def _converted(row: Sequence[Any], columns: list, needs: list[int]) -> list[Any]:
    out = list(row)
    for i in needs:
        out[i] = columns[i].db_value(out[i])
    return out


def _table(model: type[Model]) -> str:
    meta = model._meta
    return f'"{meta.schema}"."{meta.table_name}"' if meta.schema else f'"{meta.table_name}"'


def _key_column(model: type[Model]) -> str:
    """The primary key's column: the rows these updates change are named by it."""
    key = model._meta.primary_key
    if key is False:
        raise TypeError(f"{model.__name__} has no primary key")
    return key.column_name


def select_in(
    db: AnyDatabase, model: type[Model], fields: Sequence[str], key: str, values: Sequence[Any]
) -> list[tuple]:
    """``fields`` of the rows whose ``key`` is one of ``values``, as tuples of Python values.

    Plain SQL in chunks of bound parameters: peewee's ``in_()`` converts each of hundreds of
    values through its query builder, a tenth of the writer's time in a large ingest."""
    meta = model._meta
    columns = [meta.fields[name] for name in fields]
    names = ", ".join(f'"{f.column_name}"' for f in columns)
    head = f'SELECT {names} FROM {_table(model)} WHERE "{meta.fields[key].column_name}" IN '
    convert = [(i, f.python_value) for i, f in enumerate(columns) if isinstance(f, JSONListField)]
    out: list[tuple] = []
    for start in range(0, len(values), 500):
        chunk = list(values[start : start + 500])
        rows = db.execute_sql(head + "(" + ", ".join([db.param] * len(chunk)) + ")", chunk).fetchall()
        for row in rows:
            row = list(row)
            for i, python_value in convert:
                row[i] = python_value(row[i])
            out.append(tuple(row))
    return out


def add_to_column(
    db: AnyDatabase, model: type[Model], field: str, increments: Iterable[tuple[Any, int]]
) -> None:
    """Add to a counter column of many rows: ``increments`` are (primary key, amount) pairs."""
    params = [(amount, key) for key, amount in increments]
    if not params:
        return
    meta = model._meta
    table = _table(model)
    column = f'"{meta.fields[field].column_name}"'
    sql = f'UPDATE {table} SET {column} = {column} + {db.param} WHERE "{_key_column(model)}" = {db.param}'
    db.cursor().executemany(sql, params)


def update_rows(
    db: AnyDatabase, model: type[Model], fields: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Set ``fields`` of many rows, one statement run over all of them: each row is the primary
    key followed by the new values, in ``fields`` order. (One peewee ``UPDATE`` per row cost a
    quarter of the writer's time on a batch where many known speakers learn a new alias.)"""
    if not rows:
        return
    meta = model._meta
    columns = [meta.fields[name] for name in fields]
    needs = [i + 1 for i, f in enumerate(columns) if isinstance(f, JSONListField)]
    table = _table(model)
    assignments = ", ".join(f'"{f.column_name}" = {db.param}' for f in columns)
    sql = f'UPDATE {table} SET {assignments} WHERE "{_key_column(model)}" = {db.param}'
    params = []
    for row in rows:
        values = list(row)
        for i in needs:
            values[i] = columns[i - 1].db_value(values[i])
        params.append([*values[1:], values[0]])
    db.cursor().executemany(sql, params)


def insert_rows(
    db: AnyDatabase,
    model: type[Model],
    fields: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    returning: Sequence[str] = (),
    ignore_conflicts: bool = False,
) -> list[tuple]:
    """Insert ``rows`` (values in ``fields`` order) into ``model``'s table; returns the RETURNING rows.

    With ``ignore_conflicts``, rows that would violate a unique constraint are skipped
    (``ON CONFLICT DO NOTHING``) and return nothing.
    """
    if not rows:
        return []
    meta = model._meta
    columns = [meta.fields[name] for name in fields]
    # Only fields whose Python value is not what the driver takes need converting; the rest
    # (ints, floats, strings, datetimes) go as they are.
    needs = [i for i, f in enumerate(columns) if isinstance(f, JSONListField)]
    table = _table(model)
    names = ", ".join(f'"{f.column_name}"' for f in columns)
    one_row = "(" + ", ".join([db.param] * len(columns)) + ")"
    tail = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
    if returning:
        tail += " RETURNING " + ", ".join(f'"{meta.fields[name].column_name}"' for name in returning)
    if is_postgres(db):
        return _insert_unnest(db, table, names, columns, needs, rows, tail)
    per_chunk = max(1, MAX_PARAMS // len(columns))
    out: list[tuple] = []
    for start in range(0, len(rows), per_chunk):
        chunk = rows[start : start + per_chunk]
        if needs:
            chunk = [_converted(row, columns, needs) for row in chunk]
        params = [value for row in chunk for value in row]
        sql = f"INSERT INTO {table} ({names}) VALUES " + ", ".join([one_row] * len(chunk)) + tail
        cursor = db.execute_sql(sql, params)
        if returning:
            out.extend(tuple(r) for r in cursor.fetchall())
    return out


_PG_ARRAY_TYPES = {
    "AUTO": "integer",
    "INT": "integer",
    "BIGINT": "bigint",
    "FLOAT": "double precision",
    "DOUBLE": "double precision",
    "DATETIME": "timestamp",
    "VARCHAR": "text",
    "TEXT": "text",
    "BOOL": "boolean",
}
PG_ROWS_PER_STATEMENT = 20_000


def _insert_unnest(
    db: AnyDatabase,
    table: str,
    names: str,
    columns: list,
    needs: list[int],
    rows: Sequence[Sequence[Any]],
    tail: str,
) -> list[tuple]:
    """PostgreSQL: one array parameter per column (``unnest``), so the statement text stays short;
    psycopg re-parses a long VALUES list on every call, which costs more than the insert."""
    casts = ", ".join(f"%s::{_PG_ARRAY_TYPES[f.field_type]}[]" for f in columns)
    sql = f"INSERT INTO {table} ({names}) SELECT * FROM unnest({casts}){tail}"
    out: list[tuple] = []
    for start in range(0, len(rows), PG_ROWS_PER_STATEMENT):
        chunk = rows[start : start + PG_ROWS_PER_STATEMENT]
        if needs:
            chunk = [_converted(row, columns, needs) for row in chunk]
        params = [list(column) for column in zip(*chunk, strict=True)]
        cursor = db.execute_sql(sql, params)
        if " RETURNING " in tail:
            out.extend(tuple(r) for r in cursor.fetchall())
    return out
