"""What every kind's merge rules share (pure: no I/O, no model): the order of facts and sources, a fact's reading
and value as compared across sources, the trace of a merged fact, and a disagreement over one measure's values.

- A disagreement is two or more different values of one measure. Values equal once qualifiers are read
  ("more than 70" and "70") are one value listing every wording; a fact one article states and another omits
  is no disagreement; an article that itself states two of the values is listed as contradicting itself.
  Every value lists its wordings, claimants and sources, all taken from grounded facts, so nothing the model
  says can add a source."""

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from summariser import rules
from summariser.facts import GroundedFact, Reading
from summariser.schemas import Conflict, ConflictValue, Decision, Gift, Source

ARTICLE_ITSELF = "the article itself"
_WORD = re.compile(r"[a-z0-9]+")


def fact_order(fact: GroundedFact) -> tuple[str, int, int, str, str]:
    """Facts in order of their article and place, whatever order the articles came in."""
    return (
        fact.source.article_id,
        fact.source.start,
        fact.source.end,
        fact.kind,
        fact.fact.model_dump_json(),
    )


def source_order(source: Source) -> tuple[str, int, int]:
    """Sources in order of their article and place."""
    return (source.article_id, source.start, source.end)


def unique_sources(sources: Iterable[Source]) -> list[Source]:
    """Each source once (by article and offsets), in order."""
    unique = {(s.article_id, s.start, s.end): s for s in sources}
    return sorted(unique.values(), key=source_order)


def _words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def reading_of(fact: GroundedFact) -> Reading:
    """The fact's reading; a fact grounded without one is read as its last word with no value."""
    if fact.reading is not None:
        return fact.reading
    words = _words(fact.fact.item if isinstance(fact.fact, Gift) else getattr(fact.fact, "subject", ""))
    return Reading(head=words[-1] if words else "")


def trace(members: list[GroundedFact], sources: list[Source], unstated: Sequence[Source] = ()) -> list[Decision]:
    """The decisions of every member, once each, then how they were merged."""
    steps = list(dict.fromkeys(step for member in members for step in member.trace))
    if len(sources) > 1:
        articles = len({s.article_id for s in sources})
        detail = f"{len(sources)} sources in {articles} article{'s' * (articles > 1)} state it"
        steps.append(Decision(rule=rules.SAME, action="merged", detail=detail))
    if unstated:
        detail = f"{len(unstated)} source{'s' * (len(unstated) > 1)} name it without a number"
        steps.append(Decision(rule=rules.UNSTATED, action="merged", detail=detail))
    return steps


# ---- values and disagreements ---------------------------------------------------------------------


def value_of(fact: GroundedFact) -> str | None:
    """The value as compared across sources: the number with a unit word if stated ('25 species')."""
    reading = reading_of(fact)
    if reading.value is None:
        return None
    number = f"{reading.value:,}"
    return f"{number} {reading.unit}" if reading.unit else number


def disagreement(kind: str, topic: str, members: list[tuple[str, GroundedFact]], by_value: dict[str, str]) -> Conflict:
    """A Conflict over the (value, fact) pairs of one measure; `by_value` maps a value to its merged fact id."""
    values: list[ConflictValue] = []
    for value in by_value:
        holders = [f for v, f in members if v == value]
        wordings = sorted({w for f in holders if (w := reading_of(f).wording)})
        claimants = sorted({reading_of(f).claimant or ARTICLE_ITSELF for f in holders})
        values.append(
            ConflictValue(
                value=value,
                wordings=wordings,
                claimants=claimants,
                sources=unique_sources(f.source for f in holders),
            )
        )
    values.sort(key=lambda v: source_order(v.sources[0]))
    per_article: dict[str, set[str]] = defaultdict(set)
    for value, fact in members:
        per_article[fact.source.article_id].add(value)
    return Conflict(
        id="",
        kind=kind,
        topic=topic,
        fact_ids=sorted(set(by_value.values()), key=lambda i: int(i[1:])),
        values=values,
        contradicting_articles=sorted(a for a, held in per_article.items() if len(held) > 1),
    )
