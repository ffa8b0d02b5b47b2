import json
from pathlib import Path

import pytest

from summariser.quality import score
from summariser.quality.command import main
from summariser.quality.scoring import _matches
from summariser.schemas import ResolvedActor

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


def test_a_bad_input_to_the_quality_command_is_one_line_and_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "brief.json"
    brief.write_text(summary().model_dump_json(), encoding="utf-8")
    annotation = tmp_path / "expected.json"
    annotation.write_text(json.dumps({"events": {"one": {"facts": []}}}), encoding="utf-8")
    not_a_brief = tmp_path / "notes.json"
    not_a_brief.write_text('{"gifts": 3}', encoding="utf-8")
    for argv, said in (
        (["score", str(tmp_path / "absent.json")], "cannot read"),
        (["score", str(not_a_brief)], "not a brief"),
        (["score", str(brief), str(annotation), "other"], "no event 'other' (events: one)"),
        (["live-check", str(brief), str(tmp_path / "absent.txt")], "cannot read"),
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.startswith("quality: ") and said in err and err.count("\n") == 1, err
    assert main(["score", "--help"]) == 0 and "python -m summariser.quality score" in capsys.readouterr().out


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
             "conflict_values_missing_max": 0, "quotes_not_stating_max": 0, "actors_split_max": 0}  # fmt: skip
    figures.update({"found": "0/1", "conflict_values_missing": [], "actors_split": []})
    assert figures["quotes_not_stating"] == []  # each quote of the test brief states its fact
    assert len(ratchet_failures(figures, floor)) == 3
    figures["actors_split"] = ["Vladimir Putin: Vladimir Putin / Putin"]
    assert len(ratchet_failures(figures, floor)) == 4


def test_an_organisation_named_by_its_initials_is_the_annotated_one() -> None:
    entry = ResolvedActor(id="a1", name="U.N.", aliases=[], romanised=None, roles=[], organisations=[],
                          countries=[], statements=[], sources=[])  # fmt: skip
    assert _matches(entry, {"name": "United Nations"})
    assert not _matches(entry, {"name": "United Arab Emirates"}) and not _matches(entry, {"name": "Nations"})
    assert _matches(entry.model_copy(update={"name": "KCNA"}), {"name": "Korean Central News Agency"})


def test_one_person_under_two_entries_is_counted_as_split() -> None:
    from summariser.quality import actors_split

    facts = [{"article": "a", "kind": "actor", "name": "Kim <b>"}]
    assert actors_split(summary(), facts) == []  # one entry
    s = summary()
    doubled = s.model_copy(update={"actors": [*s.actors, s.actors[0].model_copy(update={"id": "p9"})]})
    assert actors_split(doubled, facts) == ["Kim <b>: Kim <b> / Kim <b>"]


def test_a_surname_under_another_persons_entry_is_no_split_of_a_namesake() -> None:
    from summariser.quality import actors_split

    def entry(actor_id: str, name: str, aliases: list[str]) -> ResolvedActor:
        return ResolvedActor(id=actor_id, name=name, aliases=aliases, romanised=None, roles=[], organisations=[],
                             countries=[], statements=[], sources=[])  # fmt: skip

    husband = entry("a1", "Emmanuel Macron", ["Macron", "Макрон"])
    wife = entry("a2", "Brigitte Macron", [])
    facts = [{"article": "a", "kind": "actor", "name": n} for n in ("Brigitte Macron", "Emmanuel Macron")]
    couple = summary().model_copy(update={"actors": [husband, wife]})
    assert actors_split(couple, facts) == []
    alone = summary().model_copy(update={"actors": [husband, wife, entry("a3", "Macron", [])]})
    assert actors_split(alone, facts) == [
        "Brigitte Macron: Brigitte Macron / Macron",  # a surname standing alone is still counted for both
        "Emmanuel Macron: Emmanuel Macron / Macron",
    ]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_every_committed_quote_is_in_its_article(split: str) -> None:
    from summariser.quality import GOLD

    folder = GOLD / split
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    for event, gold in expected["events"].items():
        for fact in gold["facts"]:
            text = (folder / "articles" / event / f"{fact['article']}.txt").read_text(encoding="utf-8")
            assert fact["quote"] in text, (event, fact["article"], fact["quote"][:60])


