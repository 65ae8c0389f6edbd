"""Thai words about the scoring year of an award: the year written before it, earlier grades."""
from __future__ import annotations

#: "ระดับ A- เพิ่มขึ้นจากระดับ B ในปีก่อนหน้า", "จากระดับ B ในปี 2565"
EARLIER_GRADE = (r"(?:เพิ่มขึ้น|ดีขึ้น|ปรับขึ้น)?จาก(?:ระดับ|ผลการประเมิน)\s*[\"“']?(?P<g>[A-D][-−]?)(?![\p{Latin}\p{N}])[\"”']?\s*"
                 r"(?:(?P<before>ในปีก่อนหน้า|เมื่อปีที่แล้ว|ในปีที่แล้ว|ปีก่อน)|ในปี\s*(?:พ\.ศ\.\s*)?(?P<y>\d{4}))")
#: "ในปี 2566 บริษัทเคยได้รับระดับ A-", "สำหรับปีประเมิน 2567" (a Buddhist-era year is read as the release's dates are)
YEAR_LEAD = (r"(?:ในปี|สำหรับปี(?:ประเมิน)?|ประจำปี)\s*(?:พ\.ศ\.\s*|ค\.ศ\.\s*)?(?P<y>\d{4})",)
#: A year named from the release's, before an award: "ในปีนี้ SBTi ได้รับรองเป้าหมาย Net Zero ของบริษัทด้วย"
RELATIVE_LEAD = (r"(?P<y>ปีนี้|ปีที่แล้ว)",)
