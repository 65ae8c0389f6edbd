"""`LanguageData`: everything the pipeline knows about one language, in one frozen bundle.

Each `lang/<code>/` folder exports the same names (numbers.py: `DECIMAL_SEP`,
`GROUP_SEP`, `MULTIPLIERS`, `NUMBER_WORDS`, `FRACTIONS`, `UNIT_WORDS`,
`QUALIFIERS`; dates.py: `MONTHS`, `ERA_OFFSET`, ...; patterns.py: `PATTERNS`)
and its `__init__.py` calls `build()` below, the way spaCy's `Language.Defaults`
bundle a language. Tables shared by every language (units written the same
way everywhere, currency signs, award issuers) live here.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import regex

from extractor.speed.scan import matches_at

#: Units written alike in every language: surface -> (canonical unit, factor).
#: Energy is normalised to kWh, mass to tonnes, power to kW, volume to cubic metres (m3).
SHARED_UNITS: Mapping[str, tuple[str, float]] = MappingProxyType({
    "%": ("%", 1.0),
    "pp": ("pp", 1.0),
    "p.p.": ("pp", 1.0),
    "Wh": ("kWh", 1e-3),
    "kWh": ("kWh", 1.0),
    "MWh": ("kWh", 1e3),
    "GWh": ("kWh", 1e6),
    "TWh": ("kWh", 1e9),
    "kW": ("kW", 1.0),
    "kWp": ("kW", 1.0),
    "MW": ("kW", 1e3),
    "MWp": ("kW", 1e3),
    "GW": ("kW", 1e6),
    # energy written as power per hour ("12,500 MW/h per year"): in releases it always means the hours' energy
    "kW/h": ("kWh", 1.0),
    "MW/h": ("kWh", 1e3),
    "GW/h": ("kWh", 1e6),
    "tCO2e": ("t", 1.0),
    "tCO2eq": ("t", 1.0),
    "tCO₂e": ("t", 1.0),
    "tCO2": ("t", 1.0),
    "ktCO2e": ("t", 1e3),
    "MtCO2e": ("t", 1e6),
    # the tonne written out and glued to the gas: "5,800 tonCO2e"
    **{f"{tonne}{gas}": ("t", 1.0) for tonne in ("ton", "tons", "tonne", "tonnes")
       for gas in ("CO2e", "CO2eq", "CO2", "CO₂e", "CO₂")},
    # intensities in kilograms or grams of the gas ("0.45 kgCO2e per kWh", "96 g CO2/km"); mass is always
    # tonnes. Without the gas written, kilograms and grams are no unit (bags of rice, parcels)
    **{f"{mass}{space}{gas}": ("t", factor) for mass, factor in (("kg", 1e-3), ("g", 1e-6))
       for space in ("", " ") for gas in ("CO2e", "CO2eq", "CO2-eq", "CO2", "CO₂e", "CO₂")},
    "kt": ("t", 1e3),
    "Mt": ("t", 1e6),
    "Gt": ("t", 1e9),
    # water and other volumes: cubic metres
    "m3": ("m3", 1.0),
    "m³": ("m3", 1.0),
    "°C": ("°C", 1.0),
    "ºC": ("°C", 1.0),
    "° C": ("°C", 1.0),
    "℃": ("°C", 1.0),
    "EUR": ("EUR", 1.0),
    "USD": ("USD", 1.0),
    "US$": ("USD", 1.0),
    "CNY": ("CNY", 1.0),
    "RMB": ("CNY", 1.0),
    "THB": ("THB", 1.0),
    "GBP": ("GBP", 1.0),
    "JPY": ("JPY", 1.0),
    **{code: (code, 1.0) for code in ("NOK", "SEK", "DKK", "CHF", "AUD", "CAD", "SGD", "HKD", "INR", "KRW", "IDR",
                                       "MYR", "VND", "NZD", "ZAR", "BRL", "MXN", "TWD", "PLN")},
})

#: Currency written before the amount: sign or code -> ISO 4217.
CURRENCY_PREFIX: Mapping[str, str] = MappingProxyType({
    "€": "EUR",
    "EUR": "EUR",
    "US$": "USD",
    "USD": "USD",
    "$": "USD",
    # dollars of other countries, written with their letters before the sign ("S$4.15", "HK$2 billion")
    "S$": "SGD", "HK$": "HKD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "NT$": "TWD",
    "R$": "BRL", "MX$": "MXN",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "CNY",
    "RMB": "CNY",
    "CNY": "CNY",
    "THB": "THB",
    "฿": "THB",
    **{code: code for code in ("NOK", "SEK", "DKK", "CHF", "AUD", "CAD", "SGD", "HKD", "INR", "KRW", "IDR", "MYR",
                               "VND", "NZD", "ZAR", "BRL", "MXN", "TWD", "PLN", "JPY")},
})

#: Award issuers: how they are written -> canonical name (the `issuer` column).
ISSUERS: Mapping[str, str] = MappingProxyType({
    "CDP": "CDP",
    "Carbon Disclosure Project": "CDP",
    "EcoVadis": "EcoVadis",
    "SBTi": "SBTi",
    "Science Based Targets initiative": "SBTi",
    "Science-Based Targets initiative": "SBTi",
    "Science Based Targets initiatief": "SBTi",
    "Science-Based Targets initiatief": "SBTi",
    "MSCI": "MSCI",
    "Sustainalytics": "Sustainalytics",
    "DJSI": "DJSI",
    "Dow Jones Sustainability Index": "DJSI",
    "Dow Jones Sustainability Indices": "DJSI",
    # the regional indices by their names (the longest name written wins), and the series' name since 2024
    **{f"{series} {region} Index": "DJSI"
       for series in ("Dow Jones Sustainability", "Dow Jones Best-in-Class")
       for region in ("World", "Emerging Markets", "Asia Pacific", "Asia/Pacific", "North America", "Europe",
                      "Korea", "Australia", "Chile", "MILA Pacific Alliance")},
    **{f"DJSI {region}": "DJSI" for region in ("World", "Emerging Markets", "Asia Pacific", "North America",
                                                "Europe", "Korea", "Australia")},
    "Dow Jones Best-in-Class Indices": "DJSI",
    "S&P Global": "S&P Global",
    "FTSE4Good": "FTSE Russell",
    "ISS ESG": "ISS ESG",
    "GRESB": "GRESB",
    "SET": "SET",
    "THSI": "THSI",
    "Hang Seng Corporate Sustainability Index": "Hang Seng Indexes",
    "Thailand Sustainability Investment": "THSI",
    "Corporate Knights Global 100": "Corporate Knights",
    "Corporate Knights": "Corporate Knights",
    # the Dutch CO2 Performance Ladder, a certificate by level (1-5), run by SKAO
    **{f"{co2}{sep}{ladder}": "SKAO" for co2 in ("CO2", "CO₂") for sep in ("-", " ")
       for ladder in ("Prestatieladder", "prestatieladder", "Performance Ladder")},
    "SKAO": "SKAO",
    # the Dutch Lean & Green programme for logistics (its Award and its Stars)
    "Lean & Green": "Lean & Green",
    # Thailand's greenhouse-gas agency and its programmes (the low-carbon business index, its leading
    # organisations), read by level (names in other scripts: `ISSUER_NAMES` of lang/<code>/patterns.py)
    "TGO": "TGO",
    "Thailand Greenhouse Gas Management Organization": "TGO",
    "Thailand Greenhouse Gas Management Organisation": "TGO",
    "LCSi": "TGO",
    "LCSB": "TGO",
    "CALO": "TGO",
    "Low Carbon and Sustainable Business Index": "TGO",
    "Low Carbon and Sustainable Business": "TGO",
    "Climate Action Leading Organization": "TGO",
    "Climate Action Leading Organisation": "TGO",
})

#: The `issuer` column of a programme the project reads as an issuer of its own (`ISSUERS`): the Dow Jones
#: Sustainability Indices are S&P Global's, as its Sustainability Yearbook is.
ISSUER_OF: Mapping[str, str] = MappingProxyType({"DJSI": "S&P Global"})

#: Programmes written by a short or Latin name -> their name in the `award` column (names in other scripts:
#: `PROGRAMME_NAMES` of lang/<code>/patterns.py). A programme written this way is named so whatever the
#: release's language.
PROGRAMMES: Mapping[str, str] = MappingProxyType({
    "DJSI": "Dow Jones Sustainability Indices",
    **{name: "Low Carbon and Sustainable Business Index (LCSi)"
       for name in ("LCSi", "Low Carbon and Sustainable Business Index")},
    **{name: "Low Carbon and Sustainable Business (LCSB)" for name in ("LCSB", "Low Carbon and Sustainable Business")},
    **{name: "Climate Action Leading Organization (CALO)"
       for name in ("CALO", "Climate Action Leading Organization", "Climate Action Leading Organisation")},
})

#: Words that look like organisation names but are not the subject of a release.
NOT_SUBJECTS: frozenset[str] = frozenset({
    "CDP", "SBTi", "SBTI", "STBi", "EcoVadis", "MSCI", "DJSI", "THSI", "SET", "GHG", "CO2", "ESG", "ICT", "AI", "IT", "UN",
    "WWF", "WRI", "UNGC", "CSR", "ISO", "IoT", "R&D", "COP", "EU", "USA", "US", "UK", "CEO", "COO", "CFO",
    "PRNewswire", "Newswire", "Business", "Wire", "Read", "More", "View", "Net", "Zero", "Scope", "The",
    "Green", "Global", "China", "Chinese", "Continental", "Climate", "Science", "Based", "Targets", "List", "Lijst",
    "Carbon", "Disclosure", "Project", "Paris", "Agreement", "Nature", "World", "Fund", "Resources",
    "Institute", "United", "Nations", "Compact", "Group", "Corporation", "Company", "Digital", "Driver",
    "Economy", "Partner", "Report", "Sustainability", "Award", "Awards", "SHENZHEN", "BANGKOK",
    "AMSTERDAM", "Thailand", "Netherlands", "Nederland", "Europe", "Asia", "CCUS", "FTI", "BSI", "NESAS",
    "TL", "QC", "ESD", "CSRD", "SDG", "SDGs", "LinkedIn", "Twitter", "Facebook", "Email", "E-mail", "Tel",
})

@dataclass(frozen=True)
class Cue:
    """A cue list every language may define under the same name: what it means and whether every
    language must have it (a language without an optional cue simply never matches it).

    A cue list is made of phrases ("reduced", "compared with", `Phrase("up", not_before=("to",))`),
    matched on the release's words (`extract.cues`), and, for what a phrase cannot say, patterns: an
    entry written with regex syntax ("commit\\w*"). `phrases=False`: the list is read only as patterns,
    by the readers that build it into a larger regex (numbers, award names, streaks)."""

    meaning: str
    required: bool = False
    phrases: bool = True


#: Characters that make a cue entry a pattern (regex syntax) rather than a phrase; so does "(?" (a group).
#: Brackets alone do not: "(Scope 1)" is a phrase.
PATTERN_SYNTAX = frozenset("\\[]{}?*+|^$")


@dataclass(frozen=True)
class Phrase:
    """A phrase of a cue list with conditions on its neighbours, for what a plain phrase cannot say:
    English "up" is no rise after "made" ("made up 1.9% of the fuel") nor before "to" ("up to 30%"):
    `Phrase("up", not_after=("made", "makes", "making"), not_before=("to",))`; "less" is a fall only
    right after a figure's percent: `Phrase("less", after=("%", "percent"))`.

    `after`: one of these must stand right before it; `not_after`, `not_before`: none of these may stand
    right before, or right after it. Each is a phrase itself (words, matched ignoring case)."""

    text: str
    after: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()

    def pattern(self) -> str:
        """The phrase as a regex with its conditions as look-arounds (for the readers that search with
        regexes: the scans of a whole release)."""
        body = phrase_pattern(self.text)
        if self.after:
            body = rf"(?<=(?:{_phrases(self.after)})\s+){body}"
        if self.not_after:
            body = rf"(?<!(?<![\p{{L}}\p{{N}}])(?:{_phrases(self.not_after)})\s+){body}"
        if self.not_before:
            body = rf"{body}(?!\s+(?:{_phrases(self.not_before)})(?![\p{{L}}\p{{N}}]))"
        return body


def is_phrase(entry: str | Phrase) -> bool:
    """Whether a cue entry is a phrase (a `Phrase`, or words without regex syntax) rather than a pattern."""
    return isinstance(entry, Phrase) or not (PATTERN_SYNTAX.intersection(entry) or "(?" in entry)


def phrase_pattern(text: str) -> str:
    """A phrase as a regex: its words as written, any run of spaces between them.

    >>> print(phrase_pattern("t.o.v.  het"))
    t\\.o\\.v\\.\\s+het
    """
    return r"\s+".join(regex.escape(word) for word in text.split())


def _phrases(texts: tuple[str, ...]) -> str:
    return "|".join(phrase_pattern(t) for t in sorted(texts, key=len, reverse=True))


def entry_pattern(entry: str | Phrase) -> str:
    """A cue entry as a regex: a pattern as written, a phrase escaped (`phrase_pattern`, `Phrase.pattern`)."""
    if isinstance(entry, Phrase):
        return entry.pattern()
    return phrase_pattern(entry) if is_phrase(entry) else entry


#: Every cue name a language's `PATTERNS` may define, once, with its meaning. Asking a language for a name
#: not declared here raises `UndeclaredCue` (a typo must not silently disable a cue), and so does a
#: language defining one. Examples are the English words.
CUES: Mapping[str, Cue] = MappingProxyType({
    # changes and their direction
    "decrease": Cue("a verb or noun of a reported fall: 'fell', 'a reduction of'", required=True),
    "increase": Cue("a verb or noun of a reported rise: 'rose', 'grew by'", required=True),
    "reduce": Cue("a verb of cutting in a pledge: 'cut emissions 52% by 2030'", required=True),
    "change_by": Cue("the word before a figure that shares the verb before it: 'and air freight by 61%'"),
    "change_from": Cue("the start of a change written with the unit once: 'rose from 35 to 61 percent'", phrases=False),
    "change_to": Cue("the end of such a change: 'to'", phrases=False),
    "level_to": Cue("the level a change came to: 'fell 11.2% to 142 kWh'"),
    "earlier_value": Cue("what introduces an earlier level of the same measure: 'up from'"),
    "reported": Cue("a verb of reporting after a commitment: the figure after it is reached, not pledged"),
    # targets and pledges
    "commit": Cue("a verb or noun of commitment: 'aims to', 'will', 'target'", required=True),
    "target_year": Cue("what comes before a target's year: 'by 2030', 'no later than'", required=True),
    "target_noun": Cue("a noun naming a goal: 'target', 'goal', 'ambition'"),
    "list_targets": Cue("a line after a list of goals that names them, with their year: 'All targets are for 2030', "
                        "'Alle doelen gelden voor 2030'"),
    "others_wish": Cue("another party wanting something of others, whose figure is then no target of the company: "
                       "'wants airlines to', 'expects water companies to', 'wil dat bouwbedrijven', 'เรียกร้องให้'"),
    "reach_verb": Cue("a verb of reaching that closes a share to reach after a commitment: 'wil ... 70 procent ... "
                      "halen', 'achieve', 'ให้ได้'"),
    "same_period": Cue("a target given the years of the one before it: 'over the same timeframe'"),
    "raise_to": Cue("a target that raises the share before it: 'raise this to 50%'"),
    "refer_back": Cue("a figure that restates the target before it: 'this should reach 30%'"),
    "net_zero": Cue("net-zero pledges: 'net zero', 'zero emissions'"),
    "carbon_neutral": Cue("carbon-neutral pledges: 'carbon neutral', 'climate neutral'"),
    "approval": Cue("an approval of a target: 'approved', 'validated'"),
    # years and periods
    "period": Cue("what comes before a figure's own year: 'in 2024', 'during'", required=True),
    "baseline": Cue("what comes before a base year: 'compared with 2019', 'from a'", required=True),
    "baseline_after": Cue("words right after a base year: 'a 2019 base year', 'levels'"),
    "report_year": Cue("the report a release is about, with its year as group 'year': 'the 2022 Sustainability Report'", phrases=False),
    "comparative_year": Cue("the word for the year of a comparative figure in brackets: '(FY2023: 54%)'", phrases=False),
    "horizon": Cue("a span still to come: 'over the next decade'"),
    "period_reset": Cue("words after which the paragraph's year no longer holds: 'since', 'today'"),
    "time_suffixes": Cue("what makes digits a time of day: '10.30 uur', 'pm'", phrases=False),
    # what a figure measures
    "unit_of": Cue("what an amount in tonnes is of: '1.42 million tonnes of jet fuel'"),
    "company_fact": Cue("a fact about the company, before an amount that is then no claim: 'net sales of', 'total "
                        "assets', 'registered capital', 'dividend', 'shares closed'"),
    "share_of": Cue("what a share is of, right after it: '92% of its quarries'"),
    "scope_words": Cue("words before scope numbers: 'scope 1 and 2'", phrases=False),
    "scope_alone": Cue("the label of scope 1 or scope 2 alone right before a figure: '(Scope 1)', 'Scope 2:'"),
    "list_joiners": Cue("words joining scope numbers: 'and'", phrases=False),
    # clauses and lists
    "new_clause": Cue("words opening a clause with a subject of its own: 'while', 'despite'"),
    "clause_break": Cue("words that end a clause: a figure's right window stops there", phrases=False),
    "list_break": Cue("where a sentence listing several awards is cut into clauses: ';', 'and'", phrases=False),
    "sentence_start": Cue("words that open a sentence in a script without full stops (Thai)", phrases=False),
    # look-alikes: digits and words that are no figure
    "phone_labels": Cue("labels before telephone numbers: 'tel'", phrases=False),
    "number_labels": Cue("labels before digits that name rather than count: 'Article', 'Phase'", phrases=False),
    "range_joiners": Cue("words joining a range: '30 to 40%'", phrases=False),
    "range_and": Cue("'and' of a range after range_start: 'between 30 and 40'"),
    "range_start": Cue("the word opening a range: 'between'"),
    "fraction_lookalikes": Cue("fraction words that are no share: 'first half', 'half-year'", phrases=False),
    "qualifier_lookalikes": Cue("words that look like a qualifier before a number but are none", phrases=False),
    # awards and ratings
    "award_verb": Cue("verbs of receiving an award or being listed: 'received', 'named', 'member of'"),
    "award_noun": Cue("nouns of an award: 'award', 'prize', 'medal'"),
    "award_lead": Cue("nouns that lead a list of awards: 'awards', 'recognitions'"),
    "award_compound": Cue("an award noun at the end of a compound word: 'Duurzaamheidsprijs'", phrases=False),
    "award_among": Cue("a list something was named among: 'named one of'", phrases=False),
    "award_list_intro": Cue("what introduces a list of awards: 'including'", phrases=False),
    "award_by": Cue("words before an award's giver: 'by', 'from'", phrases=False),
    "award_name_end": Cue("where an award name in a bullet ends: 'for', 'by'", phrases=False),
    "award_in": Cue("'in the' before an index scored in: 'a perfect score in the ... Index'", phrases=False),
    "award_class": Cue("the level or category after an award's name, group 'g': 'in the Climate Action category'", phrases=False),
    "award_event": Cue("where an award was given, not the award: 'at the SET Awards 2024'", phrases=False),
    "article": Cue("articles dropped before an award name: 'a', 'the'", phrases=False),
    "grade_verb": Cue("a verb right before a letter grade: 'scored A-'", phrases=False),
    "grade_to": Cue("the grade a rating was changed to: 'upgraded from BBB to A'"),
    "grade_words": Cue("grades written as words: 'perfect score', 'full marks'", phrases=False),
    "streak": Cue("a streak, with its count as group 'n': 'third consecutive year'", phrases=False),
    "esg_risk": Cue("an ESG risk rating, its level as group 'g': 'rated Low Risk'", phrases=False),
    "ladder_level": Cue("the level of the CO2 Performance Ladder: 'level 5'", phrases=False),
    "ranker_adverbs": Cue("words between a list's giver and its verb: 'also', 'again'", phrases=False),
    "star_rating": Cue("a rating in stars, its count as group 'n': 'five-star'", phrases=False),
    "award_level": Cue("the word a programme's level is written with, before or after it: 'level', 'ระดับ', 'niveau'", phrases=False),
    "award_not_held": Cue("words saying an award a sentence names is not (yet) the company's: 'submitted ... for "
                          "validation', 'is not a member of', 'ยังไม่ได้รับการรับรอง', 'of the companies it invests in'"),
    "rating_verb": Cue("a verb of rating: a letter near an issuer that rates on the AAA..CCC scale is its grade "
                       "('MSCI rates the company A', 'beoordeelt het bedrijf met A')"),
    "distinction": Cue("a distinction in an index or yearbook, as group 'g': 'Top 5%', 'Industry Mover'", phrases=False),
    "list_place": Cue("a place in a list, ranking or benchmark right before its name, the place as group 'n' (a "
                      "word or digits; none for the top): 'ranked fourth on the', 'in de top drie van de', "
                      "'bovenaan de', 'อันดับที่ 4 ของ'", phrases=False),
    "ranking": Cue("words of rank: 'top', 'best'"),
    "ranking_after": Cue("words of rank written after the list (Thai)"),
    # names and languages
    "function_words": Cue("frequent words no other supported Latin-script language uses (language of a sentence)", phrases=False),
    "org_suffix": Cue("legal forms after a company name: 'Ltd', 'N.V.', 'จำกัด (มหาชน)'", phrases=False),
})


class UndeclaredCue(LookupError):
    """A cue name not declared in `CUES`."""


def _declared(name: str) -> None:
    if name not in CUES:
        raise UndeclaredCue(f"cue {name!r} is not declared in extractor.lang.base.CUES")


class Cues(Mapping):
    """A language's cue lists by name (read-only), checked against `CUES`: every name it defines must be
    declared, every required one present; asking for an undeclared name raises `UndeclaredCue`."""

    def __init__(self, code: str, items: Mapping[str, tuple[str | Phrase, ...]]) -> None:
        for name in items:
            if name not in CUES:
                raise UndeclaredCue(f"language {code!r} defines cue {name!r}, which extractor.lang.base.CUES "
                                    "does not declare (a typo, or declare it there with its meaning)")
        missing = [name for name, cue in CUES.items() if cue.required and not items.get(name)]
        if missing:
            raise UndeclaredCue(f"language {code!r} lacks the required cues {', '.join(missing)}")
        conditioned = [name for name, words in items.items() if not CUES[name].phrases
                       and any(isinstance(w, Phrase) for w in words)]
        if conditioned:
            raise UndeclaredCue(f"language {code!r}: the cues {', '.join(conditioned)} are read as patterns only "
                                "and take no Phrase with conditions")
        self._items = MappingProxyType({name: tuple(words) for name, words in items.items()})

    def __getitem__(self, name: str) -> tuple[str | Phrase, ...]:
        _declared(name)
        return self._items[name]

    def get(self, name: str, default: Any = None) -> Any:
        _declared(name)
        return self._items.get(name, default)

    def __contains__(self, name: object) -> bool:
        _declared(str(name))
        return name in self._items

    def __iter__(self) -> Any:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __reduce__(self) -> tuple:
        return Cues, ("", dict(self._items))


#: Word tables each language may give (`patterns.py`), which are read joined across languages
#: (`lang.joined`): an award's name or a medal may be written in any language's text.
JOINED_WORDS = ("NAME_JOINERS", "LIST_NAME_JOINERS", "AWARD_NAME_NOUNS", "AWARD_PHRASES", "MEDALS", "WIRE_MARKS",
                "ISSUER_NAMES", "PROGRAMME_NAMES", "LEVELS", "LIST_NOUNS")

SentenceSplitter = Callable[[str], list[tuple[int, int]]]


@dataclass(frozen=True)
class Reach:
    """How far from a figure (or a cue) something may stand and still belong to it, declared once: what it
    is, and its default in words. A language written with spaces counts words (what stands between spaces:
    a Dutch compound is one word, however long); one written without them (Thai) gives every reach in
    characters in its folder (`REACHES` in its patterns.py)."""

    meaning: str
    words: int


#: Every reach the extractors use (`extract.reach`), with its default in words. A language may set its own
#: value in its `patterns.py` (`REACHES`); setting an undeclared one fails when the language is built.
REACHES: Mapping[str, Reach] = MappingProxyType({
    "target_year": Reach("right of a target's figure, where its due year may stand: '52% by 2030'", 14),
    "baseline_past_due": Reach("right of where a target's due year may stand, where its base year may still stand: "
                               "'cut 42% by 2030 compared with 2020'", 10),
    "next_word": Reach("right after a figure, the word saying what it is of: '92% of', 'tonnes of'", 1),
    "word_before": Reach("right before a figure, the word that joins it to a verb or a change: 'by 1.2 million "
                         "tonnes', 'to 142 kWh'", 1),
    "earlier_value": Reach("left of a figure, where the words setting it against an earlier one may stand: "
                           "'up from 35%', 'compared with 18%'", 3),
    "level_gap": Reach("between a change and the level it came to: 'fell 11.2% to 142 kWh'", 4),
    "range_start": Reach("left of a year, where the word opening a range of years may stand: 'between 2019'", 2),
    "fact_after": Reach("between a sum and a fact about the company after it: 'manages $212 billion in assets'", 1),
    "metric_right": Reach("right of a figure, where its metric keyword may stand: '13,4% in Scope 1&2 emissies'", 8),
    "metric_left": Reach("left of a figure, where its metric keyword may stand", 26),
    "clause_right": Reach("right of a figure, the longest clause read when no break ends it", 15),
    "clause_right_far": Reach("right of a figure, the clause read for a base year or a verb of reaching "
                              "further on: '... 70% of its fuel from biofuels against 2019'", 20),
    "direction_left": Reach("left of a percentage, where its direction cue may stand: 'gedaald met 9,7%'", 18),
    "direction_right": Reach("right of a percentage, across commas, where its direction cue may stand: "
                             "'42% of its power, up from 35%'", 8),
    "amount_direction_by": Reach("left of an amount of change written after 'by', where its verb may stand: "
                                 "'verminderde de uitstoot van broeikasgassen met 1,2 miljoen ton'", 10),
    "amount_direction": Reach("left of any other amount, where its verb may stand", 6),
    "inherit": Reach("between a figure and the one before it, for it to be about the same thing: "
                     "'fell to 0.39 t per MWh, a decrease of 6%'", 6),
    "far_share": Reach("right of a share, the clause that may name what it is a share of", 23),
    "company_fact": Reach("around an amount, where a fact about the company may stand: 'net sales of'", 13),
    "award_year": Reach("left of an award, where the year it was given may stand", 13),
    "award_earlier": Reach("right of a grade, where an earlier grade may stand: 'up from a B a year earlier'", 16),
    "award_context": Reach("before an award's sentence, the text read for its issuer", 40),
    "award_event": Reach("left of an award name, where the event it was given at may stand", 3),
    "award_clause": Reach("right of an award, the clause read for what it is for", 10),
})


@dataclass(frozen=True)
class Case:
    """One example of a language's corpus: a text and what must come out of it.

    For numbers `expect` is a tuple of `(value, unit)` or `(value, unit, qualifier)`;
    for dates a tuple of ISO values; for claims a tuple of dicts of the fields that must match.
    """

    text: str
    expect: tuple
    note: str = ""
    #: the release's publication date (ISO), for claims read against it ("by 2030" is a target, an award is
    #: for no year after it)
    published: str | None = None


@dataclass(frozen=True)
class LanguageData:
    """What the pipeline knows about one language (frozen; tables are read-only)."""

    code: str
    name: str
    #: True where words are separated by spaces, so patterns get word boundaries.
    spaced: bool
    decimal_sep: str
    group_sep: str
    multipliers: Mapping[str, float]
    number_words: Callable[[str], float | None]
    number_word_re: str
    fractions: Mapping[str, float]
    unit_words: Mapping[str, tuple[str, float]]
    currency_prefix: Mapping[str, str]
    qualifiers: Mapping[str, str]
    months: Mapping[str, int]
    months_case_sensitive: bool
    era_offset: int
    era_min_year: int
    era_markers: Mapping[str, str]
    era_markers_after: Mapping[str, str]
    date_order: str
    relative_years: Mapping[str, int]
    patterns: Cues
    split_sentences: SentenceSplitter
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    #: The Unicode script (a `\\p{...}` name) that only this language among those supported is written in:
    #: a text mostly in it is of this language, whatever its words (Thai: "Thai"). None for a language
    #: written in a script it shares (Latin), told by its function words.
    script: str | None = None

    def reach(self, name: str) -> int:
        """The reach `name` (declared in `REACHES`) in this language: words where words are spaced, else
        characters (`Reach`)."""
        if name not in REACHES:
            raise UndeclaredCue(f"reach {name!r} is not declared in extractor.lang.base.REACHES")
        own = self.extra.get("reaches", {})
        return own[name] if name in own else REACHES[name].words

    def units(self) -> Mapping[str, tuple[str, float]]:
        """Every unit surface form of this language, shared ones included."""
        return {**SHARED_UNITS, **self.unit_words}

    def word(self, alternation: str) -> str:
        """Wrap a regex alternation in word boundaries where the script has them."""
        if self.spaced:
            return rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}])"
        return rf"(?:{alternation})"

    def pattern(self, name: str, extra: tuple = ()) -> str:
        """One named cue list (with `extra` entries) as a single regex alternation (longest first); one that
        matches nothing for a declared cue this language lacks. An undeclared name raises `UndeclaredCue`."""
        items = [entry_pattern(e) for e in (*self.patterns.get(name, ()), *extra)]
        if not items:
            return NOTHING
        return self.word("|".join(sorted(items, key=len, reverse=True)))


#: A pattern that matches nothing: the alternation of no words (an empty alternation would match everywhere).
NOTHING = r"(?!x)x"


def alternation(words: Any) -> str:
    """Regex alternation of literal words, longest first so that 'miljoen' beats 'mil'; `NOTHING` for none.

    >>> alternation(["mil", "miljoen"]), alternation([])
    ('miljoen|mil', '(?!x)x')
    """
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or NOTHING


_RE_SENTENCE_END = regex.compile(
    r"""(?<=[.!?])["'”’)]*\s+(?=["'“‘(]*[\p{Lu}\p{N}])   # end mark, space, capital or digit
      | \n\s*\n                                      # blank line
      | \n(?=\s*[•\-*–·▪]\s)                          # a bullet starts
      | (?<=\S)\s*\n(?=\s*\S)                         # a line break
    """,
    regex.X,
)
#: Abbreviations every Latin-script language shares: company forms and initials ("J. Smith").
SHARED_ABBREVIATIONS: tuple[str, ...] = ("Corp", "Inc", "Ltd", "Co", "Dr", "Prof", "St", "No", "vs")


def latin_splitter(abbreviations: tuple[str, ...]) -> SentenceSplitter:
    """A sentence splitter for Latin-script text that does not end a sentence after `abbreviations`."""
    words = "|".join(regex.escape(a) for a in (*SHARED_ABBREVIATIONS, *abbreviations))
    after_abbreviation = regex.compile(rf"(?:\b(?:{words})|\b\p{{Lu}})\.$")

    def split(text: str) -> list[tuple[int, int]]:
        return _split_latin(text, after_abbreviation)

    return split


_RE_END_CHARS = regex.compile(r"[.!?\n]")


def _end_candidates(text: str) -> list[int]:
    """Every position where a match of `_RE_SENTENCE_END` can start: right after an end mark, and at
    a line break or any of the spaces right before it."""
    found: set[int] = set()
    for m in _RE_END_CHARS.finditer(text):
        i = m.start()
        if text[i] != "\n":
            found.add(i + 1)
            continue
        found.add(i)
        while i > 0 and text[i - 1].isspace():
            i -= 1
            found.add(i)
    return sorted(found)


def _split_latin(text: str, after_abbreviation: regex.Pattern) -> list[tuple[int, int]]:
    """End marks and line breaks end sentences; a full stop after an abbreviation does not."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in matches_at(_RE_SENTENCE_END, text, _end_candidates(text), len(text)):
        if after_abbreviation.search(text[max(start, match.start() - 12):match.start()]):
            continue
        if text[start:match.start()].strip():
            spans.append(_trim(text, start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def build(**kwargs: Any) -> LanguageData:
    """Freeze a language's tables into a `LanguageData` (mappings become read-only)."""
    frozen: dict[str, Any] = {k: MappingProxyType(dict(v)) if isinstance(v, dict) and not isinstance(v, Cues) else v
                              for k, v in kwargs.items()}
    return LanguageData(**frozen)


def _reaches(code: str, spaced: bool, own: Mapping[str, int]) -> Mapping[str, int]:
    """A language's own reaches, checked against `REACHES`: each declared; a language written without spaces
    gives every one (in characters: it has no words to count)."""
    for name in own:
        if name not in REACHES:
            raise UndeclaredCue(f"language {code!r} sets reach {name!r}, which extractor.lang.base.REACHES "
                                "does not declare")
    missing = [] if spaced else [name for name in REACHES if name not in own]
    if missing:
        raise UndeclaredCue(f"language {code!r} is written without spaces and lacks the reaches (in characters) "
                            f"{', '.join(missing)}")
    return MappingProxyType(dict(own))


def from_modules(*, code: str, name: str, numbers: Any, dates: Any, patterns: Any, spaced: bool = True,
                 split_sentences: SentenceSplitter | None = None, script: str | None = None) -> LanguageData:
    """Bundle a language folder's modules, which export the same names in every language."""
    return build(
        code=code,
        name=name,
        spaced=spaced,
        decimal_sep=numbers.DECIMAL_SEP,
        group_sep=numbers.GROUP_SEP,
        multipliers=numbers.MULTIPLIERS,
        number_words=numbers.number_words,
        number_word_re=numbers.NUMBER_WORD_RE,
        fractions=numbers.FRACTIONS,
        unit_words=numbers.UNIT_WORDS,
        currency_prefix={**CURRENCY_PREFIX, **getattr(numbers, "CURRENCY_PREFIX", {})},
        qualifiers=numbers.QUALIFIERS,
        months=dates.MONTHS,
        months_case_sensitive=getattr(dates, "MONTHS_CASE_SENSITIVE", False),
        era_offset=dates.ERA_OFFSET,
        era_min_year=dates.ERA_MIN_YEAR,
        era_markers=dates.ERA_MARKERS,
        era_markers_after=getattr(dates, "ERA_MARKERS_AFTER", {}),
        date_order=dates.DATE_ORDER,
        relative_years=dates.RELATIVE_YEARS,
        patterns=Cues(code, patterns.PATTERNS),
        split_sentences=split_sentences or latin_splitter(tuple(getattr(patterns, "ABBREVIATIONS", ()))),
        script=script,
        extra={"metric_words": MappingProxyType(dict(patterns.METRIC_WORDS)),
               "prefix_units": MappingProxyType(dict(getattr(numbers, "PREFIX_UNITS", {}))),
               "risk_levels": MappingProxyType(dict(getattr(patterns, "RISK_LEVELS", {}))),
               "cdp_topics": MappingProxyType(dict(getattr(patterns, "CDP_TOPICS", {}))),
               "not_names": frozenset(getattr(patterns, "NOT_NAMES", ())),
               "name_particles": tuple(getattr(patterns, "NAME_PARTICLES", ())),
               "company_name": getattr(patterns, "COMPANY_NAME", None),
               "latin_alias": getattr(patterns, "LATIN_ALIAS", None),
               "ordinals": MappingProxyType(dict(patterns.ORDINALS)),
               "year_prefixes": tuple(getattr(dates, "YEAR_PREFIXES", ())),
               **{name.lower(): getattr(patterns, name, ()) for name in JOINED_WORDS},
               # the language's own tables, for the normalisers' optional readings (spoken numbers, periods)
               "reaches": _reaches(code, spaced, getattr(patterns, "REACHES", {})),
               "numbers": numbers, "dates": dates,
               "companies": _module(code, "companies"), "scoring": _module(code, "scoring")},
    )


def _module(code: str, name: str) -> Any:
    """A language folder's module `name` (`lang/<code>/companies.py`: words about companies;
    `scoring.py`: about the scoring year of awards), or None where the language has none."""
    import importlib

    try:
        return importlib.import_module(f"extractor.lang.{code}.{name}")
    except ModuleNotFoundError:
        return None
