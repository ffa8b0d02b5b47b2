"""Score the development set (quality/dev) or the frozen test split (quality/test) with the embedded model,
as `python -m summariser.quality dev` scores it with the NLP layer alone: found, wrong values, per language,
reprint grouping, per event.

    python bench/dev_model.py [--set dev|test] [--hints] [--model-file GGUF] [--json OUT] [--cache-dir DIR]

One local model server for the whole set, an empty cache; prints minutes, requests and tokens too.
Run nothing else on the machine meanwhile.
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

from common import local_settings, report

from summariser import summarise
from summariser.backends.local import local_server
from summariser.quality import GOLD, dev_scores
from summariser.schemas import Summary
from summariser.settings import default_cache_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("dev", "test"), default="dev", help="which annotated set (default dev)")
    parser.add_argument("--hints", action="store_true")
    parser.add_argument("--model-file", type=Path)
    parser.add_argument("--json", type=Path, help="append the figures as one JSON line")
    parser.add_argument("--port", type=int, default=8765, help="the server's port: part of the cache keys")
    parser.add_argument("--cache-dir", type=Path, help="reuse answers (default: a new empty folder)")
    args = parser.parse_args()
    started = time.monotonic()
    totals = {"requests": 0, "prompt_tokens": 0, "completion_tokens": 0, "articles": 0}
    with local_server(args.model_file, default_cache_dir(), port=args.port) as url:
        settings = local_settings(
            url, hints=args.hints, cache_dir=args.cache_dir or Path(tempfile.mkdtemp(prefix="bench-dev-"))
        )

        def brief(paths: list[Path]) -> Summary:
            summary = summarise(paths, settings=settings)
            for name in ("requests", "prompt_tokens", "completion_tokens", "articles"):
                totals[name] += getattr(summary.stats, name)
            return summary

        figures = dev_scores(GOLD / args.set, brief)
    figures["run"] = {
        "set": args.set,
        "minutes": round((time.monotonic() - started) / 60, 2),
        "hints": args.hints,
        **totals,
    }
    report(figures, figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
