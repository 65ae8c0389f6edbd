import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")


def corpus_bodies() -> list[tuple[str, str]]:
    """(file name, decoded body) of every bundled release that has text (skipped samples left out)."""
    from pathlib import Path

    from extractor.ingest import ingest

    root = Path(__file__).resolve().parents[1] / "corpora"
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        try:
            found.append((path.name, ingest(path.read_bytes(), suffix=path.suffix).body))
        except Exception:  # noqa: BLE001 - skipped samples (empty, binary) have no text to scan
            continue
    return found
