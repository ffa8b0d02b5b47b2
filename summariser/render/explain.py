"""`summariser explain BRIEF.json FACT_ID`: why a fact is in the brief (or, for a dropped one, why it is not):
its sources, each with how its quote was found and where the fact came from, and every rule that took it."""

from summariser.escaping import visible
from summariser.rules import RULES
from summariser.schemas import Decision, MergedClaim, MergedGift, ResolvedActor, Source, Summary

QUOTE_CHARS = 160
"""Characters of a quote shown on its line; the brief holds it whole."""


class UnknownFact(LookupError):
    """The brief has no fact of that id."""


def explain(summary: Summary, fact_id: str) -> list[str]:
    """The lines that explain fact `fact_id` (g1, a1, m1: a fact of the brief; d1: a dropped one); UnknownFact
    where the brief has none of that id. Text from articles and the model is shown with its controls escaped."""
    facts: dict[str, MergedGift | MergedClaim | ResolvedActor] = {}
    for kind in (summary.gifts, summary.military, summary.actors):
        facts.update((f.id, f) for f in kind)
    if fact_id in facts:
        return _fact(facts[fact_id], summary)
    dropped = {d.id: d for d in summary.dropped}
    if fact_id not in dropped:
        raise UnknownFact(f"no fact {fact_id!r} in this brief; {_ids(summary)}")
    d = dropped[fact_id]
    return [
        f"{d.id} · {d.kind} · dropped: {_one(d.what)}",
        f"article {_one(d.article_id)}; the model's quote: “{_cut(d.evidence)}”",
        f"dropped by {d.rule}: {RULES.get(d.rule, d.detail)}",
    ]


def _fact(fact: MergedGift | MergedClaim | ResolvedActor, summary: Summary) -> list[str]:
    lines = [f"{fact.id} · {_what(fact)}", f"sources ({len(fact.sources)}):"]
    lines += [f"  {_source(s)}" for s in fact.sources]
    lines.append("trace:")
    width = max((len(step.rule) for step in fact.trace), default=0)
    lines += [f"  {_step(step, width)}" for step in fact.trace]
    disputes = [c for c in summary.conflicts if fact.id in c.fact_ids]
    lines += [f"disagreement {c.id}: {_one(c.topic)}: {', '.join(_one(v.value) for v in c.values)}" for c in disputes]
    lines.append("rules:")
    lines += [f"  {rule}: {RULES[rule]}" for rule in dict.fromkeys(s.rule for s in fact.trace) if rule in RULES]
    return lines


def _what(fact: MergedGift | MergedClaim | ResolvedActor) -> str:
    if isinstance(fact, MergedGift):
        amount = f"{fact.gift.quantity} " if fact.gift.quantity is not None else ""
        return f"gift · {_one(amount + fact.gift.item)}"
    if isinstance(fact, MergedClaim):
        figure = f"{fact.claim.figure} " if fact.claim.figure is not None else ""
        return f"military · {fact.claim.claim_type}: {_one(figure + fact.claim.subject)}"
    return f"actor · {_one(fact.name)}"


def _source(source: Source) -> str:
    where = f"{_one(source.article_id)} [{source.start}-{source.end}]"
    return f"{where} {source.alignment}, {source.origin}: “{_cut(source.quote)}”"


def _step(step: Decision, width: int) -> str:
    article = _one(step.article_id) if step.article_id else "(all articles)"
    return f"{step.rule:<{width}}  {step.action:<9}  {article}: {_one(step.detail)}"


def _ids(summary: Summary) -> str:
    """The ids a brief has, by kind, as ranges: 'gifts g1-g11, actors a1-a15, ...'."""
    kinds = {
        "gifts": [f.id for f in summary.gifts],
        "actors": [f.id for f in summary.actors],
        "military": [f.id for f in summary.military],
        "dropped": [f.id for f in summary.dropped],
    }
    shown = [f"{name} {ids[0]}-{ids[-1]}" for name, ids in kinds.items() if ids]
    return "its facts are " + (", ".join(shown) if shown else "none")


def _one(text: str) -> str:
    return visible(text, one_line=True)


def _cut(text: str) -> str:
    shown = _one(text)
    return shown if len(shown) <= QUOTE_CHARS else shown[: QUOTE_CHARS - 1] + "…"
