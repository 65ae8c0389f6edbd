"""Thai example corpus: surface forms and what they must give, and look-alikes that must give nothing.

Figures are modelled on Thai corporate and newswire releases; the sentences are written for this project.
"""
from __future__ import annotations

from extractor.lang.base import Case

NUMBERS: tuple[Case, ...] = (
    # ตัวเลขที่ติดกับคำบอกอันดับข้างหน้าถูกอ่าน
    Case("อยู่ในกลุ่มท็อป10% ของอุตสาหกรรม", ((10.0, "%"),)),
    # "ร้อยละ" written once before a range: one figure ("ร้อยละ 40 ถึงร้อยละ 45" stays two)
    Case("ร้อยละ 40 ถึง 45 ภายในปี 2573", ((40.0, "%"),)),
    Case("ร้อยละ 40-45", ((40.0, "%"),)),
    Case("ร้อยละ 40 ถึงร้อยละ 45", ((40.0, "%"), (45.0, "%"))),
    # a fraction glossed by the exact figure in brackets: the figure alone
    Case("เกือบสามในสี่ (ร้อยละ 72) ของไฟฟ้า", ((72.0, "%"),)),
    # a change with the unit written once is two figures ("จาก ... เป็น")
    Case("สัดส่วนเพิ่มขึ้นจาก 35 เป็น 61%", ((35.0, "%"), (61.0, "%"))),
    Case("ลดลงหนึ่งในห้าภายในปี 2573", ((20.0, "%"),)),
    Case("โดยใช้งบประมาณ 5 พันล้านบาท", ((5_000_000_000.0, "THB", None),)),  # a budget, not "about"
    Case("ประมาณ 5 พันล้านบาท", ((5_000_000_000.0, "THB", "about"),)),
    Case("ลดลง 9.7%", ((9.7, "%"),)),
    Case("ร้อยละ 30", ((30.0, "%"),)),
    Case("ร้อยละ 4.5", ((4.5, "%"),)),
    Case("ร้อยละห้าสิบ", ((50.0, "%"),)),
    Case("เพิ่มขึ้น 18.1 เปอร์เซ็นต์", ((18.1, "%"),)),
    Case("มากกว่า 40%", ((40.0, "%", "more_than"),)),
    Case("กว่า 1,000 ตัน", ((1_000.0, "t", "more_than"),)),
    Case("อย่างน้อย 25%", ((25.0, "%", "at_least"),)),
    Case("ไม่ต่ำกว่าร้อยละ 20", ((20.0, "%", "at_least"),)),
    Case("ประมาณ 3 ล้านตัน", ((3_000_000.0, "t", "about"),)),
    Case("ราว 500 ล้านบาท", ((500_000_000.0, "THB", "about"),)),
    Case("สูงสุด 15%", ((15.0, "%", "up_to"),)),
    Case("10,000 ล้านกิโลวัตต์ชั่วโมง", ((10_000_000_000.0, "kWh"),)),
    Case("95 ล้านกิโลวัตต์ชั่วโมงต่อปี", ((95_000_000.0, "kWh"),)),
    Case("๑๐,๐๐๐ ล้านกิโลวัตต์ชั่วโมง", ((10_000_000_000.0, "kWh"),)),
    Case("50 พันล้านหยวน", ((50_000_000_000.0, "CNY"),)),
    Case("7.9 พันล้านดอลลาร์สหรัฐ", ((7_900_000_000.0, "USD"),)),
    Case("1,200 ล้านบาท", ((1_200_000_000.0, "THB"),)),
    Case("2 หมื่นล้านบาท", ((20_000_000_000.0, "THB"),)),
    Case("3 แสนตัน", ((300_000.0, "t"),)),
    Case("5 พันตัน", ((5_000.0, "t"),)),
    Case("1.2 ล้านล้านบาท", ((1_200_000_000_000.0, "THB"),)),
    Case("1.5 องศาเซลเซียส", ((1.5, "°C"),)),
    Case("น้อยกว่าร้อยละ 10 ของเชื้อเพลิง", ((10.0, "%", "up_to"),)),
    Case("ลดการใช้น้ำได้ 1.2 ล้านลูกบาศก์เมตร", ((1_200_000.0, "m3"),)),
    Case("น้ำ 850,000 ลบ.ม. ต่อปี", ((850_000.0, "m3"),)),
    Case("2 องศา", ((2.0, "°C"),)),
    Case("40 เมกะวัตต์", ((40_000.0, "kW"),)),
    Case("500 เมกะวัตต์ชั่วโมง", ((500_000.0, "kWh"),)),
    Case("120,000 ตันคาร์บอนไดออกไซด์เทียบเท่า", ((120_000.0, "t"),)),
    Case("5.111,000 ตัน", ((5_111_000.0, "t"),), "mixed separators: flagged ambiguous"),
    Case("สองล้านตัน", ((2_000_000.0, "t"),)),
    Case("ห้าสิบเปอร์เซ็นต์", ((50.0, "%"),)),
    Case("ครึ่งหนึ่งของพนักงาน", ((50.0, "%"),)),
    Case("มากกว่าครึ่งหนึ่ง", ((50.0, "%", "more_than"),)),
    Case("สองในสามของโรงงาน", ((200 / 3, "%"),)),
    Case("100 ยูโร", ((100.0, "EUR"),)),
    Case("700%", ((700.0, "%"),)),
    Case("0.5%", ((0.5, "%"),)),
    Case("ร้อยละ ๓๐", ((30.0, "%"),)),
    Case("3 ล้านตันคาร์บอน", ((3_000_000.0, "t"),)),
    Case("1,500 ล้านดอลลาร์", ((1_500_000_000.0, "USD"),)),
    Case("ลดลง 3.0% จากปีก่อนหน้า", ((3.0, "%"),)),
    Case("30-40%", ((30.0, "%"),)),
    Case("เกือบ 8 ล้านกิโลวัตต์ชั่วโมง", ((8_000_000.0, "kWh", "about"),)),
    Case("ไม่เกิน 2 องศาเซลเซียส", ((2.0, "°C", "up_to"),)),
    Case("1,000 ล้านหยวน", ((1_000_000_000.0, "CNY"),)),
    Case("15.6%", ((15.6, "%"),)),
    Case("0.45 กิโลกรัมคาร์บอนไดออกไซด์เทียบเท่าต่อหน่วย", ((0.00045, "t"),)),
    # เครื่องหมายลบ (issue 33)
    Case("กำไรสุทธิ ลบ 1,200,000 บาท", ((-1_200_000.0, "THB"),)),
    Case("น้ำ 5 ลบ.ม. และ 7 ลบ.ม.", ((5.0, "m3"), (7.0, "m3")), "ลบ.ม. is the cubic metre: no minus before the 7"),
)

NUMBER_NEGATIVE: tuple[str, ...] = (
    "ได้รับคัดเลือกเป็นปีที่ห้า",  # ปีที่ต่อเนื่อง ไม่ใช่เศษส่วน
    "รุ่น X35% ลดราคา",  # ติดกับคำที่ไม่ใช่คำบอกอันดับ
    "บริษัทเป็นหนึ่งในห้าบริษัทที่ได้รับรางวัล",  # one of five companies, no fraction
    "แซดทีอี คอร์ปอเรชัน (ZTE Corporation) (0763.HK / 000063.SZ)",
    "ก๊าซเรือนกระจกขอบเขตที่ 1 และ 2",
    "ขอบเขตที่ 3",
    "การประชุม COP29",
    "เครือข่าย 5G",
    "มาตรฐาน ISO 14001",
    "โทร. 02-555-0199",
    "ภายในปี 2573",
    "ตั้งแต่ปี 2564",
    "การปล่อย CO2",
    "บริษัทสามารถลดการปล่อยได้",
    "ครั้งที่ 5",
    "อีเมล: ZTE.press.release@zte.com.cn",
    "หนึ่งในสามของคณะกรรมการเป็นผู้หญิง",  # a share of the board
)

