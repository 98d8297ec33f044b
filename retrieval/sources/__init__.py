"""Where articles come from: files, folders, bulk JSONL, uploads, pasted text and URLs.

Every source ends in an `Article` with its main text (paragraphs separated by blank lines) and
metadata, or a `BadInput` with a one-line reason. Metadata given by the caller or by front
matter wins over what is extracted.
"""

from retrieval.language import detect_language

from .fetch import USER_AGENT, FetchSettings, check_url, fetch_url
from .files import article_from_text, article_from_upload, load_path
from .manifest import MANIFEST

__all__ = [
    "MANIFEST",
    "USER_AGENT",
    "FetchSettings",
    "article_from_text",
    "article_from_upload",
    "check_url",
    "detect_language",
    "fetch_url",
    "load_path",
]
