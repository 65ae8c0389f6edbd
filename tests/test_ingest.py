"""Ingest: every kind of file a scraped news folder holds gets text or a clear status, never a crash."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.errors import IngestError, SkipDocument
from extractor.ingest import decode, guess_title, ingest, walk

THAI = "ZTE ตั้งเป้าลดการปล่อยก๊าซเรือนกระจกลง 52% ภายในปี 2573"
DUTCH = "De uitstoot daalde met 9,7% – een mooie prestatie van Groene Energie B.V. in Zürich"


@pytest.mark.parametrize(("raw", "text", "encoding"), [
    pytest.param("plain ascii release".encode(), "plain ascii release", "utf-8", id="ascii"),
    pytest.param(THAI.encode("utf-8"), THAI, "utf-8", id="utf8-thai"),
    pytest.param(b"\xef\xbb\xbf" + DUTCH.encode("utf-8"), DUTCH, "utf-8-sig", id="utf8-bom"),
    pytest.param(b"\xff\xfe" + DUTCH.encode("utf-16-le"), DUTCH, "utf-16", id="utf16-le-bom"),
    pytest.param(b"\xfe\xff" + THAI.encode("utf-16-be"), THAI, "utf-16", id="utf16-be-bom"),
    pytest.param(b"\xff\xfe\x00\x00" + THAI.encode("utf-32-le"), THAI, "utf-32", id="utf32-le-bom"),
    pytest.param(THAI.encode("cp874"), THAI, "cp874", id="cp874-thai"),
    pytest.param(DUTCH.encode("cp1252"), DUTCH, "cp1252", id="cp1252-dutch"),
    pytest.param("regel een\r\nregel twee\r\n".encode(), "regel een\r\nregel twee\r\n", "utf-8", id="crlf-kept"),
])
def test_decode(raw, text, encoding):
    assert decode(raw) == (text, encoding, None)
    assert raw.decode(encoding) == text  # the `encoding` column decodes the file to the text offsets index


ENGLISH = "Acme cut its emissions by 42% and invested €5 million in solar power in 2024."
DAMAGED = "CO₂-uitstoot daalde met 9,7% — Zürich investeert €12 miljoen".encode()


@pytest.mark.parametrize(("raw", "text", "encoding", "note"), [
    pytest.param(ENGLISH.encode().replace(b"cut", b"c\xfft"), ENGLISH.replace("cut", "c\ufffdt"), "utf-8",
                 "1 invalid byte", id="en-one-bad-byte-keeps-euro"),
    pytest.param(DAMAGED[:-3] + b"\xe2\x82", DAMAGED[:-3].decode() + "\ufffd", "utf-8", "2 invalid bytes",
                 id="nl-truncated-sequence"),
    pytest.param(THAI.encode().replace("ลด".encode(), b"\xe0\xb8"), THAI.replace("ลด", "\ufffd"), "utf-8",
                 "2 invalid bytes", id="th-broken-characters"),
    pytest.param(b"<html><meta charset=\"windows-1252\"><p>Caf\xe9 \xe2\x82\xac 5</p>", "<html><meta charset="
                 "\"windows-1252\"><p>Café â‚¬ 5</p>", "cp1252", None, id="declared-charset-wins"),
    pytest.param(b"<?xml version='1.0' encoding='utf-8'?><p>Caf\xe9 5%</p>", "<?xml version='1.0' encoding="
                 "'utf-8'?><p>Caf\ufffd 5%</p>", "utf-8", "1 invalid byte", id="declared-utf8-replaces"),
    pytest.param(DUTCH.encode("cp1252"), DUTCH, "cp1252", None, id="cp1252-is-not-damaged-utf8"),
    pytest.param(("ข่าวประชาสัมพันธ์ " + THAI).encode("cp874"), "ข่าวประชาสัมพันธ์ " + THAI, "cp874", None,
                 id="tis620-is-not-damaged-utf8"),
    pytest.param(ENGLISH.encode("utf-16-le"), ENGLISH, "utf-16-le", None, id="en-utf16le-no-bom"),
    pytest.param(ENGLISH.encode("utf-16-be"), ENGLISH, "utf-16-be", None, id="en-utf16be-no-bom"),
    pytest.param(THAI.encode("utf-16-le"), THAI, "utf-16-le", None, id="th-utf16le-no-bom"),
    pytest.param(DUTCH.encode("utf-16-be"), DUTCH, "utf-16-be", None, id="nl-utf16be-no-bom"),
])
def test_decode_prefers_utf8_with_bad_bytes_replaced_and_finds_utf16_without_bom(raw, text, encoding, note):
    got = decode(raw)
    assert (got.text, got.encoding) == (text, encoding)
    assert (note is None and got.note is None) or note in got.note
    if got.note:
        assert raw.decode(encoding, errors="replace") == text  # what the reason tells a user to do


@pytest.mark.parametrize(("raw", "suffix", "error", "reason"), [
    pytest.param(b"", ".txt", SkipDocument, "empty", id="empty"),
    pytest.param(b"  \n\t \r\n", ".md", SkipDocument, "white space", id="whitespace"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ".txt", SkipDocument, "PNG image", id="png-as-txt"),
    pytest.param(b"%PDF-1.4\n", ".txt", SkipDocument, "PDF", id="pdf-as-txt"),
    pytest.param(b"abc\x00def\x00\x00", ".txt", SkipDocument, "NUL bytes", id="nul-bytes"),
    pytest.param(b"\xff\xfe\x00\xd8", ".txt", IngestError, "byte-order mark", id="broken-utf16"),
    pytest.param(b"some text", ".docx", SkipDocument, "file type .docx is not read", id="docx"),
    pytest.param(b"some text", "", SkipDocument, "(no ending)", id="no-suffix"),
    pytest.param(b"<html><body><script>x=1</script></body></html>", ".html", SkipDocument, "no visible text",
                 id="html-without-text"),
])
def test_unusable_files_get_a_reason(raw, suffix, error, reason):
    with pytest.raises(error, match=pytest.importorskip("re").escape(reason)):
        ingest(raw, suffix=suffix)


def test_html_becomes_text_with_title_and_date():
    page = ("<html><head><title>Old</title><meta property='article:published_time' content='2024-01-15T09:00'>"
            "<style>p{}</style></head><body><h1>Acme cuts 30%</h1><p>Rock &amp; roll &eacute;&#39;s</p>"
            "<script>var x;</script></body></html>").encode()
    got = ingest(page, suffix=".html")
    assert "Rock & roll é's" in got.text
    assert "var x" not in got.text and "p{}" not in got.text
    assert got.title == "Acme cuts 30%"
    assert got.html_date == "2024-01-15"


def test_txt_holding_html_is_read_as_html():
    got = ingest(b"<!DOCTYPE html><html><body><p>Net zero &amp; more</p></body></html>", suffix=".txt")
    assert got.text == "Net zero & more"


def test_scraper_header_is_metadata_not_body():
    text = " date 2024-05 ZTE ' s doelstellingen zijn goedgekeurd.\n\nSHENZHEN, 6 mei 2024 -- tekst"
    got = ingest(text.encode(), suffix=".txt")
    assert got.header_date == "2024-05"
    assert got.text == text
    assert len(got.body) == len(got.text)
    assert got.body.lstrip().startswith("ZTE ' s")
    assert got.title == "ZTE ' s doelstellingen zijn goedgekeurd."


@pytest.mark.parametrize(("body", "title"), [
    ("Headline here\n\nBody text.", "Headline here"),
    ("SHENZHEN, China, 6 mei 2024 /PRNewswire/ -- x\nSecond line", "Second line"),
    ("\n\n  • Bullet headline\n", "Bullet headline"),
])
def test_guess_title(body, title):
    assert guess_title(body) == title


def test_walk_is_recursive_sorted_and_relative(tmp_path):
    for name in ("b/z.txt", "a.txt", "b/a/y.html", "c.pdf"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    assert [s.doc_id for s in walk([str(tmp_path)])] == ["a.txt", "b/a/y.html", "b/z.txt", "c.pdf"]


def test_walk_prefixes_ids_when_given_several_folders(tmp_path):
    for name in ("one/a.txt", "two/a.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    ids = [s.doc_id for s in walk([str(tmp_path / "one"), str(tmp_path / "two")])]
    assert ids == ["one/a.txt", "two/a.txt"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".html", ".md", ".pdf", ""]))
def test_no_byte_sequence_crashes_ingest(raw, suffix):
    try:
        got = ingest(raw, suffix=suffix)
    except (SkipDocument, IngestError) as err:
        assert str(err)
    else:
        assert got.text.strip()
        assert len(got.body) == len(got.text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_any_text_round_trips_through_utf8(text):
    if not text.strip() or "\x00" in text:
        return
    try:
        decoded, encoding, _ = decode(text.encode("utf-8"))
    except SkipDocument:  # mostly control characters: reported, not crashed
        return
    assert decoded == (text[1:] if text.startswith("\ufeff") else text)


_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "cp874", "cp1252", "utf-8-sig", "utf-16")


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=400), st.sampled_from(_ENCODINGS), st.lists(
    st.tuples(st.integers(0, 2000), st.binary(min_size=1, max_size=3)), max_size=3))
def test_damaged_text_in_any_encoding_decodes_to_what_it_says_or_is_refused(text, encoding, damage):
    """Text in one of the encodings scraped folders hold, with a few bytes spliced in: decoding gives text
    that the reported encoding gives back (with errors='replace' when a note says bytes were replaced), or
    one of the documented refusals, never another exception."""
    raw = text.encode(encoding, errors="replace")
    for at, junk in damage:
        raw = raw[:at] + junk + raw[at:]
    try:
        got = decode(raw)
    except (SkipDocument, IngestError) as err:
        assert str(err)
        return
    whole = raw.decode(got.encoding, errors="replace" if got.note else "strict")
    assert got.text in (whole, whole.lstrip("\ufeff"))
    assert got.note is None or (got.encoding == "utf-8" and "invalid byte" in got.note)
