"""A Discord-compatible server for testing the bot through discord.py's real code paths."""

from .fixtures import connected
from .guild import FakeGuild, FakeUser
from .lag import LoopLag
from .logcheck import ErrorLog
from .server import Callback, FakeDiscord, RecordedRequest, SentInteraction

__all__ = [
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
