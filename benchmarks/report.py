"""The benchmark's Markdown: tables, the targets of issue 7 with met/missed, the command.

The generated part replaces what lies between two markers in docs/performance.md, so the
hand-written analysis around it survives a re-run.
"""

from __future__ import annotations

import os
import platform
from datetime import datetime, timezone
from pathlib import Path

START = "<!-- benchmark:start -->"
END = "<!-- benchmark:end -->"
PARTS = ("encode", "search", "lexical", "fetch", "rank+format")
DATA = {"10000": "real ISW sentences", "100000": "40k real ISW + 60k perturbed copies",
        "1000000": "40k real ISW + 960k perturbed copies (synthetic vectors)"}


def _ms(p: dict) -> str:
    return f"{p['p50']:.1f} / {p['p95']:.1f}"


def render(run: dict) -> str:
    sizes, ingestion = run["sizes"], run["ingestion"]
    lines = [
        START,
        f"Run {run['when']} on {os.cpu_count()} cores ({platform.processor() or platform.machine()}), "
        f"`{run['command']}`, model `{run.get('model', '?')}`; load average at start {run['load_start']:.2f}. "
        "Other jobs shared the cores: "
        "each row gives the one-minute load average when it was measured.",
        "",
        "### Ingestion",
        "",
        "| pages | sentences | ingest sent/s | model `encode` sent/s (same sentences) | ratio | load |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {ingestion['pages']} | {ingestion['sentences']} | {ingestion['ingest_per_s']:.1f} | "
        f"{ingestion['encode_per_s']:.1f} | {ingestion['ratio']:.2f} | {ingestion['load']:.2f} |",
        "",
        "### `ask` latency, ms p50 / p95",
        "",
        "| sentences | data | index | asks | total | " + " | ".join(PARTS) + " | 1-question encode | load |",
        "| ---: | --- | --- | ---: | ---: | " + " | ".join("---:" for _ in PARTS) + " | ---: | ---: |",
    ]
    for size, r in sizes.items():
        lines.append(f"| {int(size):,} | {DATA.get(size, 'ISW-derived')} | {r['kind']} | {r['asks_timed']} | "
                     f"{_ms(r['ask']['total'])} | "
                     + " | ".join(_ms(r["ask"][p]) for p in PARTS) + f" | {_ms(r['encode_ms'])} | {r['load']:.2f} |")
    lines += [
        "",
        "### Resources, start-up, recall, updates",
        "",
        "| sentences | index | build s | start-up s (index + model) | RSS MB (peak) | recall@10 vs exact "
        "| add 1 article s (sentences; without its encoding) | remove it s |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size, r in sizes.items():
        s, m, a = r["startup"], r["memory"], r["add_article"]
        build = f"{r['build']['build_s']:.1f}" if r.get("build") else "–"
        recall = "exact" if r["recall10"] is None else f"{r['recall10']:.3f}"
        lines.append(f"| {int(size):,} | {r['kind']} | {build} | {s['index_s'] + s['model_s']:.2f} "
                     f"({s['index_s']:.2f} + {s['model_s']:.2f}) | {m['rss_mb']:.0f} ({m['peak_mb']:.0f}) | {recall} "
                     f"| {a['total_s']:.2f} ({a['sentences']}; {a['without_encode_s']:.3f}) | {a['remove_s']:.3f} |")
    lines += ["", "### Targets (issue 7)", "", "| target | measured | |", "| --- | --- | --- |"]
    lines += [f"| {name} | {value} | {'met' if ok else '**missed**'} |" for name, value, ok in targets(run)]
    lines.append(END)
    return "\n".join(lines)


def targets(run: dict) -> list[tuple[str, str, bool]]:
    """Each target of issue 7 that this run measured: (target, measured value, met)."""
    out = []
    ingestion, sizes = run["ingestion"], run["sizes"]
    out.append(("ingestion ≥ 0.9× model encode throughput", f"{ingestion['ratio']:.2f}×", ingestion["ratio"] >= 0.9))
    if r := sizes.get("100000"):
        limit = 1.5 * r["encode_ms"]["p50"]
        out.append(("ask p50 ≤ 1.5× one-question encode at 100k",
                    f"{r['ask']['total']['p50']:.1f} ms vs {limit:.1f} ms", r["ask"]["total"]["p50"] <= limit))
        startup = r["startup"]["index_s"] + r["startup"]["model_s"]
        out.append(("start-up < 5 s at 100k", f"{startup:.2f} s", startup < 5))
    if r := sizes.get("1000000"):
        out.append(("ask p95 < 60 ms at 1M", f"{r['ask']['total']['p95']:.1f} ms", r["ask"]["total"]["p95"] < 60))
        recall = 1.0 if r["recall10"] is None else r["recall10"]
        out.append(("recall@10 ≥ 0.95 at 1M", f"{recall:.3f}", recall >= 0.95))
        out.append(("resident memory < 2.5 GB at 1M", f"{r['memory']['rss_mb'] / 1024:.2f} GB",
                    r["memory"]["rss_mb"] < 2.5 * 1024))
        add = r["add_article"]["without_encode_s"]
        out.append(("add 1 article at 1M: < 0.5 s plus its encoding", f"{add:.3f} s + encoding", add < 0.5))
    return out


def write(path: Path, block: str) -> None:
    """Replace the generated block in `path`, or append it when the file has none."""
    text = path.read_text() if path.exists() else "# Performance\n\n"
    if START in text and END in text:
        head, _, rest = text.partition(START)
        text = head + block + rest.partition(END)[2]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
