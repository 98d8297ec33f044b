"""One document's bytes or text to an Article: the part files, uploads and URLs share."""

from __future__ import annotations

from collections.abc import Mapping

from retrieval.errors import BadInput
from retrieval.records import Article

from .build import MAX_BYTES, finish
from .decode import decode_html, decode_text
from .frontmatter import split_front_matter
from .html import extract_html

TEXT, HTML = "text", "html"


def parse_text(
    text: str, *, where: str, overrides: Mapping[str, object], source_id: str = ""
) -> Article:
    """Plain or Markdown text, kept exactly as given after its optional front matter.

    `source_id` is a default (the file name) that the front matter's `id` replaces.
    """
    fields, body = split_front_matter(text, where)
    article = Article(**{"title": "", "source_id": source_id, **fields, "text": body})
    return finish(article, overrides, where)


def parse_document(
    data: bytes,
    kind: str,
    *,
    where: str,
    overrides: Mapping[str, object],
    url: str = "",
    charset: str = "",
    source_id: str = "",
) -> Article:
    """An Article from one document of `kind` TEXT or HTML; blocking (HTML extraction)."""
    if len(data) > MAX_BYTES:
        raise BadInput(f"{where}: too large ({len(data):,} bytes, at most {MAX_BYTES:,})")
    if kind == HTML:
        article = extract_html(decode_html(data, where, charset), where=where, url=url)
        article.source_id = source_id
        return finish(article, overrides, where)
    text = decode_text(data, where)
    return parse_text(text, where=where, overrides={"url": url, **overrides}, source_id=source_id)
