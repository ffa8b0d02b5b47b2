"""Faults from a real local HTTP server: retries, persistent failures, fatal errors, re-asks, caps."""

import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summariser import Settings, summarise
from summariser.errors import FatalProviderError
from summariser.load.articles import Article, load_articles
from summariser.rules import by_finder
from summariser.settings import LOCAL_MODEL_ALIAS

from .conftest import ROOT, SEEDS
from .fault_server import Script, fault_server

CASSETTE = ROOT / "cassettes" / "seeds.yaml"
FAKE_KEY = "sk-proj-Zx81TestKeyThatLooksReal0123456789abcdefABCDEF"
pytestmark = [pytest.mark.block_network(allowed_hosts=["127.0.0.1"]), pytest.mark.needs_cassette]


def seeds() -> list[Article]:
    return load_articles([SEEDS], max_bytes=1_000_000).articles


def settings_for(url: str, **changes: object) -> Settings:
    base = Settings(
        backend="api", base_url=url, api_key=FAKE_KEY, model=LOCAL_MODEL_ALIAS, use_cache=False,
        backoff_initial_s=0.01, backoff_max_s=0.05, timeout_s=10, concurrency=4,
    )  # fmt: skip
    return base.with_(**changes)


def test_storm_of_transient_failures_loses_nothing() -> None:
    script = Script(fail_rate=0.3)
    with fault_server(CASSETTE, script) as server:  # 4 runs of the 5 seeds: the same text twice is one article
        started = time.monotonic()
        runs = [summarise(seeds(), settings=settings_for(server.url, transport_retries=10)) for _ in range(4)]
        elapsed = time.monotonic() - started
    failed = sum(1 for f in script.seen if f != "ok")
    done = sum(r.stats.articles for r in runs)
    retries = sum(r.stats.transport_retries for r in runs)
    print(f"\nstorm: {done} articles, {len(script.seen)} requests, {failed} injected faults, "
          f"{retries} retries, {elapsed:.2f} s")  # fmt: skip
    assert [f for r in runs for f in r.failures] == [] and done == 20
    assert failed > 0 and retries == failed
    assert sum(r.stats.requests for r in runs) == len(script.seen)
    assert elapsed < 30


def test_one_article_always_failing_is_reported_and_the_rest_merged() -> None:
    marker = "Kremlin\u2019s North Korea Soft Power"  # only in seed 002, as JSON-escaped in the body
    script = Script(when_body_contains={marker: "500"})
    with fault_server(CASSETTE, script) as server:
        summary = summarise(seeds(), settings=settings_for(server.url, transport_retries=2))
    print(f"\npersistent 500: failures={[(f.input, f.error) for f in summary.failures]}")
    assert [f.input for f in summary.failures] == ["002_abbee171f637f025"]
    assert "HTTP 500" in summary.failures[0].error
    assert summary.stats.articles == 4
    assert all(s.article_id != "002_abbee171f637f025" for g in summary.gifts for s in g.sources)


def test_requests_in_flight_never_exceed_concurrency_and_an_articles_kinds_overlap() -> None:
    with fault_server(CASSETTE, Script(default="slow", slow_s=0.3)) as server:
        summary = summarise(seeds(), settings=settings_for(server.url, concurrency=3))
        most = server.max_in_flight
    print(f"\nconcurrency 3: at most {most} requests in flight, {summary.stats.requests} requests")
    assert summary.failures == [] and most == 3


def test_retry_after_is_honoured() -> None:
    script = Script(queue=["429"], retry_after="1")
    with fault_server(CASSETTE, script) as server:
        started = time.monotonic()
        summary = summarise(seeds()[:1], settings=settings_for(server.url))
        elapsed = time.monotonic() - started
    print(f"\nretry-after 1 s: waited {elapsed:.2f} s, retries={summary.stats.transport_retries}")
    assert summary.stats.transport_retries == 1 and elapsed >= 1.0


def test_401_stops_the_run_fast_without_the_key() -> None:
    with fault_server(CASSETTE, Script(default="401")) as server:
        started = time.monotonic()
        with pytest.raises(FatalProviderError) as caught:
            summarise(seeds(), settings=settings_for(server.url))
        elapsed = time.monotonic() - started
        requests = len(server.requests)
    print(f"\n401: stopped after {requests} requests in {elapsed:.2f} s")
    assert "rejected the API key" in str(caught.value) and FAKE_KEY not in str(caught.value)
    assert requests <= 4 and elapsed < 5  # no retries: at most one request per worker


