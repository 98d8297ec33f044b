"""Answers shaped into Discord's limits: whole quotes while they fit, cut ones marked and linked."""

from __future__ import annotations

import discord

from cogs.utils.render import answer_embed, choice_name
from retrieval.records import Answer, ArticleInfo, Quote, Side

URL = "https://example.org/news/kursk"


def quote(text: str, n: int = 0, url: str = URL) -> Quote:
    info = ArticleInfo(id=f"a{n}", title=f"Article {n}", outlet="AFP", url=url, published="2025-02-06", language="en")
    return Quote(text=text, claimant="Ukrainian General Staff", side=Side.UKRAINE, score=0.8, article=info, sentence_id=n)


def check_limits(embed: discord.Embed) -> None:
    assert len(embed.description or "") <= 4096
    assert all(len(f.value or "") <= 1024 for f in embed.fields)
    assert len(embed) <= 6000  # discord.py counts every text part of the embed


def test_many_long_quotes_keep_whole_quotes_and_list_the_rest() -> None:
    quotes = [quote(f"Sentence {n} " + "word " * 300, n) for n in range(8)]
    embed = answer_embed(Answer("q", True, quotes, "en"))
    check_limits(embed)
    shown = embed.description.count("\n> ") + embed.description.startswith("> ")
    assert shown >= 1 and all(f"Sentence {n} " + "word " * 299 in embed.description for n in range(shown))
    [more] = embed.fields
    assert f"[Article {shown}]({URL})" in more.value


def test_a_single_huge_quote_is_cut_with_a_mark_and_the_link() -> None:
    embed = answer_embed(Answer("q", True, [quote("Prisoners " * 1000)], "en"))
    check_limits(embed)
    assert "[…] (cut to fit Discord; the rest is at the link)" in embed.description
    assert embed.description.endswith(f"[Article 0]({URL})")


def test_a_cut_quote_without_url_still_says_it_was_cut() -> None:
    embed = answer_embed(Answer("q", True, [quote("Prisoners " * 1000, url="")], "fr"))
    check_limits(embed)
    assert "[…] (coupé pour tenir dans Discord)" in embed.description


def test_long_question_and_odd_urls_stay_in_limits() -> None:
    odd = quote("A claim (with parentheses).", url="https://example.org/a(b)/" + "x" * 3000)
    embed = answer_embed(Answer("why " * 400, True, [odd, quote("Another claim.", 1)], "en"))
    check_limits(embed)
    assert len(embed.footer.text) <= 200 and "x" * 3000 not in embed.description


def test_markdown_and_mentions_in_quotes_are_inert() -> None:
    embed = answer_embed(Answer("q", True, [quote("@here **look** <@&123456789012345678> [x](http://evil)")], "en"))
    assert "@\u200bhere" in embed.description and "\\*\\*look\\*\\*" in embed.description
    assert "<@&" not in embed.description


def test_choice_names_fit_autocomplete() -> None:
    info = ArticleInfo(id="x", title="T" * 300, outlet="", url="", published="2025-01-01", language="en")
    assert len(choice_name(info)) <= 100 and choice_name(info).endswith("(2025-01-01)")
