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
import re
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from summariser.files import read_regular
from summariser.schemas import Gift, MergedClaim, MergedGift, MilitaryClaim, ResolvedActor, Source, Summary

M = TypeVar("M", bound=BaseModel)

GOLD = Path(__file__).resolve().parent / "gold"  # quality/ in the repo; ships in the wheel
DEFAULT_EXPECTED = GOLD / "expected_seeds.json"
RATCHET = GOLD / "ratchet.json"
MAX_FILE_BYTES = 50_000_000  # a brief of a thousand articles is well under this


def all_sources(summary: Summary) -> list[Source]:
    """Every source cited anywhere in the summary."""
    return [
        *(s for g in summary.gifts for s in (*g.sources, *g.unstated)),
        *(s for m in summary.military for s in m.sources),
        *(s for a in summary.actors for s in a.sources),
        *(st.source for a in summary.actors for st in a.statements),
    ]


def _entries(summary: Summary, kind: str) -> list[MergedGift | MergedClaim | ResolvedActor]:
    """The brief's entries of one fact kind."""
    if kind == "gift":
        return [*summary.gifts]
    if kind == "military":
        return [*summary.military]
    return [*summary.actors]


def _matches(entry: MergedGift | MergedClaim | ResolvedActor, want: dict[str, Any]) -> bool:
    """Whether a brief entry states the annotated fact `want`, whichever articles it cites."""
    if isinstance(entry, MergedGift):
        return want["item"] in entry.gift.item.lower() and entry.gift.quantity == want.get(
            "quantity", entry.gift.quantity
        )
    if isinstance(entry, MergedClaim):
        return entry.claim.claim_type == want["claim_type"] and (
            "figure" not in want or entry.claim.figure == want["figure"]
        )
    word = want["name"].lower().replace("-", " ").split()[-1]  # the surname, or an organisation's last word
    names = (entry.name, *entry.aliases, entry.romanised or "")
    return any(word in re.split(r"[\s-]+", n.lower()) for n in names) or _initials(want["name"]) in {
        n.replace(".", "").lower() for n in names
    }


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("United Nations" -> "un", "Korean Central News Agency" ->
    "kcna"): an organisation named by them ("U.N.", "KCNA") is the annotated one. A one-word name has none
    ("-" matches no name)."""
    capitals = [w[0] for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper()]
    return "".join(capitals).lower() if len(capitals) > 1 else "-"


def _cited(entry: MergedGift | MergedClaim | ResolvedActor) -> set[str]:
    """The articles an entry cites; for a gift, those that name it without its number too (they state no
    number, so trust() never reads them as stating one)."""
    beside = entry.unstated if isinstance(entry, MergedGift) else []
    return {s.article_id for s in (*entry.sources, *beside)}


def _found(summary: Summary, want: dict[str, Any]) -> bool:
    """Whether an entry states the annotated fact and cites its article; where the annotation gives a
    `measure` (two quantities of the run share the figure), it must cite the annotated sentence itself."""
    return any(
        _matches(e, want) and want["article"] in _cited(e) and ("measure" not in want or _cites_quote(e, want))
        for e in _entries(summary, want["kind"])
    )


def _cites_quote(entry: MergedGift | MergedClaim | ResolvedActor, want: dict[str, Any]) -> bool:
    """Whether the entry cites the annotated sentence (a quote of the article within it, or holding it)."""
    return any(
        s.article_id == want["article"] and (s.quote in want["quote"] or want["quote"] in s.quote)
        for s in entry.sources
    )


def _holds(expected: list[dict[str, Any]], article: str, kind: str, what: str, number: int) -> bool:
    """Whether an annotated fact of `article` gives `number` for `what` (an item word or a claim type)."""
    for want in expected:
        if want["article"] != article or want["kind"] != kind:
            continue
        value = want.get("quantity", want.get("figure"))
        if kind == "gift" and want["item"] in what and value == number:
            return True
        if kind == "military" and want["claim_type"] == what and value == number:
            return True
    return False


def trust(summary: Summary, expected: dict[str, Any]) -> dict[str, Any]:
    """What a reader could be misled by: wrong values, invented disagreements, non-actors."""
    facts = expected["facts"]
    wrong: list[str] = []
    for g in summary.gifts:
        if g.gift.quantity is not None:
            for s in g.sources:
                if not _holds(facts, s.article_id, "gift", g.gift.item.lower(), g.gift.quantity):
                    wrong.append(f"{s.article_id[:3]} gift {g.gift.item} {g.gift.quantity}")
    for m in summary.military:
        if m.claim.figure is not None:
            for s in m.sources:
                if not _holds(facts, s.article_id, "military", m.claim.claim_type, m.claim.figure):
                    wrong.append(f"{s.article_id[:3]} {m.claim.claim_type} {m.claim.figure}")
    invented: list[str] = []
    for c in summary.conflicts:
        numbers = [v.value for v in c.values]
        if len(set(numbers)) < 2:
            invented.append(f"{c.topic}: equal values {numbers}")
        for v in c.values:
            number = int(v.value.split()[0].replace(",", ""))
            kind = "gift" if c.kind == "gift" else "military"
            what = (
                c.topic.lower()
                if c.kind == "gift"
                else "troop_deployment"
                if "troop" in c.topic
                else c.topic.split()[0]
            )
            for s in v.sources:
                if not _holds(facts, s.article_id, kind, what, number):
                    invented.append(f"{c.topic}: {v.value} not held by {s.article_id[:3]}")
    places = {str(p).lower() for p in expected.get("non_actors", [])}
    non_actors = [a.name for a in summary.actors if a.name.lower() in places]
    return {
        "wrong_values": sorted(set(wrong)),
        "invented_disagreements": invented,
        "non_actors": non_actors,
        "quotes_not_stating": quotes_not_stating(summary),
    }


def quotes_not_stating(summary: Summary) -> list[str]:
    """Kept gift and claim quotes whose sentence, read by the parse, does not state the fact with
    its value (the check the pipeline applies when it keeps a fact, re-run on the brief itself)."""
    from summariser.lang.en import nlp
    from summariser.lang.en.reading import read
    from summariser.verify.support import relevance_problem

    texts = {a.id: a.text for a in summary.articles}
    problems: list[str] = []
    checked: list[tuple[Gift | MilitaryClaim, list[Source]]] = [
        *((g.gift, g.sources) for g in summary.gifts),
        *((m.claim, m.sources) for m in summary.military),
    ]
    for fact, sources in checked:
        for s in sources:
            sentence, before = nlp.sentence_around(texts.get(s.article_id, s.quote), s.start, s.end)
            result = read(fact.model_copy(update={"evidence": s.quote}), sentence, before)
            value = getattr(fact, "quantity", getattr(fact, "figure", None))
            stated = None if result is None else getattr(result[0], "quantity", getattr(result[0], "figure", None))
            if value is None and isinstance(fact, MilitaryClaim):  # merged claims keep the first source's subject
                if relevance_problem(fact.model_copy(update={"evidence": sentence})) is None:
                    continue
            if result is None or stated != value:
                problems.append(f"{s.article_id[:3]} {s.quote[:60]!r}")
    return problems


def expected_conflicts(summary: Summary, expected: dict[str, Any]) -> list[str]:
    """Annotated disagreement values missing from the brief, or shown without wording or claimant."""
    missing: list[str] = []
    for want in expected.get("value_checks", []):
        ok = any(
            v.value == want["value"]
            and any(s.article_id == want["article"] for s in v.sources)
            and v.claimants
            and (not want.get("qualifier") or any(want["qualifier"] in w for w in v.wordings))
            for c in summary.conflicts
            if c.topic == want["topic"]
            for v in c.values
        )
        if not ok:
            missing.append(f"{want['topic']}: {want['value']} ({want['article'][:3]})")
    return missing


def score(summary: Summary, expected: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """Recall of expected facts (overall and per kind), verbatim share of cited quotes, conflicts found,
    and the trust figures (wrong values, invented disagreements, non-actors)."""
    facts = expected["facts"]
    hits = [f for f in facts if _found(summary, f)]
    per_kind = {
        kind: f"{sum(1 for f in hits if f['kind'] == kind)}/{sum(1 for f in facts if f['kind'] == kind)}"
        for kind in ("gift", "actor", "military")
    }
    sources = all_sources(summary)
    verbatim = sum(1 for s in sources if texts.get(s.article_id, "")[s.start : s.end] == s.quote)
    conflicts = {c.topic: {v.value for v in c.values} for c in summary.conflicts}
    found_conflicts = {
        want["topic"]: sorted(conflicts.get(want["topic"], set()) & set(want["values"]), key=lambda v: (len(v), v))
        for want in expected["conflicts"]
    }
    return {
        "recall": round(len(hits) / len(facts), 3),
        "found": f"{len(hits)}/{len(facts)}",
        "per_kind": per_kind,
        "verbatim": f"{verbatim}/{len(sources)}",
        "dropped_facts": summary.stats.dropped_facts,
        "conflicts": found_conflicts,
        "conflict_values_missing": expected_conflicts(summary, expected),
        **trust(summary, expected),
        "actors_split": actors_split(summary, facts),
        "missed": [_label(f) for f in facts if f not in hits],
    }


def actors_split(summary: Summary, facts: list[dict[str, Any]]) -> list[str]:
    """Annotated actors the brief lists as two or more entries (one person under two names), with them: an
    entry is the annotated actor where one of its names is the same person by summariser.names' rules."""
    from summariser.names import same_person

    split: list[str] = []
    for name in sorted({f["name"] for f in facts if f["kind"] == "actor"}):
        entries = [
            a.name for a in summary.actors if any(same_person(name, n) for n in (a.name, *a.aliases, a.romanised or ""))
        ]
        if len(entries) > 1:
            split.append(f"{name}: {' / '.join(entries)}")
    return split


