"""Scale benchmark (issue 33): N distinct English reports of one event through the whole pipeline.

    .venv/bin/python bench/scale.py [--sizes 100,300,1000] [--paths nlp,api] [--latency 0.5]
        [--concurrency 64] [--seed 33] [--json OUT]

The reports come from bench/scale_articles.py (made by code from templates). Two paths, each N in a fresh
process so that peak RSS is its own:
- nlp: the NLP layer alone, through a client that answers nothing (summariser.quality.alone.NoModel);
- api: a stand-in OpenAI-compatible server in its own process (bench/server.py's handler) that answers each
  extraction request after --latency seconds with what the report's sentences state (scale_articles.facts_of),
  citing sentence numbers as the prompt asks; an empty cache.
Per N: wall and CPU seconds, CPU per article, peak RSS, requests, client CPU per request outside parsing,
and the seconds of each pipeline stage (summed where a stage runs on several threads: `parse_s` is the CPU of
spaCy's parses in every thread, inside the stages that ask for them). Then each path's growth exponents: the
slopes of log(wall) and of log(CPU) against log(N), fitted by least squares (on a shared machine the CPU's is
the steadier: the wall also counts what other processes take). Figures, not a pass or fail.
"""

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]  # the package of this checkout, and the bench modules beside this file

import scale_articles  # noqa: E402
import server  # noqa: E402

STAGES = ("_load", "_languages", "extract_all", "enrich_run", "english_spellings", "merge", "group_reports",
          "find_translations", "join_translations")  # fmt: skip
"""pipeline.py's stages, timed where the pipeline calls them (a name it no longer has is left out)."""


class ScaleHandler(server.Handler):
    """bench/server.py's handler (keep-alive, model list, replies, latency), answering from the reports' sentences."""

    def do_POST(self) -> None:
        from oracle import CAPS, _completion  # the oracle's reply shape and list caps (imported once, in serve)
        from oracle_gold import request_sentences

        body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))).decode())
        function = (body.get("tools") or [{}])[0].get("function", {})
        name = function.get("name", "Extraction")
        user = next((m["content"] for m in reversed(body["messages"]) if m["role"] == "user"), "")
        reply: dict[str, list[list[Any]]] = {
            field: [] for field in function.get("parameters", {}).get("properties", CAPS)
        }
        for number, sentence in request_sentences(user):
            for field, entries in scale_articles.facts_of(sentence).items():
                listed = reply.setdefault(field, [])
                listed += [[number, *entry] for entry in entries][: CAPS[field] - len(listed)]
        time.sleep(self.latency)
        self._send(200, json.dumps(_completion(body, name, reply, bool(body.get("tools")))))


def serve(latency: float) -> None:
    """The stand-in server on a free port of 127.0.0.1: prints 'ready PORT', then serves until killed."""
    import oracle  # noqa: F401  # loaded before the first request, not by it

    handler = type("Handler", (ScaleHandler,), {"latency": latency})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    httpd.request_queue_size = 1024
    print(f"ready {httpd.server_address[1]}", flush=True)
    httpd.serve_forever()


@contextmanager
def stand_in(latency: float) -> Iterator[str]:
    """The stand-in server in its own process for the duration of the block: its base URL."""
    process = subprocess.Popen([sys.executable, __file__, "--serve", str(latency)], stdout=subprocess.PIPE)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().decode().split()
        if line[:1] != ["ready"]:
            raise SystemExit("bench/scale.py: the stand-in server did not start")
        yield f"http://127.0.0.1:{line[1]}/v1"
    finally:
        process.terminate()
        process.wait()


