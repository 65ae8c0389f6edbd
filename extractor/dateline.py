"""A release's publication date, as news sites write it: resolvers tried in order (`PUBLISHED`).

1. a dateline with its date ("SHENZHEN, China, 6 mei 2024 /PRNewswire/ --"), refining a scraper header that
   gives only the month;
2. the scraper header or the HTML metadata;
3. a full date right after the place that opens a line ("AMSTERDAM, Feb 18, 2025 (Reuters-style wire) -");
4. a dateline with a day and a month but no year ("กรุงเทพฯ--1 ต.ค.--", "AMSTERDAM, 3 maart --"): the year
   that puts it on or after the latest full date the release writes (the event it reports);
5. no dateline date: a full date written with its weekday in the lead ("dinsdag 12 november 2024",
   "on Tuesday, 12 November 2024", "วันอังคารที่ 12 พฤศจิกายน 2567"), as news reports date what they report.

>>> read_published("ROTTERDAM - Het Havenbedrijf zei dinsdag 12 november 2024 dat ...", "nl")
('2024-11-12', 'published.lead_weekday')
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from extractor import lang as languages
from extractor.extract.resolve import first, resolver
from extractor.lang.base import alternation

#: How much of the top of a release a dateline is looked for in, and how much is its lead.
HEAD_CHARS, LEAD_CHARS = 400, 700
#: What may stand between a day-and-month dateline and its mark ("--", "—", "/PRNewswire/").
_MARK = r"\s*(?:--|—|–|-\s|/|\|)"


@resolver("published.dateline", "a dateline with its date near the top: 'SHENZHEN, China, 6 mei 2024 /PRNewswire/ --'")
def _dateline(body: str, code: str, header: str | None) -> str | None:
    from extractor.normalize.dates import find_dateline

    found = find_dateline(body, code)
    if found is None or (header is not None and not found.value.startswith(header)):
        return None  # a header that disagrees wins; one giving only the month is refined
    return found.value


@resolver("published.header", "the date a scraper header or the HTML metadata gives")
def _header(body: str, code: str, header: str | None) -> str | None:
    return header


@lru_cache(maxsize=None)
def _day_month(code: str) -> regex.Pattern:
    ld = languages.get(code)
    month = rf"(?P<month>{alternation(ld.months)})\.?"
    return regex.compile(rf"(?<![0-9])(?P<day>[0-9]{{1,2}})\s*{month}(?![\p{{L}}.]*\s*[0-9]{{2,4}}){_MARK}",
                         0 if ld.months_case_sensitive else regex.I)


@resolver("published.dateline_year_from_text",
          "a dateline with a day and a month but no year takes the year that puts it on or after the latest full "
          "date the release writes: 'กรุงเทพฯ--1 ต.ค.--' over '27 กันยายน 2567' is 2024-10-01")
def _dateline_without_year(body: str, code: str, header: str | None) -> str | None:
    from extractor.normalize.dates import find_dates

    m = _day_month(code).search(body[:HEAD_CHARS])
    if m is None:
        return None
    ld = languages.get(code)
    month = {k.lower(): v for k, v in ld.months.items()}.get(m.group("month").lower())
    full = [d for d in find_dates(body, code) if d.day is not None and d.month is not None]
    if month is None or not full:
        return None
    latest = max(dt.date(d.year, d.month, d.day) for d in full)
    for year in (latest.year, latest.year + 1):
        try:
            day = dt.date(year, month, int(m.group("day")))
        except ValueError:
            return None
        if day >= latest:
            return day.isoformat()
    return None


@lru_cache(maxsize=None)
def _weekday(code: str) -> regex.Pattern | None:
    tables = languages.get(code).extra["dates"]
    words, after = getattr(tables, "WEEKDAYS", ()), getattr(tables, "AFTER_WEEKDAY", ())
    tail = rf"(?:(?:{alternation(after)})\s*)?" if after else ""
    return regex.compile(rf"(?:{alternation(words)})[\s,]*{tail}$", regex.I) if words else None


@resolver("published.lead_weekday", "with no dateline date, a full date written with its weekday in the lead: "
          "'Dat herhaalde het Havenbedrijf dinsdag 12 november 2024'")
def _lead_weekday(body: str, code: str, header: str | None) -> str | None:
    from extractor.normalize.dates import find_dates

    weekday = _weekday(code)
    if weekday is None:
        return None
    for d in find_dates(body[:LEAD_CHARS], code):
        if d.day is not None and d.month is not None and weekday.search(body[max(0, d.start - 24):d.start]):
            return dt.date(d.year, d.month, d.day).isoformat()
    return None


#: A line that opens with a place and a comma or dash, as a dateline does ("AMSTERDAM, ...", "กรุงเทพฯ -- ..."),
#: and holds a full date soon after: the date written with the place.
_PLACE_LINE = regex.compile(r"^[^\d\n,–—-]{2,30}(?:,|\s[-–—]{1,2}|--)(?P<rest>[^\n]{0,80})", regex.M)


@resolver("published.place_line", "a full date right after the place that opens a line, whatever stands between "
          "the date and the dash: 'AMSTERDAM, Feb 18, 2025 (Reuters-style wire) - Cirrus Air said'")
def _place_line(body: str, code: str, header: str | None) -> str | None:
    from extractor.normalize.dates import find_dates

    for m in _PLACE_LINE.finditer(body[:HEAD_CHARS]):
        rest = m.group("rest")
        first_date = next(iter(find_dates(rest, code)), None)
        if first_date is not None and first_date.day is not None and first_date.month is not None \
                and not rest[:first_date.start].strip():
            return dt.date(first_date.year, first_date.month, first_date.day).isoformat()
    return None


PUBLISHED = (_dateline, _header, _place_line, _dateline_without_year, _lead_weekday)


def read_published(body: str, code: str, header: str | None = None) -> tuple[str | None, str | None]:
    """The publication date of a release (ISO, or a month or year only when that is all a header gives) and the
    id of the resolver that read it."""
    return first(PUBLISHED, body, code, header)
