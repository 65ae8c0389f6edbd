"""Exception types. Each carries a message a person can act on.

Stages raise these; only `pipeline.py` catches them and turns them into a
`documents` row with `status` and `reason`.
"""
from __future__ import annotations


class ExtractorError(Exception):
    """Base class of every error this package raises on purpose."""


class UsageError(ExtractorError):
    """The command line or an API call was given something it cannot use."""


class SkipDocument(ExtractorError):
    """The file is fine but out of scope (empty, unsupported type or language)."""


class IngestError(ExtractorError):
    """The file could not be read or decoded into text."""


class NormalizeError(ExtractorError, ValueError):
    """A string could not be read as a number or a date."""


class EnvironmentFailure(ExtractorError):
    """The environment failed, not the input: an output folder that cannot be written, a database that is
    locked, unreachable, read-only or refuses the login, a Dask cluster that cannot start. The command line
    exits with `exit_code` (3)."""

    exit_code = 3
