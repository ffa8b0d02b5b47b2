"""How actors resolve across articles (pure: no I/O, no model).

Actors resolve across spellings and scripts by the rules of summariser/names/ ("Kim Jong-Un" = "Kim Jung Un",
"Владимир Путин" = "Vladimir Putin", "Mr Kozlov" = "Alexander Kozlov"), and two people who share a surname are
never merged."""

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from summariser import rules
from summariser.facts import GroundedFact
from summariser.kinds.actor.schema import Actor, ResolvedActor, Spelling, Statement
from summariser.kinds.merging import fact_order, source_order, trace, unique_sources
from summariser.names import cluster_names, in_latin_script, romanised, written_span
from summariser.schemas import Decision, Source


def resolve_actors(facts: list[GroundedFact], spellings: Mapping[str, str]) -> list[ResolvedActor]:
    """Cluster actor facts by name across spellings and scripts (summariser/names/: code decides,
    never two people sharing a surname). Names are compared once per distinct pair, so thousands of
    mentions of a few dozen people stay linear in the number of facts."""
    by_name: dict[str, list[GroundedFact]] = defaultdict(list)
    for fact in facts:
        by_name[_name(fact).strip()].append(fact)
    clusters = cluster_names(by_name, {name: len(found) for name, found in by_name.items()})
    grouped = [sorted((f for n in c for f in by_name[n]), key=fact_order) for c in clusters]
    grouped.sort(key=lambda c: source_order(c[0].source))
    return [_actor(f"a{i}", cluster, spellings) for i, cluster in enumerate(grouped, 1)]


def _name(fact: GroundedFact) -> str:
    assert isinstance(fact.fact, Actor)
    return fact.fact.name


def _actor(actor_id: str, cluster: list[GroundedFact], spellings: Mapping[str, str]) -> ResolvedActor:
    actors = [f.fact for f in cluster if isinstance(f.fact, Actor)]
    written = Counter(a.name.strip() for a in actors)
    english = Counter(spellings[n] for n in written.elements() if n in spellings)
    names = written + english
    spelt = _spellings(cluster)
    quoted = {s.text for s in spelt}
    # the brief is read in English: an article's Latin spelling comes first ("Joe Biden", not "Џо Бајден"),
    # a form a sentence writes before the model's own rendering of another script ("Erdoğan", not "Erntogán"
    # for "Ερντογάν"), then the checked English spelling of a name no article writes in Latin letters
    name = max(names, key=lambda n: (in_latin_script(n), n in quoted, n in written, names[n], len(n), n))
    statements = {
        (f.said.article_id, f.said.start): Statement(text=f.said.quote, source=f.said)
        for f in cluster
        if f.said is not None
    }
    return ResolvedActor(
        id=actor_id,
        name=name,
        aliases=sorted(n for n in written if n != name),
        spellings=spelt,
        romanised=None if in_latin_script(name) else romanised(name),
        roles=_distinct(a.role for a in actors),
        organisations=_distinct(a.organisation for a in actors),
        countries=_distinct(a.country for a in actors),
        statements=[statements[k] for k in sorted(statements)],
        sources=unique_sources(f.source for f in cluster),
        trace=_actor_trace(cluster, written, name),
    )


def _actor_trace(cluster: list[GroundedFact], written: Counter[str], name: str) -> list[Decision]:
    """The decisions of every mention, then the spellings joined and the English spelling shown."""
    steps = trace(cluster, [])
    if len(written) > 1:
        detail = "one actor written " + ", ".join(repr(n) for n in sorted(written))
        steps.append(Decision(rule=rules.NAMES, action="merged", detail=detail))
    if name not in written:
        steps.append(Decision(rule=rules.ENGLISH_SPELLING, action="kept", detail=f"shown as {name!r}"))
    return steps


def _spellings(cluster: list[GroundedFact]) -> list[Spelling]:
    """Each form the cluster's sentences write the name in (names.written_span: "Владимир Путин", "Putin"; a
    body's name as written where the model named it in English by translation: "Weisse Haus"), or the actor's
    name where its sentence does not show it so, with the sources writing it; the form most sources write first.
    Each source once per form, found by its fields' values in a set (a list's `in` compared every pair: a name
    in every one of 1,000 reports cost half a million comparisons)."""
    sources: dict[str, list[Source]] = defaultdict(list)
    seen: set[tuple[str, tuple[object, ...]]] = set()
    for fact in cluster:
        quote = fact.source.quote
        span = written_span(_name(fact), quote) or _as_written(fact, quote)
        form = quote[span[0] : span[1]] if span else _name(fact).strip()
        key = (form, tuple(vars(fact.source).values()))  # what Source equality compares: every field
        if key not in seen:
            seen.add(key)
            sources[form].append(fact.source)
    return [
        Spelling(text=form, sources=found)
        for form, found in sorted(sources.items(), key=lambda item: (-len(item[1]), item[0]))
    ]


def _as_written(fact: GroundedFact, quote: str) -> tuple[int, int] | None:
    """Where the quote writes the name as the model copied it from there beside its English (an article not in
    English: "Weisse Haus" for the White House), case aside."""
    written = fact.fact.written if isinstance(fact.fact, Actor) else None
    found = re.search(re.escape(written), quote, re.IGNORECASE) if written else None
    return found.span() if found else None


def _distinct(values: Iterable[str | None]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        if value and value.strip():
            seen.setdefault(value.strip().lower(), value.strip())
    return sorted(seen.values(), key=str.lower)
