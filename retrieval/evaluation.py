"""`conflictbot eval`: score the library on a question set, as shared/eval/README.md defines it.

What is scored is what a user sees: the JSON `ask --json` prints (`Answer.to_json()`), so a
ranking that looks good inside the search but is cut, reordered or abstained on later does not
count. An abstention counts as no quotes; its "closest, but not an answer" quotes are ignored.
Every figure is reported with the number of questions behind it, overall and for each tag.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BadInput

if TYPE_CHECKING:  # the engine sits above this module; only its type is needed here
    from .engine import Engine

RANK_DEPTH = 10  # MRR@10
SIDE_DEPTH = 5  # side accuracy looks at the first gold match within the first 5 quotes


def normalise(text: str) -> str:
    """Every run of whitespace collapsed to one space, ends stripped (the README's rule)."""
    return " ".join(text.split())


def matches(quote: str, gold_quote: str) -> bool:
    """A returned quote matches when it contains the whole gold quote, case-sensitively."""
    gold = normalise(gold_quote)
    return bool(gold) and gold in normalise(quote)


def contains_answer(quote: str, answers: Iterable[str]) -> bool:
    """Whether the quote contains one of the short answer strings (case-insensitive)."""
    text = normalise(quote).casefold()
    return any(normalise(a).casefold() in text for a in answers if a.strip())


@dataclass(frozen=True)
class Question:
    """One line of a questions.jsonl file (the fields the metrics use)."""

    id: str
    question: str
    answerable: bool
    gold: tuple[str, ...]
    answer: tuple[str, ...]
    side: str | None
    tags: tuple[str, ...]


def load_questions(path: Path) -> list[Question]:
    """The questions of a JSONL file; BadInput naming the line when one is malformed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise BadInput(f"{path}: cannot read ({err.strerror or err})") from err
    questions = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            questions.append(Question(
                id=str(raw.get("id") or f"line-{number}"), question=raw["question"],
                answerable=bool(raw["answerable"]), gold=tuple(g["quote"] for g in raw.get("gold") or []),
                answer=tuple(raw.get("answer") or []), side=raw.get("side"), tags=tuple(raw.get("tags") or []),
            ))
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise BadInput(f"{path}:{number}: not a question of the eval schema ({err})") from err
    if not questions:
        raise BadInput(f"{path}: no questions")
    return questions


@dataclass(frozen=True)
class Outcome:
    """How one answer fared on one question."""

    id: str
    tags: tuple[str, ...]
    answerable: bool
    answered: bool
    rank: int | None  # 1-based rank of the first quote matching a gold entry, within RANK_DEPTH
    hit1: bool  # the first quote contains an answer string
    side_expected: str | None
    side_given: str | None  # side of the first gold match within SIDE_DEPTH, if any
    latency_ms: float
    # The first quote's similarity, score and support, answered or offered as closest: what an
    # answer threshold tests, for choosing one (`threshold_sweep`). None when nothing came back.
    best_similarity: float | None = None
    best_score: float | None = None
    best_support: float | None = None
    # Whether it holds the kind of answer asked for: without it, no threshold answers.
    best_typed: bool = True
    # Abstained whatever the threshold (`Answer.held_back`).
    held_back: bool = False


def score_answer(question: Question, answer: dict, latency_ms: float | None = None) -> Outcome:
    """Score one `Answer.to_json()` against its question."""
    quotes = [q["text"] for q in answer.get("quotes", [])] if answer.get("answered") else []
    rank = next((i for i, text in enumerate(quotes[:RANK_DEPTH], 1)
                 if any(matches(text, g) for g in question.gold)), None)
    side_given = None
    if rank is not None and rank <= SIDE_DEPTH:
        side_given = answer["quotes"][rank - 1].get("side")
    return Outcome(
        id=question.id, tags=question.tags, answerable=question.answerable, answered=bool(answer.get("answered")),
        rank=rank, hit1=bool(quotes) and contains_answer(quotes[0], question.answer),
        side_expected=question.side, side_given=side_given,
        latency_ms=float(answer.get("latency_ms", 0.0) if latency_ms is None else latency_ms),
        best_similarity=answer["quotes"][0].get("similarity") if answer.get("quotes") else None,
        best_score=answer["quotes"][0].get("score") if answer.get("quotes") else None,
        best_support=answer["quotes"][0].get("support") if answer.get("quotes") else None,
        best_typed=answer["quotes"][0].get("holds_answer_type", True) if answer.get("quotes") else True,
        held_back=bool(answer.get("held_back")),
    )


def _share(hits: int, n: int) -> dict:
    return {"value": round(hits / n, 4) if n else None, "n": n}


def percentile(values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least p% of values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)], 1)


def metrics(outcomes: Sequence[Outcome]) -> dict:
    """Every figure of the README over these outcomes, each as {"value", "n"}."""
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    abstained = [o for o in outcomes if not o.answered]
    sided = [o for o in answerable if o.side_expected and o.side_given is not None]
    n = len(answerable)
    latencies = [o.latency_ms for o in outcomes]
    return {
        "questions": len(outcomes),
        "recall@1": _share(sum(o.rank == 1 for o in answerable), n),
        "recall@5": _share(sum(o.rank is not None and o.rank <= 5 for o in answerable), n),
        "mrr@10": {"value": round(sum(1 / o.rank for o in answerable if o.rank) / n, 4) if n else None, "n": n},
        "answer_hit@1": _share(sum(o.hit1 for o in answerable), n),
        "side_accuracy": _share(sum(o.side_given == o.side_expected for o in sided), len(sided)),
        "abstention_precision": _share(sum(not o.answerable for o in abstained), len(abstained)),
        "abstention_recall": _share(sum(not o.answered for o in unanswerable), len(unanswerable)),
        "wrongly_abstained": _share(sum(not o.answered for o in answerable), n),
        "latency_p50_ms": {"value": percentile(latencies, 50), "n": len(latencies)},
        "latency_p95_ms": {"value": percentile(latencies, 95), "n": len(latencies)},
    }


def report(outcomes: Sequence[Outcome]) -> dict:
    """Overall figures, then the same for each tag (a question counts under each of its tags)."""
    tags = sorted({t for o in outcomes for t in o.tags})
    return {
        "overall": metrics(outcomes),
        "by_tag": {t: metrics([o for o in outcomes if t in o.tags]) for t in tags},
        "questions": [asdict(o) for o in outcomes],
    }


# The cap on answerable questions abstained, which a suggested threshold keeps to.
WRONG_ABSTENTION_CAP = 0.10


def tested_value(outcome: Outcome, tested: str) -> float | None:
    """The best quote's value that the answer threshold tests ("support", "similarity" or
    "score", the calibration's `threshold_on`)."""
    return {"support": outcome.best_support, "similarity": outcome.best_similarity,
            "score": outcome.best_score}[tested]


def abstained_at(outcomes: Sequence[Outcome], tested: str, threshold: float) -> int:
    """How many of `outcomes` a threshold abstains on: those whose best quote is under it, lacks
    the kind of answer asked for, or was held back (which no threshold answers), or that
    returned nothing."""
    return sum(o.held_back or not o.best_typed or (v := tested_value(o, tested)) is None or v < threshold
               for o in outcomes)


def threshold_sweep(outcomes: Sequence[Outcome], tested: str, current: float,
                    cap: float = WRONG_ABSTENTION_CAP) -> dict:
    """What each answer threshold would abstain on, for choosing one for this library.

    A question is abstained on when its best quote's `tested` value (`tested_value`) is under
    the threshold, the quote lacks the kind of answer asked for or the answer was held back, and
    nothing else depends on it, so the outcomes of one run give every threshold's figures. The thresholds tried are the current
    one and, for each unanswerable question, the one that just abstains on it; `suggested` is the
    highest whose answerable questions abstained stay within `cap` (None when none does). The
    best similarity of near-misses grows with the library, so a large library needs a higher
    threshold than the 9.5k-sentence set the default was set on (docs/quality.md).
    """
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    breakpoints = (tested_value(o, tested) for o in unanswerable)
    candidates = sorted({round(current, 4), *(round(v + 1e-4, 4) for v in breakpoints if v is not None)})
    rows = [{"threshold": t,
             "abstention_recall": _share(abstained_at(unanswerable, tested, t), len(unanswerable)),
             "wrongly_abstained": _share(abstained_at(answerable, tested, t), len(answerable))}
            for t in candidates]
    within = [r["threshold"] for r in rows
              if r["wrongly_abstained"]["value"] is not None and r["wrongly_abstained"]["value"] <= cap]
    return {"tested": tested, "current": current, "cap": cap, "rows": rows,
            "suggested": max(within) if within and unanswerable else None}


async def evaluate(engine: Engine, path: Path) -> dict:
    """Ask every question of `path` as `ask --json` would, and score what comes back.

    Latency is measured around the whole `engine.ask` call, as the CLI's user waits for it,
    after one unscored warm-up question (the first ask loads the language detector and warms
    the model, which a running bot has long done).
    """
    questions = load_questions(path)
    await engine.ask(questions[0].question)
    outcomes = []
    for question in questions:
        started = time.perf_counter()
        answer = await engine.ask(question.question)
        elapsed = (time.perf_counter() - started) * 1000
        outcomes.append(score_answer(question, answer.to_json(), elapsed))
    result = report(outcomes)
    calibration = engine.calibration
    result["thresholds"] = threshold_sweep(outcomes, calibration.threshold_on, calibration.answer_threshold)
    return result


_COLUMNS = (
    ("recall@1", "r@1"), ("recall@5", "r@5"), ("mrr@10", "MRR@10"), ("answer_hit@1", "hit@1"),
    ("side_accuracy", "side acc (n)"), ("abstention_precision", "abst P (n)"),
    ("abstention_recall", "abst R (n)"), ("wrongly_abstained", "wrong abst"),
)


def _cell(figure: dict, with_n: bool, digits: int = 2) -> str:
    value = "–" if figure["value"] is None else f"{figure['value']:.{digits}f}"
    return f"{value} ({figure['n']})" if with_n else value


def format_report(result: dict) -> str:
    """A plain-text table: one row overall and one per tag.

    r@1, r@5, MRR@10, hit@1 and wrongly-abstained are over the row's answerable questions
    (column "ans"); the other figures say their own n in parentheses.
    """
    header = ["", "n", "ans", *(label for _, label in _COLUMNS), "p50 ms", "p95 ms"]
    rows = [header]
    for name, figures in [("overall", result["overall"]), *result["by_tag"].items()]:
        rows.append([
            name, str(figures["questions"]), str(figures["recall@1"]["n"]),
            *(_cell(figures[key], "(n)" in label) for key, label in _COLUMNS),
            _cell(figures["latency_p50_ms"], False, 1), _cell(figures["latency_p95_ms"], False, 1),
        ])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
             for row in rows]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def format_thresholds(sweep: dict) -> str:
    """The threshold sweep as text, ending with the suggestion and how to apply it."""
    rows = sweep["rows"]
    n_unanswerable = rows[0]["abstention_recall"]["n"] if rows else 0
    n_answerable = rows[0]["wrongly_abstained"]["n"] if rows else 0
    lines = [f"answer threshold on the best quote's {sweep['tested']}: now {sweep['current']:.4f}",
             f"{'threshold':>10}  {f'abst R ({n_unanswerable})':>12}  {f'wrong abst ({n_answerable})':>15}"]
    for row in rows:
        mark = "  (now)" if row["threshold"] == round(sweep["current"], 4) else ""
        lines.append(f"{row['threshold']:>10.4f}  {_cell(row['abstention_recall'], False):>12}  "
                     f"{_cell(row['wrongly_abstained'], False):>15}{mark}")
    if sweep["suggested"] is None:
        lines.append("no threshold abstains on an unanswerable question within the cap: keep the current one")
    else:
        lines.append(f"highest threshold with at most {sweep['cap']:.0%} of answerable questions abstained: "
                     f"{sweep['suggested']:.4f} (set ANSWER_THRESHOLD={sweep['suggested']:.4f} in .env)")
    return "\n".join(lines)
