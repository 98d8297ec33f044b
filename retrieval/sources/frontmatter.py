"""Front matter at the top of a .md/.txt file or pasted text: a small, strict YAML subset.

Only flat `key: value` lines between `---` lines are accepted. Full YAML would turn
`title: Kyiv: day 3` into an error and `published: 2025-02-06` into a date object; a reporter's
metadata needs neither nesting nor types, and a strict subset lets a malformed header be
reported by line instead of being half-read.
"""

from __future__ import annotations

import json
import re

from retrieval.errors import BadInput

# front-matter key -> Article field; other keys (tags, layout...) are allowed and ignored
FIELDS = {
    "title": "title",
    "outlet": "outlet",
    "author": "author",
    "published": "published",
    "date": "published",
    "language": "language",
    "url": "url",
    "license": "license",
    "id": "source_id",
}
_OPEN = "---"
_CLOSE = ("---", "...")
_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(.*)")


def _unquote(raw: str, where: str) -> str:
    value = raw.strip()
    if value.startswith('"'):
        try:
            parsed = json.loads(value)
        except ValueError:
            raise BadInput(f"{where}: badly quoted value {value[:40]!r}") from None
        if not isinstance(parsed, str):
            raise BadInput(f"{where}: badly quoted value {value[:40]!r}")
        return parsed
    if value.startswith("'"):
        if len(value) < 2 or not value.endswith("'") or "'" in value[1:-1].replace("''", ""):
            raise BadInput(f"{where}: badly quoted value {value[:40]!r}")
        return value[1:-1].replace("''", "'")
    return value


def split_front_matter(text: str, where: str) -> tuple[dict[str, str], str]:
    """(Article fields from the header, the text after it); ({}, text) when there is no header.

    The body is returned byte for byte as given: the user's text is what gets quoted.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != _OPEN:
        return {}, text
    close = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in _CLOSE), None)
    if close is None:
        raise BadInput(f"{where}: front matter opened by '---' on line 1 is never closed")
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:close], 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.fullmatch(line.rstrip("\r\n"))
        if not match:
            raise BadInput(f"{where}: front matter line {number}: expected 'key: value'")
        key = match.group(1).lower()
        value = _unquote(match.group(2), f"{where}: front matter line {number}")
        field = FIELDS.get(key)
        if field is None:
            continue
        if field in fields:
            raise BadInput(f"{where}: front matter line {number}: {key!r} given twice")
        fields[field] = value
    return fields, "".join(lines[close + 1 :])
