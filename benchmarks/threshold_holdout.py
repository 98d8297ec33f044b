"""How well an answer threshold chosen by `eval --thresholds` holds on questions it was not chosen on.

`conflictbot eval QUESTIONS --thresholds` suggests the highest threshold that keeps answerable
questions wrongly abstained within 10 %, chosen on those very questions. This splits the
questions of one `eval --json` run in random halves, chooses the threshold on one half and
scores it on the other, both ways, and prints the mean over the splits:

    .venv/bin/conflictbot --data-dir LIB eval QUESTIONS.jsonl --json > /tmp/eval.json
    .venv/bin/python -m benchmarks.threshold_holdout /tmp/eval.json [--splits 200]

Only the per-question outcomes are read (no library needed): abstaining depends on nothing
but the best quote's support, which the JSON keeps for every question, and on what no
threshold answers (a quote without the kind of answer asked for, an answer held back).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
from pathlib import Path

from retrieval.evaluation import (
    WRONG_ABSTENTION_CAP,
    Outcome,
    abstained_at,
    threshold_sweep,
)


def _outcomes(path: Path) -> tuple[list[Outcome], str, float]:
    report = json.loads(path.read_text(encoding="utf-8"))
    outcomes = [Outcome(**{**q, "tags": tuple(q["tags"])}) for q in report["questions"]]
    sweep = report["thresholds"]
    return outcomes, sweep["tested"], sweep["current"]


def holdout(outcomes: list[Outcome], tested: str, current: float, splits: int, seed: int = 0) -> dict:
    """Mean threshold, held-out abstention recall and wrongly-abstained share over the splits;
    a half with no suggestion keeps the current threshold."""
    draw = random.Random(seed)
    chosen, recalls, wrongs = [], [], []
    for _ in range(splits):
        shuffled = outcomes[:]
        draw.shuffle(shuffled)
        half = len(shuffled) // 2
        for fit, test in ((shuffled[:half], shuffled[half:]), (shuffled[half:], shuffled[:half])):
            threshold = threshold_sweep(fit, tested, current)["suggested"] or current
            unanswerable = [o for o in test if not o.answerable]
            answerable = [o for o in test if o.answerable]
            chosen.append(threshold)
            if unanswerable:
                recalls.append(abstained_at(unanswerable, tested, threshold) / len(unanswerable))
            wrongs.append(abstained_at(answerable, tested, threshold) / len(answerable))
    return {"threshold": statistics.mean(chosen), "abstention_recall": statistics.mean(recalls),
            "wrongly_abstained": statistics.mean(wrongs),
            "over_cap": sum(w > WRONG_ABSTENTION_CAP for w in wrongs) / len(wrongs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_json", type=Path, help="the output of `conflictbot eval … --json`")
    parser.add_argument("--splits", type=int, default=200)
    args = parser.parse_args()
    outcomes, tested, current = _outcomes(args.eval_json)
    result = holdout(outcomes, tested, current, args.splits)
    print(f"{len(outcomes)} questions, {args.splits} random halvings, threshold on the best quote's {tested}")
    print(f"chosen threshold (mean)          {result['threshold']:.4f}   (now {current:.4f})")
    print(f"held-out unanswerable abstained  {result['abstention_recall']:.2f}")
    print(f"held-out answerable abstained    {result['wrongly_abstained']:.3f}  "
          f"(over {WRONG_ABSTENTION_CAP:.0%} in {result['over_cap']:.0%} of the halves)")


if __name__ == "__main__":
    main()
