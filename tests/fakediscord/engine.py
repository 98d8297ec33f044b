"""Fixtures for running conflictbot itself: one real engine per test session.

The engine loads the real bundled model and a real data directory seeded from corpus/, once,
because loading the model is the slow part; each test starts its own bot on it (cheap) and uses
its own guilds, which the engine keeps apart exactly as it keeps real servers apart.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from retrieval.config import REPO_ROOT, Settings
from retrieval.engine import Engine

from .server import FakeDiscord


@pytest.fixture(scope="session")
def bot_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    data_dir: Path = tmp_path_factory.mktemp("bot-data")
    return Settings(data_dir=data_dir, corpus_dir=REPO_ROOT / "corpus", discord_token="fake-token",
                    ask_cooldown_s=0, moderator_role="Fact checkers")


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def bot_engine(bot_settings: Settings) -> AsyncIterator[Engine]:
    engine = await Engine.open(bot_settings)
    try:
        yield engine
    finally:
        await engine.close()


@pytest.fixture
def make_bot(bot_engine: Engine, bot_settings: Settings, fake_discord: FakeDiscord):
    """`make_bot(ask_cooldown_s=30)`: a ConflictBot on the shared engine, settings overridden."""
    from bot import ConflictBot

    def make(**overrides: object) -> ConflictBot:
        return ConflictBot(bot_engine, dataclasses.replace(bot_settings, **overrides), guild_ready_timeout=0.05)

    return make
