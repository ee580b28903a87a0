"""Load tests of a running server: each scenario's requests from a separate process, several runs.

The load generator is ``python -m benchmarks.load`` (see :mod:`benchmarks.load`), started
afresh for every run of every scenario, so the server and the client never share an
interpreter, a GIL or a warm cache on the client side.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ("rps", "p50", "p95", "p99")


@dataclass
class Settings:
    """How hard and how long each scenario is driven."""

    requests: int = 300
    concurrency: int = 2
    runs: int = 3
    max_seconds: float = 30.0
    warmup: int = 10


@dataclass
class ScenarioResult:
    """The runs of one scenario and their medians."""

    name: str
    runs: list[dict[str, Any]] = field(default_factory=list)

    def median(self, figure: str) -> float:
        return round(statistics.median(r[figure] for r in self.runs), 2) if self.runs else 0.0

    @property
    def errors(self) -> int:
        return sum(n for r in self.runs for status, n in r["statuses"].items() if not status.startswith("2"))

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {f: self.median(f) for f in FIGURES}
        out.update(
            runs=len(self.runs),
            requests=sum(r["requests"] for r in self.runs),
            errors=self.errors,
            mean_bytes=self.median("mean_bytes"),
        )
        return out


def load_once(port: int, requests: list[dict[str, Any]], settings: Settings) -> dict[str, Any]:
    """One run: ``settings.requests`` requests from a fresh load-generator process."""
    spec = {
        "port": port,
        "requests": requests,
        "count": settings.requests,
        "concurrency": settings.concurrency,
        "max_seconds": settings.max_seconds,
        "warmup": settings.warmup,
    }
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.load"],
        input=json.dumps(spec),
        text=True,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=settings.max_seconds + 120,
    )
    if done.returncode != 0:
        raise RuntimeError(f"load generator failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout)


def run_scenarios(
    port: int, scenarios: dict[str, list[dict[str, Any]]], settings: Settings, log=print
) -> dict[str, ScenarioResult]:
    """Every scenario ``settings.runs`` times, runs interleaved (so a burst of load elsewhere on
    the machine spreads over the scenarios instead of spoiling one)."""
    results = {name: ScenarioResult(name) for name in scenarios}
    for run in range(settings.runs):
        for name, requests in scenarios.items():
            outcome = load_once(port, requests, settings)
            results[name].runs.append(outcome)
            log(
                f"    run {run + 1} {name:16s} {outcome['rps']:8.1f} req/s  p50 {outcome['p50']:7.2f}  "
                f"p95 {outcome['p95']:7.2f}  p99 {outcome['p99']:7.2f} ms  {outcome['statuses']}"
            )
    return results
