"""JSON lines: one object per row, UTF-8 with Thai unescaped, `null` for a number JSON cannot hold (in
Parquet too), the values the standard library's encoder would write."""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.write import _encode_line, render_rows

_CELLS = st.one_of(st.none(), st.booleans(), st.integers(-(2 ** 63), 2 ** 63 - 1),
                   st.floats(allow_nan=False, allow_infinity=False), st.text(), st.lists(st.text(), max_size=3))


@settings(max_examples=300)
@given(st.dictionaries(st.text(max_size=12), _CELLS, max_size=8))
def test_a_line_reads_back_as_the_row_the_standard_encoder_writes(row):
    line = _encode_line(row)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line) == json.loads(json.dumps(row, ensure_ascii=False)) == row
    assert list(json.loads(line)) == list(row)  # keys in the row's order


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_a_number_json_cannot_hold_is_written_null(bad):
    assert json.loads(_encode_line({"value": bad, "unit": "%"})) == {"value": None, "unit": "%"}


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_rows_with_such_a_number_are_written_with_it_cleaned(bad):
    text, batch = render_rows("claims", [{"claim_id": "c1", "value": bad, "text": "née “quoted” ลดลง"},
                                         {"claim_id": "c2", "value": 52.0}])
    first, second = text.decode("utf-8").splitlines()
    assert json.loads(first)["value"] is None and "née “quoted” ลดลง" in first and text.endswith(b"}\n")
    assert json.loads(second)["value"] == 52.0
    assert batch.column("value").to_pylist() == [None, 52.0]


def test_plain_rows_keep_their_order_and_characters():
    text, batch = render_rows("findings", [{"finding_id": "f1", "check": "x", "severity": "info", "doc_ids": ["a"],
                                            "claim_ids": ["c"], "message": "née “quoted”"}])
    assert text.decode("utf-8") == '{"finding_id":"f1","check":"x","severity":"info","doc_ids":["a"],' \
                                   '"claim_ids":["c"],"message":"née “quoted”"}\n'
    assert batch.column("doc_ids").to_pylist() == [["a"]]