DATES: tuple[Case, ...] = (
    Case("6 พ.ค. 2567", ("2024-05-06",)),
    Case("19 เมษายน 2564", ("2021-04-19",)),
    Case("วันที่ 1 มกราคม พ.ศ. 2568", ("2025-01-01",)),
    Case("15 ม.ค. 2567", ("2024-01-15",)),
    Case("31 ธ.ค. 2566", ("2023-12-31",)),
    Case("3 ก.ค. 2565", ("2022-07-03",)),
    Case("ในเดือนมกราคม 2021", ("2021-01",)),
    Case("มีนาคม 2567", ("2024-03",)),
    Case("ภายในปี 2573", ("2030",)),
    Case("ภายในปี พ.ศ. 2593", ("2050",)),
    Case("ในปี ค.ศ. 2021", ("2021",)),
    Case("ต้นปี 2021", ("2021",), "a Thai text may write Gregorian years"),
    Case("ในปี 2566 และปี 2023", ("2023", "2023"), "both eras in one text"),
    Case("ภายในปี ๒๕๗๓", ("2030",)),
    Case("ไม่เกินปี 2030", ("2030",)),
    Case("เซินเจิน จีน, 6 พ.ค. 2567 /พีอาร์นิวส์ไวร์/", ("2024-05-06",)),
    Case("กรุงเทพฯ, 15 ม.ค. 2567 /พีอาร์นิวส์ไวร์/ --", ("2024-01-15",)),
    Case("2024-05-06", ("2024-05-06",)),
    Case("06/05/2567", ("2024-05-06",)),
    Case("ระหว่างปี 2567-2569", ("2024", "2026")),
    Case("กรุงเทพฯ, 5 มี.ค. 67 -- บริษัท", ("2024-03-05",), "a two-digit Buddhist-era year"),
    Case("20 ก.พ. 68", ("2025-02-20",)),
    Case("พุธ ๑๒ มีนาคม ๒๕๖๘ ๑๐:๑๕", ("2025-03-12",)),
    Case("๑๕ พฤศจิกายน ๒๐๒๔", ("2024-11-15",), "a Gregorian year in Thai digits"),
    Case("วันจันทร์ที่ 3 กุมภาพันธ์ 2568 เวลา 09:20 น.", ("2025-02-03",)),
)

DATE_NEGATIVE: tuple[str, ...] = (
    "10,000 ล้านกิโลวัตต์ชั่วโมง",
    "1.5 องศาเซลเซียส",
    "2573 ตัน",
    "0763.HK",
    "ISO 14001",
)

