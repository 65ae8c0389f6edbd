"""Thai extraction cues: phrases (see `lang/en/patterns.py` for the format). Thai has no spaces between
words, so they are matched on characters, inside runs of text (`extract.cues`)."""
from __future__ import annotations

PATTERNS: dict[str, tuple[str, ...]] = {
    # "ลดลง 9.7% จากปีก่อนหน้า"
    "decrease": ("ลดลง", "ลดได้", "ลด", "น้อยลง", "ต่ำลง", "decrease", "reduc"),
    # "เพิ่มขึ้น 18.1%"
    "increase": ("เพิ่มขึ้น", r"เพิ่ม(?!ประสิทธิภาพ)", "เติบโต", "สูงขึ้น", "ขยายตัว", "increase"),
    # "ลดการปล่อยก๊าซเรือนกระจก ... ให้ได้ 52% ภายในปี 2573"
    "reduce": ("ลด",),
    # "ตั้งเป้า" stays a pattern: the cue is the whole run of letters after it ("ตั้งเป้าหมายดังนี้")
    "commit": ("มุ่งมั่น", r"ตั้งเป้า\w*", "เป้าหมาย", "มุ่ง", "จะ", "วางแผน", "ให้คำมั่น", "สามารถ"),
    # "ภายในปี 2573", "ไม่เกินปี 2030"
    "target_year": (
        "ภายในปี", "ภายในปีพ.ศ.", "ภายในปีค.ศ.", "ภายในปี พ.ศ.", "ภายในปี ค.ศ.", "ภายในสิ้นปี", "ภายใน", "ไม่เกินปี", "ไม่เกิน", "ก่อนปี",
        "อย่างช้าที่สุดภายในปี", "by",
        "ภายในฤดูการผลิต", "ภายในฤดูการผลิตปี",  # a crop season: "ภายในฤดูการผลิต 2568/69"
    ),
    # "ในปี 2566"
    "period": ("ในปี", "ประจำปี", "เมื่อปี", "ปี", "ในช่วงปี", "เมื่อวันที่", "วันที่"),
    # a target given the years of the one before it: "... ร้อยละ 28 ในช่วงเวลาเดียวกัน"
    "same_period": ("ในเวลาเดียวกัน", "ในระยะเวลาเดียวกัน", "ในช่วงเวลาเดียวกัน", "ในช่วงระยะเวลาเดียวกัน", "ในระยะระยะเวลาเดียวกัน", "ในกรอบเวลาเดียวกัน", "ในกรอบระยะเวลาเดียวกัน", "ภายในเวลาเดียวกัน", "ภายในระยะเวลาเดียวกัน", "ภายในช่วงเวลาเดียวกัน", "ภายในช่วงระยะเวลาเดียวกัน", "ภายในระยะระยะเวลาเดียวกัน", "ภายในกรอบเวลาเดียวกัน", "ภายในกรอบระยะเวลาเดียวกัน", "ในปีเดียวกัน", "ภายในปีเดียวกัน"),
    # บรรทัดหลังรายการเป้าหมายที่กล่าวถึงเป้าหมายเหล่านั้น: "ทุกเป้าหมายข้างต้นต้องบรรลุภายในปี 2573"
    "list_targets": ("ทุกเป้าหมาย", "เป้าหมายทั้งหมด", "เป้าหมายข้างต้น"),
    # อีกฝ่ายหนึ่งต้องการให้ผู้อื่นทำ: ตัวเลขนั้นไม่ใช่เป้าหมายของบริษัท ("องค์การสหประชาชาติเรียกร้องให้ทั่วโลกลด...")
    "others_wish": ("ต้องการให้", "เรียกร้องให้", "คาดหวังให้", "ขอให้",
                    # "ระบุว่าธนาคารควร ...", "เห็นว่าภาคอุตสาหกรรมต้อง ...": another party says what others should do
                    r"(?:ระบุว่า|เห็นว่า|กล่าวว่า|ชี้ว่า)(?:ภาค|กลุ่ม|ทุก)?(?:ธนาคาร|ธุรกิจ|อุตสาหกรรม|สายการบิน|ประเทศ|รัฐบาล|"
                    r"บริษัทต่าง\s?ๆ|ผู้ผลิต)\S{0,12}?(?:ควร|ต้อง|จำเป็นต้อง)"),
    # คำกริยาของการไปให้ถึง: "ตั้งเป้าในปี 2570 ให้ใช้เชื้อเพลิงชีวภาพร้อยละ 70 ให้ได้"
    "reach_verb": ("ให้ได้", "บรรลุ"),
    # a target that raises the share before it: "... และตั้งเป้าเพิ่มเป็นร้อยละ 50"
    "raise_to": ("เพิ่มเป็น", "เพิ่มขึ้นเป็น", "เพิ่มสัดส่วนเป็น", "เพิ่มสัดส่วนขึ้นเป็น"),
    # what an amount in tonnes is of, when no gas is named there: "1.4 ล้านตันของวัตถุดิบ"
    "unit_of": ("ของ",),
    # ข้อเท็จจริงของบริษัท: จำนวนเงินหลังคำเหล่านี้ไม่ใช่คำกล่าวอ้าง ("มีทุนจดทะเบียน 1,000 ล้านบาท")
    "company_fact": ("ทุนจดทะเบียน", "สินทรัพย์", "รายได้", "ยอดขาย", "กำไร", "เงินปันผล", "ปันผล", "ราคาหุ้น",
                     "มูลค่าตลาด", "ต่อหุ้น", "revenue", "registered capital"),
    # what a share is of, written right after it: after a clause word the share's own subject, not the
    # figure before restated ("... และร้อยละ 60 ของสาขาผ่านการรับรอง")
    "share_of": ("ของ",),
    # words opening a clause with a subject of its own: a figure after them is not the one before restated
    # ("1.1 ล้านตัน ขณะที่กำลังการผลิตเพิ่มขึ้นร้อยละ 8")
    "new_clause": ("ขณะที่", "ในขณะที่", "เนื่องจาก", "เพราะ", "แม้ว่า"),
    # a figure that restates the target before it: "ในปี 2573 ตัวเลขดังกล่าวต้องลดลงร้อยละ 30"
    "refer_back": ("ตัวเลขดังกล่าว", "ตัวเลขนี้", "สัดส่วนดังกล่าว", "สัดส่วนนี้", "เป้าหมายดังกล่าว", "เป้าหมายนี้",),
    # รายงานผลหลังเป้าหมาย: ตัวเลขหลังคำนี้คือผลที่ทำได้แล้ว ("ตั้งเป้าปี 2578 และรายงานว่าลดการปล่อยได้ร้อยละ 9")
    "reported": ("ทำได้", "รายงานว่า", "รายงานผล", "เปิดเผยว่า"),
    # ช่วงเวลาข้างหน้า: ตัวเลขในช่วงนี้ไม่ใช่ของปีของย่อหน้า ("ลงทุน ... 15,000 ล้านบาท ในช่วง 5 ปีข้างหน้า")
    "horizon": ("ปีข้างหน้า", "ในอนาคต"),
    "period_reset": (r"ในช่วง\S{0,12}ปีที่ผ่านมา", "ตั้งแต่", "นับตั้งแต่", "ปัจจุบัน", "ขณะนี้"),  # ..., the present
    # "เมื่อเทียบกับปี 2562", "จากปีฐาน 2562"
    "baseline": ("เมื่อเทียบกับปี", "เทียบกับปีฐาน", "เทียบกับปี", "เทียบกับ", "จากปีฐาน", "ปีฐาน", "จากปี"),
    # words right after a base year: "a 2019 base year", "het niveau van 2019"
    "baseline_after": ("เป็นปีฐาน", "ปีฐาน"),
    # a report the release is about: "the 2022 Sustainability Report"; its year is the period of its figures
    "report_year": (r"รายงาน(?:ความยั่งยืน|ประจำปี|การพัฒนาที่ยั่งยืน)\s*(?:ประจำ)?(?:ปี)?\s*(?P<year>\d{4})", r"(?P<year>\d{4})\s+(?:Sustainability|ESG|Annual)\s+Report"),
    "net_zero": (
        "สุทธิเป็นศูนย์", "เป็นศูนย์สุทธิ", "ก๊าซเรือนกระจกเป็นศูนย์", "คาร์บอนเป็นศูนย์", "เน็ตซีโร่", "เน็ต ซีโร่", r"net[\s-]*zero(?![a-z])",
    ),
    "carbon_neutral": (
        "ความเป็นกลางของคาร์บอน", "ความเป็นกลางทางคาร์บอน", "เป็นกลางทางคาร์บอน", "เป็นกลางคาร์บอน",
        "คาร์บอนเป็นกลาง",  # "องค์กรคาร์บอนเป็นกลางภายในปี 2583"
        r"carbon[\s-]*neutral(?:ity)?(?![a-z])",  # Latin words inside Thai text need their own boundary
    ),
    "target_noun": ("เป้าหมาย", "target"),
    "approval": ("อนุมัติ", "รับรอง", "approv", "validat"),
    "award_verb": ("ได้รับ", "คว้า", "ติดอันดับ", "ได้รับการคัดเลือก", "ได้รับการจัดอันดับ"),
    "award_lead": ("รางวัล",),
    "award_noun": ("รางวัล",),
    # "เป็นปีที่สามติดต่อกัน", "ติดต่อกันเป็นปีที่ 3", "ติดต่อกัน 3 ปี"
    "streak": (
        r"เป็น\s*ปีที่\s*(?P<n>\S+?)\s*ติดต่อกัน", r"ต่อเนื่องเป็นปีที่\s*(?P<n>\S+?)(?=\s|$|ติดต่อกัน|\b)",
        r"ติดต่อกัน(?:เป็น)?ปีที่\s*(?P<n>\S+?)(?=\s|$)",
        r"ติดต่อกัน(?:เป็นเวลา|เป็น)?\s*(?P<n>\S+?)\s*ปี",
    ),
    # an ESG risk rating: "rated Low Risk by Sustainalytics", "het ESG-risico als laag"
    "esg_risk": (r"ความเสี่ยง(?:ด้าน\s*ESG)?(?:อยู่)?(?:ใน)?(?:ระดับ)?\s*(?P<g>ต่ำมาก|ต่ำ|ปานกลาง|สูง|รุนแรง)",),
    # where a sentence listing several awards is cut into clauses ("AA by MSCI and Low Risk by ...")
    "list_break": (r"\s+และ", r"\s+รวมถึง", r"\s+รวมทั้ง", r";\s*"),
    # look-alikes: digits that are no figure (see normalize/numbers.py)
    # "one of N companies" is no fraction: "เป็นหนึ่งในห้าบริษัท", "หนึ่งในสามอันดับแรก"
    "fraction_lookalikes": (r"(?:หนึ่ง|สอง|สาม)ใน(?:สาม|สี่|ห้า)\s*(?:บริษัท|องค์กร|อันดับ|ประเทศ|แห่ง|ราย|ผู้)",),
    # words that end with a qualifier and are none: "งบประมาณ" (a budget) ends with "ประมาณ" (about)
    "qualifier_lookalikes": (r"งบประมาณ",),
    # one scope alone labelling the figure after it: "(Scope 1)", "Scope 2:"
    "scope_alone": (r"\(\s*(?:ขอบเขตที่|scope)\s*[12]\s*\)", "ขอบเขตที่1:", "ขอบเขตที่1 :", "ขอบเขตที่2:", "ขอบเขตที่2 :", "ขอบเขตที่ 1:", "ขอบเขตที่ 1 :", "ขอบเขตที่ 2:", "ขอบเขตที่ 2 :", "scope1:", "scope1 :", "scope2:", "scope2 :", "scope 1:", "scope 1 :", "scope 2:", "scope 2 :"),
    "scope_words": (r"ขอบเขตที่", r"scopes?"),  # "Scope 1&2", "ขอบเขตที่ 1 และ 2"
    "list_joiners": (r"และ", r"ถึง", r"and"),  # "scope 1 and 2"
    "phone_labels": (r"โทร(?:ศัพท์|สาร)?", r"tel"),  # "tel. +31 10 555 0123"
    "number_labels": (r"ครั้งที่", r"ฉบับที่", r"ปีที่", r"ข้อที่", r"รุ่นที่", r"ลำดับที่", r"ชั้น", r"ห้อง", r"ข้อ"),  # labels before digits that name, not count
    "range_joiners": (r"ถึง",),  # "30 to 40%"
    "range_and": ("และ",),  # "between 30 and 40 percent" (only after range_start)
    "range_start": ("ระหว่าง",),
    # a change written with the unit once: "จาก 35 เป็น 61%" is two figures, not a range ("ตั้งแต่ 30 ถึง 40%" is one)
    "change_from": (r"จาก",),
    "change_to": (r"เป็น",),
    # the word for the year of a comparative figure in brackets: "(ปี 2566: ร้อยละ 54)"
    "comparative_year": (r"ปี",),
    "time_suffixes": (r"น\.",),  # "10.30 uur"
    # words that end a clause: the right window of a number stops there
    # ("ช่วยลด...", "ส่งผลให้...", "ทำให้...": what a figure led to, a clause of its own)
    "clause_break": (r"โดย", r"และ", r"ช่วย", r"ส่งผลให้", r"ทำให้"),
    # the word before a figure that shares the previous figure's verb: "dropped 7% and air freight by 61%"
    "change_by": ("ลง", "ได้"),
    # the level a change came to: "ลดลงร้อยละ 14 เหลือ 41,300 ตัน เมื่อเทียบกับปี 2565"
    "level_to": ("เหลือ", "เป็น", "มาอยู่ที่", "อยู่ที่"),
    # what introduces an earlier figure of the same measure: "1.2 ล้านตัน เพิ่มขึ้นจาก 0.9 ล้านตัน"
    "earlier_value": ("เพิ่มขึ้นจาก", "ลดลงจาก", "เทียบกับ", "จาก"),
    # award lists and names (see extract/awards.py)
    "award_list_intro": (r"ได้แก่", r"ดังนี้"),  # "received numerous awards, including:"
    "award_by": (r"จาก", r"โดย"),  # the giver: "by the Touching Shenzhen Care Action program"
    "award_name_end": (r"จาก",),  # where a bullet's award name ends: "... for six consecutive years"
    "article": (),  # dropped before an award name
    # a list something was named among: "ได้รับการคัดเลือกให้เป็นหนึ่งใน Asia's Climate Leaders"
    "award_among": (r"(?:เป็น)?หนึ่งใน",),
    "award_in": (),  # "a perfect score in the China Foundation Transparency Index"
    "grade_to": ("เป็น",),  # the grade a rating was changed to: "ปรับเพิ่มจาก BBB เป็น A"
    # the level or category after an award's name, its grade: "SET Sustainability Awards ระดับ Rising Star"
    "award_class": (r"(?:ระดับ|ประเภท|สาขา)\s*(?P<g>[A-Za-z][A-Za-z&' -]{1,40}[A-Za-z]|\d(?!\d)|[\p{Thai}]+?(?=\s|จาก|$))",),
    # the level of the CO2 Performance Ladder
    "ladder_level": (r"ระดับ", r"level"),
    "award_event": (r"ในงาน",),  # where an award was given: "ในงาน SET Awards 2024"
    # a rating in stars, its grade: "ระดับ 5 ดาว จาก GRESB"
    "star_rating": (r"(?P<n>[1-5])\s*ดาว",),
    "grade_words": (r"คะแนนเต็ม",),  # grades written as words
    "ranking": (r"อันดับ", r"ท็อป", r"top"),
    # an award a sentence names that is not the company's (yet): pending, refused, or held by others
    "award_not_held": (r"ยังไม่ได้รับ", r"ยังไม่ได้เป็น", r"ไม่ได้เป็นสมาชิก", r"อยู่ระหว่าง(?:การ)?(?:ยื่น|รอ|ขอ)",
                       r"ยื่น(?:ขอ)?(?:การ)?(?:รับรอง|อนุมัติ|ตรวจสอบ)", r"บริษัทที่\p{Thai}{0,20}ลงทุน"),
    # a verb of rating: a letter near MSCI or the SET is its grade ("MSCI จัดอันดับบริษัทที่ระดับ A")
    "rating_verb": (r"จัดอันดับ", r"ประเมิน", r"ให้คะแนน", r"ปรับ(?:เพิ่ม|ขึ้น|ลด)"),
    # a distinction in an index or yearbook: "ระดับ Top 1%", "Industry Mover"
    "distinction": (r"(?P<g>top\s*\d{1,2}\s*%)", r"(?P<g>industry\s+(?:mover|leader))", r"(?P<g>prime)(?=[\s-]status)",
                    r"(?<=สถานะ\s*)(?P<g>prime)"),
    # a place in a list right before its name: "ติดอันดับที่ 4 ของ", "อันดับ 1 ใน"
    "list_place": (r"อันดับ(?:ที่)?\s*(?P<n>\d+|\p{Thai}{1,4}?)\s*(?:ของ|ใน|จาก)(?:การจัดอันดับ)?",),
    # the word a programme's level is written with: "ระดับดีเยี่ยม", "ผลการประเมินระดับ Gold"
    "award_level": (r"ระดับ", r"level"),
    # a ranking word written after the share: "อยู่ในกลุ่ม 1% แรก" (among the first 1%)
    "ranking_after": ("แรก",),
    # words that open a new sentence after a space: "... ยั่งยืน ในปี 2566 การปล่อย ..."
    "sentence_start": (
        # not the year of a pledge written after it: "... สุทธิเป็นศูนย์ (Net Zero) ในปี 2593"
        r"(?<!(?:สุทธิเป็นศูนย์|เป็นศูนย์สุทธิ|เป็นกลางทางคาร์บอน|[Nn]et[\s-]*[Zz]ero|[Cc]arbon[\s-]*[Nn]eutral(?:ity)?)\)?\s+)ในปี", r"ในช่วง", r"นอกจากนี้", r"ทั้งนี้", r"ขณะที่", r"อย่างไรก็ตาม", r"ด้าน", r"สำหรับ", r"ประการ",
        r"ล่าสุด", r"เมื่อวันที่", r"ปัจจุบัน", r"ส่วน", r"โดยในปี", r"ในด้าน", r"ในแง่", r"ในการ", r"ในฐานะ",
        r"ตัวอย่างเช่น", r"ดังนั้น", r"จากข้อมูล", r"ที่ผ่านมา", r"เมื่อปี",
    ),
    "org_suffix": (r"จำกัด\s*\(มหาชน\)", r"Corporation", r"Group", r"PCL", r"Public Company Limited"),
}

