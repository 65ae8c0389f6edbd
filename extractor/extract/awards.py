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

from extractor.extract import reach
from extractor.extract.draft import Draft
from extractor.extract.matching import Sentence, cue_regex, list_break, numeral
from extractor.extract.resolve import RESOLVERS, Resolver, first, resolver
from extractor.extract.rules import rule_id
from extractor import lang as languages
from extractor.lang.base import ISSUER_OF, ISSUERS, PROGRAMMES, alternation
from extractor.normalize.dates import DateMention
from extractor.speed.scan import Scanner

_B = r"(?<![\p{L}\p{N}])"
_E = r"(?![\p{L}\p{N}])"
#: Every way an issuer or a programme read as one is written -> its key (`ISSUERS`, and the names in other
#: scripts of lang/<code>/patterns.py `ISSUER_NAMES`: "ดัชนีความยั่งยืนดาวโจนส์" is the DJSI).
ISSUER_NAMES: dict[str, str] = {**ISSUERS, **languages.joined("issuer_names")}
_LATIN_NAMES = [k for k in ISSUER_NAMES if regex.match(r"^[\p{Latin}\p{N}\p{P}\p{S}\s]+$", k)]
#: Latin names are whole words; a Thai one is written without spaces ("สมาชิกดัชนีความยั่งยืนดาวโจนส์").
RE_ISSUER = regex.compile(_B + "(?:" + alternation(_LATIN_NAMES) + ")" + _E + "|"
                          + alternation(k for k in ISSUER_NAMES if k not in _LATIN_NAMES))
ISSUER_SCAN = Scanner(RE_ISSUER)
#: Programmes by how they are written -> their name in the `award` column (`PROGRAMMES`, `PROGRAMME_NAMES`).
PROGRAMME_NAME: dict[str, str] = {**PROGRAMMES, **languages.joined("programme_names")}


def issuer_of(key: str) -> str:
    """The `issuer` column of the issuer or programme `key` (`ISSUER_NAMES`): "DJSI" -> "S&P Global"."""
    return ISSUER_OF.get(key, key)
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
    #: a letter grade right after an article: "an A for water security", "een A- voor klimaat"
    article_grade: regex.Pattern
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
    # a topic word starts a word where words are spaced: the "water" of "Brightwater" names no questionnaire
    edge = r"(?<!\p{L})" if ld.spaced else ""
    topic = "|".join(f"{edge}(?P<{name}>{_alt(words)})" for name, words in topics.items()) or r"(?!x)x"
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
        # (not a name: "a B Corp")
        article_grade=regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?i:{articles}){sp}[\"“']?(?P<g>[A-D][-−]?)"
                                    r"(?![\p{L}\p{N}+\-−])[\"”']?(?!\s*[.&/]|\s+\p{Lu}\p{Ll})"),
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
    key = ISSUER_NAMES.get(name)
    return None if key is None else issuer_of(key)


def _anchor(s: Sentence, m: regex.Match, lo: int, hi: int, chunk: str) -> _Anchor:
    a, b = m.start() + lo, m.end() + lo
    win_lo, win_hi = max(lo, a - 80), min(hi, b + 80)
    return _Anchor(s, ISSUER_NAMES[m.group()], a, b, chunk, lo, win_lo, win_hi, s.text[win_lo - s.start:win_hi - s.start])


def _letter(grade: regex.Match) -> str:
    return (grade.group("g") or grade.group("g2")).replace("−", "-")


#: CDP's questionnaires by the group names of `CDP_TOPICS` (lang/<code>/patterns.py), as an award names them.
CDP_QUESTIONNAIRES = {"Climate": "Climate Change", "Water": "Water Security", "Forests": "Forests"}
#: How far past an issuer's window a further grade of CDP may be read, in a clause naming its questionnaire
#: ("... an A for water security, ... and an A- for climate change").
CDP_REACH = 200


