"""Thai numbers: separators, scale words (chained: พันล้าน = พัน x ล้าน), number words, units.

Thai digits (๐-๙) are mapped to ASCII before parsing, one character for one,
so offsets do not move. Number words are read by PyThaiNLP. Not handled:
"ครึ่ง" inside larger compounds ("สองล้านครึ่ง"), counting words (ลำ, คน).
"""
from __future__ import annotations

DECIMAL_SEP = "."
GROUP_SEP = ","

#: Scale words; several in a row multiply ("หมื่นล้าน" = 1e4 * 1e6).
MULTIPLIERS = {
    "ล้าน": 1e6,
    "แสน": 1e5,
    "หมื่น": 1e4,
    "พัน": 1e3,
}

# The look-ahead lists the first letters of the words: it lets the engine skip other positions quickly.
NUMBER_WORD_RE = r"(?=[หสเแยรพลศ])(?:(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย(?!ละ)|พัน|หมื่น|แสน|ล้าน|ศูนย์)+)"


def number_words(text: str) -> float | None:
    """Value of a written Thai number, or None.

    >>> number_words("สองล้านสามแสน")
    2300000.0
    """
    from pythainlp.util import thaiword_to_num

    try:
        return float(thaiword_to_num(text.replace(" ", "")))
    except (ValueError, TypeError, KeyError, IndexError):
        return None


FRACTIONS = {
    "ครึ่งหนึ่ง": 50.0,
    "หนึ่งในสาม": 100 / 3,
    "สองในสาม": 200 / 3,
    "หนึ่งในสี่": 25.0,
    "สามในสี่": 75.0,
    "หนึ่งในห้า": 20.0,
    "สองในห้า": 40.0,
}

UNIT_WORDS = {
    "เปอร์เซ็นต์": ("%", 1.0),
    "เปอร์เซนต์": ("%", 1.0),
    "จุด": ("pp", 1.0),
    "กิโลวัตต์ชั่วโมง": ("kWh", 1.0),
    "กิโลวัตต์-ชั่วโมง": ("kWh", 1.0),
    "เมกะวัตต์ชั่วโมง": ("kWh", 1e3),
    "กิกะวัตต์ชั่วโมง": ("kWh", 1e6),
    # energy written as power per hour ("15,600 เมกะวัตต์/ชั่วโมง (MWh)"): the hours' energy
    **{f"{power}{per}ชั่วโมง": ("kWh", factor) for power, factor in (("กิโลวัตต์", 1.0), ("เมกะวัตต์", 1e3),
                                                                    ("กิกะวัตต์", 1e6))
       for per in ("/", "ต่อ", " ต่อ ", " / ")},
    "หน่วย": ("kWh", 1.0),
    "กิโลวัตต์": ("kW", 1.0),
    "เมกะวัตต์": ("kW", 1e3),
    "ตันคาร์บอนไดออกไซด์เทียบเท่า": ("t", 1.0),
    "ตันคาร์บอนเทียบเท่า": ("t", 1.0),
    "ตันคาร์บอน": ("t", 1.0),
    "ตัน": ("t", 1.0),
    # ความเข้มข้นการปล่อย: "0.45 กิโลกรัมคาร์บอนไดออกไซด์เทียบเท่าต่อหน่วย" (กิโลกรัมโดยไม่มีก๊าซไม่ใช่หน่วย)
    **{f"{mass}{gas}": ("t", factor) for mass, factor in (("กิโลกรัม", 1e-3), ("กก.", 1e-3), ("กรัม", 1e-6))
       for gas in ("คาร์บอนไดออกไซด์เทียบเท่า", "คาร์บอนไดออกไซด์", "คาร์บอนเทียบเท่า")},
    "ลูกบาศก์เมตร": ("m3", 1.0),
    "ลบ.ม.": ("m3", 1.0),
    "องศาเซลเซียส": ("°C", 1.0),
    "องศา": ("°C", 1.0),
    "หยวน": ("CNY", 1.0),
    "ดอลลาร์สหรัฐ": ("USD", 1.0),
    "ดอลลาร์": ("USD", 1.0),
    "เหรียญสหรัฐ": ("USD", 1.0),
    "บาท": ("THB", 1.0),
    "ยูโร": ("EUR", 1.0),
}

#: Units written before the number: "ร้อยละ 30" = 30%.
PREFIX_UNITS = {"ร้อยละ": ("%", 1.0)}

QUALIFIERS = {
    "มากกว่า": "more_than",
    "กว่า": "more_than",
    "เกินกว่า": "more_than",
    "เกิน": "more_than",
    "อย่างน้อย": "at_least",
    "ไม่ต่ำกว่า": "at_least",
    "ไม่น้อยกว่า": "at_least",
    "ประมาณ": "about",
    "ราว ๆ": "about",
    "ราวๆ": "about",
    "ราว": "about",
    "เกือบ": "about",
    "สูงสุด": "up_to",
    "ไม่เกิน": "up_to",
    "สูงถึง": "up_to",
    "น้อยกว่า": "up_to",  # an upper bound: "น้อยกว่าร้อยละ 10"
    "ต่ำกว่า": "up_to",  # below: "ต่ำกว่า 2 องศาเซลเซียส" (it ends with "กว่า", more than)
    "ไม่มากกว่า": "up_to",
    "ไม่สูงกว่า": "up_to",
}

#: What `parse_number` reads in a string that is one number, beyond digits and number words
#: (`normalize/spoken.py`). Sources: Thai usage (Royal Institute); Duckling's test forms.
SPOKEN = {
    "signs": ("ติดลบ", "ลบ"),
    "points": ("จุด",),
    # "หนึ่งในสาม" (one in three): a ratio
    "ratios": ("ใน",),
    "ands": (),
    "articles": (),
    "counts": {"โหล": 12.0},
    "dozens": ("โหล",),
    "scales": {"ร้อย": 100.0, "พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5, "ล้าน": 1e6},
    "ordinal_words": {},
    "ordinal_endings": (),
    "halves": ("ครึ่ง",),
    "not_shares_after": (r"ของ(?:คณะกรรมการ|กรรมการ)",),
    "percent_before": (),
}