METRIC_WORDS: dict[str, tuple[str, ...]] = {
    "ghg_scope1_2_3": (r"ขอบเขตที่\s*1\s*,\s*2\s*และ\s*3", r"ขอบเขตที่\s*1\s*-\s*3", r"scope\s*1\s*(?:&|\+|,)\s*2\s*(?:&|\+|,|and)\s*3"),
    "ghg_scope1_2": (
        r"ขอบเขตที่\s*1\s*(?:และ|,|&|\+)\s*(?:ขอบเขตที่\s*)?2", r"scopes?\s*1\s*(?:&|\+|/|and)\s*2",
        r"จากการดำเนินงาน",
    ),
    "ghg_scope3": (r"ขอบเขตที่\s*3", r"scope\s*3", r"ทางอ้อม",
                   # what a bank or fund finances: "พอร์ตสินเชื่อทั้งหมด", "พอร์ตการลงทุน"
                   r"พอร์ต(?:สินเชื่อ|การลงทุน|การเงิน)"),
    "ghg_value_chain": (r"ห่วงโซ่มูลค่า", r"ห่วงโซ่อุปทาน", r"value\s+chain"),
    "product_emissions": (r"ผลิตภัณฑ์",),
    "emission_intensity": (r"ความเข้มข้นของการปล่อย", r"ความเข้มข้นการปล่อย", r"ความเข้มข้นคาร์บอน",
                           # the unit of an intensity: "กิโลกรัมคาร์บอนไดออกไซด์เทียบเท่าต่อตัน"
                           r"(?:กิโลกรัม|กก\.?|ตัน)\s*(?:คาร์บอนไดออกไซด์|CO2|CO₂)(?:เทียบเท่า|e)?\s*(?:ต่อ|/)"),
    "energy_intensity": (r"ความเข้มข้นพลังงาน", r"ความเข้มข้นของการใช้พลังงาน",
                         r"การใช้พลังงานต่อหน่วย(?:การ)?ผลิต"),  # energy per unit of output
    "electricity_saving": (r"ประหยัด",),
    # "การใช้ไฟฟ้า", and the verb "ใช้ไฟฟ้าลดลง" (used less electricity)
    "power_consumption": (r"(?<!ประสิทธิภาพ)การใช้พลังงาน", r"(?:การ)?ใช้ไฟฟ้า"),  # not "ประสิทธิภาพการใช้พลังงาน" (efficiency)
    "renewable_share": (r"พลังงานหมุนเวียน", r"พลังงานสีเขียว", r"พลังงานสะอาด", r"ไฟฟ้าสีเขียว", r"พลังงานทดแทน",
                        r"ชีวมวล"),
    "solar_capacity": (r"พลังงานแสงอาทิตย์", r"โซลาร์", r"เซลล์แสงอาทิตย์"),
    "temperature_limit": (r"อุณหภูมิ",),
    "air_freight": (r"ขนส่งทางอากาศ",),
    "investment": (r"ลงทุน", r"งบประมาณ", r"(?:สินเชื่อ|การเงิน)(?:เพื่อ(?:ความยั่งยืน|สิ่งแวดล้อม)|สีเขียว)"),
    "water": (r"การใช้น้ำ", r"น้ำกลับมาใช้", r"น้ำทิ้ง", r"น้ำเสีย"),
    "waste": (r"ขยะ", r"ของเสีย", r"รีไซเคิล", r"บรรจุภัณฑ์"),
    "ghg_total": (r"ก๊าซเรือนกระจก", r"การปล่อยคาร์บอน", r"การปล่อยมลพิษ", r"คาร์บอน", r"การปล่อยก๊าซ"),
}