CLAIMS: tuple[Case, ...] = (
    # a ranking written after the share: "กลุ่ม 1% แรก" (the first 1%)
    Case("บริษัทได้รับเหรียญแพลทินัมจาก EcoVadis ซึ่งอยู่ในกลุ่ม 1% แรกของบริษัทที่ได้รับการประเมิน",
         ({"kind": "percentage", "value": 1.0, "metric": "ranking"},
          {"kind": "award", "issuer": "EcoVadis", "grade": "Platinum"})),
    # the base year right after the figure before is that figure's, not the target's
    Case("ในปี 2566 บริษัทลดการปล่อยก๊าซเรือนกระจกได้ร้อยละ 14 เมื่อเทียบกับปีฐาน 2563 บริษัทตั้งเป้าลดการปล่อยก๊าซ"
         "เรือนกระจกลงร้อยละ 25 ภายในปี พ.ศ. 2573",
         ({"kind": "percentage", "value": 14.0, "baseline_year": 2020},
          {"kind": "target", "value": 25.0, "target_year": 2030, "baseline_year": None})),
    Case("บริษัทได้รับการประเมินจาก CDP ในระดับ B และได้รับรางวัล Thailand Sustainability Investment (THSI) "
         "ต่อเนื่องเป็นปีที่ 4",
         ({"kind": "award", "issuer": "CDP", "grade": "B", "streak": None}, {"kind": "award", "issuer": "THSI", "streak": 4})),
    Case("การปล่อยคาร์บอนจากการดำเนินงานลดลง 15.6% จากปีก่อนหน้า",  # than the year before: no period of its own
         ({"kind": "percentage", "value": 15.6, "direction": "decrease", "period_year": None},)),
    Case("การปล่อยก๊าซเรือนกระจกลดลงจาก 410,000 ตันในปี 2562 เหลือ 215,000 ตันในปี 2567",
         ({"kind": "quantity", "value": 410_000.0, "period_year": 2019},
          {"kind": "quantity", "value": 215_000.0, "period_year": 2024})),
    Case("บริษัทได้รับรางวัล SET Sustainability Awards และได้รับการจัดอันดับ ESG ระดับ AAA จาก SET ESG Ratings",
         ({'kind': 'award', 'issuer': 'SET', 'award': 'SET Sustainability Awards'},
          {"kind": "award", "issuer": "SET", "grade": "AAA"},)),
    Case("ร้อยละ 60 ของไฟฟ้าที่ใช้ในโรงงานทั้งหมดของบริษัทในประเทศไทยมาจากพลังงานหมุนเวียน",
         ({"kind": "percentage", "value": 60.0, "metric": "renewable_share"},)),
    Case("บริษัทได้รับเหรียญทองจาก EcoVadis และได้รับการประเมินระดับ AA จาก MSCI ESG Ratings ติดต่อกันเป็นปีที่ 3 "
         "รวมทั้งได้รับคัดเลือกเข้าเป็นสมาชิกดัชนีความยั่งยืน DJSI เป็นปีที่ 6 ติดต่อกัน",
         ({"kind": "award", "issuer": "EcoVadis", "grade": "Gold", "streak": None},
          {"kind": "award", "issuer": "MSCI", "grade": "AA", "streak": 3}, {"kind": "award", "issuer": "S&P Global", "streak": 6})),
    Case("ภายในปี 2573 บริษัทจะลดการปล่อยก๊าซเรือนกระจกขอบเขตที่ 1 และ 2 ลง 40% "
         "และบรรลุความเป็นกลางทางคาร์บอนภายในปี 2593",
         ({"kind": "target", "value": 40.0, "target_year": 2030, "metric": "ghg_scope1_2"},
          {"kind": "target", "action": "carbon_neutral", "target_year": 2050})),
    Case("บริษัทตั้งเป้าความเป็นกลางทางคาร์บอนในปี 2593",
         ({"kind": "target", "action": "carbon_neutral", "target_year": 2050},)),
    Case("ZTE มุ่งมั่นที่จะลดการปล่อยก๊าซเรือนกระจกขอบเขตที่ 1 และ 2 ทั้งหมดให้ได้ 52% ภายในปี 2573 และ 90% ภายในปี 2583",
         ({"kind": "target", "value": 52.0, "target_year": 2030, "metric": "ghg_scope1_2", "action": "reduce"},
          {"kind": "target", "value": 90.0, "target_year": 2040, "metric": "ghg_scope1_2", "action": "reduce"})),
    Case("บริษัทตั้งเป้าบรรลุการปล่อยก๊าซเรือนกระจกสุทธิเป็นศูนย์ในทั้งห่วงโซ่มูลค่าภายในปี 2593",
         ({"kind": "target", "action": "net_zero", "target_year": 2050, "metric": "ghg_value_chain"},)),
    Case("บริษัทมุ่งสู่ความเป็นกลางทางคาร์บอนภายในปี 2573",
         ({"kind": "target", "action": "carbon_neutral", "target_year": 2030},)),
    Case("ตั้งเป้าลดการปล่อยก๊าซเรือนกระจกลงร้อยละ 30 ภายในปี 2573 เมื่อเทียบกับปีฐาน 2563",
         ({"kind": "target", "value": 30.0, "target_year": 2030, "baseline_year": 2020, "action": "reduce"},)),
    Case("ในปี 2566 การปล่อยคาร์บอนโดยรวมของบริษัทลดลง 9.7% จากปีก่อนหน้า",
         ({"kind": "percentage", "value": 9.7, "direction": "decrease", "period_year": 2023, "metric": "ghg_total"},)),
    Case("กำลังผลิตไฟฟ้าพลังงานแสงอาทิตย์ที่ติดตั้งเพิ่มขึ้น 700%",
         ({"kind": "percentage", "value": 700.0, "direction": "increase", "metric": "solar_capacity"},)),
    Case("บริษัทช่วยให้ลูกค้าประหยัดไฟฟ้าได้ 10,000 ล้านกิโลวัตต์ชั่วโมงต่อปี",
         ({"kind": "quantity", "value": 10_000_000_000.0, "unit": "kWh", "metric": "electricity_saving"},)),
    Case("เมื่อวันที่ 19 เมษายน 2564 บริษัทประกาศว่าจะลงทุน 50 พันล้านหยวน",
         ({"kind": "quantity", "value": 50_000_000_000.0, "unit": "CNY", "metric": "investment",
           "period_year": 2021},)),
    Case("ปริมาณการปล่อยก๊าซเรือนกระจกทั้งหมดในปี 2564 อยู่ที่ 5.111,000 ตัน",
         ({"kind": "quantity", "value": 5_111_000.0, "unit": "t", "period_year": 2021},)),
    Case("เป้าหมายของบริษัทได้รับอนุมัติโดย SBTi",
         ({"kind": "award", "issuer": "SBTi"},)),
    Case("บริษัทคว้าตำแหน่งใน CDP A List ของโครงการเปิดเผยข้อมูลคาร์บอน",
         ({"kind": "award", "issuer": "CDP", "grade": "A"},)),
    Case("บริษัทได้รับผลการประเมิน SET ESG Ratings ระดับ AAA เป็นปีที่สามติดต่อกัน",
         ({"kind": "award", "issuer": "SET", "grade": "AAA", "streak": 3},)),
    Case("บริษัทได้รับเหรียญทอง (Gold) จาก EcoVadis",
         ({"kind": "award", "issuer": "EcoVadis", "grade": "Gold"},)),
    Case("บริษัทคว้ารางวัลองค์กรยั่งยืนดีเด่นประจำปี 2566",
         ({"kind": "award"},)),
    Case("บริษัทใช้พลังงานสีเขียว 100% ในพื้นที่ทำงานของบริษัทภายในปี 2573",
         ({"kind": "target", "value": 100.0, "target_year": 2030, "metric": "renewable_share", "action": "reach"},)),
    Case("MSCI ได้ปรับเพิ่มอันดับ ESG ของบริษัทเป็น AA และบริษัทได้รับเลือกให้อยู่ในดัชนี Dow Jones Sustainability "
         "Emerging Markets Index เป็นปีที่ห้าติดต่อกัน",
         ({"kind": "award", "issuer": "MSCI", "grade": "AA", "streak": None},
          {"kind": "award", "issuer": "S&P Global", "streak": 5})),
    Case("บริษัทรีไซเคิลพลาสติกและโลหะได้ 1.2 ล้านตัน เพิ่มขึ้นจาก 0.9 ล้านตันในปีก่อนหน้า",
         ({"kind": "quantity", "value": 1_200_000.0, "unit": "t", "metric": "waste"},
          {"kind": "quantity", "value": 900_000.0, "unit": "t", "metric": "waste"})),
    Case("ธนาคารตั้งเป้าลดการปล่อยก๊าซเรือนกระจกจากการดำเนินงาน (ขอบเขตที่ 1 และ 2) ให้เป็นศูนย์สุทธิภายในปี 2573",
         ({"kind": "target", "action": "net_zero", "target_year": 2030, "metric": "ghg_scope1_2"},)),
    Case("ในปี 2567 ธนาคารลดการใช้ไฟฟ้าในสำนักงานและสาขาลง 12.4% เมื่อเทียบกับปี 2565 ติดตั้งแผงโซลาร์เซลล์รวม 3.5 เมกะวัตต์",
         ({"kind": "percentage", "value": 12.4, "metric": "power_consumption", "direction": "decrease"},
          {"kind": "quantity", "value": 3_500.0, "unit": "kW", "metric": "solar_capacity"})),
    Case("บริษัทตั้งเป้าเพิ่มสัดส่วนพลังงานหมุนเวียนเป็นร้อยละ 50 ภายในปี พ.ศ. 2573 และลดความเข้มข้นของการปล่อยก๊าซเรือนกระจก"
         "ลงร้อยละ 30 ภายในปี 2573 เมื่อเทียบกับปีฐาน 2563",
         ({"kind": "target", "value": 50.0, "target_year": 2030, "baseline_year": None},
          {"kind": "target", "value": 30.0, "target_year": 2030, "baseline_year": 2020})),
    # past a count to the solar panels it counts; "ช่วยลด..." opens the next figure's clause
    Case("ในปี 2567 บริษัทติดตั้งแผงโซลาร์เซลล์บนหลังคาสาขาแล้ว 620 แห่ง กำลังการผลิตรวม 48 เมกะวัตต์ "
         "ช่วยลดการปล่อยก๊าซเรือนกระจกได้ 31,000 ตันคาร์บอนไดออกไซด์เทียบเท่า",
         ({"kind": "quantity", "value": 48_000.0, "unit": "kW", "metric": "solar_capacity", "direction": None},
          {"kind": "quantity", "value": 31_000.0, "unit": "t", "metric": "ghg_total", "direction": "decrease"})),
    # a comparative figure in brackets: the metric of the figure before it, the year it names (not the first's)
    Case("ในปี 2567 สัดส่วนพลังงานหมุนเวียนอยู่ที่ร้อยละ 68 (ปี 2566: ร้อยละ 54)",
         ({"kind": "percentage", "value": 68.0, "metric": "renewable_share", "period_year": 2024},
          {"kind": "percentage", "value": 54.0, "metric": "renewable_share", "period_year": 2023})),
    # a cue past "และ" is the next clause's verb: the share does not fall; the water saved does
    Case("ในปี 2567 บริษัทใช้พลังงานหมุนเวียนคิดเป็นสัดส่วนร้อยละ 31 ของพลังงานทั้งหมด และลดการใช้น้ำได้ 1.2 ล้านลูกบาศก์เมตร",
         ({"kind": "percentage", "value": 31.0, "metric": "renewable_share", "direction": None, "period_year": 2024},
          {"kind": "quantity", "value": 1_200_000.0, "unit": "m3", "metric": "water", "direction": "decrease"})),
    # "ปัจจุบัน" (now): the target's year is not the period of the share after it
    Case("บริษัทตั้งเป้าใช้พลังงานหมุนเวียนร้อยละ 50 ภายในปี 2573 ปัจจุบันอยู่ที่ร้อยละ 22",
         ({"kind": "target", "value": 50.0, "target_year": 2030},
          {"kind": "percentage", "value": 22.0, "period_year": None})),
    # a year gone by between the target's year and the figure: the figure is that year's, no target
    Case("ธนาคารตั้งเป้าปล่อยสินเชื่อรวม 100,000 ล้านบาท ภายในปี 2573 โดยในปี 2567 ธนาคารได้ปล่อยสินเชื่อสีเขียวแล้ว "
         "38,500 ล้านบาท เพิ่มขึ้นร้อยละ 45 จากปีก่อน",
         ({'kind': 'quantity', 'value': 100000000000.0, 'unit': 'THB', 'metric': 'other', 'target_year': 2030, 'baseline_year': None},
          {"kind": "percentage", "value": 45.0, "direction": "increase", "period_year": 2024},
          {"kind": "quantity", "value": 38_500_000_000.0, "unit": "THB", "period_year": 2024}), published="2025-01-28"),
    # the earlier level after "ลดลงจาก": the same metric, no change of its own
    Case("บริษัทปล่อยก๊าซเรือนกระจก 5 ล้านตัน ลดลงจาก 6 ล้านตัน ในปี 2566",
         ({"kind": "quantity", "value": 5_000_000.0, "direction": "decrease"},
          {"kind": "quantity", "value": 6_000_000.0, "metric": "ghg_total", "direction": None})),
    # the metric of the clause after "และ", not the one before it (biomass is no renewable share of packaging)
    Case("บริษัทจะเปลี่ยนหม้อไอน้ำถ่านหินเป็นชีวมวล และตั้งเป้าใช้บรรจุภัณฑ์ที่รีไซเคิลได้ร้อยละ 100 ภายในปี 2568",
         ({"kind": "target", "value": 100.0, "metric": "waste", "target_year": 2025},)),
    # the year in an award's name comes before the sentence's other years ("ในปีนี้": this year)
    Case("ในปีนี้ TLG ได้รับรางวัล SET Awards 2024 ประเภท Sustainability Excellence",
         ({"kind": "award", "issuer": "SET", "period_year": 2024},), published="2025-03-15"),
    # the level after an award's name is its grade
    Case("TPG ได้รับรางวัล SET Sustainability Awards ระดับ Rising Star จากตลาดหลักทรัพย์แห่งประเทศไทย",
         ({"kind": "award", "issuer": "SET", "grade": "Rising Star"},)),
    Case("ในปีนี้ TLG ได้รับรางวัล SET Awards 2024 ประเภท Sustainability Excellence",
         ({"kind": "award", "issuer": "SET", "grade": "Sustainability Excellence"},), published="2025-03-15"),
    # the years of the target before it: "ในช่วงเวลาเดียวกัน"
    Case("บริษัทตั้งเป้าลดการปล่อยก๊าซเรือนกระจกขอบเขตที่ 1 และ 2 ลง 46% ภายในปี 2573\n\n"
         "บริษัทยังมุ่งมั่นที่จะลดการปล่อยก๊าซขอบเขตที่ 3 ลง 28% ในช่วงเวลาเดียวกัน",
         ({'kind': 'target', 'value': 46.0, 'metric': 'ghg_scope1_2', 'action': 'reduce', 'target_year': 2030},
          {"kind": "target", "value": 28.0, "metric": "ghg_scope3", "target_year": 2030, "rule": "th.target.same_period"},)),
    # a list the company was named among
    Case("บริษัทได้รับการคัดเลือกให้เป็นหนึ่งใน Asia's Climate Leaders 2025",
         ({"kind": "award", "award": "Asia's Climate Leaders 2025", "rule": "th.award.named_among"},)),
    # a range with "ร้อยละ" written once, before both figures: one figure, with the target's year
    Case("บริษัทตั้งเป้าลดการปล่อยก๊าซเรือนกระจกลงร้อยละ 40 ถึง 45 ภายในปี 2573",
         ({"kind": "target", "value": 40.0, "target_year": 2030},)),
    Case("ความเข้มข้นลดลงเหลือ 548 กิโลกรัมคาร์บอนไดออกไซด์เทียบเท่าต่อตัน ลดลงร้อยละ 4 จากปีก่อน",
         ({'kind': 'quantity', 'value': 0.548, 'unit': 't', 'metric': 'emission_intensity', 'direction': 'decrease', 'baseline_year': None},
          {"kind": "percentage", "value": 4.0, "metric": "emission_intensity", "direction": "decrease"},)),
    # a target that raises the share before it: that share's metric, not the clause after "พร้อมลด"
    Case("บริษัทใช้พลังงานหมุนเวียนคิดเป็นร้อยละ 27 ของการใช้ไฟฟ้าทั้งหมด และตั้งเป้าเพิ่มเป็นร้อยละ 50 ภายในปี 2573 "
         "พร้อมลดการปล่อยก๊าซเรือนกระจกลงร้อยละ 42 ภายในปี 2573",
         ({'kind': 'percentage', 'value': 27.0, 'metric': 'renewable_share', 'baseline_year': None},
          {"kind": "target", "value": 50.0, "metric": "renewable_share", "action": "reach", "target_year": 2030},
          {"kind": "target", "value": 42.0, "metric": "ghg_total", "action": "reduce", "target_year": 2030})),
    # the giver after "จาก" over an issuer named before the award; the level as its grade
    Case("FDH อยู่ในรายชื่อหุ้นยั่งยืน THSI ต่อเนื่องเป็นปีที่ 6 และได้รับรางวัลอุตสาหกรรมสีเขียว ระดับ 5 จากกระทรวงอุตสาหกรรม",
         ({'kind': 'award', 'issuer': 'THSI', 'award': 'THSI', 'streak': 6},
          {"kind": "award", "award": "รางวัลอุตสาหกรรมสีเขียว", "issuer": "กระทรวงอุตสาหกรรม", "grade": "5"},)),
    Case("บริษัทได้รับการประเมิน CDP ด้านการจัดการน้ำในระดับ A-",
         ({"kind": "award", "issuer": "CDP", "award": "CDP water security rating", "grade": "A-"},)),
    # รอบที่สิบสี่: สินเชื่อเพื่อความยั่งยืนเป็นเงินลงทุน
    Case("ในปี 2567 ธนาคารปล่อยสินเชื่อเพื่อความยั่งยืนรวม 52,000 ล้านบาท",
         ({"kind": "quantity", "value": 5.2e10, "metric": "investment", "period_year": 2024},)),
    # จำนวนเงินที่ตั้งเป้าไว้ภายในปีหนึ่ง: ปีเป้าหมาย ไม่ใช่ปีที่รายงาน
    Case("ธนาคารตั้งเป้าปล่อยสินเชื่อเพื่อความยั่งยืนสะสม 200,000 ล้านบาท ภายในปี 2573",
         ({"kind": "quantity", "value": 2e11, "metric": "investment", "target_year": 2030, "period_year": None},),
         published="2025-03-03"),
    # เป้าหมายที่กล่าวซ้ำเป้าก่อนหน้าสำหรับอีกปีหนึ่ง
    Case("บริษัทตั้งเป้าลดการปล่อยก๊าซเรือนกระจกต่อตันผลิตภัณฑ์ลงร้อยละ 40 ภายในปี 2578 เมื่อเทียบกับปีฐาน 2562\n\n"
         "ในปี 2573 ตัวเลขดังกล่าวต้องอยู่ที่ร้อยละ 20",
         ({'kind': 'target', 'value': 40.0, 'metric': 'product_emissions', 'action': 'reduce', 'target_year': 2035, 'baseline_year': 2019},
          {"kind": "target", "value": 20.0, "action": "reduce", "target_year": 2030, "baseline_year": 2019,
           "rule": "th.target.refers_back"},), published="2025-03-03"),
    # อนุประโยคที่มีประธานของตัวเองไม่ได้กล่าวซ้ำตัวเลขก่อนหน้า
    Case("โรงงานปล่อยก๊าซเรือนกระจก 1.1 ล้านตัน ขณะที่กำลังการผลิตเพิ่มขึ้นร้อยละ 8",
         ({'kind': 'quantity', 'value': 1100000.0, 'unit': 't', 'metric': 'ghg_total', 'baseline_year': None},
          {"kind": "percentage", "value": 8.0, "metric": "other", "direction": "increase"},)),
    # รอบที่สิบห้า: น้ำที่นำกลับมาใช้ใหม่
    Case("บริษัทนำน้ำกลับมาใช้ใหม่ได้ 2.3 ล้านลูกบาศก์เมตร",
         ({"kind": "quantity", "value": 2.3e6, "unit": "m3", "metric": "water"},)),
    Case("บริษัทตั้งเป้าลดความเข้มข้นการปล่อยก๊าซเรือนกระจกลงร้อยละ 20 ภายในปี 2573",
         ({"kind": "target", "value": 20.0, "metric": "emission_intensity", "target_year": 2030},)),
    # ประสิทธิภาพการใช้พลังงานไม่ใช่การใช้พลังงาน และการเพิ่มประสิทธิภาพไม่ใช่การเพิ่มขึ้นของตัวเลข
    Case("บริษัทลดการปล่อยก๊าซเรือนกระจกได้ 50,000 ตัน จากโครงการเพิ่มประสิทธิภาพการใช้พลังงาน คิดเป็นร้อยละ 3 "
         "ของการปล่อยทั้งหมด",
         ({"kind": "quantity", "value": 5e4, "metric": "ghg_total", "direction": "decrease"},
          {"kind": "percentage", "value": 3.0, "metric": "other", "direction": None})),
    # ใช้ไฟฟ้า (verb) is electricity use; งบประมาณ (a budget spent) is money invested
    Case("ในปี 2567 กลุ่มบริษัทใช้ไฟฟ้าลดลงร้อยละ 8.3 เมื่อเทียบกับปีก่อน",
         ({"kind": "percentage", "value": 8.3, "metric": "power_consumption", "direction": "decrease"},),
         published="2025-01-20"),
    Case("บริษัทใช้งบประมาณ 450 ล้านบาท สำหรับโครงการอนุรักษ์พลังงาน",
         ({"kind": "quantity", "value": 4.5e8, "metric": "investment"},)),
    # คาร์บอนเป็นกลาง: a carbon-neutral pledge
    Case("บริษัทมุ่งสู่การเป็นองค์กรคาร์บอนเป็นกลางภายในปี 2583",
         ({"kind": "target", "action": "carbon_neutral", "target_year": 2040},), published="2025-01-20"),
    # a share of something of its own after และ does not take the metric of the figure before it
    Case("ปริมาณการใช้น้ำลดลง 1.2 ล้านลูกบาศก์เมตร และร้อยละ 60 ของสาขาผ่านการรับรอง",
         ({"kind": "quantity", "value": 1.2e6, "metric": "water"}, {"kind": "percentage", "value": 60.0, "metric": "other"})),
    # a figure reported after a commitment is no target
    Case("บริษัทตั้งเป้าหมายใหม่ และรายงานว่าลดการปล่อยก๊าซเรือนกระจกได้ร้อยละ 9",
         ({"kind": "percentage", "value": 9.0, "direction": "decrease"},)),
    # an intensity in kilograms of CO2 equivalent
    Case("ความเข้มข้นการปล่อยก๊าซเรือนกระจกลดลงเหลือ 0.45 กิโลกรัมคาร์บอนไดออกไซด์เทียบเท่าต่อหน่วย",
         ({"kind": "quantity", "value": 0.00045, "unit": "t", "metric": "emission_intensity"},)),
    # seventeenth round: the base year after the level a change came to ("เหลือ 41,300 ตัน"); a rating in stars
    Case("ในปี 2567 บริษัทลดการปล่อยก๊าซเรือนกระจกลงร้อยละ 14 เหลือ 41,300 ตัน เมื่อเทียบกับปี 2565",
         ({'kind': 'quantity', 'value': 41300.0, 'unit': 't', 'metric': 'ghg_total', 'baseline_year': None, 'period_year': 2024},
          {"kind": "percentage", "value": 14.0, "baseline_year": 2022, "period_year": 2024},)),
    Case("กองทรัสต์ได้รับการประเมินระดับ 5 ดาว จาก GRESB ในปี 2567",
         ({"kind": "award", "issuer": "GRESB", "grade": "5-star", "period_year": 2024},)),
    # eighteenth round: what follows the verb of change is what changed, not what comes before it
    Case("น้ำตาลไทยรุ่งเรือง เดินหน้าพลังงานชีวมวล ลดก๊าซเรือนกระจก 18%",
         ({"kind": "percentage", "value": 18.0, "metric": "ghg_total", "direction": "decrease"},)),
    # issue 32, classes 8 and 9: signs, scale suffixes, energy written as power per hour, qualifiers, streaks,
    # one scope alone, energy that is no share, directions
    # energy written as power per hour is energy; an amount of energy is no renewable share
    Case('ในปี 2566 โรงไฟฟ้าพลังงานแสงอาทิตย์ของบริษัทฯ ผลิตไฟฟ้าได้ 15,600 เมกะวัตต์/ชั่วโมง (MWh)',
         ({'kind': 'quantity', 'value': 15600000.0, 'unit': 'kWh', 'metric': 'other', 'qualifier': None},)),
    Case('บริษัทฯ ซื้อไฟฟ้าจากพลังงานหมุนเวียน 310,000 เมกะวัตต์ชั่วโมง ในปี 2566',
         ({'kind': 'quantity', 'value': 310000000.0, 'unit': 'kWh', 'metric': 'other', 'qualifier': None},)),
    # below a limit is up_to ('ต่ำกว่า' ends with 'กว่า', more than), a floor at_least, 'มากกว่า' more_than
    Case('บริษัทฯ ตั้งเป้าจำกัดอุณหภูมิโลกให้เพิ่มขึ้นต่ำกว่า 2 องศาเซลเซียส',
         ({'kind': 'quantity', 'value': 2.0, 'unit': '°C', 'metric': 'temperature_limit', 'qualifier': 'up_to'},)),
    Case('บริษัทฯ ตั้งเป้าลดการปล่อยก๊าซเรือนกระจกไม่น้อยกว่าร้อยละ 30 ภายในปี 2573',
         ({'kind': 'target', 'value': 30.0, 'qualifier': 'at_least', 'target_year': 2030, 'action': 'reduce'},)),
    Case('ในปี 2566 บริษัทฯ ใช้พลังงานหมุนเวียนมากกว่าร้อยละ 40 ของการใช้ไฟฟ้าทั้งหมด',
         ({'kind': 'percentage', 'value': 40.0, 'metric': 'renewable_share', 'direction': None, 'qualifier': 'more_than'},)),
    Case('ในปี 2566 บริษัทฯ ลดการปล่อยก๊าซเรือนกระจกลงได้ร้อยละ 20',
         ({'kind': 'percentage', 'value': 20.0, 'metric': 'ghg_total', 'direction': 'decrease', 'qualifier': None},)),
    # one scope alone: no metric names it ('other'); scopes 1 and 2 together stay ghg_scope1_2
    Case('การปล่อยก๊าซเรือนกระจกทางตรง (ขอบเขตที่ 1) อยู่ที่ 12,000 ตันคาร์บอนไดออกไซด์เทียบเท่า',
         ({'kind': 'quantity', 'value': 12000.0, 'unit': 't', 'metric': 'other', 'qualifier': None},)),
    Case('ขอบเขตที่ 2: 4,100 ตันคาร์บอนไดออกไซด์เทียบเท่า',
         ({'kind': 'quantity', 'value': 4100.0, 'unit': 't', 'metric': 'other', 'qualifier': None},)),
    Case('การปล่อยก๊าซเรือนกระจกขอบเขตที่ 1 และ 2 อยู่ที่ 16,500 ตันคาร์บอนไดออกไซด์เทียบเท่า',
         ({'kind': 'quantity', 'value': 16500.0, 'unit': 't', 'metric': 'ghg_scope1_2', 'qualifier': None},)),
    # a sign kept: with no verb of change, a minus is a fall; a temperature below zero is no warming limit
    Case('ห้องเย็นของบริษัทเก็บสินค้าที่อุณหภูมิ -25 องศาเซลเซียส',
         ({'kind': 'quantity', 'value': -25.0, 'unit': '°C', 'metric': 'other', 'qualifier': None},)),
    Case('ปริมาณการใช้น้ำ: −3.5% เมื่อเทียบกับปีก่อน',
         ({'kind': 'percentage', 'value': -3.5, 'metric': 'water', 'direction': 'decrease', 'qualifier': None},)),
    Case('ในปี 2566 บริษัทฯ ปล่อยก๊าซเรือนกระจก 1.2 ล้านตันคาร์บอนไดออกไซด์เทียบเท่า',
         ({'kind': 'quantity', 'value': 1200000.0, 'unit': 't', 'metric': 'ghg_total', 'qualifier': None},)),
    # a streak is no fraction
    Case('บริษัทฯ ได้รับการจัดอันดับ CDP ระดับ A เป็นปีที่ 3 ติดต่อกัน',
         ({'kind': 'award', 'issuer': 'CDP', 'grade': 'A', 'streak': 3},)),
    Case('คะแนนดังกล่าวทำให้บริษัทฯ อยู่ในกลุ่ม Top 35% ของอุตสาหกรรม',
         ({'kind': 'percentage', 'value': 35.0, 'metric': 'ranking', 'direction': None, 'qualifier': None},)),
    # energy per unit of output is an intensity; energy use alone is consumption
    Case('ในปี 2566 การใช้พลังงานต่อหน่วยผลิตลดลงร้อยละ 8.4',
         ({'kind': 'percentage', 'value': 8.4, 'metric': 'energy_intensity', 'direction': 'decrease', 'qualifier': None},)),
    Case('ในปี 2566 การใช้พลังงานลดลงร้อยละ 5',
         ({'kind': 'percentage', 'value': 5.0, 'metric': 'power_consumption', 'direction': 'decrease', 'qualifier': None},)),
)

