"""A folder's `manifest.jsonl`: the metadata of saved pages that the pages themselves lack.

Saved HTML often has no usable link (ISW's pages give a relative canonical path and an `og:url`
to a development host), a site-wide title or no date. A corpus that comes with a manifest —
one JSON object per line naming a `file` and any of the article fields of the bulk JSONL
schema (`url`, `title`, `outlet`, `author`, `published`, `language`, `license`, `id`) —
gets those values over what extraction finds, so that every quote can carry its link.

A manifest covers the files of its folder and of the folders below it. `file` is a path
relative to the manifest's folder, or a bare file name when the manifest lists that name
once (`shared/corpora/isw/manifest.jsonl` names `2022-02-24.html` for `html/2022-02-24.html`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from retrieval.errors import BadInput

from .build import one_line
from .jsonl import FIELDS, json_object, text_fields

MANIFEST = "manifest.jsonl"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024

# Manifest key -> Article field: the bulk schema's, less the text (the file holds it).
_METADATA = {key: name for key, name in FIELDS.items() if key != "text"}


@dataclass
class Manifest:
    """One manifest's entries, by path relative to its folder and by file name."""

    folder: Path
    by_path: dict[str, dict[str, str]] = field(default_factory=dict)
    by_name: dict[str, dict[str, str] | None] = field(default_factory=dict)  # None: name listed twice

    def entry_for(self, file: Path) -> dict[str, str] | None:
        """The Article overrides for `file`, or None when the manifest does not list it."""
        relative = file.relative_to(self.folder).as_posix()
        if relative in self.by_path:
            return self.by_path[relative]
        return self.by_name.get(file.name)


def read_manifest(path: Path) -> tuple[Manifest, list[BadInput]]:
    """The manifest at `path`, and a BadInput for each line it cannot use (the others still count)."""
    where = one_line(str(path), limit=400)
    manifest = Manifest(path.parent)
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            return manifest, [BadInput(f"{where}: too large (at most {MAX_MANIFEST_BYTES:,} bytes)")]
        data = path.read_bytes()
    except OSError as err:
        return manifest, [BadInput(f"{where}: cannot be read ({err.strerror or err})")]
    problems = []
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.strip():
            try:
                name, overrides = _entry(line, f"{where} line {number}")
            except BadInput as err:
                problems.append(err)
                continue
            manifest.by_path[Path(name).as_posix()] = overrides
            bare = Path(name).name
            manifest.by_name[bare] = None if bare in manifest.by_name else overrides
    return manifest, problems


def _entry(line: bytes, where: str) -> tuple[str, dict[str, str]]:
    record = json_object(line, where)
    name = record.get("file")
    if not isinstance(name, str) or not name.strip():
        raise BadInput(f"{where}: expected an object with a 'file' name")
    return name.strip(), text_fields(record, _METADATA, where)


class Manifests:
    """The manifests that cover files below `top`: in their own folder or any folder up to `top`."""

    def __init__(self, top: Path) -> None:
        self.top = top
        self.problems: list[BadInput] = []
        self._found: dict[Path, Manifest | None] = {}

    def governing(self, file: Path) -> Manifest | None:
        """The nearest manifest above `file`, within `top`, or None."""
        for folder in file.parents:
            if folder not in self._found:
                path = folder / MANIFEST
                if path.is_file():
                    self._found[folder], problems = read_manifest(path)
                    self.problems += problems
                else:
                    self._found[folder] = None
            if self._found[folder] is not None or folder == self.top or self.top not in folder.parents:
                return self._found[folder]
        return None
