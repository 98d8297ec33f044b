"""`python -m benchmarks [--quick]`: measure, print the tables, write docs/performance.md."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from retrieval.config import REPO_ROOT, Settings

from . import report
from .ingestion import measure_ingestion
from .libraries import isw_library, sized_library
from .stats import load_average

QUESTIONS = REPO_ROOT.parent / "shared" / "eval" / "dev" / "questions.jsonl"


def _samples(size: int, quick: bool) -> tuple[int, int]:
    """(passes, questions) timed per size."""
    if quick:
        return 1, 30
    return 2, 1000


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10k and 100k only, fewer samples (~3 min once cached)")
    parser.add_argument("--sizes", help="comma-separated library sizes (default 10000,100000,1000000)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/conflictbot-bench"), help="built libraries")
    parser.add_argument("--questions", type=Path, default=QUESTIONS, help="JSONL with a `question` field")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "performance.md")
    args = parser.parse_args()
    sizes = [int(s) for s in (args.sizes or ("10000,100000" if args.quick else "10000,100000,1000000")).split(",")]

    run = {"when": report.now(), "command": " ".join(["python -m benchmarks", *sys.argv[1:]]),
           "model": Settings.from_env().model_name,
           "load_start": load_average(), "sizes": {}}
    isw_library(args.cache)
    run["ingestion"] = measure_ingestion(pages=4 if args.quick else 12)
    print(json.dumps({"ingestion": run["ingestion"]}), flush=True)
    for size in sizes:
        data, build = sized_library(args.cache, size)
        passes, timed = _samples(size, args.quick)
        measured = subprocess.run(
            [sys.executable, "-m", "benchmarks.measure", str(data), str(args.questions), str(passes), str(timed)],
            check=True, capture_output=True, text=True, cwd=REPO_ROOT,
        )
        run["sizes"][str(size)] = json.loads(measured.stdout.splitlines()[-1]) | {"build": build}
        print(json.dumps({size: run["sizes"][str(size)]}), flush=True)
    (args.cache / "last-run.json").write_text(json.dumps(run, indent=1))
    block = report.render(run)
    print(block)
    report.write(args.out, block)


if __name__ == "__main__":
    main()
