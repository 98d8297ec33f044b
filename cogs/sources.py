"""/sources: anyone can see what the library holds before trusting its answers."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from .utils.i18n import language_of, text
from .utils.render import article_line, lines_embed

NEWEST_SHOWN = 5


class Sources(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.engine = bot.engine  # type: ignore[attr-defined]

    @app_commands.command(name="sources", description="What the library holds: articles, languages, dates.")
    async def sources(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)
        await interaction.response.defer(thinking=True)
        stats = await self.engine.stats(guild_id=interaction.guild_id)
        if not stats.articles:
            await interaction.followup.send(text(language, "sources.empty"))
            return
        newest = [article_line(info, language) for info in stats.newest_articles[:NEWEST_SHOWN]]
        heading = [f"**{text(language, 'sources.newest')}**"] if newest else []
        embed = lines_embed(
            text(language, "sources.title"), heading + newest,
            footer=text(language, "sources.footer", model=stats.model, index=stats.index_type),
        )
        by_count = sorted(stats.languages.items(), key=lambda item: -item[1])
        embed.add_field(name=text(language, "sources.articles"), value=str(stats.articles))
        embed.add_field(name=text(language, "sources.sentences"), value=str(stats.sentences))
        embed.add_field(name=text(language, "sources.languages"), value=", ".join(f"{c} {n}" for c, n in by_count) or "—")
        embed.add_field(name=text(language, "sources.dates"), value=f"{stats.oldest or '?'} → {stats.newest or '?'}")
        await interaction.followup.send(embed=embed)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Sources(bot))
