"""Dutch numbers: separators, scale words, number words, fractions, units, qualifiers.

Sources: Dutch spelling conventions (Taalunie: decimal comma, group dot) and
the number vocabulary of spaCy's `nl/lex_attrs.py`, re-typed and trimmed to
what press releases use. Not handled: Roman numerals, "anderhalf" style
compounds beyond the ones listed, number words above the millions.
"""
from __future__ import annotations

import re

from text_to_num import text2num

DECIMAL_SEP = ","
GROUP_SEP = "."

#: Scale words after a number ("14,317 miljoen", "10 mld.").
MULTIPLIERS = {
    "duizend": 1e3,
    "miljoen": 1e6,
    "miljoenen": 1e6,
    "mln.": 1e6,
    "mln": 1e6,
    "mio.": 1e6,
    "mio": 1e6,
    "miljard": 1e9,
    "miljarden": 1e9,
    "mld.": 1e9,
    "mld": 1e9,
    "mrd.": 1e9,
    "mrd": 1e9,
    "bln.": 1e9,
    "bln": 1e9,
    "biljoen": 1e12,
}

#: Words that make up a written number (text2num reads the run).
NUMBER_WORD_LIST = (
    "nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
    "negentien", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
    "negentig", "honderd", "duizend",
)
#: Compounds such as "drieëntwintig" or "honderdvijftig" are one word in Dutch.
# The look-ahead lists the first letters of the words: it lets the engine skip other positions quickly.
NUMBER_WORD_RE = (
    r"(?=[néetdvzah])(?:(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:ën|en)"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
    r"|(?:twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd\w*"
    r"|(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien)?duizend"
    r"|nul|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
    r"|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig"
    r"|zestig|zeventig|tachtig|negentig)"
)


_RE_EEEN = re.compile(r"(?<=twee|drie)en(?=[a-z])")


def number_words(text: str) -> float | None:
    """Value of a written Dutch number, or None.

    >>> number_words("drieëntwintig")
    23.0
    """
    # Dutch writes numbers as one word; "drie en dertig" and "honderd twee en twintig" are read the same way.
    try:
        joined = text.replace(" ", "").replace("-", "").replace("één", "een").lower()
        # "tweeentwintig", "drieendertig" written without the diaeresis
        return float(text2num(_RE_EEEN.sub("ën", joined), "nl"))
    except (ValueError, TypeError, AssertionError):
        return None


#: Fractions, read as a share in percent ("meer dan de helft" -> more than 50%).
FRACTIONS = {
    "de helft": 50.0,
    "helft": 50.0,
    "een derde": 100 / 3,
    "één derde": 100 / 3,
    "twee derde": 200 / 3,
    "een kwart": 25.0,
    "een vijfde": 20.0,
    "een tiende": 10.0,
    "driekwart": 75.0,
    "drie kwart": 75.0,
    # "de uitstoot halveren tegen 2030": een reductie van 50%
    "halveren": 50.0,
    "halvering": 50.0,
    # "heeft zijn uitstoot gehalveerd": een daling van 50%
    "gehalveerd": 50.0,
    "halveerde": 50.0,
}

