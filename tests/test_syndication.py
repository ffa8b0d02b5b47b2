"""Syndication: reprints of one story are one report; independent reports never are."""

import importlib.util
import random
import sys
from itertools import combinations
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summariser.link.syndication import (
    SAME_REPORT,
    ReportCount,
    count_reports,
    group_reports,
    jaccard,
    shingles,
)

from .conftest import ROOT, SEEDS

SEED_TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_syndication", ROOT / "bench" / "syndication.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


BENCH = load_bench()
POOL: list[str] = BENCH.seed_sentences()


def as_reprint(text: str, outlet: str) -> str:
    """A seed as another outlet runs it: new headline, dateline, last paragraphs cut, a credit line."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    kept = paragraphs[1 : max(3, len(paragraphs) * 3 // 4)]
    return "\n\n".join([f"{outlet}: zoo animals flown to Pyongyang", f"SEOUL ({outlet}) - {kept[0]}", *kept[1:],
                        f"Copyright {outlet}. All rights reserved."])  # fmt: skip


@pytest.mark.parametrize("use_lsh", [False, True])
def test_no_two_seeds_are_grouped(use_lsh: bool) -> None:
    result = group_reports(SEED_TEXTS, use_lsh=use_lsh)
    assert result.groups == []
    assert result.report_of == {key: key for key in SEED_TEXTS}


def test_independent_seeds_share_quotes_but_stay_far_below_the_threshold() -> None:
    sets = {k: shingles(v) for k, v in SEED_TEXTS.items()}
    scores = [jaccard(sets[a], sets[b]) for a, b in combinations(sets, 2)]
    assert max(scores) < SAME_REPORT / 4
    assert sum(len(sets[a] & sets[b]) > 0 for a, b in combinations(sets, 2)) >= 5  # they do share phrases


@pytest.mark.parametrize("use_lsh", [False, True])
def test_reprints_of_a_seed_are_one_report_with_it(use_lsh: bool) -> None:
    seed = "000_0b1274e7f1836e80"
    texts = dict(SEED_TEXTS)
    texts["zz-herald"] = as_reprint(SEED_TEXTS[seed], "Korea Herald")
    texts["aa-star"] = as_reprint(SEED_TEXTS[seed], "The Star")
    result = group_reports(texts, use_lsh=use_lsh)
    assert len(result.groups) == 1
    group = result.groups[0]
    assert group.id == "000_0b1274e7f1836e80" and group.article_ids == ("000_0b1274e7f1836e80", "aa-star", "zz-herald")
    assert SAME_REPORT <= group.similarity <= 1
    assert {result.report_of[k] for k in ("zz-herald", "aa-star", seed)} == {seed}
    assert all(result.report_of[k] == k for k in SEED_TEXTS if k != seed)


def test_the_report_id_is_the_smallest_article_id_whatever_the_input_order() -> None:
    text = SEED_TEXTS["001_2f6e96c97fe66d09"]
    forward = group_reports({"b": text, "a": as_reprint(text, "X"), "c": "Something else entirely, about cats."})
    backward = group_reports({"c": "Something else entirely, about cats.", "a": as_reprint(text, "X"), "b": text})
    assert forward == backward
    assert forward.report_of == {"a": "a", "b": "a", "c": "c"}


def test_empty_and_identical_short_texts() -> None:
    result = group_reports({"a": "", "b": "", "c": "Breaking news.", "d": "BREAKING news!"})
    assert result.report_of == {"a": "a", "b": "b", "c": "c", "d": "c"}


def test_benchmark_corpus_is_grouped_exactly() -> None:
    texts, truth = BENCH.corpus(articles=120, reprints=80, wires=12, seed=3)
    for use_lsh in (False, True):
        result = group_reports(texts, use_lsh=use_lsh)
        for a, b in combinations(sorted(texts), 2):
            assert (result.report_of[a] == result.report_of[b]) == (truth[a] == truth[b]), (a, b, use_lsh)


def linked_by_chain(members: tuple[str, ...], sets: dict[str, frozenset[str]]) -> bool:
    reached = {members[0]}
    frontier = [members[0]]
    while frontier:
        current = frontier.pop()
        for other in members:
            if other not in reached and jaccard(sets[current], sets[other]) >= SAME_REPORT:
                reached.add(other)
                frontier.append(other)
    return reached == set(members)


def perturbed_texts(seed: int, count: int) -> dict[str, str]:
    """`count` texts from the seeds' sentences, made by the benchmark's perturbations: stories and their reprints."""
    rng = random.Random(seed)
    stories = [BENCH.story(POOL, rng) for _ in range(max(1, count // 2))]
    texts: dict[str, str] = {}
    for n in range(count):
        base = stories[n % len(stories)]
        texts[f"t{rng.randrange(1000):03d}-{n}"] = (
            "\n\n".join(base) if n < len(stories) else BENCH.reprint(base, POOL, rng)
        )
    return texts


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**6), st.integers(2, 8))
def test_groups_are_chains_of_pairs_above_the_threshold_and_lsh_agrees(seed: int, count: int) -> None:
    texts = perturbed_texts(seed, count)
    sets = {k: shingles(v) for k, v in texts.items()}
    exact = group_reports(texts, use_lsh=False)
    assert group_reports(texts, use_lsh=True).report_of == exact.report_of
    for group in exact.groups:
        assert linked_by_chain(group.article_ids, sets)
    for a, b in combinations(texts, 2):
        if jaccard(sets[a], sets[b]) >= SAME_REPORT:
            assert exact.report_of[a] == exact.report_of[b]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.booleans())
def test_two_texts_are_grouped_exactly_when_their_jaccard_reaches_the_threshold(seed: int, copy: bool) -> None:
    rng = random.Random(seed)
    first = "\n\n".join(BENCH.story(POOL, rng))
    second = BENCH.reprint(first.split("\n\n"), POOL, rng) if copy else "\n\n".join(BENCH.story(POOL, rng))
    score = jaccard(shingles(first), shingles(second))
    one = group_reports({"x": first, "y": second})
    other = group_reports({"x": second, "y": first})  # symmetric
    assert (one.report_of["x"] == one.report_of["y"]) == (score >= SAME_REPORT)
    assert (other.report_of["x"] == other.report_of["y"]) == (score >= SAME_REPORT)


def test_count_reports_counts_outlets_and_independent_reports() -> None:
    report_of = {"a": "a", "b": "a", "c": "a", "d": "d"}
    assert count_reports(["a", "b", "c", "d"], report_of) == ReportCount(outlets=4, reports=2)
    assert count_reports(["a", "b", "c", "d"], report_of).label() == "4 outlets, 2 independent reports"
    assert count_reports(["b", "b"], report_of).label() == "1 outlet, 1 independent report"
    assert count_reports(["a", "x"], report_of) == ReportCount(outlets=2, reports=2)  # unknown: its own report
    outlet_of = {"a": "AP", "d": "AP"}  # two articles of one outlet count once
    assert count_reports(["a", "b", "d"], report_of, outlet_of) == ReportCount(outlets=2, reports=2)
