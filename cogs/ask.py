"""/ask and mentions: anyone asks a question and gets verbatim quotes with who claims them.

Discord wants an acknowledgement within 3 seconds, so /ask defers first; the engine does its
encoding and searching off the event loop, then the answer follows up. A mention is answered
as a reply to that message. Both share one per-user cooldown.
"""

from __future__ import annotations

import logging
import time

import discord
from discord import app_commands
from discord.ext import commands

from .utils.feedback import Refusal, user_line
from .utils.i18n import language_of, text
from .utils.question import question_text
from .utils.render import answer_embed

log = logging.getLogger("conflictbot.bot")

QUESTION_LIMIT = 500  # Discord's own cap on the option; the engine has the final word


class Cooldown:
    """One question per user every `seconds`: protects the model from floods, per person."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._last: dict[int, float] = {}

    def retry_after(self, user_id: int) -> float:
        """Seconds the user must still wait (0: go ahead, and the clock restarts now)."""
        now = time.monotonic()
        wait = self._last.get(user_id, -self.seconds) + self.seconds - now
        if wait > 0:
            return wait
        self._last[user_id] = now
        return 0.0


class Ask(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.engine = bot.engine  # type: ignore[attr-defined]
        self.cooldown = Cooldown(bot.settings.ask_cooldown_s)  # type: ignore[attr-defined]

    def _check_cooldown(self, user_id: int) -> None:
        wait = self.cooldown.retry_after(user_id)
        if wait:
            raise Refusal("cooldown", seconds=max(1, round(wait)))

    @app_commands.command(name="ask", description="Ask a question; get quotes from the articles, with who says it.")
    @app_commands.describe(question="Your question, in any language (French and English work best).")
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, QUESTION_LIMIT]) -> None:
        self._check_cooldown(interaction.user.id)
        await interaction.response.defer(thinking=True)
        answer = await self.engine.ask(question_text(question), guild_id=interaction.guild_id)
        await interaction.followup.send(embed=answer_embed(answer))

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer a message that mentions the bot, as a reply to it (mentions carry content)."""
        me = self.bot.user
        if message.author.bot or me is None or me not in message.mentions:
            return
        question = question_text(message.content)
        language = language_of(message.guild.preferred_locale if message.guild else None)
        try:
            if not question:
                await message.reply(text(language, "mention.empty"))
                return
            self._check_cooldown(message.author.id)
            async with message.channel.typing():
                answer = await self.engine.ask(question, guild_id=message.guild.id if message.guild else None)
            await message.reply(embed=answer_embed(answer))
        except Exception as error:
            await self._reply_error(message, error, language)

    async def _reply_error(self, message: discord.Message, error: Exception, language: str) -> None:
        line = user_line(error, language, "a mention")
        try:
            await message.reply(line)
        except discord.HTTPException:
            log.warning("could not reply to a mention with an error line", exc_info=True)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Ask(bot))
