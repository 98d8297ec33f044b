"""Answers, listings and statistics shaped into Discord embeds that fit Discord's limits.

Quoted text is escaped (markdown and mentions) so it renders verbatim and stays inert; the
client-wide `AllowedMentions.none()` is the second guard. A long answer keeps whole quotes while
they fit, lists the sources of the ones left out, and cuts a quote only when a single one is
too long alone, with a visible mark and the link to the full article.
"""

from __future__ import annotations

import discord
from discord.utils import escape_markdown, escape_mentions

from retrieval.records import Answer, ArticleInfo, Quote

from .i18n import text

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
CHOICE_NAME_LIMIT = 100

# Our own caps, chosen so title + description + one field + footer stay under EMBED_TOTAL_LIMIT.
QUESTION_SHOWN = 200
LINK_TITLE_SHOWN = 90
URL_LINKABLE = 500  # longer URLs would eat the room of the quotes themselves
ANSWER_COLOUR = discord.Colour.blurple()
NO_ANSWER_COLOUR = discord.Colour.light_grey()


def inert(raw: str) -> str:
    """Text from an article, rendered as written: no markdown, no mention, no link markup."""
    return escape_mentions(escape_markdown(raw))


def shorten(raw: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis when needed."""
    if len(raw) <= limit:
        return raw
    cut = raw[: limit - 1].rsplit(" ", 1)[0] or raw[: limit - 1]
    return cut + "…"


def article_link(info: ArticleInfo) -> str:
    """The article's title, linked to its URL when it has one short enough to show."""
    title = inert(shorten(info.title or info.id, LINK_TITLE_SHOWN))
    if info.url and len(info.url) <= URL_LINKABLE:
        # Brackets and parentheses would end the markdown link early.
        label = title.replace("[", "(").replace("]", ")")
        url = info.url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        return f"[{label}]({url})"
    return f"*{title}*"


def _source(info: ArticleInfo, language: str) -> str:
    parts = [inert(info.outlet)] if info.outlet else []
    parts.append(info.published or text(language, "date.unknown"))
    return ", ".join(parts)


def attribution_line(quote: Quote, language: str) -> str:
    """— **Claimant** (side) · Outlet, date · [Title](url) · also in: ..."""
    claimant = inert(quote.claimant) if quote.claimant else text(language, "claimant.unknown")
    line = f"— **{claimant}** ({text(language, 'side.' + quote.side.value)}) · {_source(quote.article, language)}"
    line += f" · {article_link(quote.article)}"
    if quote.also_in:
        others = "; ".join(_source(a, language) for a in quote.also_in[:3])
        line += f" · {text(language, 'answer.also_in')}: {others}"
    return line


def _blockquote(raw: str) -> str:
    return "\n".join("> " + line for line in inert(raw).splitlines() or [""])


def quote_block(quote: Quote, language: str) -> str:
    return _blockquote(quote.text) + "\n" + attribution_line(quote, language)


def cut_quote_block(quote: Quote, language: str, budget: int) -> str:
    """The quote cut to fit `budget` characters, with a mark saying so and the link."""
    mark = text(language, "answer.cut" if quote.article.url else "answer.cut_no_link")
    tail = "\n" + attribution_line(quote, language)
    keep = len(quote.text)
    while keep > 0:
        head = _blockquote(quote.text[:keep].rsplit(" ", 1)[0] + " " + mark)
        overflow = len(head) + len(tail) - budget
        if overflow <= 0:
            return head + tail
        keep -= max(overflow, 1)
    return (_blockquote(mark) + tail)[:budget]


def answer_embed(answer: Answer) -> discord.Embed:
    """The embed for an answer, an abstention with closest passages, or a plain "no answer"."""
    language = answer.language
    if not answer.quotes:
        embed = discord.Embed(description=text(language, "answer.none"), colour=NO_ANSWER_COLOUR)
        return _with_question(embed, answer)

    header = "" if answer.answered else f"*{text(language, 'answer.closest')}*\n\n"
    blocks: list[str] = []
    left_out: list[Quote] = []
    room = DESCRIPTION_LIMIT - len(header)
    for quote in answer.quotes:
        block = quote_block(quote, language)
        needed = len(block) + (2 if blocks else 0)
        if not left_out and needed <= room:
            blocks.append(block)
            room -= needed
        elif not blocks:  # a single quote longer than the whole description
            blocks.append(cut_quote_block(quote, language, room))
            room = 0
        else:
            left_out.append(quote)

    embed = discord.Embed(
        title=text(language, "answer.title") if answer.answered else None,
        description=header + "\n\n".join(blocks),
        colour=ANSWER_COLOUR if answer.answered else NO_ANSWER_COLOUR,
    )
    if left_out:
        embed.add_field(name=text(language, "answer.more"), value=_more_sources(left_out, language), inline=False)
    return _with_question(embed, answer)


def _more_sources(quotes: list[Quote], language: str) -> str:
    lines: list[str] = []
    used = 0
    for quote in quotes:
        claimant = inert(quote.claimant) if quote.claimant else text(language, "claimant.unknown")
        line = f"• {claimant} · {_source(quote.article, language)} · {article_link(quote.article)}"
        if used + len(line) + 1 > FIELD_VALUE_LIMIT:
            break
        lines.append(line)
        used += len(line) + 1
    return "\n".join(lines) or "…"


def _with_question(embed: discord.Embed, answer: Answer) -> discord.Embed:
    label = text(answer.language, "answer.question")
    return embed.set_footer(text=shorten(f"{label}: {answer.question}", QUESTION_SHOWN))


def article_line(info: ArticleInfo, language: str) -> str:
    """One article in a listing: `id` · Title · outlet, date · N sentences."""
    sentences = text(language, "list.sentences", count=info.sentence_count)
    return f"`{info.id}` · {article_link(info)} · {_source(info, language)} · {sentences}"


def lines_embed(title: str, lines: list[str], footer: str = "") -> discord.Embed:
    """An embed listing `lines`, as many as fit the description."""
    kept: list[str] = []
    used = 0
    for line in lines:
        if used + len(line) + 1 > DESCRIPTION_LIMIT:
            break
        kept.append(line)
        used += len(line) + 1
    embed = discord.Embed(title=shorten(title, TITLE_LIMIT), description="\n".join(kept), colour=ANSWER_COLOUR)
    if footer:
        embed.set_footer(text=shorten(footer, FOOTER_LIMIT))
    return embed


def choice_name(info: ArticleInfo) -> str:
    """An autocomplete choice for an article: its title, date and id, within 100 characters."""
    suffix = f" ({info.published or info.id})"
    return shorten(info.title or info.id, CHOICE_NAME_LIMIT - len(suffix)) + suffix
