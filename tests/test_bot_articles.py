"""/article add | list | remove and /sources, end to end, with per-server libraries."""

from __future__ import annotations

import asyncio

from fakediscord import BLOCKED_MS, Callback, FakeDiscord, FakeGuild, FakeUser, LoopLag, connected

MANAGE_MESSAGES = 1 << 13

HELICOPTER_TEXT = (
    "Drone strike reported near Zaporizhzhia\n\n"
    "The regional governor Ivan Fedorov said on Monday that a drone struck a grain silo near the "
    "village of Stepnohirsk overnight. Nobody was injured in the attack on the silo, Fedorov said. "
    "Firefighters worked for six hours to put out the fire at the silo, according to the State "
    "Emergency Service."
)
HELICOPTER_QUESTION = "What did the drone strike near Stepnohirsk hit?"


def moderator_of(fake: FakeDiscord, guild: FakeGuild, name: str = "mod") -> FakeUser:
    role = guild.add_role("Mods", MANAGE_MESSAGES)
    return guild.add_member(fake.new_user(name), [role])


async def add_text(fake: FakeDiscord, guild: FakeGuild, user: FakeUser, text: str, **options: str):
    sent = await fake.slash(guild, user, "article add", text=text, **options)
    return await sent.reply(timeout=60)


async def ask(fake: FakeDiscord, guild: FakeGuild, question: str) -> str:
    sent = await fake.slash(guild, fake.new_user("reader"), "ask", question=question)
    reply = await sent.followup(timeout=30)
    assert reply.json["allowed_mentions"] == {"parse": []}
    return reply.message["embeds"][0]["description"]


async def test_non_moderator_is_refused_and_nothing_changes(fake_discord: FakeDiscord, make_bot, bot_engine) -> None:
    guild = fake_discord.add_guild()
    before = await bot_engine.list_articles(guild_id=guild.id, own_only=True)
    async with connected(make_bot()):
        reply = await add_text(fake_discord, guild, fake_discord.new_user("troll"), HELICOPTER_TEXT)
    assert reply.json["type"] == Callback.MESSAGE and reply.ephemeral
    assert reply.message["content"] == "Only moderators can manage this server's articles."
    assert await bot_engine.list_articles(guild_id=guild.id, own_only=True) == before


async def test_add_ask_remove_and_servers_are_apart(fake_discord: FakeDiscord, make_bot) -> None:
    guild, other = fake_discord.add_guild("ours"), fake_discord.add_guild("theirs")
    mod = moderator_of(fake_discord, guild)
    async with connected(make_bot()):
        added = await add_text(fake_discord, guild, mod, HELICOPTER_TEXT, outlet="Ukrinform", date="2025-03-03")
        assert added.ephemeral and added.message["content"].startswith("Added “Drone strike reported near Zaporizhzhia”")
        assert "2025-03-03" in added.message["content"]

        assert "grain silo" in await ask(fake_discord, guild, HELICOPTER_QUESTION)
        assert "grain silo" not in await ask(fake_discord, other, HELICOPTER_QUESTION)

        choices = await fake_discord.autocomplete(guild, mod, "article remove", focused="article", article="drone")
        assert [c["name"] for c in choices] == ["Drone strike reported near Zaporizhzhia (2025-03-03)"]
        other_mod = moderator_of(fake_discord, other, "their mod")
        assert await fake_discord.autocomplete(other, other_mod, "article remove", focused="article", article="drone") == []

        refused = await (await fake_discord.slash(other, other_mod, "article remove", article=choices[0]["value"])).reply()
        assert refused.ephemeral and "No article with id" in refused.message["content"]

        removed = await (await fake_discord.slash(guild, mod, "article remove", article=choices[0]["value"])).reply()
        assert removed.message["content"].startswith("Removed “Drone strike reported near Zaporizhzhia”")
        assert "grain silo" not in await ask(fake_discord, guild, HELICOPTER_QUESTION)