CLAIMS += (
    # the cause written after a figure lends it no metric: electricity use, not electricity saved
    Case("บริษัทลดการใช้ไฟฟ้าต่อสาขาลงร้อยละ 8.5 จากการเปลี่ยนตู้แช่เป็นระบบประหยัดพลังงาน",
         ({"kind": "percentage", "value": 8.5, "metric": "power_consumption", "direction": "decrease"},)),
    # a budget over a span of years has no single year
    Case("บริษัทตั้งงบประมาณ 3,000 ล้านบาท สำหรับโครงการพลังงานหมุนเวียนในช่วงปี 2568-2570",
         ({"kind": "quantity", "value": 3e9, "unit": "THB", "metric": "investment", "period_year": None},)),
)

# issue 32: classes of errors seen on releases modelled on real ones
CLAIMS += (
    # ข้อเท็จจริงของบริษัท (issue 32): เงินหลังรายได้หรือทุนจดทะเบียนไม่ใช่คำกล่าวอ้าง เงินลงทุนเป็น
    Case("บริษัทมีรายได้รวม 15,000 ล้านบาท และใช้งบลงทุน 800 ล้านบาท ในโครงการพลังงานแสงอาทิตย์",
         ({"kind": "quantity", "value": 800_000_000.0, "unit": "THB", "metric": "investment"},)),
    Case("ในปี 2567 บริษัทรีไซเคิลขยะได้ 3,500 ตัน",
         ({"kind": "quantity", "value": 3_500.0, "unit": "t", "metric": "waste", "period_year": 2024},)),
    # รายการใต้ประโยคนำที่มีปี: แต่ละข้อเป็นเป้าหมายของปีนั้น
    Case("ภายในปี 2573 บริษัทฯ จะ\n1) ลดการปล่อยก๊าซเรือนกระจกขอบเขตที่ 1 และ 2 ลงร้อยละ 40 เมื่อเทียบกับปี 2564\n"
         "2) เพิ่มสัดส่วนการใช้พลังงานหมุนเวียนเป็นร้อยละ 60",
         ({"kind": "target", "value": 40.0, "target_year": 2030, "baseline_year": 2021, "action": "reduce",
           "metric": "ghg_scope1_2"},
          {"kind": "target", "value": 60.0, "target_year": 2030, "action": "reach", "metric": "renewable_share"})),
    # รายการผลการดำเนินงานไม่ใช่เป้าหมาย
    Case("ในปี 2566 บริษัทฯ มีผลการดำเนินงานดังนี้\n1) ลดการใช้ไฟฟ้าลงร้อยละ 12\n2) ลดการใช้น้ำลงร้อยละ 9",
         ({"kind": "percentage", "value": 12.0}, {"kind": "percentage", "value": 9.0})),
    # ความต้องการของฝ่ายอื่นไม่ใช่เป้าหมายของบริษัท: เป็นร้อยละ; เป้าหมายของบริษัทเองเป็นเป้าหมาย
    Case("กระทรวงพลังงานต้องการให้โรงงานทั่วประเทศลดการใช้พลังงานลงร้อยละ 10 ภายในปี 2570",
         ({"kind": "percentage", "value": 10.0},)),
    # ฝ่ายอื่นระบุว่าผู้อื่นควรทำอะไร: เป็นร้อยละ; บริษัทระบุเป้าหมายของตนเอง: เป็นเป้าหมาย
    Case("กรีนพีซระบุว่าธนาคารควรลดการปล่อยก๊าซเรือนกระจกจากพอร์ตสินเชื่อลงร้อยละ 50 ภายในปี 2573",
         ({"kind": "percentage", "value": 50.0},)),
    Case("บริษัทฯ ระบุว่าจะลดการปล่อยก๊าซเรือนกระจกลงร้อยละ 50 ภายในปี 2573",
         ({"kind": "target", "value": 50.0, "target_year": 2030},)),
    Case("บริษัทตั้งเป้าลดการใช้พลังงานลงร้อยละ 10 ภายในปี 2570",
         ({"kind": "target", "value": 10.0, "target_year": 2027, "action": "reduce"},)),
    # คำมั่นสุทธิเป็นศูนย์ที่เขียนเป็นสภาพในปีหนึ่ง: ปีของคำมั่นเอง ไม่ใช่ปีของการประชุม
    Case("บริษัทฯ มุ่งบรรลุเป้าหมายการปล่อยก๊าซเรือนกระจกสุทธิเป็นศูนย์ (Net Zero) ในปี 2593 ทั้งนี้ "
         "ที่ประชุมสามัญผู้ถือหุ้นประจำปี 2566 ได้อนุมัติแผนดังกล่าว",
         ({"kind": "target", "action": "net_zero", "target_year": 2050},)),
    # ผลการดำเนินงานกับเป้าหมาย: ค่าของเป้าหมายเป็นเป้าหมาย ผลที่ทำได้เป็นร้อยละ
    Case("เป้าหมายประจำปีของบริษัท คือร้อยละ 20",
         ({"kind": "target", "value": 20.0, "target_year": None},)),
    Case("ในปี 2567 บริษัทลดการปล่อยก๊าซเรือนกระจกได้ 14.2% ซึ่งใกล้เป้าหมายของปี 2568 ที่ร้อยละ 15",
         ({"kind": "percentage", "value": 14.2, "period_year": 2024},
          {"kind": "target", "value": 15.0, "target_year": 2025}), published="2025-03-28"),
    Case("ความคืบหน้าของเป้าหมาย: ในปี 2566 การใช้ไฟฟ้าลดลงร้อยละ 6",
         ({"kind": "percentage", "value": 6.0, "direction": "decrease", "period_year": 2023},), published="2024-03-01"),
    # หลายเป้าหมายในประโยคเดียว ปีที่เขียนหลังเป้าหมายที่เชื่อมด้วย "และ" ใช้กับทุกเป้าหมายก่อนหน้า
    Case("บริษัทฯ จะลดการปล่อยก๊าซเรือนกระจกขอบเขตที่ 1 และ 2 ลงร้อยละ 42 และลดการปล่อยก๊าซเรือนกระจกขอบเขตที่ 3 "
         "ลงร้อยละ 25 ภายในปี 2576 เมื่อเทียบกับปี 2566",
         ({"kind": "target", "value": 42.0, "target_year": 2033, "baseline_year": 2023},
          {"kind": "target", "value": 25.0, "target_year": 2033, "baseline_year": 2023})),
    Case("บริษัทฯ ตั้งเป้าลดการปล่อยก๊าซเรือนกระจกลงร้อยละ 30 ภายในปี 2573\n\nในปีเดียวกัน บริษัทฯ จะลดการใช้น้ำลงร้อยละ 20",
         ({"kind": "target", "value": 30.0, "target_year": 2030}, {"kind": "target", "value": 20.0, "target_year": 2030})),
    # เป้าหมายหลังคำกริยาของการตั้งเป้า; สัดส่วนที่ต้องทำให้ได้
    Case("บริษัทตั้งเป้าลดลงร้อยละ 20 ของการปล่อยก๊าซเรือนกระจกภายในปี 2573",
         ({"kind": "target", "value": 20.0, "target_year": 2030, "action": "reduce"},)),
    Case("บริษัทตั้งเป้าในปี 2570 ใช้เชื้อเพลิงชีวภาพร้อยละ 70 ของเชื้อเพลิงทั้งหมดให้ได้",
         ({"kind": "target", "value": 70.0, "target_year": 2027, "action": "reach"},), published="2025-05-27"),
    # ตารางที่แปลงเป็นข้อความ: หัวตารางให้หน่วยและปีกับบรรทัดข้างใต้
    Case("ข้อมูลการปล่อยก๊าซเรือนกระจก ปี 2567 (ตันคาร์บอนไดออกไซด์เทียบเท่า)\nขอบเขตที่ 3: 1,204,000",
         ({"kind": "quantity", "value": 1_204_000.0, "unit": "t", "metric": "ghg_scope3", "period_year": 2024},)),
    Case("ข้อมูลพนักงาน ปี 2567\nจำนวนพนักงาน: 4,800",
         ()),
    # ตารางที่มีคอลัมน์เป้าหมายของปีหนึ่ง: ร้อยละในคอลัมน์นั้นเป็นเป้าหมายของปีนั้น
    Case("ภาคธุรกิจ | ตัวชี้วัด | เป้าหมายปี 2573\nผลิตไฟฟ้า | กก. CO2e ต่อเมกะวัตต์ชั่วโมง | -30%\nซีเมนต์ | ตัน CO2e ต่อตันซีเมนต์ | -20%",
         ({"kind": "target", "value": 30.0, "target_year": 2030, "action": "reduce", "metric": "emission_intensity"},
          {"kind": "target", "value": 20.0, "target_year": 2030, "action": "reduce", "metric": "emission_intensity"})),
    # คอลัมน์ของปีที่ไม่มีเป้าหมายเป็นผลการดำเนินงาน
    Case("ภาคธุรกิจ | ปี 2566 | ปี 2567\nซีเมนต์ | -12% | -18%",
         ({"kind": "percentage", "value": -12.0}, {"kind": "percentage", "value": -18.0})),
    # ระดับเริ่มต้นของเป้าหมายไม่ใช่เป้าหมาย
    Case("บริษัทฯ ตั้งเป้าลดการเผาอ้อยให้เหลือไม่เกินร้อยละ 5 ภายในปี 2570 จากร้อยละ 11 ในปีที่ผ่านมา",
         ({"kind": "target", "value": 5.0, "target_year": 2027}, {"kind": "percentage", "value": 11.0}),
         published="2024-03-01"),
)

