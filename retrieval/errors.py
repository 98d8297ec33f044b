"""Errors a user can cause, as opposed to bugs of ours.

Adapters show a `UserError` as its one-line message and change nothing; anything else is ours:
logged with its traceback, and the user gets a short apology.
"""


class UserError(Exception):
    """Something the user asked for cannot be done; `str(err)` is the one line to show."""


class UnknownArticle(UserError):
    def __init__(self, article_id: str) -> None:
        super().__init__(f"No article with id {article_id!r} in this library.")
        self.article_id = article_id


class BadInput(UserError):
    """A file, URL, text or question that cannot be used as given."""


class IndexMismatch(UserError):
    """The index on disk was built by another model or dimension than the one configured."""
