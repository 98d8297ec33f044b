"""Pytest fixtures: a fake Discord the unmodified discord.py client is pointed at.

Import them into a conftest with `from fakediscord.fixtures import fake_discord, error_log`.
Everything runs on the session's event loop so that session-scoped resources (the engine and
its model) can be shared with the bots under test.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterator

import discord
import pytest
import pytest_asyncio
import yarl
from discord.gateway import DiscordWebSocket

from .logcheck import ErrorLog
from .server import FakeDiscord

READY_TIMEOUT_S = 10


@pytest.fixture
def error_log() -> Iterator[ErrorLog]:
    """Fails the test if anything logged an ERROR it did not `expect()`."""
    handler = ErrorLog()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
    surprises = handler.unexpected()
    assert not surprises, "errors were logged:\n" + "\n\n".join(surprises)


@pytest_asyncio.fixture(loop_scope="session")
async def fake_discord(monkeypatch: pytest.MonkeyPatch, error_log: ErrorLog) -> AsyncIterator[FakeDiscord]:
    """A running fake Discord with discord.py's REST base and gateway pointed at it."""
    server = FakeDiscord()
    await server.start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    try:
        yield server
    finally:
        await server.stop()
    assert not server.unknown_routes, f"the bot called routes fakediscord lacks: {server.unknown_routes}"


@contextlib.asynccontextmanager
async def connected(client: discord.Client, token: str = "fake-token") -> AsyncIterator[discord.Client]:
    """Run `client` until the block ends: logged in, commands synced, guilds received."""
    task = asyncio.create_task(client.start(token))
    ready = asyncio.create_task(client.wait_until_ready())
    try:
        done, _ = await asyncio.wait({task, ready}, timeout=READY_TIMEOUT_S, return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            task.result()  # raises what stopped the client
            raise AssertionError("the client stopped before it was ready")
        assert ready in done, f"the client was not ready within {READY_TIMEOUT_S}s"
        yield client
    finally:
        ready.cancel()
        await client.close()
        with contextlib.suppress(asyncio.CancelledError):
            await task
