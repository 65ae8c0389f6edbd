"""Surface forms -> values from Duckling's numeral test corpora (Duckling/Numeral/{NL,TH,EN}/Corpus.hs,
BSD licence, github.com/facebook/duckling), transcribed as data to score `parse_number` against an
established parser's expectations.

Each row: (lang, text, value, in_scope). Out of scope, with the reason in a comment, are forms press
releases do not use for figures: counting words (dozen, gros, โหล), Indian units (lakh, crore),
fractions written with a slash, spoken decimals ("1 point 1", "หนึ่งจุดหนึ่ง"), vague quantities
("a few", "couple"), "geen/niks/ไม่มี" (none), metric prefixes on bare numbers (100K, 3M, .0012G),
and negatives.
"""
from __future__ import annotations

CASES: tuple[tuple[str, str, float, bool], ...] = (
    # Dutch
    ("nl", "0", 0, True), ("nl", "nul", 0, True), ("nl", "geen", 0, False), ("nl", "niks", 0, False),
    ("nl", "1", 1, True), ("nl", "een", 1, True), ("nl", "één", 1, True), ("nl", "2", 2, True), ("nl", "twee", 2, True),
    ("nl", "33", 33, True), ("nl", "3 en 30", 33, False), ("nl", "drieendertig", 33, True),
    ("nl", "drieëndertig", 33, True), ("nl", "drie en dertig", 33, True), ("nl", "0033", 33, False),
    ("nl", "twaalf", 12, True), ("nl", "dozijn", 12, False), ("nl", "14", 14, True), ("nl", "veertien", 14, True),
    ("nl", "16", 16, True), ("nl", "zestien", 16, True), ("nl", "17", 17, True), ("nl", "zeventien", 17, True),
    ("nl", "18", 18, True), ("nl", "achtien", 18, False),  # misspelt in the source corpus
    ("nl", "1,1", 1.1, True), ("nl", "1,10", 1.1, True), ("nl", "01,10", 1.1, True), ("nl", "0,77", 0.77, True),
    ("nl", ",77", 0.77, False), ("nl", "100.000", 100_000, True), ("nl", "100.000,0", 100_000, True),
    ("nl", "100000", 100_000, True), ("nl", "100K", 100_000, False), ("nl", "100k", 100_000, False),
    ("nl", "honderd duizend", 100_000, True), ("nl", "3 honderd", 300, False), ("nl", "drie honderd", 300, True),
    ("nl", "5 duizend", 5000, True), ("nl", "vijf duizend", 5000, True), ("nl", "5.000", 5000, True),
    ("nl", "5.000,00", 5000, True), ("nl", "gros", 144, False), ("nl", "honderd tweeëntwintig", 122, True),
    ("nl", "honderd tweeentwintig", 122, True), ("nl", "honderd twee en twintig", 122, True),
    ("nl", "twintig duizend", 20_000, True), ("nl", "20.000", 20_000, True), ("nl", "20000", 20_000, True),
    ("nl", "20.000,00", 20_000, True), ("nl", "1/5", 0.2, False), ("nl", "2/10", 0.2, False),
    # Thai
    ("th", "0", 0, True), ("th", "ไม่มี", 0, False), ("th", "ศูนย์", 0, True), ("th", "1", 1, True),
    ("th", "หนึ่ง", 1, True), ("th", "2", 2, True), ("th", "สอง", 2, True), ("th", "3", 3, True), ("th", "สาม", 3, True),
    ("th", "10", 10, True), ("th", "สิบ", 10, True), ("th", "12", 12, True), ("th", "สิบสอง", 12, True),
    ("th", "โหล", 12, False), ("th", "14", 14, True), ("th", "สิบสี่", 14, True), ("th", "16", 16, True),
    ("th", "สิบหก", 16, True), ("th", "17", 17, True), ("th", "สิบเจ็ด", 17, True), ("th", "18", 18, True),
    ("th", "สิบแปด", 18, True), ("th", "33", 33, True), ("th", "0033", 33, False), ("th", "24", 24, True),
    ("th", "สองโหล", 24, False), ("th", "1.1", 1.1, True), ("th", "1.10", 1.1, True), ("th", "01.10", 1.1, True),
    ("th", "1 จุด 1", 1.1, False), ("th", "หนึ่งจุดหนึ่ง", 1.1, False), ("th", ".77", 0.77, False),
    ("th", "0.77", 0.77, True), ("th", "จุด 77", 0.77, False), ("th", "100,000", 100_000, True),
    ("th", "100,000.0", 100_000, True), ("th", "100000", 100_000, True), ("th", "หนึ่งแสน", 100_000, True),
    ("th", "1/5", 0.2, False), ("th", "ศูนย์จุดสอง", 0.2, False), ("th", "3000000", 3e6, True),
    ("th", "3,000,000", 3e6, True), ("th", "3 ล้าน", 3e6, True), ("th", "สามล้าน", 3e6, True),
    ("th", "1,200,000", 1.2e6, True), ("th", "1200000", 1.2e6, True), ("th", "1.2 ล้าน", 1.2e6, True),
    ("th", "หนึ่งจุดสองล้าน", 1.2e6, False), ("th", "ห้าพัน", 5000, True), ("th", "-504", -504, False),
    ("th", "สองแสน", 2e5, True), ("th", "สองร้อยโหล", 2400, False), ("th", "สองจุดสองล้าน", 2.2e6, False),
    ("th", "สามพันล้าน", 3e9, True),
    # English
    ("en", "0", 0, True), ("en", "naught", 0, False), ("en", "nought", 0, False), ("en", "zero", 0, True),
    ("en", "nil", 0, False), ("en", "1", 1, True), ("en", "one", 1, True), ("en", "single", 1, False),
    ("en", "2", 2, True), ("en", "two", 2, True), ("en", "a pair", 2, False), ("en", "a couple", 2, False),
    ("en", "3", 3, True), ("en", "three", 3, True), ("en", "a few", 3, False), ("en", "10", 10, True),
    ("en", "ten", 10, True), ("en", "12", 12, True), ("en", "twelve", 12, True), ("en", "a dozen", 12, False),
    ("en", "14", 14, True), ("en", "fourteen", 14, True), ("en", "16", 16, True), ("en", "sixteen", 16, True),
    ("en", "17", 17, True), ("en", "seventeen", 17, True), ("en", "18", 18, True), ("en", "eighteen", 18, True),
    ("en", "33", 33, True), ("en", "thirty three", 33, True), ("en", "0033", 33, False), ("en", "24", 24, True),
    ("en", "two dozen", 24, False), ("en", "1.1", 1.1, True), ("en", "1.10", 1.1, True), ("en", "01.10", 1.1, True),
    ("en", "1 point 1", 1.1, False), ("en", ".77", 0.77, False), ("en", "0.77", 0.77, True),
    ("en", "point 77", 0.77, False), ("en", "100,000", 100_000, True), ("en", "100,000.0", 100_000, True),
    ("en", "100000", 100_000, True), ("en", "100K", 100_000, False), ("en", "one hundred thousand", 100_000, True),
    ("en", "1/5", 0.2, False), ("en", "3M", 3e6, False), ("en", "3000000", 3e6, True), ("en", "3,000,000", 3e6, True),
    ("en", "3 million", 3e6, True), ("en", "30 lakh", 3e6, False), ("en", "1,200,000", 1.2e6, True),
    ("en", "1200000", 1.2e6, True), ("en", "1.2M", 1.2e6, False), ("en", "5 thousand", 5000, True),
    ("en", "five thousand", 5000, True), ("en", "-504", -504, False), ("en", "two Hundred thousand", 2e5, True),
    ("en", "twenty-one thousand Eleven", 21_011, True),
    ("en", "seven hundred twenty-one thousand twelve", 721_012, True),
    ("en", "seven hundred twenty-one thousand and twelve", 721_012, True),
    ("en", "thirty-one million two hundred fifty-six thousand seven hundred twenty-one", 31_256_721, True),
    ("en", "two point two million", 2.2e6, False), ("en", "three billions", 3e9, True),
    ("en", "three thousand millions", 3e9, False), ("en", "one twenty two", 122, False),
)
