"""Score a summary against hand-annotated expectations, and check a live run's grounding.

python -m summariser.quality score SUMMARY.json [EXPECTED.json [EVENT]]
python -m summariser.quality dev [DIR]              # quality/dev or quality/test: NLP layer alone, with totals
python -m summariser.quality ablate [DIR]           # the same, with each finder family off in turn
python -m summariser.quality live-check SUMMARY.json ARTICLE...

Besides recall ("found"), it counts what makes a brief untrustworthy: numbers that no annotated
fact of their article holds ("wrong_values"), disagreements whose values are equal or not held by
the articles they cite ("invented_disagreements"), places or peoples listed as actors
("non_actors"), and kept quotes whose sentence does not state their fact by structure.
"""

import json
import sys
from pathlib import Path

from summariser.quality.ablate import ablation, ablation_table
from summariser.quality.gold import DEFAULT_EXPECTED, GOLD, _read
from summariser.quality.scoring import _texts_of, all_sources, score
from summariser.quality.sets import dev_scores, language_totals, totals
from summariser.schemas import Summary


def main(argv: list[str]) -> int:
    """CLI of this module; returns the exit code."""
    if argv[:1] in (["dev"], ["ablate"]):
        folder = Path(argv[1]) if len(argv) > 1 else GOLD / "dev"
        if not (folder / "expected.json").is_file() or not (folder / "articles").is_dir():
            print(
                f"quality: {folder} holds no expected.json and articles/ (the development set's layout)",
                file=sys.stderr,
            )
            return 2
        if argv[0] == "dev":
            figures = dev_scores(folder)
            figures["total"] = {**totals(figures), "per_language": language_totals(figures)}
            print(json.dumps(figures, indent=2))
        else:
            print(ablation_table(ablation(folder)))
        return 0
    if len(argv) < 2 or argv[0] not in ("score", "live-check"):
        print(__doc__, file=sys.stderr)
        return 2
    summary = Summary.model_validate_json(_read(Path(argv[1])))
    if argv[0] == "score":
        expected = json.loads(_read(Path(argv[2]) if len(argv) > 2 else DEFAULT_EXPECTED))
        if len(argv) > 3:  # the development set annotates several events in one file
            expected = expected["events"][argv[3]]
        print(json.dumps(score(summary, expected, _texts_of(summary, [])), indent=2))
        return 0
    texts = _texts_of(summary, argv[2:])
    sources = all_sources(summary)
    bad = [s for s in sources if texts.get(s.article_id, "")[s.start : s.end] != s.quote]
    stats = summary.stats
    print(
        f"live: {stats.articles} article(s), {stats.facts} facts, {len(sources)} quotes, {len(bad)} not verbatim, "
        f"{stats.requests} requests, {stats.prompt_tokens}+{stats.completion_tokens} tokens, {stats.seconds:.0f} s"
    )
    for failure in summary.failures:
        print(f"live: {failure.stage}: {failure.input}: {failure.error}")
    # The embedded path works when the server answered and grounded facts came back; a kind the small
    # model could not fill (reported as partial) is a quality figure, not a broken path.
    ok = stats.articles >= 1 and stats.facts >= 1 and stats.requests >= 1 and not bad
    print("live check:", "passed" if ok else "FAILED")
    return 0 if ok else 1
