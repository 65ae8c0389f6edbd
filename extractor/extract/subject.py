"""The main organisation of a release, in Latin script where the text has one.

Press releases name their company again and again, in the headline, the
dateline paragraph ("ZTE Corporation (0763.HK)") and the body. `find_subject`
gives the subject `companies.find_company` settles on: the Latin alias of a
registered name in another script (Thai: "บริษัท ... จำกัด (มหาชน) หรือ SCE", each
language's `COMPANY_NAME` and `LATIN_ALIAS`); else the most frequent capitalised
Latin-script name (`frequent_name`, counting the headline double, skipping issuers,
acronyms of standards, months, units, places and the other words of
`lang.base.NOT_SUBJECTS` and `lang/<code>/companies.py`), written in full where a
legal name holds it; else the registered name in its own script; else a Latin name
given with its listing. When no name is certain, None.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

import regex

from extractor.lang.base import NOT_SUBJECTS

RE_NAME = regex.compile(r"(?<![\p{L}\p{N}&.-])(?:[\p{Lu}][\p{L}\p{N}&]*(?:[-.][\p{L}\p{N}]+)*)")
_LEGAL = frozenset({"Corporation", "Corp", "Inc", "Ltd", "Limited", "plc", "PLC", "Public", "Company", "Holdings",
                    "Group", "N.V", "NV", "B.V", "BV", "AG", "SE", "S.A", "PCL", "Co"})
_RE_FOLLOWING = regex.compile(r"((?:[ ][\p{Lu}][\p{L}&]+){1,3})")
@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Sentence-opening capitalised words of every supported language (a release mixes languages)."""
    from extractor import lang as languages

    return frozenset().union(*(languages.get(code).extra["not_names"] for code in languages.SUPPORTED))


@lru_cache(maxsize=1)
def _skipped() -> frozenset[str]:
    """Capitalised words that are no name of a release's company (`_not_names`, `companies.never_subjects`)."""
    from extractor.companies import never_subjects

    return _not_names() | never_subjects()


@lru_cache(maxsize=1)
def _particles() -> tuple[str, ...]:
    """Name particles of every supported language, longest first ("Van der" before "Van")."""
    from extractor import lang as languages

    found = {p for code in languages.SUPPORTED for p in languages.get(code).extra["name_particles"]}
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=1)
def _company_names() -> tuple[tuple[regex.Pattern, regex.Pattern | None], ...]:
    """The languages' patterns for a company's registered name in their own script, each with the
    pattern of a Latin name given after it (`COMPANY_NAME` and `LATIN_ALIAS` in patterns.py)."""
    from extractor import lang as languages

    found = []
    for code in languages.SUPPORTED:
        extra = languages.get(code).extra
        if extra["company_name"]:
            alias = extra["latin_alias"]
            found.append((regex.compile(extra["company_name"]), regex.compile(alias) if alias else None))
    return tuple(found)


def registered_names(text: str) -> Iterator[tuple[str, int]]:
    """Each language's first company named in its own script ("บริษัท ... จำกัด (มหาชน)"), and where it ends."""
    for company, _ in _company_names():
        if (m := company.search(text)) is not None:
            yield m.group("name"), m.end()


def latin_alias(text: str, end: int) -> str | None:
    """The Latin name given right after a registered name ending at `end` ("... (มหาชน) หรือ Siam Green
    Cement"), or None (a listing such as "(SET: TPC)" is no name)."""
    for company, alias in _company_names():
        m = alias.match(text, end) if alias is not None else None
        if m is None:
            continue
        listing = text[m.end():m.end() + 1] == ":"
        if not listing and m.group("alias").split()[0] not in NOT_SUBJECTS:
            return m.group("alias")
    return None