@pytest.mark.parametrize("split", ["dev", "test"])
def test_an_actors_annotated_name_as_written_stands_in_its_quote(split: str) -> None:
    """The name as an article not in English writes it (what the oracle answers for a body named otherwise in
    English: bench/oracle.with_written), in the committed and the external annotation alike."""
    from summariser.quality import GOLD

    written = [
        fact
        for name in ("expected.json", "expected_external.json")
        for gold in json.loads((GOLD / split / name).read_text(encoding="utf-8"))["events"].values()
        for fact in gold["facts"]
        if "written" in fact
    ]
    assert written and all(f["kind"] == "actor" and "_en_" not in f["article"] for f in written)
    assert all(f["written"] in f["quote"] and f["written"] != f["name"] for f in written)


def test_the_frozen_test_split_covers_events_languages_and_kinds_the_issue_asks_for() -> None:
    """Issue 29: at least 3 events, 20 articles, 5 languages (2 texts each in ru and fr), every kind."""
    from summariser.quality import GOLD

    languages: dict[str, int] = {}
    kinds: set[str] = set()
    events = 0
    for name in ("expected.json", "expected_external.json"):
        for gold in json.loads((GOLD / "test" / name).read_text(encoding="utf-8"))["events"].values():
            for code in gold.get("languages", {}).values():
                languages[code] = languages.get(code, 0) + 1
            kinds |= {fact["kind"] for fact in gold["facts"]}
        events = max(events, len(json.loads((GOLD / "test" / name).read_text(encoding="utf-8"))["events"]))
    assert events >= 3 and sum(languages.values()) >= 20 and len(languages) >= 5, languages
    assert languages["ru"] >= 2 and languages["fr"] >= 2, languages
    assert kinds == {"gift", "actor", "military"}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_quality_ratchet_holds_for_the_nlp_layer_on_the_committed_part(split: str, tmp_path: Path) -> None:
    """CI fails when the NLP layer alone finds fewer facts of the committed development set or test split
    (other events, other languages) than quality/ratchet.json holds, or shows a wrong value or an invented
    disagreement there. External texts are left out, so every machine scores the same set."""
    import shutil

    from summariser.quality import GOLD, RATCHET, dev_scores

    for name in ("articles", "expected.json", "expected_external.json"):
        source = GOLD / split / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    figures = {event: f for event, f in dev_scores(tmp_path).items() if "found" in f}
    floor = json.loads(RATCHET.read_text(encoding="utf-8"))[f"{split}_committed_nlp"]
    found = sum(int(f["found"].split("/")[0]) for f in figures.values())
    assert found >= floor["found_min"], figures
    assert sum(len(f["wrong_values"]) for f in figures.values()) <= floor["wrong_values_max"], figures
    assert sum(len(f["invented_disagreements"]) for f in figures.values()) <= floor["invented_disagreements_max"]
    assert sum(len(f["non_actors"]) for f in figures.values()) <= floor["non_actors_max"], figures
    assert sum(len(f["actors_split"]) for f in figures.values()) <= floor["actors_split_max"], figures
    across = [f["merged_across_languages"] for f in figures.values()]
    assert sum(int(a["merged"].split("/")[0]) for a in across) >= floor["merged_across_languages_min"], across
    assert sum(len(a["not_merged"]) for a in across) <= floor["not_merged_across_languages_max"], across


