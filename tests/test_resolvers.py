"""Every resolver has an id, a description and an example in every language (`lang/<code>/examples.py`)
that runs through the pipeline and makes it answer: it decides an attribute, which a claim names in its
`resolvers` column, or it vetoes a reading (a figure that is no claim, or no target, names nothing); a
language without an example says why. Every id a claim names is a registered resolver."""
from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from extractor.extract.resolve import RESOLVERS, first, refine, resolver
from extractor.lang import SUPPORTED
from extractor.stages import extract_claims

ROOT = Path(__file__).resolve().parents[1]


def _examples(code):
    return importlib.import_module(f"extractor.lang.{code}.examples")


def _named(claims):
    return {rid for c in claims for rid in json.loads(c.resolvers).values()}


def _cases():
    for rid in RESOLVERS:
        for code in SUPPORTED:
            examples = _examples(code)
            if rid in examples.NO_EXAMPLE:
                continue
            yield pytest.param(rid, code, examples.RESOLVERS.get(rid), id=f"{code}:{rid}")


def _answers(rid, text, code, published):
    """Whether resolver `rid` answers (returns anything but None or False) while `text` is read, or a claim
    names it."""
    r = RESOLVERS[rid]
    fn, answers = r.fn, []

    def watched(*args):
        answer = fn(*args)
        answers.append(answer is not None and answer is not False)
        return answer

    object.__setattr__(r, "fn", watched)
    try:
        named = _named(extract_claims(text, code, published=published))
    finally:
        object.__setattr__(r, "fn", fn)
    return any(answers) or rid in named


@pytest.mark.parametrize(("rid", "code", "example"), list(_cases()))
def test_a_resolver_example_makes_it_answer(rid, code, example):
    assert example is not None, f"{code} has no example of {rid} (add one to lang/{code}/examples.py, or say why not)"
    text, published = (example, None) if isinstance(example, str) else example
    assert _answers(rid, text, code, published)


@pytest.mark.parametrize("code", SUPPORTED)
def test_a_language_names_only_registered_resolvers_and_says_why_one_has_no_example(code):
    examples = _examples(code)
    assert set(examples.RESOLVERS) <= set(RESOLVERS)
    assert set(examples.NO_EXAMPLE) <= set(RESOLVERS)
    assert not set(examples.RESOLVERS) & set(examples.NO_EXAMPLE)
    assert all(len(why) > 20 for why in examples.NO_EXAMPLE.values())
    # a language lacks few examples: each one is a reading it does not need, or a gap
    assert len(examples.NO_EXAMPLE) <= 0.1 * len(RESOLVERS)


@pytest.mark.parametrize("rid", list(RESOLVERS))
def test_a_resolver_says_what_it_reads(rid):
    r = RESOLVERS[rid]
    assert r.id == rid and len(r.description) > 20 and r.attribute


def test_every_claim_of_the_bundled_corpora_names_registered_resolvers(tmp_path):
    from extractor.ingest import walk
    from extractor.runner import process_files

    results = process_files(walk([str(ROOT / "corpora")]))
    named = {rid for r in results for rid in _named(r.claims)}
    assert named and named <= set(RESOLVERS)
    targets = [c for r in results for c in r.claims if c.kind == "target"]
    assert all("metric" in json.loads(c.resolvers) for c in targets)
    assert all("target_year" in json.loads(c.resolvers) for c in targets if c.target_year is not None)


def test_first_answer_wins_and_a_refinement_names_the_last_change():
    @resolver("test.size.big", "a number above ten (test)")
    def big(n):
        return "big" if n > 10 else None

    @resolver("test.size.any", "any number is small (test)")
    def small(n):
        return "small"

    @resolver("test.size.huge", "above a thousand: huge (test)")
    def huge(value, n):
        return "huge" if n > 1000 else None

    try:
        assert first((big, small), 3) == ("small", "test.size.any")
        assert first((big, small), 30) == ("big", "test.size.big")
        assert refine((huge,), *first((big, small), 3000), 3000) == ("huge", "test.size.huge")
        assert refine((huge,), *first((big, small), 30), 30) == ("big", "test.size.big")
        with pytest.raises(ValueError, match="twice"):
            resolver("test.size.big", "again")(lambda n: None)
    finally:
        for rid in ("test.size.big", "test.size.any", "test.size.huge"):
            RESOLVERS.pop(rid, None)
