"""Work written once as stages: a generator that pauses (`yield`) between its stages and returns its result.

`run_through` runs such work to the end; `interleave` runs several pieces stage by stage (the first
stage of each, then the second of each, and so on), which is how a chunk's files go through the
pipeline (`runner.process_files`): each stage's patterns and tables stay in the processor's caches
from one file to the next.

>>> def work(name):
...     seen.append(f"{name} reads")
...     yield
...     seen.append(f"{name} writes")
...     return name.upper()
>>> seen = []
>>> interleave([work("a"), work("b")]), seen
(['A', 'B'], ['a reads', 'b reads', 'a writes', 'b writes'])
>>> run_through(work("c"))
'C'
"""
from __future__ import annotations

from collections.abc import Generator
from typing import Any, TypeVar

T = TypeVar("T")
Stages = Generator[None, None, T]


def run_through(stages: Stages[T]) -> T:
    """Run `stages` to the end; what they return."""
    while True:
        try:
            next(stages)
        except StopIteration as done:
            return done.value


def interleave(pieces: list[Stages[Any]]) -> list[Any]:
    """Run `pieces` stage by stage, each stage of every piece before the next stage of any; what each
    returns, in the order of `pieces` (a piece may have fewer stages than the others)."""
    results: list[Any] = [None] * len(pieces)
    running = list(enumerate(pieces))
    while running:
        still = []
        for i, stages in running:
            try:
                next(stages)
            except StopIteration as done:
                results[i] = done.value
            else:
                still.append((i, stages))
        running = still
    return results