# issue 32 กลุ่มที่ 7 รางวัลและการจัดอันดับ: อันดับในรายชื่อ, โครงการของ อบก. (ผู้ให้ TGO), DJSI ของ S&P Global,
# การรับรองหลายปี, ผลการประเมิน CDP สองด้าน, คำกริยาการจัดอันดับ
CLAIMS += (
    Case("บริษัทติดอันดับที่ 4 ของ EPA Green Power Partnership list",
         ({"kind": "award", "award": "EPA Green Power Partnership", "issuer": "EPA", "grade": "4th",
           "rule": "th.award.list_place"},)),
    Case("บริษัทได้รับรางวัล CALO ระดับดีเยี่ยม จาก อบก. ประจำปี 2567",
         ({"kind": "award", "award": "Climate Action Leading Organization (CALO)", "issuer": "TGO", "grade": "Excellent",
           "rule": "th.award.programme_level"},)),
    Case("บริษัทได้รับรางวัลการประเมินระดับธุรกิจคาร์บอนต่ำและยั่งยืน (LCSi) ระดับดีเด่น (Outstanding) จาก อบก.",
         ({"kind": "award", "award": "Low Carbon and Sustainable Business Index (LCSi)", "issuer": "TGO",
           "grade": "Outstanding"},)),
    Case("บริษัทได้รับคัดเลือกเป็นสมาชิกดัชนีความยั่งยืนดาวโจนส์ (DJSI) เป็นปีที่ 7 ติดต่อกัน",
         ({"kind": "award", "award": "Dow Jones Sustainability Indices", "issuer": "S&P Global", "streak": 7},)),
    Case("บริษัทได้รับการจัดอันดับใน S&P Global Sustainability Yearbook 2024 ระดับ Top 1% ของอุตสาหกรรม",
         ({"kind": "award", "issuer": "S&P Global", "grade": "Top 1%", "period_year": 2024},
          {"kind": "percentage", "value": 1.0, "metric": "ranking"}), published="2024-12-10"),
    # การรับรองสองปีเป็นสองแถว
    Case("SBTi อนุมัติเป้าหมายปี 2573 ของบริษัทในปี 2564 และในปีนี้ SBTi ได้รับรองเป้าหมาย Net Zero ของบริษัทด้วย",
         ({"kind": "award", "issuer": "SBTi", "period_year": 2021}, {"kind": "award", "issuer": "SBTi", "period_year": 2024},
          {"kind": "target", "action": "net_zero", "target_year": None}), published="2024-11-10"),
    Case("ร้อยละ 58 ของบริษัทที่กองทุนลงทุนมีเป้าหมายที่ได้รับการรับรองจาก SBTi", ({"kind": "percentage", "value": 58.0},)),
    # สองด้านในประโยคเดียว แต่ละด้านมีระดับของตน; ระดับก่อนหน้าเป็นแถวของปีก่อน
    Case("บริษัทได้ CDP ด้านความมั่นคงทางน้ำระดับ A และด้านสภาพภูมิอากาศระดับ A-",
         ({"kind": "award", "award": "CDP Water Security A List", "grade": "A"},
          {"kind": "award", "award": "CDP climate change rating", "grade": "A-"}), published="2025-02-12"),
    Case("บริษัทได้รับผลการประเมิน CDP ด้านการเปลี่ยนแปลงสภาพภูมิอากาศระดับ A- ขยับขึ้นจากระดับ B ในปีก่อนหน้า",
         ({"kind": "award", "grade": "A-", "period_year": 2024},
          {"kind": "award", "grade": "B", "period_year": 2023, "rule": "th.award.earlier_grade"}), published="2025-02-12"),
    Case("MSCI จัดอันดับบริษัทที่ระดับ A", ({"kind": "award", "issuer": "MSCI", "grade": "A"},)),
    # ระดับหลัง CDP เป็นของ CDP ไม่ใช่ของ SET ที่เขียนไว้ก่อน
    Case("บริษัท (SET: PSM) ได้รับการจัดอันดับ CDP ระดับ A", ({"kind": "award", "issuer": "CDP", "grade": "A"},),
         published="2025-12-10"),
    Case("บริษัทได้รับสถานะ Prime จาก ISS ESG", ({"kind": "award", "issuer": "ISS ESG", "grade": "Prime"},)),
    # ปีของรางวัลหลังชื่อผู้ให้หลายชื่อ; ปีที่ติดต่อกันเขียนแยกคำ
    Case("บริษัทได้รับรางวัลองค์กรธุรกิจคาร์บอนต่ำและยั่งยืน (Low Carbon and Sustainable Business: LCSB) ระดับดีเยี่ยม "
         "(Excellent) จากองค์การบริหารจัดการก๊าซเรือนกระจก (องค์การมหาชน) หรือ อบก. ประจำปี 2567",
         ({"kind": "award", "award": "Low Carbon and Sustainable Business (LCSB)", "issuer": "TGO", "grade": "Excellent",
           "period_year": 2024},)),
    Case("บริษัทได้รับผลการประเมิน CDP ระดับ A (Leadership) เป็น ปีที่ 2 ติดต่อกัน",
         ({"kind": "award", "issuer": "CDP", "grade": "A", "streak": 2},), published="2025-02-12"),
    # อนุประโยคที่บอกว่ายังไม่ได้รับการรับรองไม่ลบการรับรองของอนุประโยคก่อน
    Case("บริษัทได้รับการรับรองเป้าหมายระยะสั้นจาก SBTi ในปี 2566 และเป้าหมาย Net Zero ยังไม่ได้รับการรับรองจาก SBTi",
         ({"kind": "award", "issuer": "SBTi", "period_year": 2023}, {"kind": "target", "action": "net_zero", "target_year": None}),
         published="2024-05-01"),
    # ระดับที่อยู่ใกล้ดัชนีอื่นกว่าเป็นของดัชนีนั้น
    Case("บริษัทได้รับคัดเลือกเป็นสมาชิก Dow Jones Sustainability Indices และได้รับคะแนนอยู่ในกลุ่ม Top 10% จากการประเมิน "
         "S&P Global CSA",
         ({"kind": "award", "award": "Dow Jones Sustainability Indices", "grade": None},
          {"kind": "award", "award": "S&P Global CSA", "grade": "Top 10%"},
          {"kind": "percentage", "value": 10.0, "metric": "ranking"})),
)

