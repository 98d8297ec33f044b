"""fetch_url against a local aiohttp server started by the tests: no outside network."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestServer

from retrieval.errors import BadInput
from retrieval.sources import USER_AGENT, FetchSettings, fetch_url

PAGE = (Path(__file__).parent / "data" / "sources" / "article.html").read_bytes()
LOCAL = FetchSettings(timeout_s=2.0, max_bytes=200_000, allow_loopback=True)
HUGE = 50 * 1024 * 1024


class Site:
    """The test server's pages, and what it saw and sent."""

    def __init__(self) -> None:
        self.user_agents: list[str] = []
        self.huge_sent = 0
        self.server: TestServer | None = None

    def url(self, path: str) -> str:
        assert self.server is not None
        return str(self.server.make_url(path))

    async def article(self, request: web.Request) -> web.Response:
        self.user_agents.append(request.headers.get("User-Agent", ""))
        return web.Response(body=PAGE, content_type="text/html", charset="utf-8")

    async def plain(self, request: web.Request) -> web.Response:
        text = "Kyiv says its forces held the line near Pokrovsk overnight. " * 8
        return web.Response(text=text, content_type="text/plain")

    async def redirect(self, request: web.Request) -> web.Response:
        raise web.HTTPFound(request.query["to"])

    async def huge(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        while self.huge_sent < HUGE:
            await response.write(chunk)
            self.huge_sent += len(chunk)
        return response

    async def huge_declared(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        response.content_length = 10**9
        await response.prepare(request)
        await response.write(b"<html>")
        await asyncio.sleep(5)
        return response

    async def pdf(self, request: web.Request) -> web.Response:
        return web.Response(body=b"%PDF-1.4 " * 100, content_type="application/pdf")

    async def slow(self, request: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return web.Response(body=PAGE, content_type="text/html")

    async def missing(self, request: web.Request) -> web.Response:
        raise web.HTTPNotFound()


@pytest_asyncio.fixture
async def site():
    site = Site()
    app = web.Application()
    app.router.add_get("/world/pokrovsk", site.article)
    app.router.add_get("/amp/pokrovsk", site.article)
    app.router.add_get("/plain", site.plain)
    app.router.add_get("/redirect", site.redirect)
    app.router.add_get("/huge", site.huge)
    app.router.add_get("/huge-declared", site.huge_declared)
    app.router.add_get("/report.pdf", site.pdf)
    app.router.add_get("/slow", site.slow)
    app.router.add_get("/missing", site.missing)
    site.server = TestServer(app, host="127.0.0.1")
    await site.server.start_server()
    yield site
    await site.server.close()


@pytest.mark.asyncio
async def test_article_page_is_fetched_with_metadata_and_a_polite_user_agent(site):
    article = await fetch_url(site.url("/world/pokrovsk"), settings=LOCAL, guild_id=7)
    assert article.title == "Ukraine says it repelled an attack near Pokrovsk"
    assert article.published == "2025-02-06" and article.outlet == "Test News"
    assert article.url == site.url("/world/pokrovsk-attack")  # the page's canonical link
    assert "[1]" not in article.text and article.text.count("\n\n") == 3
    assert article.guild_id == 7
    assert site.user_agents == [USER_AGENT]


@pytest.mark.asyncio
async def test_the_same_article_under_two_urls_has_one_canonical_url(site):
    first = await fetch_url(site.url("/world/pokrovsk?utm_source=x"), settings=LOCAL)
    second = await fetch_url(site.url("/redirect?to=/amp/pokrovsk"), settings=LOCAL)
    assert first.url == second.url == site.url("/world/pokrovsk-attack")


@pytest.mark.asyncio
async def test_overrides_win_over_the_page(site):
    article = await fetch_url(
        site.url("/world/pokrovsk"), settings=LOCAL, title="Moderator title", published="2025-02-07"
    )
    assert (article.title, article.published) == ("Moderator title", "2025-02-07")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.5/",
        "http://[::ffff:192.168.1.1]/",
    ],
)
async def test_redirect_to_a_private_address_is_refused(site, target):
    with pytest.raises(BadInput, match="private or local address"):
        await fetch_url(site.url(f"/redirect?to={target}"), settings=LOCAL)


@pytest.mark.asyncio
async def test_loopback_is_refused_unless_allowed(site):
    strict = FetchSettings(timeout_s=2.0)
    with pytest.raises(BadInput, match="private or local address"):
        await fetch_url(site.url("/world/pokrovsk"), settings=strict)
    by_name = site.url("/world/pokrovsk").replace("127.0.0.1", "localhost")
    with pytest.raises(BadInput, match="localhost resolves to a private or local address"):
        await fetch_url(by_name, settings=strict)
    assert site.user_agents == []


@pytest.mark.asyncio
async def test_huge_body_is_refused_without_reading_it_whole(site):
    with pytest.raises(BadInput, match="too large"):
        await fetch_url(site.url("/huge"), settings=LOCAL)
    await asyncio.sleep(0.05)
    assert site.huge_sent < HUGE


@pytest.mark.asyncio
async def test_huge_declared_length_is_refused_at_once(site):
    start = time.monotonic()
    with pytest.raises(BadInput, match="too large"):
        await fetch_url(site.url("/huge-declared"), settings=LOCAL)
    assert time.monotonic() - start < 1.5


@pytest.mark.asyncio
async def test_non_html_content_type_is_refused(site):
    with pytest.raises(BadInput, match="not an article page.*application/pdf"):
        await fetch_url(site.url("/report.pdf"), settings=LOCAL)


@pytest.mark.asyncio
async def test_plain_text_is_accepted(site):
    article = await fetch_url(site.url("/plain"), settings=LOCAL)
    assert article.text.startswith("Kyiv says") and article.url == site.url("/plain")


@pytest.mark.asyncio
async def test_slow_server_hits_the_time_limit(site):
    start = time.monotonic()
    with pytest.raises(BadInput, match="no complete answer within 0.3 s"):
        await fetch_url(
            site.url("/slow"), settings=FetchSettings(timeout_s=0.3, allow_loopback=True)
        )
    assert time.monotonic() - start < 1.5


@pytest.mark.asyncio
async def test_error_status_is_refused(site):
    with pytest.raises(BadInput, match="404"):
        await fetch_url(site.url("/missing"), settings=LOCAL)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "url, reason",
    [
        ("ftp://example.org/a", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("http://user:pw@example.org/", "user name or password"),
        ("http:///nohost", "no host"),
        ("not a url", "only http and https"),
        ("http://0.0.0.0/", "private or local"),
    ],
)
async def test_bad_urls_are_refused_before_any_connection(url, reason):
    with pytest.raises(BadInput, match=reason):
        await fetch_url(url)


@pytest.mark.asyncio
async def test_redirect_to_another_scheme_is_refused(site):
    with pytest.raises(BadInput, match="only http and https"):
        await fetch_url(site.url("/redirect?to=file:///etc/passwd"), settings=LOCAL)
