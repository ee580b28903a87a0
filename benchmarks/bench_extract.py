"""Extraction throughput: ``extract`` over a generated news corpus, on one core.

    python -m benchmarks.bench_extract                  # 2,000 documents (~10 MB), 5 runs
    python -m benchmarks.bench_extract --docs 500 --runs 3
    python -m benchmarks.bench_extract --small          # a few seconds, for CI
    python -m benchmarks.bench_extract --pathological   # adversarial 1 MB inputs, each timed

The corpus comes from ``benchmarks/corpus.py`` and is built in memory before timing starts;
each run extracts every document once in this one process (so one core) and the median run
is reported in MB/s (10^6 bytes of UTF-8 text per second) and quotes/s. Results go in
``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import DENSE_QUOTE_SHARE, QUOTE_SHARE, generate  # noqa: E402
from quotes_api import extract  # noqa: E402

# Inputs that defeat naive quote pairing or regex backtracking; each built to ``size`` chars.
PATHOLOGICAL = {
    "straight double marks": lambda n: '"' * n,
    "curly opening marks": lambda n: "\u201c" * n,
    "single marks": lambda n: "'" * n,
    "guillemets": lambda n: "\u00ab" * n,
    "one unclosed quote": lambda n: ('Ann Pike said: "' + "word " * n)[:n],
    "marks and spaces": lambda n: ('" ' * n)[:n],
    "one-line quotes": lambda n: ('"It is done," said Ann Pike. ' * n)[:n],
    "no line breaks, no marks": lambda n: ("said Ann Pike and " * n)[:n],
}


def cpu_model() -> str:
    """The CPU model from /proc/cpuinfo, or what ``platform`` knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def bench(n_docs: int, runs: int, seed: int = 0, quote_share: float = QUOTE_SHARE) -> dict[str, float]:
    """Time ``runs`` passes of ``extract`` over ``n_docs`` generated documents; medians returned.

    Wall time and the process's CPU time are both kept: on a shared machine the CPU time
    shows what the extractor costs when another process takes the core for a while.
    """
    texts = [doc["text"] for doc in generate(n_docs, seed, quote_share)]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    extract(texts[0])  # warm up: imports, compiled patterns
    seconds, cpu_seconds, quotes = [], [], 0
    for run in range(runs):
        gc.collect()
        start, cpu_start = time.perf_counter(), time.process_time()
        found = 0
        for text in texts:
            found += len(extract(text))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        seconds.append(elapsed)
        cpu_seconds.append(cpu)
        quotes = found
        print(
            f"  run {run + 1}: {elapsed:.2f} s ({cpu:.2f} s CPU), {megabytes / elapsed:.2f} MB/s, "
            f"{found / elapsed:,.0f} quotes/s",
            flush=True,
        )
    median, median_cpu = statistics.median(seconds), statistics.median(cpu_seconds)
    return {
        "docs": n_docs,
        "megabytes": megabytes,
        "quotes": quotes,
        "median_s": median,
        "mb_per_s": megabytes / median,
        "quotes_per_s": quotes / median,
        "cpu_mb_per_s": megabytes / median_cpu,
    }


def one_case(name: str, size: int) -> None:
    """Extract one pathological input and print the seconds it took (run in a child process)."""
    text = PATHOLOGICAL[name](size)
    start = time.perf_counter()
    found = extract(text)
    print(f"{time.perf_counter() - start:.2f} {len(found)}")


def pathological(size: int, timeout: float) -> None:
    """Time each adversarial input in a child process, so a runaway case is cut off, not waited for."""
    print(f"pathological inputs, {size:,} characters each (timeout {timeout:.0f} s):")
    for name in PATHOLOGICAL:
        cmd = [sys.executable, "-m", "benchmarks.bench_extract", "--one-case", name, "--size", str(size)]
        root = Path(__file__).resolve().parent.parent
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=root, check=True)
            seconds, quotes = out.stdout.split()
            print(f"  {name:26s} {float(seconds):8.2f} s  ({quotes} quotes)", flush=True)
        except subprocess.TimeoutExpired:
            print(f"  {name:26s} > {timeout:.0f} s (stopped)", flush=True)
        except subprocess.CalledProcessError as exc:
            print(f"  {name:26s} failed: {exc.stderr.strip().splitlines()[-1:]}", flush=True)


def main(argv: list[str] | None = None) -> None:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description="Extraction throughput on a generated news corpus.")
    parser.add_argument("--docs", type=int, default=2000, help="corpus size (default 2000, ~10 MB)")
    parser.add_argument("--runs", type=int, default=5, help="timed passes over the corpus (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--small", action="store_true", help="a quick run for CI: 40 documents, 1 run")
    parser.add_argument("--pathological", action="store_true", help="time adversarial inputs instead")
    parser.add_argument("--size", type=int, default=1_000_000, help="size of each pathological input")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per pathological input")
    parser.add_argument("--one-case", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one_case:
        one_case(args.one_case, args.size)
        return
    if args.pathological:
        pathological(args.size, args.timeout)
        return
    docs, runs = (40, 1) if args.small else (args.docs, args.runs)
    python = platform.python_version()
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores; Python {python}; one core used")
    for label, share in (("news density", QUOTE_SHARE), ("dense, 3x news", DENSE_QUOTE_SHARE)):
        print(f"corpus, {label}: {docs} documents (seed {args.seed}), {runs} run(s)", flush=True)
        result = bench(docs, runs, args.seed, share)
        print(
            f"extraction, {label}: {result['megabytes']:.2f} MB, {result['quotes']:,} quotes; median "
            f"{result['median_s']:.2f} s = {result['mb_per_s']:.2f} MB/s "
            f"({result['cpu_mb_per_s']:.2f} MB/s of CPU time), {result['quotes_per_s']:,.0f} quotes/s"
        )


if __name__ == "__main__":
    main()
