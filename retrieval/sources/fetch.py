"""Fetching an article from a URL without letting the URL reach inside our network.

A moderator's link is untrusted input: it may point, directly or through a redirect or a DNS
name, at localhost, the LAN or a cloud metadata service. Every hop's URL is checked, and every
address the connector resolves is checked at connection time (so a name cannot resolve to a
public address when checked and a private one when used). Size and time are bounded while
streaming, and extraction runs in a thread so the bot's event loop keeps its heartbeat.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver
from yarl import URL

from retrieval.errors import BadInput
from retrieval.records import Article

from .build import MAX_BYTES, one_line
from .parse import HTML, TEXT, parse_document

USER_AGENT = "conflictbot/0.1 (+https://github.com/conflictbot)"
CONTENT_KINDS = {"text/html": HTML, "application/xhtml+xml": HTML, "text/plain": TEXT}
_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchSettings:
    """Limits of one fetch; `allow_loopback` exists for tests against a local server."""

    timeout_s: float = 20.0
    max_bytes: int = MAX_BYTES
    max_redirects: int = 5
    allow_loopback: bool = False


class _Blocked(OSError):
    """Raised inside the connector; an OSError so aiohttp passes it on as the cause."""


def _allowed(address: str, allow_loopback: bool) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return allow_loopback
    return ip.is_global and not ip.is_multicast


def _ip_literal(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None


def check_url(url: str, *, allow_loopback: bool = False) -> URL:
    """The URL parsed, if it is an http(s) URL that may be fetched; else BadInput.

    IP literals are checked here because aiohttp connects to them without asking the resolver.
    """
    shown = one_line(url)
    try:
        parsed = URL(url.strip())
        port = parsed.port
    except (ValueError, TypeError, IndexError):
        # yarl (1.25) raises IndexError, not ValueError, on an empty bracketed host ("0://[]@").
        raise BadInput(f"{shown!r} is not a valid link") from None
    if parsed.scheme not in ("http", "https"):
        raise BadInput(f"{shown}: only http and https links can be fetched")
    if not parsed.host or not port:
        raise BadInput(f"{shown}: the link has no host")
    if parsed.user is not None or parsed.password is not None:
        raise BadInput(f"{shown}: links with a user name or password are refused")
    address = _ip_literal(parsed.host)
    if address is not None and not _allowed(address, allow_loopback):
        raise BadInput(f"{shown}: {parsed.host} is a private or local address")
    return parsed


class _GuardedResolver(AbstractResolver):
    """Resolves like aiohttp's default and refuses names with a private or local address."""

    def __init__(self, allow_loopback: bool) -> None:
        self._inner = ThreadedResolver()
        self._allow_loopback = allow_loopback

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        for result in results:
            if not _allowed(result["host"], self._allow_loopback):
                raise _Blocked(f"{host} resolves to a private or local address")
        return results

    async def close(self) -> None:
        await self._inner.close()


async def _read_body(response: aiohttp.ClientResponse, limit: int, where: str) -> bytes:
    """The body, refused as soon as it passes `limit`: never read whole when too large."""
    if response.content_length is not None and response.content_length > limit:
        raise BadInput(
            f"{where}: page too large ({response.content_length:,} bytes, at most {limit:,})"
        )
    body = bytearray()
    async for chunk in response.content.iter_chunked(_CHUNK):
        body += chunk
        if len(body) > limit:
            raise BadInput(f"{where}: page too large (more than {limit:,} bytes)")
    return bytes(body)


async def _download(url: str, settings: FetchSettings) -> tuple[str, bytes, str, str]:
    """(final URL, body, kind, charset), following redirects one checked hop at a time."""
    current = check_url(url, allow_loopback=settings.allow_loopback)
    where = one_line(url)
    connector = aiohttp.TCPConnector(
        resolver=_GuardedResolver(settings.allow_loopback), use_dns_cache=False
    )
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain"}
    async with aiohttp.ClientSession(
        connector=connector, headers=headers, trust_env=False
    ) as session:
        for _ in range(settings.max_redirects + 1):
            async with session.get(current, allow_redirects=False) as response:
                if response.status in _REDIRECTS and "Location" in response.headers:
                    target = urljoin(str(current), response.headers["Location"])
                    current = check_url(target, allow_loopback=settings.allow_loopback)
                    continue
                if response.status != 200:
                    raise BadInput(
                        f"{where}: the server answered {response.status} {response.reason}"
                    )
                kind = CONTENT_KINDS.get(response.content_type)
                if kind is None:
                    raise BadInput(
                        f"{where}: not an article page (content type {response.content_type!r})"
                    )
                body = await _read_body(response, settings.max_bytes, where)
                return str(response.url), body, kind, response.charset or ""
    raise BadInput(f"{where}: more than {settings.max_redirects} redirects")


def _blocked_cause(err: BaseException) -> _Blocked | None:
    while err is not None and not isinstance(err, _Blocked):
        err = err.__cause__ or getattr(err, "os_error", None)
    return err


async def fetch_url(
    url: str, *, settings: FetchSettings | None = None, **overrides: object
) -> Article:
    """The article at `url`; `overrides` (title, outlet, published...) win over the page's."""
    settings = settings or FetchSettings()
    where = one_line(url)
    try:
        async with asyncio.timeout(settings.timeout_s):
            final_url, body, kind, charset = await _download(url, settings)
    except TimeoutError:
        raise BadInput(f"{where}: no complete answer within {settings.timeout_s:g} s") from None
    except aiohttp.ClientError as err:
        blocked = _blocked_cause(err)
        reason = str(blocked) if blocked else f"could not fetch ({type(err).__name__}: {err})"
        raise BadInput(f"{where}: {reason}") from None
    return await asyncio.to_thread(
        parse_document, body, kind, where=where, overrides=overrides, url=final_url, charset=charset
    )
