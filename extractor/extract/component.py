"""The extractor as a spaCy component, for users' own pipelines.

    >>> import extractor
    >>> nlp = extractor.pipeline("nl")
    >>> doc = nlp("ZTE wil de uitstoot met 52% verminderen tegen 2030.")
    >>> [(s.label_, s.text, s._.claim["target_year"]) for s in doc.spans["claims"]]
    [('target', '52%', 2030)]

The component runs the same engine-neutral extraction as the batch runner
(`extract_drafts`) on `doc.text` and puts each claim's evidence in
`doc.spans["claims"]`, labelled with its kind; `span._.claim` holds the row's
fields. It needs no trained model: `spacy.blank(lang)` is enough (PyThaiNLP
tokenises Thai).
"""
from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor import lang as languages

SPANS_KEY = "claims"
if not Span.has_extension("claim"):
    Span.set_extension("claim", default=None)


class ClaimsComponent:
    """Find claims in a `Doc` and store them as spans."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not nlp.lang:
            raise ValueError("the pipeline has no language: make it with spacy.blank('en'), 'nl' or 'th'")
        self.lang: str = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        from extractor.extract import extract_drafts

        lang_data = languages.get(self.lang)
        sentences = [(a, b, self.lang) for a, b in lang_data.split_sentences(doc.text)]
        spans = []
        for draft in extract_drafts(doc.text, sentences, lang=self.lang):
            span = doc.char_span(draft.start, draft.end, label=draft.kind, alignment_mode="expand")
            if span is None:
                continue
            span._.claim = {k: v for k, v in asdict(draft).items() if k not in ("spans", "generic", "sentence")}
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory("extractor_claims")
def make_claims_component(nlp: Language, name: str) -> ClaimsComponent:
    """spaCy factory `extractor_claims` (also registered through the `spacy_factories` entry point)."""
    return ClaimsComponent(nlp, name)


def pipeline(lang: str) -> Language:
    """A blank spaCy pipeline for `lang` with the claims component added."""
    import spacy

    languages.get(lang)  # clear error for an unsupported language
    nlp = spacy.blank(lang)
    nlp.add_pipe("extractor_claims")
    return nlp
