"""JSON lines: the encoder set up once writes what `json.JSONEncoder.encode` writes, byte for byte."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.write import _JSON, _encode_line, render_rows

_CELLS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                   st.text(), st.lists(st.text(), max_size=3))


@settings(max_examples=300)
@given(st.dictionaries(st.text(max_size=12), _CELLS, max_size=8))
def test_a_line_is_what_the_standard_encoder_writes(row):
    assert _encode_line(row) == _JSON.encode(row)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_a_number_json_cannot_hold_is_refused_as_before(bad):
    with pytest.raises(ValueError):
        _encode_line({"value": bad})


def test_rows_with_such_a_number_are_written_with_it_cleaned():
    text, batch = render_rows("claims", [{"claim_id": "c1", "value": math.nan, "text": "née “quoted”"}])
    text = text.decode("utf-8")
    assert '"value": null' in text and '"text": "née “quoted”"' in text and text.endswith("}\n")
    assert batch.num_rows == 1 and batch.column("value")[0].as_py() is None


def test_plain_rows_keep_their_order_and_characters():
    text, _ = render_rows("findings", [{"finding_id": "f1", "check": "x", "severity": "info", "doc_ids": ["a"],
                                        "claim_ids": ["c"], "message": "née “quoted”"}])
    assert text.decode("utf-8") == '{"finding_id": "f1", "check": "x", "severity": "info", "doc_ids": ["a"], "claim_ids": ["c"], ' \
                   '"message": "née “quoted”"}\n'
