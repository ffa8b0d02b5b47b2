"""Merge the grounded facts of all articles into one summary body (pure: no I/O, no model).

- Gifts group by the item's head noun and the month they were given; equal quantities merge,
  different quantities (or units, '25' vs '25 species') become a conflict.
- Military claims group by type; troop numbers that differ become one conflict listing each figure.
- Actors resolve across spellings: names are folded (case, hyphens, titles) and matched by token
  subset or fuzzy ratio.
Ids and order depend only on the facts, never on the order the articles came in.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from summariser.facts import GroundedFact
from summariser.schemas import (
    Actor,
    Conflict,
    ConflictValue,
    Gift,
    MergedClaim,
    MergedGift,
    MilitaryClaim,
    ResolvedActor,
    Source,
    Statement,
)

NAME_MATCH_RATIO = 85.0
_TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "leader", "secretary", "general", "the"}
_MONTHS = "january february march april may june july august september october november december".split()
_UNIT = re.compile(r"\b(species|kinds|types|breeds|pairs|flocks|herds)\s+of\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class MergeResult:
    """The merged facts of a run."""

    gifts: list[MergedGift]
    actors: list[ResolvedActor]
    military: list[MergedClaim]
    conflicts: list[Conflict]


def merge(facts: Iterable[GroundedFact]) -> MergeResult:
    """Join facts from every article: equal facts merged, actors resolved, disagreements kept."""
    ordered = sorted(facts, key=_fact_order)
    gifts, gift_conflicts = _merge_gifts([f for f in ordered if isinstance(f.fact, Gift)])
    claims, claim_conflicts = _merge_claims([f for f in ordered if isinstance(f.fact, MilitaryClaim)])
    actors = _resolve_actors([f for f in ordered if isinstance(f.fact, Actor)])
    conflicts = [c.model_copy(update={"id": f"c{i}"}) for i, c in enumerate([*gift_conflicts, *claim_conflicts], 1)]
    return MergeResult(gifts, actors, claims, conflicts)


def _fact_order(fact: GroundedFact) -> tuple[str, int, int, str, str]:
    return (
        fact.source.article_id,
        fact.source.start,
        fact.source.end,
        fact.kind,
        fact.fact.model_dump_json(),
    )


def _source_order(source: Source) -> tuple[str, int, int]:
    return (source.article_id, source.start, source.end)


def _unique_sources(sources: Iterable[Source]) -> list[Source]:
    unique = {(s.article_id, s.start, s.end): s for s in sources}
    return sorted(unique.values(), key=_source_order)


def _words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _month(*texts: str | None) -> str:
    words = {w for t in texts for w in _words(t)}
    return next((m for m in _MONTHS if m in words), "")


# ---- gifts -------------------------------------------------------------------------------------


def gift_group_key(gift: Gift, evidence: str) -> str:
    """Head noun of the item plus the month it was given (if the fact says), e.g. 'bear|'."""
    words = _words(gift.item)
    head = _singular(words[-1]) if words else ""
    return f"{head}|{_month(gift.date, evidence)}"


def gift_quantity(gift: Gift, evidence: str) -> str | None:
    """The quantity as compared across sources: the number plus a unit word if one is stated."""
    if gift.quantity is None:
        return None
    unit_text = " ".join(t for t in (gift.quantity_text, evidence) if t)
    match = re.search(rf"\b{gift.quantity}\s+{_UNIT.pattern}", unit_text, re.IGNORECASE)
    return f"{gift.quantity} {match.group(1).lower()}" if match else str(gift.quantity)


def _merge_gifts(facts: list[GroundedFact]) -> tuple[list[MergedGift], list[Conflict]]:
    groups: dict[str, list[GroundedFact]] = defaultdict(list)
    for fact in facts:
        assert isinstance(fact.fact, Gift)
        groups[gift_group_key(fact.fact, fact.source.quote)].append(fact)
    merged: list[MergedGift] = []
    conflicts: list[Conflict] = []
    for key in sorted(groups, key=lambda k: _source_order(groups[k][0].source)):
        by_value: dict[str | None, list[GroundedFact]] = defaultdict(list)
        for fact in groups[key]:
            assert isinstance(fact.fact, Gift)
            by_value[gift_quantity(fact.fact, fact.source.quote)].append(fact)
        ids: dict[str, str] = {}
        for value, members in sorted(by_value.items(), key=lambda kv: _source_order(kv[1][0].source)):
            first = members[0].fact
            assert isinstance(first, Gift)
            fact_id = f"g{len(merged) + 1}"
            merged.append(MergedGift(id=fact_id, gift=first, sources=_unique_sources(m.source for m in members)))
            if value is not None:
                ids[value] = fact_id
        if len(ids) > 1:
            head = key.split("|")[0]
            conflicts.append(_conflict("gift", f"number of {head}s given", ids, merged))
    return merged, conflicts


# ---- military claims -----------------------------------------------------------------------------


def _claim_key(claim: MilitaryClaim) -> str:
    if claim.figure is not None:
        return f"{claim.claim_type}|{claim.figure}"
    return f"{claim.claim_type}|-"


def _merge_claims(facts: list[GroundedFact]) -> tuple[list[MergedClaim], list[Conflict]]:
    groups: dict[str, list[GroundedFact]] = defaultdict(list)
    for fact in facts:
        assert isinstance(fact.fact, MilitaryClaim)
        groups[_claim_key(fact.fact)].append(fact)
    merged: list[MergedClaim] = []
    figures: dict[str, dict[str, str]] = defaultdict(dict)
    for key in sorted(groups, key=lambda k: _source_order(groups[k][0].source)):
        members = groups[key]
        first = members[0].fact
        assert isinstance(first, MilitaryClaim)
        fact_id = f"m{len(merged) + 1}"
        merged.append(MergedClaim(id=fact_id, claim=first, sources=_unique_sources(m.source for m in members)))
        if first.figure is not None:
            figures[first.claim_type][f"{first.figure:,}"] = fact_id
    conflicts = [
        _conflict("military", f"{claim_type.replace('_', ' ')} figures", ids, merged)
        for claim_type, ids in sorted(figures.items())
        if len(ids) > 1
    ]
    return merged, conflicts


def _conflict(kind: str, topic: str, ids: dict[str, str], merged: list[MergedGift] | list[MergedClaim]) -> Conflict:
    by_id = {m.id: m for m in merged}
    values = [ConflictValue(value=value, sources=by_id[fact_id].sources) for value, fact_id in ids.items()]
    values.sort(key=lambda v: _source_order(v.sources[0]))
    return Conflict(
        id="", kind=kind, topic=topic, fact_ids=sorted(ids.values(), key=lambda i: int(i[1:])), values=values
    )


# ---- actors ----------------------------------------------------------------------------------------


def name_tokens(name: str) -> tuple[str, ...]:
    """A name folded for comparison: lower case, hyphens split, titles dropped."""
    return tuple(w for w in _words(name.replace("-", " ")) if w not in _TITLES)


def same_actor(a: str, b: str) -> bool:
    """Whether two names denote the same actor ('Kim Jong-Un' = 'Kim Jong Un', 'Putin' = 'Vladimir Putin')."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1 and short[0] == long[-1] and len(short[0]) > 3:
        return True  # a surname alone
    if len(ta) == len(tb) and fuzz.ratio(" ".join(ta), " ".join(tb)) >= NAME_MATCH_RATIO:
        return all(fuzz.ratio(x, y) >= 70 for x, y in zip(ta, tb, strict=True))
    return False


