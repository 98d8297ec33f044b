"""Files, folders, Discord attachments and pasted text.

A folder is read recursively in sorted order so that ingesting it twice gives the same order,
and each file's problem is reported without stopping the others. A `manifest.jsonl` beside the
files (or in a folder above, up to the one above the path given) gives their metadata and lists
which of them are articles (`manifest.py`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from retrieval.errors import BadInput
from retrieval.records import Article

from .build import MAX_BYTES, one_line
from .jsonl import iter_jsonl
from .manifest import MANIFEST, Manifests
from .parse import HTML, TEXT, parse_document, parse_text

KINDS = {".md": TEXT, ".markdown": TEXT, ".txt": TEXT, ".html": HTML, ".htm": HTML}
JSONL = ".jsonl"
MAX_JSONL_BYTES = 512 * 1024 * 1024  # a bulk file is read whole; this keeps that bounded


def _read(path: Path, limit: int, where: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise BadInput(f"{where}: too large ({size:,} bytes, at most {limit:,})")
        return path.read_bytes()
    except OSError as err:
        raise BadInput(f"{where}: cannot be read ({err.strerror or err})") from None


def _load_file(path: Path, manifests: Manifests) -> Iterator[Article | BadInput]:
    suffix = path.suffix.lower()
    where = one_line(str(path), limit=400)
    seen = len(manifests.problems)
    manifest = manifests.governing(path)
    yield from manifests.problems[seen:]
    try:
        if path.name == MANIFEST:
            raise BadInput(f"{where}: a manifest holds the metadata of the files beside it, not articles:"
                           " ingest its folder")
        overrides = manifest.entry_for(path) if manifest else {}
        if overrides is None:
            raise BadInput(f"{where}: not listed in {one_line(str(manifest.folder / MANIFEST), limit=400)},"
                           " which describes its folder; skipped")
        if suffix == JSONL:
            yield from iter_jsonl(_read(path, MAX_JSONL_BYTES, where), where)
        elif suffix in KINDS:
            data = _read(path, MAX_BYTES, where)
            yield parse_document(
                data, KINDS[suffix], where=where, overrides=overrides, source_id=path.name
            )
        else:
            raise BadInput(
                f"{where}: unsupported file type (use {', '.join(sorted(KINDS))}, .jsonl)"
            )
    except BadInput as err:
        yield err


def _files_under(folder: Path) -> list[Path]:
    """Supported files below `folder`, sorted by path, skipping hidden files and folders."""
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            Path(root, name)
            for name in names
            if not name.startswith(".") and Path(name).suffix.lower() in (*KINDS, JSONL)
        ]
    return sorted(found, key=lambda path: path.relative_to(folder).parts)


def load_path(path: Path) -> Iterator[Article | BadInput]:
    """The articles of a file or of every supported file under a folder, with the metadata of
    the manifest that covers each.

    Problems with a file or a JSONL line are yielded as BadInput in their place; a path that
    does not exist raises BadInput at once.
    """
    path = Path(path)
    if path.is_dir():
        manifests = Manifests(path.parent)
        for file in _files_under(path):
            if file.name != MANIFEST:
                yield from _load_file(file, manifests)
    elif path.exists():
        yield from _load_file(path, Manifests(path.parent.parent))
    else:
        raise BadInput(f"{one_line(str(path), limit=400)}: no such file or folder")


def article_from_upload(filename: str, data: bytes, **overrides: object) -> Article:
    """An attached file, parsed by its extension with the same limits as a file on disk."""
    where = one_line(filename)
    suffix = Path(filename).suffix.lower()
    if suffix not in KINDS:
        raise BadInput(
            f"{where}: unsupported attachment (use {', '.join(sorted(KINDS))}; "
            "bulk .jsonl files are for the command line)"
        )
    return parse_document(data, KINDS[suffix], where=where, overrides=overrides, source_id=filename)


def article_from_text(
    text: str,
    title: str = "",
    outlet: str = "",
    published: str = "",
    url: str = "",
    author: str = "",
) -> Article:
    """Pasted text; front matter inside it is allowed and the arguments win over it."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise BadInput(f"pasted text: too large (at most {MAX_BYTES:,} bytes)")
    overrides = dict(title=title, outlet=outlet, published=published, url=url, author=author)
    return parse_text(text, where="pasted text", overrides=overrides)
