"""Side by side with Datasette: the same per-speaker list and full-text search on the same file.

Datasette (https://datasette.io) is what many would use to publish a SQLite file as a JSON
API. Both servers run at once, each on its own loopback port, and the same load generator
drives both in one run with the same settings:

* per-speaker list: the API's ``GET /speakers/{slug}/quotes`` (20 quotes, newest first, each
  with its speakers, document reference and provenance, plus the total and paging links)
  against a canned Datasette query with the same order and limit (flat rows: quote and
  document columns, no speakers, no total: see :data:`benchmarks.servers.SPEAKER_QUOTES_SQL`);
* search: the API's ``GET /search?q=`` (ranked, highlighted, with speakers and the total)
  against Datasette's ``quote.json?_search=`` table search on the same FTS5 index (its own
  ordering and row count, rows of the quote table, no highlight or speakers).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote as urlquote

from benchmarks.loadtest import ScenarioResult, Settings, run_scenarios
from benchmarks.scenarios import API, heavy_speakers, light_speakers
from benchmarks.servers import Server, datasette_server

#: Plain words, so that both search syntaxes read them the same way (all words must match).
PEER_SEARCHES = (
    "reckless",
    "ferry timetable",
    "hospital merger",
    "quota",
    "independent inquiry",
    "residents",
)


def _speakers(db: Path) -> list[str]:
    return [slug for slug, _ in heavy_speakers(db)] + [slug for slug, _ in light_speakers(db, 12)]


def api_requests(db: Path) -> dict[str, list[dict[str, Any]]]:
    return {
        "speaker_list": [{"path": f"{API}/speakers/{slug}/quotes"} for slug in _speakers(db)],
        "search": [{"path": f"{API}/search?q={urlquote(q)}"} for q in PEER_SEARCHES],
    }


def datasette_requests(db: Path) -> dict[str, list[dict[str, Any]]]:
    name = db.stem
    return {
        "speaker_list": [
            {"path": f"/{name}/speaker_quotes.json?slug={slug}&_shape=objects"} for slug in _speakers(db)
        ],
        "search": [
            {"path": f"/{name}/quote.json?_search={urlquote(q)}&_size=20&_shape=objects"}
            for q in PEER_SEARCHES
        ],
    }


def compare(db: Path, api: Server, settings: Settings, log_dir: Path, log=print) -> dict[str, Any]:
    """Both servers under the same load; medians and the Datasette/API ratios."""
    with datasette_server(db, log_dir / f"datasette-{db.stem}.log") as peer:
        log("  Datasette side by side")
        once = replace(settings, runs=1)
        ours = {name: ScenarioResult(name) for name in api_requests(db)}
        theirs = {name: ScenarioResult(name) for name in ours}
        for _ in range(settings.runs):  # alternate, so both see the same machine load
            for name, result in run_scenarios(
                api.port, api_requests(db), once, log=lambda m: log("    api      " + m.strip())
            ).items():
                ours[name].runs += result.runs
            for name, result in run_scenarios(
                peer.port, datasette_requests(db), once, log=lambda m: log("    datasette" + m.strip())
            ).items():
                theirs[name].runs += result.runs
        peer_rss = peer.worker_rss_mb()
    out: dict[str, Any] = {"datasette_rss_mb": round(max(peer_rss), 1)}
    for name in ours:
        a, b = ours[name].summary(), theirs[name].summary()
        out[name] = {
            "api": a,
            "datasette": b,
            "p50_ratio": _ratio(b["p50"], a["p50"]),
            "rps_ratio": _ratio(a["rps"], b["rps"]),
        }
    return out


def _ratio(x: float, y: float) -> float:
    return round(x / y, 2) if y else 0.0
