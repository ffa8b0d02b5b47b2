"""Compare extraction designs on the embedded model: seconds, requests and tokens per article, and
the brief's quality against the hand-annotated gold.

    python bench/extraction.py ARTICLES_DIR [--expected quality/expected_seeds.json [--event SLUG]]
        [--calls one|per-kind] [--hints] [--mode tools|json|md_json] [--label NAME] [--json OUT]

One local model server is started once (its load time is printed apart); each article then runs alone
against it with an empty cache, so its figures are its own; a last run over all articles, answered from
that cache (0 requests), gives the merged brief that is scored. Run nothing else on the machine meanwhile.
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from common import local_settings, report

from summariser import summarise
from summariser.backends.local import local_server
from summariser.load.articles import load_articles
from summariser.quality import score
from summariser.settings import default_cache_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("--expected", type=Path)
    parser.add_argument("--event")
    parser.add_argument("--calls", default="one", choices=("one", "per-kind"))
    parser.add_argument("--hints", action="store_true", help="give the model the NLP layer's hints")
    parser.add_argument("--mode", default="tools")
    parser.add_argument("--model-file", type=Path, help="GGUF file (default: the bundled model, joined in the cache)")
    parser.add_argument("--label", default="")
    parser.add_argument("--json", type=Path, help="append the figures as one JSON line")
    args = parser.parse_args()

    articles = load_articles([args.articles], max_bytes=2_000_000).articles
    cache_dir = Path(tempfile.mkdtemp(prefix="bench-extraction-"))
    started = time.monotonic()
    with local_server(args.model_file, default_cache_dir()) as url:
        loaded = time.monotonic() - started
        settings = local_settings(url, mode=args.mode, calls=args.calls, hints=args.hints, cache_dir=cache_dir)
        rows = []
        for article in articles:
            began = time.monotonic()
            brief = summarise([article], settings=settings)
            stats = brief.stats
            rows.append(
                {
                    "article": article.id,
                    "seconds": round(time.monotonic() - began, 1),
                    "requests": stats.requests,
                    "reasks": stats.reasks,
                    "prompt_tokens": stats.prompt_tokens,
                    "completion_tokens": stats.completion_tokens,
                    "facts": stats.facts,
                }  # fmt: skip
            )
            print(json.dumps(rows[-1]), flush=True)
        merged = summarise(articles, settings=settings)
    figures: dict[str, object] = {
        "label": args.label or f"calls={args.calls} hints={args.hints} mode={args.mode}",
        "articles": len(articles),
        "model_load_s": round(loaded, 1),
        "minutes": round((time.monotonic() - started) / 60, 2),
        "requests": sum(r["requests"] for r in rows),
        "reasks": sum(r["reasks"] for r in rows),
        "prompt_tokens": sum(r["prompt_tokens"] for r in rows),
        "completion_tokens": sum(r["completion_tokens"] for r in rows),
        "cached_rerun_requests": merged.stats.requests,
        "per_article": rows,
    }
    if args.expected:
        gold = json.loads(args.expected.read_text(encoding="utf-8"))
        if args.event:
            gold = gold["events"][args.event]
        result = score(merged, gold, {a.id: a.text for a in merged.articles})
        figures.update({k: result[k] for k in ("found", "per_kind", "wrong_values", "invented_disagreements")})
        figures["missed"] = result["missed"]
    report(figures, {k: v for k, v in figures.items() if k != "per_article"}, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