def ratchet_failures(figures: dict[str, Any], floor: dict[str, Any]) -> list[str]:
    """Where a score falls below the committed floor (quality/ratchet.json): fewer found, or more
    wrong values, invented disagreements, non-actors or actors split in two than committed."""
    problems: list[str] = []
    found = int(str(figures["found"]).split("/")[0])
    if found < floor["found_min"]:
        problems.append(f"found {found} < {floor['found_min']}")
    for name in (
        "wrong_values",
        "invented_disagreements",
        "non_actors",
        "conflict_values_missing",
        "quotes_not_stating",
        "actors_split",
    ):
        if len(figures[name]) > floor[f"{name}_max"]:
            problems.append(f"{name}: {len(figures[name])} > {floor[name + '_max']}: {figures[name]}")
    return problems


def _label(fact: dict[str, Any]) -> str:
    what = fact.get("item") or fact.get("name") or fact.get("claim_type")
    number = fact.get("quantity") or fact.get("figure")
    return f"{fact['article'][:3]} {fact['kind']} {what}" + (f" {number}" if number else "")


def _texts_of(summary: Summary, extra: list[str]) -> dict[str, str]:
    texts = {a.id: a.text for a in summary.articles}
    texts.update({Path(p).stem: _read(Path(p)) for p in extra})
    return texts


