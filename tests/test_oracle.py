"""The oracle stand-in (bench/oracle.py): the seeds answered with their annotation through the real pipeline hold
the ratchet (quality/ratchet.json, oracle_seeds), and the corruptor injects the same labelled errors at a seed."""

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT, bench_module
from .test_render import summary


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_the_seeds_through_the_oracle_hold_the_ratchet() -> None:
    oracle = bench_module("oracle")
    floor = json.loads((ROOT / "quality" / "ratchet.json").read_text(encoding="utf-8"))["oracle_seeds"]
    with oracle.oracle_server() as (url, state):
        figures = oracle.run_set("seeds", url, state)
    assert figures["losses"]["failures"] == []
    assert figures["losses"]["unknown_requests"] == 0  # every request was matched to its article
    assert figures["kept"][0] >= floor["found_min"], figures["losses"]["missed"]
    assert figures["wrong_values"] <= floor["wrong_values_max"], figures["losses"]["wrong"]
    assert figures["invented_disagreements"] <= floor["invented_disagreements_max"], figures["losses"]["invented"]
    caught, injected = figures["caught"]
    assert injected >= floor["injected_min"], figures["not_built"]
    assert caught / injected >= floor["caught_share_min"], figures["per_class"]
    assert figures["true_lost"][0] <= floor["true_lost_max"]


def _seed_context(index: int) -> tuple[Any, list[Any]]:
    gold, corrupting = bench_module("oracle_gold"), bench_module("oracle_corrupt")
    event = gold.seed_event()
    article = event.articles[index]
    numbered = [(n, article.text[s:e]) for n, (s, e) in enumerate(_spans(article.text), 1)]
    sentences = gold.placed(article.text, numbered)
    return corrupting.Context(event, article, sentences), gold.oracle_entries(article, sentences)


def _spans(text: str) -> list[tuple[int, int]]:
    from summariser.verify.numbered import numbered

    return numbered(text).spans


def test_the_corruptor_injects_the_same_labelled_errors_at_a_seed() -> None:
    corrupting = bench_module("oracle_corrupt")
    runs = []
    for _ in range(2):
        context, entries = _seed_context(0)
        true = {id(e): list(e.values) for e in entries}
        changed, injected, not_built = corrupting.corrupt(context, entries, 32)
        runs.append(([(i.label, i.what, i.value, i.sentence) for i in injected], [e.values for e in changed]))
        assert {i.label for i in injected} | set(not_built) == set(corrupting.CLASSES)  # each class built or said why
        assert "projection_as_deployment" in not_built  # the seeds annotate no projection: not faked
        for entry in changed:  # an entry a label names differs from the true one it replaced
            if entry.notes and entry.notes != ["added"]:
                assert entry.values != true[id(entry)]
    assert runs[0] == runs[1]
    assert len(runs[0][0]) >= 7
    context, entries = _seed_context(0)
    assert [i.value for i in corrupting.corrupt(context, entries, 33)[1]] != [i[2] for i in runs[0][0]]


@pytest.mark.parametrize(
    ("label", "what", "value", "shown"),
    [("wrong_number", "bear", 2, True), ("wrong_number", "bear", 3, False), ("item_swapped", "lion", 2, False)],
)
def test_the_judge_sees_an_error_the_brief_shows(label: str, what: str, value: int, shown: bool) -> None:
    corrupting, gold = bench_module("oracle_corrupt"), bench_module("oracle_gold")
    brief = summary()  # holds "Two bears" of article b, 12,000 troops of a
    article = gold.GoldArticle("b", Path("b"), brief.articles[1].text, [])
    injection = corrupting.Injection(label, "b", "gift", what, value, (0, 100))
    assert corrupting.let_through(injection, brief, article) is shown


def test_the_judge_tells_an_unstated_sentence_from_the_right_one() -> None:
    corrupting, gold = bench_module("oracle_corrupt"), bench_module("oracle_gold")
    brief = summary()
    fact = {"article": "a", "kind": "military", "claim_type": "troop_deployment", "figure": 12000}
    article = gold.GoldArticle("a", Path("a"), brief.articles[0].text, [fact])
    cited = corrupting.Injection("unstated_sentence", "a", "military", "troop_deployment", 12000, (0, 29), fact)
    assert corrupting.let_through(cited, brief, article)  # the brief cites the sentence the error named
    elsewhere = corrupting.Injection("unstated_sentence", "a", "military", "troop_deployment", 12000, (31, 60), fact)
    assert not corrupting.let_through(elsewhere, brief, article)


def test_the_oracle_answers_a_name_as_written_where_the_request_asks_it() -> None:
    oracle = bench_module("oracle")
    from summariser.extract.messages import response_model

    english, abroad = (response_model(written=w).model_json_schema()["properties"] for w in (False, True))
    assert not oracle._written_asked(english) and oracle._written_asked(abroad)
    gold = bench_module("oracle_gold")
    fact = {"kind": "actor", "name": "Transport Ministry", "written": "Verkehrsministerium", "role": "ministry"}
    entry = gold.Entry("actors", [3, "Transport Ministry", "ministry", None, None], fact, None)
    assert oracle.with_written(entry) == [3, "Verkehrsministerium", "Transport Ministry", "ministry", None, None]
    fact.pop("written")
    assert oracle.with_written(entry)[1:3] == ["Transport Ministry", "Transport Ministry"]
