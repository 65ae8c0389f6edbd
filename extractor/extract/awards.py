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
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import regex

from extractor.extract.draft import Draft
from extractor.extract.matching import Sentence, cue_regex, list_break, numeral
from extractor.extract.rules import rule_id
from extractor.lang.base import ISSUERS, MEDALS
from extractor.normalize.dates import DateMention
from extractor.scan import HOLD, Scanner

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
#: A medal word not inside a Latin word ("goud" in "Weidegoud" is no medal; Thai is written without spaces).
RE_MEDAL = regex.compile(r"(?<!\p{Latin})(?i:" + "|".join(regex.escape(m) for m in sorted(MEDALS, key=len, reverse=True))
                         + ")")
#: Short words that join the capitalised words of a name, in the Latin-script languages ("Top 30 Enterprises of
#: ...", "Beste Werkgevers van Nederland").
_NAME_JOINERS = r"(?:of|and|for|the|in|&|van|de|het|voor)"
#: "Environmental Leadership Award", "Sustainable Development Contribution Award"
RE_TITLED = regex.compile(
    rf"(?:[\p{{Lu}}\d][\p{{L}}\d&'’.-]*\s+(?:{_NAME_JOINERS}\s+)*){{1,8}}"
    r"(?:Awards?|awards?|Prize|Medal|Trophy|Prijs)(?![\p{L}])"
)
RE_THAI_AWARD = regex.compile(r"รางวัล[\p{Thai}\p{L}\d]{4,60}")
RE_QUOTED = regex.compile(r"[“\"](?P<q>[^”\"\n]{6,120})[”\"]")
RE_BULLET_LINE = regex.compile(r"^[ \t]*[•\-*▪·–◦●][ \t]+", regex.M)
RE_RATING_WORD = regex.compile(r"(?i:rating|ESG)")
#: A list's name: words in capitals (a possessive, short joining words and numbers among them, a year
#: only right after a word: "Climate Leaders 2025", not "... Solutions in 2022").
_CAP = r"\p{Lu}[\p{L}\d&-]*(?:\.\p{L}+)*(?:['’]s)?(?![\p{L}\d])"
_LIST_NAME = rf"{_CAP}(?:\s+(?:(?:{_NAME_JOINERS}|to|en)\s+)*{_CAP}|\s+\d{{1,4}}(?![\p{{L}}\d])){{1,8}}"
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
        among=regex.compile(rf"(?i:{_alt(p.get('award_among', ()))}){sp}(?:(?i:{articles})\s+)?(?P<name>{_LIST_NAME})"),
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
        m = rx.search(s.text, lo - s.start, hi - s.start, HOLD)
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


