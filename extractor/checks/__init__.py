"""Consistency checks, in three modules, and how a batch runs them on its engine (this module).

- `release`: one release by itself (`percent_out_of_range`, `target_in_past`, `ambiguous_number`;
  `check_alone` makes them where the release is extracted, in a batch's workers);
- `stories`: the same release in several languages or copied by several sites (stories), and
  `translation_mismatch` inside a story;
- `timeline`: a company's releases over time (`target_changed`, `streak_inconsistent`).

Every finding names its documents and claims, and its id depends only on them.
"""
from __future__ import annotations

from collections import defaultdict, namedtuple
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, groupby, islice
from operator import attrgetter

import pyarrow as pa

from extractor.checks.release import (ambiguous_number, check_alone, percent_out_of_range,  # noqa: F401
                                      single_claim_findings, target_in_past)
from extractor.output.records import Claim, Document, Finding

#: The columns of the claims table the checks read (the evidence sentence, the bulk of the table, is not one).
CHECKED_COLUMNS = ("claim_id", "doc_id", "lang", "kind", "metric", "action", "direction", "value", "unit",
                   "target_year", "period_year", "award", "issuer", "grade", "streak", "start", "value_text",
                   "ambiguous", "baseline_year", "end", "period_year_source")
#: Rows turned into objects at a time when the checks read the kept claims.
_BLOCK_ROWS = 4096
#: Of those, the ones with few distinct values: kept dictionary-encoded.
_REPEATED = ("doc_id", "lang", "kind", "metric", "action", "direction", "unit", "award", "issuer", "grade")
_DOC_ID = attrgetter("doc_id")


class ClaimStore:
    """The claims a batch keeps in memory for the checks: the checked columns only, gathered into
    chunks of a few thousand rows with repeated strings dictionary-encoded (tens of bytes a claim)."""

    def __init__(self, chunk_rows: int = 8192) -> None:
        self.chunk_rows = chunk_rows
        self._pending: list[pa.RecordBatch] = []
        self._pending_rows = 0
        self._chunks: list[pa.Table] = []

    def add(self, batch: pa.RecordBatch) -> None:
        """Keep the checked columns of a batch of claims-table rows."""
        self._pending.append(batch.select(list(CHECKED_COLUMNS)))
        self._pending_rows += batch.num_rows
        if self._pending_rows >= self.chunk_rows:
            self._compact()

    def _compact(self) -> None:
        import pyarrow.compute as pc

        if not self._pending:
            return
        table = pa.Table.from_batches(self._pending).combine_chunks()
        columns = [pc.dictionary_encode(table.column(n)) if n in _REPEATED else table.column(n)
                   for n in CHECKED_COLUMNS]
        self._chunks.append(pa.table(columns, names=list(CHECKED_COLUMNS)))
        self._pending, self._pending_rows = [], 0

    def table(self) -> pa.Table | None:
        """Every kept claim as one table (None when there are none)."""
        self._compact()
        if not self._chunks:
            return None
        return pa.concat_tables(self._chunks)


#: Claims from which the checks are shared out among an engine's workers (measured on two cores: at
#: 10,000 claims sending them costs more than it saves, at 47,000 it saves a quarter); parts per
#: worker at least (subjects differ in size: several parts even the load); and claims per part at
#: most (a worker's memory stays the same however large the batch).
PARALLEL_CLAIMS = 25_000
PARTS_PER_WORKER = 4
PART_CLAIMS = 4000


@dataclass(frozen=True)
class CheckPart:
    """Groups of documents that no check looks across, with their claims: a list, or the rows of a
    claims table ordered by group, `counts[i]` of them for `groups[i]`."""

    groups: list[list[Document]]
    claims: list[Claim] | pa.Table
    counts: list[int] | None = None
    #: Whether the checks of single claims are made here (False: `check_alone` made them).
    singles: bool = True