def _grades_near(x: _Anchor) -> list[tuple[int, int, str]]:
    """Every letter grade written near CDP (`x`'s window, and further clauses naming a questionnaire before the
    next issuer): next to what it grades ("A List", "score A"), after a verb of getting one ("scored A-") or an
    article ("an A for water security", "een A- voor klimaat"), as (start, end, letter); an earlier grade set
    against one ("up from a B a year earlier") is none of them."""
    s, words = x.s, _words(x.s.code)
    nxt = next((m.start() + x.lo for m in ISSUER_SCAN.finditer(x.chunk, x.b - x.lo)
                if ISSUER_NAMES[m.group()] != x.issuer), s.end)
    hi = max(x.win_hi, min(nxt, x.b + CDP_REACH, s.end))
    found: dict[int, tuple[int, int, str]] = {}
    for rx, group in ((RE_LETTER_GRADE, 0), (words.grade_after_verb, "g"), (words.article_grade, "g")):
        for g in rx.finditer(s.text, x.win_lo - s.start, hi - s.start):
            at = g.start("g") if g.group("g") else g.start("g2")
            if at + s.start >= x.win_hi and not words.topic.search(_clause(s, at + s.start)[2]):
                continue  # past the window, only a grade of a questionnaire named in its clause
            found.setdefault(at, (g.start(group) + s.start, g.end(group) + s.start, _letter(g)))
    earlier = [(m.start() + s.start, m.end() + s.start) for m in _earlier_grades(s, s.start, s.end)]
    return [g for _, g in sorted(found.items()) if not any(a <= g[0] < b for a, b in earlier)]


def _clause(s: Sentence, pos: int, *, commas: bool = True) -> tuple[int, int, str]:
    """The clause of a sentence listing several things that holds `pos` (cut at cue `list_break`; without
    `commas`, not at a bare comma: "Of the companies it invests in, 58% have ...")."""
    lo, hi = s.start, s.end
    for m in list_break(s.code).finditer(s.text):
        if not commas and m.group().strip() == ",":
            continue
        if m.end() + s.start <= pos:
            lo = m.end() + s.start
        elif m.start() + s.start > pos:
            hi = m.start() + s.start
            break
    return lo, hi, s.text[lo - s.start:hi - s.start]


@resolver("award.grade.cdp_letter", "CDP's letter grades next to what they grade, after a verb of getting one or "
          "after an article, each with the questionnaire of its clause: 'on the CDP Climate A List', 'scored A- "
          "from CDP', 'an A for water security ... and an A- for climate change'")
def _cdp_grade(x: _Anchor) -> list[Draft] | None:
    grades = _grades_near(x)
    drafts = []
    for a, b, letter in grades:
        topic = _topic(x, a, alone=len(grades) == 1)
        # CDP's A List is the set of companies scored A, so an A score and the A List are one award.
        name = f"CDP{topic} A List" if letter == "A" else f"CDP{topic.lower()} rating"
        drafts.append(_draft(x.s, "award.cdp_grade", min(x.a, a), max(x.b, b), award=name, issuer="CDP",
                             grade=letter))
    return drafts or None


def _topic(x: _Anchor, at: int, *, alone: bool) -> str:
    """The questionnaire a grade at `at` is for, named in its clause (nearest it); of a sentence's only grade,
    anywhere in the issuer's window; "" when none is named."""
    s, topic_re = x.s, _words(x.s.code).topic
    lo, hi, _ = _clause(s, at)
    found = list(topic_re.finditer(s.text, lo - s.start, hi - s.start))
    if not found and alone:
        found = list(topic_re.finditer(x.window))
        at -= x.win_lo - s.start
    else:
        at -= s.start
    if not found:
        return ""
    nearest = min(found, key=lambda m: min(abs(m.start() - at), abs(m.end() - at)))
    return f" {CDP_QUESTIONNAIRES[nearest.lastgroup]}"


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
    if not grades or not (RE_RATING_WORD.search(x.window) or s.has("rating_verb", x.win_lo, x.win_hi)):
        return None
    grade = _esg_grade(x, grades)
    g_start, g_end = s.start + grade.start(), s.start + grade.end()
    if _graded_elsewhere(x, g_start):
        return None
    return _draft(s, "award.esg_rating", min(x.a, g_start), max(x.b, g_end), award=LETTER_RATED[x.issuer],
                  issuer=x.issuer, grade=grade.group("g"))


