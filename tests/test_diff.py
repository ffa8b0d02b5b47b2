"""What changed between two briefs: `summariser diff` and `summariser run --since`, matched by content."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summariser import Settings, summarise
from summariser.cli import main
from summariser.render.diff import BriefDiff, diff, render_diff
from summariser.schemas import MergedClaim, MergedGift, ResolvedActor, Source, Summary

from .conftest import ROOT, SEED_CASSETTE, SEEDS
from .factories import gift
from .test_render import briefed, hostile, summary

FIFTH = "004_164855882951de25"
Fact = MergedGift | MergedClaim | ResolvedActor


@pytest.fixture(scope="module")
def seed_briefs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Summary, Summary]:
    """The briefs of the first four seeds and of all five, replayed from the recorded answers (no model)."""
    if not SEED_CASSETTE.exists():
        pytest.skip("cassettes/seeds.yaml is not recorded yet")
    cache = tmp_path_factory.mktemp("cache")
    settings = Settings(backend="replay", cassette=SEED_CASSETTE, cache_dir=cache, transport_retries=0)
    four = summarise(sorted(str(p) for p in SEEDS.glob("*.txt") if not p.name.startswith("004")), settings=settings)
    return four, summarise([SEEDS], settings=settings)


def facts(brief: Summary) -> list[Fact]:
    return [*brief.gifts, *brief.military, *brief.actors]


def where(source: Source) -> tuple[str, int, int]:
    return (source.article_id, source.start, source.end)


@pytest.mark.needs_cassette
def test_the_diff_of_four_and_five_seeds_lists_exactly_what_the_fifth_adds(
    seed_briefs: tuple[Summary, Summary],
) -> None:
    four, five = seed_briefs
    changes = diff(four, five)
    assert changes.added_articles == [FIFTH] and changes.removed_articles == [] and changes.dropped_facts == []
    listed = {(c.id, where(s)) for c in (*changes.new_facts, *changes.new_sources) for s in c.sources}
    assert listed == {(f.id, where(s)) for f in facts(five) for s in f.sources if s.article_id == FIFTH}
    only_fifth = {f.id for f in facts(five) if {s.article_id for s in f.sources} == {FIFTH}}
    assert {c.id for c in changes.new_facts} == only_fifth and len(only_fifth) >= 3
    assert {c.what for c in changes.new_facts} >= {
        "Anthony Blinken",
        "Lloyd Austin",
        "troop deployment: 8,000 soldiers",
    }
    [troops] = changes.conflicts
    assert (troops.topic, troops.status, troops.removed_values) == ("troop deployment figures", "changed", [])
    assert {(v.value, v.new) for v in troops.values} == {("8,000", True), ("10,000", False)}
    assert {s.article_id for v in troops.values for s in v.sources} == {FIFTH}
    # backwards, the same facts are dropped; a brief against itself changes nothing
    back = diff(five, four)
    assert {c.what for c in back.dropped_facts} == {c.what for c in changes.new_facts}
    same = diff(five, five)
    assert same.new_facts == same.new_sources == same.conflicts == same.dropped_facts == []


@pytest.mark.needs_cassette
def test_the_markdown_report_names_each_new_fact_with_its_quote(seed_briefs: tuple[Summary, Summary]) -> None:
    four, five = seed_briefs
    text = render_diff(diff(four, five), four, five)
    assert text.startswith("# What changed: 4 → 5 articles\n\nNew articles: source 5 (004\\_164855882951de25: ")
    new = text.split("## New facts (")[1].split("##")[0]
    assert "- actor a14: **Anthony Blinken** — source 5 (004\\_164855882951de25): “US Secretary of State" in new
    assert "## Dropped facts (0)" in text and "- changed: Troop deployment figures: **10,000** per source 5" in text


def test_facts_match_by_content_not_by_their_positional_ids() -> None:
    ducks, bears = "Russia sent 40 ducks.", "Russia gave two bears to Kim."
    old = briefed({"b": bears}, [gift("b", bears, bears[:-1], "bears", 2, "two")])
    new = briefed(
        {"a": ducks, "b": bears},
        [gift("a", ducks, ducks[:-1], "ducks", 40, "40"), gift("b", bears, bears[:-1], "bears", 2, "two")],
    )
    assert [g.id for g in new.gifts] == ["g1", "g2"] and new.gifts[1].gift.item == "bears"
    changes = diff(old, new)
    assert [(c.id, c.what) for c in changes.new_facts] == [("g1", "40 ducks")]
    assert changes.new_sources == [] and changes.dropped_facts == []


def test_every_outside_string_stays_inert_in_the_report() -> None:
    text = render_diff(diff(summary(), hostile()), summary(), hostile())
    assert "<img" not in text and "![" not in text and "\x1b" not in text
    assert [line for line in text.splitlines() if line.startswith("# ")] == ["# What changed: 2 → 2 articles"]
    assert "&lt;img src=x onerror=alert(1)&gt; \\# Heading" in text


def saved(brief: Summary, path: Path) -> Path:
    path.write_text(brief.model_dump_json(), encoding="utf-8")
    return path


def test_the_diff_command_writes_markdown_or_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = saved(summary(), tmp_path / "old.json"), saved(hostile(), tmp_path / "new.json")
    assert main(["diff", str(old), str(new), "--format", "json"]) == 0
    changes = BriefDiff.model_validate(json.loads(capsys.readouterr().out))
    assert changes == diff(summary(), hostile())
    assert main(["diff", str(old), str(new), "--out", str(tmp_path / "changes.md")]) == 0
    assert (tmp_path / "changes.md").read_text(encoding="utf-8").startswith("# What changed")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.json", "old.json"], "missing.json: cannot read"),
        (["old.json", "notes.txt"], "notes.txt: not a summariser JSON summary"),
        (["old.json", "."], "is a directory"),
        (["old.json", "old.json", "--out", "old.json"], "old.json: is the input"),
    ],
)
def test_bad_inputs_to_diff_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    saved(summary(), tmp_path / "old.json")
    (tmp_path / "notes.txt").write_text("not a brief", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["diff", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


@pytest.mark.needs_cassette
def test_run_since_writes_what_changed_and_refuses_a_bad_brief_before_any_request(
    tmp_path: Path, seed_briefs: tuple[Summary, Summary]
) -> None:
    four, five = seed_briefs
    old = saved(four, tmp_path / "four.json")
    env = {"PATH": "/usr/bin:/bin", "SUMMARISER_CACHE_DIR": str(tmp_path / "c"), "HOME": str(tmp_path)}

    def summariser(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "summariser", "run", "seeds/", "--replay", "--quiet", *args],
                              capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)  # fmt: skip

    result = summariser("--since", str(old), "--format", "json")
    assert result.returncode == 0, result.stderr
    changes = BriefDiff.model_validate(json.loads(result.stdout))
    assert changes.added_articles == [FIFTH] and [c.what for c in changes.new_facts] == [
        c.what for c in diff(four, five).new_facts
    ]
    for bad, message in ((tmp_path / "missing.json", "cannot read"), (ROOT / "README.md", "not a summariser JSON")):
        result = summariser("--since", str(bad))
        assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
    result = summariser("--since", str(old), "--format", "html")
    assert result.returncode == 2 and "--since writes what changed as md or json" in result.stderr
