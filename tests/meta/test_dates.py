"""Dates: absolute dates in many formats and languages; never a guess."""

from __future__ import annotations

import pytest

from cleantext.meta import dates

WRITTEN = [
    ("April 8, 2025", "2025-04-08"),
    ("Apr. 8th 2025", "2025-04-08"),
    ("8 April 2025", "2025-04-08"),
    ("08.04.2025", "2025-04-08"),
    ("2025-04-08", "2025-04-08"),
    ("2025-04-08T10:47:00Z", "2025-04-08"),
    ("8. April 2025", "2025-04-08"),
    ("8 avril 2025", "2025-04-08"),
    ("8 de abril de 2025", "2025-04-08"),
    ("Friday, April 18, 2025", "2025-04-18"),
    ("Thu 3 Jan 2019 02.00 EST", "2019-01-03"),
    ("21.dez.2018 às 12h55", "2018-12-21"),
    ("8 апреля 2025 г.", "2025-04-08"),
    ("2017年3月10日", "2017-03-10"),
    ("2/26/2015 7:11 AM PST", "2015-02-26"),
    ("26/2/2015", "2015-02-26"),
    ("Dec. 6, 2024, 10:00 PM UTC", "2024-12-06"),
]


@pytest.mark.parametrize(("text", "iso"), WRITTEN)
def test_written_dates_are_read(text, iso):
    found = dates.find(text)
    assert found is not None and found[0] == iso


NOT_DATES = [
    "4 days ago",
    "yesterday",
    "Updated 3 hours ago",
    "May 2018",  # no day
    "11.03.17",  # two-digit year: the century is a guess
    "2025-13-45",  # no such month or day
    "February 30, 2024",
    "Share prices fell 3% on Monday.",
    "Call 555-0142 before 2025",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_what_is_not_an_absolute_date_stays_unread(text):
    assert dates.find(text) is None


def test_an_ambiguous_slashed_date_is_not_read():
    assert dates.find("04/08/2025") is None  # April 8 or 4 August: the page does not say


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2/26/2015", "2015-02-26"), ("26/2/2015", "2015-02-26"), ("04.08.2025", "2025-08-04")],
)
def test_a_slashed_date_a_day_over_12_settles_and_a_dotted_one_is_day_first(text, iso):
    assert dates.find(text)[0] == iso


def test_the_first_date_in_a_line_wins():
    found = dates.find("Published April 28, 2019; updated April 29, 2019")
    assert found is not None and found[0] == "2019-04-28"


DATELINES = [
    ("April 8, 2025", "2025-04-08"),
    ("Updated: Friday, April 18, 2025 10:47 GMT", "2025-04-18"),
    ("Published 21 November 2019", "2019-11-21"),
    ("Veröffentlicht am 8. April 2025 um 10:47 Uhr", "2025-04-08"),
    ("Publié le 8 avril 2025 à 10h47", "2025-04-08"),
    ("Oct 18, 2019 · 8 min read", "2019-10-18"),
]


@pytest.mark.parametrize(("text", "iso"), DATELINES)
def test_datelines(text, iso):
    assert dates.dateline(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "The crew launched on April 8, 2025 from the Baikonur Cosmodrome in Kazakhstan.",
        "Docking was confirmed on 8 April 2025, Roscosmos said in a statement on Tuesday.",
        "4 days ago",
    ],
)
def test_a_sentence_with_a_date_is_not_a_dateline(text):
    assert dates.dateline(text) is None


@pytest.mark.parametrize("line", ["1:39 PM ET", "Updated 10:47 GMT", "9 a.m.", "18h30"])
def test_a_clock_time_alone_is_a_time_line(line):
    assert dates.is_time_line(line)


@pytest.mark.parametrize("line", ["At 10:47 the hatch opened", "Page 2 of 3", "Jane Doe"])
def test_a_sentence_or_a_counter_is_not_a_time_line(line):
    assert not dates.is_time_line(line)
