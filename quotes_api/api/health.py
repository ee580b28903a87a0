"""``/livez`` and ``/readyz``: what a load balancer or orchestrator polls.

Liveness never touches the database (a slow database must not get healthy processes
restarted); readiness runs one trivial query, so traffic goes only to processes that can
answer.
"""

from __future__ import annotations

import peewee
from flask import current_app
from flask_smorest import Blueprint

from quotes_api.api.schemas import HealthSchema

blp = Blueprint("health", __name__, description="Process and database health.")


@blp.route("/livez")
@blp.response(200, HealthSchema)
def livez() -> dict[str, str]:
    """The process is up and serving requests."""
    return {"status": "ok"}


@blp.route("/readyz")
@blp.response(200, HealthSchema)
@blp.alt_response(503, response="SERVICE_UNAVAILABLE")
def readyz() -> dict[str, str]:
    """The database answers a query; 503 (problem+json) when it does not."""
    from quotes_api.api.errors import problem
    from quotes_api.storage.backend import is_postgres

    db = current_app.extensions["quotes_db"]
    try:
        db.execute_sql("SELECT 1").fetchone()
    except (peewee.OperationalError, peewee.InterfaceError, peewee.DatabaseError) as exc:
        current_app.logger.warning("readyz: database unavailable: %s", exc)
        return problem(503, "The database is not reachable.", headers={"Retry-After": "5"})  # type: ignore[return-value]
    return {"status": "ok", "database": "postgresql" if is_postgres(db) else "sqlite"}
