"""The extractor as a spaCy component, for users' own pipelines.

    >>> import extractor
    >>> nlp = extractor.pipeline("nl")
    >>> doc = nlp("ZTE wil de uitstoot met 52% verminderen tegen 2030.")
    >>> [(s.label_, s.text, s._.claim["target_year"]) for s in doc.spans["claims"]]
    [('target', '52%', 2030)]

The component runs the pipeline of the batch runner (`extractor.stages.STAGES`) on `doc.text`, in
the pipeline's language, and puts each claim's evidence in `doc.spans[spans_key]`, labelled with its
kind; `span._.claim` holds the claim's row. Set `doc._.published` (an ISO date) when the release's
publication date is known; otherwise it is read from a dateline, as the runner does. It needs no trained model: `spacy.blank(lang)` is enough
(PyThaiNLP tokenises Thai). Its settings are spaCy config, so `nlp.to_disk` / `spacy.load` keep them:

    nlp.add_pipe("extractor_claims", config={"spans_key": "climate"})

Users add phrases to a language's cue lists (`cues`: the names of `extractor.lang.base.CUES`), or whole
spaCy `Matcher` patterns (`cue_patterns`, for a language written with spaces), and they are read as the
shipped ones are. The phrases are matched on the characters, with word edges (as fast as the regex lists
they replace), or with `"cue_matcher": "words"` on the words of spaCy's tokenizer, as they are whenever
token patterns are given; both give the same claims on every corpus case:

    nlp.add_pipe("extractor_claims", config={"cues": {"en": {"decrease": ["tumbled", "plunged"]}},
                                             "cue_patterns": {"en": {"increase": [[{"LOWER": "went"}, {"LOWER": "up"}]]}}})
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor import lang as languages
from extractor.errors import UsageError
from extractor.extract.cues import UserCues, user_cues

SPANS_KEY = "claims"
if not Span.has_extension("claim"):
    Span.set_extension("claim", default=None)
#: The release's publication date (ISO), when the caller knows it; else a dateline in the text gives it.
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


class ClaimsComponent:
    """Find claims in a `Doc` and store them as spans."""

    def __init__(self, nlp: Language, name: str, spans_key: str = SPANS_KEY, cues: dict | None = None,
                 cue_patterns: dict | None = None, cue_matcher: str = "characters") -> None:
        if not nlp.lang or nlp.lang not in languages.available():
            raise UsageError(f"extractor_claims: the pipeline's language {nlp.lang!r} is not supported "
                             f"(make it with spacy.blank() and one of {', '.join(languages.available())})")
        if not spans_key:
            raise UsageError("extractor_claims: spans_key must be a non-empty name")
        self.name = name
        self.lang: str = nlp.lang
        self.spans_key = spans_key
        self.user_cues = _user_cues(cues, cue_patterns, cue_matcher)

    def __call__(self, doc: Doc) -> Doc:
        from extractor.stages import Release, run

        spans = []
        with user_cues(self.user_cues):
            claims = run(Release(doc.text, lang=self.lang, published=doc._.published)).claims
        for claim in claims:
            span = doc.char_span(claim.start, claim.end, label=claim.kind, alignment_mode="expand")
            if span is None:
                continue
            span._.claim = claim.to_row()
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


#: What the phrases of the cue lists may be matched on (`extract.cues.CueMatcher`).
CUE_MATCHERS = ("characters", "words")


def _user_cues(phrases: dict | None, patterns: dict | None, matcher: str = "characters") -> UserCues | None:
    """The user's cues of the config, checked (a one-line error for an unknown cue or language)."""
    if matcher not in CUE_MATCHERS:
        raise UsageError(f"extractor_claims: cue_matcher must be one of {', '.join(CUE_MATCHERS)}, not {matcher!r}")
    if not phrases and not patterns and matcher == "characters":
        return None
    for code in (*(phrases or {}), *(patterns or {})):
        if code not in languages.available():
            raise UsageError(f"extractor_claims: cues for language {code!r}, which is not supported "
                             f"({', '.join(languages.available())})")
    for code in patterns or {}:
        if not languages.get(code).spaced:
            raise UsageError(f"extractor_claims: cue_patterns for {code!r}: its cues are matched on characters, "
                             "not on words; add phrases under 'cues' instead")
    try:
        return UserCues(phrases, patterns, words=matcher == "words")
    except (LookupError, ValueError) as e:
        raise UsageError(f"extractor_claims: {e}") from None


@Language.factory("extractor_claims", default_config={"spans_key": SPANS_KEY, "cues": {}, "cue_patterns": {},
                                                      "cue_matcher": "characters"})
def make_claims_component(nlp: Language, name: str, spans_key: str, cues: dict, cue_patterns: dict,
                          cue_matcher: str) -> ClaimsComponent:
    """spaCy factory `extractor_claims` (also registered through the `spacy_factories` entry point)."""
    return ClaimsComponent(nlp, name, spans_key, cues, cue_patterns, cue_matcher)


def pipeline(lang: str) -> Language:
    """A blank spaCy pipeline for `lang` with the claims component added."""
    import spacy

    languages.get(lang)  # clear error for an unsupported language
    nlp = spacy.blank(lang)
    nlp.add_pipe("extractor_claims")
    return nlp
