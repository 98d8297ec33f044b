"""`conflictbot`: the maintainers' command line, a thin layer over the engine.

Every command exits 0 on success and otherwise prints one line to stderr and exits non-zero
(DESIGN.md's contract); errors of ours also go to the log with their traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from tqdm import tqdm

from .answer import format_answer
from .config import Settings
from .engine import Engine, IngestResult
from .errors import BadInput, UserError

log = logging.getLogger("conflictbot")

CONNECT_HELP = (
    "No DISCORD_TOKEN is configured, so the bot is not connecting to Discord.\n"
    "To connect: create an application at https://discord.com/developers/applications, copy its bot\n"
    "token into .env as DISCORD_TOKEN=... (see .env.example and the README), then run this again.\n"
    "Meanwhile, questions typed here are answered by the same pipeline (Ctrl-D to quit)."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="conflictbot", description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="library folder (default: $CONFLICTBOT_DATA_DIR or ./data)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = sub.add_parser("ingest", help="add files, folders or URLs to the library")
    ingest.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    ingest.add_argument("--guild", type=int, help="add to this Discord server's own library")

    sub.add_parser("reindex", help="re-embed every sentence with the configured model")

    ask = sub.add_parser("ask", help="answer a question ('-': one question per line on stdin)")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--guild", type=int, help="also search this Discord server's library")

    articles = sub.add_parser("articles", help="list, show or remove articles")
    articles.add_argument("action", nargs="?", choices=["list", "show", "remove"], default="list")
    articles.add_argument("id", nargs="?")
    articles.add_argument("--guild", type=int, help="this Discord server's own library")
    articles.add_argument("--limit", type=int, default=50)

    stats = sub.add_parser("stats", help="counts, model, index type, sizes")
    stats.add_argument("--json", action="store_true")
    stats.add_argument("--guild", type=int)

    evaluate = sub.add_parser("eval", help="score the library on a question set")
    evaluate.add_argument("questions", type=Path)
    evaluate.add_argument("--json", action="store_true")
    evaluate.add_argument("--thresholds", action="store_true",
                          help="also show what each answer threshold would abstain on, and the one to set")

    check = sub.add_parser("check", help="store ↔ index consistency")
    check.add_argument("--repair", action="store_true")

    sub.add_parser("run", help="run the Discord bot (terminal mode without a token)")
    return parser


def _progress(total: int, desc: str) -> tqdm:
    return tqdm(total=total, desc=desc, unit="sent", file=sys.stderr, disable=None)


async def cmd_ingest(engine: Engine, args: argparse.Namespace) -> int:
    from .sources import fetch_url

    counts = {"ok": 0, "failed": 0}

    def report(item: IngestResult | UserError) -> None:
        if isinstance(item, UserError):
            counts["failed"] += 1
            print(f"error: {item}", file=sys.stderr)
        else:
            counts["ok"] += 1
            print(item.message)

    for target in args.paths:
        if target.startswith(("http://", "https://")):
            try:
                article = await fetch_url(target)
                article.guild_id = args.guild
                report(await engine.add_article(article))
            except UserError as err:
                report(err)
            continue
        path = Path(target)
        if not path.exists():
            report(BadInput(f"{target}: no such file or folder"))
            continue
        await engine.ingest_path(path, args.guild, on_result=report)
    # Partly done is done: each failure was reported on its own line above.
    return 1 if counts["failed"] and not counts["ok"] else 0


async def cmd_reindex(engine: Engine, args: argparse.Namespace) -> int:
    total = await engine.store.count_sentences()
    with _progress(total, "reindex") as bar:
        count = await engine.reindex(bar.update)
    print(f"re-embedded {count} sentences with {engine.settings.model_name}")
    return 0


async def cmd_ask(engine: Engine, args: argparse.Namespace) -> int:
    questions = (line.strip() for line in sys.stdin) if args.question == "-" else iter([args.question])
    if args.question == "-":
        questions = (q for q in questions if q)
    status = 0
    async for answer in engine.ask_many(questions, args.guild):
        if isinstance(answer, UserError):
            print(f"error: {answer}", file=sys.stderr)
            status = 2
            if args.json:
                print(json.dumps({"error": str(answer)}, ensure_ascii=False), flush=True)
            continue
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            print(format_answer(answer) + "\n", flush=True)
    return status


async def cmd_articles(engine: Engine, args: argparse.Namespace) -> int:
    if args.action in ("show", "remove") and not args.id:
        raise BadInput(f"`articles {args.action}` needs an article id")
    if args.action == "list":
        for info in await engine.list_articles(args.guild, own_only=args.guild is not None, limit=args.limit):
            print(f"{info.id}\t{info.published or '-'}\t{info.language or '-'}\t{info.outlet or '-'}\t"
                  f"{info.sentence_count}\t{info.title}")
    elif args.action == "show":
        info = await engine.get_article(args.id, args.guild)
        print(json.dumps({**info.to_json(), "author": info.author, "guild_id": info.guild_id,
                          "sentences": info.sentence_count, "added_at": info.added_at}, ensure_ascii=False, indent=2))
        for sentence in await engine.store.article_sentences(info.id):
            attribution = sentence.attribution
            print(f"[{sentence.position}] ({attribution.side.value}: {attribution.claimant or '-'}) {sentence.text}")
    else:
        info = await engine.remove_article(args.id, args.guild, shared_allowed=True)
        print(f"removed {info.id}: {info.title}")
    return 0


async def cmd_stats(engine: Engine, args: argparse.Namespace) -> int:
    stats = await engine.stats(args.guild)
    if args.json:
        print(json.dumps(stats.to_json(), ensure_ascii=False))
        return 0
    print(f"articles   {stats.articles}  ({', '.join(f'{k}: {v}' for k, v in stats.languages.items())})")
    print(f"sentences  {stats.sentences}")
    print(f"dates      {stats.oldest or '-'} … {stats.newest or '-'}")
    print(f"model      {stats.model} ({stats.dimension} dimensions)")
    print(f"index      {stats.index_type}, {stats.index_vectors} vectors, {stats.index_bytes / 1e6:.1f} MB")
    print(f"store      {stats.store_bytes / 1e6:.1f} MB")
    return 0


async def cmd_eval(engine: Engine, args: argparse.Namespace) -> int:
    from .evaluation import evaluate, format_report, format_thresholds

    report = await evaluate(engine, args.questions)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
        if args.thresholds:
            print("\n" + format_thresholds(report["thresholds"]))
    return 0


async def cmd_check(engine: Engine, args: argparse.Namespace) -> int:
    report = await engine.check(repair=args.repair)
    splits = f"split by older rules in {report.stale_splits} articles" if report.stale_splits else "current"
    print(f"store sentences {report.store_sentences}, index vectors {report.index_vectors}, "
          f"missing from index {report.missing_from_index}, extra in index {report.extra_in_index}, "
          f"without vector {report.missing_vectors}, model {'ok' if report.model_ok else 'MISMATCH'}, "
          f"attributions {'made by older rules' if report.stale_attributions else 'current'}, "
          f"sentences {splits}")
    for line in report.repaired:
        print(f"repaired: {line}")
    if report.clean or report.repaired:
        return 0
    print("error: the library needs repair; run `conflictbot check --repair`", file=sys.stderr)
    return 1


async def cmd_run(engine: Engine, args: argparse.Namespace) -> int:
    """Terminal mode: the same pipeline as the bot, for a deployment without a token yet."""
    print(CONNECT_HELP, file=sys.stderr)
    loop = asyncio.get_running_loop()
    while True:
        print("? ", end="", file=sys.stderr, flush=True)
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return 0
        if not line.strip():
            continue
        try:
            print(format_answer(await engine.ask(line)) + "\n", flush=True)
        except UserError as err:
            print(f"error: {err}", file=sys.stderr)


COMMANDS: dict[str, Callable] = {
    "ingest": cmd_ingest, "reindex": cmd_reindex, "ask": cmd_ask, "articles": cmd_articles,
    "stats": cmd_stats, "eval": cmd_eval, "check": cmd_check, "run": cmd_run,
}


async def _main(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "run" and settings.discord_token:
        # The Discord adapter lives beside the library, never inside it (DESIGN.md).
        bot = importlib.import_module("bot")
        await bot.run_bot(settings)
        return 0
    engine = await Engine.open(settings, sync_corpus=args.command not in ("check", "reindex"),
                               for_reindex=args.command == "reindex", repair=args.command != "check")
    try:
        return await COMMANDS[args.command](engine, args)
    finally:
        await engine.close()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings.from_env(data_dir=args.data_dir)
    logging.basicConfig(level=logging.DEBUG if args.verbose else settings.log_level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        code = asyncio.run(_main(args, settings))
        sys.stdout.flush()  # a reader gone away shows here, not as a traceback at exit
        return code
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`conflictbot stats | head -1`): nothing is wrong, and the
        # output left unflushed must not fail again at exit (Python's documented recipe).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as err:  # ours: full traceback in the log, one line for the user
        log.exception("unexpected error")
        print(f"error: sorry, something went wrong on our side ({type(err).__name__}); see the log above",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
