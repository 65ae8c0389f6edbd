"""Build: the extraction core compiled to C by mypyc when this machine can, plain Python when not.

Everything else about the package is in `pyproject.toml`. The modules in `COMPILED` are where a run
spends its time (reading numbers and dates, the cue scans, the extractors): plain Python code that
mypyc turns into a C extension from its type annotations, about a fifth faster on the whole
pipeline (README, "Performance"). Behaviour is the same either way, and the tests run on both.

- `EXTRACTOR_PURE_PYTHON=1` skips compiling (`make pure` in a checkout).
- Without mypyc or a C compiler the modules stay plain Python: each extension is optional, and an
  error while mypyc reads the code is reported and skipped, never a failed install.
"""
from __future__ import annotations

import os
import sys

from setuptools import setup

#: Modules compiled, in the order of the pipeline's stages.
COMPILED = [
    "extractor/scan.py",
    "extractor/normalize/numbers.py",
    "extractor/normalize/dates.py",
    "extractor/extract/__init__.py",
    "extractor/extract/draft.py",
    "extractor/extract/rules.py",
    "extractor/extract/matching.py",
    "extractor/extract/subject.py",
    "extractor/extract/percentages.py",
    "extractor/extract/quantities.py",
    "extractor/extract/targets.py",
    "extractor/extract/awards.py",
    "extractor/extract/merge.py",
]


#: setup.py commands that build code; the others (metadata: `egg_info`, `dist_info`) need no extensions,
#: and mypyc's reading of the code takes half a minute.
_BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def ext_modules() -> list:
    if os.environ.get("EXTRACTOR_PURE_PYTHON", "") not in ("", "0") or not _BUILDS & set(sys.argv[1:]):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("extractor: mypyc is not installed; the extraction core stays plain Python", file=sys.stderr)
        return []
    try:
        extensions = mypycify(["--ignore-missing-imports", *COMPILED], opt_level="3", group_name="extractor_core")
    except (Exception, SystemExit) as err:  # noqa: BLE001 - a type error must not fail an install
        print(f"extractor: mypyc could not compile the extraction core ({err}); it stays plain Python",
              file=sys.stderr)
        return []
    for extension in extensions:
        extension.optional = True  # no C compiler: a warning, and plain Python
    return extensions


setup(ext_modules=ext_modules())