def issuer_awards(s: Sentence, lo: int | None = None, hi: int | None = None) -> list[Draft]:
    """Awards anchored on a known issuer between `lo` and `hi` (default: the whole sentence)."""
    lo = s.start if lo is None else lo
    hi = s.end if hi is None else hi
    chunk = s.text[lo - s.start:hi - s.start]
    drafts: list[Draft] = []
    seen: set[str] = set()
    for m in ISSUER_SCAN.finditer(chunk):
        issuer = ISSUERS[m.group()]
        if issuer in seen:
            continue
        a, b = m.start() + lo, m.end() + lo
        win_lo, win_hi = max(lo, a - 80), min(hi, b + 80)
        window = s.text[win_lo - s.start:win_hi - s.start]
        draft = None
        if issuer == "CDP":
            # (a grade after a verb is tried only when none stands next to what it grades: a second
            # pattern over every window would cost more)
            verb_grade = _words(s.code).grade_after_verb
            grade = RE_LETTER_GRADE.search(window, 0, None, HOLD) or verb_grade.search(window, 0, None, HOLD)
            if grade:
                letter = (grade.group("g") or grade.group("g2")).replace("−", "-")
                topic = _words(s.code).topic.search(window, 0, None, HOLD)
                topic_name = "" if topic is None else f" {topic.lastgroup}"
                # CDP's A List is the set of companies scored A, so an A score and the A List are one award.
                name = f"CDP{topic_name} A List" if letter == "A" else f"CDP{topic_name.lower()} rating"
                got = "g" if grade.re is verb_grade else 0  # after a verb, the grade alone
                g_start = win_lo + grade.start(got)
                draft = _draft(s, "award.cdp_grade", min(a, g_start), max(b, win_lo + grade.end(got)),
                               award=name, issuer="CDP", grade=letter)
        elif issuer == "SBTi":
            if s.has("approval", win_lo, win_hi):
                draft = _draft(s, "award.sbti_approval", a, b, award="SBTi target approval", issuer="SBTi")
        elif issuer == "EcoVadis":
            medal = RE_MEDAL.search(window, 0, None, HOLD)
            if medal:
                grade = MEDALS[medal.group().lower()]
                draft = _draft(s, "award.medal", min(a, win_lo + medal.start()), max(b, win_lo + medal.end()),
                               award=f"EcoVadis {grade} Medal", issuer="EcoVadis", grade=grade)
        elif issuer in LETTER_RATED:
            # Grades read in the whole sentence, kept if inside the window: the window's edge must not cut
            # "AAA" to "AA".
            grades = [g for g in RE_ESG_GRADE.finditer(s.text, 0, None, False, HOLD)
                      if win_lo <= g.start() + s.start and g.end() + s.start <= win_hi]
            if grades and RE_RATING_WORD.search(window, 0, None, HOLD):
                # the grade nearest the issuer; of a change ("verhoogd van BBB naar A"), the grade it was changed to
                changed_to = [g for g in grades if s.has("grade_to", s.start + g.start() - 8, s.start + g.start())]
                grade = min(changed_to if len(grades) > 1 and changed_to else grades,
                            key=lambda g: abs(s.start + g.start() - a))
                g_start, g_end = s.start + grade.start(), s.start + grade.end()
                later = [o.start() + lo for o in ISSUER_SCAN.finditer(chunk, m.end()) if ISSUERS[o.group()] == issuer]
                if any(abs(g_start - o) < abs(g_start - a) for o in later):
                    continue  # "SET Awards ... ระดับ AAA จาก SET ESG Ratings": the grade is the later mention's
                draft = _draft(s, "award.esg_rating", min(a, g_start), max(b, g_end), award=LETTER_RATED[issuer],
                               issuer=issuer, grade=grade.group("g"))
        elif issuer == "SKAO":
            levels = list(_words(s.code).ladder.finditer(window, 0, None, False, HOLD))
            if levels:  # the level nearest the ladder's name
                level = min(levels, key=lambda g: abs(win_lo + g.start() - a))
                draft = _draft(s, "award.ladder_level", min(a, win_lo + level.start()), max(b, win_lo + level.end()),
                               award="CO2-Prestatieladder", issuer="SKAO", grade=level.group("g"))
        elif issuer == "Sustainalytics":
            risk = _risk(s, max(s.start, a - 120), min(s.end, b + 120))
            if risk:
                draft = _draft(s, "award.esg_rating", a, b, award="Sustainalytics ESG Risk Rating",
                               issuer="Sustainalytics", grade=f"{risk} Risk")
        elif s.has("award_verb", s.start, s.end):
            tail = RE_NAME_TAIL.match(s.text, b - s.start, None, HOLD)
            name_end = b if tail is None else tail.end() + s.start
            stars = _words(s.code).stars.search(window, 0, None, HOLD)
            count = numeral(stars.group("n"), lang_data=s.lang_data) if stars else None
            draft = _draft(s, "award.index", a, name_end, award=s.text[a - s.start:name_end - s.start], issuer=issuer,
                           grade=f"{count}-star" if count else None)
        if draft is None and issuer in ("CDP", "EcoVadis") and streak(s) is not None:
            draft = _draft(s, "award.issuer_mention", a, b, award=f"{issuer} recognition", issuer=issuer,
                           generic=True)
        if draft is not None:
            draft.streak = streak(s)
            drafts += dated(s, draft)
            seen.add(issuer)
    return drafts


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
        for m in rx.finditer(s.text, lo - s.start, start - s.start, HOLD):
            year = _year_at(s, m.start("y") + s.start)
            if year is not None:
                found.append((m.start(), year))
    return max(found)[1] if found else None


