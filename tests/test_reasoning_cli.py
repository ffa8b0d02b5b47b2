"""Today's API models through the real CLI: reasoning models that refuse old parameters, model lists
with shutdown dates. The fault server plays the API as OpenAI documents it (no key can reach it here)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summariser import Settings, summarise
from summariser.extract.client import OpenAIClient
from summariser.settings import LOCAL_MODEL_ALIAS

from .conftest import ROOT, SEEDS
from .fault_server import GPT_6_1_SOL_EFFORTS, GPT_6_LUNA_EFFORTS, Script, fault_server

CASSETTE = ROOT / "cassettes" / "seeds.yaml"
ONE_SEED = str(SEEDS / "000_0b1274e7f1836e80.txt")
# As OpenAI's model list gave them on 2026-11-25 (gpt-5-mini is on the deprecations page).
MODELS = {"gpt-6-luna": None, "gpt-6.1-sol": None, "gpt-5-mini": "2026-12-11"}
pytestmark = [pytest.mark.block_network(allowed_hosts=["127.0.0.1"]), pytest.mark.needs_cassette]


def run(url: str, tmp: Path, model: str, *args: str, cache: str = "cache") -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp), "OPENAI_API_KEY": "sk-test-dummy",
        "SUMMARISER_CACHE_DIR": str(tmp / cache),
    }  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "summariser", "run", "--base-url", url, "--model", model, "--format", "json", *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip


def brief(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k not in ("run", "stats")}


def test_a_reasoning_model_gives_the_same_brief_for_one_extra_request(tmp_path: Path) -> None:
    with fault_server(CASSETTE) as plain:
        before = run(plain.url, tmp_path, LOCAL_MODEL_ALIAS, "seeds/", "--out", str(tmp_path / "plain.json"))
        plain_requests = len(plain.requests)
    with fault_server(CASSETTE, Script(reasoning=GPT_6_LUNA_EFFORTS, models=MODELS)) as server:
        now = run(server.url, tmp_path, "gpt-6-luna", "seeds/", "--out", str(tmp_path / "luna.json"), cache="c2")
        bodies = [json.loads(r["body"]) for r in server.requests]
        again = run(server.url, tmp_path, "gpt-6-luna", "seeds/", "--out", str(tmp_path / "again.json"), cache="c2")
        rerun_requests = len(server.requests) - len(bodies)
    assert before.returncode == 0 and now.returncode == 0 and again.returncode == 0, before.stderr + now.stderr
    assert brief(tmp_path / "luna.json") == brief(tmp_path / "plain.json")
    stats = json.loads((tmp_path / "luna.json").read_text(encoding="utf-8"))["stats"]
    print(f"\nreasoning model: {len(bodies)} requests, {plain_requests} on a plain server; re-run {rerun_requests}")
    assert stats["param_adaptations"] == 1 and stats["requests"] == len(bodies) == plain_requests + 1
    assert "max_tokens" in bodies[0] and bodies[0]["temperature"] == 0  # the first request is today's
    for body in bodies[1:]:
        assert "max_tokens" not in body and "temperature" not in body
        assert body["max_completion_tokens"] == 1536 and body["reasoning_effort"] == "none"
    assert sum("refused max_tokens" in line for line in now.stderr.splitlines()) == 1
    assert "shuts down" not in now.stderr  # gpt-6-luna has no shutdown date
    assert rerun_requests == 0  # the cache keys hold what was sent, and the learned parameters are kept


def test_a_model_with_a_shutdown_date_is_named_once_with_the_date(tmp_path: Path) -> None:
    with fault_server(CASSETTE, Script(reasoning=GPT_6_LUNA_EFFORTS, models=MODELS)) as server:
        result = run(server.url, tmp_path, "gpt-5-mini", ONE_SEED)
        gets = list(server.gets)
    assert result.returncode == 0, result.stderr
    warned = [line for line in result.stderr.splitlines() if "shuts down" in line]
    assert len(warned) == 1 and "gpt-5-mini shuts down on 2026-12-11" in warned[0] and "--model" in warned[0]
    assert gets == ["/v1/models"]


def test_the_local_and_replayed_models_never_read_a_model_list(caplog: pytest.LogCaptureFixture) -> None:
    with fault_server(CASSETTE, Script(models={LOCAL_MODEL_ALIAS: "2027-01-14"})) as server:  # as if it listed one
        for backend in ("local", "replay"):
            settings = Settings(backend=backend, use_cache=False)
            summary = summarise([ONE_SEED], settings=settings, client=OpenAIClient(settings, base_url=server.url))
            assert summary.failures == []
        gets = list(server.gets)
    assert gets == [] and "shuts down" not in caplog.text


def test_a_broken_model_list_says_nothing(tmp_path: Path) -> None:
    with fault_server(CASSETTE, Script(models=None)) as server:  # GET /v1/models answers 404
        result = run(server.url, tmp_path, LOCAL_MODEL_ALIAS, ONE_SEED)
        gets = list(server.gets)
    assert result.returncode == 0 and gets == ["/v1/models"]
    assert "shuts down" not in result.stderr and "Traceback" not in result.stderr


def test_an_endpoint_refusing_every_shape_stops_with_one_line_never_retrying(tmp_path: Path) -> None:
    """gpt-6.1-sol has no reasoning effort "none", and OpenAI takes function tools on chat completions
    only with "none": no request shape works in tools mode."""
    with fault_server(CASSETTE, Script(reasoning=GPT_6_1_SOL_EFFORTS, models=MODELS)) as server:
        result = run(server.url, tmp_path, "gpt-6.1-sol", "seeds/")
        sent = [json.loads(r["body"]) for r in server.requests]
    assert result.returncode == 1
    fatal = [line for line in result.stderr.splitlines() if line.startswith("summariser: Fatal")]
    assert len(fatal) == 1 and "--mode json_schema" in fatal[0] and "Traceback" not in result.stderr
    # today's parameters, then effort "none", then no effort; "none" again is never re-sent
    assert [b.get("reasoning_effort") for b in sent] == [None, "none", None]


def test_an_unknown_model_is_one_line_naming_model_exit_1(tmp_path: Path) -> None:
    with fault_server(CASSETTE, Script(default="404")) as server:
        result = run(server.url, tmp_path, "gpt-4o-mini-2024-07-18", ONE_SEED)
    fatal = [line for line in result.stderr.splitlines() if line.startswith("summariser: Fatal")]
    assert result.returncode == 1 and len(fatal) == 1 and "Traceback" not in result.stderr
    assert "unknown model 'gpt-4o-mini-2024-07-18'" in fatal[0] and "--model" in fatal[0]
