"""A Discord-compatible server for testing the bot through discord.py's real code paths."""

from .fixtures import connected
from .guild import FakeGuild, FakeUser
from .lag import BLOCKED_MS, LoopLag
from .logcheck import ErrorLog
from .server import Callback, FakeDiscord, RecordedRequest, SentInteraction

__all__ = [
    "BLOCKED_MS",
    "Callback",
    "ErrorLog",
    "FakeDiscord",
    "FakeGuild",
    "FakeUser",
    "LoopLag",
    "RecordedRequest",
    "SentInteraction",
    "connected",
]