class NoModel:
    """A model client that answers every call with no facts: what the NLP layer finds on its own."""

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M:
        """An empty answer of the requested shape."""
        return response_model.model_validate({name: [] for name in response_model.model_fields})


def nlp_only(paths: list[Path], disabled: frozenset[str] = frozenset()) -> Summary:
    """The brief the NLP layer alone makes of some articles (no model, no cache), without the finder families
    `disabled` names (summariser/finders.py)."""
    from summariser.pipeline import summarise
    from summariser.settings import Settings

    settings = Settings(backend="api", base_url="http://127.0.0.1:9/v1", use_cache=False, disabled_finders=disabled)
    return summarise(paths, settings=settings, client=NoModel())


def dev_scores(folder: Path, brief: Callable[[list[Path]], Summary] = nlp_only) -> dict[str, Any]:
    """Per event of the development set: the brief `brief` makes of its articles (default: the NLP layer
    alone) scored against its annotation, overall and per language, with how the reprints were grouped.
    Texts that may not be committed lie in external/<event>/ (ignored; external.md rebuilds them) and are
    annotated in expected_external.json: those present are scored with the event, absent ones are skipped
    and named."""
    expected = json.loads(_read(folder / "expected.json"))
    outside = folder / "expected_external.json"
    external = json.loads(_read(outside))["events"] if outside.exists() else {}
    figures: dict[str, Any] = {}
    for event, gold in sorted(expected["events"].items()):
        present = {p.stem: p for p in (folder / "external" / event).glob("*.txt")}
        extra = [f for f in external.get(event, {}).get("facts", []) if f["article"] in present]
        absent = sorted({f["article"] for f in external.get(event, {}).get("facts", [])} - set(present))
        paths = sorted([*(folder / "articles" / event).glob("*.txt"), *present.values()], key=lambda p: p.name)
        if not paths:  # every text of the event is external and absent (CI, a fresh clone)
            figures[event] = {"skipped": f"no article present (see external.md): {', '.join(absent)}"}
            continue
        summary = brief(paths)
        facts = gold["facts"] + extra
        result = score(summary, {**gold, "facts": facts}, _texts_of(summary, []))
        keys = ("found", "per_kind", "wrong_values", "invented_disagreements", "non_actors", "actors_split", "missed")
        figures[event] = {k: result[k] for k in keys}
        figures[event]["per_language"] = _per_language(summary, {**gold, "facts": facts})
        figures[event]["merged_across_languages"] = merged_across_languages(summary, facts)
        figures[event]["reprints"] = _grouping(summary, gold.get("reprints", []), set(present) | set(_stems(paths)))
        if absent:
            figures[event]["skipped"] = f"external articles absent, not scored (see external.md): {', '.join(absent)}"
    return figures