async def test_everyone_in_an_article_stays_inert(fake_discord: FakeDiscord, make_bot) -> None:
    guild = fake_discord.add_guild()
    mod = moderator_of(fake_discord, guild)
    text = (
        "Sirens in Kharkiv\n\n"
        "The city council of Kharkiv told residents that @everyone, <@&123456789012345678> and **all** "
        "volunteers must go to the shelters of the metro when sirens sound over the Saltivka district. "
        "The mayor Ihor Terekhov repeated the warning on Tuesday."
    )
    async with connected(make_bot()):
        await add_text(fake_discord, guild, mod, text)
        sent = await fake_discord.slash(guild, fake_discord.new_user("r"), "ask", question="Where must Kharkiv residents go when sirens sound?")
        reply = await sent.followup(timeout=30)
    assert reply.json["allowed_mentions"] == {"parse": []}
    description = reply.message["embeds"][0]["description"]
    assert "@\u200beveryone" in description and "@everyone" not in description
    assert "<@&" not in description and "\\*\\*all\\*\\*" in description


async def test_moderator_role_by_name_and_the_modal(fake_discord: FakeDiscord, make_bot, bot_engine) -> None:
    guild = fake_discord.add_guild()
    checker = guild.add_member(fake_discord.new_user("checker"), [guild.add_role("Fact checkers")])
    async with connected(make_bot()):
        modal = await (await fake_discord.slash(guild, checker, "article add", outlet="Suspilne")).callback()
        assert modal.json["type"] == Callback.MODAL
        submitted = await fake_discord.submit_modal(guild, checker, modal, {"text": HELICOPTER_TEXT, "title": "Silo hit"})
        added = await submitted.reply(timeout=60)
    assert added.ephemeral and added.message["content"].startswith("Added “Silo hit”")
    [info] = await bot_engine.list_articles(guild_id=guild.id, own_only=True)
    assert info.outlet == "Suspilne" and info.guild_id == guild.id


async def test_list_is_paged(fake_discord: FakeDiscord, make_bot) -> None:
    guild = fake_discord.add_guild()
    mod = moderator_of(fake_discord, guild)
    async with connected(make_bot()):
        for day in range(1, 12):
            body = HELICOPTER_TEXT.replace("six hours", f"{day} hours")
            await add_text(fake_discord, guild, mod, body, title=f"Silo report {day}", date=f"2025-04-{day:02d}")
        first = await (await fake_discord.slash(guild, mod, "article list")).reply()
        second = await (await fake_discord.slash(guild, mod, "article list", page=2)).reply()
    [embed] = first.message["embeds"]
    assert embed["description"].count("\n") == 9 and "Silo report 11" in embed["description"]
    assert embed["footer"]["text"] == "Next: /article list page:2"
    assert second.message["embeds"][0]["description"].endswith("*Silo report 1* · 2025-04-01 · 3 sentences")
    assert first.ephemeral and second.ephemeral


async def test_attachment_and_loop_lag_while_embedding(fake_discord: FakeDiscord, make_bot) -> None:
    guild = fake_discord.add_guild()
    mod = moderator_of(fake_discord, guild)
    paragraphs = [
        f"On day {i} of the siege, the defenders of the district number {i} reported {i * 3} shelling "
        f"attacks on the eastern road, the regional administration said in its evening report."
        for i in range(1, 401)
    ]
    upload = fake_discord.upload("siege.txt", ("Siege diary\n\n" + "\n\n".join(paragraphs)).encode())
    async with connected(make_bot()), LoopLag() as lag:
        sent = await fake_discord.slash(guild, mod, "article add", file=upload)
        asked = await fake_discord.slash(guild, fake_discord.new_user("r"), "ask", question="Who reported shelling attacks?")
        added, answer = await asyncio.gather(sent.reply(timeout=90), asked.followup(timeout=90))
    print(f"\nworst event-loop lag while embedding 400 sentences: {lag.worst_ms:.1f} ms ({lag.samples} samples)")
    assert added.message["content"].startswith("Added “Siege diary” (undated, 40")
    assert answer.message["embeds"]
    assert lag.worst_ms < BLOCKED_MS


async def test_sources_describes_the_library(fake_discord: FakeDiscord, make_bot) -> None:
    guild = fake_discord.add_guild()
    async with connected(make_bot()):
        reply = await (await fake_discord.slash(guild, fake_discord.new_user("r"), "sources")).reply()
    [embed] = reply.message["embeds"]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert int(fields["Articles"]) >= 1 and "fr" in fields["Languages"]
    assert "La Russie affirme" in embed["description"]