def test_hard_cap_on_requests_per_article() -> None:
    with fault_server(CASSETTE, Script(default="503")) as server:
        summary = summarise(
            seeds()[:1], settings=settings_for(server.url, transport_retries=50, max_requests_per_article=5)
        )
        requests = len(server.requests)
    print(f"\ncap: {requests} requests for 1 article under a permanent 503 (cap 5)")
    assert requests == 5 and summary.failures and "cap" in summary.failures[0].error


def test_hang_past_timeout_is_retried() -> None:
    script = Script(queue=["hang"], hang_s=3)
    with fault_server(CASSETTE, script) as server:
        summary = summarise(seeds()[:1], settings=settings_for(server.url, timeout_s=0.5))
    assert summary.failures == [] and summary.stats.transport_retries == 1


def test_schema_breaking_reply_is_reasked_with_the_error() -> None:
    script = Script(queue=["invalid"])
    with fault_server(CASSETTE, script) as server:
        summary = summarise(seeds()[:1], settings=settings_for(server.url, max_reasks=1))
        bodies = [r["body"] for r in server.requests]
    assert summary.stats.reasks >= 1
    reasked = [b for b in bodies if len(json.loads(b)["messages"]) > 2]  # the kinds run concurrently: find it
    assert reasked and ("validation error" in reasked[0].lower() or "field required" in reasked[0].lower())
    # the re-ask is a new conversation, not in the cassette: the server refuses it, so the article fails clearly
    assert summary.failures and "HTTP 400" in summary.failures[0].error


def test_ungrounded_evidence_is_dropped_and_counted_never_kept() -> None:
    script = Script(default="ungrounded")
    with fault_server(CASSETTE, script) as server:
        summary = summarise(seeds()[:1], settings=settings_for(server.url, max_reasks=0))
    print(f"\nungrounded: dropped {summary.stats.dropped_facts} facts, kept {summary.stats.facts}")
    assert summary.stats.dropped_facts > 0 and summary.failures == []
    kept = [s for group in (summary.gifts, summary.military, summary.actors) for fact in group for s in fact.sources]
    assert all(by_finder(s.origin) for s in kept)  # nothing of the model's stands; the NLP layer's own facts do


def test_failed_validations_do_not_pin_finished_articles_in_memory() -> None:
    """pydantic-core hides a validator's exception (and its traceback's frames) from the garbage collector."""
    from pydantic import ValidationError

    from summariser.facts import ArticleFacts

    with fault_server(CASSETTE, Script(default="ungrounded")) as server:
        summary = summarise(seeds(), settings=settings_for(server.url, max_reasks=0))
    assert summary.stats.dropped_facts > 0  # every reply failed validation (it cites sentence 999)
    del summary
    gc.collect()
    alive = [o for o in gc.get_objects() if isinstance(o, ArticleFacts | ValidationError)]
    print(f"\nobjects of the run still alive after it: {len(alive)}")
    assert alive == []


def cli(*args: str, url: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp), "OPENAI_API_KEY": FAKE_KEY,
        "SUMMARISER_CACHE_DIR": str(tmp / "cache"),
    }  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "summariser", "run", *args, "--base-url", url, "--model", LOCAL_MODEL_ALIAS],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip


def test_cli_partial_failure_exit_3_and_output_written(tmp_path: Path) -> None:
    script = Script(when_body_contains={"Kremlin\u2019s North Korea Soft Power": "500"})
    out = tmp_path / "brief.md"
    with fault_server(CASSETTE, script) as server:
        result = cli("seeds/", "--out", str(out), url=server.url, tmp=tmp_path)
    assert result.returncode == 3, result.stderr
    assert "failed: 002_abbee171f637f025" in result.stderr and "Traceback" not in result.stderr
    assert out.exists() and "## Not included" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("fault", "expected"), [("401", "rejected the API key"), ("404", "unknown model")])
def test_cli_fatal_errors_one_line_exit_1_no_key(tmp_path: Path, fault: str, expected: str) -> None:
    with fault_server(CASSETTE, Script(default=fault)) as server:
        result = cli("seeds/", url=server.url, tmp=tmp_path)
    assert result.returncode == 1
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("summariser: Fatal")]
    assert len(error_lines) == 1 and expected in error_lines[0]
    assert FAKE_KEY not in result.stderr + result.stdout and "Traceback" not in result.stderr


def test_cli_dead_server_one_line_exit_1(tmp_path: Path) -> None:
    from summariser.backends.local import free_port

    result = cli(str(SEEDS / "000_0b1274e7f1836e80.txt"), url=f"http://127.0.0.1:{free_port()}/v1", tmp=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cannot connect to http://127.0.0.1:" in result.stderr
