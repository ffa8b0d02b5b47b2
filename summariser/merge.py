"""Merge the grounded facts of all articles into one summary body (pure: no I/O, no model).

Rules (what a value measures decides what is compared):
- Gifts group by the item's head noun as the parse reads it ("bears" = "brown bears"), or by the thing
  it names (lang/concepts.py: "car" = "automobile", and so the "car" code read in "автомобиль"), split when
  both sides name different qualities ("black bears" != "brown bears"; an unqualified "bears" joins
  the one qualified group there is), and by occasion: the date the sentence attaches to the giving
  verb ("In April, Russia sent ..."), never a month word found elsewhere in the quote. A mention
  without a number stays apart from a counted one ("bears" beside "two bears"), so no source is
  shown stating a number it does not give.
- Military claims group by measure: claim type plus what the parse says the figure counts
  (a deployment, a projection, a force's size, casualties), so an army's size or a projection never
  meets a deployment figure. Claims without a figure merge only with claims of the same measure
  and head noun.
  A figure read without a parse (Reading.compared False: "31 tanques") is never compared with another; it
  joins the parsed figure of the same claim type, English head noun and number ("31 Abrams tanks"),
  or else the unparsed one; nouns for people in general are one noun there ("10 человек" =
  "10 prigionieri" = "10 prisoners"), as translations swap them.
- A disagreement is two or more different values of one measure. Values equal once qualifiers are
  read ("more than 70" and "70") are one value listing every wording; a fact one article states
  and another omits is no disagreement; an article that itself states two of the values is listed
  as contradicting itself. Every value lists its wordings, claimants and sources, all taken from
  grounded facts, so nothing the model says can add a source.
- Actors resolve across spellings and scripts by the rules of summariser/names/ ("Kim Jong-Un" =
  "Kim Jung Un", "Владимир Путин" = "Vladimir Putin", "Mr Kozlov" = "Alexander Kozlov"), and two
  people who share a surname are never merged.
Ids and order depend only on the facts, never on the order the articles came in.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from summariser import rules
from summariser.facts import GroundedFact, Reading
from summariser.lang.concepts import thing
from summariser.names import cluster_names, in_latin_script, romanised, written_span
from summariser.schemas import (
    Actor,
    Conflict,
    ConflictValue,
    Decision,
    Gift,
    MergedClaim,
    MergedGift,
    MilitaryClaim,
    ResolvedActor,
    Source,
    Spelling,
    Statement,
)

NAME_MATCH_RATIO = 85.0
ARTICLE_ITSELF = "the article itself"
_TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "leader", "secretary", "general", "the"}
_WORD = re.compile(r"[a-z0-9]+")
_ANY_PARTICIPANT = {"people", "person", "prisoner", "detainee", "individual"}


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
    ordered = sorted(facts, key=_fact_order)
    gifts, gift_conflicts = _merge_gifts([f for f in ordered if isinstance(f.fact, Gift)])
    claims, claim_conflicts = _merge_claims([f for f in ordered if isinstance(f.fact, MilitaryClaim)])
    actors = _resolve_actors([f for f in ordered if isinstance(f.fact, Actor)], spellings or {})
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


def _trace(members: list[GroundedFact], sources: list[Source], unstated: Sequence[Source] = ()) -> list[Decision]:
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


def reading_of(fact: GroundedFact) -> Reading:
    """The fact's reading; a fact grounded without one is read as its last word with no value."""
    if fact.reading is not None:
        return fact.reading
    words = _words(fact.fact.item if isinstance(fact.fact, Gift) else getattr(fact.fact, "subject", ""))
    return Reading(head=words[-1] if words else "")


# ---- values and disagreements ---------------------------------------------------------------------


def _value(fact: GroundedFact) -> str | None:
    """The value as compared across sources: the number with a unit word if stated ('25 species')."""
    reading = reading_of(fact)
    if reading.value is None:
        return None
    number = f"{reading.value:,}"
    return f"{number} {reading.unit}" if reading.unit else number


def _disagreement(kind: str, topic: str, members: list[tuple[str, GroundedFact]], by_value: dict[str, str]) -> Conflict:
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
                sources=_unique_sources(f.source for f in holders),
            )
        )
    values.sort(key=lambda v: _source_order(v.sources[0]))
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


# ---- gifts -------------------------------------------------------------------------------------