def _nearer_other(x: _Anchor, pos: int) -> bool:
    """Whether another issuer or index is named nearer `pos` than any mention of `x`'s: "listed in the Dow Jones
    Sustainability World Index ... and earned a Top 10% score in the S&P Global CSA" (the CSA's)."""
    near: dict[bool, int] = {}
    for o in ISSUER_SCAN.finditer(x.s.text):
        own = ISSUER_NAMES[o.group()] == x.issuer
        d = min(abs(pos - o.start() - x.s.start), abs(pos - o.end() - x.s.start))
        near[own] = min(near.get(own, d), d)
    return False in near and near[False] < near.get(True, abs(pos - x.a))


def _graded_elsewhere(x: _Anchor, g_start: int) -> bool:
    """Whether the grade at `g_start` is another mention's: a later mention of the same issuer nearer it ("SET
    Awards ... ระดับ AAA จาก SET ESG Ratings"), another issuer named between ("(SET: PSM) ได้รับการจัดอันดับ CDP ระดับ A"),
    or one nearer it that rates on the same scale ("(SET: ACME) was rated AA in the MSCI ESG Ratings")."""
    own = abs(g_start - x.a)
    for o in ISSUER_SCAN.finditer(x.chunk):
        at, key = o.start() + x.lo, ISSUER_NAMES[o.group()]
        nearer = abs(g_start - at) < own
        if key == x.issuer:
            if at >= x.b and nearer:
                return True
        elif min(g_start, x.a) < at < max(g_start, x.a) or (key in LETTER_RATED and nearer):
            return True
    return False


@resolver("award.grade.ladder_level", "the level of the CO2 Performance Ladder nearest its name: 'certified at "
          "level 5 of the CO2 Performance Ladder'")
def _ladder_level(x: _Anchor) -> Draft | None:
    levels = list(_words(x.s.code).ladder.finditer(x.window))
    if not levels:
        return None
    level = min(levels, key=lambda g: abs(x.win_lo + g.start() - x.a))
    return _draft(x.s, "award.ladder_level", min(x.a, x.win_lo + level.start()), max(x.b, x.win_lo + level.end()),
                  award="CO2-Prestatieladder", issuer="SKAO", grade=level.group("g"))


@lru_cache(maxsize=None)
def _level_re(code: str) -> regex.Pattern:
    """A programme's level word (`LEVELS` of any language) after or before this language's level word
    (cue `award_level`): 'ระดับดีเยี่ยม', 'ระดับ Gold', 'the "Excellent" level'."""
    cue = languages.get(code).pattern("award_level")
    levels = alternation(languages.joined("levels"))
    return regex.compile(rf"{cue}\s*[\"“'‘(]?\s*(?P<g>{levels})(?!\p{{Latin}})"
                         rf"|[\"“'‘](?P<g>{levels})[\"”'’]\s*{cue}", regex.I)


@resolver("award.grade.programme_level", "the level written with a programme, in any language's level words: "
          "'certified at the \"Excellent\" level', 'ระดับดีเยี่ยม (Excellent)', 'ระดับ Gold'")
def _programme_level(s: Sentence, a: int, b: int) -> str | None:
    level = _level_near(s, a, b)
    return None if level is None else languages.joined("levels")[level.group("g").lower()]


def _level_near(s: Sentence, a: int, b: int) -> regex.Match | None:
    """The level written nearest a programme named at `a:b` (`_level_re`), within `REACH` of it."""
    lo, hi = max(s.start, a - REACH), min(s.end, b + REACH)
    found = list(_level_re(s.code).finditer(s.text, lo - s.start, hi - s.start))
    return min(found, key=lambda m: min(abs(m.start() + s.start - b), abs(a - m.end() - s.start)), default=None)


#: How far from a programme its level may be written, and from one name of its giver the next.
REACH = 80
GIVER_GAP = 40


def _giver_end(s: Sentence, b: int) -> int:
    """Where the names of TGO written after `b` end, each close to the one before: "จากองค์การบริหารจัดการ
    ก๊าซเรือนกระจก (องค์การมหาชน) หรือ อบก." """
    for n in ISSUER_SCAN.finditer(s.text, b - s.start):
        if n.start() + s.start - b > GIVER_GAP:
            break
        if ISSUER_NAMES[n.group()] == "TGO":
            b = n.end() + s.start
    return b


