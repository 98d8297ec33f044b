"""Property tests: whatever the input, the parsers give an Article or a one-line UserError."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from retrieval.errors import UserError
from retrieval.records import Article
from retrieval.sources import article_from_text, article_from_upload, check_url
from retrieval.sources.jsonl import iter_jsonl

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FILLER = "The General Staff said the attack near Pokrovsk was repelled overnight. " * 4
KEYS = st.sampled_from(
    ["title", "outlet", "author", "published", "date", "language", "url", "id", "x"]
)


def outcome(make) -> Article | UserError:
    try:
        result = make()
    except UserError as err:
        assert str(err) and "\n" not in str(err)
        return err
    assert isinstance(result, Article)
    assert len(result.text.strip()) >= 200
    return result


front_matter_lines = st.lists(
    st.one_of(
        st.tuples(KEYS, st.text(max_size=30)).map(lambda kv: f"{kv[0]}: {kv[1]}"),
        st.tuples(KEYS, st.text(max_size=20)).map(lambda kv: f"{kv[0]}: {json.dumps(kv[1])}"),
        st.text(max_size=40),
    ),
    max_size=6,
)


@FAST
@given(front_matter_lines, st.booleans(), st.text(max_size=300))
def test_front_matter(lines, closed, body):
    text = "---\n" + "\n".join(line.replace("\n", " ") for line in lines)
    text += ("\n---\n" if closed else "\n") + body + FILLER
    result = outcome(lambda: article_from_text(text))
    if isinstance(result, Article):
        assert result.text.endswith(FILLER)
        assert result.published == "" or len(result.published) == 10


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
records = st.dictionaries(
    st.sampled_from(["id", "title", "text", "published", "language", "url", "outlet"])
    | st.text(max_size=5),
    json_values | st.just(FILLER) | st.just("2025-02-06"),
    max_size=6,
)
lines = st.one_of(
    records.map(lambda record: json.dumps(record).encode()),
    st.binary(max_size=60),
    st.text(max_size=60).map(str.encode),
)


@FAST
@given(st.lists(lines.map(lambda line: line.replace(b"\n", b" ")), max_size=5))
def test_jsonl(raw_lines):
    results = list(iter_jsonl(b"\n".join(raw_lines), "bulk.jsonl"))
    assert len(results) == sum(1 for line in raw_lines if line.strip())
    for result in results:
        assert isinstance(result, (Article, UserError))
        if isinstance(result, UserError):
            assert str(result).startswith("bulk.jsonl line ") and "\n" not in str(result)


html_pieces = st.one_of(
    st.sampled_from(
        [
            "<html>",
            "<head>",
            "<title>",
            "</title>",
            "<meta property='og:title' content='x'>",
            "<link rel=canonical href='javascript:alert(1)'>",
            "<body>",
            "<article>",
            "<p>",
            "</p>",
            "<nav><a href='/'>Home</a></nav>",
            "[12]",
            "<sup>[3]</sup>",
            "<script>x()</script>",
            "<h1>",
            "</h1>",
            "<time datetime='2025-13-45'>",
            "February 30, 2022",
            "&amp;",
            "<!--",
        ]
    ),
    st.text(max_size=40),
    st.just(FILLER),
)


@FAST
@given(st.lists(html_pieces, max_size=25), st.sampled_from(["a.html", "b.htm"]))
def test_html(pieces, name):
    result = outcome(
        lambda: article_from_upload(name, "".join(pieces).encode("utf-8", "surrogatepass"))
    )
    if isinstance(result, Article):
        assert "\n\n\n" not in result.text and "[12]" not in result.text


@FAST
@given(st.binary(max_size=200))
def test_html_from_arbitrary_bytes(data):
    outcome(lambda: article_from_upload("page.html", data))


url_text = st.one_of(
    st.text(max_size=60),
    st.builds(
        lambda scheme, host, rest: f"{scheme}://{host}{rest}",
        st.sampled_from(["http", "https", "ftp", "HTTP", "javascript", ""]),
        st.one_of(
            st.text(max_size=20), st.ip_addresses().map(str), st.just("[::1]"), st.just("localhost")
        ),
        st.text(max_size=20),
    ),
)


@FAST
@given(url_text, st.booleans())
@example("0://[]@", False)  # yarl's parser raised IndexError on it
def test_url_parser(url, allow_loopback):
    try:
        parsed = check_url(url, allow_loopback=allow_loopback)
    except UserError as err:
        assert "\n" not in str(err)
        return
    assert parsed.scheme in ("http", "https") and parsed.host