def gift_groups(facts: list[GroundedFact]) -> list[list[GroundedFact]]:
    """Gifts of the same item and occasion, in order of first source. A gift its sentence does not date
    joins the one dated gift of its item that has its number ("due cani Pungsan" with "a pair of Pungsan
    dogs in June"): nothing says it is another gift, and the number says it is that one."""
    by_head: dict[tuple[str, str], list[GroundedFact]] = defaultdict(list)
    for fact in facts:
        reading = reading_of(fact)
        by_head[(thing(reading.head, "en") or reading.head, reading.occasion or "")].append(fact)
    for (item, occasion), members in list(by_head.items()):
        dated = [key for key in by_head if key[0] == item and key[1]]
        if occasion or len(dated) != 1:
            continue
        values = {reading_of(f).value for f in by_head[dated[0]]} - {None}
        by_head[dated[0]].extend(f for f in members if reading_of(f).value in values)
        by_head[(item, occasion)] = [f for f in members if reading_of(f).value not in values]
    groups: list[list[GroundedFact]] = []
    for members in (m for m in by_head.values() if m):
        qualified = sorted({reading_of(f).modifiers for f in members if reading_of(f).modifiers}, key=sorted)
        clusters: dict[frozenset[str], list[GroundedFact]] = defaultdict(list)
        for fact in members:
            modifiers = reading_of(fact).modifiers
            home = next((q for q in qualified if modifiers and (modifiers <= q or q <= modifiers)), None)
            if home is None and not modifiers and len(qualified) == 1:
                home = qualified[0]
            clusters[home if home is not None else modifiers].append(fact)
        groups.extend(clusters.values())
    return sorted(groups, key=lambda g: _source_order(g[0].source))


def _merge_gifts(facts: list[GroundedFact]) -> tuple[list[MergedGift], list[Conflict]]:
    """One entry per item and number; where the sources of an item state one number and others none
    ("a car" beside "автомобиль"), the latter stand beside that entry as `unstated`, not as an entry."""
    merged: list[MergedGift] = []
    conflicts: list[Conflict] = []
    for group in gift_groups(facts):
        by_value: dict[str | None, list[GroundedFact]] = defaultdict(list)
        for fact in group:
            by_value[_value(fact)].append(fact)
        unstated = by_value.pop(None, []) if len(by_value) == 2 and None in by_value else []
        unstated_sources = _unique_sources(m.source for m in unstated)
        ids: dict[str, str] = {}
        for value, members in sorted(by_value.items(), key=lambda kv: _source_order(kv[1][0].source)):
            first = members[0].fact
            assert isinstance(first, Gift)
            fact_id = f"g{len(merged) + 1}"
            sources = _unique_sources(m.source for m in members)
            stating = {s.article_id for s in sources}
            beside = [s for s in unstated_sources if s.article_id not in stating]
            trace = _trace(members, sources, beside)
            merged.append(MergedGift(id=fact_id, gift=first, sources=sources, unstated=beside, trace=trace))
            if value is not None:
                ids[value] = fact_id
        if len(ids) > 1:
            reading = reading_of(group[0])
            item = group[0].fact.item.lower() if isinstance(group[0].fact, Gift) else reading.head
            when = f" ({reading.occasion})" if reading.occasion else ""
            members_with_values = [(v, f) for f in group if (v := _value(f)) is not None]
            conflicts.append(_disagreement("gift", f"number of {item} given{when}", members_with_values, ids))
    return merged, conflicts


# ---- military claims -----------------------------------------------------------------------------


def _merge_claims(facts: list[GroundedFact]) -> tuple[list[MergedClaim], list[Conflict]]:
    groups: dict[tuple[str, str, bool], list[GroundedFact]] = defaultdict(list)
    parsed: dict[tuple[str, str, str], tuple[str, str, bool]] = {}  # (type, noun class, value) -> a parsed key
    unparsed: dict[tuple[str, str, str], tuple[str, str, bool]] = {}  # the same, for figures read without a parse
    for fact in sorted(facts, key=lambda f: not reading_of(f).compared):
        reading = reading_of(fact)
        value = _value(fact)
        key = (
            reading.measure or _claim_type(fact),
            value if value is not None else f"-{reading.head}",
            reading.compared,
        )
        if reading.compared:
            parsed.setdefault((_claim_type(fact), _noun_class(reading.head), key[1]), key)
        else:  # "31 tanques" joins the parsed "31 Abrams tanks": same noun, same number; "10 человек" and
            # "10 prigionieri" join each other and a parsed "10 prisoners": people counted, same number
            same = (_claim_type(fact), _noun_class(reading.head), key[1])
            key = parsed[same] if same in parsed else unparsed.setdefault(same, key)
        groups[key].append(fact)
    merged: list[MergedClaim] = []
    figures: dict[str, dict[str, str]] = defaultdict(dict)
    members_by_measure: dict[str, list[tuple[str, GroundedFact]]] = defaultdict(list)
    for key in sorted(groups, key=lambda k: _source_order(groups[k][0].source)):
        members = groups[key]
        first = members[0].fact
        assert isinstance(first, MilitaryClaim)
        fact_id = f"m{len(merged) + 1}"
        sources = _unique_sources(m.source for m in members)
        merged.append(MergedClaim(id=fact_id, claim=first, sources=sources, trace=_trace(members, sources)))
        measure, value, compared = key
        if compared and not value.startswith("-"):
            figures[measure][value] = fact_id
            members_by_measure[measure].extend((value, m) for m in members)
    conflicts = [
        _disagreement("military", f"{measure.replace('_', ' ')} figures", members_by_measure[measure], ids)
        for measure, ids in sorted(figures.items())
        if len(ids) > 1
    ]
    return merged, conflicts


