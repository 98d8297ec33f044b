"""conflictbot on Discord: the adapter between discord.py and the retrieval engine.

    python bot.py            # or: conflictbot run
    await run_bot(settings)  # what `conflictbot run` calls

The features live in `cogs/` (one extension each: ask, articles, sources); this module builds
the client with what every feature relies on: minimal intents (no privileged message content;
mentions of the bot still carry their text), no mention ever parsed in anything sent, one tree
error handler that gives users one line and logs our own errors, and command sync to GUILD_ID
(instant, for development) or globally. The engine is opened once and shared by all features.
"""

from __future__ import annotations

import asyncio
import logging
import sys

import discord
from discord import app_commands
from discord.ext import commands

from cogs.utils.feedback import report
from retrieval.config import Settings
from retrieval.engine import Engine
from retrieval.errors import UserError

log = logging.getLogger("conflictbot.bot")

EXTENSIONS = ("cogs.ask", "cogs.articles", "cogs.sources")


class ConflictTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await report(interaction, error)


class ConflictBot(commands.Bot):
    """The Discord client; `engine` and `settings` are shared with every extension."""

    def __init__(self, engine: Engine, settings: Settings, **options: object) -> None:
        intents = discord.Intents.none()
        intents.guilds = True  # guild and channel cache, interactions in guilds
        intents.guild_messages = True  # mentions of the bot (their content comes with them)
        super().__init__(
            command_prefix=commands.when_mentioned,  # required by commands.Bot; unused (see on_message)
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=ConflictTree,
            help_command=None,
            **options,
        )
        self.engine = engine
        self.settings = settings

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.settings.guild_id:
            guild = discord.Object(self.settings.guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
        else:
            synced = await self.tree.sync()
        log.info("synced %d commands %s", len(synced), f"to guild {self.settings.guild_id}" if self.settings.guild_id else "globally")

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: mentions are questions, answered by the ask extension's listener."""

    async def on_ready(self) -> None:
        log.info("ready as %s in %d servers", self.user, len(self.guilds))


async def run_bot(settings: Settings) -> None:
    """Open the engine and run the bot until it is stopped.

    Raises UserError with a one-line reason (never the token) when the token is missing or
    Discord rejects it, so `conflictbot run` and `python bot.py` can print it and exit non-zero.
    """
    if not settings.discord_token:
        raise UserError("DISCORD_TOKEN is not set: put the bot's token in .env (see README).")
    engine = await Engine.open(settings)
    try:
        async with ConflictBot(engine, settings) as bot:
            await bot.start(settings.discord_token)
    except discord.LoginFailure:
        raise UserError("Discord rejected DISCORD_TOKEN: copy the bot's token again from the Developer Portal.") from None
    except discord.PrivilegedIntentsRequired:
        raise UserError("Discord refused the bot's intents; it needs no privileged intent, check the application.") from None
    finally:
        await engine.close()


def main() -> int:
    settings = Settings.from_env()
    discord.utils.setup_logging(level=logging.getLevelName(settings.log_level.upper()))
    try:
        asyncio.run(run_bot(settings))
    except UserError as err:
        print(f"conflictbot: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
