"""Main text and metadata of an HTML page, with trafilatura doing the heavy lifting.

trafilatura removes menus, cookie banners and related-article lists and finds the date; this
module corrects what it leaves for quoting: footnote markers and endnote lists, a headline
repeated as the first paragraph, a title that is really the site's name, a publishing timestamp
that disagrees with the date in the headline, and a canonical URL that points elsewhere.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura
from lxml.etree import ParserError

from retrieval.errors import BadInput
from retrieval.records import Article

from .dates import date_in_title

_MARKER = r"\[\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\]"
_INLINE_MARKER = re.compile(r" ?" + _MARKER)
_ENDNOTE = re.compile(r"\s*" + _MARKER)  # a paragraph opening with [12] is the note, not text
_ONLY_LINKS = re.compile(r"(?:\s*(?:https?://|www\.)\S+[;,]?)+\s*")
_XML_DECLARATION = re.compile(r"\s*<\?xml[^>]*\?>")  # lxml refuses it in a str
_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ")


def _first(tree: lxml.html.HtmlElement, xpath: str) -> str:
    for value in tree.xpath(xpath):
        text = value if isinstance(value, str) else value.text_content()
        text = " ".join(text.split())
        if text:
            return text
    return ""


def _strip_site(title: str, site: str) -> str:
    """'Headline | Site' -> 'Headline' when the separated part is the site's name."""
    site_key = site.casefold()
    for separator in _TITLE_SEPARATORS:
        parts = [p.strip() for p in title.split(separator)]
        if len(parts) > 1 and site_key in (parts[0].casefold(), parts[-1].casefold()):
            return separator.join(p for p in parts if p.casefold() != site_key)
    return title


def _page_title(found: str, title_tag: str, h1: str, site: str) -> str:
    """trafilatura's title unless it is only the site's name (a common og:title misuse).

    Then the <title> without its " | Site" part, then the first <h1>.
    """
    site_key = site.casefold()
    for title in (found, _strip_site(title_tag, site), h1):
        if title and title.casefold() != site_key:
            return title
    return found or title_tag


def _sane_url(href: str, base: str) -> str:
    """An absolute http(s) URL of an article page on the page's own site, else ""."""
    url = urljoin(base, href.strip()) if base else href.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    if parts.path in ("", "/") and not parts.query:
        return ""  # a site's home page stands for no article
    if base:
        base_host = (urlsplit(base).hostname or "").removeprefix("www.")
        if parts.hostname.removeprefix("www.") != base_host:
            return ""  # a page may not claim another site's article (it would replace it)
    return parts._replace(fragment="").geturl()


def _canonical(tree: lxml.html.HtmlElement, base: str) -> str:
    hrefs = tree.xpath(
        "//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href"
        " | //meta[@property='og:url']/@content"
    )
    for href in hrefs:
        url = _sane_url(href, base)
        if url:
            return url
    return urlsplit(base)._replace(fragment="").geturl() if base else ""


def _paragraphs(text: str, title: str) -> str:
    """Paragraphs separated by blank lines, without footnote markers, endnotes or headline."""
    kept: list[str] = []
    for line in text.split("\n"):
        if _ENDNOTE.match(line):
            continue
        line = _INLINE_MARKER.sub("", line).strip()
        if not line or _ONLY_LINKS.fullmatch(line) or (not kept and line == title):
            continue
        kept.append(line)
    return "\n\n".join(kept)


def extract_html(html: str, *, where: str, url: str = "") -> Article:
    """An Article from a page's HTML; `url` is where it was fetched from, "" for a file.

    Blocking and CPU-bound: async callers run it in a thread.
    """
    try:
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (ParserError, ValueError) as err:
        raise BadInput(f"{where}: not readable as HTML ({err})") from None
    # read before trafilatura, which prunes the tree it is given
    canonical = _canonical(tree, url)
    site = _first(tree, "//meta[@property='og:site_name']/@content")
    title_tag = _first(tree, "//head/title")
    h1 = _first(tree, "//h1")
    doc = trafilatura.bare_extraction(
        tree,
        url=url or None,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
    )
    if doc is None or not doc.text:
        raise BadInput(f"{where}: no article text found in the page")
    outlet = doc.sitename or site
    title = _page_title(" ".join((doc.title or "").split()), title_tag, h1, outlet)
    return Article(
        title=title,
        text=_paragraphs(doc.text, title),
        outlet=outlet,
        author=doc.author or "",
        published=date_in_title(title, doc.date or ""),
        url=canonical,
    )
