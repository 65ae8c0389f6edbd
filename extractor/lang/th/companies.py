"""Thai words about companies: legal forms, abbreviations, and words that are never a release's subject."""
from __future__ import annotations

#: Legal forms written after a name ("บริษัท ชลธารา ฟู้ดส์ จำกัด (มหาชน)").
LEGAL_SUFFIXES = ("จำกัด (มหาชน)", "จำกัด(มหาชน)", "จำกัด", "(ประเทศไทย)")
#: Legal forms written before a name.
LEGAL_PREFIXES = ("บริษัท", "บมจ.", "ธนาคาร")
#: Words of Thai releases that look like a name but are none: places and headings.
NOT_SUBJECTS = ("กรุงเทพฯ", "กรุงเทพมหานคร", "ประเทศไทย", "ติดต่อสื่อมวลชน")
SHORT_NAME = None
#: A company's abbreviation after its registered name: "... จำกัด (มหาชน) หรือ ปตท.", "(ปตท.)".
ABBREVIATION = r"\s*(?:หรือ|\()\s*(?P<abbr>[ก-ฮ][ก-ฮ.]{1,6}\.)"