ORDINALS = {
    "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9, "สิบ": 10,
}

#: ESG risk levels as written -> the grade in the claims table.
RISK_LEVELS = {"ต่ำมาก": "Negligible", "ต่ำ": "Low", "ปานกลาง": "Medium", "สูง": "High", "รุนแรง": "Severe"}

#: CDP questionnaire topics as written -> the topic in an award name ("CDP Climate A List").
CDP_TOPICS = {"Climate": (r"ภูมิอากาศ", r"climate"), "Water": (r"การใช้น้ำ", r"ความมั่นคงทางน้ำ", r"การจัดการน้ำ", r"water"), "Forests": (r"ป่าไม้", r"forests?")}

#: Capitalised words that open sentences or headings but name no organisation (for the subject).
NOT_NAMES = ()

#: A company's registered name in Thai script, for the subject of a release that gives no Latin name:
#: "บริษัท สยามพลังงานสะอาด จำกัด (มหาชน)", "บริษัท เอสซีจี กรีน โลจิสติกส์ จำกัด (มหาชน)" (a name of a few
#: words), "บริษัท หัวเว่ย เทคโนโลยี่ (ประเทศไทย) จำกัด" (a private company; "(Thailand)" is not kept in the name).
COMPANY_NAME = (r"(?:บริษัท\s*|(?=ธนาคาร))(?P<name>[^\s()]{2,40}?(?:[ ][^\s()]{1,40}?){0,4})(?:\s*\(ประเทศไทย\))?"
                r"\s*จำกัด(?:\s*\(มหาชน\))?")
