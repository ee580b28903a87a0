"""The scale benchmark's small mode runs end to end (build, serve, load, report); no timing is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = {"speaker_heavy", "speaker_light", "quote_detail", "search", "search_common", "verify"}


def test_scale_benchmark_small_mode(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            "--small",
            "--json",
            str(out),
            "--plot",
            str(tmp_path / "latency.png"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(out.read_text())
    (size,) = results["sizes"]
    assert size["quotes"] >= 1000
    assert set(size["scenarios"]) == SCENARIOS
    for name, figures in size["scenarios"].items():
        assert figures["errors"] == 0, (name, figures)
        assert figures["requests"] > 0 and figures["rps"] > 0 and figures["p50"] > 0, (name, figures)
    assert size["worker_rss_mb"] and all(rss > 0 for rss in size["worker_rss_mb"])
    assert size["sqlite"]["bytes_per_quote"] > 0
    if size["peer"]:  # Datasette installed (the bench extra): both servers answered every request
        for name in ("speaker_list", "search"):
            assert size["peer"][name]["api"]["errors"] == 0
            assert size["peer"][name]["datasette"]["errors"] == 0
    assert "Budgets at" in done.stdout
