"""The bot's own words, in the language of the question (or of the user's Discord client).

Quotes are never translated: they are verbatim sentences. Only what the bot says around them
is. English is the fallback for any language without a table.
"""

from __future__ import annotations

import discord

FALLBACK = "en"

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "answer.title": "What the sources say",
        "answer.closest": "No answer in the library. The closest passages below do not answer the question.",
        "answer.none": "The library holds nothing that answers this question.",
        "answer.cut": "[…] (cut to fit Discord; the rest is at the link)",
        "answer.cut_no_link": "[…] (cut to fit Discord)",
        "answer.more": "More passages, not shown to fit Discord",
        "answer.also_in": "also in",
        "answer.question": "Question",
        "side.ukraine": "Ukrainian side",
        "side.russia": "Russian side",
        "side.third-party": "third party",
        "side.none": "no side named",
        "claimant.unknown": "Unattributed",
        "date.unknown": "undated",
        "mention.empty": "Ask me a question after the mention, or use /ask.",
        "cooldown": "Please wait {seconds} s before asking again.",
        "refused.moderator": "Only moderators can manage this server's articles.",
        "refused.guild_only": "This command works in a server only.",
        "refused.other": "You cannot use this command here.",
        "error.ours": "Sorry, something went wrong on our side. It has been logged.",
        "add.one_source": "Give one of url, file or text, not several.",
        "add.too_big": "The file is too large ({size} bytes; at most {limit}).",
        "add.added": "Added “{title}” ({date}, {sentences} sentences). Id: `{id}`",
        "add.updated": "Updated “{title}” ({date}, {sentences} sentences). Id: `{id}`",
        "add.duplicate": "Already in the library: “{title}” ({date}). Nothing changed. Id: `{id}`",
        "modal.title": "Add an article",
        "modal.text": "Article text",
        "modal.heading": "Title (optional)",
        "modal.outlet": "Outlet (optional)",
        "modal.date": "Publication date, YYYY-MM-DD (optional)",
        "list.title": "This server's articles (page {page})",
        "list.empty": "This server has added no articles yet.",
        "list.empty_page": "There is no page {page}.",
        "list.next": "Next: /article list page:{page}",
        "list.sentences": "{count} sentences",
        "remove.done": "Removed “{title}” (`{id}`) and its {sentences} sentences.",
        "sources.title": "What the library holds",
        "sources.articles": "Articles",
        "sources.sentences": "Sentences",
        "sources.languages": "Languages",
        "sources.dates": "Dates",
        "sources.newest": "Newest articles",
        "sources.empty": "The library is empty.",
        "sources.footer": "Search model: {model} · index: {index}",
    },
    "fr": {
        "answer.title": "Ce que disent les sources",
        "answer.closest": "Pas de réponse dans la bibliothèque. Les passages les plus proches ci-dessous ne répondent pas à la question.",
        "answer.none": "La bibliothèque ne contient rien qui réponde à cette question.",
        "answer.cut": "[…] (coupé pour tenir dans Discord ; la suite est au lien)",
        "answer.cut_no_link": "[…] (coupé pour tenir dans Discord)",
        "answer.more": "Autres passages, non affichés faute de place",
        "answer.also_in": "aussi dans",
        "answer.question": "Question",
        "side.ukraine": "côté ukrainien",
        "side.russia": "côté russe",
        "side.third-party": "tiers",
        "side.none": "aucun camp nommé",
        "claimant.unknown": "Non attribué",
        "date.unknown": "non daté",
        "mention.empty": "Posez-moi une question après la mention, ou utilisez /ask.",
        "cooldown": "Merci de patienter {seconds} s avant de poser une autre question.",
        "refused.moderator": "Seuls les modérateurs peuvent gérer les articles de ce serveur.",
        "refused.guild_only": "Cette commande ne fonctionne que dans un serveur.",
        "refused.other": "Vous ne pouvez pas utiliser cette commande ici.",
        "error.ours": "Désolé, une erreur s'est produite de notre côté. Elle a été consignée.",
        "add.one_source": "Donnez une seule source : url, fichier ou texte.",
        "add.too_big": "Le fichier est trop gros ({size} octets ; {limit} au plus).",
        "add.added": "Ajouté : « {title} » ({date}, {sentences} phrases). Id : `{id}`",
        "add.updated": "Mis à jour : « {title} » ({date}, {sentences} phrases). Id : `{id}`",
        "add.duplicate": "Déjà dans la bibliothèque : « {title} » ({date}). Rien n'a changé. Id : `{id}`",
        "modal.title": "Ajouter un article",
        "modal.text": "Texte de l'article",
        "modal.heading": "Titre (facultatif)",
        "modal.outlet": "Média (facultatif)",
        "modal.date": "Date de publication, AAAA-MM-JJ (facultatif)",
        "list.title": "Articles de ce serveur (page {page})",
        "list.empty": "Ce serveur n'a encore ajouté aucun article.",
        "list.empty_page": "Il n'y a pas de page {page}.",
        "list.next": "Suite : /article list page:{page}",
        "list.sentences": "{count} phrases",
        "remove.done": "Supprimé : « {title} » (`{id}`) et ses {sentences} phrases.",
        "sources.title": "Ce que contient la bibliothèque",
        "sources.articles": "Articles",
        "sources.sentences": "Phrases",
        "sources.languages": "Langues",
        "sources.dates": "Dates",
        "sources.newest": "Articles les plus récents",
        "sources.empty": "La bibliothèque est vide.",
        "sources.footer": "Modèle de recherche : {model} · index : {index}",
    },
    "uk": {
        "answer.title": "Що кажуть джерела",
        "answer.closest": "У бібліотеці немає відповіді. Найближчі уривки нижче не відповідають на питання.",
        "answer.none": "У бібліотеці немає нічого, що відповідало б на це питання.",
        "answer.cut": "[…] (скорочено для Discord; повний текст за посиланням)",
        "answer.cut_no_link": "[…] (скорочено для Discord)",
        "answer.more": "Інші уривки, не показані через обмеження Discord",
        "answer.also_in": "також у",
        "answer.question": "Питання",
        "side.ukraine": "українська сторона",
        "side.russia": "російська сторона",
        "side.third-party": "третя сторона",
        "side.none": "сторону не названо",
        "claimant.unknown": "Без атрибуції",
        "date.unknown": "без дати",
        "cooldown": "Зачекайте {seconds} с, перш ніж питати знову.",
    },
    "ru": {
        "answer.title": "Что говорят источники",
        "answer.closest": "В библиотеке нет ответа. Ближайшие фрагменты ниже не отвечают на вопрос.",
        "answer.none": "В библиотеке нет ничего, что отвечало бы на этот вопрос.",
        "answer.cut": "[…] (сокращено для Discord; полный текст по ссылке)",
        "answer.cut_no_link": "[…] (сокращено для Discord)",
        "answer.more": "Другие фрагменты, не показанные из-за ограничений Discord",
        "answer.also_in": "также в",
        "answer.question": "Вопрос",
        "side.ukraine": "украинская сторона",
        "side.russia": "российская сторона",
        "side.third-party": "третья сторона",
        "side.none": "сторона не названа",
        "claimant.unknown": "Без атрибуции",
        "date.unknown": "без даты",
        "cooldown": "Подождите {seconds} с, прежде чем спрашивать снова.",
    },
}


def text(language: str, key: str, **values: object) -> str:
    """The bot's line `key` in `language` (ISO 639-1), falling back to English."""
    table = TEXTS.get(language, {})
    template = table.get(key) or TEXTS[FALLBACK][key]
    return template.format(**values)


def language_of(locale: discord.Locale | str | None) -> str:
    """ISO 639-1 from a Discord locale ("fr", "en-US", "pt-BR" → "fr", "en", "pt")."""
    return str(locale or FALLBACK).split("-")[0].lower()
