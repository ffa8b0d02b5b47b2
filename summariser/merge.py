"""Merge the grounded facts of all articles into one summary body (pure: no I/O, no model).

Rules (what a value measures decides what is compared):
- Each kind merges by its own rules, beside its other code: summariser/kinds/gift/merge.py (by item, quality
  and occasion), kinds/military/merge.py (by measure), kinds/actor/merge.py (by name across spellings and scripts,
  by the rules of summariser/names/). What they share (values, traces, disagreements) is kinds/merging.py.
- A disagreement is two or more different values of one measure; every value lists its wordings, claimants and
  sources, all taken from grounded facts, so nothing the model says can add a source.
Ids and order depend only on the facts, never on the order the articles came in.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from summariser import rules
from summariser.facts import GroundedFact
from summariser.kinds.actor.merge import resolve_actors
from summariser.kinds.gift.merge import merge_gifts
from summariser.kinds.merging import fact_order
from summariser.kinds.military.merge import merge_claims
from summariser.schemas import Actor, Conflict, Decision, Gift, MergedClaim, MergedGift, MilitaryClaim, ResolvedActor


@dataclass(frozen=True)
class MergeResult:
    """The merged facts of a run."""

    gifts: list[MergedGift]
    actors: list[ResolvedActor]
    military: list[MergedClaim]
    conflicts: list[Conflict]


def merge(facts: Iterable[GroundedFact], spellings: Mapping[str, str] | None = None) -> MergeResult:
    """Join facts from every article: equal facts merged, actors resolved, disagreements kept. `spellings`:
    the English spelling of names written otherwise, each checked by code (extract/spelling.py): an actor
    is shown by it where no article writes the name in Latin letters (clusters are code's alone: "Ivan
    Gershkovitch" for "Иван Гершкович" must not part him from "Evan Gershkovich")."""
    ordered = sorted(facts, key=fact_order)
    gifts, gift_conflicts = merge_gifts([f for f in ordered if isinstance(f.fact, Gift)])
    claims, claim_conflicts = merge_claims([f for f in ordered if isinstance(f.fact, MilitaryClaim)])
    actors = resolve_actors([f for f in ordered if isinstance(f.fact, Actor)], spellings or {})
    conflicts = [c.model_copy(update={"id": f"c{i}"}) for i, c in enumerate([*gift_conflicts, *claim_conflicts], 1)]
    disputed = _disputes(conflicts)
    gifts = [g.model_copy(update={"trace": [*g.trace, *disputed.get(g.id, [])]}) for g in gifts]
    claims = [m.model_copy(update={"trace": [*m.trace, *disputed.get(m.id, [])]}) for m in claims]
    return MergeResult(gifts, actors, claims, conflicts)


def _disputes(conflicts: list[Conflict]) -> dict[str, list[Decision]]:
    """Per merged fact id, the disagreements it is part of, as decisions of its trace."""
    found: dict[str, list[Decision]] = defaultdict(list)
    for conflict in conflicts:
        values = "; ".join(v.value for v in conflict.values)
        detail = f"{conflict.id}: {conflict.topic}: {values}"
        for fact_id in conflict.fact_ids:
            found[fact_id].append(Decision(rule=rules.DISAGREEMENT, action="kept", detail=detail))
    return found
