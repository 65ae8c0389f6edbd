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
    # a bank is registered as "ธนาคาร..." (Bank), which stays in its name; or its Latin short name after "หรือ"
    ("ธนาคารรุ่งเรืองไทย จำกัด (มหาชน) ลดการปล่อยก๊าซเรือนกระจกลง 12%", None, "ธนาคารรุ่งเรืองไทย"),
    ("ธนาคารรุ่งเรืองไทย จำกัด (มหาชน) หรือ RTB ลดการปล่อยก๊าซเรือนกระจกลง 12%", None, "RTB"),
    # a private company, with "(ประเทศไทย)" (Thailand) left out of its name
    ("บริษัท หัวเว่ย เทคโนโลยี่ (ประเทศไทย) จำกัด ใช้ไฟฟ้าจากพลังงานหมุนเวียนร้อยละ 36", None, "หัวเว่ย เทคโนโลยี่"),
    # A name particle written before the name, again and again, is part of it.
    ("Van Dalen Retail scherpt zijn doelen aan. Het aandeel Van Dalen steeg. Van Dalen Retail verkoopt meer.",
     None, "Van Dalen Retail"),
    ("De Jong Groep presenteert het verslag. De Jong Groep verlaagde de uitstoot. De Jong Groep groeit.", None,
     "De Jong Groep"),
    # ... but not once, and not a sentence-opening "De" before another name.
    ("Heineken meldt winst. De Heineken-brouwerij groeit. Heineken zegt dat Heineken investeert.", None, "Heineken"),
    # "Energy" ends many a company's name.
    ("Longwei New Energy named to the A List. Longwei New Energy cut emissions. Longwei New Energy grows.", None,
     "Longwei New Energy"),
    # Written once, with its listing, in a release in another script: still the subject; an award name
    # written more often is not.
    ("หลงเว่ย นิว เอนเนอร์ยี ติดทำเนียบ CDP Climate A List เซี่ยงไฮ้ -- Longwei New Energy Co., Ltd. (SSE: 603879) "
     "ผู้จัดหาระบบ ได้รับการจัดอยู่ในทำเนียบ CDP Climate A List", None, "Longwei New Energy"),
    # Nothing stands out: no subject.
    ("Emissions fell by 9.7% last year.", None, None),
    # A unit, a month, a place or a heading is never the subject, however often it is written.
    ("The 40 MW plant opens in May. MW output rose. Another 20 MW follows in May. May sales grew.", None, None),
    ("SACRAMENTO, California -- Kestrel Foods Inc. (NYSE: KSTF) grows in California. California farms supply "
     "it. Note: California figures.", None, "Kestrel Foods"),
    ("LPG use fell. LPG prices rose. LPG stocks are low.", None, None),
    ("In mei daalde de uitstoot. In mei steeg het aandeel MW. Mei was droog.", None, None),
    # A legal form written before a name is part of it, not the name itself.
    ("ZWOLLE – Zuivelcoöperatie De Weidehoeve heeft een B gekregen. Zuivelcoöperatie De Weidehoeve wil minder "
     "uitstoten. Zuivelcoöperatie De Weidehoeve groeit.", None, "Zuivelcoöperatie De Weidehoeve"),
    # A one-word name keeps its legal form: "Evil Corp", not "Evil" (where "Evil" is written alone, too).
    ("Evil Corp (NASDAQ: EVIL) said it will cut emissions.", None, "Evil Corp"),
    ("Evil Corp (NASDAQ: EVIL) said Evil will cut emissions. Evil plans more. Evil grows.", None, "Evil Corp"),
    # A Thai release naming its company in Thai script only, with its listing: the Thai name.
    ("กรุงเทพฯ -- บริษัท ชลธารา ฟู้ดส์ จำกัด (มหาชน) (SET: CTF) ประกาศแผนลดการปล่อยก๊าซเรือนกระจก", None,
     "ชลธารา ฟู้ดส์"),
])
def test_find_subject(text, title, subject):
    assert find_subject(text, title=title) == subject


@pytest.mark.parametrize(("text", "subject", "masked"), [
    # The whole name wherever it is written, one word of it where it does not open a sentence.
    ("Van Dalen Retail meldt. Dalen werkt. Het aandeel Van Dalen steeg.", "Van Dalen Retail",
     "________________ meldt. Dalen werkt. Het aandeel ___ _____ steeg."),
    ("Target said. Target emissions fell. The Target stores.", "Target",
     "______ said. ______ emissions fell. The ______ stores."),
    ("Green energy grew. Green Power Co said. We, Green Power, said.", "Green Power Co",
     "Green energy grew. ______________ said. We, _____ _____, said."),
    # Case as written: the lower-case word is a word.
    ("Prices dalen. Van Dalen grows.", "Van Dalen", "Prices dalen. _________ grows."),
    # No subject, or one of no words: the text itself.
    ("Emissions fell.", None, "Emissions fell."),
    ("สยามพลังงานสะอาด ลดลง", "สยามพลังงานสะอาด", "สยามพลังงานสะอาด ลดลง"),
])
def test_mask_names_blanks_the_release_own_name_keeping_offsets(text, subject, masked):
    from extractor.extract.subject import mask_names

    assert mask_names(text, subject) == masked and len(mask_names(text, subject)) == len(text)


@pytest.mark.parametrize(("code", "text", "kinds", "direction"), [
    # "Dalen" in the name is no fall ("dalen"), "Target" no commitment.
    ("nl", "Van Dalen Retail meldt dat Van Dalen vorig jaar 410 miljoen kWh groene stroom inkocht, aldus Van Dalen.",
     ["quantity"], None),
    ("en", "Target said its stores used 15% more LED lighting in 2024 than in 2019, Target reported, adding that Target "
     "will keep going.", ["percentage"], "increase"),
])
def test_a_release_own_name_gives_no_cue(code, text, kinds, direction):
    from extractor.stages import extract_claims

    claims = extract_claims(text, code)
    assert [c.kind for c in claims] == kinds and claims[0].direction == direction
