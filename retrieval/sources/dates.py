"""A report's date written in its headline ("Assessment, February 25, 2022").

Pages often carry the time the post was uploaded, which can fall on the next day; the headline
states the day the article is about. Only a headline date near the page's own date is trusted,
so "A year since February 24, 2022" published in 2023 keeps its publication date.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "janvier", "janv"),
            ("february", "feb", "février", "fevrier", "févr"),
            ("march", "mar", "mars"),
            ("april", "apr", "avril", "avr"),
            ("may", "mai"),
            ("june", "jun", "juin"),
            ("july", "jul", "juillet", "juil"),
            ("august", "aug", "août", "aout"),
            ("september", "sep", "sept", "septembre"),
            ("october", "oct", "octobre"),
            ("november", "nov", "novembre"),
            ("december", "dec", "décembre", "decembre", "déc"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er)?"
_YEAR = r"(?:,?\s+(\d{4}))?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.I)  # February 25, 2022
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+{_MONTH}(?![\w]){_YEAR}", re.I)  # 25 février 2022
_NEAR = dt.timedelta(days=7)


def _candidates(title: str) -> list[tuple[int | None, int, int]]:
    found = []
    for match in _MONTH_DAY.finditer(title):
        month, day, year = match.groups()
        found.append((int(year) if year else None, _MONTHS[month.lower()], int(day)))
    for match in _DAY_MONTH.finditer(title):
        day, month, year = match.groups()
        found.append((int(year) if year else None, _MONTHS[month.lower()], int(day)))
    return found


def _as_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def date_in_title(title: str, page_date: str) -> str:
    """The headline's date when it is within a week of `page_date` (YYYY-MM-DD or ""), else
    `page_date`. A headline date without a year takes the year that puts it nearest."""
    try:
        page = dt.date.fromisoformat(page_date) if page_date else None
    except ValueError:
        page = None
    for year, month, day in _candidates(title):
        if page is None:
            if year is not None and (date := _as_date(year, month, day)):
                return date.isoformat()
            continue
        years = [year] if year is not None else [page.year - 1, page.year, page.year + 1]
        dates = [d for y in years if (d := _as_date(y, month, day))]
        near = [d for d in dates if abs(d - page) <= _NEAR]
        if near:
            return min(near, key=lambda d: abs(d - page)).isoformat()
    return page_date
