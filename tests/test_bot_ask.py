"""/ask and mentions, end to end: the unmodified bot, the real engine, the fake Discord."""

from __future__ import annotations

import pytest
from fakediscord import Callback, ErrorLog, FakeDiscord, RecordedRequest, connected

from bot import run_bot
from cogs.utils.question import question_text
from retrieval.errors import UserError

KURSK_QUESTION = "How many prisoners does Ukraine claim to have captured in the Kursk region?"
NO_MENTIONS = {"parse": []}


def fits_discord(message: dict) -> None:
    """Discord rejects messages over these limits; assert ours never would be."""
    assert len(message.get("content") or "") <= 2000
    for embed in message.get("embeds", []):
        assert len(embed.get("title", "")) <= 256
        assert len(embed.get("description", "")) <= 4096
        assert all(len(f["value"]) <= 1024 and len(f["name"]) <= 256 for f in embed.get("fields", []))
        total = sum(len(embed.get(k, "")) for k in ("title", "description"))
        total += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
        total += len(embed.get("footer", {}).get("text", ""))
        assert total <= 6000


async def answer_of(reply: RecordedRequest) -> dict:
    assert reply.json["allowed_mentions"] == NO_MENTIONS
    fits_discord(reply.message)
    [embed] = reply.message["embeds"]
    return embed


async def test_ask_defers_then_quotes_with_attribution(fake_discord: FakeDiscord, make_bot) -> None:
    guild = fake_discord.add_guild()
    async with connected(make_bot()):
        sent = await fake_discord.slash(guild, fake_discord.new_user("reader"), "ask", question=KURSK_QUESTION)
        assert (await sent.callback()).json["type"] == Callback.DEFERRED_MESSAGE
        embed = await answer_of(await sent.followup(timeout=30))
    assert embed["title"] == "What the sources say"
    description = embed["description"]
    assert "909" in description
    assert "> " in description  # block quotes
    assert "état\\-major" in description or "état-major" in description
    assert "Ukrainian side" in description and "AFP" in description and "2025-02-06" in description


async def test_french_question_gets_french_words(fake_discord: FakeDiscord, make_bot) -> None:
    guild = fake_discord.add_guild()
    async with connected(make_bot()):
        question = "Combien de prisonniers l'Ukraine affirme-t-elle avoir capturés dans la région de Koursk ?"
        sent = await fake_discord.slash(guild, fake_discord.new_user("lecteur"), "ask", question=question, locale="fr")
        embed = await answer_of(await sent.followup(timeout=30))
    assert embed["title"] == "Ce que disent les sources"
    assert "909" in embed["description"] and "côté ukrainien" in embed["description"]


async def test_unanswerable_question_says_so(fake_discord: FakeDiscord, make_bot) -> None:
    guild = fake_discord.add_guild()
    async with connected(make_bot()):
        sent = await fake_discord.slash(guild, fake_discord.new_user("r"), "ask", question="What is the best pizza topping?")
        embed = await answer_of(await sent.followup(timeout=30))
    assert "title" not in embed or embed["title"] != "What the sources say"
    assert embed["description"].startswith(("*No answer in the library.", "The library holds nothing"))


async def test_mention_gets_a_reply_that_pings_no_one(fake_discord: FakeDiscord, make_bot) -> None:
    guild = fake_discord.add_guild()
    me = fake_discord.bot_user
    async with connected(make_bot()):
        message_id = await fake_discord.send_message(
            guild, fake_discord.new_user("asker"), f"{me.mention} {KURSK_QUESTION}", mentions=[me]
        )
        reply = await fake_discord.wait_for(lambda r: r.path == f"/channels/{guild.channel_id}/messages", timeout=30)
    assert reply.json["message_reference"]["message_id"] == message_id
    assert "909" in (await answer_of(reply))["description"]


async def test_a_mention_that_only_thanks_gets_a_line_not_a_quote(fake_discord: FakeDiscord, make_bot) -> None:
    guild = fake_discord.add_guild()
    me = fake_discord.bot_user
    async with connected(make_bot()):
        await fake_discord.send_message(guild, fake_discord.new_user("polite"), f"{me.mention} thanks a lot! 🙏",
                                        mentions=[me])
        reply = await fake_discord.wait_for(lambda r: r.path == f"/channels/{guild.channel_id}/messages", timeout=30)
    assert reply.json["content"].startswith("Ask about the war")
    assert not reply.json.get("embeds")


def test_discord_markup_is_no_part_of_a_question() -> None:
    typed = "<@!1234567890> how many **prisoners** does ||ukraine|| claim <:flag_ua:123456789012345678> <@&42>"
    assert question_text(typed) == "how many prisoners does ukraine claim"
    assert question_text("since <t:1700000000:R>, what did <#99> say about </ask:7>?") == "since , what did say about ?"
    assert question_text("combien de prisonniers ?") == "combien de prisonniers ?"
    assert question_text("<@1234> <a:wave:5555>") == ""


