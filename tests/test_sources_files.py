"""Files, folders, JSONL, uploads and pasted text (retrieval.sources), no network."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.errors import BadInput
from retrieval.records import Article
from retrieval.sources import (
    article_from_text,
    article_from_upload,
    detect_language,
    load_path,
)

DATA = Path(__file__).parent / "data" / "sources"
BODY = (
    "Kyiv said on Thursday that its forces had repelled a Russian assault near Pokrovsk.\n\n"
    "The Russian Defence Ministry said its troops had taken a village south of the city, a claim "
    "Ukraine denied. Neither side gave casualty figures for the fighting, which lasted all night.\n"
)
FR_BODY = (
    "La Russie a affirmé jeudi avoir repoussé une contre-offensive des forces ukrainiennes dans "
    "la région de Koursk, où celles-ci occupent toujours des centaines de kilomètres carrés "
    "malgré les tentatives de l'armée russe de les déloger.\n"
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def only(path: Path) -> Article | BadInput:
    [result] = list(load_path(path))
    return result


def test_plain_text_is_kept_exactly_and_titled_by_its_first_line(tmp_path):
    text = "Fighting near Pokrovsk\n\n" + BODY
    article = only(write(tmp_path, "pokrovsk.txt", text))
    assert isinstance(article, Article)
    assert article.text == text
    assert article.title == "Fighting near Pokrovsk"
    assert article.language == "en"
    assert article.source_id == "pokrovsk.txt"


def test_front_matter_fills_metadata_and_is_removed_from_the_text(tmp_path):
    header = (
        "---\n"
        'title: "Koursk: l\'armée russe dit avoir repoussé une contre-offensive"\n'
        "outlet: AFP\n"
        "date: 2025-02-06\n"
        "language: fr\n"
        "id: afp-koursk\n"
        "tags: [war]   \n"
        "# a comment\n"
        "---\n"
    )
    article = only(write(tmp_path, "a.md", header + FR_BODY))
    assert isinstance(article, Article)
    assert article.text == FR_BODY
    assert article.title == "Koursk: l'armée russe dit avoir repoussé une contre-offensive"
    assert (article.outlet, article.published, article.language) == ("AFP", "2025-02-06", "fr")
    assert article.source_id == "afp-koursk"


@pytest.mark.parametrize(
    "header, field, expected",
    [
        ("---\r\nauthor: 'Jane O''Brien'\r\n---\r\n", "author", "Jane O'Brien"),
        ("---\npublished: 2025-02-06T10:00:00Z\n---\n", "published", "2025-02-06"),
        ("---\nurl: https://example.org/a\n...\n", "url", "https://example.org/a"),
        ("---\nTitle:   Kyiv: day 3  \n---\n", "title", "Kyiv: day 3"),
    ],
)
def test_front_matter_variants(tmp_path, header, field, expected):
    article = only(write(tmp_path, "a.txt", header + BODY))
    assert getattr(article, field) == expected


@pytest.mark.parametrize(
    "header, reason",
    [
        ("---\ntitle: never closed\n", "never closed"),
        ("---\nthis line has no colon\n---\n", "line 2: expected 'key: value'"),
        ('---\ntitle: "unterminated\n---\n', "badly quoted"),
        ("---\ndate: 6 février\n---\n", "is not a date"),
        ("---\ntitle: a\ntitle: b\n---\n", "given twice"),
        ("---\nlanguage: french\n---\n", "two-letter"),
    ],
)
def test_malformed_front_matter_is_refused_with_a_reason(tmp_path, header, reason):
    result = only(write(tmp_path, "a.md", header + BODY))
    assert isinstance(result, BadInput)
    assert reason in str(result) and "a.md" in str(result) and "\n" not in str(result)


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "is empty"),
        (b"  \n\n ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Un texte en latin-1 : é à ç. ".encode("latin-1") * 20, "not valid utf-8"),
        (b"Too short to quote.", "too little text"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path, content, reason):
    result = only(write(tmp_path, "bad.txt", content))
    assert isinstance(result, BadInput)
    assert reason in str(result)


def test_utf16_with_bom_is_read(tmp_path):
    article = only(write(tmp_path, "a.txt", BODY.encode("utf-16")))
    assert isinstance(article, Article) and article.text == BODY


def test_too_large_file_is_refused_without_parsing(tmp_path):
    result = only(write(tmp_path, "big.txt", b"a" * (5 * 1024 * 1024 + 1)))
    assert isinstance(result, BadInput) and "too large" in str(result)


def test_html_file_gives_main_text_and_metadata():
    article = only(DATA / "article.html")
    assert isinstance(article, Article)
    assert article.title == "Ukraine says it repelled an attack near Pokrovsk"
    assert (article.outlet, article.author) == ("Test News", "Jane Reporter")
    assert article.published == "2025-02-06" and article.language == "en"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Ukraine's General Staff said on Thursday")
    for noise in (
        "[1]",
        "[2]",
        "cookies",
        "Subscribe",
        "Related",
        "Five things",
        "t.me",
        "Privacy",
    ):
        assert noise not in article.text
    assert article.url == ""  # a relative canonical and a home-page og:url name no article


def test_html_title_date_wins_over_a_nearby_upload_date(tmp_path):
    html = (
        (DATA / "article.html")
        .read_text()
        .replace(
            "Ukraine says it repelled an attack near Pokrovsk |",
            "Assessment, February 5 |",
        )
    )
    article = only(write(tmp_path, "a.html", html))
    assert article.title == "Assessment, February 5"
    assert article.published == "2025-02-05"


def test_html_without_article_text_is_refused(tmp_path):
    result = only(
        write(tmp_path, "a.htm", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    )
    assert isinstance(result, BadInput)


def test_jsonl_reports_bad_lines_by_number_and_keeps_good_ones(tmp_path):
    good = {
        "id": "a1",
        "title": "One",
        "outlet": "AFP",
        "published": "2025-02-06",
        "language": "fr",
        "url": "",
        "license": "unknown",
        "author": "",
        "text": FR_BODY,
    }
    lines = [
        json.dumps(good),
        "",
        "{not json",
        json.dumps([1, 2]),
        json.dumps({**good, "id": "a2", "published": "06/02/2025"}),
        json.dumps({**good, "id": "a3", "title": 7}),
        json.dumps({"id": "a4"}),
        json.dumps({**good, "id": "a5", "title": "", "language": ""}),
    ]
    results = list(load_path(write(tmp_path, "bulk.jsonl", "\n".join(lines) + "\n")))
    articles = [r for r in results if isinstance(r, Article)]
    errors = [str(r) for r in results if isinstance(r, BadInput)]
    assert [a.source_id for a in articles] == ["a1", "a5"]
    assert articles[0].outlet == "AFP" and articles[0].text == FR_BODY
    assert articles[1].language == "fr" and articles[1].title == "a5"  # first line too long
    assert [e.split(":")[0] for e in errors] == [
        f"{tmp_path / 'bulk.jsonl'} line {n}" for n in (3, 4, 5, 6, 7)
    ]
    assert "not valid JSON" in errors[0] and "JSON object" in errors[1]
    assert (
        "not a date" in errors[2] and "title must be text" in errors[3] and "no 'text'" in errors[4]
    )


def test_jsonl_bad_encoding_on_one_line(tmp_path):
    good = json.dumps({"id": "ok", "text": BODY}).encode()
    results = list(load_path(write(tmp_path, "b.jsonl", b'{"text": "\xff\xfe"}\n' + good)))
    assert isinstance(results[0], BadInput) and "line 1" in str(results[0])
    assert isinstance(results[1], Article)


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    write(tmp_path, "b.txt", "B title\n" + BODY)
    write(tmp_path, "a/z.md", "Z title\n" + BODY)
    write(tmp_path, "a/empty.txt", "")
    write(tmp_path, "c.jsonl", json.dumps({"id": "c1", "title": "C", "text": BODY}))
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    write(tmp_path, ".hidden/x.txt", "X\n" + BODY)
    (tmp_path / "page.html").write_bytes((DATA / "article.html").read_bytes())
    results = list(load_path(tmp_path))
    assert [r.title if isinstance(r, Article) else "error" for r in results] == [
        "error",
        "Z title",
        "B title",
        "C",
        "Ukraine says it repelled an attack near Pokrovsk",
    ]
    assert "empty.txt: is empty" in str(results[0])


def test_missing_path_and_unsupported_file(tmp_path):
    with pytest.raises(BadInput, match="no such file"):
        list(load_path(tmp_path / "nope"))
    result = only(write(tmp_path, "a.pdf", b"%PDF"))
    assert isinstance(result, BadInput) and "unsupported" in str(result)


def test_upload_parses_by_extension_and_overrides_win():
    data = ("---\ntitle: From the file\noutlet: File outlet\n---\n" + BODY).encode()
    article = article_from_upload("report.MD", data, outlet="Moderator outlet", guild_id=42)
    assert article.title == "From the file" and article.outlet == "Moderator outlet"
    assert article.guild_id == 42 and article.source_id == "report.MD"
    html = article_from_upload("page.html", (DATA / "article.html").read_bytes(), title="Mine")
    assert html.title == "Mine" and html.outlet == "Test News"


@pytest.mark.parametrize(
    "filename, data, reason",
    [
        ("bulk.jsonl", b"{}", "unsupported attachment"),
        ("photo.png", b"\x89PNG", "unsupported attachment"),
        ("a.txt", b"x" * (5 * 1024 * 1024 + 1), "too large"),
        ("a.txt", b"\x00\x01\x02", "binary"),
    ],
)
def test_bad_uploads_are_refused(filename, data, reason):
    with pytest.raises(BadInput, match=reason):
        article_from_upload(filename, data)


def test_pasted_text_with_front_matter_and_arguments():
    article = article_from_text(
        "---\noutlet: AFP\ntitle: Header title\n---\n" + FR_BODY, title="Given"
    )
    assert (article.title, article.outlet, article.language) == ("Given", "AFP", "fr")
    assert article.text == FR_BODY
    long_first_line = "word " * 60 + "\n" + BODY
    assert article_from_text(long_first_line).title == "pasted text"
    with pytest.raises(BadInput, match="too little text"):
        article_from_text("Short.")
    with pytest.raises(BadInput, match="not a date"):
        article_from_text(BODY, published="yesterday")


@pytest.mark.parametrize(
    "text, code",
    [
        (BODY, "en"),
        (FR_BODY, "fr"),
        ("Збройні сили України відбили атаку поблизу Покровська, повідомив Генштаб.", "uk"),
        ("Министерство обороны России заявило, что войска заняли населённый пункт.", "ru"),
        ("12345 !!! ---", ""),
    ],
)
def test_detect_language(text, code):
    assert detect_language(text) == code


def test_xhtml_with_an_xml_declaration(tmp_path):
    page = b'<?xml version="1.0" encoding="utf-8"?>\n' + (DATA / "article.html").read_bytes()
    article = only(write(tmp_path, "a.xhtml.html", page))
    assert isinstance(article, Article) and article.published == "2025-02-06"


def test_html_in_a_declared_legacy_charset(tmp_path):
    page = (DATA / "article.html").read_text().replace('charset="utf-8"', 'charset="windows-1251"')
    page = page.replace("Military analysts said", "Військові аналітики said")
    article = only(write(tmp_path, "a.html", page.encode("cp1251")))
    assert "Військові аналітики said" in article.text


def _manifest(folder: Path, *entries: dict | str) -> None:
    lines = [entry if isinstance(entry, str) else json.dumps(entry) for entry in entries]
    write(folder, "manifest.jsonl", "\n".join(lines) + "\n")


def test_a_manifest_gives_saved_pages_their_link_and_lists_the_articles(tmp_path):
    """Saved pages often lack a usable link (ISW's canonical is a relative path): the corpus's
    manifest.jsonl gives it, over what extraction finds, and says which files are articles."""
    corpus = tmp_path / "corpus"
    page = (DATA / "article.html").read_bytes()
    write(corpus, "html/2025-02-06.html", page)
    write(corpus, "html/sub/2025-02-07.html", page.replace(b"Pokrovsk", b"Kupiansk"))
    write(corpus, "README.md", "About this corpus\n" + BODY)
    _manifest(corpus,
              {"file": "2025-02-06.html", "url": "https://example.org/a", "outlet": "Wire", "license": "CC-BY"},
              {"file": "html/sub/2025-02-07.html", "url": "https://example.org/b", "published": "2025-02-07"})
    for ingested in (corpus, corpus / "html"):  # the manifest beside the folder counts too
        results = list(load_path(ingested))
        articles = [r for r in results if isinstance(r, Article)]
        assert [(a.url, a.outlet, a.published) for a in articles] == [
            ("https://example.org/a", "Wire", "2025-02-06"), ("https://example.org/b", "Test News", "2025-02-07")]
        assert articles[0].license == "CC-BY" and articles[0].source_id == "2025-02-06.html"
        assert articles[0].title == "Ukraine says it repelled an attack near Pokrovsk"  # not given: extracted
    # The README is no article of the corpus: skipped, with the reason.
    [skipped] = [r for r in load_path(corpus) if isinstance(r, BadInput)]
    assert "README.md: not listed in" in str(skipped) and "manifest.jsonl" in str(skipped)
    # One file named alone is covered by its folder's manifest or the one above.
    assert only(corpus / "html" / "2025-02-06.html").url == "https://example.org/a"


def test_a_bad_manifest_line_is_reported_once_and_the_others_still_count(tmp_path):
    page = (DATA / "article.html").read_bytes()
    write(tmp_path, "a.html", page)
    write(tmp_path, "b.html", page.replace(b"Pokrovsk", b"Kupiansk"))
    _manifest(tmp_path, {"file": "a.html", "url": "https://example.org/a"}, "{not json",
              {"url": "https://example.org/nameless"}, {"file": "b.html", "published": 20250206})
    results = list(load_path(tmp_path))
    problems = [str(r) for r in results if isinstance(r, BadInput)]
    assert [p.split("manifest.jsonl ")[1] for p in problems[:3]] == [
        "line 2: not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
        "line 3: expected an object with a 'file' name", "line 4: published must be text"]
    assert "b.html: not listed in" in problems[3] and len(problems) == 4
    assert [r.url for r in results if isinstance(r, Article)] == ["https://example.org/a"]


def test_a_manifest_is_not_read_as_articles_and_a_name_listed_twice_needs_its_path(tmp_path):
    page = (DATA / "article.html").read_bytes()
    write(tmp_path, "x/a.html", page)
    write(tmp_path, "y/a.html", page.replace(b"Pokrovsk", b"Kupiansk"))
    _manifest(tmp_path, {"file": "x/a.html", "url": "https://example.org/x"}, {"file": "a.html", "url": "https://example.org/bare"},
              {"file": "z/a.html", "url": "https://example.org/z"})
    first = next(iter(load_path(tmp_path)))
    assert isinstance(first, Article) and first.url == "https://example.org/x"
    assert "not listed" in str(only(tmp_path / "y" / "a.html"))  # "a.html" alone is ambiguous
    result = only(tmp_path / "manifest.jsonl")
    assert isinstance(result, BadInput) and "not articles: ingest its folder" in str(result)
