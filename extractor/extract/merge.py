"""One row per distinct claim: fold repeated mentions together.

A release states its headline target in the title, a bullet and the body; the
contract wants one row with `mentions` counting the statements. Mentions fold
when they agree on the claim's key; then three looser folds:

- a target stated with a generic metric ("emissions") folds into the same
  target stated with a specific one (scope 1 and 2, value chain);
- a net-zero or carbon-neutral pledge without a year folds into the dated one
  of the same document; an unconfirmed one (no "target" word) with nothing to
  fold into is dropped;
- an award said with less (no issuer, grade or year: a headline's "wins Climate Action award")
  folds into the same award said with more; the same award of two years stays two rows (an SBTi
  validation in 2021 and another in 2024);
- a percentage without a period that repeats a target's value folds into it;
- a change (a percentage or quantity with a direction) without a period that repeats a dated
  one (the same value, unit, direction and metric: a headline's "CO2-uitstoot gehalveerd" and
  the body's "in 2024 ruim gehalveerd") folds into it.
"""
from __future__ import annotations

from dataclasses import fields

from extractor.extract.draft import Draft
from extractor.extract.matching import GENERIC_METRICS

_ATTRS = tuple(f.name for f in fields(Draft) if f.name not in ("kind", "rule", "start", "end", "sentence",
                                                                  "lang", "mentions", "spans", "generic"))
_PLEDGES = ("net_zero", "carbon_neutral")


def _key(d: Draft) -> tuple:
    if d.kind == "target":
        return (d.kind, d.action, d.value, d.unit, d.target_year, d.baseline_year, d.metric)
    if d.kind == "award":
        # A graded award is one per issuer, grade and year ("CDP A List" = "A-score van CDP"); others go by name.
        return (d.kind, d.issuer, d.grade, None if d.grade or d.generic else (d.award or "").lower(), d.period_year)
    return (d.kind, d.value, d.unit, d.direction, d.metric, d.period_year, d.qualifier)


def _fold(into: Draft, other: Draft) -> None:
    """Fold the mention `other` into `into`: what only `other` says is taken, with the resolver that said it."""
    for name in _ATTRS:
        if getattr(into, name) is None and getattr(other, name) is not None:
            setattr(into, name, getattr(other, name))
            _take_why(into, other, name)
    if other.streak and (into.streak or 0) < other.streak:
        into.streak = other.streak
        _take_why(into, other, "streak")
    into.mentions += other.mentions
    into.spans += other.spans or [(other.start, other.end)]
    into.generic = into.generic and other.generic


def _take_why(into: Draft, other: Draft, name: str) -> None:
    if name in other.why:
        into.why[name] = other.why[name]


def merge(drafts: list[Draft]) -> list[Draft]:
    """Distinct claims in order of first mention."""
    by_key: dict[tuple, Draft] = {}
    for d in sorted(drafts, key=lambda d: (d.start, d.end)):
        d.spans = d.spans or [(d.start, d.end)]
        key = _key(d)
        if key in by_key:
            _fold(by_key[key], d)
        else:
            by_key[key] = d
    rows = list(by_key.values())
    rows = _fold_awards(rows)
    rows = _fold_targets(rows)
    rows = _fold_percentages_into_targets(rows)
    rows = _fold_undated_figures(rows)
    return sorted(rows, key=lambda d: (d.start, d.end, d.kind))


#: What an award may be said without and still be the same award said elsewhere with it.
_AWARD_DETAILS = ("issuer", "grade", "period_year")


def _fold_awards(rows: list[Draft]) -> list[Draft]:
    keep: list[Draft] = []
    for d in rows:
        home = _award_home(d, rows) if d.kind == "award" else None
        if home is not None:
            _fold(home, d)
            continue
        keep.append(d)
    return keep


def _award_home(d: Draft, rows: list[Draft]) -> Draft | None:
    """Where award `d` folds: for a generic mention ("CDP recognition"), its issuer's award; else the same award
    (by name) said with more where `d` says less and never otherwise (an issuer, a grade or a year)."""
    others = [o for o in rows if o is not d and o.kind == "award" and not o.generic]
    if d.generic:
        return next((o for o in others if o.issuer == d.issuer), None)
    return next((o for o in others if (o.award or "").lower() == (d.award or "").lower() and _says_less(d, o)), None)


def _says_less(d: Draft, o: Draft) -> bool:
    """Whether award `d` says less than `o` and nothing else: no detail `o` lacks or differs on, one it has."""
    return (all(getattr(d, f) in (None, getattr(o, f)) for f in _AWARD_DETAILS)
            and any(getattr(d, f) is None and getattr(o, f) is not None for f in _AWARD_DETAILS))


_DROP = object()  # a target that folds into nothing and is no claim of its own


def _target_home(d: Draft, targets: list[Draft]) -> Draft | None | object:
    """Where target `d` folds: the same target with a metric named ("52% by 2030" in a headline, "scope 1
    and 2 emissions 52% by 2030" in the body), or a pledge with its year (an undated restatement of
    it); `_DROP` for an undated pledge the release never states ("carbon neutral lab"); None: nowhere."""
    home = _named_twin(d, targets) if d.metric in GENERIC_METRICS else None
    if home is None and d.action in _PLEDGES and d.target_year is None and d.value is None:
        home = _dated_pledge(d, targets) or (_DROP if d.generic else None)
    return home


def _named_twin(d: Draft, targets: list[Draft]) -> Draft | None:
    """The same target as `d` (action, value, year) with a metric named."""
    return next((o for o in targets if o is not d and o.metric not in GENERIC_METRICS
                 and (o.action, o.value, o.target_year) == (d.action, d.value, d.target_year)), None)


def _dated_pledge(d: Draft, targets: list[Draft]) -> Draft | None:
    """A pledge with its year: of `d`'s kind (net zero, carbon neutral) first, else any."""
    dated = [o for o in targets if o.action in _PLEDGES and o.target_year is not None]
    return next((o for o in dated if o.action == d.action), dated[0] if dated else None)


def _fold_targets(rows: list[Draft]) -> list[Draft]:
    targets = [d for d in rows if d.kind == "target"]
    keep: list[Draft] = []
    for d in rows:
        home = _target_home(d, targets) if d.kind == "target" else None
        if home is _DROP:
            continue
        if isinstance(home, Draft):
            _fold(home, d)
            targets.remove(d)
            continue
        keep.append(d)
    return keep


def _fold_percentages_into_targets(rows: list[Draft]) -> list[Draft]:
    targets = [d for d in rows if d.kind == "target" and d.value is not None]
    keep: list[Draft] = []
    for d in rows:
        if d.kind == "percentage" and d.period_year is None and d.direction in (None, "decrease"):
            home = next((t for t in targets if t.value == d.value and t.unit == d.unit), None)
            if home is not None:
                home.mentions += d.mentions
                continue
        keep.append(d)
    return keep


def _figure(d: Draft) -> tuple:
    return (d.kind, d.value, d.unit, d.direction, d.metric)


def _fold_undated_figures(rows: list[Draft]) -> list[Draft]:
    dated: dict[tuple, Draft] = {}
    for d in rows:
        if d.kind in ("percentage", "quantity") and d.period_year is not None and d.direction is not None:
            dated.setdefault(_figure(d), d)
    keep: list[Draft] = []
    for d in rows:
        home = dated.get(_figure(d)) if d.kind in ("percentage", "quantity") and d.period_year is None \
            and d.direction is not None else None
        if home is not None and d.target_year is None:
            _fold(home, d)
            continue
        keep.append(d)
    return keep
