"""English numbers: separators, scale words, number words, fractions, units, qualifiers.

Number words are read by text2num. Not handled: Indian grouping (1,00,000),
"a dozen", Roman numerals.
"""
from __future__ import annotations

from text_to_num import text2num

DECIMAL_SEP = "."
GROUP_SEP = ","

MULTIPLIERS = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}

# The look-ahead lists the first letters of the words: it lets the engine skip other positions quickly.
NUMBER_WORD_RE = (
    r"(?=[tfsenozh])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and)?(?:\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|one|two|three|four|five|six|seven|eight|nine))*"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|hundred)"
)


def number_words(text: str) -> float | None:
    """Value of a written English number, or None.

    >>> number_words("twenty-three")
    23.0
    """
    try:
        return float(text2num(text.replace("-", " ").lower(), "en"))
    except (ValueError, TypeError, AssertionError):
        return None


FRACTIONS = {
    "half": 50.0,
    "one half": 50.0,
    "one third": 100 / 3,
    "a third": 100 / 3,
    "two thirds": 200 / 3,
    "two-thirds": 200 / 3,
    "a quarter": 25.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "one-fifth": 20.0,
    "a tenth": 10.0,
    "one tenth": 10.0,
    "one quarter": 25.0,
    "three quarters": 75.0,
    "three-quarters": 75.0,
    # "to halve food waste by 2030": a 50% cut
    "halve": 50.0,
    "halving": 50.0,
    # "halved its water use since 2019": a 50% cut reported
    "halved": 50.0,
}

UNIT_WORDS = {
    "percent": ("%", 1.0),
    "per cent": ("%", 1.0),
    "pct": ("%", 1.0),
    "percents": ("%", 1.0),
    "percentage": ("%", 1.0),
    "percentage points": ("pp", 1.0),
    "percentage point": ("pp", 1.0),
    "kilowatt-hours": ("kWh", 1.0),
    "kilowatt hours": ("kWh", 1.0),
    "kilowatt-hour": ("kWh", 1.0),
    "megawatt-hours": ("kWh", 1e3),
    "megawatt hours": ("kWh", 1e3),
    "gigawatt-hours": ("kWh", 1e6),
    "gigawatt hours": ("kWh", 1e6),
    "terawatt-hours": ("kWh", 1e9),
    "kilowatts": ("kW", 1.0),
    "kilowatt": ("kW", 1.0),
    "megawatts": ("kW", 1e3),
    "megawatt": ("kW", 1e3),
    "gigawatts": ("kW", 1e6),
    "gigawatt": ("kW", 1e6),
    "kilotonnes": ("t", 1e3),
    "kilotonne": ("t", 1e3),
    "kilotons": ("t", 1e3),
    "megatonnes": ("t", 1e6),
    "megatonne": ("t", 1e6),
    "megatons": ("t", 1e6),
    # written with the gas: "182,000 tCO2e", "1.4 MtCO2e"
    "tCO2e": ("t", 1.0),
    "tCO2": ("t", 1.0),
    "ktCO2e": ("t", 1e3),
    "MtCO2e": ("t", 1e6),
    "tonnes of CO2 equivalent": ("t", 1.0),
    "tonnes of CO2e": ("t", 1.0),
    "tonnes of carbon dioxide equivalent": ("t", 1.0),
    "tons of CO2 equivalent": ("t", 1.0),
    "tons of CO2e": ("t", 1.0),
    "tonnes of CO2": ("t", 1.0),
    "tons of CO2": ("t", 1.0),
    # intensities: "96 grams of CO2 per kilometre" (without the gas, kilograms and grams are no unit)
    **{f"{mass} of {gas}": ("t", factor) for mass, factor in (("kilograms", 1e-3), ("kilogrammes", 1e-3), ("kg", 1e-3),
                                                                 ("grams", 1e-6), ("grammes", 1e-6), ("g", 1e-6))
       for gas in ("CO2 equivalent", "CO2e", "CO2", "carbon dioxide equivalent", "carbon dioxide")},
    "metric tons": ("t", 1.0),
    "metric tonnes": ("t", 1.0),
    "tonnes": ("t", 1.0),
    "tonne": ("t", 1.0),
    "tons": ("t", 1.0),
    "ton": ("t", 1.0),
    "cubic metres": ("m3", 1.0),
    "cubic meters": ("m3", 1.0),
    "cubic metre": ("m3", 1.0),
    "cubic meter": ("m3", 1.0),
    "megalitres": ("m3", 1e3),
    "megaliters": ("m3", 1e3),
    "degrees Celsius": ("°C", 1.0),
    "degree Celsius": ("°C", 1.0),
    "degrees": ("°C", 1.0),
    "euros": ("EUR", 1.0),
    "euro": ("EUR", 1.0),
    "US dollars": ("USD", 1.0),
    "dollars": ("USD", 1.0),
    "yuan": ("CNY", 1.0),
    "renminbi": ("CNY", 1.0),
    "baht": ("THB", 1.0),
    "pounds sterling": ("GBP", 1.0),
}

