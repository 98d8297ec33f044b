"""Check HTML extraction on the ISW pages of shared/corpora/isw against their manifest.

A page passes when its title and date equal the manifest's, its main text has more than 2,000
characters, no footnote marker like [12] is left, and no paragraph is a navigation link of the
page (the text of a link inside <nav>, <header>, <footer> or a menu/breadcrumb block).

    .venv/bin/python scripts/check_isw_extraction.py [../shared/corpora/isw] [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from retrieval.errors import BadInput
from retrieval.records import Article
from retrieval.sources import load_path

MARKER = re.compile(r"\[\d{1,3}\]")
NAV_XPATH = (
    "//nav//a | //header//a | //footer//a"
    " | //*[contains(@class, 'menu') or contains(@class, 'breadcrumb')"
    " or contains(@id, 'menu') or contains(@id, 'nav')]//a"
)


def navigation_texts(path: Path) -> set[str]:
    """Texts of the page's navigation links; a paragraph equal to one of them is navigation."""
    tree = lxml.html.fromstring(path.read_bytes())
    texts = {" ".join(a.text_content().split()) for a in tree.xpath(NAV_XPATH)}
    return {t for t in texts if t}


def problems(article: Article, expected: dict, path: Path) -> list[str]:
    found = []
    if article.title != expected["title"]:
        found.append(f"title {article.title!r} != {expected['title']!r}")
    if article.published != expected["published"]:
        found.append(f"date {article.published!r} != {expected['published']!r}")
    if len(article.text) <= 2000:
        found.append(f"text only {len(article.text)} chars")
    if MARKER.search(article.text):
        found.append(f"footnote marker {MARKER.search(article.text).group()} left")
    navigation = navigation_texts(path) & set(article.text.split("\n\n"))
    if navigation:
        found.append(f"navigation text left: {sorted(navigation)[:3]}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default="../shared/corpora/isw", type=Path)
    parser.add_argument("--show", type=int, default=5, help="failures to print")
    args = parser.parse_args()
    manifest = {
        row["file"]: row
        for row in map(json.loads, (args.corpus / "manifest.jsonl").read_text().splitlines())
    }
    start = time.perf_counter()
    results = list(load_path(args.corpus / "html"))
    seconds = time.perf_counter() - start
    failures: list[tuple[str, list[str]]] = []
    for result in results:
        if isinstance(result, BadInput):
            failures.append((str(result).split(":")[0], [str(result)]))
            continue
        path = args.corpus / "html" / result.source_id
        found = problems(result, manifest[result.source_id], path)
        if found:
            failures.append((result.source_id, found))
    total = len(manifest)
    passed = total - len(failures)
    chars = sum(len(r.text) for r in results if isinstance(r, Article))
    print(f"pages: {total}  passed: {passed} ({100 * passed / total:.1f}%)")
    print(
        f"extraction: {seconds:.1f} s, {total / seconds:.1f} pages/s, {chars:,} characters of text"
    )
    for name, found in failures[: args.show]:
        print(f"FAIL {name}: {'; '.join(found)}")
    return 0 if passed >= 0.95 * total else 1


if __name__ == "__main__":
    sys.exit(main())
