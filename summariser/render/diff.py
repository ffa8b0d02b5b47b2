"""What changed between two briefs of one event: new facts, new sources for known facts, new or changed
disagreements, dropped facts, as Markdown or JSON.

Facts are matched across briefs by what they state, never by id (ids are positional): a gift by its item,
amount and date, a claim by its type, subject and figure, an actor by any name or spelling the two share. A
source is matched by its article and offsets, an article by its id, a disagreement by its kind and topic.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summariser.render.markdown import fact_text, inline
from summariser.schemas import Conflict, MergedClaim, MergedGift, ResolvedActor, Source, Summary

Kind = Literal["gift", "military", "actor"]
Fact = MergedGift | MergedClaim | ResolvedActor


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FactChange(_Strict):
    """A fact only one brief holds, or one both hold that the newer cites in more places."""

    kind: Kind
    id: str = Field(description="The fact's id in the brief that holds it (the newer one where both do).")
    old_id: str | None = Field(default=None, description="Its id in the older brief, where it was there.")
    what: str = Field(description="The fact in plain words: '2 bears', 'troop deployment: 8,000 soldiers'.")
    sources: list[Source] = Field(description="New facts and new sources: the sources added; dropped: all it had.")


class ValueChange(_Strict):
    """One value of a disagreement that is new, or that more articles state."""

    value: str
    new: bool = Field(description="The older brief's disagreement did not have this value.")
    sources: list[Source] = Field(description="The sources added for it.")


class ConflictChange(_Strict):
    """A disagreement that is new, changed (values or sources added or gone) or gone."""

    kind: Literal["gift", "military"]
    topic: str
    status: Literal["new", "changed", "gone"]
    values: list[ValueChange] = Field(default_factory=list)
    removed_values: list[str] = Field(default_factory=list)


class BriefDiff(_Strict):
    """Everything the newer brief says that the older did not, and what it no longer says."""

    old_articles: int
    new_articles: int
    added_articles: list[str] = Field(description="Ids of articles only the newer brief read.")
    removed_articles: list[str] = Field(description="Ids of articles only the older brief read.")
    new_facts: list[FactChange]
    new_sources: list[FactChange]
    conflicts: list[ConflictChange]
    dropped_facts: list[FactChange]


def _fold(text: str | int | None) -> str:
    return " ".join(str(text).split()).casefold() if text is not None else ""


def _key(fact: MergedGift | MergedClaim) -> tuple[str, ...]:
    """What a gift or claim states: kind, item or subject, amount (and a gift's date)."""
    if isinstance(fact, MergedGift):
        g = fact.gift
        return ("gift", _fold(g.item), _fold(g.quantity), _fold(g.quantity_text), _fold(g.date))
    c = fact.claim
    return ("military", c.claim_type, _fold(c.subject), _fold(c.figure), _fold(c.figure_text))


def _names(actor: ResolvedActor) -> set[str]:
    return {_fold(n) for n in (actor.name, *actor.aliases, *(s.text for s in actor.spellings))}


def _where(source: Source) -> tuple[str, int, int]:
    return (source.article_id, source.start, source.end)


def _what(fact: Fact) -> str:
    if isinstance(fact, ResolvedActor):
        return fact.name
    if isinstance(fact, MergedGift):
        return " ".join(p for p in (fact.gift.quantity_text or "", fact.gift.item) if p)
    c = fact.claim
    return f"{c.claim_type.replace('_', ' ')}: " + " ".join(p for p in (c.figure_text or "", c.subject) if p)


def _kind(fact: Fact) -> Kind:
    return "gift" if isinstance(fact, MergedGift) else "military" if isinstance(fact, MergedClaim) else "actor"


def _pairs(old: Sequence[Fact], new: Sequence[Fact]) -> list[tuple[Fact | None, Fact | None]]:
    """Old and new facts matched by content, in the newer brief's order, then the old ones left unmatched."""
    pairs: list[tuple[Fact | None, Fact | None]] = []
    unmatched = list(old)
    keyed: dict[tuple[str, ...], list[Fact]] = defaultdict(list)
    for fact in old:
        if not isinstance(fact, ResolvedActor):
            keyed[_key(fact)].append(fact)
    for fact in new:
        twin: Fact | None
        if isinstance(fact, ResolvedActor):
            twin = next((o for o in unmatched if isinstance(o, ResolvedActor) and _names(o) & _names(fact)), None)
        else:
            twin = next((o for o in keyed[_key(fact)] if o in unmatched), None)
        if twin is not None:
            unmatched.remove(twin)
        pairs.append((twin, fact))
    return pairs + [(o, None) for o in unmatched]


def _facts(summary: Summary) -> list[Fact]:
    return [*summary.gifts, *summary.military, *summary.actors]


def _change(fact: Fact, sources: Iterable[Source], old_id: str | None = None) -> FactChange:
    return FactChange(kind=_kind(fact), id=fact.id, old_id=old_id, what=_what(fact), sources=list(sources))


def _conflict_changes(old: list[Conflict], new: list[Conflict]) -> list[ConflictChange]:
    before = {(c.kind, c.topic): c for c in old}
    changes = []
    for conflict in new:
        was = before.pop((conflict.kind, conflict.topic), None)
        had = {v.value: {_where(s) for s in v.sources} for v in (was.values if was else [])}
        values = [
            ValueChange(value=v.value, new=v.value not in had, sources=fresh)
            for v in conflict.values
            if (fresh := [s for s in v.sources if _where(s) not in had.get(v.value, set())])
        ]
        removed = sorted(set(had) - {v.value for v in conflict.values})
        if was is None or values or removed:
            status: Literal["new", "changed"] = "new" if was is None else "changed"
            changes.append(
                ConflictChange(kind=conflict.kind, topic=conflict.topic, status=status, values=values,
                               removed_values=removed)
            )  # fmt: skip
    changes += [ConflictChange(kind=c.kind, topic=c.topic, status="gone") for c in before.values()]
    return changes


def diff(old: Summary, new: Summary) -> BriefDiff:
    """What `new` adds to `old`, and what it no longer holds."""
    new_facts, new_sources, dropped = [], [], []
    for was, now in _pairs(_facts(old), _facts(new)):
        if now is None and was is not None:
            dropped.append(_change(was, was.sources))
        elif was is None and now is not None:
            new_facts.append(_change(now, now.sources))
        elif was is not None and now is not None:
            known = {_where(s) for s in was.sources}
            if fresh := [s for s in now.sources if _where(s) not in known]:
                new_sources.append(_change(now, fresh, was.id))
    old_ids, new_ids = [a.id for a in old.articles], [a.id for a in new.articles]
    return BriefDiff(
        old_articles=len(old_ids),
        new_articles=len(new_ids),
        added_articles=[i for i in new_ids if i not in set(old_ids)],
        removed_articles=[i for i in old_ids if i not in set(new_ids)],
        new_facts=new_facts,
        new_sources=new_sources,
        conflicts=_conflict_changes(old.conflicts, new.conflicts),
        dropped_facts=dropped,
    )


def _quoted(sources: Sequence[Source], numbers: dict[str, int]) -> str:
    """'source 5 (004_...): “quote”; ...' for each source."""
    return "; ".join(
        f"source {numbers.get(s.article_id, 0)} ({inline(s.article_id)}): “{inline(s.quote)}”" for s in sources
    )


def _fact_line(change: FactChange, facts: dict[str, Fact], numbers: dict[str, int]) -> str:
    fact = facts.get(change.id)
    shown = fact_text(fact) if isinstance(fact, MergedGift | MergedClaim) else f"**{inline(change.what)}**"
    ids = f"{change.old_id} → {change.id}" if change.old_id and change.old_id != change.id else change.id
    return f"- {change.kind} {ids}: {shown} — {_quoted(change.sources, numbers)}"


def render_diff(changes: BriefDiff, old: Summary, new: Summary, fmt: str = "md") -> str:
    """The changes as JSON, or as a Markdown report (every outside string escaped)."""
    if fmt == "json":
        return changes.model_dump_json(indent=2) + "\n"
    numbers = {a.id: i for i, a in enumerate(new.articles, 1)} | {
        a.id: i for i, a in enumerate(old.articles, 1) if a.id not in {b.id for b in new.articles}
    }
    titles = {a.id: a.title for a in (*old.articles, *new.articles)}
    lines = [f"# What changed: {changes.old_articles} → {changes.new_articles} articles", ""]
    for label, ids in (("New articles", changes.added_articles), ("Articles no longer read", changes.removed_articles)):
        lines += [f"{label}: " + "; ".join(f"source {numbers[i]} ({inline(i)}: {inline(titles[i]) or '(untitled)'})"
                                           for i in ids), ""] if ids else []  # fmt: skip
    sections = (
        ("New facts", changes.new_facts, _facts(new)),
        ("New sources for known facts", changes.new_sources, _facts(new)),
        ("Dropped facts", changes.dropped_facts, _facts(old)),
    )
    for title, items, facts in sections[:2]:
        by_id = {f.id: f for f in facts}
        lines += [f"## {title} ({len(items)})", "", *(_fact_line(c, by_id, numbers) for c in items), ""]
    lines += [f"## Disagreements ({len(changes.conflicts)})", ""]
    for c in changes.conflicts:
        values = "; ".join(
            f"**{inline(v.value)}**{' (new value)' if v.new else ''} per {_quoted(v.sources, numbers)}"
            for v in c.values
        )
        gone = f"; no longer stated: {inline(', '.join(c.removed_values))}" if c.removed_values else ""
        lines.append(f"- {c.status}: {inline(c.topic).capitalize()}" + (f": {values}" if values else "") + gone)
    title, items, facts = sections[2]
    by_id = {f.id: f for f in facts}
    lines += ["", f"## {title} ({len(items)})", "", *(_fact_line(c, by_id, numbers) for c in items), ""]
    return "\n".join(lines)