#: Unit words of Dutch: surface -> (canonical unit, factor).
UNIT_WORDS = {
    "procent": ("%", 1.0),
    "percent": ("%", 1.0),
    "pct.": ("%", 1.0),
    "pct": ("%", 1.0),
    "procentpunt": ("pp", 1.0),
    "procentpunten": ("pp", 1.0),
    "kilowattuur": ("kWh", 1.0),
    "megawattuur": ("kWh", 1e3),
    "gigawattuur": ("kWh", 1e6),
    "terawattuur": ("kWh", 1e9),
    "kilowattpiek": ("kW", 1.0),
    "megawattpiek": ("kW", 1e3),
    "kilowatt": ("kW", 1.0),
    "megawatt": ("kW", 1e3),
    "gigawatt": ("kW", 1e6),
    "ton CO2-equivalent": ("t", 1.0),
    "ton CO2-equivalenten": ("t", 1.0),
    "ton CO2e": ("t", 1.0),
    "ton CO2": ("t", 1.0),
    "ton": ("t", 1.0),
    # intensiteiten: "1,08 kilo CO2-equivalent per liter melk" (zonder het gas zijn kilo en gram geen eenheid)
    **{f"{mass} {gas}": ("t", factor) for mass, factor in (("kilo", 1e-3), ("kilogram", 1e-3), ("gram", 1e-6))
       for gas in ("CO2-equivalent", "CO2-equivalenten", "CO2e", "CO2")},
    "tonnen": ("t", 1.0),
    "kiloton": ("t", 1e3),
    "kton": ("t", 1e3),
    "Mton": ("t", 1e6),
    "tCO2e": ("t", 1.0),
    "megaton": ("t", 1e6),
    "kubieke meter": ("m3", 1.0),
    "kuub": ("m3", 1.0),
    "graden Celsius": ("°C", 1.0),
    "graden": ("°C", 1.0),
    "graad Celsius": ("°C", 1.0),
    "graad": ("°C", 1.0),
    "euro": ("EUR", 1.0),
    "dollar": ("USD", 1.0),
    "Amerikaanse dollar": ("USD", 1.0),
    "yuan": ("CNY", 1.0),
    "renminbi": ("CNY", 1.0),
    "baht": ("THB", 1.0),
    "pond": ("GBP", 1.0),
}

#: Words before a number that qualify it.
QUALIFIERS = {
    "meer dan": "more_than",
    "ruim": "more_than",
    "ruimschoots": "more_than",
    "boven de": "more_than",
    "bijna": "about",
    "ongeveer": "about",
    "circa": "about",
    "ca.": "about",
    "zo'n": "about",
    "rond de": "about",
    "rond": "about",
    "nagenoeg": "about",
    "ten minste": "at_least",
    "tenminste": "at_least",
    "minstens": "at_least",
    "minimaal": "at_least",
    "tot wel": "up_to",
    "maximaal": "up_to",
    "hooguit": "up_to",
    "niet meer dan": "up_to",
    "tot maximaal": "up_to",
    "minder dan": "up_to",  # an upper bound: "minder dan 10 procent"
    # below a limit: "ruim onder de 2 graden" ("ruim" alone is more than)
    "onder de": "up_to",
    "ruim onder de": "up_to",
    "ruim onder": "up_to",
    "ver onder de": "up_to",
    "beneden de": "up_to",
    # a floor written with a negation ("niet minder dan" ends with "minder dan", an upper bound)
    "niet minder dan": "at_least",
}

#: What `parse_number` reads in a string that is one number, beyond digits and number words
#: (`normalize/spoken.py`). Sources: Dutch usage (Taalunie); Duckling's and Recognizers-Text's test forms.
SPOKEN = {
    "signs": ("min", "negatief"),
    "points": ("komma", "punt"),
    # "een op de drie", "1 uit 20", "één van de twintig": a ratio
    "ratios": ("op de", "van de", "uit de", "uit"),
    "ands": ("en",),
    "articles": ("een",),
    "counts": {"geen": 0.0, "niks": 0.0, "dozijn": 12.0, "een dozijn": 12.0, "gros": 144.0, "anderhalf": 1.5,
               "een halve": 0.5, "een half": 0.5, "driekwart": 0.75},
    "dozens": ("dozijn", "dozijnen"),
    "scales": {"honderd": 100.0, "duizend": 1e3, "miljoen": 1e6, "miljard": 1e9, "biljoen": 1e12},
    "ordinal_words": {"half": 2.0, "halve": 2.0, "helft": 2.0, "kwart": 4.0, "derde": 3.0,
                      "derden": 3.0, "eerste": 1.0, "achtste": 8.0, "achtsten": 8.0},
    "ordinal_endings": (("sten", ""), ("ste", ""), ("den", ""), ("de", "")),
    "halves": ("half", "halve"),
    "not_shares_after": (r"van\s+de\s+(?:raad\s+van\s+(?:bestuur|commissarissen)|directie|bestuurders)",),
    "percent_before": ("percentage van",),
}