def _timed(seconds: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[name] += time.perf_counter() - started

    return timed


def _time_parses(seconds: dict[str, float]) -> None:
    """Count the CPU of every spaCy parse (in whichever thread runs it) into seconds['parse_s']."""
    from summariser.lang.en.nlp import parsing

    loaded = parsing._pipeline

    class Timed:
        def __init__(self, nlp: Any) -> None:
            self.nlp = nlp

        def __call__(self, text: str) -> Any:
            started = time.thread_time()
            try:
                return self.nlp(text)
            finally:
                seconds["parse_s"] += time.thread_time() - started

        def pipe(self, texts: Any, **kwargs: Any) -> Iterator[Any]:
            started = time.thread_time()
            for doc in self.nlp.pipe(texts, **kwargs):
                seconds["parse_s"] += time.thread_time() - started
                yield doc
                started = time.thread_time()

        def __getattr__(self, name: str) -> Any:
            return getattr(self.nlp, name)

    timed = Timed(loaded())
    parsing._pipeline = lambda: timed  # type: ignore[assignment]


def child(path: str, n: int, url: str, concurrency: int, seed: int) -> dict[str, Any]:
    """One cold run of `n` reports through `path` (nlp or api) in this process: its figures."""
    from summariser import Article, Settings, pipeline, summarise
    from summariser.quality.alone import NoModel
    from summariser.settings import LOCAL_MODEL_ALIAS

    articles = [Article(id=r.id, text=r.text) for r in scale_articles.reports(n, seed)]
    seconds: dict[str, float] = defaultdict(float)
    for name in STAGES:
        if hasattr(pipeline, name):
            setattr(pipeline, name, _timed(seconds, name.strip("_"), getattr(pipeline, name)))
    limits = {"max_articles": 100_000, "max_total_chars": 10**10, "max_total_tokens": 10**10}
    with tempfile.TemporaryDirectory() as cache_dir:
        if path == "nlp":
            settings = Settings(backend="api", base_url="http://127.0.0.1:9/v1", use_cache=False, **limits)
            client: Any = NoModel()
        else:
            settings = Settings(backend="api", base_url=url, api_key="bench", model=LOCAL_MODEL_ALIAS,
                                concurrency=concurrency, cache_dir=Path(cache_dir), transport_retries=0,
                                **limits)  # fmt: skip
            client = None
        started, cpu = time.perf_counter(), time.process_time()
        _time_parses(seconds)  # loads the pipeline: counted, as a run's first parse would be
        summary = summarise(articles, settings=settings, client=client)
        cpu = time.process_time() - cpu
        wall = time.perf_counter() - started
    stats = summary.stats
    return {
        "path": path, "n": n, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
        "cpu_ms_per_article": round(1000 * cpu / n, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "requests": stats.requests, "facts": stats.facts, "failed": stats.failed,
        "chars": sum(len(a.text) for a in articles),
        "stages_s": {k: round(v, 2) for k, v in seconds.items()},
    }  # fmt: skip


def exponent(rows: list[dict[str, Any]], figure: str = "wall_s") -> float | None:
    """The least-squares slope of log(figure) against log(N): 1 is linear growth."""
    points = [(math.log(r["n"]), math.log(r[figure])) for r in rows if r[figure] > 0]
    if len({x for x, _ in points}) < 2:
        return None
    mx, my = sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points)
    return round(sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points), 2)


def api_overhead(rows: list[dict[str, Any]]) -> dict[int, float]:
    """Per N measured on both paths: the CPU the api path spends beyond the nlp path, per request (ms), i.e.
    the client's cost of a request outside the NLP layer (sending, validating, grounding the answer)."""
    nlp = {r["n"]: r for r in rows if r["path"] == "nlp"}
    return {
        r["n"]: round(1000 * (r["cpu_s"] - nlp[r["n"]]["cpu_s"]) / r["requests"], 1)
        for r in rows
        if r["path"] == "api" and r["n"] in nlp and r["requests"]
    }


def measure(path: str, n: int, url: str, args: argparse.Namespace) -> dict[str, Any]:
    """One size of one path, in a fresh process."""
    command = [sys.executable, __file__, "--child", path, str(n), url, "--concurrency", str(args.concurrency),
               "--seed", str(args.seed)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench/scale.py: {path} at N={n} failed:\n{done.stderr[-3000:]}")
    row: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return row


def show(row: dict[str, Any]) -> None:
    """One row as a line of text."""
    stages = "  ".join(f"{k} {v}" for k, v in row["stages_s"].items())
    print(f"{row['path']:3s} N={row['n']:5d}  wall {row['wall_s']:7.2f} s  cpu {row['cpu_s']:7.2f} s  "
          f"cpu/article {row['cpu_ms_per_article']:6.1f} ms  rss {row['peak_rss_mb']:5d} MB  req {row['requests']}  "
          f"facts {row['facts']}  failed {row['failed']}\n    {stages}",
          flush=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,300,1000", help="numbers of reports, comma-separated")
    parser.add_argument("--paths", default="nlp,api", help="nlp, api or both, comma-separated")
    parser.add_argument("--latency", type=float, default=0.5, help="the stand-in server's seconds per request")
    parser.add_argument("--concurrency", type=int, default=64, help="requests in flight on the api path")
    parser.add_argument("--seed", type=int, default=33)
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--serve", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--child", nargs=3, metavar=("PATH", "N", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        return serve(args.serve)
    if args.child:
        path, n, url = args.child
        print(json.dumps(child(path, int(n), url, args.concurrency, args.seed)))
        return None
    sizes = [int(s) for s in args.sizes.split(",")]
    paths = args.paths.split(",")
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; sizes {sizes}; "
          f"api: latency {args.latency} s, concurrency {args.concurrency}", flush=True)  # fmt: skip
    result: dict[str, Any] = {"latency_s": args.latency, "concurrency": args.concurrency, "rows": [], "exponent": {},
                              "cpu_exponent": {}}  # fmt: skip
    for path in paths:
        with stand_in(args.latency) if path == "api" else _no_server() as url:
            rows = []
            for n in sizes:
                rows.append(measure(path, n, url, args))
                show(rows[-1])
        result["rows"] += rows
        result["exponent"][path] = exponent(rows)
        result["cpu_exponent"][path] = exponent(rows, "cpu_s")
        print(f"{path}: growth exponent over N = {sizes}: wall {result['exponent'][path]}, "
              f"CPU {result['cpu_exponent'][path]}", flush=True)  # fmt: skip
    result["api_cpu_ms_per_request"] = api_overhead(result["rows"])
    for n, ms in result["api_cpu_ms_per_request"].items():
        print(f"N={n}: CPU per request the api path spends beyond the nlp path: {ms} ms", flush=True)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return None


@contextmanager
def _no_server() -> Iterator[str]:
    yield "-"


if __name__ == "__main__":
    main()
