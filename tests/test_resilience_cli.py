"""Whole-process faults through the real CLI: kill -9 and resume, two processes on one cache, secrets."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import diskcache
import pytest

from summariser.settings import LOCAL_MODEL_ALIAS

from .conftest import ROOT
from .fault_server import Script, fault_server

CASSETTE = ROOT / "cassettes" / "seeds.yaml"
FAKE_KEY = "sk-proj-Qw93TestKeyThatLooksReal9876543210fedcbaFEDCBA"
pytestmark = [pytest.mark.block_network(allowed_hosts=["127.0.0.1"]), pytest.mark.needs_cassette]


def command(url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "summariser", "run", "seeds/", "--base-url", url, "--model", LOCAL_MODEL_ALIAS,
            "--format", "json", *args]  # fmt: skip


def environment(tmp: Path, cache: Path) -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp), "OPENAI_API_KEY": FAKE_KEY,
            "SUMMARISER_CACHE_DIR": str(cache)}  # fmt: skip


def run_cli(url: str, tmp: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(url, *args), cwd=ROOT, env=environment(tmp, cache), capture_output=True, text=True, timeout=120
    )


def content(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k not in ("run", "stats")}


def cached_calls(cache: Path) -> int:
    with diskcache.Cache(str(cache / "answers")) as raw:
        return len(raw)


def test_kill_9_then_rerun_resumes_from_cache_and_matches_a_clean_run(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with fault_server(CASSETTE, Script(default="slow", slow_s=0.4)) as server:  # one server: one cache key
        process = subprocess.Popen(
            command(server.url, "--concurrency", "1", "--out", str(tmp_path / "killed.json")),
            cwd=ROOT, env=environment(tmp_path, cache), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while len(server.requests) < 8 and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        done_before = cached_calls(cache)
        server.script = Script()
        before = len(server.requests)
        resumed = run_cli(server.url, tmp_path, cache, "--out", str(tmp_path / "resumed.json"))
        resume_requests = len(server.requests) - before
        clean = run_cli(server.url, tmp_path, tmp_path / "fresh", "--out", str(tmp_path / "clean.json"))
        clean_requests = len(server.requests) - before - resume_requests
    print(
        f"\nkill -9: {done_before} calls cached before the kill; the resumed run sent {resume_requests} requests,"
        f" an uninterrupted run {clean_requests}"
    )
    assert resumed.returncode == 0 and clean.returncode == 0, resumed.stderr + clean.stderr
    assert 1 <= done_before < 15 and clean_requests - resume_requests >= done_before  # no cached call asked again
    assert content(tmp_path / "resumed.json") == content(tmp_path / "clean.json")


def test_two_processes_sharing_one_cache_agree(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with fault_server(CASSETTE) as server:
        runs = [
            subprocess.Popen(command(server.url, "--out", str(tmp_path / f"out{n}.json")), cwd=ROOT,
                             env=environment(tmp_path, cache), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for n in range(2)
        ]  # fmt: skip
        codes = [p.wait(timeout=120) for p in runs]
        before = len(server.requests)
        again = run_cli(server.url, tmp_path, cache, "--out", str(tmp_path / "again.json"))
        assert again.returncode == 0, again.stderr
        assert len(server.requests) == before  # every entry readable, none corrupted
    assert codes == [0, 0]
    assert content(tmp_path / "out0.json") == content(tmp_path / "out1.json") == content(tmp_path / "again.json")


def test_fake_key_never_written_anywhere(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    outputs = []
    for script in (Script(), Script(default="401"), Script(queue=["500", "429"])):
        with fault_server(CASSETTE, script) as server:
            result = run_cli(server.url, tmp_path, cache, "--verbose")
            outputs += [result.stdout, result.stderr]
            sent = [v for r in server.requests for k, v in r["headers"].items() if k.lower() == "authorization"]
            assert sent and all(FAKE_KEY in v for v in sent)  # it was sent
    assert any("DEBUG" in o for o in outputs)
    files = [p for p in [*cache.rglob("*"), *(ROOT / "cassettes").rglob("*")] if p.is_file()]
    assert files
    leaks = [str(p) for p in files if FAKE_KEY.encode() in p.read_bytes()]
    leaks += [o[:80] for o in outputs if FAKE_KEY in o or FAKE_KEY[8:30] in o]
    assert leaks == []


def test_ctrl_c_exits_130_quickly_and_keeps_finished_calls(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with fault_server(CASSETTE, Script(default="slow", slow_s=1.0)) as server:
        process = subprocess.Popen(
            command(server.url, "--concurrency", "2"), cwd=ROOT, env=environment(tmp_path, cache),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while len(server.requests) < 3 and time.monotonic() < deadline:  # a third starts once one is done
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        started = time.monotonic()
        _, stderr = process.communicate(timeout=30)
        elapsed = time.monotonic() - started
    print(f"\nCtrl-C: exit {process.returncode} after {elapsed:.2f} s, {cached_calls(cache)} calls cached")
    assert process.returncode == 130 and elapsed < 5
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert cached_calls(cache) >= 1
