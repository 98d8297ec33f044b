"""The fake Discord itself, proven with a tiny bot before the real one relies on it."""

from __future__ import annotations

import asyncio
import time

import discord
import pytest
from discord import app_commands
from discord.ext import commands
from fakediscord import Callback, ErrorLog, FakeDiscord, LoopLag, connected


class EchoModal(discord.ui.Modal, title="Echo"):
    text = discord.ui.TextInput(label="Text", custom_id="text", style=discord.TextStyle.long)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"modal said {self.text.value}", ephemeral=True)


def tiny_bot() -> commands.Bot:
    bot = commands.Bot(
        command_prefix=commands.when_mentioned,
        intents=discord.Intents.default(),
        allowed_mentions=discord.AllowedMentions.none(),
        guild_ready_timeout=0.05,
    )

    @bot.tree.command()
    async def echo(interaction: discord.Interaction, text: str, times: int = 1) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send(text * times)

    @bot.tree.command()
    async def fruit(interaction: discord.Interaction, name: str) -> None:
        await interaction.response.send_message(name, ephemeral=True)

    @fruit.autocomplete("name")
    async def fruit_names(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=f, value=f) for f in ("apple", "apricot", "banana") if f.startswith(current)]

    @bot.tree.command()
    async def form(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(EchoModal())

    @bot.tree.command()
    async def broken(interaction: discord.Interaction) -> None:
        raise RuntimeError("boom")

    @bot.tree.command()
    async def upload(interaction: discord.Interaction, file: discord.Attachment) -> None:
        await interaction.response.send_message((await file.read()).decode())

    @bot.event
    async def on_message(message: discord.Message) -> None:
        if bot.user in message.mentions:
            await message.reply(f"you said {message.content}")

    async def setup_hook() -> None:
        await bot.tree.sync()

    bot.setup_hook = setup_hook
    return bot


async def test_login_identify_and_sync(fake_discord: FakeDiscord) -> None:
    guild = fake_discord.add_guild()
    async with connected(tiny_bot()) as bot:
        assert bot.get_guild(guild.id) is not None
        assert {c["name"] for c in fake_discord.commands[None]} == {"echo", "fruit", "form", "broken", "upload"}
        assert fake_discord.identify is not None
        assert not discord.Intents._from_value(fake_discord.identify["intents"]).message_content


async def test_slash_defer_then_followup(fake_discord: FakeDiscord) -> None:
    guild = fake_discord.add_guild()
    user = fake_discord.new_user("alice")
    async with connected(tiny_bot()):
        sent = await fake_discord.slash(guild, user, "echo", text="ab", times=2)
        assert (await sent.callback()).json["type"] == Callback.DEFERRED_MESSAGE
        followup = await sent.followup()
        assert followup.message["content"] == "abab"
        assert followup.message["allowed_mentions"] == {"parse": []}


async def test_autocomplete_modal_and_attachment(fake_discord: FakeDiscord) -> None:
    guild = fake_discord.add_guild()
    user = fake_discord.new_user("bob")
    async with connected(tiny_bot()):
        choices = await fake_discord.autocomplete(guild, user, "fruit", focused="name", name="ap")
        assert [c["value"] for c in choices] == ["apple", "apricot"]

        modal = await (await fake_discord.slash(guild, user, "form")).callback()
        submitted = await fake_discord.submit_modal(guild, user, modal, {"text": "hello"})
        reply = await submitted.reply()
        assert reply.message["content"] == "modal said hello" and reply.ephemeral

        sent = await fake_discord.slash(guild, user, "upload", file=fake_discord.upload("a.txt", b"file body"))
        assert (await sent.reply()).message["content"] == "file body"


async def test_mention_gets_a_reply(fake_discord: FakeDiscord) -> None:
    guild = fake_discord.add_guild()
    user = fake_discord.new_user("carol")
    async with connected(tiny_bot()):
        message_id = await fake_discord.send_message(
            guild, user, f"{fake_discord.bot_user.mention} hi", mentions=[fake_discord.bot_user]
        )
        reply = await fake_discord.wait_for(lambda r: r.path == f"/channels/{guild.channel_id}/messages")
        assert reply.json["message_reference"]["message_id"] == message_id
        assert reply.json["allowed_mentions"] == {"parse": []}


async def test_handler_errors_are_logged(fake_discord: FakeDiscord, error_log: ErrorLog) -> None:
    guild = fake_discord.add_guild()
    async with connected(tiny_bot()):
        await fake_discord.slash(guild, fake_discord.new_user("dave"), "broken")
        for _ in range(100):
            if error_log.records:
                break
            await asyncio.sleep(0.01)
    assert "boom" in error_log.format(error_log.records[0])
    error_log.expect("boom")


async def test_rejected_token_fails_login(fake_discord: FakeDiscord) -> None:
    with pytest.raises(discord.LoginFailure):
        async with connected(tiny_bot(), token="wrong"):
            pass


async def test_loop_lag_sees_blocking() -> None:
    async with LoopLag() as lag:
        await asyncio.sleep(0.02)
        time.sleep(0.15)
        await asyncio.sleep(0.02)
    assert lag.worst_ms > 100
