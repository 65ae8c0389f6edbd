"""The subject of a release: the name it repeats, in full, never an issuer or the word before a legal suffix."""
from __future__ import annotations

import pytest

from extractor.extract.subject import find_subject


@pytest.mark.parametrize(("text", "title", "subject"), [
    # The name that recurs, extended by the words that always follow it.
    ("Meridian Foods Ltd said on Monday that its plants use less water. Meridian Foods cut emissions 12%. "
     "Meridian Foods also joined the CDP A List. CDP rated Meridian Foods highly.", None, "Meridian Foods"),
    # A legal suffix after the name does not make the word before it the subject.
    ("Harbourline Foods Group reported results. Harbourline Foods Group cut waste. "
     "Harbourline Foods Group aims for net zero.", None, "Harbourline Foods"),
    # Issuers and acronyms of standards are never the subject, however often they appear.
    ("CDP and CDP and CDP rated Acme. Acme said that Acme will cut emissions under the SBTi.", None, "Acme"),
    # The headline counts double.
    ("Polder Stroom and Noordwind both report. Polder Stroom grows. Noordwind grows. Noordwind cuts.",
     "Polder Stroom verlaagt uitstoot", "Polder Stroom"),
    # A Thai release naming its company only in Thai gets that name.
    ("บริษัท สยามพลังงานสะอาด จำกัด (มหาชน) ลดการปล่อยก๊าซเรือนกระจกลง 12%", None, "สยามพลังงานสะอาด"),
    ("บริษัท เอสซีจี กรีน โลจิสติกส์ จำกัด (มหาชน) ลดการปล่อยก๊าซเรือนกระจกลง 22%", None, "เอสซีจี กรีน โลจิสติกส์"),
    # a listing in brackets is no name: "(SET: TPC)"
    ("บริษัท ไทยพัฒน์ ซีเมนต์ จำกัด (มหาชน) (SET: TPC) ลดการปล่อยก๊าซเรือนกระจกลง 7.5%", None, "ไทยพัฒน์ ซีเมนต์"),
    # a private company, with "(ประเทศไทย)" (Thailand) left out of its name
    ("บริษัท หัวเว่ย เทคโนโลยี่ (ประเทศไทย) จำกัด ใช้ไฟฟ้าจากพลังงานหมุนเวียนร้อยละ 36", None, "หัวเว่ย เทคโนโลยี่"),
    # Nothing stands out: no subject.
    ("Emissions fell by 9.7% last year.", None, None),
])
def test_find_subject(text, title, subject):
    assert find_subject(text, title=title) == subject
