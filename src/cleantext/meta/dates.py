"""Dates written out in many formats and languages, to ISO ``YYYY-MM-DD``.

A small table-driven parser rather than dateparser: pages need only absolute dates
("April 8, 2025", "8. April 2025", "08.04.2025", "2025-04-08", "8 avril 2025"), it must
never guess a date that is not written, and it runs on every header line of millions of
pages, where dateparser's search costs milliseconds a call. Relative dates ("4 days
ago", "yesterday") and dates without a four-digit year are not dates here: turning them
into a day needs the capture time, which a text dump does not carry.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

import regex

from cleantext.cues.meta import DATELINE_WORDS

# Month names and abbreviations -> month number, for the languages with cue tables.
MONTHS: dict[str, int] = {}
_MONTH_TABLE = {
    1: "january jan januar jänner janvier janv enero ene gennaio genn janeiro jan januari stycznia styczeń styczen sty января январь янв",
    2: "february feb februar février fevrier févr fevr febrero febbraio fevereiro fev februari lutego luty lut февраля февраль фев",
    3: "march mar märz maerz mars marzo março marco maart marca marzec марта март мар",
    4: "april apr avril avr abril abr aprile kwietnia kwiecień kwiecien kwi апреля апрель апр",
    5: "may mai mayo maggio mag maio mei maja maj мая май",
    6: "june jun juni juin junio giugno giu junho czerwca czerwiec cze июня июнь июн",
    7: "july jul juli juillet juil julio luglio lug julho lipca lipiec lip июля июль июл",
    8: "august aug août aout agosto ago augustus sierpnia sierpień sierpien sie августа август авг",
    9: "september sep sept septembre septiembre setiembre settembre set setembro wrzesnia września wrzesień wrz сентября сентябрь сен",
    10: "october oct oktober octobre octubre ottobre ott outubro out okt października pazdziernika październik paź октября октябрь окт",
    11: "november nov novembre noviembre novembro listopada listopad lis ноября ноябрь ноя",
    12: "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro grudnia grudzień grudzien gru декабря декабрь дек",
}
for _num, _names in _MONTH_TABLE.items():
    for _name in _names.split():
        MONTHS.setdefault(_name, _num)

_MONTH = "|".join(sorted((regex.escape(m) for m in MONTHS), key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_MON = rf"(?P<m>{_MONTH})\.?"
# Between a month name and the year: a comma and spaces, or nothing after a dot ("21.dez.2018").
_TO_YEAR = r"(?:,?\s{1,3}|(?<=\.))(?:de\s+)?"

PATTERNS = (
    # 2025-04-08, 2025/04/08, 2025.04.08 (also with a time after it)
    regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?!\d)"),
    # 2025年4月8日 (Chinese, Japanese), 2025년 4월 8일 (Korean)
    regex.compile(
        r"(?P<y>(?:19|20)\d\d)\s?[年년]\s?(?P<m>[01]?\d)\s?[月월]\s?(?P<d>[0-3]?\d)\s?[日일]"
    ),
    # April 8, 2025 / Apr. 8th 2025
    regex.compile(rf"(?<!\w){_MON}\s{{1,3}}{_DAY},?\s{{1,3}}{_YEAR}(?!\d)", regex.I),
    # 8 April 2025 / 8. April 2025 / 8 avril 2025 / 8 de abril de 2025 / 21.dez.2018
    regex.compile(rf"(?<![\w.]){_DAY}\s{{0,3}}(?:de\s+)?{_MON}{_TO_YEAR}{_YEAR}(?!\d)", regex.I),
    # 08.04.2025 / 26/2/2015 / 08-04-2025: numeric, day first unless that cannot be
    regex.compile(r"(?<![\d.])(?P<a>[0-3]?\d)([./-])(?P<b>[0-3]?\d)\2(?P<y>(?:19|20)\d\d)(?!\d)"),
)


_ANY_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def iso_date(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` for a real calendar day, else None (a 31 April, a month 13)."""
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric(a: int, b: int, year: int, sep: str) -> str | None:
    """``a/b/year``: dots and dashes are day first everywhere; slashes are ambiguous.

    A slashed date with both parts up to 12 ("04/08/2025") is a guess either way: a page
    does not say its convention, so it is not read.
    """
    if b > 12:
        return iso_date(year, a, b)  # 2/26/2015
    if a > 12 or sep != "/":
        return iso_date(year, b, a)  # 26/2/2015, 08.04.2025
    return None


def find(text: str) -> tuple[str, regex.Match[str]] | None:
    """The first absolute date written in ``text`` as ``(iso, match)``, or None.

    >>> find("Friday, April 18, 2025")[0]
    '2025-04-18'
    """
    if not _ANY_YEAR.search(text):
        return None  # every pattern needs a four-digit year: most lines end here
    best: tuple[str, regex.Match[str]] | None = None
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[1].start():
                break
            groups = m.groupdict()
            year = int(groups["y"])
            if groups.get("a") is not None:
                iso = _numeric(int(groups["a"]), int(groups["b"]), year, m.group(2))
            else:
                month = groups["m"]
                num = int(month) if month.isdigit() else MONTHS.get(month.casefold().rstrip("."))
                iso = iso_date(year, num, int(groups["d"])) if num else None
            if iso:
                best = (iso, m)
                break
    return best


_WORD = regex.compile(r"[\w.]+")
_TIME = regex.compile(r"^\d{1,2}(?:[:.h]\d{2})?(?:[:.]\d{2})?(?:am|pm|h|uhr)?$", regex.I)
_DATELINE_WORDS = frozenset(DATELINE_WORDS)
MAX_DATELINE = 120


def dateline(text: str) -> str | None:
    """The ISO date of a line that is little more than a date, or None.

    Besides the date, a dateline holds only dateline words ("Updated", "Published",
    weekdays, time zones), times and numbers, and at most two other words.

    >>> dateline("Updated: Friday, April 18, 2025 10:47 GMT")
    '2025-04-18'
    """
    if len(text) > MAX_DATELINE:
        return None
    found = find(text)
    if not found:
        return None
    iso, m = found
    rest = (text[: m.start()] + " " + text[m.end() :]).casefold()
    other = [
        w
        for w in _WORD.findall(rest)
        if w.strip(".") not in _DATELINE_WORDS and not _TIME.match(w) and not w.isdigit()
    ]
    return iso if len(other) <= 2 else None


_DIGIT = regex.compile(r"\d")
_CLOCK = regex.compile(
    r"\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?!\w)|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)",
    regex.I,
)


def is_time_line(text: str) -> bool:
    """A line that is only a clock time, with its zone or dateline words ("1:39 PM ET").

    Undated, so no date; but it sits under an article's byline as a dateline would.

    >>> is_time_line("1:39 PM ET"), is_time_line("Updated 10:47 GMT"), is_time_line("At 10:47 he left")
    (True, True, False)
    """
    if len(text) > 40 or not _DIGIT.search(text):
        return False
    return _time_line(text)


@lru_cache(maxsize=4096)
def _time_line(text: str) -> bool:
    rest, n = _CLOCK.subn(" ", text)
    if not n:
        return False
    return all(w.strip(".") in _DATELINE_WORDS for w in _WORD.findall(rest.casefold()))
