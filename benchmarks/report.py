"""The benchmark's results as Markdown tables, budget verdicts and a latency plot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

#: Budgets at 1M quotes (issue 7): (scenario, figure, limit in ms).
BUDGETS = (
    ("speaker_heavy", "p50", 5.0),
    ("speaker_heavy", "p99", 50.0),
    ("speaker_light", "p50", 5.0),
    ("speaker_light", "p99", 50.0),
    ("search", "p95", 50.0),
    ("verify", "p95", 100.0),
)
RSS_BUDGET_MB = 150.0
LABELS = {
    "speaker_heavy": "speaker list, heavy",
    "speaker_light": "speaker list, light",
    "quote_detail": "quote detail",
    "search": "search",
    "search_common": "search, common word",
    "verify": "verify",
}


def _n(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}" if value >= 10 else f"{value:,.2f}"


def ingest_table(sizes: list[dict[str, Any]]) -> str:
    rows = [
        "| quotes | documents | speakers | SQLite docs/s | SQLite bytes/quote | PostgreSQL docs/s "
        "| PostgreSQL bytes/quote |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in sizes:
        lite, pg = s["sqlite"], s.get("postgres")
        pg_cells = f"{pg['docs_per_s']:.0f} | {pg['bytes_per_quote']:.0f}" if pg else "– | –"
        rows.append(
            f"| {s['quotes']:,} | {lite['documents']:,} | {lite['speakers']:,} | "
            f"{lite['docs_per_s']:.0f} | {lite['bytes_per_quote']:.0f} | {pg_cells} |"
        )
    return "\n".join(rows)


def latency_table(sizes: list[dict[str, Any]]) -> str:
    rows = [
        "| scenario | quotes | req/s | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    names = list(sizes[0]["scenarios"]) if sizes else []
    for name in names:
        for s in sizes:
            r = s["scenarios"][name]
            rows.append(
                f"| {LABELS.get(name, name)} | {s['label']} | {_n(r['rps'])} | {_n(r['p50'])} | "
                f"{_n(r['p95'])} | {_n(r['p99'])} | {r['errors']} |"
            )
    return "\n".join(rows)


def memory_table(sizes: list[dict[str, Any]]) -> str:
    rows = ["| quotes | server workers | RSS per worker, MB (after the load) |", "|---|---|---|"]
    for s in sizes:
        rss = s["worker_rss_mb"]
        rows.append(f"| {s['label']} | {len(rss)} | {min(rss):.0f}–{max(rss):.0f} |")
    return "\n".join(rows)


def peer_table(sizes: list[dict[str, Any]]) -> str:
    rows = [
        "| quotes | query | API req/s | API p50 ms | Datasette req/s | Datasette p50 ms | "
        "Datasette p50 / API p50 |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in sizes:
        peer = s.get("peer")
        if not peer:
            continue
        for name in ("speaker_list", "search"):
            a, b = peer[name]["api"], peer[name]["datasette"]
            rows.append(
                f"| {s['label']} | {name.replace('_', ' ')} | {_n(a['rps'])} | {_n(a['p50'])} | "
                f"{_n(b['rps'])} | {_n(b['p50'])} | **{peer[name]['p50_ratio']}×** |"
            )
    return "\n".join(rows)


def budget_lines(size: dict[str, Any]) -> list[str]:
    """One line per budget: the figure at ``size`` and whether it is met."""
    lines = []
    for name, figure, limit in BUDGETS:
        value = size["scenarios"].get(name, {}).get(figure)
        if value is None:
            continue
        verdict = "met" if value < limit else "**missed**"
        lines.append(f"- {LABELS[name]} {figure}: {value:.2f} ms (budget < {limit:.0f} ms): {verdict}")
    rss = max(size["worker_rss_mb"])
    lines.append(
        f"- server memory: {rss:.0f} MB per worker at most (budget < {RSS_BUDGET_MB:.0f} MB): "
        f"{'met' if rss < RSS_BUDGET_MB else '**missed**'}"
    )
    lines.append(
        f"- database size: {size['sqlite']['bytes_per_quote']:.0f} bytes per quote (SQLite, "
        f"document texts and full-text index included)"
    )
    return lines


def plot(sizes: list[dict[str, Any]], out: Path) -> Path | None:
    """Latency (p50 solid, p95 dashed) against database size, one colour per scenario."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    fig, ax = plt.subplots(figsize=(8, 5), dpi=110)
    xs = [s["quotes"] for s in sizes]
    for i, name in enumerate(sizes[0]["scenarios"]):
        colour = f"C{i}"
        ax.plot(
            xs,
            [s["scenarios"][name]["p50"] for s in sizes],
            "o-",
            color=colour,
            label=f"{LABELS.get(name, name)} p50",
        )
        ax.plot(
            xs,
            [s["scenarios"][name]["p95"] for s in sizes],
            "s--",
            color=colour,
            alpha=0.6,
            label=f"{LABELS.get(name, name)} p95",
        )
    for limit, text in (
        (5, "list p50 budget"),
        (50, "list p99 / search p95 budget"),
        (100, "verify p95 budget"),
    ):
        ax.axhline(limit, color="grey", linewidth=0.6, linestyle=":")
        ax.text(xs[0], limit * 1.05, text, fontsize=7, color="grey")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("quotes in the database")
    ax.set_ylabel("latency as served, ms (log)")
    ax.set_title("Quotes API latency against database size (waitress, SQLite, loopback)")
    ax.grid(True, which="both", linewidth=0.3)
    ax.legend(fontsize=7, ncol=2)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out)
    plt.close(fig)
    return out
