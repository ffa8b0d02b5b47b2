"""The peer bench (bench/peer.py): how langextract's answers become a brief the scorer reads. The peer itself
runs in its own environment with the model, so these tests feed answers as bench/peer_extract.py writes them."""

from pathlib import Path

from summariser.quality.scoring import score

from .conftest import bench_module

FIRST = "The mayor gave three bicycles to the school. Anna Berg said the school was grateful."
SECOND = "Reports said the mayor gave three bicycles. Up to 2,500 soldiers were moved north."


def _answer(path: Path, *extractions: tuple[str, str, int | None, dict[str, str]]) -> dict[str, object]:
    found = [
        {"class": kind, "text": text, "start": start, "end": None if start is None else start + len(text),
         "attributes": attributes}
        for kind, text, start, attributes in extractions
    ]  # fmt: skip
    return {"path": str(path), "seconds": 1.0, "requests": 1, "extractions": found, "error": None}


def test_the_first_number_written_is_the_number() -> None:
    peer = bench_module("peer")
    assert [peer.number(v) for v in ("up to 12,000", "more than 70", "3", "", None, "three")] == [
        12000, 70, 3, None, None, None,
    ]  # fmt: skip


def test_equal_facts_are_joined_across_articles_and_spans_are_quotes(tmp_path: Path) -> None:
    peer = bench_module("peer")
    one, two = tmp_path / "001_en_a.txt", tmp_path / "002_en_b.txt"
    one.write_text(FIRST, encoding="utf-8")
    two.write_text(SECOND, encoding="utf-8")
    answers = {
        str(one.resolve()): _answer(
            one,
            ("gift", "three bicycles", 9, {"item": "bicycles", "quantity": "3"}),
            ("actor", "Anna Berg", 45, {"name": "Anna Berg", "role": "teacher"}),
            ("actor", "Nobody Here", 0, {"name": "Nobody Here"}),  # not in the text: no quote, no fact
            ("actor", "school", 34, {"name": "school", "type": "object"}),  # a type the prompt does not list
            ("military", "bicycles", 15, {"type": "location"}),
        ),
        str(two.resolve()): _answer(
            two,
            ("gift", "three bicycles", 99, {"item": "bicycles", "quantity": "3"}),  # a wrong span: found by text
            (
                "military",
                "Up to 2,500 soldiers were moved north",
                None,
                {"type": "troop_deployment", "figure": "2,500"},
            ),
        ),
    }
    summary = peer.peer_summary([one, two], answers)
    (gift,) = summary.gifts
    assert gift.gift.quantity == 3 and [s.article_id for s in gift.sources] == ["001_en_a", "002_en_b"]
    texts = {a.id: a.text for a in summary.articles}
    assert all(texts[s.article_id][s.start : s.end] == s.quote == "three bicycles" for s in gift.sources)
    assert [a.name for a in summary.actors] == ["Anna Berg"] and summary.actors[0].roles == ["teacher"]
    (claim,) = summary.military
    assert (claim.claim.claim_type, claim.claim.figure) == ("troop_deployment", 2500)

    expected = {
        "facts": [
            {"article": "001_en_a", "kind": "gift", "item": "bicycle", "quantity": 3},
            {"article": "002_en_b", "kind": "gift", "item": "bicycle", "quantity": 3},
            {"article": "001_en_a", "kind": "actor", "name": "Anna Berg"},
            {"article": "002_en_b", "kind": "military", "claim_type": "troop_deployment", "figure": 2000},
        ],
        "conflicts": [],
    }
    result = score(summary, expected, texts)
    assert result["found"] == "3/4" and result["wrong_values"] == ["002 troop_deployment 2500"]
    assert result["precision"] == {"gift": "1/1", "actor": "1/1", "military": "0/1"}
