"""Awards: ratings, lists, medals, approvals and named prizes.

Three ways in, most specific first:

1. an *issuer* the project knows (`lang.base.ISSUERS`: CDP, EcoVadis, SBTi,
   MSCI...) with what that issuer gives: a CDP grade, an EcoVadis medal, an
   SBTi approval, an MSCI rating, inclusion in an index;
2. a *named award*: a title-case phrase ending in Award/Prize/Medal, a Thai
   "รางวัล..." phrase, or a quoted title, in a sentence that says something was received;
3. a *list item*: each bullet under a lead-in such as "received numerous awards, including:".

Streaks ("third consecutive year", "derde jaar op rij", "เป็นปีที่สามติดต่อกัน")
attach to the award of the same sentence.

Each decision about an award (its issuer, grade, name, streak and scoring year) is a small named
resolver (`award.<attribute>.<name>`, `extract.resolve`): what each known issuer gives is read by its
own resolver (`_READERS`), the giver of a named award by the first of `NEAR_ISSUER` that answers, an
issuer's scoring year by the first of `ISSUER_YEAR` (written after it, written before it, inferred from
the issuer's calendar). The resolver that decided is recorded in the draft's `why`, which becomes the
claim's `resolvers` column; examples of every resolver are in `lang/<code>/examples.py`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from extractor.extract.draft import Draft
from extractor.extract.matching import Sentence, cue_regex, list_break, numeral
from extractor.extract.resolve import RESOLVERS, Resolver, first, resolver
from extractor.extract.rules import rule_id
from extractor import lang as languages
from extractor.lang.base import ISSUERS, alternation
from extractor.normalize.dates import DateMention
from extractor.speed.scan import Scanner

_B = r"(?<![\p{L}\p{N}])"
_E = r"(?![\p{L}\p{N}])"
RE_ISSUER = regex.compile(_B + "(?:" + "|".join(
    regex.escape(k) for k in sorted(ISSUERS, key=len, reverse=True)) + ")" + _E)
ISSUER_SCAN = Scanner(RE_ISSUER)
#: A CDP-style letter grade next to what it grades: "A List", "A-lijst", '"A"-score', "A- rating", "score A".
RE_LETTER_GRADE = regex.compile(
    r"(?<![\p{L}\p{N}])[\"“'‘]?(?P<g>[A-D][-−](?=[\s\"”'’])|[A-D](?=[-\s\"”'’]))[\"”'’]?[\s-]*"
    r"(?i:list|lijst|liste|score|rating|grade|ranking|status|leadership)"
    r"|(?i:score|rating|grade|niveau|ระดับ|อันดับ)\s*(?i:of\s+|van\s+)?[\"“']?(?P<g2>[A-D][-−]?)(?![\p{L}\p{N}])"
)
#: Issuers that rate on the AAA..CCC scale, and the name of their rating.
LETTER_RATED = {"MSCI": "MSCI ESG Rating", "SET": "SET ESG Ratings"}
RE_ESG_GRADE = regex.compile(r"(?<![\p{L}])(?P<g>AAA|AA|A|BBB|BB|B|CCC)(?![\p{L}])")
@lru_cache(maxsize=None)
def _medal_re() -> regex.Pattern:
    """A medal word of any language (`MEDALS` of lang/<code>/patterns.py), not inside a Latin word ("goud" in
    "Weidegoud" is no medal; Thai is written without spaces)."""
    return regex.compile(r"(?<!\p{Latin})(?i:" + alternation(languages.joined("medals")) + ")")


def _name_joiners() -> str:
    """Short words that join the capitalised words of a name in the Latin-script languages ("Top 30
    Enterprises of ...", "Beste Werkgevers van Nederland")."""
    return "(?:" + "|".join(regex.escape(w) for w in languages.joined("name_joiners")) + ")"


@lru_cache(maxsize=None)
def _titled_re() -> regex.Pattern:
    """"Environmental Leadership Award", "Sustainable Development Contribution Award": capitalised words ending
    in an award noun of any language."""
    return regex.compile(rf"(?:[\p{{Lu}}\d][\p{{L}}\d&'’.-]*\s+(?:{_name_joiners()}\s+)*){{1,8}}"
                         rf"(?:{'|'.join(languages.joined('award_name_nouns'))})(?![\p{{L}}])")


@lru_cache(maxsize=None)
def _award_phrases() -> tuple[regex.Pattern, ...]:
    """Award names written as a phrase a word opens ("รางวัล..."), in any language."""
    return tuple(regex.compile(p) for p in languages.joined("award_phrases"))


RE_QUOTED = regex.compile(r"[“\"](?P<q>[^”\"\n]{6,120})[”\"]")
RE_BULLET_LINE = regex.compile(r"^[ \t]*[•\-*▪·–◦●][ \t]+", regex.M)
RE_RATING_WORD = regex.compile(r"(?i:rating|ESG)")
#: A list's name: words in capitals (a possessive, short joining words and numbers among them, a year
#: only right after a word: "Climate Leaders 2025", not "... Solutions in 2022").
_CAP = r"\p{Lu}[\p{L}\d&-]*(?:\.\p{L}+)*(?:['’]s)?(?![\p{L}\d])"
def _list_name() -> str:
    """A list's name: words in capitals joined by short words (`NAME_JOINERS`, `LIST_NAME_JOINERS`)."""
    joiners = "|".join(regex.escape(w) for w in (*languages.joined("name_joiners"),
                                                   *languages.joined("list_name_joiners")))
    return rf"{_CAP}(?:\s+(?:(?:{joiners})\s+)*{_CAP}|\s+\d{{1,4}}(?![\p{{L}}\d])){{1,8}}"
#: The rest of an index's or a list's name after its giver: "S&P Global| Sustainability Yearbook 2025".
RE_NAME_TAIL = regex.compile(r"(?:[ \t]+(?:\p{Lu}[\p{L}\d&-]*|(?:19|20)\d\d)(?!\p{L})){1,5}")


#: When an issuer makes a scoring year's results known: from this month of the year scored (CDP announces
#: its A Lists from November of the year scored to February of the next: a release of January 2025 is
#: about the cycle of 2024). Issuers not listed are taken to announce in the year they score.
ANNOUNCED_FROM = {"CDP": 11}


def scoring_year(issuer: str | None, published: dt.date) -> int:
    """The scoring year an award a release reports without its year is for, from the issuer's calendar
    (`ANNOUNCED_FROM`) and the release's publication date: CDP in January 2025 -> 2024, in December 2024 -> 2024."""
    month = ANNOUNCED_FROM.get(issuer or "")
    if month is None or published.month >= month:
        return published.year
    return published.year - 1


@dataclass(frozen=True)
class _AwardWords:
    topic: regex.Pattern
    lead_end: regex.Pattern
    by: regex.Pattern
    article: regex.Pattern
    name_end: regex.Pattern
    bullet_name: regex.Pattern
    within: regex.Pattern
    grade_words: regex.Pattern
    #: a grade right after a verb of getting one: "scored A- from CDP", "behaalde een A van CDP"
    grade_after_verb: regex.Pattern
    #: the language's function words opening a title-case run, which are no part of the name: "At the SET Awards"
    lead: regex.Pattern
    #: where a giver's name gives way to the rest of the sentence: a clause word before a lower-case word
    #: ("de Transparantiebenchmark en behaalde ..."; not "Ministerie van Economische Zaken en Klimaat")
    who_end: regex.Pattern
    #: a prize named in one compound word after an article, as Dutch writes them: "de Kristalprijs"
    compound: regex.Pattern
    #: a list or ranking something was named among, by its name in capitals: "named one of Asia-Pacific's
    #: Climate Leaders 2025", "uitgeroepen tot een van de Beste Werkgevers"
    among: regex.Pattern
    #: the level or category written right after an award's name, taken as its grade: "SET Awards ระดับ
    #: Rising Star", "... Award in the Climate Action category", "... prijs in de categorie Water"
    level: regex.Pattern
    #: a level of the CO2 Performance Ladder, before or after the ladder's name: "trede 5 op de
    #: CO2-Prestatieladder", "CO2-Prestatieladder niveau 3", "level 5 of the CO2 Performance Ladder"
    ladder: regex.Pattern
    #: who named a company to a list, as the subject of the verb: "Newsweek (also) ranked it among ..."
    ranker: regex.Pattern
    #: Where awards were given, right before a name, past its article: "at the 2025 Airline Awards".
    event: regex.Pattern
    #: a rating in stars, with their number as group `n`: "a five-star GRESB rating"
    stars: regex.Pattern


def _alt(items: tuple[str, ...]) -> str:
    return "|".join(items) or r"(?!x)x"


@lru_cache(maxsize=None)
def _words(code: str) -> _AwardWords:
    """A language's award words (patterns.py), compiled once."""
    from extractor import lang as languages

    ld = languages.get(code)
    p = ld.patterns
    topics = ld.extra["cdp_topics"]
    topic = "|".join(f"(?P<{name}>{_alt(words)})" for name, words in topics.items()) or r"(?!x)x"
    articles = _alt(p.get("article", ()))
    sp = r"\s+" if ld.spaced else r"\s*"
    return _AwardWords(
        topic=regex.compile(topic, regex.I),
        lead_end=regex.compile(rf"(?::|(?i:{_alt(p.get('award_list_intro', ()))}))\s*$"),
        # the giver: a Latin name runs to the next punctuation, a Thai one to the next space
        by=regex.compile(rf"\s?(?i:{_alt(p.get('award_by', ()))}){sp}(?:(?i:{articles})\s+)?"
                         r"(?P<who>\p{Lu}[^,;.()\n]{2,80}|\p{Thai}[^\s,;()]{1,60})"),
        article=regex.compile(rf"^(?i:{articles})\s+"),
        name_end=regex.compile(rf"\s(?i:{_alt(p.get('award_name_end', ()))})\s" if ld.spaced
                               else rf"(?:{_alt(p.get('award_name_end', ()))})"),
        bullet_name=regex.compile(rf"^(?:[•\-*▪·–]\s*)?(?:(?i:{articles})\s+)?"),
        within=regex.compile(rf"\s(?i:{_alt(p.get('award_in', ()))})\s+(?P<who>\p{{Lu}}[^,;.()\n]{{2,80}}?)"
                             rf"(?:\s*\(|\s(?i:{_alt(p.get('award_name_end', ()))})\s|$)"),
        grade_words=regex.compile(rf"(?i:{_alt(p.get('grade_words', ()))})"),
        grade_after_verb=regex.compile(rf"(?i:{_alt(p.get('grade_verb', ()))}){sp}(?:(?i:{articles}){sp})?"
                                       r"[\"“']?(?P<g>[A-D][-−]?)(?![\p{L}\p{N}])"),
        lead=regex.compile(rf"^(?:(?i:{_alt(tuple(regex.escape(w) for w in p.get('function_words', ())))})\s+)+"),
        who_end=regex.compile(rf"(?:{_alt(p.get('clause_break', ()))})(?=\p{{Ll}})"),
        compound=regex.compile(rf"(?<=(?:^|\s)(?i:{articles})\s+)(?:{_alt(p.get('award_compound', ()))})(?![\p{{L}}])"),
        ladder=regex.compile(rf"(?i:{_alt(p.get('ladder_level', ()))})\s*(?P<g>[1-5])(?![\p{{L}}\p{{N}}])"),
        ranker=regex.compile(r"(?<![\p{L}\d])(?P<who>\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+"
                             rf"(?:(?i:{_alt(p.get('ranker_adverbs', ()))})\s+)*$"),
        level=regex.compile(rf"[\s,(]*(?:(?:19|20)\d\d[\s,]*)?(?:{_alt(p.get('award_class', ()))})"),
        among=regex.compile(rf"(?i:{_alt(p.get('award_among', ()))}){sp}(?:(?i:{articles})\s+)?(?P<name>{_list_name()})"),
        event=regex.compile(ld.word(f"(?i:{_alt(p.get('award_event', ()))})") + rf"{sp}(?:(?i:{articles}){sp})?$"),
        stars=regex.compile(ld.word(f"(?i:{_alt(p.get('star_rating', ()))})")),
    )


@lru_cache(maxsize=None)
def _streak_regexes(code: str) -> tuple[Scanner, ...]:
    """'third consecutive year': each tried only in the words before 'consecutive' (see `scan.anchors`)."""
    from extractor import lang as languages

    return tuple(Scanner(regex.compile(p, regex.I)) for p in languages.get(code).patterns.get("streak", ()))


def streak(s: Sentence, lo: int | None = None, hi: int | None = None) -> int | None:
    """'third consecutive year' -> 3, from the sentence (or a part of it; the whole sentence's is memoised)."""
    if lo is None and hi is None:
        if "streak" not in s._cues:
            s._cues["streak"] = streak(s, s.start, s.end)
        return s._cues["streak"]
    lo = s.start if lo is None else lo
    hi = s.end if hi is None else hi
    chunk = s.text[lo - s.start:hi - s.start]
    for rx in _streak_regexes(s.code):
        for m in rx.finditer(chunk):
            value = numeral(m.group("n"), lang_data=s.lang_data)
            if value is not None and 1 < value < 100:
                return value
    return None


@lru_cache(maxsize=None)
def _risk_regexes(code: str) -> tuple[regex.Pattern, ...]:
    from extractor import lang as languages

    return tuple(regex.compile(p, regex.I) for p in languages.get(code).patterns.get("esg_risk", ()))


def _risk(s: Sentence, lo: int, hi: int) -> str | None:
    """The ESG risk level written between `lo` and `hi`, as an English grade ('Low')."""
    levels = s.lang_data.extra["risk_levels"]
    for rx in _risk_regexes(s.code):
        m = rx.search(s.text, lo - s.start, hi - s.start)
        if m:
            return levels.get(m.group("g").lower())
    return None


def _draft(s: Sentence, name: str, start: int, end: int, **fields) -> Draft:
    return Draft(kind="award", rule=rule_id(s.code, name), start=start, end=end, sentence=(s.start, s.end),
                 lang=s.code, **fields)


def _year_in(s: Sentence, lo: int, hi: int) -> int | None:
    """The first year written between `lo` and `hi` that an award can be for: not one after the release's
    publication ("... Earns EcoVadis Platinum and Sets Targets for 2030")."""
    return next((d.year for d in s.dates if lo <= d.start and d.end <= hi and _may_be_for(s, d)), None)


def _own_year(s: Sentence, a: int, b: int) -> int | None:
    """The year in an award's name or right after it ("SET Awards 2024"), before any other year of the
    sentence ("ในปีนี้ ... SET Awards 2024": the awards of 2024)."""
    return next((d.year for d in s.dates if a <= d.start <= b + 1 and _may_be_for(s, d)), None)


def _may_be_for(s: Sentence, d: DateMention) -> bool:
    """Whether an award can be for the year of `d`: not one after the release's publication."""
    return not s.after_release(d)


def _decide(draft: Draft, attribute: str, answer: tuple[Any, str | None]) -> None:
    """Set `attribute` of `draft` to a resolver's answer (`resolve.first`) and record which resolver gave it."""
    value, why = answer
    setattr(draft, attribute, value)
    if why is not None and value is not None and value != "":
        draft.why[attribute] = why
    else:
        draft.why.pop(attribute, None)


@resolver("award.streak.sentence", "a streak written in an award's sentence: 'for the third consecutive year', "
          "'derde jaar op rij', 'เป็นปีที่สามติดต่อกัน'")
def _sentence_streak(s: Sentence) -> int | None:
    return streak(s)


def _set_streak(s: Sentence, draft: Draft) -> None:
    _decide(draft, "streak", first((_sentence_streak,), s))


# --- awards of an issuer the project knows --------------------------------------------------------------------


@dataclass(frozen=True)
class _Anchor:
    """A known issuer named in a sentence, and the words around it where what it gives is read."""

    s: Sentence
    issuer: str
    a: int
    b: int
    #: the part of the sentence searched for issuers, and where it starts
    chunk: str
    lo: int
    win_lo: int
    win_hi: int
    window: str


@resolver("award.issuer.known", "an issuer the project knows, by one of its names (`lang.base.ISSUERS`): 'CDP', "
          "'EcoVadis', 'Science Based Targets initiative'")
def _known_issuer(name: str) -> str | None:
    return ISSUERS.get(name)


def _anchor(s: Sentence, m: regex.Match, lo: int, hi: int, chunk: str) -> _Anchor:
    a, b = m.start() + lo, m.end() + lo
    win_lo, win_hi = max(lo, a - 80), min(hi, b + 80)
    return _Anchor(s, ISSUERS[m.group()], a, b, chunk, lo, win_lo, win_hi, s.text[win_lo - s.start:win_hi - s.start])


def _letter(grade: regex.Match) -> str:
    return (grade.group("g") or grade.group("g2")).replace("−", "-")


@resolver("award.grade.cdp_letter", "CDP's letter grade next to what it grades, or after a verb of getting one: "
          "'on the CDP Climate A List', 'scored A- from CDP'")
def _cdp_grade(x: _Anchor) -> Draft | None:
    # (a grade after a verb is tried only when none stands next to what it grades: a second pattern over
    # every window would cost more)
    words = _words(x.s.code)
    grade = RE_LETTER_GRADE.search(x.window) or words.grade_after_verb.search(x.window)
    if not grade:
        return None
    letter = _letter(grade)
    topic = words.topic.search(x.window)
    topic_name = "" if topic is None else f" {topic.lastgroup}"
    # CDP's A List is the set of companies scored A, so an A score and the A List are one award.
    name = f"CDP{topic_name} A List" if letter == "A" else f"CDP{topic_name.lower()} rating"
    got = "g" if grade.re is words.grade_after_verb else 0  # after a verb, the grade alone
    g_start = x.win_lo + grade.start(got)
    return _draft(x.s, "award.cdp_grade", min(x.a, g_start), max(x.b, x.win_lo + grade.end(got)),
                  award=name, issuer="CDP", grade=letter)


@resolver("award.award.sbti_approval", "the SBTi named near a word of approving targets: 'targets validated by "
          "the SBTi'")
def _sbti_approval(x: _Anchor) -> Draft | None:
    if not x.s.has("approval", x.win_lo, x.win_hi):
        return None
    return _draft(x.s, "award.sbti_approval", x.a, x.b, award="SBTi target approval", issuer="SBTi")


@resolver("award.grade.medal", "a medal word near EcoVadis, as its grade: 'a Gold medal from EcoVadis', "
          "'EcoVadis Platinum'")
def _medal(x: _Anchor) -> Draft | None:
    medal = _medal_re().search(x.window)
    if not medal:
        return None
    grade = languages.joined("medals")[medal.group().lower()]
    return _draft(x.s, "award.medal", min(x.a, x.win_lo + medal.start()), max(x.b, x.win_lo + medal.end()),
                  award=f"EcoVadis {grade} Medal", issuer="EcoVadis", grade=grade)


def _esg_grade(x: _Anchor, grades: list[regex.Match]) -> regex.Match:
    """Of the AAA..CCC grades near an issuer, the one nearest it; of a change ("verhoogd van BBB naar A"),
    the grade it was changed to."""
    s = x.s
    changed_to = [g for g in grades if s.has("grade_to", s.start + g.start() - 8, s.start + g.start())]
    return min(changed_to if len(grades) > 1 and changed_to else grades, key=lambda g: abs(s.start + g.start() - x.a))


@resolver("award.grade.esg_letter", "a grade on the AAA..CCC scale near MSCI or the SET, in a sentence about a "
          "rating: 'MSCI ESG rating was upgraded to AA'")
def _esg_letter(x: _Anchor) -> Draft | None:
    s = x.s
    # Grades read in the whole sentence, kept if inside the window: the window's edge must not cut "AAA" to "AA".
    grades = [g for g in RE_ESG_GRADE.finditer(s.text)
              if x.win_lo <= g.start() + s.start and g.end() + s.start <= x.win_hi]
    if not grades or not RE_RATING_WORD.search(x.window):
        return None
    grade = _esg_grade(x, grades)
    g_start, g_end = s.start + grade.start(), s.start + grade.end()
    later = [o.start() + x.lo for o in ISSUER_SCAN.finditer(x.chunk, x.b - x.lo) if ISSUERS[o.group()] == x.issuer]
    if any(abs(g_start - o) < abs(g_start - x.a) for o in later):
        return None  # "SET Awards ... ระดับ AAA จาก SET ESG Ratings": the grade is the later mention's
    return _draft(s, "award.esg_rating", min(x.a, g_start), max(x.b, g_end), award=LETTER_RATED[x.issuer],
                  issuer=x.issuer, grade=grade.group("g"))


@resolver("award.grade.ladder_level", "the level of the CO2 Performance Ladder nearest its name: 'certified at "
          "level 5 of the CO2 Performance Ladder'")
def _ladder_level(x: _Anchor) -> Draft | None:
    levels = list(_words(x.s.code).ladder.finditer(x.window))
    if not levels:
        return None
    level = min(levels, key=lambda g: abs(x.win_lo + g.start() - x.a))
    return _draft(x.s, "award.ladder_level", min(x.a, x.win_lo + level.start()), max(x.b, x.win_lo + level.end()),
                  award="CO2-Prestatieladder", issuer="SKAO", grade=level.group("g"))


@resolver("award.grade.risk_level", "the ESG risk level written near Sustainalytics: 'a Low Risk rating from "
          "Sustainalytics'")
def _risk_level(x: _Anchor) -> Draft | None:
    risk = _risk(x.s, max(x.s.start, x.a - 120), min(x.s.end, x.b + 120))
    if not risk:
        return None
    return _draft(x.s, "award.esg_rating", x.a, x.b, award="Sustainalytics ESG Risk Rating",
                  issuer="Sustainalytics", grade=f"{risk} Risk")


@resolver("award.grade.stars", "a rating in stars near an index or benchmark: 'a five-star GRESB rating'")
def _stars(x: _Anchor) -> str | None:
    stars = _words(x.s.code).stars.search(x.window)
    count = numeral(stars.group("n"), lang_data=x.s.lang_data) if stars else None
    return f"{count}-star" if count else None


@resolver("award.award.index_name", "an index or benchmark named in a sentence about receiving, with the rest of "
          "its name: 'included in the Dow Jones Sustainability Index'")
def _index(x: _Anchor) -> Draft | None:
    s = x.s
    if not s.has("award_verb", s.start, s.end):
        return None
    tail = RE_NAME_TAIL.match(s.text, x.b - s.start)
    name_end = x.b if tail is None else tail.end() + s.start
    draft = _draft(s, "award.index", x.a, name_end, award=s.text[x.a - s.start:name_end - s.start], issuer=x.issuer)
    _decide(draft, "grade", first((_stars,), x))
    return draft


@resolver("award.award.issuer_mention", "CDP or EcoVadis named with a streak but no grade or medal: 'the third "
          "consecutive year that Acme has earned the top rating from CDP'")
def _issuer_mention(x: _Anchor) -> Draft | None:
    if x.issuer not in ("CDP", "EcoVadis") or streak(x.s) is None:
        return None
    return _draft(x.s, "award.issuer_mention", x.a, x.b, award=f"{x.issuer} recognition", issuer=x.issuer,
                  generic=True)


#: What each known issuer gives, read by its resolver; an issuer not listed is an index or benchmark.
_READERS: dict[str, Resolver] = {"CDP": _cdp_grade, "SBTi": _sbti_approval, "EcoVadis": _medal,
                                 **{name: _esg_letter for name in LETTER_RATED},
                                 "SKAO": _ladder_level, "Sustainalytics": _risk_level}


def _issuer_award(x: _Anchor) -> Draft | None:
    """The award the issuer of `x` gives in its sentence, naming the resolver that read it."""
    draft, why = first((_READERS.get(x.issuer, _index), _issuer_mention), x)
    if draft is None:
        return None
    draft.why[RESOLVERS[why].attribute] = why
    draft.why["issuer"] = _known_issuer.id
    return draft


def issuer_awards(s: Sentence, lo: int | None = None, hi: int | None = None) -> list[Draft]:
    """Awards anchored on a known issuer between `lo` and `hi` (default: the whole sentence)."""
    lo = s.start if lo is None else lo
    hi = s.end if hi is None else hi
    chunk = s.text[lo - s.start:hi - s.start]
    drafts: list[Draft] = []
    seen: set[str] = set()
    for m in ISSUER_SCAN.finditer(chunk):
        if _known_issuer(m.group()) in seen:
            continue
        draft = _issuer_award(_anchor(s, m, lo, hi, chunk))
        if draft is not None:
            _set_streak(s, draft)
            drafts += dated(s, draft)
            seen.add(draft.issuer)
    return drafts


# --- scoring years --------------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _scoring_words(code: str) -> tuple[regex.Pattern | None, tuple[regex.Pattern, ...]]:
    """A language's words about scoring years (`lang/<code>/scoring.py`): an earlier grade set against a
    new one, and the words leading to a year written before an award."""
    from extractor import lang as languages

    module = languages.get(code).extra.get("scoring")
    if module is None:
        return None, ()
    return regex.compile(module.EARLIER_GRADE), tuple(regex.compile(p) for p in module.YEAR_LEAD)


def _year_at(s: Sentence, pos: int) -> int | None:
    """The year of the date mention written at `pos` (Buddhist-era years already Gregorian)."""
    return next((d.year for d in s.dates if d.start <= pos < d.end and _may_be_for(s, d)), None)


#: How far before an award the words giving its year may start ("In 2023 the company had received ...").
YEAR_REACH = 80


def _year_before(s: Sentence, start: int) -> int | None:
    """A year written in the words leading to an award: "In 2023 the company had received an A-",
    "voor het scoringsjaar 2024 een B", "ในปี 2566 บริษัทเคยได้รับระดับ A-" (the nearest one)."""
    lo = max(s.start, start - YEAR_REACH)
    found: list[tuple[int, int]] = []
    for rx in _scoring_words(s.code)[1]:
        for m in rx.finditer(s.text, lo - s.start, start - s.start):
            year = _year_at(s, m.start("y") + s.start)
            if year is not None:
                found.append((m.start(), year))
    return max(found)[1] if found else None


#: An issuer's award's scoring year with how it is known ("stated" or "inferred").
_Dated = tuple[int, str]


@resolver("award.period_year.written_after", "a year written in an issuer's award or right after it: 'the CDP "
          "A List 2024', 'an A- from CDP in 2024'")
def _year_written(s: Sentence, draft: Draft, hi: int) -> _Dated | None:
    year = _year_in(s, draft.start, hi)
    return None if year is None else (year, "stated")


@resolver("award.period_year.led", "a year written in the words leading to an award: 'In 2023 the company was "
          "still on the A List', 'voor het scoringsjaar 2024'")
def _year_led(s: Sentence, draft: Draft, hi: int) -> _Dated | None:
    year = _year_before(s, draft.start)
    return None if year is None else (year, "stated")


@resolver("award.period_year.calendar", "no year written: the issuer's calendar and the release's date (a CDP "
          "A List announced in January 2025 is for 2024)")
def _year_inferred(s: Sentence, draft: Draft, hi: int) -> _Dated | None:
    if draft.issuer in ANNOUNCED_FROM and s.reference is not None:
        return scoring_year(draft.issuer, s.reference), "inferred"
    return None


#: How an issuer's award's scoring year is read, most certain first.
ISSUER_YEAR = (_year_written, _year_led, _year_inferred)


def award_year(s: Sentence, draft: Draft, hi: int) -> tuple[tuple[int | None, str | None], str | None]:
    """An award's scoring year and whether it is "stated" (written in it or right after it, up to `hi`, or
    in the words before it) or "inferred" from the issuer's calendar and the release's date
    (`scoring_year`), with the resolver that read it; ((None, None), None) for an issuer whose calendar is
    not known."""
    dated_as, why = first(ISSUER_YEAR, s, draft, hi)
    return dated_as or (None, None), why


#: How far after an award an earlier grade set against it may start.
EARLIER_REACH = 100


def _earlier_grades(s: Sentence, end: int) -> list[regex.Match]:
    """Where an earlier grade is set against an award that ends at `end` (`scoring.EARLIER_GRADE`)."""
    rx = _scoring_words(s.code)[0]
    if rx is None:
        return []
    return list(rx.finditer(s.text, end - s.start, min(s.end, end + EARLIER_REACH) - s.start))


def dated(s: Sentence, draft: Draft) -> list[Draft]:
    """An issuer's award with its scoring year (`award_year`), and the earlier grades set against it."""
    earlier = _earlier_grades(s, draft.end) if draft.grade else []
    # a year after the award is its own, not one the earlier grade gives ("na een B vorig jaar")
    hi = min([s.right_window(draft.end, limit="award_clause"), *(m.start() + s.start for m in earlier)])
    (year, source), why = award_year(s, draft, hi)
    _decide(draft, "period_year", (year, why))
    draft.period_year_source = source
    return [draft, *earlier_grades(s, draft, earlier)]


@resolver("award.period_year.earlier_written", "the year written with an earlier grade set against an award: "
          "'up from a B in 2022'")
def _earlier_written(s: Sentence, draft: Draft, m: regex.Match) -> tuple[int | None, str] | None:
    return (_year_at(s, m.start("y") + s.start), "stated") if m.group("y") else None


@resolver("award.period_year.year_before", "an earlier grade without its year: the year before the award's: 'an "
          "A-, up from a B the year before'")
def _earlier_year_before(s: Sentence, draft: Draft, m: regex.Match) -> tuple[int | None, str | None]:
    return (draft.period_year - 1 if draft.period_year else None), draft.period_year_source


def earlier_grades(s: Sentence, draft: Draft, matches: list[regex.Match]) -> list[Draft]:
    """Earlier grades a release sets against an award's ("an A-, up from a B the year before"; `matches` of
    `_earlier_grades`): award rows of their own, for the year written, or the year before the award's."""
    found = []
    for m in matches:
        (year, source), why = first((_earlier_written, _earlier_year_before), s, draft, m)
        grade = m.group("g").replace("−", "-")
        earlier = _draft(s, "award.earlier_grade", m.start() + s.start, m.end() + s.start,
                         award=draft.award if grade == draft.grade else f"{draft.issuer} rating",
                         issuer=draft.issuer, grade=grade, period_year_source=source if year is not None else None)
        earlier.why["issuer"] = draft.why.get("issuer", _known_issuer.id)
        _decide(earlier, "period_year", (year, why))
        found.append(earlier)
    return found


#: How far before a sentence the issuer of a grade it gives alone may be named.
CONTEXT_REACH = 240
#: How CDP is written (`ISSUERS`): a grade right after a sentence naming it is its grade.
_CDP_NAMES = tuple(k for k, v in ISSUERS.items() if v == "CDP")


@resolver("award.issuer.context", "a CDP grade given alone, right after a sentence naming CDP: 'Acme scored B from "
          "CDP. In 2023 the company was still on the A List.'")
def _issuer_in_context(s: Sentence, doc: str) -> str | None:
    before = doc[max(0, s.start - CONTEXT_REACH):s.start]
    return "CDP" if any(name in before for name in _CDP_NAMES) else None


def grades_after_issuer(s: Sentence, doc: str) -> list[Draft]:
    """A CDP list or score that a sentence names without its issuer, right after a sentence that names
    CDP: "Acme kreeg een B van CDP. In 2023 stond het bedrijf nog op de A-lijst." (with its year)."""
    issuer, why = first((_issuer_in_context,), s, doc)
    if issuer is None:
        return []
    grade = RE_LETTER_GRADE.search(s.text)
    if grade is None:
        return []
    letter = _letter(grade)
    draft = _draft(s, "award.grade_after_issuer", grade.start() + s.start, grade.end() + s.start,
                   award="CDP A List" if letter == "A" else "CDP rating", grade=letter)
    _decide(draft, "issuer", (issuer, why))
    _set_streak(s, draft)
    return dated(s, draft)


# --- named awards ---------------------------------------------------------------------------------------------


@resolver("award.issuer.in_name", "a known issuer in an award's name: 'the CDP China Environmental Leadership "
          "Award'")
def _issuer_in_name(s: Sentence, a: int, b: int) -> str | None:
    known = ISSUER_SCAN.search(s.text, a - s.start, b - s.start)
    return ISSUERS[known.group()] if known else None


@resolver("award.issuer.by", "the giver named after 'by' right after an award's name: '... Award by the Shenzhen "
          "Business Council', 'จากกระทรวงอุตสาหกรรม'")
def _issuer_by(s: Sentence, a: int, b: int) -> str | None:
    words = _words(s.code)
    by = words.by.search(s.text, b - s.start)
    # a giver named past a clause of its own is that clause's ("de Transparantprijs en heeft van Sustainalytics
    # ..."), not past a second name ("“Top 10 ...” and “Top 10 Innovative Projects” by ...")
    if by and by.start() - (b - s.start) < 40 and not words.who_end.search(s.text, b - s.start, by.start()):
        who = words.name_end.split(by.group("who"), 1)[0]  # "... program for contributions"
        return words.who_end.split(who, 1)[0].strip()
    return None


@resolver("award.issuer.before", "a known issuer named right before an award's name: 'CDP's Supplier Engagement "
          "Leader award'")
def _issuer_before(s: Sentence, a: int, b: int) -> str | None:
    known = ISSUER_SCAN.search(s.text, max(0, a - s.start - 40), a - s.start)
    return ISSUERS[known.group()] if known else None


#: Who gives the award named at `a:b`, first that answers.
NEAR_ISSUER = (_issuer_in_name, _issuer_by, _issuer_before)


def _issuer_near(s: Sentence, a: int, b: int) -> tuple[str | None, str | None]:
    """The giver of the award named at `a:b` (`NEAR_ISSUER`), and the resolver that read it."""
    return first(NEAR_ISSUER, s, a, b)


@resolver("award.grade.level", "the level or category written right after an award's name, as its grade: "
          "'SET Awards ระดับ Rising Star', '... Award in the Climate Action category'")
def _level(s: Sentence, end: int) -> str | None:
    m = _words(s.code).level.match(s.text, end - s.start)
    return m.group("g").strip() if m else None


@resolver("award.period_year.own", "the year in an award's name or right after it: 'SET Awards 2024', 'the 2025 "
          "Airline Awards'")
def _own_year_of(s: Sentence, a: int, b: int) -> int | None:
    return _own_year(s, a, b)


@resolver("award.period_year.sentence", "the first year written in an award's sentence that is not after the "
          "release: 'In 2024 Acme won the Green Supply Chain Award'")
def _sentence_year(s: Sentence, a: int, b: int) -> int | None:
    return _year_in(s, s.start, s.end)


#: The year of a named award, first that answers; of an item in a list of awards, its sentence's.
NAMED_YEAR = (_own_year_of, _sentence_year)
ITEM_YEAR = (_sentence_year,)


def _named_award(s: Sentence, rule: str, a: int, b: int, name: str, issuer: tuple[str | None, str | None], *,
                 years: tuple[Resolver, ...] = NAMED_YEAR) -> Draft:
    """A named award at `a:b` with its giver, streak and year (the first of `years` that answers)."""
    draft = _draft(s, rule, a, b, award=name)
    _decide(draft, "issuer", issuer)
    _set_streak(s, draft)
    _decide(draft, "period_year", first(years, s, a, b))
    return draft


#: How far before an award's name the words saying where awards were given may start ("at the ").
EVENT_REACH = 16


@resolver("award.award.title", "an award's name as written: a title-case run ending in Award, Prize or Medal "
          "('the Green Supply Chain Excellence Award'), a Thai 'รางวัล...' phrase, a prize in one Dutch word "
          "('de Duurzaamheidsprijs Bouw 2024')")
def _award_title(s: Sentence, rx: regex.Pattern, m: regex.Match) -> tuple[int, int, str] | None:
    """Where the award named by `m` (a match of `rx`) starts and ends, and its name without the function words
    and the article before it; None for a name of one word."""
    words = _words(s.code)
    lead = words.lead.match(m.group())
    skipped = lead.end() if lead else 0
    name = words.article.sub("", m.group()[skipped:].strip())
    n_words = len(name.split())
    if rx is _titled_re() and (n_words < 2 or (n_words < 3 and name.split()[-1][0].islower())):
        return None  # a name of one word; "Acme award": a lower-case "award" after fewer than two names
    a, b = m.start() + skipped + s.start, m.end() + s.start
    if rx is words.compound:  # a prize in one word runs on in capitals: "de Duurzaamheidsprijs Bouw 2024"
        tail = RE_NAME_TAIL.match(s.text, m.end())
        if tail is not None:
            b, name = tail.end() + s.start, name + tail.group()
    return a, b, name


def _titled(s: Sentence, rx: regex.Pattern, m: regex.Match) -> tuple[Draft, bool] | None:
    """The award named by `m` (a match of `rx`), and whether it is where awards were given ("At the SET
    Awards"); None for a name of one word."""
    title, why = first((_award_title,), s, rx, m)
    if title is None:
        return None
    a, b, name = title
    draft = _named_award(s, "award.titled", a, b, name, _issuer_near(s, a, b))
    draft.why["award"] = why
    _decide(draft, "grade", first((_level,), s, b))
    event = (s.has("award_event", max(s.start, m.start() + s.start - 4), a)
             or _words(s.code).event.search(s.text, max(0, m.start() - EVENT_REACH), m.start()) is not None)
    return draft, event


@resolver("award.issuer.ranker", "who named a company to a list, as the subject of the verb: 'Newsweek also "
          "ranked it among America's Most Responsible Companies'")
def _ranker(s: Sentence, start: int) -> str | None:
    # read where the release's own name is blanked, so that "Acme was named ..." names no giver
    ranker = _words(s.code).ranker.search(s.cue_text, max(0, start - 60), start)
    return ranker.group("who") if ranker else None


@resolver("award.award.among", "a list or ranking named in capitals after words of being named among: 'named one of "
          "Europe's Climate Leaders 2025', 'uitgeroepen tot een van de Beste Werkgevers'")
def _among(s: Sentence) -> list[regex.Match]:
    return list(_words(s.code).among.finditer(s.text))


def _named_among(s: Sentence, taken: list[tuple[int, int]]) -> list[Draft]:
    """Lists or rankings the sentence names something among (`_among`), where no other award is named."""
    drafts = []
    for m in _among(s):
        a, b = m.start("name") + s.start, m.end("name") + s.start
        if any(x < b and a < y for x, y in taken):
            continue
        # the giver after "by", else the one who did the naming ("Newsweek also ranked it among ...")
        issuer = _issuer_near(s, a, b)
        if not issuer[0]:
            issuer = first((_ranker,), s, m.start())
        draft = _named_award(s, "award.named_among", a, b, m.group("name"), issuer)
        draft.why["award"] = _among.id
        drafts.append(draft)
    return drafts


#: An event's year, which is no part of who gives its awards: "2025 Property Week Awards", "SET Awards 2024".
_RE_EVENT_YEAR = regex.compile(r"^(?:19|20)\d\d\s+|\s+(?:19|20)\d\d$")


@resolver("award.issuer.event", "an award received at an event of awards takes the event's giver: 'At the SET "
          "Awards 2024, Acme received the Sustainability Excellence award'")
def _event_giver(given_at: Draft) -> str | None:
    """Who gives the awards of an event: its issuer, else its name without its year ("2025 Property Week
    Awards" -> "Property Week Awards")."""
    if given_at.issuer:
        return given_at.issuer
    name = given_at.award
    return None if name is None else _RE_EVENT_YEAR.sub("", name) or name


def _given_at_event(drafts: list[Draft], events: list[bool]) -> list[Draft]:
    """The awards of a sentence that names where awards were given, which gave them ("At the SET Awards 2024,
    Acme received the Sustainability Excellence award"); the event itself is no award then."""
    if not any(events) or all(events):
        return drafts
    given_at = next(d for d, event in zip(drafts, events) if event)
    drafts = [d for d, event in zip(drafts, events) if not event]
    for d in drafts:
        if not d.issuer:
            _decide(d, "issuer", first((_event_giver,), given_at))
    return drafts


def titled_awards(s: Sentence) -> list[Draft]:
    """Named awards in a sentence that says something was received."""
    if not s.has("award_verb"):
        return []
    found = [t for rx in (_titled_re(), *_award_phrases(), _words(s.code).compound)
             for m in rx.finditer(s.text) if (t := _titled(s, rx, m)) is not None]
    drafts = [d for d, _ in found]
    events = [event for _, event in found]
    among = _named_among(s, [(d.start, d.end) for d in drafts])
    return _given_at_event(drafts + among, events + [False] * len(among))


# --- lists of awards ------------------------------------------------------------------------------------------


@resolver("award.issuer.within", "a list item's award given within a named programme or index: '• a perfect "
          "score in the China Foundation Transparency Index'")
def _issuer_within(s: Sentence, a: int, b: int) -> str | None:
    inside = _words(s.code).within.search(s.text)
    return inside.group("who").strip() if inside else None


@resolver("award.grade.word", "a grade written in words in a list item: '• a perfect score in the ... Index'")
def _grade_word(s: Sentence) -> str | None:
    grade = _words(s.code).grade_words.search(s.text)
    return grade.group().lower() if grade else None


def _quoted_items(s: Sentence) -> list[Draft]:
    """A list item's quoted award names: "• “Top 10 Green Enterprises” by ..."."""
    drafts = []
    for m in RE_QUOTED.finditer(s.text):
        a, b = m.start("q") + s.start, m.end("q") + s.start
        drafts.append(_named_award(s, "award.list_item", a, b, m.group("q").strip(), _issuer_near(s, a, b),
                                     years=ITEM_YEAR))
    return drafts


def _titled_item(s: Sentence) -> list[Draft]:
    """A list item's first title-case award name."""
    for m in _titled_re().finditer(s.text):
        a, b = m.start() + s.start, m.end() + s.start
        name = _words(s.code).article.sub("", m.group().strip())
        return [_named_award(s, "award.list_item", a, b, name, _issuer_near(s, a, b), years=ITEM_YEAR)]
    return []


def _bullet_item(s: Sentence) -> list[Draft]:
    """A list item read whole as an award: its words up to where the name ends, and who gave it."""
    words = _words(s.code)
    name = words.name_end.split(s.text, 1)[0]
    name = words.bullet_name.sub("", name).strip()
    draft = _named_award(s, "award.list_item", s.start, s.end, name[:160],
                         first((_issuer_within, *NEAR_ISSUER), s, s.start, s.start), years=ITEM_YEAR)
    _decide(draft, "grade", first((_grade_word,), s))
    return [draft]


def list_items(s: Sentence, doc: str) -> list[Draft]:
    """Awards in a bullet under a lead-in line about awards ('received numerous awards, including:')."""
    line_start = doc.rfind("\n", 0, s.start) + 1
    if not RE_BULLET_LINE.match(doc, line_start):
        return []
    if not _under_award_lead(doc, line_start, s.code):
        return []
    known = issuer_awards(s)
    if known:
        for d in known:
            d.rule = rule_id(s.code, "award.list_item") if d.generic else d.rule
        return known
    drafts, why = first((_item_awards,), s)
    for d in drafts:
        d.why["award"] = why
    return drafts


@resolver("award.award.list_item", "an item of a list of awards: its quoted titles ('• “Top 10 Green Enterprises” "
          "by ...'), else its first title-case award name, else its words up to where the name ends")
def _item_awards(s: Sentence) -> list[Draft]:
    return _quoted_items(s) or _titled_item(s) or _bullet_item(s)


def _under_award_lead(doc: str, line_start: int, code: str) -> bool:
    """Whether the bullet at `line_start` belongs to a list introduced by a line about awards."""
    pos = line_start
    for _ in range(30):  # walk up over the bullets of the same list
        if pos == 0:
            return False
        prev_start = doc.rfind("\n", 0, pos - 1) + 1
        line = doc[prev_start:pos].strip()
        pos = prev_start
        if not line or RE_BULLET_LINE.match(doc, prev_start):
            continue
        return bool(_words(code).lead_end.search(line) and cue_regex(code, "award_lead").search(line))
    return False


# --- a sentence's awards --------------------------------------------------------------------------------------


def _breaks(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a clause of a list of awards ends between `lo` and `hi`."""
    return hi > lo and list_break(s.code).search(s.text, lo - s.start, hi - s.start) is not None


@resolver("award.streak.nearest", "of several awards in a sentence, a streak goes to the nearest, in its own "
          "clause first: 'on CDP's A List for four years in a row and received a Platinum rating from EcoVadis'")
def _streak_owner(s: Sentence, drafts: list[Draft], a: int, b: int) -> Draft:
    return min(drafts, key=lambda d: (_breaks(s, min(d.end, b), max(d.start, a)),
                                      min(abs(d.start - b), abs(a - d.end))))


def _streaks_to_nearest(s: Sentence, drafts: list[Draft]) -> None:
    """Each streak of a sentence naming several awards goes to the award written nearest to it."""
    spans = [(m.start() + s.start, m.end() + s.start) for rx in _streak_regexes(s.code) for m in rx.finditer(s.text)]
    for d in drafts:
        _decide(d, "streak", (None, None))
    for a, b in spans:
        value = streak(s, a, b)
        if value is None:
            continue  # a pattern that matched without a count ("ติดต่อกันเป็นปี...") gives nobody a streak
        _decide(_streak_owner(s, drafts, a, b), "streak", (value, _streak_owner.id))


def awards(s: Sentence, doc: str, *, issuers: bool = True, titled: bool = True) -> list[Draft]:
    """Every award mention of a sentence; a streak goes to the award written nearest to it.

    `issuers` and `titled` say whether the sentence names a known issuer and a verb of receiving
    (searched once per document): without them those two ways in need not be tried.
    """
    items = list_items(s, doc)
    if items:
        return items
    drafts = issuer_awards(s) if issuers else grades_after_issuer(s, doc)
    taken = [(d.start, d.end) for d in drafts]
    for d in titled_awards(s) if titled else ():
        if not any(a < d.end and d.start < b for a, b in taken):
            drafts.append(d)
    if len(drafts) > 1:
        _streaks_to_nearest(s, drafts)
    return drafts
