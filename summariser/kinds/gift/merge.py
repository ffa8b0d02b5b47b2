"""How gifts merge across articles (pure: no I/O, no model).

Gifts group by the item's head noun as the parse reads it ("bears" = "brown bears"), or by the thing it names
(lang/concepts.py: "car" = "automobile", and so the "car" code read in "автомобиль"), split when both sides name
different qualities ("black bears" != "brown bears"; an unqualified "bears" joins the one qualified group there
is), by occasion: the date the sentence attaches to the giving verb ("In April, Russia sent ..."), never a
month word found elsewhere in the quote, and by recipient where the parse names people of two surnames (a horse
given to Joe Biden in 2011 is not the one given to Barron Trump; a gift whose sentence names no person joins the
person's gift most articles state). A mention without a number stays apart from a counted one ("bears"
beside "two bears"), so no source is shown stating a number it does not give."""

from collections import defaultdict

from summariser.facts import GroundedFact
from summariser.kinds.gift.schema import Gift, MergedGift
from summariser.kinds.merging import disagreement, fact_order, reading_of, source_order, trace, unique_sources, value_of
from summariser.lang.concepts import thing
from summariser.names import fold_name, spelling_variant
from summariser.schemas import Conflict


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
        groups.extend(part for cluster in clusters.values() for part in _by_recipient(cluster))
    return sorted(groups, key=lambda g: source_order(g[0].source))


def _by_recipient(members: list[GroundedFact]) -> list[list[GroundedFact]]:
    """The members parted by the person the parse names as receiving the gift, where people of two or more
    surnames do, each with a full name (a bare surname, "Trump", tells no one apart; people of one surname are
    not told apart either: Donald and Barron Trump, or one person the NER model tags in part, "Tayyip Erdogan"
    and "Recep Erdogan"); a member whose sentence names no such person joins the part most articles state."""
    surnames: list[str] = []
    home: dict[str, int] = {}
    for name in sorted({r for f in members if (r := reading_of(f).recipient) and len(fold_name(r)) > 1}):
        last = fold_name(name)[-1]
        found = next((i for i, known in enumerate(surnames) if spelling_variant(known, last)), None)
        home[name] = len(surnames) if found is None else found
        if found is None:
            surnames.append(last)
    if len(surnames) < 2:
        return [members]
    parts: list[list[GroundedFact]] = [[] for _ in surnames]
    unnamed: list[GroundedFact] = []
    for fact in members:
        recipient = reading_of(fact).recipient
        (parts[home[recipient]] if recipient in home else unnamed).append(fact)
    parts.sort(key=lambda part: source_order(part[0].source))
    widest = max(parts, key=lambda part: len({f.source.article_id for f in part}))
    widest.extend(unnamed)
    widest.sort(key=fact_order)
    return parts


def merge_gifts(facts: list[GroundedFact]) -> tuple[list[MergedGift], list[Conflict]]:
    """One entry per item and number; where the sources of an item state one number and others none
    ("a car" beside "автомобиль"), the latter stand beside that entry as `unstated`, not as an entry."""
    merged: list[MergedGift] = []
    conflicts: list[Conflict] = []
    for group in gift_groups(facts):
        by_value: dict[str | None, list[GroundedFact]] = defaultdict(list)
        for fact in group:
            by_value[value_of(fact)].append(fact)
        unstated = by_value.pop(None, []) if len(by_value) == 2 and None in by_value else []
        unstated_sources = unique_sources(m.source for m in unstated)
        ids: dict[str, str] = {}
        for value, members in sorted(by_value.items(), key=lambda kv: source_order(kv[1][0].source)):
            first = _shown(members)
            fact_id = f"g{len(merged) + 1}"
            sources = unique_sources(m.source for m in members)
            stating = {s.article_id for s in sources}
            beside = [s for s in unstated_sources if s.article_id not in stating]
            steps = trace(members, sources, beside)
            merged.append(MergedGift(id=fact_id, gift=first, sources=sources, unstated=beside, trace=steps))
            if value is not None:
                ids[value] = fact_id
        if len(ids) > 1:
            reading = reading_of(group[0])
            item = group[0].fact.item.lower() if isinstance(group[0].fact, Gift) else reading.head
            when = f" ({reading.occasion})" if reading.occasion else ""
            members_with_values = [(v, f) for f in group if (v := value_of(f)) is not None]
            conflicts.append(disagreement("gift", f"number of {item} given{when}", members_with_values, ids))
    return merged, conflicts


def _shown(members: list[GroundedFact]) -> Gift:
    """The gift a merged entry shows: the first member's, with the giver and recipient of the first member whose
    sentence names them, and the first word an article in another language names the item by."""
    gifts = [m.fact for m in members if isinstance(m.fact, Gift)]
    named = next((g for g in gifts if g.giver or g.recipient), gifts[0])
    original = next((g.original for g in gifts if g.original), None)
    return gifts[0].model_copy(update={"giver": named.giver, "recipient": named.recipient, "original": original})
