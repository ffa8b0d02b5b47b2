"""The real pipeline on the five seeds, replaying the cassette recorded from the local model."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summariser import Settings, summarise
from summariser.clients import REPLAY_BASE_URL
from summariser.extract.cache import JsonCache
from summariser.extract.client import OpenAIClient
from summariser.schemas import Summary

from .conftest import ROOT, SEEDS

pytestmark = [pytest.mark.e2e, pytest.mark.vcr, pytest.mark.needs_cassette]


@pytest.fixture(scope="module")
def default_cassette_name() -> str:
    return "seeds"


def replay_settings(tmp_path: Path) -> Settings:
    return Settings(backend="replay", cache_dir=tmp_path / "cache", transport_retries=0)


def run(tmp_path: Path, cache: JsonCache | None = None) -> Summary:
    settings = replay_settings(tmp_path)
    return summarise([SEEDS], settings=settings, client=OpenAIClient(settings, REPLAY_BASE_URL), cache=cache)


def test_every_article_cited_and_every_quote_verbatim(tmp_path: Path) -> None:
    summary = run(tmp_path)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    assert summary.stats.articles == 5 and summary.failures == []
    sources = [
        *(s for g in summary.gifts for s in g.sources),
        *(s for m in summary.military for s in m.sources),
        *(s for a in summary.actors for s in a.sources),
        *(st.source for a in summary.actors for st in a.statements),
    ]
    assert {s.article_id for s in sources} == set(texts)
    for s in sources:
        assert texts[s.article_id][s.start : s.end] == s.quote


def test_the_seeds_are_five_independent_english_reports(tmp_path: Path) -> None:
    summary = run(tmp_path)
    assert [(a.language, a.languages, a.mixed_languages, a.rtl) for a in summary.articles] == [
        ("en", ["en"], False, False)
    ] * 5
    assert summary.reports == [] and all(a.report == a.id for a in summary.articles)


def test_troop_numbers_disagreement_is_a_conflict(tmp_path: Path) -> None:
    summary = run(tmp_path)
    troop = [c for c in summary.conflicts if c.topic == "troop deployment figures"]
    assert len(troop) == 1
    reported = {"8,000", "10,000", "11,000", "12,000", "100,000"}  # the figures the seeds give
    found = [v for v in troop[0].values if v.value in reported]
    assert len(found) >= 2
    assert len({s.article_id for v in found for s in v.sources}) >= 2


def test_second_run_makes_zero_requests(tmp_path: Path) -> None:
    cache = JsonCache(tmp_path / "shared")
    first = run(tmp_path, cache)
    second = run(tmp_path, cache)
    assert first.stats.requests > 0 and first.stats.cache_hits == 0
    assert second.stats.requests == 0 and second.stats.cache_hits == first.stats.cache_hits + 5  # a call an article
    assert second.model_dump(exclude={"run", "stats"}) == first.model_dump(exclude={"run", "stats"})


def test_cli_replay_writes_markdown_and_counts(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    env = {"PATH": "/usr/bin:/bin", "SUMMARISER_CACHE_DIR": str(tmp_path / "c"), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "summariser", "run", "seeds/", "--replay", "--out", str(out)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "## Where sources disagree" in text and "Troop deployment figures" in text
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("summariser: 5 articles,") and "conflicts" in last and "cache hits" in last


def test_cli_json_is_a_summary(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "SUMMARISER_CACHE_DIR": str(tmp_path / "c"), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "summariser", "run", "seeds/", "--replay", "--format", "json", "--quiet"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary = Summary.model_validate(json.loads(result.stdout))
    assert summary.run.model == "qwen2.5-coder-1.5b-instruct-q4_k_m"
    assert result.stderr == ""


def test_request_missing_from_cassette_fails_at_once(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("A wholly different article about a cat show in Riga, never recorded.", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "SUMMARISER_CACHE_DIR": str(tmp_path / "c"), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "summariser", "run", str(other), "--replay"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert "ReplayMissError" in result.stderr and "not in the cassette" in result.stderr
    assert "Traceback" not in result.stderr


async def test_async_variant_runs_the_same_pipeline(tmp_path: Path) -> None:
    from summariser import asummarise

    settings = replay_settings(tmp_path)
    summary = await asummarise([SEEDS], settings=settings, client=OpenAIClient(settings, REPLAY_BASE_URL))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    assert summary.stats.articles == 5 and summary.failures == []
    assert any(c.topic == "troop deployment figures" for c in summary.conflicts)
    assert all(texts[s.article_id][s.start : s.end] == s.quote for g in summary.gifts for s in g.sources)


def test_quality_ratchet_holds_on_the_replayed_brief(tmp_path: Path) -> None:
    """CI fails when the replayed five-seed brief scores below the figures committed in
    quality/ratchet.json: fewer facts found, or any more wrong values, invented disagreements,
    non-actors or missing disagreement values."""
    from summariser.quality import DEFAULT_EXPECTED, RATCHET, ratchet_failures, score

    summary = run(tmp_path)
    expected = json.loads(DEFAULT_EXPECTED.read_text(encoding="utf-8"))
    figures = score(summary, expected, {a.id: a.text for a in summary.articles})
    floor = json.loads(RATCHET.read_text(encoding="utf-8"))["seeds_replay"]
    assert ratchet_failures(figures, floor) == []
