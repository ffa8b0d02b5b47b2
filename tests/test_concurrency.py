"""Many calls, threads and cancellation: failures listed once per cause, replay in two threads at once,
and a cancelled asummarise that stops sending at once. Offline: a stand-in server on 127.0.0.1."""

import asyncio
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from summariser import Article, Settings, asummarise, summarise
from summariser.load.articles import load_articles
from summariser.settings import LOCAL_MODEL_ALIAS

from .conftest import ROOT, SEEDS

CASSETTE = ROOT / "cassettes" / "seeds.yaml"
SEED = SEEDS / "000_0b1274e7f1836e80.txt"
MARKER = "Zanzibar"  # the stand-in server refuses every request whose article holds it
pytestmark = [pytest.mark.block_network(allowed_hosts=["127.0.0.1"]), pytest.mark.needs_cassette]


def _empty_reply() -> str:
    """A recorded chat completion whose tool call lists nothing: a valid answer to any article."""
    recorded = yaml.safe_load(CASSETTE.read_text(encoding="utf-8"))["interactions"][0]["response"]["body"]["string"]
    reply = json.loads(recorded)
    reply["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] = json.dumps(
        {"gifts": [], "actors": [], "claims": []}
    )
    return json.dumps(reply)


class StandIn(ThreadingHTTPServer):
    """An OpenAI-compatible server: after `latency_s`, an empty extraction, or HTTP `refusal` for a
    request holding MARKER. `starts` holds when each chat request arrived (time.monotonic())."""

    daemon_threads = True

    def __init__(self, latency_s: float, refusal: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.latency_s = latency_s
        self.refusal = refusal
        self.reply = _empty_reply()
        self.starts: list[float] = []
        self.bodies: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _Handler(BaseHTTPRequestHandler):
    server: StandIn

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def do_GET(self) -> None:
        self._send(200, '{"object": "list", "data": []}')

    def do_POST(self) -> None:
        self.server.starts.append(time.monotonic())
        body = self.rfile.read(int(self.headers.get("content-length", 0))).decode()
        self.server.bodies.append(body)
        time.sleep(self.server.latency_s)
        if MARKER in body:
            self._send(self.server.refusal, json.dumps({"error": {"message": "refused by the stand-in", "type": "t"}}))
        else:
            self._send(200, self.server.reply)

    def _send(self, status: int, body: str) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@contextmanager
def stand_in(latency_s: float = 0.0, refusal: int = 400) -> Iterator[StandIn]:
    server = StandIn(latency_s, refusal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def long_article(clean: bool = True, marked_sentences: int = 800) -> str:
    """About ten 6,000-character chunks (the chunk size): the first without MARKER (if `clean`), every
    other with it."""
    text = ""
    while clean:
        sentence = f"Report {len(text)} says the zoo in Pyongyang received two parrots from Moscow. "
        if len(text) + len(sentence) > 5990:
            break
        text += sentence
    marked = (
        f"Note {i} adds that the ferry to {MARKER} carried {i + 3} crates of tea." for i in range(marked_sentences)
    )
    return text + "\n\n" + " ".join(marked)


def api_settings(url: str, **changes: Any) -> Settings:
    return Settings(
        backend="api", base_url=url, api_key="sk-test", model=LOCAL_MODEL_ALIAS, use_cache=False,
        backoff_initial_s=0.01, backoff_max_s=0.02, timeout_s=10, concurrency=4,
        **{"model_lede": False, **changes},  # these count an article's calls; the lede's call: test_lede.py
    )  # fmt: skip


def test_an_article_refused_on_every_call_but_one_is_one_failure_with_its_count() -> None:
    with stand_in(refusal=400) as server:
        summary = summarise([Article(id="long", text=long_article())], settings=api_settings(server.url))
        sent = len(server.starts)
    failures = [f for f in summary.failures if f.input == "long"]
    print(f"\n{sent} requests, failures: {[f.error for f in failures]}")
    assert sent >= 8 and summary.stats.articles == 1  # the clean chunk answered; every other was refused
    assert len(failures) == 1 and failures[0].stage == "partial"
    assert failures[0].error.count("refused by the stand-in") == 1
    assert f"({sent - 1} of {sent} calls)" in failures[0].error


def test_an_article_hitting_the_request_cap_lists_each_cause_once() -> None:
    with stand_in(refusal=503) as server:  # retried three times each, until the cap of 24 requests
        summary = summarise([Article(id="long", text=long_article())], settings=api_settings(server.url))
        sent = len(server.starts)
    errors = [f.error for f in summary.failures if f.input == "long"]
    print(f"\n{sent} requests, failures: {errors}")
    assert sent == 24
    assert len(errors) == len(set(errors)) == 2
    assert sum("HTTP 503" in e for e in errors) == 1 and sum("stopped after 24 requests" in e for e in errors) == 1
    assert all(re.search(r"\(\d+ of \d+ calls\)$", e) for e in errors)


def test_the_runs_own_request_is_capped_alone_not_with_every_article_before_it() -> None:
    texts = [
        f"Report {i}: Russia gave North Korea {i + 2} brown bears, President Vladimir Putin said." for i in range(3)
    ]
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    with stand_in() as server:  # three articles, one request each: more than the cap of two before the lede's
        settings = api_settings(server.url, model_lede=True, max_reasks=0, max_requests_per_article=2)
        summary = summarise(articles, settings=settings)
        ledes = [b for b in server.bodies if "Write the lede" in b]
    print(f"\n{len(server.bodies)} requests, failures: {[f.error for f in summary.failures]}")
    assert len(ledes) == 1  # the lede was asked for (its answer is no lede: the template stands)
    assert summary.stats.requests == len(server.bodies) == 4


def test_cli_prints_one_line_per_failed_article(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(long_article(clean=False), encoding="utf-8")  # every call refused: no fact
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "OPENAI_API_KEY": "sk-test",
           "SUMMARISER_CACHE_DIR": str(tmp_path / "cache")}  # fmt: skip
    with stand_in(refusal=400) as server:
        result = subprocess.run(
            [sys.executable, "-m", "summariser", "run", str(path), str(SEED), "--base-url", server.url,
             "--model", LOCAL_MODEL_ALIAS, "--format", "json", "--out", str(tmp_path / "brief.json"),
             "--template-lede"],  # an article's calls counted; the lede's call: test_lede.py
            capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
        )  # fmt: skip
        sent = len(server.starts)
    mentions = [line for line in result.stderr.splitlines() if "long" in line]
    failures = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))["failures"]
    print(f"\n{sent} requests; stderr lines naming the article: {mentions}")
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert len(failures) == 1 and failures[0]["stage"] == "extract" and len(mentions) == 1
    assert mentions[0].count("refused by the stand-in") == 1 and f"({sent - 1} of {sent - 1} calls)" in mentions[0]


