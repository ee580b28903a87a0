"""The benchmarks run: their small modes finish and report a figure. No timing is asserted."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # benchmarks/ is not installed; `pytest` alone may not put the root on the path
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate  # noqa: E402


def _run_module(*argv: str, timeout: int) -> subprocess.CompletedProcess[str]:
    """``python -m argv...`` from the project root, asserting that it succeeded."""
    result = subprocess.run(
        [sys.executable, "-m", *argv], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, result.stderr
    return result


def test_bench_extract_small_mode_prints_a_throughput() -> None:
    result = _run_module("benchmarks.bench_extract", "--small", timeout=300)
    figure = re.search(r"median [\d.]+ s = ([\d.]+) MB/s \(.*?\), ([\d,]+) quotes/s", result.stdout)
    assert figure, result.stdout
    assert float(figure.group(1)) > 0


def test_corpus_is_deterministic_and_news_shaped() -> None:
    first = list(generate(20, seed=3))
    assert first == list(generate(20, seed=3))
    assert first[:5] == list(generate(5, seed=3))
    assert first != list(generate(20, seed=4))
    assert len({d["id"] for d in first}) == 20
    for doc in first:
        assert set(doc) == {"id", "title", "url", "source", "published", "text"}
        assert all(isinstance(v, str) and v for v in doc.values())
        assert 3000 <= len(doc["text"].encode("utf-8")) <= 8000
        assert doc["text"].startswith(doc["title"] + "\n\n")
        assert doc["text"].count('"') + doc["text"].count("\u201c") + doc["text"].count("'") >= 10


def test_corpus_speakers_have_a_long_tail() -> None:
    """A few names appear in very many documents, most in a handful (a Zipf-like spread)."""
    counts: dict[str, int] = {}
    for doc in generate(400, seed=0):
        name = doc["title"].split(" calls ")[0]
        counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    assert ranked[0] >= 20
    assert sum(1 for c in ranked if c <= 3) >= len(ranked) // 2


def test_corpus_command_writes_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    _run_module("benchmarks.corpus", "--docs", "7", "--seed", "1", "--out", str(out), timeout=120)
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert docs == list(generate(7, seed=1))


def test_bench_html_small_mode_reports_each_worker_count() -> None:
    result = _run_module("benchmarks.bench_html", "--small", "--workers", "1,2", timeout=300)
    for workers in (1, 2):
        figure = re.search(rf"ingest --workers {workers}: [\d.]+ s = ([\d.]+) pages/s", result.stdout)
        assert figure and float(figure.group(1)) > 0, result.stdout
    assert "50 documents: 50 new, 0 already present, 0 failed" in result.stdout


def test_bench_requests_small_mode_reports_every_scenario() -> None:
    result = _run_module("benchmarks.bench_requests", "--small", timeout=300)
    figures = dict(re.findall(r"^  (\w+): ([\d.]+) \(", result.stdout, re.M))
    assert set(figures) == {
        "speaker_heavy",
        "speaker_light",
        "quote_detail",
        "search",
        "search_common",
        "verify",
    }
    assert all(float(ms) > 0 for ms in figures.values())