# a share glued to the word of rank before it (issue 32 class 8)
CLAIMS += (
    Case('คะแนนดังกล่าวทำให้บริษัทฯ อยู่ในกลุ่ม Top35% ของอุตสาหกรรม',
         ({"kind": "percentage", "value": 35.0, "metric": "ranking"},)),
)

# การเปลี่ยนแปลงเทียบกับปีที่เขียนตามหลังมีปีฐานนั้น; ปีที่เริ่มใช้ไม่ใช่ปีฐาน
CLAIMS += (
    Case("ในปี 2567 บริษัทลดการปล่อยก๊าซเรือนกระจกลงร้อยละ 6 จากปี 2565",
         ({"kind": "percentage", "value": 6.0, "baseline_year": 2022, "period_year": 2024},), published="2025-03-01"),
    Case("บริษัทจะใช้ไบโอดีเซลร้อยละ 60 ตั้งแต่ปี 2570",
         ({"kind": "target", "value": 60.0, "baseline_year": None, "target_year": 2027},), published="2025-03-01"),
)

# สิ่งที่ธนาคารหรือกองทุนให้สินเชื่อหรือลงทุนคือขอบเขตที่ 3 (issue 32 กลุ่มที่ 9)
CLAIMS += (
    Case("ธนาคารตั้งเป้าให้พอร์ตสินเชื่อทั้งหมดปล่อยก๊าซเรือนกระจกสุทธิเป็นศูนย์ภายในปี 2593",
         ({"kind": "target", "action": "net_zero", "target_year": 2050, "metric": "ghg_scope3"},), published="2025-03-01"),
)

