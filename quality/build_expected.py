"""Check a gold set (the development set or the frozen test split) and write it back in its one layout.

python3 quality/build_expected.py [dev|test]        # default: dev

expected.json annotates the committed texts in articles/<event>/; expected_external.json annotates the
texts that may not be committed, kept in the ignored folder external/<event>/ (external.md rebuilds them).
For both it checks that every fact's quote is a substring of its article, that kinds and claim types are
the allowed ones, that every article with facts has a language, and that every reprint names two known
articles. External articles whose files are absent are named and skipped, not failed. Both files are
rewritten as json.dumps(indent=1, ensure_ascii=False) plus a newline, so a hand edit keeps the layout.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / (sys.argv[1] if len(sys.argv) > 1 else "dev")
KINDS = {"actor", "military", "gift"}
CLAIM_TYPES = {"troop_deployment", "treaty", "arms", "casualties", "other"}


def check(name: str, folder: str) -> tuple[int, int, list[str], list[str]]:
    """(quotes found, quotes checked, problems, absent articles) for one gold file; rewrites it."""
    path = HERE / name
    gold = json.loads(path.read_text(encoding="utf-8"))
    found = checked = 0
    problems: list[str] = []
    absent: set[str] = set()
    for event, annotation in gold["events"].items():
        languages = annotation.get("languages", {})
        for fact in annotation["facts"]:
            label = f"{event}/{fact['article']}"
            if fact["kind"] not in KINDS:
                problems.append(f"{label}: kind {fact['kind']!r}")
            if fact["kind"] == "military" and fact["claim_type"] not in CLAIM_TYPES:
                problems.append(f"{label}: claim_type {fact['claim_type']!r}")
            if fact["article"] not in languages:
                problems.append(f"{label}: no language")
            article = HERE / folder / event / f"{fact['article']}.txt"
            if not article.exists():
                if folder == "external":
                    absent.add(label)
                    continue
                problems.append(f"{label}: no file {article.relative_to(HERE)}")
                continue
            checked += 1
            if fact["quote"] in article.read_text(encoding="utf-8"):
                found += 1
            else:
                problems.append(f"{label}: quote not in file: {fact['quote'][:60]!r}")
        for pair in annotation.get("reprints", []):
            where = "external" if pair.get("external") else folder
            for article in pair["articles"]:
                if where == folder and not (HERE / where / event / f"{article}.txt").exists():
                    problems.append(f"{event}: reprint names unknown article {article}")
    path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return found, checked, problems, sorted(absent)


def main() -> int:
    """Check both gold files; exit 1 on any problem."""
    failed = False
    for name, folder in (("expected.json", "articles"), ("expected_external.json", "external")):
        if not (HERE / name).exists():
            continue
        found, checked, problems, absent = check(name, folder)
        print(f"{name}: {found}/{checked} quotes found in their files")
        if absent:
            print(f"{name}: skipped, files absent (rebuild them from external.md): {', '.join(absent)}")
        for problem in problems:
            print(f"{name}: {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
