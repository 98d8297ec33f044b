"""/article add | list | remove: moderators manage their server's own library.

Moderators are members with Manage Messages, or with the role named by MODERATOR_ROLE. The
group's `default_permissions` hides it from others in Discord's UI; the check next to it is
what actually enforces the rule (server admins can change what the UI shows). Everything a
server adds is stored with its guild id, so no other server ever sees it.
"""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from retrieval.records import Article
from retrieval.sources import article_from_text, article_from_upload, fetch_url

from .utils.feedback import Refusal, report
from .utils.i18n import language_of, text
from .utils.render import article_line, choice_name, lines_embed

PAGE_SIZE = 10
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MODAL_TEXT_LIMIT = 4000  # Discord's cap on a text input


def is_moderator(interaction: discord.Interaction) -> bool:
    if interaction.permissions.manage_messages:
        return True
    role_name = interaction.client.settings.moderator_role  # type: ignore[attr-defined]
    user = interaction.user
    return bool(role_name) and isinstance(user, discord.Member) and any(r.name == role_name for r in user.roles)


def moderators_only(interaction: discord.Interaction) -> bool:
    if not is_moderator(interaction):
        raise Refusal("refused.moderator")
    return True


class ArticleModal(discord.ui.Modal):
    """The long-text form: /article add without url, file or text opens it."""

    def __init__(self, cog: Articles, language: str, title: str, outlet: str, date: str) -> None:
        super().__init__(title=text(language, "modal.title"))
        self.cog = cog
        self.body = discord.ui.TextInput(
            label=text(language, "modal.text"), custom_id="text", style=discord.TextStyle.paragraph,
            max_length=MODAL_TEXT_LIMIT,
        )
        self.heading = discord.ui.TextInput(
            label=text(language, "modal.heading"), custom_id="title", required=False, default=title, max_length=300
        )
        self.outlet = discord.ui.TextInput(
            label=text(language, "modal.outlet"), custom_id="outlet", required=False, default=outlet, max_length=100
        )
        self.date = discord.ui.TextInput(
            label=text(language, "modal.date"), custom_id="date", required=False, default=date, max_length=10
        )
        for item in (self.body, self.heading, self.outlet, self.date):
            self.add_item(item)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        moderators_only(interaction)  # the form may be submitted after a role change
        await interaction.response.defer(ephemeral=True, thinking=True)
        article = await asyncio.to_thread(
            article_from_text, self.body.value, title=self.heading.value, outlet=self.outlet.value,
            published=self.date.value,
        )
        await self.cog.store(interaction, article)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await report(interaction, error)


@app_commands.guild_only()
@app_commands.default_permissions(manage_messages=True)
class Articles(commands.GroupCog, group_name="article", group_description="Manage this server's articles (moderators)."):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.engine = bot.engine  # type: ignore[attr-defined]
        super().__init__()

    async def store(self, interaction: discord.Interaction, article: Article) -> None:
        """Add `article` to this server's library and say what was stored."""
        article.guild_id = interaction.guild_id
        result = await self.engine.add_article(article)
        info = result.article
        language = language_of(interaction.locale)
        line = text(
            language, f"add.{result.status}", title=info.title, id=info.id, sentences=result.sentences,
            date=info.published or text(language, "date.unknown"),
        )
        await interaction.followup.send(line, ephemeral=True)

    @app_commands.command(name="add", description="Add an article from a link, a file, or pasted text.")
    @app_commands.describe(
        url="Link to the article's page",
        file="The article as a .txt, .md or .html file",
        text="The article's text (leave url, file and text empty for a form for long text)",
        title="Title, if the source has none or a wrong one",
        outlet="Who published it (AFP, Reuters, Kyiv Independent…)",
        date="Publication date, YYYY-MM-DD",
    )
    @app_commands.check(moderators_only)
    async def add(
        self,
        interaction: discord.Interaction,
        url: str | None = None,
        file: discord.Attachment | None = None,
        text: str | None = None,
        title: str | None = None,
        outlet: str | None = None,
        date: str | None = None,
    ) -> None:
        language = language_of(interaction.locale)
        given = [s for s in (url, file, text) if s]
        if len(given) > 1:
            raise Refusal("add.one_source")
        if not given:
            await interaction.response.send_modal(ArticleModal(self, language, title or "", outlet or "", date or ""))
            return
        if file is not None and file.size > MAX_UPLOAD_BYTES:
            raise Refusal("add.too_big", size=file.size, limit=MAX_UPLOAD_BYTES)
        await interaction.response.defer(ephemeral=True, thinking=True)
        overrides = {"title": title or "", "outlet": outlet or "", "published": date or ""}
        if url:
            article = await fetch_url(url, **overrides)
        elif file is not None:
            article = await asyncio.to_thread(article_from_upload, file.filename, await file.read(), **overrides)
        else:
            article = await asyncio.to_thread(article_from_text, text or "", **overrides)
        await self.store(interaction, article)

    @app_commands.command(name="list", description="List the articles this server added.")
    @app_commands.describe(page="Page number, from 1")
    @app_commands.check(moderators_only)
    async def list_(self, interaction: discord.Interaction, page: app_commands.Range[int, 1, 10_000] = 1) -> None:
        language = language_of(interaction.locale)
        await interaction.response.defer(ephemeral=True, thinking=True)
        infos = await self.engine.list_articles(
            guild_id=interaction.guild_id, own_only=True, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE
        )
        if not infos:
            key = "list.empty" if page == 1 else "list.empty_page"
            await interaction.followup.send(text(language, key, page=page), ephemeral=True)
            return
        more = text(language, "list.next", page=page + 1) if len(infos) > PAGE_SIZE else ""
        lines = [article_line(info, language) for info in infos[:PAGE_SIZE]]
        embed = lines_embed(text(language, "list.title", page=page), lines, footer=more)
        await interaction.followup.send(embed=embed, ephemeral=True)

    @app_commands.command(name="remove", description="Remove one of this server's articles.")
    @app_commands.describe(article="Start typing its title")
    @app_commands.check(moderators_only)
    async def remove(self, interaction: discord.Interaction, article: str) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        info = await self.engine.remove_article(article, guild_id=interaction.guild_id)
        line = text(
            language_of(interaction.locale), "remove.done", title=info.title, id=info.id,
            sentences=info.sentence_count,
        )
        await interaction.followup.send(line, ephemeral=True)

    @remove.autocomplete("article")
    async def remove_choices(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        if not is_moderator(interaction):
            return []
        infos = await self.engine.list_articles(
            guild_id=interaction.guild_id, own_only=True, limit=25, title_like=current.strip()
        )
        return [app_commands.Choice(name=choice_name(info), value=info.id) for info in infos]


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Articles(bot))