CLAIM_NEGATIVE: tuple[str, ...] = (
    "ธนาคารมีเงิน 900,000 ล้านบาท ในสินทรัพย์รวม",
    # สภาพที่บรรลุแล้ว ไม่ใช่คำมั่น
    "อาคารสำนักงานใหญ่ปล่อยก๊าซเรือนกระจกสุทธิเป็นศูนย์ตั้งแต่ปี 2565",
    # ความต้องการของฝ่ายอื่น: ไม่ใช่คำมั่นของบริษัท
    "สมาคมเรียกร้องให้ทุกโรงงานบรรลุการปล่อยก๊าซเรือนกระจกสุทธิเป็นศูนย์ภายในปี 2593",
    # ข้อเท็จจริงของบริษัท (issue 32): ทุนจดทะเบียน สินทรัพย์ เงินปันผล และตันของสินค้าที่ไม่ใช่ก๊าซ ขยะ หรือน้ำ
    "บริษัทฯ มีทุนจดทะเบียน 5,000 ล้านบาท",
    "ธนาคารมีสินทรัพย์รวม 1.2 ล้านล้านบาท",
    "ที่ประชุมผู้ถือหุ้นอนุมัติจ่ายเงินปันผล 0.35 บาทต่อหุ้น",
    "ในฤดูการผลิตที่ผ่านมา โรงงานผลิตน้ำตาลได้ 420,000 ตัน",
    "ข้าวถุงละ 5 กิโลกรัม",  # กิโลกรัมที่ไม่มีก๊าซไม่ใช่หน่วย
    "สำนักงานใหญ่ของบริษัทเป็นกลางทางคาร์บอนตั้งแต่ปี 2565",  # a state reached, no pledge
    "แซดทีอี คอร์ปอเรชัน (ZTE Corporation) (0763.HK / 000063.SZ) ผู้ให้บริการชั้นนำระดับโลก",
    "บริษัททำงานร่วมกับพันธมิตรกว่า 500 ราย",
    "การปล่อยคาร์บอนจากการดำเนินงาน (ขอบเขตที่ 1 และ 2) มีการรายงานทุกปี",
    "นับตั้งแต่ปี 2564 เป็นต้นมา บริษัทได้พัฒนากลยุทธ์สีเขียว",
    "ติดต่อสื่อมวลชน: โทร. 02-555-0199",
    "บริษัทเข้าร่วมการประชุม COP29 และพัฒนาเครือข่าย 5G",
    "หลังจากเปิดตัวโครงการ Carbon Neutralizing ในต้นปี 2021",
    "โครงการเปิดเผยข้อมูลคาร์บอน (CDP) เป็นองค์กรไม่แสวงหากำไร",
    # a stray comma in a figure: the scale word after it is no amount of its own (never one million baht)
    'บริษัทมีรายได้ 11,438, ล้านบาท ในปี 2566',
    'บริษัทฯ ลงทุน 11,438, ล้านบาท ในโครงการโซลาร์ฟาร์ม',
    # อันดับที่ไม่ใช่รายชื่อ; รางวัลที่ยังไม่ได้รับ; อบก. ที่ไม่ใช่โครงการตามระดับ; รางวัลที่ไม่มีชื่อ
    "บริษัทอยู่อันดับที่ 4 ในประเทศไทย",
    "บริษัทยังไม่ได้เป็นสมาชิกดัชนีความยั่งยืนดาวโจนส์",
    "เป้าหมายของบริษัทยังไม่ได้รับการรับรองจาก SBTi",
    "ศูนย์การค้า 12 แห่งได้รับเครื่องหมายรับรองคาร์บอนฟุตพริ้นท์องค์กร (Carbon Footprint for Organization) จาก อบก.",
    "โดยมีพิธีมอบรางวัลเมื่อวันที่ 27 กุมภาพันธ์ 2568",
)

