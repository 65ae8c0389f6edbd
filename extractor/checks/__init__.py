"""Consistency checks, in three modules, and how a batch runs them on its engine (this module).

- `release`: one release by itself (`percent_out_of_range`, `target_in_past`, `ambiguous_number`;
  `check_alone` makes them where the release is extracted, in a batch's workers);
- `stories`: the same release in several languages or copied by several sites (stories), and
  `translation_mismatch` inside a story;
- `timeline`: a company's releases over time (`target_changed`, `streak_inconsistent`).

Every finding names its documents and claims, and its id depends only on them.

A batch (`runner`) checks its companies in partitions on its engine (`company_groups`, `check_companies`):
a worker reads its partition's claims from the batch's staged file itself (`ClaimRows`). `run_checks`
checks documents and claims given in memory, in parts on an engine when asked.
"""
from __future__ import annotations

from collections import Counter, defaultdict, namedtuple
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, groupby, islice
from operator import attrgetter
from pathlib import Path

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


def checked_schema() -> pa.Schema:
    """The schema of the checked columns (`CHECKED_COLUMNS`), as the claims table types them."""
    from extractor.output.write import SCHEMAS

    return pa.schema([SCHEMAS["claims"].field(n) for n in CHECKED_COLUMNS])


@dataclass(frozen=True)
class ClaimRows:
    """Rows of a batch's checked claims on disk (an Arrow IPC file of `CHECKED_COLUMNS`, `write.StagedRows`):
    `lengths[i]` rows from `starts[i]`, in that order. What a worker gets of its part's claims: it reads
    them itself, memory-mapped, so they are never gathered in the process that hands the part out."""

    path: str
    starts: tuple[int, ...]
    lengths: tuple[int, ...]

    @property
    def num_rows(self) -> int:
        return sum(self.lengths)

    def read(self) -> pa.Table:
        """The rows, in order, as one table of their own (not a view of the mapped file): only they are copied,
        each from the staged batch that holds it (`write.StagedBatches`)."""
        import numpy as np

        from extractor.output.write import StagedBatches, read_staged

        if not self.starts:
            return read_staged(self.path).slice(0, 0)
        return StagedBatches([self.path]).take(
            np.concatenate([np.arange(s, s + n, dtype=np.int64) for s, n in zip(self.starts, self.lengths)]))


#: Claims from which the checks are shared out among an engine's workers (measured on two cores when
#: parts carried their claims: at 10,000 claims sending them cost more than it saved, at 47,000 it saved
#: a quarter; a batch's partitions now carry only where their claims are, `check_companies`); parts per
#: worker at least (companies differ in size: several parts even the load); and claims per part at
#: most (a worker's memory stays the same however large the batch, short of one very large company).
PARALLEL_CLAIMS = 25_000
PARTS_PER_WORKER = 4
PART_CLAIMS = 4000


@dataclass(frozen=True)
class CheckPart:
    """Groups of documents that no check looks across, with their claims: a list, or the rows of a
    claims table ordered by group, `counts[i]` of them for `groups[i]` (a table, or where on disk it is:
    `ClaimRows`)."""

    groups: list[list[Document]]
    claims: list[Claim] | pa.Table | ClaimRows
    counts: list[int] | None = None
    #: Whether the checks of single claims are made here (False: `check_alone` made them).
    singles: bool = True
    #: Where the worker writes the part's findings (`staged_findings`) instead of handing them back (None: it
    #: hands them back)
    findings_to: str | None = None


@dataclass(frozen=True)
class FindingsFile:
    """Findings a worker wrote to a staged file (`CheckPart.findings_to`), and how many of each severity."""

    path: str
    severities: Counter


def findings_schema() -> pa.Schema:
    """The findings table's schema and the key of each finding's place in it (`finding_order`)."""
    from extractor.output.write import SCHEMAS

    return SCHEMAS["findings"].append(pa.field("order", pa.string()))


def findings_batch(findings: list[Finding]) -> pa.RecordBatch:
    """Findings as rows of `findings_schema`."""
    return pa.RecordBatch.from_pylist([{**f.to_row(), "order": finding_order(f)} for f in findings],
                                      schema=findings_schema())


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


def shares_out(claims: list[Claim] | pa.Table | int | None, engine) -> bool:
    """Whether the checks are handed in parts to the `engine`'s workers (else they run here): `claims`, a
    table of them or (`check_companies`) how many there are."""
    count = claims if isinstance(claims, int) else claims.num_rows if isinstance(claims, pa.Table) else 0
    return engine.workers > 1 and count >= PARALLEL_CLAIMS


