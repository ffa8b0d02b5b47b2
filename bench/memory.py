"""Peak memory against --concurrency: N synthetic articles through summarise() against the bench server.

    python bench/memory.py [--articles 100] [--concurrency 4,100] [--latency 0.2]

Each concurrency runs in a fresh process on an empty cache and prints one line: peak RSS (ru_maxrss),
wall seconds, requests, and the most threads alive at once. Figures, not a test.
"""

import argparse
import json
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def child(base_url: str, n: int, concurrency: int, cache_dir: Path) -> None:
    """One cold run in this process; prints its figures as one JSON line."""
    sys.path.insert(0, str(ROOT))  # the package of this checkout, whatever is installed
    from summariser import Article, Settings, summarise
    from summariser.load.articles import load_articles
    from summariser.settings import LOCAL_MODEL_ALIAS

    seeds = load_articles([SEEDS], max_bytes=1_000_000).articles
    articles = [Article(id=f"bench-{i:05d}", text=f"Bulletin {i}.\n{seeds[i % len(seeds)].text}") for i in range(n)]
    settings = Settings(
        backend="api", base_url=base_url, api_key="bench", model=LOCAL_MODEL_ALIAS, concurrency=concurrency,
        cache_dir=cache_dir, transport_retries=0, max_articles=100_000,
    )  # fmt: skip
    threads = [0]

    def sample() -> None:
        while True:
            threads[0] = max(threads[0], threading.active_count())
            time.sleep(0.05)

    threading.Thread(target=sample, daemon=True).start()
    started = time.perf_counter()
    summary = summarise(articles, settings=settings)
    peak_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps({
        "concurrency": concurrency, "articles": n, "peak_rss_mb": peak_mb,
        "wall_s": round(time.perf_counter() - started, 1), "requests": summary.stats.requests,
        "failed": summary.stats.failed, "facts": summary.stats.facts, "most_threads": threads[0],
    }))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--concurrency", default="4,100")
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--child", nargs=4, metavar=("URL", "N", "C", "CACHE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        url, n, c, cache = args.child
        child(url, int(n), int(c), Path(cache))
        return
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "server.py"), str(ROOT / "cassettes" / "seeds.yaml"), str(port),
         str(args.latency)],
        stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == b"ready"
        with tempfile.TemporaryDirectory() as tmp:
            for c in [int(x) for x in args.concurrency.split(",")]:
                out = subprocess.run(
                    [sys.executable, __file__, "--child", f"http://127.0.0.1:{port}/v1", str(args.articles), str(c),
                     str(Path(tmp) / f"cache-{c}")],
                    cwd=ROOT, capture_output=True, text=True, check=True,
                )  # fmt: skip
                print(out.stdout.strip().splitlines()[-1], flush=True)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
