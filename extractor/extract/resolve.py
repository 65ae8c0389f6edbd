"""Decisions as small named resolvers: an id, one line saying what it reads, a function, and an example
per language (`lang/<code>/examples.py`, run by `tests/test_resolvers.py`).

A decision about a figure (its target year, its metric, its base year ...) is an ordered table of
resolvers. `first` tries them in order: the first that answers (returns anything but None) decides,
and its id is recorded in the claim's `resolvers` column, so that a user can see why a row says what
it says (Duckling's rules: name + pattern + production). `refine` runs a chain instead, where a later,
more particular reading replaces an earlier one ("the metric keyword", then "the figure before's, when
this one restates it"); the last that answered is recorded.

>>> @resolver("demo.size.big", "a number above ten")
... def big(n):
...     return "big" if n > 10 else None
>>> @resolver("demo.size.small", "any other number")
... def small(n):
...     return "small"
>>> first((big, small), 3)
('small', 'demo.size.small')
>>> del RESOLVERS["demo.size.big"], RESOLVERS["demo.size.small"]
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Resolver:
    """One way of deciding one attribute: `id` is `<kind>.<attribute>.<name>` (or `<attribute>.<name>` when
    shared by kinds), `description` says what it reads, with an example."""

    id: str
    description: str
    fn: Callable[..., Any]

    @property
    def attribute(self) -> str:
        """The claim attribute this resolver decides (the id's part naming it)."""
        parts = self.id.split(".")
        return parts[1] if parts[0] in ("target", "percentage", "quantity", "award") else parts[0]

    def __call__(self, *args: Any) -> Any:
        return self.fn(*args)


#: Every resolver by id (tests check each has an example in every language that records it).
RESOLVERS: dict[str, Resolver] = {}


def resolver(id: str, description: str) -> Callable[[Callable[..., Any]], Resolver]:
    """Register a function as the resolver `id`."""
    def register(fn: Callable[..., Any]) -> Resolver:
        if id in RESOLVERS:
            raise ValueError(f"resolver {id!r} is registered twice")
        RESOLVERS[id] = Resolver(id, description, fn)
        return RESOLVERS[id]

    return register


def first(table: Iterable[Resolver], *args: Any) -> tuple[Any, str | None]:
    """The answer of the first resolver of `table` that answers, and its id; (None, None) when none does."""
    for r in table:
        answer = r.fn(*args)
        if answer is not None:
            return answer, r.id
    return None, None


def refine(table: Iterable[Resolver], value: Any, why: str | None, *args: Any) -> tuple[Any, str | None]:
    """`value` (decided by `why`) passed through `table`: each resolver gets the value so far and may
    replace it (returns another value, not None); the last that did names the reason."""
    for r in table:
        answer = r.fn(value, *args)
        if answer is not None and answer != value:
            value, why = answer, r.id
    return value, why
