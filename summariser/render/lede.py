"""The lede: a few sentences a reader takes in first, made from the merged, checked facts only (never from an
article's text): what was given, by whom to whom; the figures the outlets disagree on, with who claims each; how
many articles, outlets and independent reports. Each sentence names the fact ids it states, and `problems` holds
its numbers and names against those facts, so that no sentence of the lede says more than they do."""

import re

from summariser.link.syndication import count_reports
from summariser.render.glance import Ranking
from summariser.schemas import Conflict, LedeSentence, MergedClaim, MergedGift, Summary

MAX_GIFTS = 3
"""Gifts a lede names: the best reported first."""
MAX_DISPUTES = 2
"""Disagreements a lede states: the best reported first."""

_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_NAME = re.compile(r"\b[A-Z][\w'’.-]*")


def lede(summary: Summary) -> list[LedeSentence]:
    """The lede of a brief: a sentence of gifts, one per main disagreement, one of coverage; each sentence is
    kept only where `problems` finds nothing in it."""
    ranking = Ranking(summary)
    sentences: list[LedeSentence] = []
    gifts = ranking.ranked(summary.gifts, lambda g: g.sources)
    if gifts:
        sentences.append(_gifts(gifts[:MAX_GIFTS]))
    numeric = [c for c in summary.conflicts if _numbers_differ(c)]
    weight = {c.id: ranking.weight(s for v in c.values for s in v.sources) for c in numeric}
    disputes = sorted(numeric, key=lambda c: (-weight[c.id][0], -weight[c.id][1]))[:MAX_DISPUTES]
    sentences.extend(_dispute(c, ranking) for c in disputes)
    if summary.articles:
        sentences.append(_coverage(summary))
    return [s for s in sentences if not problems(s, summary)]


def _amount(gift: MergedGift) -> str:
    words = gift.gift.quantity_text or (str(gift.gift.quantity) if gift.gift.quantity is not None else "")
    return f"{words} {gift.gift.item}".strip()


def _gifts(gifts: list[MergedGift]) -> LedeSentence:
    lead = gifts[0].gift
    if lead.giver and lead.recipient:
        text = f"{lead.giver} gave {lead.recipient} {_amount(gifts[0])}"
    elif lead.giver:
        text = f"{lead.giver} gave {_amount(gifts[0])}"
    else:
        text = f"The articles report {_amount(gifts[0])} given"
    others = [_amount(g) for g in gifts[1:]]
    if others:
        text += "; they also name " + " and ".join(others)
    return LedeSentence(text=text + ".", fact_ids=[g.id for g in gifts])


def _numbers_differ(conflict: Conflict) -> bool:
    """Whether a disagreement's values are different numbers ("25" and "25 species" differ only in the unit: a
    matter for the full list, not the lede)."""
    return len({(_NUMBER.findall(v.value) or [v.value])[0] for v in conflict.values}) > 1


def _dispute(conflict: Conflict, ranking: Ranking) -> LedeSentence:
    values = []
    for value in ranking.values(conflict.values):
        said = value.wordings[0] if value.wordings else value.value
        values.append(f"{said} per {' and '.join(value.claimants)}")
    text = f"Sources disagree on {conflict.topic}: {'; '.join(values)}."
    return LedeSentence(text=text, fact_ids=list(conflict.fact_ids))


def _coverage(summary: Summary) -> LedeSentence:
    report_of = {a.id: a.report or a.id for a in summary.articles}
    outlet_of = {a.id: a.source for a in summary.articles if a.source}
    count = count_reports((a.id for a in summary.articles), report_of, outlet_of)
    articles = len(summary.articles)
    text = f"{articles} article{'s' * (articles != 1)}"
    if outlet_of:
        text += f" from {count.outlets} outlet{'s' * (count.outlets != 1)}"
    text += f", {count.reports} independent report{'s' * (count.reports != 1)}."
    return LedeSentence(text=text, fact_ids=[])


def problems(sentence: LedeSentence, summary: Summary) -> list[str]:
    """What a lede sentence says that the facts it cites do not: a number none of them states, a name none of
    them holds, or a cited id the brief lacks. A sentence citing no fact may state only the coverage counts."""
    facts: dict[str, MergedGift | MergedClaim] = {g.id: g for g in summary.gifts}
    facts.update((m.id, m) for m in summary.military)
    unknown = [i for i in sentence.fact_ids if i not in facts]
    if unknown:
        return [f"cites {', '.join(unknown)}, which the brief does not hold"]
    if not sentence.fact_ids:
        held = _coverage(summary).text if summary.articles else ""
        return [f"number {n} is no coverage count" for n in _NUMBER.findall(sentence.text) if n not in held]
    cited = [facts[i] for i in sentence.fact_ids]
    disputes = [c for c in summary.conflicts if set(c.fact_ids) & set(sentence.fact_ids)]
    held = " ".join([_stated(f) for f in cited] + [_claimed(c) for c in disputes])
    found = [f"number {n} is in none of the cited facts" for n in _NUMBER.findall(sentence.text) if n not in held]
    names = [m.group() for m in _NAME.finditer(sentence.text) if m.start() > 0]  # not the sentence's own capital
    names = [w for w in names if w not in held]
    return found + [f"name {w} is in none of the cited facts" for w in names]


def _stated(fact: MergedGift | MergedClaim) -> str:
    """What a merged fact states, without its quotes, offsets or trace: a number or a name that only a quote
    holds ("2024" of a date, an offset) is no value of the fact."""
    stated = fact.gift if isinstance(fact, MergedGift) else fact.claim
    return stated.model_dump_json(exclude={"evidence"})


def _claimed(conflict: Conflict) -> str:
    """What a disagreement states: its topic, and each value with its wordings and claimants."""
    return " ".join([conflict.topic, *(f"{v.value} {v.wordings} {v.claimants}" for v in conflict.values)])