#: Known gaps: what a release says and what should come out of it, which the extractor does not read yet.
#: Run as strict expected failures (tests/test_corpora.py): a gap that gets fixed fails there, and moves
#: to CLAIMS.
GAPS: tuple[Case, ...] = (
    Case("บริษัทลดการปล่อยก๊าซเรือนกระจกได้สองล้านครึ่งตันในปี 2567",
         ({"kind": "quantity", "value": 2_500_000.0, "unit": "t", "period_year": 2024},),
         note="Thai number words inside a larger compound ('สองล้านครึ่ง')"),
    Case("บริษัทปล่อยก๊าซเรือนกระจก 1.2 ล้านตัน โดยโรงงานในจังหวัดระยองคิดเป็นร้อยละ 6.5 ของการปล่อยทั้งหมด",
         ({"kind": "quantity", "value": 1_200_000.0, "metric": "ghg_total"},
          {"kind": "percentage", "value": 6.5, "metric": "ghg_total"}),
         note="a share 'คิดเป็นร้อยละ ... ของการปล่อยทั้งหมด' after an amount and a clause about something else"),
    Case("สัดส่วนพลังงานหมุนเวียนเพิ่มขึ้นจากร้อยละ 35 เป็นร้อยละ 61",
         ({"kind": "percentage", "value": 35.0, "direction": None},
          {"kind": "percentage", "value": 61.0, "direction": "increase"}),
         note="'เพิ่มขึ้นจาก A เป็น B': the rise is B's, A is the earlier level"),
    Case('บริษัทได้รับการประเมินระดับ "ดีเลิศ" จากโครงการสำรวจการกำกับดูแลกิจการบริษัทจดทะเบียนไทย',
         ({"kind": "award"},),
         note="a rating given as a quoted word, with no issuer the project knows"),
)