def award_year(s: Sentence, draft: Draft, written: int | None) -> tuple[int | None, str | None]:
    """An award's scoring year and whether it is "stated" (`written` right after it, or in the words before
    it) or "inferred" from the issuer's calendar and the release's date (`scoring_year`); (None, None)
    for an issuer whose calendar is not known."""
    year = written or _year_before(s, draft.start)
    if year is not None:
        return year, "stated"
    if draft.issuer in ANNOUNCED_FROM and s.reference is not None:
        return scoring_year(draft.issuer, s.reference), "inferred"
    return None, None


#: How far after an award an earlier grade set against it may start.
EARLIER_REACH = 100


def _earlier_grades(s: Sentence, end: int) -> list[regex.Match]:
    """Where an earlier grade is set against an award that ends at `end` (`scoring.EARLIER_GRADE`)."""
    rx = _scoring_words(s.code)[0]
    if rx is None:
        return []
    return list(rx.finditer(s.text, end - s.start, min(s.end, end + EARLIER_REACH) - s.start, False, HOLD))


def dated(s: Sentence, draft: Draft) -> list[Draft]:
    """An issuer's award with its scoring year (`award_year`), and the earlier grades set against it."""
    earlier = _earlier_grades(s, draft.end) if draft.grade else []
    # a year after the award is its own, not one the earlier grade gives ("na een B vorig jaar")
    hi = min([s.right_window(draft.end, limit=60), *(m.start() + s.start for m in earlier)])
    draft.period_year, draft.period_year_source = award_year(s, draft, _year_in(s, draft.start, hi))
    return [draft, *earlier_grades(s, draft, earlier)]


#: How far before a sentence the issuer of a grade it gives alone may be named.
CONTEXT_REACH = 240
#: How CDP is written (`ISSUERS`): a grade right after a sentence naming it is its grade.
_CDP_NAMES = tuple(k for k, v in ISSUERS.items() if v == "CDP")


def grades_after_issuer(s: Sentence, doc: str) -> list[Draft]:
    """A CDP list or score that a sentence names without its issuer, right after a sentence that names
    CDP: "Acme kreeg een B van CDP. In 2023 stond het bedrijf nog op de A-lijst." (with its year)."""
    before = doc[max(0, s.start - CONTEXT_REACH):s.start]
    if not any(name in before for name in _CDP_NAMES):
        return []
    grade = RE_LETTER_GRADE.search(s.text, 0, None, HOLD)
    if grade is None:
        return []
    letter = (grade.group("g") or grade.group("g2")).replace("−", "-")
    draft = _draft(s, "award.grade_after_issuer", grade.start() + s.start, grade.end() + s.start,
                   award="CDP A List" if letter == "A" else "CDP rating", issuer="CDP", grade=letter)
    draft.streak = streak(s)
    return dated(s, draft)


def earlier_grades(s: Sentence, draft: Draft, matches: list[regex.Match]) -> list[Draft]:
    """Earlier grades a release sets against an award's ("an A-, up from a B the year before"; `matches` of
    `_earlier_grades`): award rows of their own, for the year written, or the year before the award's."""
    found = []
    for m in matches:
        if m.group("y"):
            year, source = _year_at(s, m.start("y") + s.start), "stated"
        else:
            year, source = (draft.period_year - 1 if draft.period_year else None), draft.period_year_source
        grade = m.group("g").replace("−", "-")
        found.append(_draft(s, "award.earlier_grade", m.start() + s.start, m.end() + s.start,
                            award=draft.award if grade == draft.grade else f"{draft.issuer} rating",
                            issuer=draft.issuer, grade=grade, period_year=year,
                            period_year_source=source if year is not None else None))
    return found


#: How far before an award's name the words saying where awards were given may start ("at the ").
EVENT_REACH = 16