def _resolve_actors(facts: list[GroundedFact]) -> list[ResolvedActor]:
    """Cluster actor facts by name. Names are compared once per distinct pair, so thousands of
    mentions of a few dozen people stay linear in the number of facts."""
    by_name: dict[str, list[GroundedFact]] = defaultdict(list)
    for fact in facts:
        by_name[_name(fact)].append(fact)
    clusters: list[list[str]] = []
    for name in sorted(by_name, key=lambda n: (-len(name_tokens(n)), n)):
        home = next((c for c in clusters if any(same_actor(name, other) for other in c)), None)
        if home is None:
            clusters.append([name])
        else:
            home.append(name)
    grouped = [sorted((f for n in c for f in by_name[n]), key=_fact_order) for c in clusters]
    grouped.sort(key=lambda c: _source_order(c[0].source))
    return [_actor(f"a{i}", cluster) for i, cluster in enumerate(grouped, 1)]


def _name(fact: GroundedFact) -> str:
    assert isinstance(fact.fact, Actor)
    return fact.fact.name


def _actor(actor_id: str, cluster: list[GroundedFact]) -> ResolvedActor:
    actors = [f.fact for f in cluster if isinstance(f.fact, Actor)]
    names = Counter(a.name.strip() for a in actors)
    name = max(names, key=lambda n: (names[n], len(n), n))
    statements = {
        (f.said.article_id, f.said.start): Statement(text=f.said.quote, source=f.said)
        for f in cluster
        if f.said is not None
    }
    return ResolvedActor(
        id=actor_id,
        name=name,
        aliases=sorted(n for n in names if n != name),
        roles=_distinct(a.role for a in actors),
        organisations=_distinct(a.organisation for a in actors),
        countries=_distinct(a.country for a in actors),
        statements=[statements[k] for k in sorted(statements)],
        sources=_unique_sources(f.source for f in cluster),
    )


def _distinct(values: Iterable[str | None]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        if value and value.strip():
            seen.setdefault(value.strip().lower(), value.strip())
    return sorted(seen.values(), key=str.lower)