def _noun_class(head: str) -> str:
    """A counted noun as compared across languages: the nouns for people taking part in general ("people",
    "prisoners", "detainees", "individuals") are one class, since translations swap them; any other noun
    ("citizens", "Germans", "tanks") stands for itself."""
    return "people" if head in _ANY_PARTICIPANT else head


def _claim_type(fact: GroundedFact) -> str:
    assert isinstance(fact.fact, MilitaryClaim)
    return fact.fact.claim_type


# ---- actors ----------------------------------------------------------------------------------------


def _resolve_actors(facts: list[GroundedFact], spellings: Mapping[str, str]) -> list[ResolvedActor]:
    """Cluster actor facts by name across spellings and scripts (summariser/names/: code decides,
    never two people sharing a surname). Names are compared once per distinct pair, so thousands of
    mentions of a few dozen people stay linear in the number of facts."""
    by_name: dict[str, list[GroundedFact]] = defaultdict(list)
    for fact in facts:
        by_name[_name(fact).strip()].append(fact)
    clusters = cluster_names(by_name)
    grouped = [sorted((f for n in c for f in by_name[n]), key=_fact_order) for c in clusters]
    grouped.sort(key=lambda c: _source_order(c[0].source))
    return [_actor(f"a{i}", cluster, spellings) for i, cluster in enumerate(grouped, 1)]


def _name(fact: GroundedFact) -> str:
    assert isinstance(fact.fact, Actor)
    return fact.fact.name


def _actor(actor_id: str, cluster: list[GroundedFact], spellings: Mapping[str, str]) -> ResolvedActor:
    actors = [f.fact for f in cluster if isinstance(f.fact, Actor)]
    written = Counter(a.name.strip() for a in actors)
    english = Counter(spellings[n] for n in written.elements() if n in spellings)
    names = written + english
    # the brief is read in English: an article's Latin spelling comes first ("Joe Biden", not "Џо Бајден"),
    # then the checked English spelling of a name no article writes in Latin letters ("Kamala Harris")
    name = max(names, key=lambda n: (in_latin_script(n), n in written, names[n], len(n), n))
    statements = {
        (f.said.article_id, f.said.start): Statement(text=f.said.quote, source=f.said)
        for f in cluster
        if f.said is not None
    }
    return ResolvedActor(
        id=actor_id,
        name=name,
        aliases=sorted(n for n in written if n != name),
        spellings=_spellings(cluster),
        romanised=None if in_latin_script(name) else romanised(name),
        roles=_distinct(a.role for a in actors),
        organisations=_distinct(a.organisation for a in actors),
        countries=_distinct(a.country for a in actors),
        statements=[statements[k] for k in sorted(statements)],
        sources=_unique_sources(f.source for f in cluster),
        trace=_actor_trace(cluster, written, name),
    )


def _actor_trace(cluster: list[GroundedFact], written: Counter[str], name: str) -> list[Decision]:
    """The decisions of every mention, then the spellings joined and the English spelling shown."""
    steps = _trace(cluster, [])
    if len(written) > 1:
        detail = "one actor written " + ", ".join(repr(n) for n in sorted(written))
        steps.append(Decision(rule=rules.NAMES, action="merged", detail=detail))
    if name not in written:
        steps.append(Decision(rule=rules.ENGLISH_SPELLING, action="kept", detail=f"shown as {name!r}"))
    return steps


def _spellings(cluster: list[GroundedFact]) -> list[Spelling]:
    """Each form the cluster's sentences write the name in (names.written_span: "Владимир Путин", "Putin"),
    or the actor's name where its sentence does not show it so, with the sources writing it; the form
    most sources write first."""
    sources: dict[str, list[Source]] = defaultdict(list)
    for fact in cluster:
        quote = fact.source.quote
        span = written_span(_name(fact), quote)
        form = quote[span[0] : span[1]] if span else _name(fact).strip()
        if fact.source not in sources[form]:
            sources[form].append(fact.source)
    return [
        Spelling(text=form, sources=found)
        for form, found in sorted(sources.items(), key=lambda item: (-len(item[1]), item[0]))
    ]


def _distinct(values: Iterable[str | None]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        if value and value.strip():
            seen.setdefault(value.strip().lower(), value.strip())
    return sorted(seen.values(), key=str.lower)
