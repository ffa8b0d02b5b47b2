"""Syndication: which articles are copies of one report (a wire story reprinted by several outlets).

Two articles are one report when the Jaccard similarity of their word shingles (runs of
SHINGLE_WORDS words, case-folded) is at least SAME_REPORT. Groups are the connected components of
those pairs: a trimmed reprint and an extended one of the same wire story join through the wire
text even if they share less with each other. Every grouped pair is confirmed by the exact Jaccard
of the shingle sets, so two articles are grouped only through pairs that really share most of
their text.

Candidate pairs come from all pairs for small inputs (EXACT_UP_TO articles; exact and cheap), and
from MinHash LSH (datasketch) above that, where comparing all pairs grows with the square of the
number of articles. 128 permutations in 64 bands of 2 rows make a pair a candidate with probability
1 - (1 - J^2)^64: about 1 - 1e-8 at J = SAME_REPORT, so LSH misses no real pair, while texts that
share under 5% of their shingles rarely come up (a few percent of such pairs). A candidate whose
MinHash estimate is ESTIMATE_MARGIN below the threshold is dropped without an exact comparison (the
estimate's standard error is at most 0.045, so a pair at the threshold is dropped with probability
about 1e-6); the others are confirmed exactly.

A report's id is the smallest article id in it (ids sorted as strings), so it does not depend on
the order the articles came in. `count_reports` turns a fact's sources into "N outlets, M
independent reports".
"""

import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

from summariser.lang.words import WORD

SHINGLE_WORDS = 5
SAME_REPORT = 0.4
"""Jaccard of 5-word shingles at or above which two articles are one report. Reprints that trim,
retitle and re-style a wire story score 0.55-0.95 (bench/syndication.py); independent reports of one
event that share quotes and a few stock sentences score under 0.12 (the seeds: at most 0.03)."""
NUM_PERM = 128
LSH_BANDS = (64, 2)
ESTIMATE_MARGIN = 0.2
EXACT_UP_TO = 200
"""Up to this many articles every pair is compared exactly: at most about 0.9 s for 200 independent
articles (bench/syndication.py --exact), and no datasketch import (about 1 s)."""


@dataclass(frozen=True)
class ReportGroup:
    """Articles that are copies of one report."""

    id: str
    article_ids: tuple[str, ...]
    similarity: float
    """The lowest Jaccard among the pairs that joined the group."""
    translation: bool = False
    """Some of its articles joined as shown translations (link/translation.py), not by shared text."""


@dataclass(frozen=True)
class Syndication:
    """Every article's report, and the reports carried by more than one article."""

    report_of: dict[str, str]
    groups: list[ReportGroup]


@dataclass(frozen=True)
class ReportCount:
    """How many outlets carry a fact, and how many independent reports they amount to."""

    outlets: int
    reports: int

    def label(self) -> str:
        """'4 outlets, 2 independent reports'."""
        outlets = "outlet" if self.outlets == 1 else "outlets"
        reports = "independent report" if self.reports == 1 else "independent reports"
        return f"{self.outlets} {outlets}, {self.reports} {reports}"


def words(text: str) -> list[str]:
    """The text's words, case-folded (letters and digits of any script)."""
    return WORD.findall(text.casefold())


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[str]:
    """Every run of `size` consecutive words; a text shorter than that is one shingle (none if empty)."""
    tokens = words(text)
    if len(tokens) <= size:
        return frozenset([" ".join(tokens)]) if tokens else frozenset()
    return frozenset(map(" ".join, zip(*(tokens[i:] for i in range(size)), strict=False)))  # shorter slices end it


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a & b| / |a | b|; 0.0 when either set is empty."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def group_reports(
    texts: Mapping[str, str], *, threshold: float = SAME_REPORT, use_lsh: bool | None = None
) -> Syndication:
    """Group articles (id -> text) that share most of their text. `use_lsh` forces the candidate
    search (None: LSH above EXACT_UP_TO articles)."""
    ids = sorted(texts)
    sets = {i: shingles(texts[i]) for i in ids}
    lsh = len(ids) > EXACT_UP_TO if use_lsh is None else use_lsh
    candidates = _lsh_candidates(sets, threshold) if lsh else combinations(ids, 2)
    parent = {i: i for i in ids}
    link: dict[str, float] = {}  # root -> lowest joining Jaccard of its group

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in candidates:
        ra, rb = root(a), root(b)
        if ra == rb:
            continue  # already one report: the groups would not change, so skip the exact comparison
        score = jaccard(sets[a], sets[b])
        if score >= threshold:
            low, high = sorted((ra, rb))
            parent[high] = low
            link[low] = min(score, link.get(low, 1.0), link.pop(high, 1.0))
    members: dict[str, list[str]] = {}
    for i in ids:
        members.setdefault(root(i), []).append(i)
    report_of = {i: min(members[root(i)]) for i in ids}
    groups = [
        ReportGroup(id=min(group), article_ids=tuple(group), similarity=round(link[r], 3))
        for r, group in sorted(members.items(), key=lambda kv: min(kv[1]))
        if len(group) > 1
    ]
    return Syndication(report_of=report_of, groups=groups)


def _lsh_candidates(sets: Mapping[str, frozenset[str]], threshold: float) -> list[tuple[str, str]]:
    """Pairs whose MinHash signatures collide in at least one LSH band and whose MinHash estimate of
    the Jaccard is within ESTIMATE_MARGIN of the threshold, sorted, each pair once."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH  # deferred: datasketch imports scipy (about 1 s)

    keys = sorted(sets)
    lsh = MinHashLSH(num_perm=NUM_PERM, params=LSH_BANDS)
    template = MinHash(num_perm=NUM_PERM, hashfunc=_hash32, scheme="affine32")
    signatures: list[MinHash] = []
    for key in keys:
        signature = MinHash(num_perm=NUM_PERM, hashfunc=_hash32, permutations=template.permutations, scheme="affine32")
        signature.update_batch([v.encode("utf-8") for v in sets[key]])
        signatures.append(signature)
        lsh.insert(key, signature)
    position = {key: n for n, key in enumerate(keys)}
    left: list[int] = []
    right: list[int] = []
    for n, signature in enumerate(signatures):
        for other in lsh.query(signature):
            m = position[other]
            if m > n:
                left.append(n)
                right.append(m)
    if not left:
        return []
    matrix = np.stack([s.hashvalues for s in signatures])
    estimates = (matrix[left] == matrix[right]).mean(axis=1)  # the MinHash estimate, for every pair at once
    keep = np.flatnonzero(estimates >= threshold - ESTIMATE_MARGIN)
    return sorted((keys[left[i]], keys[right[i]]) for i in keep.tolist())


def _hash32(value: bytes) -> int:
    """A stable 32-bit hash (CRC-32): same signatures in every process, unlike hash()."""
    return zlib.crc32(value)


def count_reports(
    article_ids: Iterable[str], report_of: Mapping[str, str], outlet_of: Mapping[str, str] | None = None
) -> ReportCount:
    """Outlets and independent reports behind a fact cited in these articles. An article's outlet is
    `outlet_of[id]` when known (two articles of one outlet count once), else the article itself; an
    article missing from `report_of` is its own report."""
    unique = set(article_ids)
    outlets = {(outlet_of or {}).get(i) or i for i in unique}
    reports = {report_of.get(i, i) for i in unique}
    return ReportCount(outlets=len(outlets), reports=len(reports))
