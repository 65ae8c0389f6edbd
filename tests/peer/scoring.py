"""Scores of the peers' suites: per suite, the cases run, passed and left out (with their reasons).

`python -m tests.peer.scoring` prints the table the README and docs/numbers.md quote.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from extractor import find_numbers, parse_number
from extractor.errors import NormalizeError
from tests.peer import duckling_numerals, recognizers_numbers
from tests.peer.recognizers_numbers import Form, Sentence

#: The share of a suite's cases that must pass, and the most that may be left out.
TARGET, MAX_OUT_OF_SCOPE = 0.95, 0.05


@dataclass
class Score:
    suite: str
    total: int = 0
    passed: int = 0
    out_of_scope: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, object, object]] = field(default_factory=list)

    @property
    def scored(self) -> int:
        return self.total - len(self.out_of_scope)

    @property
    def rate(self) -> float:
        return self.passed / self.scored if self.scored else 1.0


def _close(got: object, want: float) -> bool:
    return isinstance(got, float) and math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)


def _form(case: Form) -> tuple[bool, object]:
    try:
        got: object = parse_number(case.text, case.lang)
    except NormalizeError as err:
        return case.value is None, err
    return case.value is not None and _close(got, case.value), got


def _sentence(case: Sentence, percent: bool) -> tuple[bool, object]:
    try:
        numbers = find_numbers(case.text, case.lang, words=True)
    except TypeError:  # before the words mode existed
        numbers = find_numbers(case.text, case.lang)
    if percent:
        numbers = [n for n in numbers if n.unit == "%"]
    got = tuple(n.value for n in numbers)
    return len(got) == len(case.values) and all(_close(g, w) for g, w in zip(got, case.values)), got


def score_cases(suite: str, cases, percent: bool = False) -> Score:
    score = Score(suite)
    for case in cases:
        score.total += 1
        if case.out_of_scope:
            score.out_of_scope.append((case.text, case.out_of_scope))
            continue
        ok, got = _form(case) if isinstance(case, Form) else _sentence(case, percent)
        if ok:
            score.passed += 1
        else:
            score.failed.append((case.text, case.value if isinstance(case, Form) else case.values, got))
    return score


def all_scores() -> list[Score]:
    scores = []
    for lang in ("th", "nl", "en"):
        rows = [Form(code, text, value, reason) for code, text, value, reason in duckling_numerals.CASES if code == lang]
        scores.append(score_cases(f"duckling {lang}", rows))
    for name, cases in recognizers_numbers.SUITES.items():
        scores.append(score_cases(name, cases, percent="percent" in name))
    return scores


def main() -> None:
    print("| suite | cases | out of scope | passed | rate |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for s in all_scores():
        print(f"| {s.suite} | {s.total} | {len(s.out_of_scope)} | {s.passed}/{s.scored} | {s.rate:.0%} |")
    for s in all_scores():
        for text, want, got in s.failed:
            print(f"FAIL {s.suite}: {text!r} want {want!r} got {got!r}")


if __name__ == "__main__":
    main()