def titled_awards(s: Sentence) -> list[Draft]:
    """Named awards in a sentence that says something was received."""
    if not s.has("award_verb"):
        return []
    drafts: list[Draft] = []
    words = _words(s.code)
    events: list[bool] = []  # whether each name is where awards were given ("At the SET Awards")
    for rx in (RE_TITLED, RE_THAI_AWARD, words.compound):
        for m in rx.finditer(s.text, 0, None, False, HOLD):
            lead = words.lead.match(m.group(), 0, None, HOLD)
            skipped = lead.end() if lead else 0
            name = words.article.sub("", m.group()[skipped:].strip())
            n_words = len(name.split())
            if rx is RE_TITLED and (n_words < 2 or (n_words < 3 and name.split()[-1][0].islower())):
                continue  # a name of one word; "Acme award": a lower-case "award" after fewer than two names
            a, b = m.start() + skipped + s.start, m.end() + s.start
            if rx is words.compound:  # a prize in one word runs on in capitals: "de Duurzaamheidsprijs Bouw 2024"
                tail = RE_NAME_TAIL.match(s.text, m.end(), None, HOLD)
                if tail is not None:
                    b, name = tail.end() + s.start, name + tail.group()
            drafts.append(_draft(s, "award.titled", a, b, award=name, issuer=_issuer_near(s, a, b), grade=_level(s, b),
                                 streak=streak(s), period_year=_own_year(s, a, b) or _year_in(s, s.start, s.end)))
            events.append(s.has("award_event", max(s.start, m.start() + s.start - 4), a)
                          or words.event.search(s.text, max(0, m.start() - EVENT_REACH), m.start(), HOLD) is not None)
    taken = [(d.start, d.end) for d in drafts]
    for m in words.among.finditer(s.text, 0, None, False, HOLD):
        a, b = m.start("name") + s.start, m.end("name") + s.start
        if not any(x < b and a < y for x, y in taken):
            # the giver after "by", else the one who did the naming ("Newsweek also ranked it among ..."; read
            # where the release's own name is blanked, so that "Acme was named ..." names no giver)
            ranker = words.ranker.search(s.cue_text, max(0, m.start() - 60), m.start(), HOLD)
            issuer = _issuer_near(s, a, b) or (ranker.group("who") if ranker else None)
            drafts.append(_draft(s, "award.named_among", a, b, award=m.group("name"), issuer=issuer,
                                 streak=streak(s), period_year=_own_year(s, a, b) or _year_in(s, s.start, s.end)))
            events.append(False)
    if any(events) and not all(events):
        # "At the SET Awards 2024, Acme received the Sustainability Excellence award": the event gave the award
        given_at = next(d for d, event in zip(drafts, events) if event)
        drafts = [d for d, event in zip(drafts, events) if not event]
        for d in drafts:
            d.issuer = d.issuer or given_at.issuer or _event_giver(given_at.award)
    return drafts


#: An event's year, which is no part of who gives its awards: "2025 Property Week Awards", "SET Awards 2024".
_RE_EVENT_YEAR = regex.compile(r"^(?:19|20)\d\d\s+|\s+(?:19|20)\d\d$")


def _event_giver(name: str | None) -> str | None:
    """Who gives the awards of an event, from its name: "2025 Property Week Awards" -> "Property Week Awards"."""
    return None if name is None else _RE_EVENT_YEAR.sub("", name) or name


def _level(s: Sentence, end: int) -> str | None:
    """The level or category written right after an award name that ends at `end` ("ระดับ Rising Star")."""
    m = _words(s.code).level.match(s.text, end - s.start, None, HOLD)
    return m.group("g").strip() if m else None


def _issuer_near(s: Sentence, a: int, b: int) -> str | None:
    """The giver of the award named at `a:b`: a known issuer in its name ("CDP China Environmental Leadership
    Award"), else the one named after "by" ("จากกระทรวงอุตสาหกรรม"), else a known issuer right before it."""
    known = ISSUER_SCAN.search(s.text, a - s.start, b - s.start)
    if known:
        return ISSUERS[known.group()]
    words = _words(s.code)
    by = words.by.search(s.text, b - s.start, None, HOLD)
    # a giver named past a clause of its own is that clause's ("de Transparantprijs en heeft van Sustainalytics
    # ..."), not past a second name ("“Top 10 ...” and “Top 10 Innovative Projects” by ...")
    if by and by.start() - (b - s.start) < 40 and not words.who_end.search(s.text, b - s.start, by.start(), HOLD):
        who = words.name_end.split(by.group("who"), 1, HOLD)[0]  # "... program for contributions"
        return words.who_end.split(who, 1, HOLD)[0].strip()
    known = ISSUER_SCAN.search(s.text, max(0, a - s.start - 40), a - s.start)
    return ISSUERS[known.group()] if known else None