@resolver("award.award.tgo_programme", "a programme of Thailand's greenhouse-gas agency named in the sentence, by "
          "its short or full name in any language, a Latin one first: 'LCSi', 'Climate Action Leading Organization "
          "(CALO)', 'ดัชนีองค์กรคาร์บอนต่ำและยั่งยืน'")
def _tgo_programme(x: _Anchor) -> Draft | None:
    s = x.s
    named = [m for m in ISSUER_SCAN.finditer(s.text) if m.group() in PROGRAMME_NAME and ISSUER_NAMES[m.group()] == "TGO"]
    if not named:
        return None  # the agency named for something else ("Carbon Footprint for Organization จาก อบก.")
    m = min(named, key=lambda m: (m.group() not in _LATIN_NAMES, abs(m.start() + s.start - x.a)))
    a = min(x.a, *(n.start() + s.start for n in named))
    b = max(x.b, *(n.end() + s.start for n in named))
    # the award runs on over its level and its giver ("(LCSi) ระดับดีเด่น (Outstanding) จาก อบก."), where its
    # year may follow ("... ประจำปี 2567")
    level = _level_near(s, a, b)
    b = _giver_end(s, max(b, level.end() + s.start if level else b))
    draft = _draft(s, "award.programme_level", a, b, award=PROGRAMME_NAME[m.group()], issuer="TGO")
    _decide(draft, "grade", first((_programme_level,), s, a, b))
    return draft


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
    written = s.text[x.a - s.start:x.b - s.start]
    # a programme written short or in another script is named in full ("DJSI", "ดัชนีความยั่งยืนดาวโจนส์")
    name = PROGRAMME_NAME.get(written) or s.text[x.a - s.start:name_end - s.start]
    draft = _draft(s, "award.index", x.a, name_end, award=name, issuer=issuer_of(x.issuer))
    _decide(draft, "grade", first((_stars, _distinction), x))
    return draft


@resolver("award.grade.distinction", "a distinction written near an index or yearbook, as its grade: 'included in "
          "the S&P Global Sustainability Yearbook with Top 5% distinction', 'named Industry Mover', 'Prime status'")
def _distinction(x: _Anchor) -> str | None:
    found = [m for m in cue_regex(x.s.code, "distinction").finditer(x.window) if not _nearer_other(x, x.win_lo + m.start())]
    if not found:
        return None
    nearest = min(found, key=lambda m: abs(x.win_lo + m.start() - x.a))
    return regex.sub(r"\s+", " ", regex.sub(r"(?i)^top\s*", "Top ", nearest.group("g"))).strip()


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
                                 "SKAO": _ladder_level, "Sustainalytics": _risk_level, "TGO": _tgo_programme}


def _issuer_award(x: _Anchor) -> list[Draft]:
    """The awards the issuer of `x` gives in its sentence (CDP may give several grades), naming the resolver
    that read them."""
    found, why = first((_READERS.get(x.issuer, _index), _issuer_mention), x)
    drafts = [] if found is None else found if isinstance(found, list) else [found]
    for draft in drafts:
        draft.why[RESOLVERS[why].attribute] = why
        draft.why["issuer"] = _known_issuer.id
    return drafts


def issuer_awards(s: Sentence, lo: int | None = None, hi: int | None = None) -> list[Draft]:
    """Awards anchored on a known issuer between `lo` and `hi` (default: the whole sentence)."""
    lo = s.start if lo is None else lo
    hi = s.end if hi is None else hi
    chunk = s.text[lo - s.start:hi - s.start]
    drafts: list[Draft] = []
    seen: dict[str, int] = {}  # issuers read, and where their last mention ends
    for m in ISSUER_SCAN.finditer(chunk):
        key, a = ISSUER_NAMES[m.group()], m.start() + lo
        if key in EXCHANGES and RE_TICKER.match(s.text, m.end() + lo - s.start):
            continue  # an exchange before a ticker, "(SET: PSM)", gives nothing
        if key in seen and (key not in INDEXES or _glosses(s, seen[key], a) or not _received_in_clause(s, a)):
            seen[key] = max(seen[key], m.end() + lo)
            continue
        x = _anchor(s, m, lo, hi, chunk)
        if first((_not_held,), s, x.a)[0]:
            continue
        for draft in _issuer_award(x):
            _set_streak(s, draft)
            drafts += dated(s, draft)
            seen[key] = max(draft.end, m.end() + lo)
    return drafts


