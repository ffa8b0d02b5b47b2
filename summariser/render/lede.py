"""The lede: a few sentences a reader takes in first, made from the merged, checked facts only (never from an
article's text): what was given, by whom to whom; the figures the outlets disagree on, with who claims each; how
many articles, outlets and independent reports. Each sentence names the fact ids it states, and `problems` holds
its numbers, names and items against those facts, so that no sentence of the lede says more than they do.

Where a model writes the lede (extract/lede.py), it reads `facts_for_model` (the merged facts with their ids, the
disagreements, the coverage: nothing of an article but the facts' values) and `checked` holds each of its
sentences the same way: one that fails gives way to the template sentences of the facts it cites."""

import re

from spacy.lang.en.stop_words import STOP_WORDS

from summariser.lang.words import WORD_OF_THREE
from summariser.link.syndication import count_reports
from summariser.render.glance import Ranking
from summariser.schemas import Conflict, LedeSentence, MergedClaim, MergedGift, Summary
from summariser.schemas.extraction import WrittenLede

MAX_GIFTS = 3
"""Gifts a lede names: the best reported first."""
MAX_DISPUTES = 2
"""Disagreements a lede states: the best reported first."""
MAX_LISTED = 8
"""Gifts, and military claims, that the model is shown: the best reported first."""

_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_NAME = re.compile(r"\b[A-Z][\w'’.-]*")
_IDS = re.compile(r"\s*\[[a-z]\d+(?:,\s*[a-z]\d+)*\]")


def lede(summary: Summary) -> list[LedeSentence]:
    """The lede of a brief: a sentence of gifts, one per main disagreement, one of coverage; each sentence is
    kept only where `problems` finds nothing in it."""
    ranking = Ranking(summary)
    sentences: list[LedeSentence] = []
    gifts = ranking.ranked(summary.gifts, lambda g: g.sources)
    if gifts:
        sentences.append(_gifts(gifts[:MAX_GIFTS]))
    sentences.extend(_dispute(c, ranking) for c in _main_disputes(summary, ranking))
    if summary.articles:
        sentences.append(_coverage(summary))
    return [s for s in sentences if not problems(s, summary)]


def checked(written: WrittenLede | None, summary: Summary) -> list[LedeSentence]:
    """The model's lede, each sentence held by `problems`: a sentence that fails gives way to the template
    sentences of the facts it cites (the template lede where the model wrote nothing)."""
    template = lede(summary)
    if written is None or not written.sentences:
        return template
    kept: list[LedeSentence] = []
    for sentence in written.sentences:
        own = LedeSentence(
            text=" ".join(sentence.text.split()), fact_ids=list(dict.fromkeys(sentence.fact_ids)), by="model"
        )
        if own.text and not problems(own, summary):
            kept.append(own)
            continue
        cited = set(own.fact_ids)
        kept += [t for t in template if (set(t.fact_ids) & cited or not (t.fact_ids or cited)) and t not in kept]
    return kept


def facts_for_model(summary: Summary) -> str:
    """What the model writes a lede from: the best-reported gifts and military claims, one line each with its
    id, the main disagreements and the coverage line; values as the facts hold them, each on one line."""
    ranking = Ranking(summary)
    lines = []
    for gift in ranking.ranked(summary.gifts, lambda g: g.sources)[:MAX_LISTED]:
        lines.append(f"[{gift.id}] gift: {_amount(gift)}{_parties(gift)} ({_articles(gift)})")
    for claim in ranking.ranked(summary.military, lambda m: m.sources)[:MAX_LISTED]:
        said = claim.claim.figure_text or (str(claim.claim.figure) if claim.claim.figure is not None else "")
        by = f", claimed by {claim.claim.claimed_by}" if claim.claim.claimed_by else ""
        lines.append(f"[{claim.id}] {claim.claim.claim_type}: {claim.claim.subject}{', ' * bool(said)}{said}{by}")
    for conflict in _main_disputes(summary, ranking):
        lines.append(_dispute(conflict, ranking).text.removesuffix(".") + f" [{', '.join(conflict.fact_ids)}]")
    if summary.articles:
        lines.append("Coverage: " + _coverage(summary).text)
    return "\n".join(" ".join(line.split()) for line in lines)


