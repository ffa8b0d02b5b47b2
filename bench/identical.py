"""Byte-identity check for behaviour-preserving changes (issue 31): write the JSON brief of each reference run,
with what changes from run to run (created_at, seconds) blanked, and compare it with an earlier snapshot.

    python bench/identical.py snapshot DIR        # before the change
    python bench/identical.py compare DIR         # after: exit 1 and a diff where any brief differs

Runs: the seeds replayed from cassettes/seeds.yaml; the hostile articles replayed from cassettes/injection.yaml;
every event of the development set and of the test split with the NLP layer alone; and, with --answers DIR (a
cache of model answers written by bench/dev_model.py --cache-dir DIR --set test), the test split with the
embedded model's answers replayed from that cache, and with --dev-answers DIR the development set the same way (no
model runs: a missed extraction fails the check; a missed spelling request, asked afresh whenever the names found
change, is answered with no spellings). Each cache is copied first, so the check never writes into it.
"""

import argparse
import difflib
import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summariser import Settings, summarise
from summariser.facts import M
from summariser.quality import GOLD, dev_scores, nlp_only
from summariser.schemas import Summary
from summariser.settings import LOCAL_MODEL_ALIAS

ROOT = Path(__file__).resolve().parents[1]
ANSWERS_URL = "http://127.0.0.1:8765/v1"  # bench/dev_model.py's default port: part of the cached answers' keys


class NoCall:
    """A client for runs that must be answered from the cache alone; a spelling request gets no spellings."""

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M:
        if response_model.__name__ == "EnglishSpellings":
            return response_model.model_validate({"english": []})
        raise AssertionError("an extraction answer was missing from the cache: the reference run would differ")


def normalised(summary: Summary) -> str:
    """The brief as JSON, without what differs between two runs of the same code on the same input."""
    data = summary.model_dump(mode="json")
    data["run"]["created_at"] = ""
    data["stats"]["seconds"] = 0
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def _replayed(cassette: Path, inputs: list[Path]) -> Summary:
    with tempfile.TemporaryDirectory() as cache:
        settings = Settings(backend="replay", cassette=cassette, cache_dir=Path(cache), transport_retries=0)
        return summarise(inputs, settings=settings)


def _per_event(name: str, folder: Path, brief: Callable[[list[Path]], Summary]) -> dict[str, str]:
    briefs: dict[str, str] = {}

    def keep(paths: list[Path]) -> Summary:
        summary = brief(paths)
        briefs[f"{name}-{paths[0].parent.name}.json"] = normalised(summary)
        return summary

    dev_scores(folder, keep)
    return briefs


def _with_answers(name: str, folder: Path, answers: Path) -> dict[str, str]:
    """Each event's brief with the model's answers replayed from a copy of the cache `answers`."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "cache"
        shutil.copytree(answers, copy)
        settings = Settings(
            backend="api",
            base_url=ANSWERS_URL,
            model=LOCAL_MODEL_ALIAS,
            concurrency=1,
            cache_dir=copy,
            model_lede=False,  # the cached answers hold the extraction only; the lede's answer: the seeds' cassette
        )
        return _per_event(name, folder, lambda p: summarise(p, settings=settings, client=NoCall()))


def runs(answers: Path | None, dev_answers: Path | None = None) -> dict[str, str]:
    """Every reference run's normalised brief, by file name."""
    out = {
        "seeds.json": normalised(_replayed(ROOT / "cassettes" / "seeds.yaml", [ROOT / "seeds"])),
        "hostile.json": normalised(_replayed(ROOT / "cassettes" / "injection.yaml", [ROOT / "tests/data/hostile"])),
    }
    out |= _per_event("dev-nlp", GOLD / "dev", nlp_only)
    out |= _per_event("test-nlp", GOLD / "test", nlp_only)
    if answers is not None:
        out |= _with_answers("test-model", GOLD / "test", answers)
    if dev_answers is not None:
        out |= _with_answers("dev-model", GOLD / "dev", dev_answers)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("snapshot", "compare"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--answers", type=Path, help="a cache of the test split's model answers")
    parser.add_argument("--dev-answers", type=Path, help="a cache of the development set's model answers")
    args = parser.parse_args()
    briefs = runs(args.answers, args.dev_answers)
    if args.action == "snapshot":
        args.folder.mkdir(parents=True, exist_ok=True)
        for name, text in briefs.items():
            (args.folder / name).write_text(text, encoding="utf-8")
        print(f"{len(briefs)} briefs written to {args.folder}")
        return 0
    differing = 0
    for name, text in sorted(briefs.items()):
        before_path = args.folder / name
        before = before_path.read_text(encoding="utf-8") if before_path.exists() else ""
        if before == text:
            print(f"identical  {name}")
            continue
        differing += 1
        print(f"DIFFERENT  {name}")
        diff = difflib.unified_diff(before.splitlines(), text.splitlines(), "before", "after", lineterm="", n=2)
        print("\n".join(list(diff)[:60]))
    print(f"{len(briefs) - differing}/{len(briefs)} briefs identical")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
