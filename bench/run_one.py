"""One benchmark measurement in a fresh process: N synthetic articles against the bench server.

Prints one JSON line: wall and CPU seconds, peak RSS, requests, tokens, for a cold and a cached run.
Run by bench/run.py; usage: python bench/run_one.py BASE_URL N CONCURRENCY CACHE_DIR
"""

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from summariser import Article, Settings, pipeline, summarise
from summariser.load.articles import load_articles
from summariser.merge import merge
from summariser.settings import LOCAL_MODEL_ALIAS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def synthetic(n: int) -> list[Article]:
    """n distinct articles: seed texts under a unique first line, so every request differs."""
    seeds = load_articles([SEEDS], max_bytes=1_000_000).articles
    return [Article(id=f"bench-{i:05d}", text=f"Bulletin {i}.\n{seeds[i % len(seeds)].text}") for i in range(n)]


MERGE_SECONDS: list[float] = []


def _timed_merge(*args: Any, **kwargs: Any) -> Any:
    """merge() as the pipeline calls it, its seconds recorded."""
    started = time.perf_counter()
    result = merge(*args, **kwargs)
    MERGE_SECONDS.append(time.perf_counter() - started)
    return result


def measure(articles: list[Article], settings: Settings) -> dict[str, float]:
    MERGE_SECONDS.clear()
    cpu, wall = time.process_time(), time.perf_counter()
    summary = summarise(articles, settings=settings)
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu
    s = summary.stats
    return {
        "wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "requests": s.requests, "cache_hits": s.cache_hits,
        "articles": s.articles, "failed": s.failed, "facts": s.facts, "prompt_tokens": s.prompt_tokens,
        "completion_tokens": s.completion_tokens, "merge_s": round(sum(MERGE_SECONDS), 3),
        "longest_chain": 1 + settings.max_reasks,  # one call and its re-asks run in sequence
    }  # fmt: skip


def main() -> None:
    pipeline.merge = _timed_merge  # type: ignore[assignment]  # time the merge inside the real pipeline
    base_url, n, concurrency, cache_dir = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    articles = synthetic(n)
    settings = Settings(
        backend="api", base_url=base_url, api_key="bench", model=LOCAL_MODEL_ALIAS, concurrency=concurrency,
        cache_dir=cache_dir, transport_retries=0, max_articles=100_000, max_total_chars=10**9, max_total_tokens=10**10,
    )  # fmt: skip
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cold = measure(articles, settings)
    cached = measure(articles, settings)
    text_mb = sum(len(a.text.encode()) for a in articles) / 1e6
    print(json.dumps({"n": n, "concurrency": concurrency, "cold": cold, "cached": cached,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "rss_before_mb": rss_before / 1024, "text_mb": round(text_mb, 2)}))  # fmt: skip


if __name__ == "__main__":
    main()