#: The Latin name given right after it: "... จำกัด (มหาชน) หรือ SCE", "... (มหาชน) (Siam Clean Energy)".
LATIN_ALIAS = r"\s*(?:หรือ|\()\s*(?P<alias>\p{Lu}[\p{Latin}\d&.-]*(?:\s\p{Lu}[\p{Latin}\d&.-]*){0,4})"


#: Words of award names and medals (see `lang/en/patterns.py`): Thai joins no capitalised words; an award's
#: name is the phrase opened by "รางวัล"; Thai medal words.
NAME_JOINERS: tuple[str, ...] = ()
LIST_NAME_JOINERS: tuple[str, ...] = ()
AWARD_NAME_NOUNS: tuple[str, ...] = ()
#: (not a phrase about an award that names none: "มอบรางวัลเมื่อวันที่ 27 กุมภาพันธ์", "รางวัลดังกล่าว", "รางวัลนี้")
AWARD_PHRASES = (r"รางวัล(?!เมื่อ|ดังกล่าว|นี้|ที่|ใน|จาก|และ)[\p{Thai}\p{L}\d]{4,60}",)
MEDALS = {"แพลทินัม": "Platinum", "เหรียญทอง": "Gold", "เหรียญเงิน": "Silver", "เหรียญทองแดง": "Bronze"}
#: A newswire's mark in a dateline, as this language's releases write it (a line opening with one is no title).
WIRE_MARKS = ("/พีอาร์นิวส์ไวร์/",)
#: Issuers and programmes by their Thai names -> their key in `lang.base.ISSUERS` (read in any language's text):
#: the DJSI, Thailand's greenhouse-gas agency (อบก.) and its programmes.
ISSUER_NAMES = {"ดัชนีความยั่งยืนดาวโจนส์": "DJSI", "อบก.": "TGO", "องค์การบริหารจัดการก๊าซเรือนกระจก": "TGO",
                "องค์กรคาร์บอนต่ำและยั่งยืน": "TGO", "ธุรกิจคาร์บอนต่ำและยั่งยืน": "TGO",
                "องค์กรผู้นำด้านการจัดการก๊าซเรือนกระจก": "TGO"}
