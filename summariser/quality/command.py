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
from typing import Any

from pydantic import ValidationError

from summariser.errors import InputError, SummariserError
from summariser.quality.ablate import ablation, ablation_table
from summariser.quality.gold import DEFAULT_EXPECTED, GOLD, _read
from summariser.quality.scoring import _texts_of, all_sources, score
from summariser.quality.sets import dev_scores, language_totals, totals
from summariser.schemas import Summary


def main(argv: list[str]) -> int:
    """CLI of this module; returns the exit code: 0, 1 for a failed live check, 2 for a bad input (one line on
    stderr, no traceback: a folder of another layout, a file that cannot be read or is no brief or annotation,
    an event the annotation lacks)."""
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    if argv[:1] in (["dev"], ["ablate"]):
        return _sets(argv[0], Path(argv[1]) if len(argv) > 1 else GOLD / "dev")
    if len(argv) < 2 or argv[0] not in ("score", "live-check"):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        summary = _brief(Path(argv[1]))
        if argv[0] == "score":
            expected = _expected(argv[2:])
            print(json.dumps(score(summary, expected, _texts_of(summary, [])), indent=2))
            return 0
        texts = _texts_of(summary, argv[2:])
    except (SummariserError, ValueError, KeyError) as e:  # ValueError: JSON that does not parse
        reason = f"the annotation holds no {e}" if isinstance(e, KeyError) else str(e).splitlines()[0]
        print(f"quality: {reason}", file=sys.stderr)
        return 2
    return _live_check(summary, texts)


def _sets(command: str, folder: Path) -> int:
    """`dev` or `ablate` over an annotated set's folder."""
    if not (folder / "expected.json").is_file() or not (folder / "articles").is_dir():
        print(f"quality: {folder} holds no expected.json and articles/ (the development set's layout)", file=sys.stderr)
        return 2
    if command == "dev":
        figures = dev_scores(folder)
        figures["total"] = {**totals(figures), "per_language": language_totals(figures)}
        print(json.dumps(figures, indent=2))
    else:
        print(ablation_table(ablation(folder)))
    return 0


def _brief(path: Path) -> Summary:
    """A brief written by `summariser run --format json`, or an InputError saying the file is none."""
    try:
        return Summary.model_validate_json(_read(path))
    except ValidationError as e:
        raise InputError(
            f"{path}: not a brief of `summariser run --format json` ({e.error_count()} schema error(s))"
        ) from e


def _expected(rest: list[str]) -> dict[str, Any]:
    """The annotation to score against: the seeds' by default, or a file and one of its events."""
    expected: dict[str, Any] = json.loads(_read(Path(rest[0]) if rest else DEFAULT_EXPECTED))
    if len(rest) > 1:  # the development set annotates several events in one file
        events = expected.get("events", {})
        if rest[1] not in events:
            raise InputError(f"{rest[0]}: no event {rest[1]!r} (events: {', '.join(events)})")
        expected = events[rest[1]]
    return expected


def _live_check(summary: Summary, texts: dict[str, str]) -> int:
    """Whether a live run's brief came back grounded: every quote verbatim in its article."""
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
