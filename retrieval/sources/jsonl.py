"""Bulk `.jsonl` files in the schema of shared/eval/README.md: one article per line.

Each line stands alone: a bad line becomes a BadInput naming its line number and the good lines
are still returned, so one typo does not hold back a thousand articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

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


def json_object(line: bytes, where: str) -> dict[str, object]:
    """One line of a JSONL file as the JSON object it must be."""
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        raise BadInput(f"{where}: not valid UTF-8") from None
    except ValueError as err:
        raise BadInput(f"{where}: not valid JSON ({err})") from None
    if not isinstance(record, dict):
        raise BadInput(f"{where}: expected a JSON object, got {type(record).__name__}")
    return record


def text_fields(record: dict[str, object], fields: Mapping[str, str], where: str) -> dict[str, str]:
    """The record's values under `fields` (JSON key -> Article field), each of which must be text."""
    wrong = [key for key in fields if key in record and not isinstance(record[key], str)]
    if wrong:
        raise BadInput(f"{where}: {', '.join(wrong)} must be text")
    return {name: str(record[key]) for key, name in fields.items() if key in record}


def _article(line: bytes, where: str) -> Article:
    if len(line) > MAX_BYTES:
        raise BadInput(f"{where}: too large ({len(line):,} bytes, at most {MAX_BYTES:,})")
    record = json_object(line, where)
    fields = text_fields(record, FIELDS, where)
    if "text" not in record:
        raise BadInput(f"{where}: no 'text'")
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
