import os
import shutil

import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")


def in_ci() -> bool:
    """Whether the suite runs in CI (`CI=true`, as CI services set it), where every test must run."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_program(*names: str, package: str) -> str:
    """The path of the first of `names` (a system program) found on PATH. When none is, the test is
    skipped with the Debian package to install, except in CI, where it fails: CI must run every test."""
    for name in names:
        if path := shutil.which(name):
            return path
    hint = f"{names[0]} is missing: apt-get install {package} (.ci/run installs it)"
    if in_ci():
        pytest.fail(hint)
    pytest.skip(hint)


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


#: Tests that need something of the system beyond Python, by marker: a test is marked when it uses one of
#: the fixtures, or its name or module holds one of the words. `pytest -m "not postgres"` leaves them out;
#: outside CI they skip themselves with a hint when the program is missing (`require_program`).
SYSTEM_MARKS = {
    "postgres": {"fixtures": ("postgres_url",), "words": ("postgres",)},
    "chromium": {"fixtures": (), "words": ("browser", "chromium")},
    "dask": {"fixtures": (), "words": ("dask", "scheduler")},
    "notebook": {"fixtures": (), "words": ("test_notebooks.py",)},
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        where = item.nodeid.lower()
        fixtures = set(getattr(item, "fixturenames", ()))
        for marker, how in SYSTEM_MARKS.items():
            if fixtures & set(how["fixtures"]) or any(word in where for word in how["words"]):
                item.add_marker(marker)