ALL_ON = "(all on)"
_COUNTED = ("wrong_values", "invented_disagreements", "non_actors", "actors_split")


def totals(figures: dict[str, Any]) -> dict[str, Any]:
    """dev_scores' figures summed over events: found as "n/N", and how many wrong values, invented
    disagreements, non-actors and actors split there are."""
    scored = [f for f in figures.values() if "found" in f]
    found = [tuple(map(int, f["found"].split("/"))) for f in scored]
    summed: dict[str, Any] = {"found": f"{sum(n for n, _ in found)}/{sum(t for _, t in found)}"}
    summed.update({name: sum(len(f[name]) for f in scored) for name in _COUNTED})
    return summed


def language_totals(figures: dict[str, Any]) -> dict[str, str]:
    """dev_scores' per-language figures summed over events: "found/annotated found, wrong wrong" per language."""
    sums: dict[str, list[int]] = {}
    for event in figures.values():
        for code, line in event.get("per_language", {}).items():
            numbers = [int(n) for n in re.findall(r"\d+", line)]
            got = sums.setdefault(code, [0, 0, 0])
            for i, n in enumerate(numbers[:3]):
                got[i] += n
    return {code: f"{n}/{t} found, {w} wrong" for code, (n, t, w) in sorted(sums.items())}