def test_a_fact_with_a_measure_is_found_only_at_its_own_sentence() -> None:
    from summariser.merge import merge
    from summariser.quality.scoring import _found
    from summariser.schemas import RunInfo, RunStats, Summary

    from .factories import troops

    text = "Russia sent 3,000 troops to Kursk. Later 3,000 citizens came home."
    merged = merge([troops("a", text, "Russia sent 3,000 troops to Kursk", 3000)])
    brief = Summary(articles=[], failures=[], gifts=[], actors=[], military=merged.military, conflicts=[],
                    run=RunInfo(model="m", endpoint="e", mode="tools", prompt_hashes={}, schema_hash="s",
                                created_at="t", summariser_version="0"), stats=RunStats())  # fmt: skip
    want = {"article": "a", "kind": "military", "claim_type": "troop_deployment", "figure": 3000}
    citizens = {**want, "quote": "Later 3,000 citizens came home."}
    assert _found(brief, citizens)  # without a measure, the figure in the article is enough
    assert not _found(brief, {**citizens, "measure": "citizens"})
    assert _found(brief, {**want, "quote": "Russia sent 3,000 troops to Kursk.", "measure": "troops"})


ABLATION = Path(__file__).parent / "data" / "ablation"


def test_the_ablation_charges_each_finder_family_with_what_it_finds_and_gets_wrong() -> None:
    from summariser.quality import ALL_ON, ablation, ablation_table

    rows = ablation(ABLATION, ["nlp_gifts", "nlp_actors", "treaties", "gifts_abroad"])
    counted = {"wrong_values": 1, "invented_disagreements": 0, "non_actors": 0, "actors_split": 0}
    figures = {name: {k: row[k] for k in ("found", *counted)} for name, row in rows.items()}
    assert figures[ALL_ON] == {"found": "8/8", **counted}  # the 12 lanterns are left out of the annotation
    assert rows[ALL_ON]["precision"]["gift"] == "1/2"  # so the lanterns' entry states no annotated gift
    assert figures["nlp_gifts"] == {**figures[ALL_ON], "found": "6/8", "wrong_values": 0}  # the boats, the lanterns
    assert rows["nlp_gifts"]["precision"]["gift"] == "0/0"
    assert rows["nlp_actors"]["found"] == "4/8" and rows["treaties"]["found"] == "7/8"
    assert rows["gifts_abroad"] == rows[ALL_ON]  # English text: a finder of other languages adds nothing
    table = ablation_table(rows).splitlines()
    assert table[2] == "| (all on) | 8/8 | 1 | 0 | 0 | 0 |"
    assert "| nlp_gifts | 6/8 (-2) | 0 (-1) | 0 | 0 | 0 |" in table


def test_ablate_prints_a_row_per_family_and_refuses_a_folder_of_another_layout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summariser.finders import FINDERS

    assert main(["ablate", str(ABLATION)]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert [r.split(" | ")[0].lstrip("| ") for r in rows[2:]] == ["(all on)", *FINDERS]
    assert main(["ablate", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "expected.json" in error and "Traceback" not in error


def test_totals_sum_found_and_precision_per_kind_over_events() -> None:
    from summariser.quality import totals

    event = {"per_kind": {"gift": "1/2", "actor": "3/3", "military": "0/1"}, "wrong_values": ["x"]}
    other = {"per_kind": {"gift": "2/2", "actor": "0/1", "military": "1/1"}, "wrong_values": []}
    figures = {
        "a": {**event, "found": "4/6", "precision": {"gift": "1/1", "actor": "3/4", "military": "0/2"}},
        "b": {**other, "found": "3/4", "precision": {"gift": "2/3", "actor": "0/0", "military": "1/1"}},
        "c": {"skipped": "no article present"},
    }
    figures = {k: {"invented_disagreements": [], "non_actors": [], "actors_split": [], **v} for k, v in figures.items()}
    summed = totals(figures)
    assert summed["found"] == "7/10" and summed["wrong_values"] == 1
    assert summed["per_kind"] == {"gift": "3/4", "actor": "3/4", "military": "1/2"}
    assert summed["precision"] == {"gift": "3/4", "actor": "3/4", "military": "1/3"}
