"""Bulk `.jsonl` files in the schema of shared/eval/README.md: one article per line.

Each line stands alone: a bad line becomes a BadInput naming its line number and the good lines
are still returned, so one typo does not hold back a thousand articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from retrieval.errors import BadInput
from retrieval.records import Article

from .build import MAX_BYTES, finish

# JSON key -> Article field; every value is a string
FIELDS = {
    "id": "source_id",
    "url": "url",
    "title": "title",
    "outlet": "outlet",
    "author": "author",
    "published": "published",
    "language": "language",
    "license": "license",
    "text": "text",
}


def _article(line: bytes, where: str) -> Article:
    if len(line) > MAX_BYTES:
        raise BadInput(f"{where}: too large ({len(line):,} bytes, at most {MAX_BYTES:,})")
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        raise BadInput(f"{where}: not valid UTF-8") from None
    except ValueError as err:
        raise BadInput(f"{where}: not valid JSON ({err})") from None
    if not isinstance(record, dict):
        raise BadInput(f"{where}: expected a JSON object, got {type(record).__name__}")
    wrong = [key for key in FIELDS if key in record and not isinstance(record[key], str)]
    if wrong:
        raise BadInput(f"{where}: {', '.join(wrong)} must be text")
    if "text" not in record:
        raise BadInput(f"{where}: no 'text'")
    fields = {FIELDS[key]: value for key, value in record.items() if key in FIELDS}
    return finish(Article(**{"title": "", **fields}), {}, where)


def iter_jsonl(data: bytes, name: str) -> Iterator[Article | BadInput]:
    """Every article of the file in order, with a BadInput in place of each bad line."""
    for number, line in enumerate(data.split(b"\n"), 1):
        if not line.strip():
            continue
        try:
            yield _article(line, f"{name} line {number}")
        except BadInput as err:
            yield err
