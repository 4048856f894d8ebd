"""Dates written out in many formats and languages, to ISO ``YYYY-MM-DD``.

A small table-driven parser rather than dateparser: pages need only absolute dates
("April 8, 2025", "8. April 2025", "08.04.2025", "2025-04-08", "8 avril 2025"), it must
never guess a date that is not written, and it runs on every header line of millions of
pages, where dateparser's search costs milliseconds a call.
"""

from __future__ import annotations

import datetime as _dt

import regex

# Month names and abbreviations -> month number, for the languages with cue tables.
MONTHS: dict[str, int] = {}
_MONTH_TABLE = {
    1: "january jan januar jänner janvier janv enero ene gennaio genn janeiro januari januar stycznia styczeń styczen sty января январь янв",
    2: "february feb februar février fevrier févr fevr febrero febbraio fevereiro fev februari lutego luty lut февраля февраль фев",
    3: "march mar märz maerz mars marzo março marco maart marca marzec марта март мар",
    4: "april apr avril avr abril abr aprile aprile kwietnia kwiecień kwiecien kwi апреля апрель апр",
    5: "may mai mayo maggio maio mei maja maj мая май",
    6: "june jun juni juin junio giugno giu junho czerwca czerwiec cze июня июнь июн",
    7: "july jul juli juillet juil julio luglio lug julho lipca lipiec lip июля июль июл",
    8: "august aug août aout agosto ago augustus sierpnia sierpień sierpien sie августа август авг",
    9: "september sep sept septembre septiembre setiembre settembre set setembro wrzesnia września wrzesień wrz сентября сентябрь сен",
    10: "october oct oktober octobre octubre oct ottobre ott outubro out oktober okt października pazdziernika październik paź pa\u017a октября октябрь окт",
    11: "november nov novembre noviembre novembro listopada listopad lis ноября ноябрь ноя",
    12: "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro dez grudnia grudzień grudzien gru декабря декабрь дек",
}
for _num, _names in _MONTH_TABLE.items():
    for _name in _names.split():
        MONTHS.setdefault(_name, _num)

_MONTH = "|".join(sorted((regex.escape(m) for m in MONTHS), key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_MON = rf"(?P<m>{_MONTH})\.?"

PATTERNS = (
    # 2025-04-08, 2025/04/08, 2025.04.08 (also with a time after it)
    regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)"),
    # April 8, 2025 / Apr. 8th 2025
    regex.compile(rf"(?<!\w){_MON}\s+{_DAY},?\s+{_YEAR}(?!\d)", regex.I),
    # 8 April 2025 / 8. April 2025 / 8 avril 2025 / 8 de abril de 2025 / 8 апреля 2025 г.
    regex.compile(rf"(?<![\w.]){_DAY}\s*(?:de\s+)?{_MON},?\s+(?:de\s+)?{_YEAR}(?!\d)", regex.I),
    # 08.04.2025 / 8/4/2025 / 08-04-2025 (day first, unless that cannot be)
    regex.compile(r"(?<![\d.])(?P<a>[0-3]?\d)[./-](?P<b>[01]?\d)[./-](?P<y>(?:19|20)\d\d)(?!\d)"),
)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find(text: str, *, month_first: bool = False) -> tuple[str, regex.Match[str]] | None:
    """The first absolute date written in ``text`` as ``(iso, match)``, or None.

    >>> find("Friday, April 18, 2025")[0]
    '2025-04-18'
    """
    best: tuple[str, regex.Match[str]] | None = None
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            year = int(groups["y"])
            if groups.get("a") is not None:
                a, b = int(groups["a"]), int(groups["b"])
                if month_first and a <= 12 or b > 12:
                    a, b = b, a
                iso = _iso(year, b, a)
            else:
                month = groups["m"]
                num = int(month) if month.isdigit() else MONTHS.get(month.casefold().rstrip("."))
                iso = _iso(year, num, int(groups["d"])) if num else None
            if iso and (best is None or m.start() < best[1].start()):
                best = (iso, m)
            if iso:
                break
    return best
