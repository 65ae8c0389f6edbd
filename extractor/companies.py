"""Which company a release is from, and which releases of a batch are from one company.

A release names its company in several ways: a registered name in its own script with the legal
form ("บริษัท ชลธารา ฟู้ดส์ จำกัด (มหาชน)", "Zuivelcoöperatie De Weidehoeve", "Lumen Grid
Corporation"), a Latin name or a short name in brackets after it ("(Lumen Grid Corporation)",
'("Lumen")'), an abbreviation ("หรือ ปตท."), and its listings with their exchange ("(SET: CTF)",
"(Euronext: KEST)", "(0763.HK / 000063.SZ)", "(NYSE: LGRD)"). `find_company` reads them all from
one release; the legal forms and the words that are never a name are each language's
(`lang/<code>/companies.py`).

Across a batch, `link` makes one company of the releases whose names or listings are shared (a
Thai release naming its company in Thai script only and the English one share "SET: CTF"), gives
each document that company's `company_id`, and returns the rows of the `companies` table. A
document read alone carries what was read (`Company.identity`: its listings and names) in
`company_id` until its batch is linked.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from extractor.output.records import Document, stable_id

#: Stock exchanges as written before a ticker ("SET: CTF") -> the exchange's short name.
EXCHANGES = {
    "SET": "SET", "mai": "SET", "BKK": "SET", "NYSE": "NYSE", "NASDAQ": "Nasdaq", "Nasdaq": "Nasdaq",
    "Euronext": "Euronext", "Euronext Amsterdam": "Euronext", "Euronext Brussels": "Euronext",
    "Euronext Paris": "Euronext", "AEX": "Euronext", "SSE": "SSE", "SZSE": "SZSE", "HKEX": "HKEX", "HKSE": "HKEX",
    "SEHK": "HKEX", "LSE": "LSE", "TSX": "TSX", "ASX": "ASX", "SGX": "SGX", "KRX": "KRX", "TWSE": "TWSE",
    "TYO": "TSE", "TSE": "TSE", "Xetra": "Xetra", "FWB": "Xetra", "OTCQX": "OTC",
}
#: Exchanges written as a suffix of the ticker ("0763.HK", "000063.SZ").
SUFFIXES = {"HK": "HKEX", "SZ": "SZSE", "SS": "SSE", "SH": "SSE", "T": "TSE", "KS": "KRX", "TW": "TWSE",
            "BK": "SET", "AS": "Euronext", "L": "LSE", "SI": "SGX", "AX": "ASX"}
_EXCHANGE = "|".join(regex.escape(e) for e in sorted(EXCHANGES, key=len, reverse=True))
RE_BRACKET = regex.compile(r"\(([^()\n]{2,80})\)")
RE_LISTING = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?P<ex>{_EXCHANGE})\s*:\s*(?P<tk>[A-Z0-9][A-Z0-9.]{{0,9}}?)(?=[\s,;/)]|$)"
    rf"|(?<![\p{{L}}\p{{N}}.])(?P<tk2>\d{{3,6}}|[A-Z]{{1,5}})\.(?P<sx>{'|'.join(SUFFIXES)})(?![\p{{L}}\p{{N}}])")
#: Words of a Latin name: capitalised, with "&", digits and inner dots or hyphens ("Co-op", "S&P").
_WORD = r"\p{Lu}[\p{L}\p{N}&'’-]*"


@dataclass(frozen=True)
class Company:
    """What one release says about its company: names as written (legal forms off; Latin names
    first) and listings as `EXCHANGE:TICKER`."""

    names: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    #: the name to give as the release's subject, when one is certain
    subject: str | None = None

    @property
    def identity(self) -> str | None:
        """Listings and names in one string (what `link` reads from a document's `company_id`)."""
        tokens = [f"L:{x}" for x in self.listings] + [f"N:{x}" for x in self.names]
        return _SEP.join(tokens) if tokens else None


_SEP = "\x1f"
#: A linked company's id: "co-" and twelve hex digits.
_LINKED = regex.compile(r"^co-[0-9a-f]{12}$")


def listings(text: str) -> tuple[str, ...]:
    """Listings written in brackets, as `EXCHANGE:TICKER`, in the order written, each once.

    >>> listings("ZTE Corporation (0763.HK / 000063.SZ) and Chonthara Foods (SET: CTF)")
    ('HKEX:763', 'SZSE:63', 'SET:CTF')
    """
    return tuple(dict.fromkeys(x for bracket in _listing_brackets(text) for x in _read_listings(bracket.group(1))))


def _listing_brackets(text: str) -> Iterator[regex.Match]:
    """The brackets that hold a listing."""
    for bracket in RE_BRACKET.finditer(text):
        if RE_LISTING.search(bracket.group(1)):
            yield bracket


def _read_listings(inside: str) -> list[str]:
    found = []
    for m in RE_LISTING.finditer(inside):
        exchange = EXCHANGES[m.group("ex")] if m.group("ex") else SUFFIXES[m.group("sx")]
        ticker = (m.group("tk") or m.group("tk2")).rstrip(".")
        found.append(f"{exchange}:{ticker.lstrip('0') or ticker if ticker.isdigit() else ticker}")
    return found


@lru_cache(maxsize=1)
def _words() -> tuple:
    """Every language's company words, as patterns: (legal suffixes, legal prefixes, words never a
    subject, short-name patterns, abbreviation patterns)."""
    from extractor import lang as languages

    suffixes: set[str] = set()
    prefixes: set[str] = set()
    never: set[str] = set()
    shorts, abbreviations = [], []
    for code in languages.SUPPORTED:
        ld = languages.get(code)
        module = ld.extra.get("companies")
        never |= set(ld.months)
        never |= {u for u in ld.units() if u[:1].isupper()}
        if module is None:
            continue
        suffixes |= set(module.LEGAL_SUFFIXES)
        prefixes |= set(module.LEGAL_PREFIXES)
        never |= set(module.NOT_SUBJECTS)
        if module.SHORT_NAME:
            shorts.append(regex.compile(module.SHORT_NAME))
        if module.ABBREVIATION:
            abbreviations.append(regex.compile(module.ABBREVIATION))
    suffix = "|".join(regex.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    latin_prefixes = [p for p in prefixes if p[:1].isascii() or p[:1].isupper()]
    prefix = "|".join(regex.escape(p) for p in sorted(latin_prefixes, key=len, reverse=True)) or r"(?!x)x"
    # a Latin name with its legal form, right before a bracket: "Chonthara Foods Public Company Limited (SET: CTF)"
    legal_name = regex.compile(rf"(?<![\p{{L}}\p{{N}}&.-])(?P<name>{_WORD}(?:[ ]{_WORD}){{0,5}}?)"
                               rf"(?:,?[ ](?P<form>{suffix}))?(?=[ ]?\()")
    prefixed = regex.compile(rf"(?<![\p{{L}}])(?P<name>(?:{prefix})[ ](?:(?:De|Het|The)[ ])?{_WORD}(?:[ ]{_WORD}){{0,3}})")
    return (suffixes, prefixes, frozenset(never), tuple(shorts), tuple(abbreviations), legal_name, prefixed)


def never_subject(word: str) -> bool:
    """Whether a capitalised word is never a release's subject: a month, a unit, a place or a
    heading of any supported language ("May", "MW", "California", "Note")."""
    return word in never_subjects()


@lru_cache(maxsize=1)
def never_subjects() -> frozenset[str]:
    """The words `never_subject` holds, with the issuers and other words of `lang.base.NOT_SUBJECTS`."""
    from extractor.lang.base import NOT_SUBJECTS

    return NOT_SUBJECTS | _words()[2]


def strip_legal(name: str) -> str:
    """A name without its legal form ("Lumen Grid Corporation" -> "Lumen Grid"; Thai "จำกัด (มหาชน)" off).
    A Latin name of one word keeps it: "Evil Corp" is not "Evil"."""
    suffixes = _words()[0]
    name = name.strip().rstrip(",")
    changed = True
    while changed:
        changed = False
        for s in sorted(suffixes, key=len, reverse=True):
            if name.endswith(s) and len(name) > len(s) and name[-len(s) - 1] in " ,":
                bare = name[:-len(s)].rstrip(" ,")
                if " " not in bare and bare.isascii():
                    return name
                name, changed = bare, True
    return name


def _registered(text: str) -> Iterator[tuple[str, int]]:
    """Registered names in a language's own script ("บริษัท ... จำกัด (มหาชน)") and where each ends."""
    from extractor.extract.subject import registered_names

    yield from registered_names(text)


def _listed_names(text: str) -> Iterator[tuple[str | None, list[str], str | None]]:
    """Each bracket of listings with the Latin name written with its legal form right before it ("Chonthara
    Foods Public Company Limited (SET: CTF)", or None where no such name stands there) and the short name
    given right after it ('(NYSE: LGRD) ("Lumen")', or None)."""
    legal_name, shorts = _words()[5], _words()[3]
    for bracket in _listing_brackets(text):
        m = None
        for m in legal_name.finditer(text, max(0, bracket.start() - 120), bracket.start() + 1):
            pass
        name = None
        if m is not None and m.end() == len(text[:bracket.start()].rstrip(" ")):
            name = _clean_words(m.group("name"))
        short = next((s.group("short") for rx in shorts if (s := rx.match(text, bracket.end()))), None)
        yield name, _read_listings(bracket.group(1)), short


def _prefixed_names(text: str) -> list[str]:
    """Names opened by a legal form that belongs to them: "Zuivelcoöperatie De Weidehoeve"."""
    return [m.group("name") for m in _words()[6].finditer(text)]


def _clean_words(name: str) -> str | None:
    """A name without leading words that are no part of it ("BANGKOK", "Today", a month)."""
    words = name.split()
    while words and (never_subject(words[0]) or words[0].isupper() and len(words[0]) > 4 and len(words) > 1
                     and not words[1].isupper()):
        words.pop(0)
    return " ".join(words) or None


def find_company(text: str, *, title: str | None = None) -> Company:
    """The company of a release: its names in every script and its listings."""
    from extractor.extract.subject import frequent_name

    local, aliases = _registered_company(text)
    listed = list(_listed_names(text))
    latin = [strip_legal(name) for name, _, _ in listed if name] + _prefixed_names(text)
    subject = _subject(aliases, latin, frequent_name(text, title), local)
    own = [n for n in latin if subject and _holds(n, subject)]
    names = tuple(dict.fromkeys(n for n in (*aliases, *own, subject, *local) if n))
    mine, shorts = _own_listings(listed, names)
    return Company(names=tuple(dict.fromkeys((*names, *shorts))), listings=mine, subject=subject)


def _own_listings(listed: list[tuple[str | None, list[str], str | None]], names: tuple[str, ...]
                  ) -> tuple[tuple[str, ...], list[str]]:
    """The company's own listings and the short names given after them: those written with one of its
    `names`, or the first written without a name (a partner's listing later in the text, "with Foo Corp
    (NYSE: FOO)", is not the company's)."""
    mine: dict[str, None] = {}
    shorts = []
    for n, (name, found, short) in enumerate(listed):
        if (name is not None and strip_legal(name) in names) or (name is None and n == 0):
            mine.update(dict.fromkeys(found))
            shorts += [short] if short else []
    return tuple(mine), shorts


def _holds(name: str, word: str) -> bool:
    """Whether `name` is `word` written in full ("Zuivelcoöperatie De Weidehoeve" holds "Weidehoeve")."""
    return name == word or word in name.split() or name.startswith(word)


def _registered_company(text: str) -> tuple[list[str], list[str]]:
    """The first registered name in a language's own script with its abbreviations, and its Latin alias."""
    from extractor.extract.subject import latin_alias

    for name, end in _registered(text):
        local = [strip_legal(name)]
        local += [m.group("abbr") for rx in _words()[4] if (m := rx.match(text, end)) is not None]
        alias = latin_alias(text, end)
        return local, [strip_legal(alias)] if alias else []
    return [], []


def _subject(aliases: list[str], latin: list[str], frequent: str | None, local: list[str]) -> str | None:
    """The name a release is about: the Latin alias of its registered name; else the most frequent name,
    written in full where a legal name holds it ("Zuivelcoöperatie" -> "Zuivelcoöperatie De Weidehoeve");
    else its registered name in its own script (a Latin name listed elsewhere in such a release is a
    partner's); else a Latin name given with a listing or legal form."""
    if aliases:
        return aliases[0]
    if frequent:
        return next((n for n in latin if _holds(n, frequent)), frequent)
    return local[0] if local else latin[0] if latin else None


def root(parent, x):
    """The root of `x` in a union-find forest (`parent[x]` is x's parent), halving the path on the way."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _tokens(identity: str) -> list[str]:
    return [t[:2] + _key(t[2:]) if t.startswith("N:") else t for t in identity.split(_SEP) if t]


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def link(documents: list[Document]) -> tuple[list[Document], list[dict]]:
    """One company for the documents whose names or listings are shared: each document gets its
    company's id, and the `companies` table's rows (one per company, in a stable order)."""
    ids, rows = link_ids([d.doc_id for d in documents], [d.company_id for d in documents])
    return [d if c == d.company_id else d.with_company(c) for d, c in zip(documents, ids)], rows


def link_ids(doc_ids: Sequence[str], identities: Sequence[str | None]) -> tuple[list[str | None], list[dict]]:
    """`link` of a batch given as two columns, row by row: each document's id and what was read of its
    company (`Company.identity`, or an id already linked); the linked `company_id` of each row, and the
    `companies` table's rows. A batch too large to hold as `Document`s is linked from these columns alone."""
    read = [n for n, identity in enumerate(identities) if identity and not _LINKED.match(identity)]
    linked = list(identities)
    if not read:
        return linked, []
    parent = list(range(len(read)))

    def find(x: int) -> int:
        return root(parent, x)

    first: dict[str, int] = {}
    for n, i in enumerate(read):
        for token in _tokens(identities[i]):
            if token in first:
                parent[find(n)] = find(first[token])
            else:
                first[token] = n
    groups: dict[int, list[int]] = defaultdict(list)
    for n in range(len(read)):
        groups[find(n)].append(read[n])
    rows = []
    for members in groups.values():
        row = _company_row([doc_ids[i] for i in members], [identities[i] for i in members])
        rows.append(row)
        for i in members:
            linked[i] = row["company_id"]
    return linked, sorted(rows, key=lambda r: (r["name"] or "", r["company_id"]))


def _company_row(doc_ids: list[str], identities: list[str]) -> dict:
    """A `companies` row: the id (from the group's smallest listing, else its smallest name), the name
    most written in Latin script, every name, every listing, the documents."""
    names: Counter[str] = Counter()
    found: set[str] = set()
    for identity in identities:
        for token in identity.split(_SEP):
            if token.startswith("L:"):
                found.add(token[2:])
            elif token.startswith("N:"):
                names[token[2:]] += 1
    keys = sorted(found) or sorted(_key(n) for n in names)
    latin = [n for n, _ in names.most_common() if n.isascii() or regex.match(r"^\p{Latin}", n)]
    name = latin[0] if latin else (names.most_common(1)[0][0] if names else None)
    return {"company_id": "co-" + stable_id("company", keys[0], length=12), "name": name,
            "names": sorted(names, key=lambda n: (-names[n], n)), "listings": sorted(found),
            "doc_ids": sorted(doc_ids)}


def company_of(documents: Iterable[Document]) -> dict[str, str]:
    """doc_id -> company_id for the documents a company was found for."""
    return {d.doc_id: d.company_id for d in documents if d.company_id}