def find_subject(text: str, *, title: str | None = None) -> str | None:
    """The release's main organisation, or None when no name is certain (`companies.find_company`).

    >>> find_subject("ZTE Corporation (0763.HK) said... ZTE will... CDP rated ZTE A.")
    'ZTE'
    """
    from extractor.companies import find_company

    return find_company(text, title=title).subject


def frequent_name(text: str, title: str | None = None) -> str | None:
    """The most frequent capitalised Latin-script name, counting the headline double, written at least
    three times; never a month, a unit, a place or a common word (`companies.never_subject`)."""
    skipped = _skipped()
    counts = Counter(name for name in RE_NAME.findall(text)
                     if not (name in skipped or len(name) < 2 or name.isdigit()))
    if title:
        for name in RE_NAME.findall(title):
            if name in counts:
                counts[name] += 2
    if counts:
        score = max(counts.values())
        if score >= 3:  # of the names that score most, the one written first
            return _full_name(min((n for n, c in counts.items() if c == score), key=text.find), text)
    return None


def mask_names(text: str, subject: str | None) -> str:
    """`text` with the release's own name blanked where it is written as a name, the offsets unchanged:
    the copy cues are read in, so that a name holding a cue word gives no cue ("Van Dalen" no fall,
    "Target" no commitment, "Green Power" no renewable share). The whole name is blanked wherever it
    is written as in `subject`; one word of it only where it does not open a sentence (there it may be
    the word itself: "Green energy made up ...")."""
    name = (subject or "").strip()
    words = {w for w in name.split() if len(w) > 1 and w.isalpha()}
    if not words:
        return text
    spans = list(_whole_words(text, name)) if " " in name else []
    for word in words:
        for a, b in _whole_words(text, word):
            before = text[max(0, a - 4):a].rstrip(" \t\u00a0")
            if word == name or (before and before[-1] not in ".!?\n\r\"\u201c\u2018'("):
                spans.append((a, b))
    if not spans:
        return text
    parts, done = [], 0
    for a, b in sorted(spans):
        a = max(a, done)
        if a < b:
            parts += [text[done:a], "_" * (b - a)]
            done = b
    return "".join(parts) + text[done:]


def _whole_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where `word` stands in `text` as a whole word, case as written (`str.find`: a release's name
    differs from the last one's, and a pattern compiled for each would cost more than the search)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not _word_char(text[i - 1])) and (j == len(text) or not _word_char(text[j])):
            yield i, j
        i = text.find(word, i + 1)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _full_name(name: str, text: str) -> str:
    """'Northwind' -> 'Northwind Logistics' when the longer form recurs; legal suffixes stay off."""
    phrases: Counter[str] = Counter()
    pos = text.find(name)
    while pos >= 0:
        m = _RE_FOLLOWING.match(text, pos + len(name))
        before = text[pos - 1:pos]
        pos = text.find(name, pos + len(name))
        if m is None or (before and before.isalpha()):
            continue
        words = m.group(1).split()
        kept: list[str] = []
        for word in words:
            if word.rstrip(".") in _LEGAL or word in _not_names():
                break
            kept.append(word)
        for i in range(1, len(kept) + 1):
            phrases[" ".join([name, *kept[:i]])] += 1
    longest = [p for p, c in phrases.items() if c >= 2]
    return _with_particle(max(longest, key=lambda p: (len(p.split()), phrases[p])) if longest else name, text)


def _with_particle(name: str, text: str) -> str:
    """'Dalen Retail' -> 'Van Dalen Retail' when a name particle stands before it at least twice."""
    before: Counter[str] = Counter()
    pos = text.find(name)
    while pos >= 0:
        head = text[max(0, pos - 8):pos]
        for particle in _particles():
            if head.endswith(particle + " ") and not text[pos - len(particle) - 2:pos - len(particle) - 1].isalpha():
                before[particle] += 1
                break
        pos = text.find(name, pos + len(name))
    particle, count = before.most_common(1)[0] if before else ("", 0)
    return f"{particle} {name}" if count >= 2 else name
