"""A release's publication date as news sites write it (`extractor.dateline`): each resolver with cases in
th, nl and en, and the cases where no date may be guessed."""
from __future__ import annotations

import pytest

from extractor.dateline import read_published

FILLER = "Het bedrijf maakte verder bekend dat het zijn vloot vernieuwt. " * 14


@pytest.mark.parametrize(("code", "text", "expected"), [
    # a dateline with its date
    ("en", "LONDON, 6 May 2024 /PRNewswire/ -- Acme said ...", ("2024-05-06", "published.dateline")),
    # a dateline with a day and a month only: the year of the latest full date of the text
    ("th", "สยามเบเวอเรจ รับรางวัล\n\nกรุงเทพฯ--1 ต.ค.--สยามเบเวอเรจ\n\nบริษัทได้รับรางวัลในงานที่จัดขึ้นเมื่อวันที่ 27 กันยายน 2567",
     ("2024-10-01", "published.dateline_year_from_text")),
    ("nl", "AMSTERDAM, 3 maart -- Groenvest meldde dat de aandeelhoudersvergadering van 27 februari 2025 instemde.",
     ("2025-03-03", "published.dateline_year_from_text")),
    ("en", "SINGAPORE, 2 January -- The board met on 18 December 2024 and approved the plan.",
     ("2025-01-02", "published.dateline_year_from_text")),
    # a full date right after the place, whatever stands before the dash
    ("en", "Cirrus Air cuts carbon intensity\n\nBy Maria Ortega\n\nAMSTERDAM, Feb 18, 2025 (Reuters-style wire) - Cirrus Air "
           "said on Tuesday ...", ("2025-02-18", "published.place_line")),
    ("nl", "UTRECHT, 4 maart 2025 (ANP/persbericht) - Groenvest meldt ...", ("2025-03-04", "published.place_line")),
    ("th", "กรุงเทพฯ, 6 พฤษภาคม 2567 (ข่าวประชาสัมพันธ์) - บริษัทประกาศ ...", ("2024-05-06", "published.place_line")),
    # no dateline date: a full date with its weekday in the lead
    ("nl", "ROTTERDAM - Dat herhaalde het Havenbedrijf dinsdag 12 november 2024 bij de presentatie.",
     ("2024-11-12", "published.lead_weekday")),
    ("en", "BANGKOK - Siam Green said on Tuesday, 12 November 2024 that it would cut emissions.",
     ("2024-11-12", "published.lead_weekday")),
    ("th", "กรุงเทพฯ - บริษัทแถลงเมื่อวันอังคารที่ 12 พฤศจิกายน 2567 ว่าจะลดการปล่อยก๊าซ",
     ("2024-11-12", "published.lead_weekday")),
])
def test_a_publication_date_is_read_as_news_sites_write_it(code, text, expected):
    assert read_published(text, code) == expected


@pytest.mark.parametrize(("code", "text"), [
    # a day and a month in the dateline, but no full date anywhere to take the year from
    ("th", "กรุงเทพฯ--1 ต.ค.--บริษัทได้รับรางวัลด้านสิ่งแวดล้อม"),
    ("en", "SINGAPORE, 2 January -- The board approved the plan."),
    # a full date without its weekday is an event, not the report's date
    ("nl", "ROTTERDAM - Het Havenbedrijf presenteerde op 12 november 2024 de voortgangsrapportage."),
    # a date with its weekday far below the lead
    ("nl", "ROTTERDAM - " + FILLER + "Het bedrijf vergadert dinsdag 12 november 2024."),
    ("en", "Acme said its plant would open. " * 25 + "It opens on Tuesday, 12 November 2024."),
])
def test_no_date_is_guessed_where_a_release_gives_none(code, text):
    assert read_published(text, code) == (None, None)


def test_a_header_date_wins_over_a_guess_and_is_refined_by_a_dateline():
    assert read_published("ROTTERDAM - zei dinsdag 12 november 2024 ...", "nl", "2024-10") == ("2024-10", "published.header")
    assert read_published("LONDON, 6 May 2024 /PRNewswire/ -- Acme", "en", "2024-05") == ("2024-05-06", "published.dateline")
