"""The setup of the fork server that starts the clean processes (`runner.CLEAN_PRELOAD`), imported there
only, never in the main process.

A process started by the server reads what it is to run from the main process as it starts. When the main
process has ended in the meantime (Ctrl-C while the pool's workers were starting), what it left behind is
gone, the start fails, and Python would print that failure's traceback under the main process's one-line
"interrupted": such a process now ends quietly. Any other error is printed as Python prints it.
"""
from __future__ import annotations

import os
import sys

#: The main process: the server's parent when it started.
MAIN = os.getppid()


def _main_gone() -> bool:
    from extractor.runner import _started_at

    return _started_at(MAIN) is None


def _quiet_when_orphaned(kind, err, tb) -> None:
    if _main_gone():
        return
    sys.__excepthook__(kind, err, tb)


sys.excepthook = _quiet_when_orphaned