#: Issuers that are also stock exchanges, and a ticker after their name: "(SET: PSM)", "SET:ACME".
EXCHANGES = frozenset({"SET"})
RE_TICKER = regex.compile(r"\s*:\s*\p{Lu}{2,}\b")

#: Issuers that give several awards in a sentence, one per clause saying something was received: every index
#: or yearbook ("the S&P Global CSA ... and the S&P Global Sustainability Yearbook 2025"), approvals of several
#: years ("SBTi อนุมัติเป้าหมาย ... ในปี 2564 ในปีนี้ SBTi ได้รับรอง ..."); another issuer gives one award per sentence.
INDEXES = frozenset({"S&P Global", "DJSI", "FTSE4Good", "FTSE Russell", "SBTi"})


def _received_in_clause(s: Sentence, a: int) -> bool:
    """Whether the clause holding `a` says something was received: a further index of an issuer is an award
    then ("... and was included in the S&P Global Sustainability Yearbook"), not a score named on the way
    ("..., after improving its S&P Global CSA Score by 11 points")."""
    lo, hi, _ = _clause(s, a)
    return s.has("award_verb", lo, hi) or s.has("approval", lo, hi)


def _glosses(s: Sentence, end: int, a: int) -> bool:
    """Whether a mention at `a` glosses the award that ends at `end`, in brackets or after a colon:
    "Dow Jones Sustainability Indices (DJSI)", "ดัชนีความยั่งยืนดาวโจนส์ (Dow Jones Sustainability Indices: DJSI)"."""
    return a >= end and regex.fullmatch(r"[\s(:]*", s.text[end - s.start:a - s.start]) is not None


@resolver("award.kept.not_held", "an award the clause naming it says is not the company's (yet), a clause of a "
          "list cut at 'and' or ';': 'is not a member of the Dow Jones Sustainability Indices', 'heeft ze ter validatie "
          "ingediend bij het SBTi', 'of the companies it invests in, 58% have targets approved by the SBTi'")
def _not_held(s: Sentence, a: int) -> bool | None:
    lo, hi, _ = _clause(s, a, commas=False)
    return True if s.has("award_not_held", lo, hi) else None


# --- scoring years --------------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _scoring_words(code: str) -> tuple[regex.Pattern | None, tuple[regex.Pattern, ...], tuple[regex.Pattern, ...]]:
    """A language's words about scoring years (`lang/<code>/scoring.py`): an earlier grade set against a
    new one, the words leading to a year written before an award, and a year named from the release's."""
    from extractor import lang as languages

    module = languages.get(code).extra.get("scoring")
    if module is None:
        return None, (), ()
    return (regex.compile(module.EARLIER_GRADE), tuple(regex.compile(p) for p in module.YEAR_LEAD),
            tuple(regex.compile(p) for p in getattr(module, "RELATIVE_LEAD", ())))


def _year_at(s: Sentence, pos: int) -> int | None:
    """The year of the date mention written at `pos` (Buddhist-era years already Gregorian)."""
    return next((d.year for d in s.dates if d.start <= pos < d.end and _may_be_for(s, d)), None)


def _year_before(s: Sentence, start: int) -> tuple[int, bool] | None:
    """The nearest year written in the words leading to an award: "In 2023 the company had received an A-",
    "voor het scoringsjaar 2024 een B", "ในปี 2566 บริษัทเคยได้รับระดับ A-", or named from the release's ("This year
    the SBTi also validated ..."), and whether it is named so."""
    lo = reach.left(s, start, "award_year")
    found: list[tuple[int, int, bool]] = []
    _, written, relative = _scoring_words(s.code)
    for rx, named in (*((r, False) for r in written), *((r, True) for r in relative)):
        for m in rx.finditer(s.text, lo - s.start, start - s.start):
            year = _year_at(s, m.start("y") + s.start)
            if year is not None:
                found.append((m.start(), year, named))
    return max(found)[1:] if found else None


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
    led = _year_before(s, draft.start)
    return None if led is None or led[1] else (led[0], "stated")


