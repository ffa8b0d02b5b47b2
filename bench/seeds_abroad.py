"""Score the five seeds together with foreign reports of their event (Italian and Russian, kept out of the
repo: quality/dev/external.md rebuilds them), through the embedded model: whether a foreign report's
facts merge with the seeds' English ones ("25 fagiani" with "25 pheasants").

    python bench/seeds_abroad.py [--cache-dir DIR] [--json OUT]

Gold: the seeds' annotation (quality/expected_seeds.json) plus the foreign reports' facts in
quality/dev/expected_external.json (event russia-zoo-animals-2024-abroad). Prints found, wrong values,
invented disagreements, per language and merged across languages; minutes, requests and tokens too.
Run nothing else on the machine meanwhile.
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
from summariser.quality import DEFAULT_EXPECTED, GOLD, merged_across_languages, score
from summariser.quality.scoring import _texts_of
from summariser.quality.sets import _per_language
from summariser.settings import default_cache_dir

EVENT = "russia-zoo-animals-2024-abroad"
ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="append the figures as one JSON line")
    parser.add_argument("--port", type=int, default=8765, help="the server's port: part of the cache keys")
    parser.add_argument("--cache-dir", type=Path, help="reuse answers (default: a new empty folder)")
    args = parser.parse_args()
    foreign = sorted((GOLD / "dev" / "external" / EVENT).glob("*.txt"))
    if not foreign:
        print(f"no foreign reports in {GOLD / 'dev' / 'external' / EVENT}: rebuild them (quality/dev/external.md)")
        return 2
    gold = json.loads(DEFAULT_EXPECTED.read_text(encoding="utf-8"))
    abroad = json.loads((GOLD / "dev" / "expected_external.json").read_text(encoding="utf-8"))["events"][EVENT]
    present = {p.stem for p in foreign}
    gold["facts"] = gold["facts"] + [f for f in abroad["facts"] if f["article"] in present]
    started = time.monotonic()
    with local_server(None, default_cache_dir(), port=args.port) as url:
        cache = args.cache_dir or Path(tempfile.mkdtemp(prefix="bench-abroad-"))
        summary = summarise(
            [*sorted((ROOT / "seeds").glob("*.txt")), *foreign], settings=local_settings(url, cache_dir=cache)
        )
    result = score(summary, gold, _texts_of(summary, []))
    figures = {
        **{k: result[k] for k in ("found", "per_kind", "wrong_values", "invented_disagreements", "missed")},
        "per_language": _per_language(summary, gold),
        "merged_across_languages": merged_across_languages(summary, gold["facts"]),
        "run": {
            "minutes": round((time.monotonic() - started) / 60, 2),
            **{k: getattr(summary.stats, k) for k in ("articles", "requests", "prompt_tokens", "completion_tokens")},
        },
    }
    report(figures, figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