QUALIFIERS = {
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "in excess of": "more_than",
    "exceeding": "more_than",
    "upwards of": "more_than",
    "at least": "at_least",
    "a minimum of": "at_least",
    "no less than": "at_least",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "nearly": "about",
    "almost": "about",
    "close to": "about",
    "some": "about",
    "an estimated": "about",
    "circa": "about",
    "up to": "up_to",
    "as much as": "up_to",
    "a maximum of": "up_to",
    "no more than": "up_to",
    "less than": "up_to",  # an upper bound: "less than 10% of the fuel it burns"
    "fewer than": "up_to",
    # below a limit: "well below 2°C"
    "below": "up_to",
    "well below": "up_to",
    "not more than": "up_to",
    "not exceeding": "up_to",
    # a floor written with a negation ("not less than 30%" ends with "less than", an upper bound)
    "not less than": "at_least",
    "not below": "at_least",
    "exceeded": "more_than",
}

#: What `parse_number` reads in a string that is one number, beyond digits and number words
#: (`normalize/spoken.py`). Sources: English usage; Duckling's and Recognizers-Text's test forms.
SPOKEN = {
    "signs": ("minus", "negative"),
    "points": ("point",),
    # X over Y, "one in three": a ratio
    "ratios": ("over", "in", "out of"),
    "ands": ("and",),
    "articles": ("a", "an"),
    # a whole word that is a number alone (counting words and names of zero)
    "counts": {"naught": 0.0, "nought": 0.0, "nil": 0.0, "single": 1.0, "a pair": 2.0, "a couple": 2.0,
               "a couple of": 2.0, "a dozen of": 12.0, "a dozen": 12.0},
    # multiply the number before them: "three dozens", "200 dozens"
    "dozens": ("dozen", "dozens"),
    # read only in a string that is one number: Indian scale words ("30 lakh", "three crore")
    "scales": {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
               "billions": 1e9, "trillion": 1e12, "trillions": 1e12, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5,
               "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "koti": 1e7,
               "krore": 1e7, "krores": 1e7, "kr": 1e7},
    # denominators: the cardinal of an ordinal is found by these endings (longest first)
    "ordinal_words": {"half": 2.0, "halves": 2.0, "quarter": 4.0, "quarters": 4.0, "first": 1.0, "firsts": 1.0,
                      "third": 3.0, "thirds": 3.0, "fifth": 5.0, "fifths": 5.0,
                      "eighth": 8.0, "eighths": 8.0, "ninth": 9.0, "ninths": 9.0, "twelfth": 12.0, "twelfths": 12.0},
    "ordinal_endings": (("ieths", "y"), ("ieth", "y"), ("ths", ""), ("th", "")),
    # the word of one half as a multiplier: "half a dozen"
    "halves": ("half",),
    # read as a percentage of the number after them, only when written numbers are asked for ("percent of 10")
    # a fraction of a body of people is no share of interest ("one third of the board are women")
    "not_shares_after": (r"of\s+(?:the|its|our|their)\s+(?:board|directors|supervisory\s+board|executive\s+committee)",),
    "percent_before": ("percent of", "percents of", "per cent of"),
}