def check_part(part: CheckPart) -> tuple[dict[str, str], list[Finding]]:
    """The checks of a part of the groups: story ids by document, and findings (in no set order)."""
    from extractor.checks import stories

    story_of: dict[str, str] = {}
    findings: list[Finding] = []
    if part.counts is None:
        grouped = _claims_by_group(part.claims, part.groups, part.singles)
    else:
        claims = part.claims.read() if isinstance(part.claims, ClaimRows) else part.claims
        grouped = _grouped(claims, part.groups, part.counts)
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


#: A document as `company_groups` groups it: its row in the batch, its linked company and its subject.
_Member = namedtuple("_Member", "row company_id subject")


def company_groups(statuses: Sequence[str] | pa.Array, company_ids: Sequence[str | None],
                   subjects: Sequence[str | None] | pa.Array) -> list[list[int]]:
    """The rows of a batch's documents (the columns given, row by row: lists or Arrow arrays) in the groups of
    several `ok` documents that the checks across releases compare: one per company (`stories.subject_groups`;
    a document without one by subject). A document alone in its group is not in one: `check_alone` checked
    it. Of the statuses and subjects, only the `ok` rows and the subjects of those without a company are read."""
    import numpy as np
    import pyarrow.compute as pc

    from extractor.checks.stories import subject_groups

    statuses, subjects = _arrow(statuses), _arrow(subjects)
    ok = np.flatnonzero(pc.fill_null(pc.equal(statuses, "ok"), False).to_numpy(zero_copy_only=False)).tolist()
    lone = [r for r in ok if not company_ids[r]]
    subject_of = dict(zip(lone, subjects.take(pa.array(lone, pa.int64())).to_pylist()))
    members = [_Member(r, company_ids[r], subject_of.get(r)) for r in ok]
    return [[m.row for m in g] for g in subject_groups(members) if len(g) > 1]


