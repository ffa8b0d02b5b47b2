"""Benchmark summariser against a local server that replays recorded answers after a fixed latency.

    python bench/run.py [--sizes 5,50,100,500,2000] [--latency 0.5] [--concurrency 32] [--json bench/results.json]

Prints a table and writes JSON. Every N runs in a fresh process (cold, then fully cached).
Ideal wall time = max(ceil(requests / concurrency), 1 + max re-asks) x latency + merge time: an article's
calls (gifts, actors, military) run concurrently, but a call and its re-asks run one after another.
"""

import argparse
import json
import math
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def best_wall(cmd: list[str], runs: int = 5, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    return min(times)


def startup_figures(tmp: Path, runs: int = 5) -> dict[str, object]:
    """--help time, and a fully cached CLI run of the five seeds (wall, best of `runs`, and whether openai was
    imported)."""
    py = sys.executable
    env = {**os.environ, "SUMMARISER_CACHE_DIR": str(tmp / "startup-cache")}
    env.pop("OPENAI_API_KEY", None)
    help_s = best_wall([py, "-m", "summariser", "--help"], runs)
    subprocess.run([py, "-m", "summariser", "run", "seeds/", "--replay", "--quiet", "--out", str(tmp / "warm.md")],
                   cwd=ROOT, env=env, check=True)  # fmt: skip
    cached_s = best_wall([py, "-m", "summariser", "run", "seeds/", "--replay", "--quiet", "--out", str(tmp / "c.md")],
                         runs, env)  # fmt: skip
    probe = (
        "import sys; from summariser import summarise, Settings;"
        f"summarise(['seeds/'], settings=Settings(backend='replay', cache_dir='{tmp / 'startup-cache'}'));"
        "print(sorted(m for m in ('openai', 'instructor', 'vcr') if m in sys.modules))"
    )
    imported = subprocess.run([py, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return {"help_s": round(help_s, 3), "cached_seed_run_s": round(cached_s, 3),
            "heavy_modules_imported_on_cached_run": imported.stdout.strip()}  # fmt: skip


def static_prefix_tokens() -> int:
    sys.path.insert(0, str(ROOT))
    from summariser.extract.messages import build_messages
    from summariser.verify.numbered import numbered

    system, user = build_messages(numbered("ARTICLE"), None)
    prefix = system["content"] + user["content"].split("<article-")[0]
    return len(prefix) // 4


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5,50,100,500,2000")
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--startup-runs", type=int, default=5, help="runs of each start-up figure (best kept)")
    args = parser.parse_args()
    port = free_port()
    cassette = ROOT / "cassettes" / "seeds.yaml"
    server_cmd = [sys.executable, str(ROOT / "bench" / "server.py"), str(cassette), str(port), str(args.latency)]
    server = subprocess.Popen(server_cmd, stdout=subprocess.PIPE)
    assert server.stdout is not None and server.stdout.readline().strip() == b"ready"
    rows = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in [int(x) for x in args.sizes.split(",")]:
                out = subprocess.run(
                    [sys.executable, str(ROOT / "bench" / "run_one.py"), f"http://127.0.0.1:{port}/v1", str(n),
                     str(args.concurrency), str(Path(tmp) / f"cache-{n}")],
                    cwd=ROOT, capture_output=True, text=True, check=True,
                )  # fmt: skip
                row = json.loads(out.stdout.strip().splitlines()[-1])
                cold = row["cold"]
                rounds = max(math.ceil(cold["requests"] / args.concurrency), cold["longest_chain"])
                ideal = rounds * args.latency + cold["merge_s"]
                row["ideal_s"] = round(ideal, 3)
                row["efficiency"] = round(ideal / cold["wall_s"], 3)
                row["cpu_ms_per_request"] = round(1000 * cold["cpu_s"] / max(cold["requests"], 1), 2)
                row["cpu_ms_per_article"] = round(1000 * cold["cpu_s"] / n, 2)
                row["prompt_tokens_per_article"] = round(cold["prompt_tokens"] / n)
                rows.append(row)
                print(f"N={n:5d} wall {cold['wall_s']:7.2f} s  ideal {ideal:7.2f} s  eff {row['efficiency']:.2f}  "
                      f"cpu/req {row['cpu_ms_per_request']:5.2f} ms  merge {cold['merge_s']:.3f} s  "
                      f"rss {row['peak_rss_mb']:.0f} MB  req {cold['requests']}  "
                      f"cached: {row['cached']['wall_s']:.2f} s {row['cached']['requests']} req",
                      flush=True)  # fmt: skip
            startup = startup_figures(Path(tmp), args.startup_runs)
    finally:
        server.terminate()
        server.wait()
    by_n = {row["n"]: row for row in rows}
    growth = None
    if 100 in by_n and 2000 in by_n:
        small, large = by_n[100], by_n[2000]
        growth = round(large["peak_rss_mb"] - small["peak_rss_mb"] - (large["text_mb"] - small["text_mb"]), 1)
    result = {
        "rss_growth_100_to_2000_beyond_text_mb": growth,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "latency_s": args.latency, "concurrency": args.concurrency, "static_prefix_tokens": static_prefix_tokens(),
        "startup": startup, "rows": rows,
    }  # fmt: skip
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "rows"}, indent=2))


if __name__ == "__main__":
    main()
