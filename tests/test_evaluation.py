"""The metrics of shared/eval/README.md, on hand-made answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.config import REPO_ROOT
from retrieval.errors import BadInput
from retrieval.evaluation import (
    Outcome,
    Question,
    contains_answer,
    format_report,
    format_thresholds,
    load_questions,
    matches,
    metrics,
    percentile,
    report,
    score_answer,
    threshold_sweep,
)


def _question(qid: str = "q1", answerable: bool = True, gold: tuple[str, ...] = ("captured 909 soldiers",),
              answer: tuple[str, ...] = ("909",), side: str | None = "ukraine",
              tags: tuple[str, ...] = ("number",)) -> Question:
    return Question(id=qid, question="?", answerable=answerable, gold=gold if answerable else (),
                    answer=answer if answerable else (), side=side if answerable else None, tags=tags)


def _answer(*quotes: tuple[str, str], answered: bool = True, latency: float = 10.0) -> dict:
    return {"question": "?", "answered": answered, "latency_ms": latency,
            "quotes": [{"text": text, "side": side, "claimant": "", "score": 0.5, "article": {}}
                       for text, side in quotes]}


def test_matching_collapses_whitespace_and_is_case_sensitive():
    assert matches("Kyiv said it  captured\n909 soldiers on Monday.", "captured 909 soldiers")
    assert matches("  captured 909 soldiers ", " captured\t909  soldiers")
    assert not matches("Kyiv said it Captured 909 soldiers.", "captured 909 soldiers")


def test_a_fragment_shorter_than_the_gold_does_not_match():
    assert not matches("captured 909", "captured 909 soldiers")
    assert not matches("anything", "   ")


def test_answer_strings_are_case_insensitive_and_whitespace_normalised():
    assert contains_answer("The International  Legion is open.", ["international legion"])
    assert contains_answer("9,5 млрд кубометрів", ["9,5  млрд"])
    assert not contains_answer("nothing here", ["909", ""])


def test_rank_hit_and_side_of_the_first_gold_match():
    outcome = score_answer(_question(), _answer(("Unrelated.", "none"), ("Kyiv captured 909 soldiers.", "russia"),
                                                ("They captured 909 soldiers.", "ukraine")))
    assert outcome.rank == 2
    assert not outcome.hit1
    assert outcome.side_given == "russia"  # the side of the *first* match counts


def test_side_only_qualifies_within_the_first_five_quotes():
    quotes = [("filler %d." % i, "none") for i in range(5)] + [("captured 909 soldiers", "ukraine")]
    outcome = score_answer(_question(), _answer(*quotes))
    assert outcome.rank == 6
    assert outcome.side_given is None
    assert metrics([outcome])["side_accuracy"] == {"value": None, "n": 0}


def test_an_abstention_scores_as_no_quotes():
    outcome = score_answer(_question(), _answer(("captured 909 soldiers", "ukraine"), answered=False))
    assert outcome.rank is None and not outcome.hit1 and not outcome.answered


def test_the_closest_similarity_is_kept_even_when_abstaining():
    answer = _answer(("captured 909 soldiers", "ukraine"), answered=False)
    answer["quotes"][0]["similarity"] = 0.81
    answer["quotes"][0]["support"] = 0.84
    outcome = score_answer(_question(), answer)
    assert outcome.best_similarity == 0.81 and outcome.best_support == 0.84 and outcome.best_score == 0.5
    assert score_answer(_question(), _answer(answered=False)).best_similarity is None


def test_metrics_on_a_small_set():
    outcomes = [
        score_answer(_question("a"), _answer(("They captured 909 soldiers.", "ukraine")), 10),  # rank 1, hit
        score_answer(_question("b"), _answer(("No.", "none"), ("x", "none"), ("captured 909 soldiers", "russia")), 20),
        score_answer(_question("c"), _answer(("No.", "none")), 30),  # answered, miss
        score_answer(_question("d"), _answer(answered=False), 40),  # wrongly abstained
        score_answer(_question("e", answerable=False, tags=("unanswerable",)), _answer(answered=False), 50),
        score_answer(_question("f", answerable=False, tags=("unanswerable",)), _answer(("Some.", "none")), 60),
    ]
    m = metrics(outcomes)
    assert m["questions"] == 6
    assert m["recall@1"] == {"value": 0.25, "n": 4}
    assert m["recall@5"] == {"value": 0.5, "n": 4}
    assert m["mrr@10"] == {"value": round((1 + 1 / 3) / 4, 4), "n": 4}
    assert m["answer_hit@1"] == {"value": 0.25, "n": 4}
    assert m["side_accuracy"] == {"value": 0.5, "n": 2}
    assert m["abstention_precision"] == {"value": 0.5, "n": 2}
    assert m["abstention_recall"] == {"value": 0.5, "n": 2}
    assert m["wrongly_abstained"] == {"value": 0.25, "n": 4}
    assert m["latency_p50_ms"]["value"] == 30
    assert m["latency_p95_ms"]["value"] == 60

    result = report(outcomes)
    assert set(result["by_tag"]) == {"number", "unanswerable"}
    assert result["by_tag"]["unanswerable"]["recall@1"] == {"value": None, "n": 0}
    assert result["by_tag"]["number"]["questions"] == 4
    table = format_report(result)
    assert "overall" in table and "unanswerable" in table and "0.50 (2)" in table


def _closest(similarity: float | None, answerable: bool, qid: str, typed: bool = True) -> Outcome:
    answer = _answer(("Near.", "none")) if similarity is not None else _answer(answered=False)
    if similarity is not None:
        answer["quotes"][0].update(similarity=similarity, holds_answer_type=typed)
    return score_answer(_question(qid, answerable=answerable), answer)


def test_threshold_sweep_shows_each_threshold_and_suggests_the_highest_within_the_cap():
    answerable = [_closest(s, True, f"a{i}") for i, s in enumerate([0.80, 0.86, 0.87, 0.88, 0.89, 0.90,
                                                                     0.91, 0.92, 0.93, 0.94])]
    unanswerable = [_closest(s, False, f"u{i}") for i, s in enumerate([0.82, 0.85, 0.88, None])]
    sweep = threshold_sweep(answerable + unanswerable, "similarity", 0.83)
    by_threshold = {row["threshold"]: row for row in sweep["rows"]}
    assert sorted(by_threshold) == [0.8201, 0.83, 0.8501, 0.8801]
    # "Nothing came back" counts as abstained at every threshold.
    assert by_threshold[0.83]["abstention_recall"] == {"value": 0.5, "n": 4}
    assert by_threshold[0.83]["wrongly_abstained"] == {"value": 0.1, "n": 10}
    assert by_threshold[0.8801]["wrongly_abstained"] == {"value": 0.4, "n": 10}
    assert sweep["suggested"] == 0.8501  # 0.75 abstained, 1 answerable of 10 (the cap)
    text = format_thresholds(sweep)
    assert "0.8300" in text and "(now)" in text and "ANSWER_THRESHOLD=0.8501" in text


def test_a_best_quote_without_the_answer_type_is_abstained_at_every_threshold():
    untyped = _closest(0.95, False, "u", typed=False)
    assert not untyped.best_typed
    sweep = threshold_sweep([untyped, _closest(0.9, True, "a")], "similarity", 0.83)
    assert all(row["abstention_recall"]["value"] == 1.0 for row in sweep["rows"])


def test_an_answer_held_back_is_abstained_at_every_threshold():
    """"Who shot down MH17?" held back (its best quote does not name MH17) is no answer at any
    threshold, however close the quote."""
    answer = _answer(("Russian air defense shot down a drone.", "russia"), answered=False)
    answer["quotes"][0].update(similarity=0.95)
    held = score_answer(_question("u", answerable=False), {**answer, "held_back": True})
    assert held.held_back
    sweep = threshold_sweep([held, _closest(0.9, True, "a")], "similarity", 0.83)
    assert all(row["abstention_recall"]["value"] == 1.0 for row in sweep["rows"])


def test_threshold_sweep_without_unanswerable_questions_suggests_nothing():
    sweep = threshold_sweep([_closest(0.9, True, "a")], "similarity", 0.83)
    assert sweep["suggested"] is None and "keep the current one" in format_thresholds(sweep)


def test_percentile_is_nearest_rank():
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
    assert percentile(list(range(1, 101)), 95) == 95
    assert percentile([1, 2, 3, 4], 50) == 2


def test_load_questions(tmp_path):
    path = tmp_path / "q.jsonl"
    line = {"id": "x", "question": "how many?", "lang": "en", "answerable": True,
            "gold": [{"article": "a", "quote": "twenty quote characters"}], "answer": ["20"],
            "side": "ukraine", "tags": ["number"]}
    path.write_text(json.dumps(line) + "\n\n", encoding="utf-8")
    [question] = load_questions(path)
    assert question.gold == ("twenty quote characters",) and question.tags == ("number",)
    path.write_text('{"question": "no answerable field"}\n', encoding="utf-8")
    with pytest.raises(BadInput, match=":1:"):
        load_questions(path)
    with pytest.raises(BadInput):
        load_questions(tmp_path / "missing.jsonl")


def test_holdout_scores_a_threshold_on_questions_it_was_not_chosen_on():
    from benchmarks.threshold_holdout import holdout

    answerable = [_closest(0.90 + i / 1000, True, f"a{i}") for i in range(20)]
    unanswerable = [_closest(0.85, False, f"u{i}") for i in range(10)]
    result = holdout(answerable + unanswerable, "similarity", 0.83, splits=5)
    assert result["threshold"] == pytest.approx(0.8501)
    assert result["abstention_recall"] == 1.0 and result["wrongly_abstained"] == 0.0


@pytest.mark.parametrize("path", sorted((REPO_ROOT / "eval").rglob("*.jsonl")), ids=lambda p: p.parent.name + "/" + p.name)
def test_our_evaluation_sets_are_well_formed(path: Path) -> None:
    """Each of eval/'s sets loads, its ids are unique, and every answerable question says what
    a right answer quotes and contains (an unanswerable one says nothing of it)."""
    questions = load_questions(path)
    assert len({q.id for q in questions}) == len(questions)
    for q in questions:
        assert bool(q.gold) == bool(q.answer) == q.answerable, q.id
        assert q.answerable or q.side is None, q.id