def _parties(gift: MergedGift) -> str:
    given = gift.gift
    return (f", given by {given.giver}" if given.giver else "") + (f" to {given.recipient}" if given.recipient else "")


def _articles(fact: MergedGift) -> str:
    count = len({s.article_id for s in fact.sources})
    return f"{count} article{'s' * (count != 1)}"


def _main_disputes(summary: Summary, ranking: Ranking) -> list[Conflict]:
    """The MAX_DISPUTES disagreements of different numbers that the most independent reports state."""
    numeric = [c for c in summary.conflicts if _numbers_differ(c)]
    weight = {c.id: ranking.weight(s for v in c.values for s in v.sources) for c in numeric}
    return sorted(numeric, key=lambda c: (-weight[c.id][0], -weight[c.id][1]))[:MAX_DISPUTES]


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
    them holds, the item of a fact it does not cite, or a cited id the brief lacks. A sentence citing no fact
    may state only the coverage counts."""
    facts: dict[str, MergedGift | MergedClaim] = {g.id: g for g in summary.gifts}
    facts.update((m.id, m) for m in summary.military)
    unknown = [i for i in sentence.fact_ids if i not in facts]
    if unknown:
        return [f"cites {', '.join(unknown)}, which the brief does not hold"]
    if not sentence.fact_ids:
        held = _coverage(summary).text if summary.articles else ""
        found = [f"number {n} is no coverage count" for n in _NUMBER.findall(sentence.text) if n not in held]
        return found + [f"name {w} is no coverage count" for w in _names(sentence.text) if w not in held]
    cited = [facts[i] for i in sentence.fact_ids]
    disputes = [c for c in summary.conflicts if set(c.fact_ids) & set(sentence.fact_ids)]
    held = " ".join([_stated(f) for f in cited] + [_claimed(c) for c in disputes])
    found = [f"number {n} is in none of the cited facts" for n in _NUMBER.findall(sentence.text) if n not in held]
    found += [f"name {w} is in none of the cited facts" for w in _names(sentence.text) if w not in held]
    return found + [f"item {w} is of a fact it does not cite" for w in _items_elsewhere(sentence, summary, held)]


def _names(text: str) -> list[str]:
    """The capitalised words of a sentence, but its first (the sentence's own capital)."""
    return [m.group() for m in _NAME.finditer(text) if m.start() > 0]


def _items_elsewhere(sentence: LedeSentence, summary: Summary, held: str) -> list[str]:
    """Words of the items of gifts the sentence does not cite that it writes and its cited facts lack: an item
    the lede gives to facts that do not state it."""
    words = set(WORD_OF_THREE.findall(sentence.text.lower()))
    held_words = set(WORD_OF_THREE.findall(held.lower()))
    others = [g.gift.item for g in summary.gifts if g.id not in sentence.fact_ids]
    named = {w for item in others for w in WORD_OF_THREE.findall(item.lower()) if w not in STOP_WORDS}
    return sorted(named & words - held_words)


def _stated(fact: MergedGift | MergedClaim) -> str:
    """What a merged fact states, without its quotes, offsets or trace: a number or a name that only a quote
    holds ("2024" of a date, an offset) is no value of the fact."""
    stated = fact.gift if isinstance(fact, MergedGift) else fact.claim
    return stated.model_dump_json(exclude={"evidence"})


def _claimed(conflict: Conflict) -> str:
    """What a disagreement states: its topic, and each value with its wordings and claimants."""
    return " ".join([conflict.topic, *(f"{v.value} {v.wordings} {v.claimants}" for v in conflict.values)])
