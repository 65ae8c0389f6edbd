"""Every supported language's example corpus (lang/<code>/corpus.py), run through one generic test each."""
from __future__ import annotations

import datetime as dt
import importlib

import pytest

from extractor.stages import extract_claims
from extractor.lang import SUPPORTED
from extractor.normalize.dates import find_dates
from extractor.normalize.numbers import find_numbers


def _corpus(code):
    return importlib.import_module(f"extractor.lang.{code}.corpus")


def _cases(table):
    return [pytest.param(code, case, id=f"{code}:{case.text[:40]}") for code in SUPPORTED
            for case in getattr(_corpus(code), table)]


def _texts(table):
    return [pytest.param(code, text, id=f"{code}:{text[:40]}") for code in SUPPORTED
            for text in getattr(_corpus(code), table)]


@pytest.mark.parametrize(("code", "case"), _cases("NUMBERS"))
def test_numbers(code, case):
    got = find_numbers(case.text, code)
    assert len(got) == len(case.expect), [(n.value, n.unit, n.text) for n in got]
    for number, want in zip(got, case.expect):
        assert number.value == pytest.approx(want[0])
        assert number.unit == want[1]
        if len(want) > 2:
            assert number.qualifier == want[2]
        assert case.text[number.start:number.end] == number.text


@pytest.mark.parametrize(("code", "text"), _texts("NUMBER_NEGATIVE"))
def test_number_lookalikes(code, text):
    assert [(n.value, n.text) for n in find_numbers(text, code)] == []


@pytest.mark.parametrize(("code", "case"), _cases("DATES"))
def test_dates(code, case):
    assert tuple(d.value for d in find_dates(case.text, code)) == case.expect


@pytest.mark.parametrize(("code", "text"), _texts("DATE_NEGATIVE"))
def test_date_lookalikes(code, text):
    assert [d.text for d in find_dates(text, code)] == []


def _fits(claim, want: dict) -> bool:
    return all(getattr(claim, k) == pytest.approx(v) if isinstance(v, float) else getattr(claim, k) == v
               for k, v in want.items())


def _one_to_one(claims, expect) -> bool:
    """Whether each expected claim matches its own claim and no claim is left over."""
    if len(claims) != len(expect):
        return False
    if not expect:
        return True
    first, rest = expect[0], expect[1:]
    return any(_fits(c, first) and _one_to_one(claims[:i] + claims[i + 1:], rest) for i, c in enumerate(claims))


def _show(claims):
    return [(c.kind, c.value, c.unit, c.metric, c.direction, c.target_year, c.baseline_year, c.period_year, c.issuer,
             c.grade, c.value_text) for c in claims]


@pytest.mark.parametrize(("code", "case"), _cases("CLAIMS"))
def test_claims(code, case):
    """The claims of a case are exactly those it expects: one claim for each, none more."""
    claims = extract_claims(case.text, code, published=case.published)
    assert _one_to_one(list(claims), list(case.expect)), f"expected {case.expect}; got {_show(claims)}"


@pytest.mark.parametrize(("code", "case"), [
    pytest.param(code, case, id=f"{code}:{case.text[:40]}", marks=pytest.mark.xfail(strict=True, reason=case.note))
    for code in SUPPORTED for case in _corpus(code).GAPS])
def test_known_gaps(code, case):
    """What the extractor does not read yet (each case's note says what): strict expected failures."""
    test_claims(code, case)


@pytest.mark.parametrize(("code", "text"), _texts("CLAIM_NEGATIVE"))
def test_claim_lookalikes(code, text):
    assert [(c.kind, c.value_text) for c in extract_claims(text, code)] == []


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_language_has_a_full_corpus(code):
    corpus = _corpus(code)
    normaliser_cases = len(corpus.NUMBERS) + len(corpus.NUMBER_NEGATIVE) + len(corpus.DATES) + len(corpus.DATE_NEGATIVE)
    assert normaliser_cases >= 80
    assert corpus.CLAIMS and corpus.CLAIM_NEGATIVE and corpus.GAPS
    assert all(case.note for case in corpus.GAPS), "every known gap says what is missing"
