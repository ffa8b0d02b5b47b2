import json
from pathlib import Path

import pytest

from summariser.quality import main, score

from .test_render import summary


def test_live_check_passes_on_verbatim_quotes_and_fails_on_a_forged_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = summary().model_copy(update={"stats": summary().stats.model_copy(update={"articles": 2, "facts": 4,
                                                                                     "requests": 3})})  # fmt: skip
    path = tmp_path / "s.json"
    path.write_text(good.model_dump_json(), encoding="utf-8")
    assert main(["live-check", str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["gifts"][0]["sources"][0]["quote"] = "Two bears and a dragon"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["live-check", str(path)]) == 1
    assert "1 not verbatim" in capsys.readouterr().out


def test_score_counts_recall_and_conflicts() -> None:
    expected = {
        "facts": [
            {"article": "b", "kind": "gift", "item": "bear", "quantity": 2},
            {"article": "a", "kind": "military", "claim_type": "troop_deployment", "figure": 12000},
            {"article": "a", "kind": "actor", "name": "Putin"},
        ],
        "conflicts": [{"topic": "troop deployment figures", "values": ["10,000", "12,000", "8,000"]}],
    }
    s = summary()
    result = score(s, expected, {a.id: a.text for a in s.articles})
    assert result["found"] == "2/3" and result["missed"] == ["a actor Putin"]
    assert result["conflicts"] == {"troop deployment figures": ["10,000", "12,000"]}
    assert result["verbatim"].split("/")[0] == result["verbatim"].split("/")[1]


def test_trust_figures_catch_a_wrong_value_an_invented_disagreement_and_a_country() -> None:
    from summariser.quality import ratchet_failures, trust

    s = summary()
    expected = {
        "facts": [{"article": "a", "kind": "military", "claim_type": "troop_deployment", "figure": 12000}],
        "non_actors": ["Kim <b>"],
    }
    figures = trust(s, expected)
    assert figures["wrong_values"]  # the bears and the 10,000 / 8,000 figures are not annotated here
    assert any("not held by" in line for line in figures["invented_disagreements"])
    assert figures["non_actors"] == ["Kim <b>"]
    floor = {"found_min": 0, "wrong_values_max": 0, "invented_disagreements_max": 0, "non_actors_max": 0,
             "conflict_values_missing_max": 0, "quotes_not_stating_max": 0}  # fmt: skip
    figures.update({"found": "0/1", "conflict_values_missing": []})
    assert figures["quotes_not_stating"] == []  # each quote of the test brief states its fact
    assert len(ratchet_failures(figures, floor)) == 3


def test_every_development_set_quote_is_in_its_article() -> None:
    from summariser.quality import GOLD

    dev = GOLD / "dev"
    expected = json.loads((dev / "expected.json").read_text(encoding="utf-8"))
    for event, gold in expected["events"].items():
        for fact in gold["facts"]:
            text = (dev / "articles" / event / f"{fact['article']}.txt").read_text(encoding="utf-8")
            assert fact["quote"] in text, (event, fact["article"], fact["quote"][:60])
