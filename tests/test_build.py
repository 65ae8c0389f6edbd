"""The compiled extraction core (setup.py) is used only when every compiled module is at least as new as
its source; otherwise, or with EXTRACTOR_PURE_PYTHON=1, the sources are imported."""
from __future__ import annotations

import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import extractor

SUFFIX = EXTENSION_SUFFIXES[0]  # ".cpython-311-x86_64-linux-gnu.so" on this machine


def _package(root, *, built_after: bool, gap: float = 10):
    """A package with two modules and a compiled build of each, `gap` seconds older or newer than the sources."""
    pkg = root / "pkg"
    (pkg / "sub").mkdir(parents=True)
    sources = [pkg / "scan.py", pkg / "sub" / "__init__.py"]
    for source in sources:
        source.write_text("X = 1\n")
        built = source.with_name(source.stem + SUFFIX)
        built.write_bytes(b"")
        when = source.stat().st_mtime + (gap if built_after else -gap)
        os.utime(built, (when, when))
    return pkg


def test_the_compiled_modules_are_found_with_their_sources_and_builds(tmp_path):
    pkg = _package(tmp_path, built_after=True)
    found = extractor._compiled_modules(pkg)
    assert found == {"pkg.scan": (pkg / "scan.py", pkg / f"scan{SUFFIX}"),
                     "pkg.sub": (pkg / "sub" / "__init__.py", pkg / "sub" / f"__init__{SUFFIX}")}


def test_a_fresh_build_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv("EXTRACTOR_PURE_PYTHON", raising=False)
    meta_path = []
    assert extractor._choose_build(_package(tmp_path, built_after=True), meta_path) is True
    assert meta_path == []


def test_a_source_written_just_after_its_build_is_that_build_s(tmp_path, monkeypatch):
    """An installer writes a wheel's files one after the other: a source a moment after its build."""
    monkeypatch.delenv("EXTRACTOR_PURE_PYTHON", raising=False)
    assert extractor._choose_build(_package(tmp_path, built_after=False, gap=1), []) is True


def test_a_source_newer_than_its_build_puts_every_source_first_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.delenv("EXTRACTOR_PURE_PYTHON", raising=False)
    pkg, meta_path = _package(tmp_path, built_after=False), []
    with pytest.warns(RuntimeWarning, match="newer than its compiled build"):
        assert extractor._choose_build(pkg, meta_path) is False
    [finder] = meta_path
    spec = finder.find_spec("pkg.scan")
    assert spec.origin == str(pkg / "scan.py")
    package = finder.find_spec("pkg.sub")
    assert package.origin == str(pkg / "sub" / "__init__.py") and package.submodule_search_locations == [str(pkg / "sub")]
    assert finder.find_spec("pkg.other") is None and finder.find_spec("json") is None


@pytest.mark.parametrize("value, compiled", [("1", False), ("0", True), ("", True)])
def test_extractor_pure_python_turns_the_build_off(tmp_path, monkeypatch, value, compiled):
    monkeypatch.setenv("EXTRACTOR_PURE_PYTHON", value)
    meta_path = []
    assert extractor._choose_build(_package(tmp_path, built_after=True), meta_path) is compiled
    assert len(meta_path) == (0 if compiled else 1)


def test_the_running_core_is_what_compiled_says():
    from extractor.extract import matching
    from extractor.normalize import numbers

    for module in (matching, numbers):
        assert module.__file__.endswith(".py") is not extractor.COMPILED
    built = extractor._compiled_modules(Path(extractor.__file__).resolve().parent)
    finders = [f for f in sys.meta_path if type(f).__name__ == "_FromSource"]
    # compiled: no finder of sources; not compiled although built: the finder of those sources goes first
    assert len(finders) == (0 if extractor.COMPILED or not built else 1)
