"""The last step shared by every source: overrides, dates, defaults and the minimum-text check.

Every way in (file, JSONL line, upload, pasted text, URL) ends here, so the rules about which
metadata wins and what counts as too little text are written once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping

from retrieval.errors import BadInput
from retrieval.language import detect_language
from retrieval.records import Article

MAX_BYTES = 5 * 1024 * 1024  # one article (file, upload or page); a real article is far smaller
MIN_TEXT_CHARS = 200  # below this there is nothing worth quoting: a stub, a paywall, an error page
MAX_TITLE_CHARS = 150  # a first line longer than this is a paragraph, not a headline

_FIELDS = {f.name for f in dataclasses.fields(Article)}
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_LANGUAGE = re.compile(r"[a-z]{2}")


def one_line(text: str, limit: int = 200) -> str:
    """User-given text (a link, a file name) made safe to show inside a one-line message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def normalize_date(value: object, where: str) -> str:
    """`YYYY-MM-DD` from a date, datetime or ISO string; "" stays ""; anything else is refused.

    Refusing instead of guessing keeps a mistyped date from silently misplacing a claim in time.
    """
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    if not text:
        return ""
    match = _ISO_DATE.match(text)
    if match:
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            pass
    raise BadInput(f"{where}: date {text[:40]!r} is not a date like 2025-02-06")


def default_title(text: str) -> str:
    """The first non-empty line when it is short enough to be a headline, else "".

    Markdown heading and quote marks ("# Siege diary", "> Sirens") are not part of it.
    """
    for line in text.splitlines():
        line = line.strip().lstrip("#>").strip()
        if line:
            return line if len(line) <= MAX_TITLE_CHARS else ""
    return ""


def finish(article: Article, overrides: Mapping[str, object], where: str) -> Article:
    """Apply the caller's metadata over the parsed one, then check and complete the article.

    Overrides that are None or "" mean "not given", so a form with empty fields keeps what the
    source says. Unknown names are a programming error, hence TypeError rather than BadInput.
    """
    unknown = set(overrides) - _FIELDS
    if unknown:
        raise TypeError(f"unknown Article fields: {', '.join(sorted(unknown))}")
    given = {k: v for k, v in overrides.items() if v is not None and v != ""}
    article = dataclasses.replace(article, **given)
    if len(article.text.strip()) < MIN_TEXT_CHARS:
        raise BadInput(
            f"{where}: too little text ({len(article.text.strip())} characters,"
            f" at least {MIN_TEXT_CHARS} needed)"
        )
    article.published = normalize_date(article.published, where)
    article.language = article.language.strip().lower()
    if article.language and not _LANGUAGE.fullmatch(article.language):
        raise BadInput(f"{where}: language {article.language[:20]!r} is not a two-letter code")
    if not article.language:
        article.language = detect_language(article.text)
    if not article.title.strip():
        article.title = default_title(article.text) or article.source_id or where
    return article
