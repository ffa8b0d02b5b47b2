"""Where the oracle's true facts are lost: each annotated fact missing from the brief, put in the layer that lost
it (never sent: the reply's list caps; verify: the checks drop or change it; after verify: merge, or a fact the
scorer reads otherwise), by language and kind. The verify layer is asked again with the reply the server sent."""

from collections import Counter
from typing import Any

from oracle_gold import Entry, Event

from summariser.extract.messages import response_model
from summariser.facts import GroundedFact
from summariser.load.articles import Article
from summariser.quality.scoring import _found
from summariser.schemas import Actor, Gift, MilitaryClaim, Summary
from summariser.verify import checks
from summariser.verify.cited import facts_of_reply
from summariser.verify.numbered import numbered
from summariser.verify.recite import ground_facts


def _same(grounded: GroundedFact, fact: dict[str, Any]) -> bool:
    """Whether a fact verify kept states the annotated one (as the scorer matches a brief's entry)."""
    kept = grounded.fact
    if isinstance(kept, Gift):
        return fact["kind"] == "gift" and fact["item"] in kept.item.lower() and kept.quantity == fact.get("quantity")
    if isinstance(kept, MilitaryClaim):
        return (
            fact["kind"] == "military" and kept.claim_type == fact["claim_type"] and kept.figure == fact.get("figure")
        )
    assert isinstance(kept, Actor)
    return fact["kind"] == "actor" and fact["name"].lower().split()[-1] in kept.name.lower().replace("-", " ").split()


def where_lost(event: Event, clean: Summary, sent: list[Entry], over_cap: list[dict[str, Any]]) -> Counter[str]:
    """'layer language kind' -> how many annotated facts of the event the oracle's brief misses there."""
    info = {a.id: a for a in clean.articles}
    lost: Counter[str] = Counter()
    capped = {id(f) for f in over_cap}
    for gold in event.articles:
        missed = [f for f in gold.facts if not _found(clean, f)]
        if not missed or gold.id not in info:
            continue
        shown = info[gold.id]
        article = Article(gold.id, gold.text, language=shown.language, languages=tuple(shown.languages))
        numbers = numbered(gold.text, checks.checker(article))
        answered = [e for e in sent if e.fact is not None and e.fact["article"] == gold.id and id(e.fact) not in capped]
        lists: dict[str, list[list[Any]]] = {"gifts": [], "actors": [], "claims": []}
        for entry in answered:
            lists[entry.listed].append(entry.values)
        reply = response_model().model_validate(lists)
        grounded, _ = ground_facts(facts_of_reply(reply, numbers), article, 0, gold.text, 90.0)
        for fact in missed:
            if not any(e.fact is fact for e in answered):
                layer = "not sent (list cap)" if id(fact) in capped else "not sent (quote outside the request)"
            elif not any(_same(g, fact) for g in grounded):
                layer = "verify drops or changes it"
            else:
                layer = "verify keeps it, the brief does not show it (merge)"
            lost[f"{layer} | {shown.language} | {fact['kind']}"] += 1
    return lost