@resolver("award.period_year.calendar", "no year written: the issuer's calendar and the release's date (a CDP "
          "A List announced in January 2025 is for 2024)")
def _year_inferred(s: Sentence, draft: Draft, hi: int) -> _Dated | None:
    if draft.issuer in ANNOUNCED_FROM and s.reference is not None:
        return scoring_year(draft.issuer, s.reference), "inferred"
    return None


@resolver("award.period_year.relative_led", "a year named from the release's in the words leading to an award of an "
          "issuer without a known calendar: 'This year the SBTi also validated its net-zero target'")
def _year_relative(s: Sentence, draft: Draft, hi: int) -> _Dated | None:
    led = _year_before(s, draft.start)
    return None if led is None or not led[1] else (led[0], "stated")


#: How an issuer's award's scoring year is read, most certain first (an issuer's calendar before "this year",
#: which in a CDP release of January is the year after the one scored).
ISSUER_YEAR = (_year_written, _year_led, _year_inferred, _year_relative)


def award_year(s: Sentence, draft: Draft, hi: int) -> tuple[tuple[int | None, str | None], str | None]:
    """An award's scoring year and whether it is "stated" (written in it or right after it, up to `hi`, or
    in the words before it) or "inferred" from the issuer's calendar and the release's date
    (`scoring_year`), with the resolver that read it; ((None, None), None) for an issuer whose calendar is
    not known."""
    dated_as, why = first(ISSUER_YEAR, s, draft, hi)
    return dated_as or (None, None), why


def _earlier_grades(s: Sentence, end: int, hi: int | None = None) -> list[regex.Match]:
    """Where an earlier grade is set against an award that ends at `end` (`scoring.EARLIER_GRADE`), up to
    `hi` (default: the reach `award_earlier` past it)."""
    rx = _scoring_words(s.code)[0]
    if rx is None:
        return []
    hi = reach.right(s, end, "award_earlier") if hi is None else hi
    return list(rx.finditer(s.text, end - s.start, hi - s.start))


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


#: How CDP is written (`ISSUERS`): a grade right after a sentence naming it is its grade.
_CDP_NAMES = tuple(k for k, v in ISSUERS.items() if v == "CDP")


@resolver("award.issuer.context", "a CDP grade given alone, right after a sentence naming CDP: 'Acme scored B from "
          "CDP. In 2023 the company was still on the A List.'")
def _issuer_in_context(s: Sentence, doc: str) -> str | None:
    # how far before the sentence the issuer may be named: the reach `award_context`
    before = doc[reach.left_of(doc, s.code, s.start, "award_context"):s.start]
    return "CDP" if any(name in before for name in _CDP_NAMES) else None


def grades_after_issuer(s: Sentence, doc: str) -> list[Draft]:
    """A CDP list or score that a sentence names without its issuer, right after a sentence that names
    CDP: "Acme kreeg een B van CDP. In 2023 stond het bedrijf nog op de A-lijst." (with its year)."""
    grade = RE_LETTER_GRADE.search(s.text)  # asked first: few sentences hold a grade
    if grade is None:
        return []
    issuer, why = first((_issuer_in_context,), s, doc)
    if issuer is None:
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
    return issuer_of(ISSUER_NAMES[known.group()]) if known else None


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
    # not across a clause of its own: "secures SBTi validation and wins Climate Action award"
    if known is None or _breaks(s, known.end() + s.start, a):
        return None
    return issuer_of(ISSUER_NAMES[known.group()])


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
             or _words(s.code).event.search(s.text, reach.left_of(s.text, s.code, m.start(), "award_event"), m.start()) is not None)
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