def run_checks(documents: list[Document], claims: list[Claim] | pa.Table, *, engine=None,
               alone: list[Finding] | None = None) -> tuple[list[Document], list[Finding]]:
    """All checks; returns the documents (with `story_id` filled) and the findings, in a stable order.

    `claims` is a list, or an Arrow table of the claims table's rows (`CHECKED_COLUMNS` are enough):
    the batch keeps claims in that compact form and turns them into records (`CheckedClaim`) one
    group of documents at a time, since every check compares documents of one subject only. For the
    same reason the groups can be checked apart: given an `engine` (`runner.Engine`) and enough
    claims, its workers check parts of the groups, and the result is the same as checking them here.

    `alone`: the findings of `check_alone`, already made for every document (whose story id it set);
    then only the subjects of several releases are checked here, and the result is the same.
    """
    from extractor.companies import link

    documents, _ = link(documents)  # a batch not linked yet (the runner links it to write the companies table)
    singles = alone is None
    groups = _subject_groups(documents, lone=singles)
    parts = [CheckPart(groups, claims, singles=singles)]
    if engine is not None and shares_out(claims, engine):
        parts = _split(claims, groups, max(engine.workers * PARTS_PER_WORKER, -(-claims.num_rows // PART_CLAIMS)),
                       singles)
    results = map(check_part, parts) if len(parts) == 1 else engine.map(check_part, parts, _check_here)
    story_of: dict[str, str] = {}
    findings: list[Finding] = list(alone or ())
    for stories_of, found in results:
        story_of.update(stories_of)
        findings += found
    documents = [d.with_story(story_of[d.doc_id]) if d.doc_id in story_of and d.story_id != story_of[d.doc_id]
                 else d for d in documents]
    return documents, sorted(findings, key=lambda f: (f.check, f.doc_ids, f.finding_id))


def shares_out(claims: list[Claim] | pa.Table | None, engine) -> bool:
    """Whether `run_checks` hands parts of the checks to the `engine`'s workers (else they run here)."""
    return engine.workers > 1 and isinstance(claims, pa.Table) and claims.num_rows >= PARALLEL_CLAIMS


def check_part(part: CheckPart) -> tuple[dict[str, str], list[Finding]]:
    """The checks of a part of the groups: story ids by document, and findings (in no set order)."""
    from extractor.checks import stories

    story_of: dict[str, str] = {}
    findings: list[Finding] = []
    if part.counts is None:
        grouped = _claims_by_group(part.claims, part.groups, part.singles)
    else:
        grouped = _grouped(part.claims, part.groups, part.counts)
    for members, claims_of in grouped:
        stories_of = stories.group_stories(members, claims_of)
        story_of.update(stories_of)
        if part.singles:
            findings += single_claim_findings([c for cs in claims_of.values() for c in cs],
                                              {d.doc_id: d for d in members})
        if len(members) > 1:
            members = [d.with_story(stories_of.get(d.doc_id)) for d in members]
            findings += stories.cross_document_findings(members, claims_of)
    return story_of, findings


def _check_here(part: CheckPart, err: BaseException) -> tuple[dict[str, str], list[Finding]]:
    """A part whose worker was lost is checked in this process: its result does not depend on where."""
    return check_part(part)


def _split(claims: pa.Table, groups: list[list[Document]], n: int, singles: bool = True) -> list[CheckPart]:
    """The groups in `n` runs of about the same size (claims and documents), each with its claims
    (taken apart: a slice of one table would carry the whole table's buffers to its worker)."""
    order, counts = _order(claims, groups, singles)
    weights = [count + len(g) for count, g in zip(counts, groups)]
    share = sum(weights) / n
    parts: list[CheckPart] = []
    first = row = done = 0
    for i, weight in enumerate(weights):
        done += weight
        if done >= share * (len(parts) + 1) or i == len(groups) - 1:
            rows = sum(counts[first:i + 1])
            parts.append(CheckPart(groups[first:i + 1], claims.take(order[row:row + rows]), counts[first:i + 1],
                                   singles))
            first, row = i + 1, row + rows
    return parts or [CheckPart(groups, claims, singles=singles)]


def _subject_groups(documents: list[Document], *, lone: bool = True) -> list[list[Document]]:
    """The ok documents in groups that no check looks across: one group per subject, and each
    document without a subject alone (`lone=False`: only the groups of several documents)."""
    from extractor.checks.stories import subject_groups

    ok = [d for d in documents if d.status == "ok"]
    groups = subject_groups(ok)
    if not lone:
        return [g for g in groups if len(g) > 1]
    grouped = {d.doc_id for g in groups for d in g}
    return groups + [[d] for d in ok if d.doc_id not in grouped]


#: What the checks read of a claim read back from the kept columns: a record of those columns only,
#: with a `Claim`'s names (the checks read either alike), made three times faster than a `Claim`.
CheckedClaim = namedtuple("CheckedClaim", CHECKED_COLUMNS)


def _column_values(column: pa.ChunkedArray) -> list:
    """A column as Python values; dictionary-encoded chunks are decoded through their (short) dictionary,
    far faster than converting value by value."""
    values: list = []
    for chunk in column.chunks:
        if pa.types.is_dictionary(chunk.type):
            values += _through_dictionary(chunk, chunk.dictionary.to_pylist(), None, object).tolist()
        else:
            values += chunk.to_pylist()
    return values


def _through_dictionary(chunk: pa.DictionaryArray, per_word: list, null: object, dtype: object):
    """A value for each row of a dictionary-encoded chunk, from `per_word` (one value per dictionary word;
    `null` for a null row), looked up once per word instead of once per row."""
    import numpy as np

    table = np.array([*per_word, null], dtype=dtype)  # index -1, a null row, takes the last entry
    return table[chunk.indices.fill_null(-1).to_numpy(zero_copy_only=False)]


def _claims_from(block: pa.Table) -> list[CheckedClaim]:
    """The checked claims of a block of claims-table rows (a checked column the block lacks is None)."""
    names = set(block.column_names)
    columns = [_column_values(block.column(n)) if n in names else [None] * block.num_rows
               for n in CHECKED_COLUMNS]
    return list(map(CheckedClaim._make, zip(*columns)))


def _flaggable(claims: pa.Table):
    """Rows a check of single claims may flag: a percentage above 100, a target with a year, an
    ambiguous number (a superset of what `percent_out_of_range`, `target_in_past` and
    `ambiguous_number` report)."""
    import pyarrow.compute as pc

    over = pc.and_kleene(pc.equal(claims.column("unit"), "%"), pc.greater(claims.column("value"), 100))
    target = pc.and_kleene(pc.equal(claims.column("kind"), "target"), pc.is_valid(claims.column("target_year")))
    flag = pc.or_kleene(pc.or_kleene(over, target), pc.is_valid(claims.column("ambiguous")))
    return pc.fill_null(flag, False).to_numpy(zero_copy_only=False)


def _claims_by_group(claims: list[Claim] | pa.Table, groups: list[list[Document]], singles: bool = True
                     ) -> Iterator[tuple[list[Document], dict[str, list[Claim]]]]:
    """Each group with its claims by document, in the order they were written. Claims made from a table
    are `CheckedClaim` records of the checked columns (no evidence sentence, rule or end: no check
    reads them), and a document alone in its group gets only the claims a check of single claims can
    flag (`_flaggable`; none when `singles` is False): nothing compares its other claims with anything."""
    if isinstance(claims, list):
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            by_doc[c.doc_id].append(c)
        for members in groups:
            yield members, {d.doc_id: by_doc[d.doc_id] for d in members if d.doc_id in by_doc}
        return
    order, counts = _order(claims, groups, singles)
    yield from _grouped(claims.take(order), groups, counts)  # one copy of the compact columns


def _order(claims: pa.Table, groups: list[list[Document]], singles: bool = True):
    """Which rows the checks read (see `_claims_by_group`), as row numbers ordered by group, and how many
    each group has."""
    import numpy as np

    group_of = {d.doc_id: i for i, g in enumerate(groups) for d in g}
    keys = np.concatenate([_keys(chunk, group_of) for chunk in claims.column("doc_id").chunks] or
                          [np.zeros(0, np.int64)])
    alone = np.array([len(g) == 1 for g in groups] + [True])  # the last entry stands for key -1 (no group)
    wanted = (keys >= 0) & ~alone[keys]
    if singles:
        wanted |= (keys >= 0) & _flaggable(claims)
    order = np.argsort(keys, kind="stable")
    order = order[wanted[order]]
    counts = np.bincount(keys[order], minlength=len(groups)) if len(order) else np.zeros(len(groups), np.int64)
    return order, counts.tolist()


def _keys(doc_ids: pa.Array, group_of: dict[str, int]):
    """The group of each row's document (-1: none); a dictionary-encoded column is looked up once per word."""
    import numpy as np

    if pa.types.is_dictionary(doc_ids.type):
        return _through_dictionary(doc_ids, [group_of.get(w, -1) for w in doc_ids.dictionary.to_pylist()], -1,
                                   np.int64)
    return np.fromiter((group_of.get(w, -1) for w in doc_ids.to_pylist()), dtype=np.int64, count=len(doc_ids))


def _grouped(ordered: pa.Table, groups: list[list[Document]], counts: list[int]
             ) -> Iterator[tuple[list[Document], dict[str, list[Claim]]]]:
    """Each group with its claims by document, from rows ordered by group (`_order`), read a block at a time."""
    made = chain.from_iterable(_claims_from(ordered.slice(start, _BLOCK_ROWS))
                               for start in range(0, ordered.num_rows, _BLOCK_ROWS))
    for members, count in zip(groups, counts):
        claims_of: dict[str, list[Claim]] = defaultdict(list)
        # A group's claims come together, each document's in a run: taken a run at a time.
        for doc_id, run in groupby(islice(made, count), key=_DOC_ID):
            claims_of[doc_id].extend(run)
        yield members, claims_of
