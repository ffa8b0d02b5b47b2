"""Score one brief against its hand annotation: facts found (overall and per kind), quotes verbatim,
disagreements found, the trust figures (wrong values, invented disagreements, non-actors, quotes whose sentence
does not state their fact), actors split in two, and where a score falls below the committed floor."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from summariser.kinds.actor import score as actor_score
from summariser.kinds.gift import score as gift_score
from summariser.kinds.military import score as military_score
from summariser.quality.gold import _read
from summariser.schemas import Gift, MergedClaim, MergedGift, MilitaryClaim, ResolvedActor, Source, Summary


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
    """Whether a brief entry states the annotated fact `want`, whichever articles it cites (each kind's rule:
    summariser/kinds/<kind>/score.py)."""
    if isinstance(entry, MergedGift):
        return gift_score.matches(entry, want)
    if isinstance(entry, MergedClaim):
        return military_score.matches(entry, want)
    return actor_score.matches(entry, want)


_HOLDS: dict[str, Callable[[dict[str, Any], str, int], bool]] = {
    "gift": gift_score.holds,
    "military": military_score.holds,
}
"""Per kind with numbers, whether an annotated fact gives a number for what a brief's entry names."""


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


def precision(summary: Summary, facts: list[dict[str, Any]]) -> dict[str, str]:
    """Per kind, the brief's entries that state an annotated fact of an article they cite, of all its entries
    ("right/entries"): how much of what a reader is shown the annotation holds (an entry citing several articles
    counts once)."""
    shown: dict[str, str] = {}
    for kind in ("gift", "actor", "military"):
        entries = _entries(summary, kind)
        wanted = [f for f in facts if f["kind"] == kind]
        right = sum(1 for e in entries if any(f["article"] in _cited(e) and _matches(e, f) for f in wanted))
        shown[kind] = f"{right}/{len(entries)}"
    return shown


def _holds(expected: list[dict[str, Any]], article: str, kind: str, what: str, number: int) -> bool:
    """Whether an annotated fact of `article` gives `number` for `what` (an item word or a claim type)."""
    return any(w["article"] == article and w["kind"] == kind and _HOLDS[kind](w, what, number) for w in expected)


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
            what = gift_score.disputed(c.topic) if c.kind == "gift" else military_score.disputed(c.topic)
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
        "precision": precision(summary, facts),
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
    entry is the annotated actor where one of its names is the same person by summariser.names' rules; a
    surname alone among the aliases of an entry headed by another person's full name is that person's, not
    the annotated actor's ("Макрон" under Emmanuel Macron is no entry of Brigitte Macron)."""
    from summariser.names import fold_name, same_person

    def names(entry: ResolvedActor, name: str) -> bool:
        if same_person(name, entry.name):
            return True
        headed = len(fold_name(entry.name)) > 1  # by a full name that is someone else's
        others = (n for n in (*entry.aliases, entry.romanised or "") if not headed or len(fold_name(n)) > 1)
        return any(same_person(name, n) for n in others)

    split: list[str] = []
    for name in sorted({f["name"] for f in facts if f["kind"] == "actor"}):
        entries = [a.name for a in summary.actors if names(a, name)]
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
