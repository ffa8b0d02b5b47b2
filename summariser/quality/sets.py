"""Score an annotated set laid out as quality/dev (expected.json, articles/<event>/, external texts) per event
and per language, with how reprints were grouped and facts merged across languages, and sum it over events."""

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summariser.quality.alone import nlp_only
from summariser.quality.gold import _read
from summariser.quality.scoring import _cited, _entries, _found, _matches, _texts_of, score
from summariser.schemas import Summary


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
        paths = event_paths(folder, event)
        present = {p.stem for p in paths if p.parent == folder / "external" / event}
        extra = [f for f in external.get(event, {}).get("facts", []) if f["article"] in present]
        absent = sorted({f["article"] for f in external.get(event, {}).get("facts", [])} - present)
        if not paths:  # every text of the event is external and absent (CI, a fresh clone)
            figures[event] = {"skipped": f"no article present (see external.md): {', '.join(absent)}"}
            continue
        summary = brief(paths)
        facts = gold["facts"] + extra
        result = score(summary, {**gold, "facts": facts}, _texts_of(summary, []))
        keys = (
            "found",
            "per_kind",
            "precision",
            "wrong_values",
            "invented_disagreements",
            "non_actors",
            "actors_split",
            "missed",
        )
        figures[event] = {k: result[k] for k in keys}
        figures[event]["per_language"] = _per_language(summary, {**gold, "facts": facts})
        figures[event]["merged_across_languages"] = merged_across_languages(summary, facts)
        figures[event]["reprints"] = _grouping(summary, gold.get("reprints", []), set(_stems(paths)))
        if absent:
            figures[event]["skipped"] = f"external articles absent, not scored (see external.md): {', '.join(absent)}"
    return figures


def event_paths(folder: Path, event: str) -> list[Path]:
    """The texts of one event of an annotated set present here, by file name: committed (articles/<event>/) and
    rebuilt from external.md (external/<event>/)."""
    found = [*(folder / "articles" / event).glob("*.txt"), *(folder / "external" / event).glob("*.txt")]
    return sorted(found, key=lambda p: p.name)


_COUNTED = ("wrong_values", "invented_disagreements", "non_actors", "actors_split")


def totals(figures: dict[str, Any]) -> dict[str, Any]:
    """dev_scores' figures summed over events: found as "n/N" (overall, per kind, and the precision of each
    kind), and how many wrong values, invented disagreements, non-actors and actors split there are."""
    scored = [f for f in figures.values() if "found" in f]
    summed: dict[str, Any] = {"found": _sum_fractions([f["found"] for f in scored])}
    for figure in ("per_kind", "precision"):
        kinds = ("gift", "actor", "military")
        summed[figure] = {k: _sum_fractions([f[figure][k] for f in scored if k in f.get(figure, {})]) for k in kinds}
    summed.update({name: sum(len(f[name]) for f in scored) for name in _COUNTED})
    return summed


def _sum_fractions(values: list[str]) -> str:
    """Fractions written "n/N", summed: "3/4" and "1/2" -> "4/6"."""
    pairs = [tuple(map(int, v.split("/"))) for v in values]
    return f"{sum(n for n, _ in pairs)}/{sum(t for _, t in pairs)}"


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