async def test_a_mention_is_asked_without_its_markup(fake_discord: FakeDiscord, make_bot) -> None:
    guild = fake_discord.add_guild()
    me = fake_discord.bot_user
    typed = ("how many **prisoners** does ||Ukraine|| claim to have captured in the Kursk region"
             " <:ua:123456789012345678>")
    async with connected(make_bot()):
        await fake_discord.send_message(guild, fake_discord.new_user("asker"), f"{me.mention} {typed}", mentions=[me])
        reply = await fake_discord.wait_for(lambda r: r.path == f"/channels/{guild.channel_id}/messages", timeout=30)
    embed = await answer_of(reply)
    assert "909" in embed["description"]
    assert embed["footer"]["text"].endswith(
        ": how many prisoners does Ukraine claim to have captured in the Kursk region")


async def test_cooldown_answers_kindly(fake_discord: FakeDiscord, make_bot) -> None:
    guild = fake_discord.add_guild()
    user = fake_discord.new_user("eager")
    async with connected(make_bot(ask_cooldown_s=60)):
        first = await fake_discord.slash(guild, user, "ask", question=KURSK_QUESTION)
        await first.followup(timeout=30)
        second = await fake_discord.slash(guild, user, "ask", question=KURSK_QUESTION)
        refusal = await second.reply()
    assert refusal.ephemeral and "Please wait" in refusal.message["content"]
    assert refusal.json["type"] == Callback.MESSAGE  # refused at once, nothing deferred


async def test_user_error_is_one_ephemeral_line(fake_discord: FakeDiscord, make_bot) -> None:
    guild = fake_discord.add_guild()
    async with connected(make_bot()):
        sent = await fake_discord.slash(guild, fake_discord.new_user("u"), "ask", question="\u200b\u200b")
        reply = await sent.reply()
    assert reply.ephemeral and reply.message["content"] == "The question is empty."


async def test_our_error_is_logged_and_apologised_for(
    fake_discord: FakeDiscord, make_bot, bot_engine, error_log: ErrorLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("index on fire")

    monkeypatch.setattr(bot_engine, "ask", broken)
    error_log.expect("index on fire")
    guild = fake_discord.add_guild()
    async with connected(make_bot()):
        sent = await fake_discord.slash(guild, fake_discord.new_user("u"), "ask", question=KURSK_QUESTION)
        reply = await sent.reply()
    assert reply.ephemeral and reply.message["content"].startswith("Sorry, something went wrong")
    assert "index on fire" not in reply.message["content"]
    assert error_log.records and error_log.records[0].exc_info is not None


async def test_missing_token_is_one_line(bot_settings) -> None:
    import dataclasses

    with pytest.raises(UserError, match="DISCORD_TOKEN is not set"):
        await run_bot(dataclasses.replace(bot_settings, discord_token=""))


async def test_rejected_token_is_one_line_without_the_token(
    fake_discord: FakeDiscord, bot_settings, bot_engine, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The error is one line without the token, and no log record (debug included) has it."""
    import dataclasses
    import logging

    import bot

    async def shared_engine(settings: object) -> object:
        return bot_engine

    async def keep_open() -> None:
        """The session's engine outlives this test."""

    monkeypatch.setattr(bot.Engine, "open", shared_engine)
    monkeypatch.setattr(bot_engine, "close", keep_open)
    secret = "MTIzNDU2Nzg5.SECRET-token-for-the-log-test"
    caplog.set_level(logging.DEBUG)
    with pytest.raises(UserError) as caught:
        await run_bot(dataclasses.replace(bot_settings, discord_token=secret))
    assert "rejected" in str(caught.value) and secret not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    logged = "\n".join(caplog.text.splitlines() + [repr(r.args) for r in caplog.records])
    assert caplog.records, "nothing was logged: the test would prove nothing"
    assert "SECRET-token" not in logged


async def test_over_long_answer_is_sent_within_limits(
    fake_discord: FakeDiscord, make_bot, bot_engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_ask = bot_engine.ask

    async def long_answer(question: str, guild_id: int | None = None):
        answer = await real_ask(question, guild_id)
        [first, *_] = answer.quotes
        first.text = (first.text + " ") * 40  # as if the article had a 10,000-character sentence
        answer.quotes = [first] * 6
        return answer

    monkeypatch.setattr(bot_engine, "ask", long_answer)
    guild = fake_discord.add_guild()
    async with connected(make_bot()):
        sent = await fake_discord.slash(guild, fake_discord.new_user("r"), "ask", question=KURSK_QUESTION)
        embed = await answer_of(await sent.followup(timeout=30))  # asserts the limits
    assert "[…] (cut to fit Discord" in embed["description"]
    assert embed["fields"][0]["name"] == "More passages, not shown to fit Discord"