def test_two_threads_replaying_the_seeds_at_once_get_the_same_brief(tmp_path: Path) -> None:
    settings = Settings(backend="replay", use_cache=False, cache_dir=tmp_path / "cache")
    alone = summarise([SEEDS], settings=settings)
    start = threading.Barrier(2)
    briefs: dict[int, Any] = {}

    def run(n: int) -> None:
        start.wait()
        try:
            briefs[n] = summarise([SEEDS], settings=settings)
        except Exception as e:  # kept to be shown by the assertion
            briefs[n] = e

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    print(f"\ntwo threads at once: {[type(b).__name__ for b in briefs.values()]}")
    assert [_content(briefs[n]) for n in range(2)] == [_content(alone)] * 2


def _content(brief: Any) -> Any:
    """A brief without when it was made and how long it took; an error as its text."""
    if isinstance(brief, BaseException):
        return repr(brief)
    data = brief.model_dump(mode="json")
    del data["run"]["created_at"], data["stats"]["seconds"]
    return data


def test_cancelling_asummarise_stops_requests_and_returns_at_once() -> None:
    seeds = load_articles([SEEDS], max_bytes=1_000_000).articles
    articles = [Article(id=f"a{i:02d}", text=f"Bulletin {i}.\n{seeds[i % len(seeds)].text}") for i in range(20)]
    with stand_in(latency_s=0.5) as server:
        settings = api_settings(server.url)

        async def cancel_after_first_request() -> float:
            task = asyncio.create_task(asummarise(articles, settings=settings))
            while not server.starts and not task.done():
                await asyncio.sleep(0.01)
            task.cancel()
            cancelled = time.monotonic()
            with pytest.raises(asyncio.CancelledError):
                await task
            return cancelled

        began = time.monotonic()
        cancelled = asyncio.run(cancel_after_first_request())
        returned = time.monotonic()
        time.sleep(1.5)  # time for any late request to arrive
        late = [round(t - cancelled, 2) for t in server.starts if t > cancelled + 0.2]
    print(f"\ncancel {cancelled - began:.2f} s after start; asyncio.run returned {returned - cancelled:.2f} s later; "
          f"{len(server.starts)} requests, late: {late}")  # fmt: skip
    assert returned - cancelled < 2.0
    assert late == []