def ablation(folder: Path, families: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """The totals of the NLP layer alone on a folder laid out as the development set, with every finder family
    on (ALL_ON) and with each family (all of summariser/finders.py unless `families`) off in turn."""
    from summariser.finders import FINDERS

    rows = {ALL_ON: totals(dev_scores(folder, nlp_only))}
    for family in FINDERS if families is None else families:
        rows[family] = totals(dev_scores(folder, partial(nlp_only, disabled=frozenset({family}))))
    return rows


def ablation_table(rows: dict[str, dict[str, Any]]) -> str:
    """A Markdown table of an ablation: each family's figures with it off, and how far they move from all on
    (found -3: the family finds three facts no other does; wrong values -1: it brings one wrong value)."""
    names = ("found", *_COUNTED)
    base = rows[ALL_ON]
    lines = [
        "| family off | " + " | ".join(n.replace("_", " ") for n in names) + " |",
        "|---" * (len(names) + 1) + "|",
    ]
    for family, row in rows.items():
        cells = [_moved(row[n], base[n]) if family != ALL_ON else str(row[n]) for n in names]
        lines.append(f"| {family} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _moved(value: Any, base: Any) -> str:
    """A figure with how far it moved from all on: "150/183 (-8)", "0", "2 (+1)"."""
    change = _count(value) - _count(base)
    return f"{value} ({change:+d})" if change else str(value)


def _count(value: Any) -> int:
    return int(str(value).split("/")[0])


def _stems(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def _per_language(summary: Summary, gold: dict[str, Any]) -> dict[str, str]:
    """Found / annotated facts, and wrong values, of the articles of each detected language."""
    texts = _texts_of(summary, [])
    figures: dict[str, str] = {}
    for language in sorted({a.language for a in summary.articles}):
        ids = {a.id for a in summary.articles if a.language == language}
        facts = [f for f in gold["facts"] if f["article"] in ids]
        if facts:
            result = score(summary, {**gold, "facts": facts}, texts)
            wrong = [w for w in result["wrong_values"] if any(i.startswith(w.split(" ", 1)[0]) for i in ids)]
            figures[language] = f"{result['found']} found, {len(wrong)} wrong"
    return figures


def _same_fact(fact: dict[str, Any]) -> tuple[Any, ...]:
    """What makes annotated facts of different articles one fact: the actor's name; the claim type with its
    figure (and the annotation's `measure` where two quantities share a figure: "7 Russians", "7 planes");
    the gift item with its quantity."""
    if fact["kind"] == "actor":
        return ("actor", fact["name"])
    if fact["kind"] == "military":
        return ("military", fact["claim_type"], fact.get("figure"), fact.get("measure", ""))
    return ("gift", fact["item"], fact.get("quantity"))


def merged_across_languages(summary: Summary, facts: list[dict[str, Any]]) -> dict[str, Any]:
    """Of the annotated facts that articles in two or more languages state (one person, one figure, one
    item with its quantity) and that the brief finds in two or more languages, those it shows as one entry
    citing, for every such language, an article that states it: merged / found in several languages, with
    the ones not merged (a fact found in one language only counts as a miss of recall, not here)."""
    language = {a.id: a.language for a in summary.articles}
    by_fact: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for fact in facts:
        if fact["kind"] != "military" or fact.get("figure") is not None:
            by_fact.setdefault(_same_fact(fact), []).append(fact)
    shared = 0
    missed: list[str] = []
    for key, group in sorted(by_fact.items(), key=str):
        found = {f["article"] for f in group if _found(summary, f)}
        languages = {language.get(a) for a in found}
        if len(languages) < 2:
            continue
        shared += 1
        entries = [e for e in _entries(summary, group[0]["kind"]) if _matches(e, group[0])]
        if not any({language.get(a) for a in found & _cited(e)} == languages for e in entries):
            split = [sorted(a[:3] for a in found & _cited(e)) for e in entries if found & _cited(e)]
            missed.append(f"{' '.join(str(k) for k in key[1:] if k)}: in {split}")
    return {"merged": f"{shared - len(missed)}/{shared}", "not_merged": missed}


def _grouping(summary: Summary, reprints: list[dict[str, Any]], present: set[str]) -> dict[str, Any]:
    """Annotated reprint pairs grouped as one report, and groups joining articles no annotation pairs."""
    group_of = {article: group.id for group in summary.reports for article in group.article_ids}
    pairs = [r["articles"] for r in reprints if set(r["articles"]) <= present]
    grouped = [p for p in pairs if len({group_of.get(a, a) for a in p}) == 1]
    annotated = {frozenset(p) for p in pairs}
    wrong = [
        g.article_ids
        for g in summary.reports
        if len(g.article_ids) > 1 and not any(frozenset(g.article_ids) <= pair for pair in annotated)
    ]
    return {"grouped": f"{len(grouped)}/{len(pairs)}", "independent_reports_grouped": wrong}


def _read(path: Path) -> str:
    """A file's text, read bounded like every input (summariser.files)."""
    return read_regular(path, MAX_FILE_BYTES).decode("utf-8")


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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