def list_items(s: Sentence, doc: str) -> list[Draft]:
    """Awards in a bullet under a lead-in line about awards ('received numerous awards, including:')."""
    line_start = doc.rfind("\n", 0, s.start) + 1
    if not RE_BULLET_LINE.match(doc, line_start, None, HOLD):
        return []
    if not _under_award_lead(doc, line_start, s.code):
        return []
    known = issuer_awards(s)
    if known:
        for d in known:
            d.rule = rule_id(s.code, "award.list_item") if d.generic else d.rule
        return known
    drafts: list[Draft] = []
    year = _year_in(s, s.start, s.end)
    for m in RE_QUOTED.finditer(s.text, 0, None, False, HOLD):
        a, b = m.start("q") + s.start, m.end("q") + s.start
        drafts.append(_draft(s, "award.list_item", a, b, award=m.group("q").strip(), issuer=_issuer_near(s, a, b),
                             streak=streak(s), period_year=year))
    if not drafts:
        for m in RE_TITLED.finditer(s.text, 0, None, False, HOLD):
            a, b = m.start() + s.start, m.end() + s.start
            name = _words(s.code).article.sub("", m.group().strip())
            drafts.append(_draft(s, "award.list_item", a, b, award=name, issuer=_issuer_near(s, a, b),
                                 streak=streak(s), period_year=year))
            break
    if not drafts:
        words = _words(s.code)
        name = words.name_end.split(s.text, 1, HOLD)[0]
        name = words.bullet_name.sub("", name).strip()
        grade = words.grade_words.search(s.text, 0, None, HOLD)
        issuer = None
        inside = words.within.search(s.text, 0, None, HOLD)
        if inside:
            issuer = inside.group("who").strip()
        drafts.append(_draft(s, "award.list_item", s.start, s.end, award=name[:160], issuer=issuer or _issuer_near(s, s.start, s.start),
                             grade=grade.group().lower() if grade else None, streak=streak(s), period_year=year))
    return drafts


def _under_award_lead(doc: str, line_start: int, code: str) -> bool:
    """Whether the bullet at `line_start` belongs to a list introduced by a line about awards."""
    pos = line_start
    for _ in range(30):  # walk up over the bullets of the same list
        if pos == 0:
            return False
        prev_start = doc.rfind("\n", 0, pos - 1) + 1
        line = doc[prev_start:pos].strip()
        pos = prev_start
        if not line or RE_BULLET_LINE.match(doc, prev_start, None, HOLD):
            continue
        return bool(_words(code).lead_end.search(line, 0, None, HOLD) and cue_regex(code, "award_lead").search(line, 0, None, HOLD))
    return False


def _breaks(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a clause of a list of awards ends between `lo` and `hi`."""
    return hi > lo and list_break(s.code).search(s.text, lo - s.start, hi - s.start, HOLD) is not None


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
        spans = [(m.start() + s.start, m.end() + s.start) for rx in _streak_regexes(s.code) for m in rx.finditer(s.text)]
        for d in drafts:
            d.streak = None
        for a, b in spans:
            value = streak(s, a, b)
            if value is None:
                continue  # a pattern that matched without a count ("ติดต่อกันเป็นปี...") gives nobody a streak
            # The award nearest to the streak, preferring one in its own clause: "on CDP's A List for four
            # years in a row and received a Platinum rating from EcoVadis" gives CDP the streak.
            nearest = min(drafts, key=lambda d: (_breaks(s, min(d.end, b), max(d.start, a)),
                                                 min(abs(d.start - b), abs(a - d.end))))
            nearest.streak = value
    return drafts