#: Programmes by their Thai names -> their name in the `award` column (`lang.base.PROGRAMMES`).
PROGRAMME_NAMES = {"ดัชนีความยั่งยืนดาวโจนส์": "Dow Jones Sustainability Indices",
                   "องค์กรคาร์บอนต่ำและยั่งยืน": "Low Carbon and Sustainable Business Index (LCSi)",
                   "ธุรกิจคาร์บอนต่ำและยั่งยืน": "Low Carbon and Sustainable Business Index (LCSi)",
                   "องค์กรผู้นำด้านการจัดการก๊าซเรือนกระจก": "Climate Action Leading Organization (CALO)"}
#: Nouns that make a name a list or ranking ("การจัดอันดับ ...", "ดัชนี ...", "ทำเนียบ ...").
LIST_NOUNS = ("การจัดอันดับ", "ดัชนี", "ทำเนียบ", "รายชื่อ")
#: A programme's levels in Thai -> the grade (after the level word "ระดับ", cue award_level).
LEVELS = {"ดีเยี่ยม": "Excellent", "ดีเด่น": "Outstanding", "ดีมาก": "Very Good"}

#: Reaches (lang.base.REACHES), in characters: Thai is written without spaces between words, so there are
#: no words to count. Roughly five characters a word.
REACHES: dict[str, int] = {
    "target_year": 90, "baseline_past_due": 60, "metric_right": 55, "metric_left": 160, "clause_right": 90, "clause_right_far": 120,
    "direction_left": 110, "direction_right": 45, "amount_direction_by": 64, "amount_direction": 40,
    "inherit": 40, "far_share": 140, "company_fact": 80, "award_year": 80, "award_earlier": 100,
    "award_context": 240, "award_event": 16, "award_clause": 60, "next_word": 4, "word_before": 8,
    "earlier_value": 16, "level_gap": 24, "range_start": 16, "fact_after": 6,
}