# --- places in lists ---------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _place_re(code: str) -> regex.Pattern:
    """A place in a list (cue `list_place`) right before the list's name: words in capitals, the first of them
    (or of a compound, "VBDO-benchmark") its publisher, its lower-case words up to a clause's end after it."""
    joiners = "|".join(regex.escape(w) for w in (*languages.joined("name_joiners"), *languages.joined("list_name_joiners")))
    name = rf"{_CAP}(?:\s+(?:(?:{joiners})\s+)*{_CAP}|\s+\d{{1,4}}(?![\p{{L}}\d])){{0,8}}"
    sp = r"\s+" if languages.get(code).spaced else r"\s*"
    return regex.compile(rf"(?i:{cue_regex(code, 'list_place').pattern}){sp}(?P<name>{name})")


@resolver("award.award.list_place", "a list, ranking or benchmark a company holds a place in, by its name in "
          "capitals after the place: 'ranked fourth on the EPA Green Power Partnership list', 'in de top drie van "
          "de Questionmark Superlijst Klimaat', 'bovenaan de VBDO-benchmark', 'อันดับที่ 4 ของ Thailand Top ...'")
def _list_place(s: Sentence) -> list[regex.Match]:
    return list(_place_re(s.code).finditer(s.text)) if s.has("list_place") else []


@resolver("award.issuer.publisher", "the publisher of a list a company holds a place in: the first word of its "
          "name, or of a compound, when more follows: 'EPA Green Power Partnership', 'VBDO-benchmark'")
def _publisher(name: str) -> str | None:
    head = regex.match(r"(?P<h>[\p{L}\d&]+)(?:-\p{L}|\s+\S)", name)
    return head.group("h") if head else None


def _place(m: regex.Match, code: str) -> str:
    """A place in a list as a grade: "4th", "top 3", "1st" (the top, when no place is written)."""
    n = m.group("n") if "n" in m.re.groupindex else None
    value = 1 if not n else numeral(n, lang_data=languages.get(code))
    if value is None:
        return "ranked"
    prefix = "top " if regex.search(r"(?i)top", m.group()) and n else ""
    return f"{prefix}{value}" if prefix else f"{value}{_suffix(value)}"


def _suffix(value: int) -> str:
    return "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


@lru_cache(maxsize=None)
def _list_noun() -> regex.Pattern:
    return regex.compile(alternation(languages.joined("list_nouns")), regex.I)


def _names_a_list(s: Sentence, m: regex.Match) -> bool:
    """Whether the name after a place is a list's: a list noun in it or in the two words after it ("Questionmark
    Superlijst Klimaat", "EPA Green Power Partnership list"); "fourth in Europe" names none."""
    after = regex.match(r"(?:\s*\S+){0,2}", s.text[m.end("name"):])
    return _list_noun().search(m.group("name") + after.group()) is not None


def list_places(s: Sentence) -> list[Draft]:
    """Places in lists or benchmarks the sentence names (`_list_place`), each an award of its list."""
    if not s.has("list_place"):
        return []  # the place's resolver reads nothing without its cue
    drafts = []
    found, why = first((_list_place,), s)
    for m in found or ():
        if not _names_a_list(s, m):
            continue
        a, b = m.start("name") + s.start, m.end("name") + s.start
        issuer = _issuer_near(s, a, b)
        if not issuer[0]:
            issuer = first((_publisher,), m.group("name"))
        draft = _named_award(s, "award.list_place", a, b, m.group("name"), issuer)
        draft.grade = _place(m, s.code)
        draft.why["award"] = why
        drafts.append(draft)
    return drafts


def awards(s: Sentence, doc: str, *, issuers: bool = True, titled: bool = True) -> list[Draft]:
    """Every award mention of a sentence; a streak goes to the award written nearest to it.

    `issuers` and `titled` say whether the sentence names a known issuer and a verb of receiving
    (searched once per document): without them those two ways in need not be tried.
    """
    items = list_items(s, doc)
    if items:
        return items
    drafts = issuer_awards(s) if issuers else grades_after_issuer(s, doc)
    for d in (*(titled_awards(s) if titled else ()), *list_places(s)):
        # an award named by a known issuer, or glossed by its name in brackets, is not named twice
        if not any(o.start < d.end and d.start < o.end or _glosses(s, d.end, o.start) for o in drafts):
            drafts.append(d)
    if len(drafts) > 1:
        _streaks_to_nearest(s, drafts)
    return drafts
