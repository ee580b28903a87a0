"""The ingest benchmark runs (``--small``); its timings are reported, never asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_ingest.py"


def test_bench_ingest_small_runs():
    done = subprocess.run(
        [sys.executable, str(BENCH), "--small", "--json"], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    backends = [r["backend"] for r in results]
    assert "sqlite" in backends
    assert all(r["ingest_docs_per_s"] > 0 for r in results if "ingest_docs_per_s" in r)