def _arrow(values: Sequence[str | None] | pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    return values if isinstance(values, (pa.Array, pa.ChunkedArray)) else pa.array(values, pa.string())


def check_companies(groups: list[list[int]], documents: Callable[[list[int]], list[Document]], claims: str,
                    first_claim: Sequence[int], n_claims: Sequence[int], *, engine, read_here: bool = False,
                    findings_in: str | None = None, keys: list[str] | None = None, cache: CheckCache | None = None
                    ) -> Iterator[tuple[dict[str, str], list[Finding] | FindingsFile | pa.Table]]:
    """The checks across releases of a batch, a partition of companies at a time on `engine` (`runner.Engine`):
    `groups` of document rows (`company_groups`), `documents(rows)` their `Document`s, and their claims the
    rows `first_claim[row]` on, `n_claims[row]` of them, of the checked-claims file at `claims`. Partitions
    hold several companies of about equal weight (claims and documents), at least `PARTS_PER_WORKER` per
    worker and about `PART_CLAIMS` claims at most; each is made when the engine takes it, and a worker reads
    its claims from the file itself (`ClaimRows`; `read_here`: they are read here and sent, for workers that
    cannot see this machine's files). Yields, per partition, the story ids that are not a story of one and
    the findings; with `findings_in` (a folder), the worker writes them to a file there (`FindingsFile`)
    instead of sending them back, so that however many one partition makes, they never pass through the
    process that hands the partitions out.

    With the groups' `keys` (`group_keys`) and an earlier run's `cache`, the groups the cache holds are not
    checked again: their story ids and findings (Arrow tables of `findings_schema` rows) come first."""
    groups, cached = _uncached(groups, keys, cache)
    weights = [len(g) + sum(n_claims[r] for r in g) for g in groups]
    parts = _partition(weights, max(engine.workers * PARTS_PER_WORKER, -(-sum(weights) // PART_CLAIMS)))
    made = _check_parts(parts, groups, documents, claims, first_claim, n_claims, read_here=read_here,
                        findings_in=findings_in)
    return chain(cached, engine.map(check_partition, made, _check_partition_here))


def _uncached(groups: list[list[int]], keys: list[str] | None, cache: CheckCache | None
              ) -> tuple[list[list[int]], Iterator[tuple[dict[str, str], pa.Table]]]:
    """The `groups` an earlier run's `cache` does not hold (by their `keys`), and the results of those it does."""
    hits = cache.known(keys) if cache is not None and keys is not None else set()
    if not hits:
        return groups, []
    return [g for g, key in zip(groups, keys) if key not in hits], cache.results(hits)


def _check_parts(parts: list[list[int]], groups: list[list[int]], documents: Callable[[list[int]], list[Document]],
                 claims: str, first_claim: Sequence[int], n_claims: Sequence[int], *, read_here: bool,
                 findings_in: str | None) -> Iterator[CheckPart]:
    """The partitions `parts` (lists of groups) as the engine takes them: their documents, and where their claims
    are in the file at `claims` (read here and sent with `read_here`); with `findings_in`, the worker writes the
    findings to a file there."""
    for k, part in enumerate(parts):
        rows = [r for i in part for r in groups[i]]
        docs = iter(documents(rows))
        members = [[next(docs) for _ in groups[i]] for i in part]
        where = ClaimRows(claims, tuple(first_claim[r] for r in rows), tuple(n_claims[r] for r in rows))
        to = None if read_here or findings_in is None else f"{findings_in}/.findings-{k}.arrow"
        yield CheckPart(members, where.read() if read_here else where,
                        [sum(n_claims[r] for r in groups[i]) for i in part], singles=False, findings_to=to)


# --- the cache of the checks across releases --------------------------------------------------------------

#: The checks across releases of a run by group of documents, kept in OUT for the next run (`CheckCache`).
CHECKS_CACHE = "rerun-checks.parquet"


def group_keys(groups: list[list[int]], doc_ids: Sequence[str], digests: Sequence[str | None] | pa.Array,
               company_ids: Sequence[str | None], salt: str, *, rows: int = 4096) -> list[str]:
    """A key of each group's input to the checks across releases (`company_groups`): its documents' ids, the
    SHA-256 of their files (`digests`: a list or an Arrow array, read for about `rows` documents at a time) and
    their linked companies, in order, and `salt` (the extractor's fingerprint). Everything a check reads of a
    group follows from these: the same key, the same findings and stories."""
    import hashlib

    digests, keys, start = _arrow(digests), [], 0
    while start < len(groups):
        end, size = start, 0
        while end < len(groups) and (size < rows or end == start):
            size, end = size + len(groups[end]), end + 1
        taken = iter(digests.take(pa.array([r for g in groups[start:end] for r in g], pa.int64())).to_pylist())
        for group in groups[start:end]:
            digest = hashlib.sha256(salt.encode())
            for row in group:
                digest.update(f"{doc_ids[row]}\x1f{next(taken)}\x1f{company_ids[row]}\x1e".encode())
            keys.append(digest.hexdigest())
        start = end
    return keys


def cache_schema() -> pa.Schema:
    """A row of the cache: a group checked (`key` alone), a story id of one of its documents (`doc_id`,
    `story_id`), or one of its findings (`row`: where the finding is in the run's findings table, which the
    next run reads it back from: the cache holds no copy of it)."""
    return pa.schema([pa.field("key", pa.string()), pa.field("doc_id", pa.string()),
                      pa.field("story_id", pa.string()), pa.field("row", pa.int64())])


@dataclass(frozen=True)
class CheckCache:
    """The checks across releases of an earlier run, by group key (`group_keys`), read from its cache file
    (`path`) and its findings table (`findings`, the Parquet file whose rows the cache names)."""

    path: Path | None
    findings: Path | None = None

    def known(self, keys: list[str]) -> set[str]:
        """Which of `keys` the cache holds."""
        from extractor.output.incremental import read_parquet

        if self.path is None or self.findings is None or not keys:
            return set()
        held = read_parquet(self.path, ["key"]).column("key").unique()
        return set(keys) & set(held.to_pylist())

    def results(self, keys: set[str]) -> Iterator[tuple[dict[str, str], pa.Table]]:
        """The story ids (of stories of several documents) of the groups of `keys`, then their findings (rows of
        `findings_schema`), read back from the earlier findings table a batch at a time."""
        import pyarrow.compute as pc

        from extractor.output.incremental import read_parquet, rows_at

        table = read_parquet(self.path)
        table = table.filter(pc.is_in(table.column("key"), value_set=pa.array(sorted(keys), pa.string())))
        stories = table.filter(pc.is_valid(table.column("doc_id")))
        yield dict(zip(stories.column("doc_id").to_pylist(), stories.column("story_id").to_pylist())), \
            findings_schema().empty_table()
        del stories
        rows = pc.drop_null(table.column("row")).to_numpy()
        del table
        for found in rows_at(self.findings, rows):
            yield {}, with_order(found)


def with_order(findings: pa.Table) -> pa.Table:
    """Rows of the findings table with the key of their order (`finding_order`, made by Arrow): rows of
    `findings_schema`."""
    import pyarrow.compute as pc

    from extractor.output.write import SCHEMAS

    doc_ids = findings.column("doc_ids").combine_chunks()
    offsets = doc_ids.offsets
    offsets = pc.subtract(offsets, offsets[0]) if len(offsets) else offsets
    suffixed = pc.binary_join_element_wise(pc.list_flatten(doc_ids), "", "\x01")
    joined = pc.binary_join(pa.ListArray.from_arrays(offsets, suffixed), "")
    order = pc.binary_join_element_wise(findings.column("check"), joined, findings.column("finding_id"), "\x00")
    return findings.select(SCHEMAS["findings"].names).append_column("order", order).cast(findings_schema())


def cache_table(groups: list[list[int]], keys: list[str], doc_ids: Sequence[str], story_of: dict[str, str],
                findings: Iterator[tuple[pa.Array, pa.Array, pa.Array]]) -> pa.Table:
    """The cache a run leaves for the next: for each group (`keys[i]` of `groups[i]`), a row saying it was
    checked, its documents' story ids that are not a story of one (`story_of`), and where its findings of
    the checks across releases are in the findings table: `findings` gives every finding of the run, a batch
    at a time, as its check, its first document and its row in the table (a finding belongs to the group
    of its first document)."""
    import pyarrow.compute as pc

    from extractor.output.incremental import ALONE_CHECKS

    import numpy as np

    grouped = pa.array([doc_ids[row] for group in groups for row in group], pa.string())
    key_at = pa.array(np.repeat(np.arange(len(groups), dtype=np.int64), [len(g) for g in groups]))
    group_key = pa.array(keys, pa.string())
    alone = pa.array(ALONE_CHECKS)
    found_keys, found_rows = [], []
    for check, first, row in findings:
        where = pc.index_in(first, value_set=grouped)
        mine = pc.and_(pc.is_valid(where), pc.invert(pc.is_in(check, value_set=alone)))
        found_keys.append(group_key.take(key_at.take(where.filter(mine))))
        found_rows.append(row.filter(mine))
    story_docs = pa.array(list(story_of), pa.string())
    where = pc.index_in(story_docs, value_set=grouped)
    mine = pc.is_valid(where)
    stories = (group_key.take(key_at.take(where.filter(mine))), story_docs.filter(mine),
               pa.array(list(story_of.values()), pa.string()).filter(mine))
    schema = cache_schema()

    def rows(n: int, **columns) -> pa.Table:
        return pa.table({name: columns.get(name, pa.nulls(n, schema.field(name).type)) for name in schema.names},
                        schema=schema)

    found_key = pa.chunked_array(found_keys, pa.string())
    return pa.concat_tables([
        rows(len(keys), key=pa.array(keys, pa.string())),
        rows(len(stories[0]), key=stories[0], doc_id=stories[1], story_id=stories[2]),
        rows(len(found_key), key=found_key, row=pa.chunked_array(found_rows, pa.int64())),
    ])


def _partition(weights: list[int], n: int) -> list[list[int]]:
    """The indices of `weights` in at most `n` parts of about equal total weight (the heaviest first, each
    into the lightest part so far), the heaviest parts first and each part's indices in order."""
    import heapq

    bins: list[tuple[int, int]] = [(0, k) for k in range(min(n, len(weights)))]
    members: list[list[int]] = [[] for _ in bins]
    for i in sorted(range(len(weights)), key=lambda i: (-weights[i], i)):
        load, k = heapq.heappop(bins)
        members[k].append(i)
        heapq.heappush(bins, (load + weights[i], k))
    load_of = dict((k, load) for load, k in bins)
    return [sorted(members[k]) for k in sorted(load_of, key=lambda k: (-load_of[k], k)) if members[k]]


def finding_order(finding: Finding) -> str:
    """A string that sorts as `(check, doc_ids, finding_id)`, the order of the findings table: the parts
    joined by characters that sort before any character of them ("\\x00" between the parts, "\\x01" after
    each document), so that findings kept as Arrow rows are put in order by a sort of strings."""
    return f"{finding.check}\x00{''.join(d + chr(1) for d in finding.doc_ids)}\x00{finding.finding_id}"


def check_partition(part: CheckPart) -> tuple[dict[str, str], list[Finding] | FindingsFile]:
    """`check_part` of a partition whose documents `check_alone` checked: only the story ids of stories of
    several documents (the others keep the story of one they have), and the findings (or the file they were
    written to: `CheckPart.findings_to`)."""
    from extractor.checks.stories import story_id
    from extractor.output.write import StagedRows

    story_of, found = check_part(part)
    changed = {doc_id: s for doc_id, s in story_of.items() if s != story_id([doc_id])}
    if part.findings_to is None:
        return changed, found
    written = StagedRows(Path(part.findings_to), findings_schema())
    if found:
        written.add(findings_batch(found))
    written.close()
    return changed, FindingsFile(part.findings_to, Counter(f.severity for f in found))


def _check_partition_here(part: CheckPart, err: BaseException) -> tuple[dict[str, str], list[Finding] | FindingsFile]:
    """A partition whose worker was lost is checked in this process."""
    return check_partition(part)


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
