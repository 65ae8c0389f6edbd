"""One pipeline, three entry points: the batch runner, `extractor.extract_claims` and the spaCy component
run the same `STAGES` and must give the same claims, on every corpus case and every bundled release."""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import extractor
from extractor.ingest import ingest, walk
from extractor.lang import SUPPORTED
from extractor.runner import process_file
from extractor.stages import STAGES, Release, run

ROOT = Path(__file__).resolve().parents[1]
#: Columns that name the document rather than say what was claimed.
_OWN = ("claim_id", "doc_id")


def _rows(claims):
    return [{k: v for k, v in c.to_row().items() if k not in _OWN} for c in claims]


def _component_rows(nlp, text, published=None):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return [{k: v for k, v in s._.claim.items() if k not in _OWN} for s in doc.spans["claims"]]


def _cases():
    for code in SUPPORTED:
        corpus = importlib.import_module(f"extractor.lang.{code}.corpus")
        for case in corpus.CLAIMS:
            yield pytest.param(code, case.text, case.published, id=f"{code}:{case.text[:40]}")
        for text in corpus.CLAIM_NEGATIVE:
            yield pytest.param(code, text, None, id=f"{code}:no:{text[:40]}")


@pytest.fixture(scope="module")
def nlps():
    return {code: extractor.pipeline(code) for code in SUPPORTED}


@pytest.mark.parametrize(("code", "text", "published"), list(_cases()))
def test_a_corpus_case_gives_the_same_claims_through_the_api_and_the_component(nlps, code, text, published):
    assert _component_rows(nlps[code], text, published) == _rows(extractor.extract_claims(text, code, published=published))


_RELEASES = [s for s in walk([str(ROOT / "corpora")])]


@pytest.mark.parametrize("source", _RELEASES, ids=[s.doc_id for s in _RELEASES])
def test_a_bundled_release_gives_the_same_claims_through_all_three_entry_points(nlps, source):
    result = process_file(source)
    if result.document.status != "ok":
        pytest.skip(f"{result.document.status}: {result.document.reason}")
    doc = result.document
    ingested = ingest(Path(source.path).read_bytes(), suffix=Path(source.path).suffix)
    from_runner = _rows(result.claims)
    from_api = _rows(extractor.extract_claims(ingested.body, published=doc.published, title=doc.title))
    assert from_api == from_runner
    from_component = _component_rows(nlps[doc.lang], ingested.body, doc.published)
    assert from_component == _rows(extractor.extract_claims(ingested.body, doc.lang, published=doc.published))


def test_the_stages_are_declared_once_in_pipeline_order():
    assert [s.__name__ for s in STAGES] == ["language", "dateline", "sentences", "subject", "cues", "normalise",
                                             "extract", "claims"]


def test_a_given_language_and_date_are_taken_as_given():
    release = run(Release("Northwind wil tegen 2030 de uitstoot met 40 procent verminderen.", lang="nl",
                          published="2024-05-01"))
    assert (release.lang, release.published, release.lang_confidence) == ("nl", "2024-05-01", 1.0)
    assert [(c.kind, c.value, c.target_year) for c in release.claims] == [("target", 40.0, 2030)]


@pytest.mark.parametrize(("text", "lang", "message"), [
    ("Hallo.", None, "too little text"),
    ("Dies ist eine Pressemitteilung über die Klimaziele des Unternehmens für das Jahr 2030 und danach.", None,
     "not supported"),
    ("Northwind cuts emissions by 40% by 2030.", "de", "not supported"),
])
def test_a_release_that_cannot_go_on_says_why(text, lang, message):
    from extractor.errors import ExtractorError

    with pytest.raises(ExtractorError, match=message):
        extractor.extract_claims(text, lang)


def test_the_component_takes_its_spans_key_from_the_config_and_keeps_it_on_disk(tmp_path):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_claims", config={"spans_key": "climate"})
    nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    doc = loaded("Northwind will cut its emissions by 42% by 2030 against 2019.")
    assert [(s.label_, s.text) for s in doc.spans["climate"]] == [("target", "42%")]


def test_the_component_refuses_an_unsupported_language_when_added():
    import spacy

    from extractor.errors import UsageError

    with pytest.raises(UsageError, match="not supported"):
        spacy.blank("de").add_pipe("extractor_claims")
