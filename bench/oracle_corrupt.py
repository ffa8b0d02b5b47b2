"""The corrupting stand-in: an oracle reply with labelled errors injected at a fixed seed, one of each class an
article's own data can build, and the judge that reads a brief to say whether each error was caught (dropped,
or the true fact kept in its place) or let through."""

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from oracle_gold import Entry, Event, GoldArticle, Sentence, entry_of, role_of, subject_of

from summariser.quality.scoring import _found, _matches
from summariser.schemas import MergedClaim, MergedGift, ResolvedActor, Source, Summary

CLASSES = (
    "wrong_number",
    "number_from_other_sentence",
    "item_swapped",
    "unstated_sentence",
    "invented_person",
    "place_as_actor",
    "role_from_neighbour",
    "arms_as_gift",
    "projection_as_deployment",
    "claim_from_other_article",
)
INVENTED = ("Marta Ilvessalo", "Tobias Wrenfield", "Ilse Vandermeer", "Oskar Delacroix-Hunt", "Petra Solheimova")
"""People no article of any set names (checked per article before use)."""
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[,.\u00a0 ]\d{3})+(?![\d])|(?<![\w.,])\d+(?![\d])")


@dataclass(frozen=True)
class Injection:
    """One labelled error: its class, where it was put, and what the brief would show if it got through."""

    label: str
    article: str
    kind: str  # gift | actor | military
    what: str  # an item, a name, a claim type
    value: int | None
    sentence: tuple[int, int]  # offsets of the sentence the wrong entry cites
    fact: dict[str, Any] | None = None  # the true fact it replaces, if any
    role: str | None = None


@dataclass(frozen=True)
class Context:
    """What an article's corruption may draw on."""

    event: Event
    article: GoldArticle
    sentences: list[Sentence]


def _value(fact: dict[str, Any]) -> int | None:
    value = fact.get("quantity", fact.get("figure"))
    return value if isinstance(value, int) else None


def numbers_in(text: str) -> set[int]:
    """Whole numbers written in digits ("12,000", "20.000", "447")."""
    return {int(re.sub(r"\D", "", m)) for m in _NUMBER.findall(text)}


def _held(article: GoldArticle, kind: str, what: str, value: int | None) -> bool:
    """Whether the annotation gives the article `value` for an item word / claim type (what the scorer
    would count as right)."""
    for fact in article.facts:
        if fact["kind"] != kind or _value(fact) != value:
            continue
        if (kind == "gift" and (fact["item"] in what or what in fact["item"])) or fact.get("claim_type") == what:
            return True
    return False


def _what(fact: dict[str, Any]) -> str:
    return str(fact.get("item") or fact.get("name") or fact.get("claim_type"))


def _span(s: Sentence) -> tuple[int, int]:
    return (s.start, s.end)


def _replaced(label: str, entry: Entry, values: list[Any], value: int | None, what: str | None = None) -> Injection:
    assert entry.fact is not None and entry.sentence is not None
    entry.values = values
    entry.notes.append(label)
    kind = entry.fact["kind"]
    return Injection(
        label, entry.fact["article"], kind, what or _what(entry.fact), value, _span(entry.sentence), entry.fact
    )


def wrong_number(ctx: Context, entries: list[Entry], rng: random.Random) -> Injection | str:
    """A gift's quantity or a claim's figure changed to a number neither its sentence nor the annotation holds."""
    for entry in entries:
        fact, value = entry.fact, _value(entry.fact or {})
        if fact is None or value is None or entry.sentence is None:
            continue
        written = numbers_in(entry.sentence.text)
        options = [v for v in (value + 1, value * 2, value + 10, value * 3 + 1) if v not in written]
        options = [v for v in options if not _held(ctx.article, fact["kind"], _what(fact), v)]
        if options:
            wrong = rng.choice(options)
            return _replaced("wrong_number", entry, [*entry.values[:-1], wrong], wrong)
    return "no annotated number"


def number_from_other_sentence(ctx: Context, entries: list[Entry], rng: random.Random) -> Injection | str:
    """A gift's quantity or a claim's figure replaced by a number another sentence of the article writes."""
    for entry in entries:
        fact, value = entry.fact, _value(entry.fact or {})
        if fact is None or value is None or entry.sentence is None:
            continue
        here = numbers_in(entry.sentence.text)
        elsewhere = sorted(
            {n for s in ctx.sentences if s.number != entry.sentence.number for n in numbers_in(s.text)} - here - {value}
        )
        elsewhere = [n for n in elsewhere if 0 < n < 10**12 and not _held(ctx.article, fact["kind"], _what(fact), n)]
        if elsewhere:
            other = rng.choice(elsewhere)
            return _replaced("number_from_other_sentence", entry, [*entry.values[:-1], other], other)
    return "no other sentence writes a number in digits"


def item_swapped(ctx: Context, entries: list[Entry], rng: random.Random) -> Injection | str:
    """A gift's item swapped for another gift item of the article (its quantity kept, and the swapped pair no
    annotated fact of the article)."""
    items = sorted({f["item"] for f in ctx.article.facts if f["kind"] == "gift"})
    for entry in entries:
        fact = entry.fact
        if fact is None or fact["kind"] != "gift" or _value(fact) is None:
            continue
        others = [i for i in items if i != fact["item"] and not _held(ctx.article, "gift", i, _value(fact))]
        others = [i for i in others if fact["item"] not in i and i not in fact["item"]]
        if others:
            other = rng.choice(others)
            return _replaced("item_swapped", entry, [entry.values[0], other, _value(fact)], _value(fact), other)
    return "fewer than two gift items with different quantities"


def _same_key(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["kind"] == b["kind"] and _what(a) == _what(b) and _value(a) == _value(b)


def unstated_sentence(ctx: Context, entries: list[Entry], rng: random.Random) -> Injection | str:
    """A fact cited to a sentence that does not state it: no annotated fact of the same thing lies in it, and it
    writes neither the fact's number nor a word of the name."""
    for entry in entries:
        fact = entry.fact
        if fact is None or entry.sentence is None:
            continue
        same = [f for f in ctx.article.facts if _same_key(f, fact)]
        quoted = [(i, i + len(f["quote"])) for f in same if (i := ctx.article.text.find(f["quote"])) >= 0]
        value = _value(fact)
        words = [w for w in re.split(r"[\s-]+", str(fact.get("name") or fact.get("item") or "")) if len(w) > 2]
        free = [
            s
            for s in ctx.sentences
            if not any(s.start < end and s.end > start for start, end in quoted)
            and (value is None or value not in numbers_in(s.text))
            and not any(w.lower() in s.text.lower() for w in words)
            and len(s.text) > 20
        ]
        if free:
            wrong = rng.choice(free)
            entry.sentence = wrong
            return _replaced("unstated_sentence", entry, [wrong.number, *entry.values[1:]], value)
    return "no sentence free of the fact"


def invented_person(ctx: Context, entries: list[Entry], rng: random.Random) -> Injection | str:
    """A person no article names, as an actor of a sentence of the article."""
    names = [n for n in INVENTED if n.split()[-1] not in ctx.article.text]
    if not names or not ctx.sentences:
        return "no name free"
    name, sentence = rng.choice(names), rng.choice(ctx.sentences)
    entries.append(Entry("actors", [sentence.number, name, "spokesperson", None, None], None, sentence, ["added"]))
    return Injection("invented_person", ctx.article.id, "actor", name, None, _span(sentence))


def place_as_actor(ctx: Context, entries: list[Entry], rng: random.Random) -> Injection | str:
    """A country or place the annotation lists as no actor, as an actor of a sentence that names it."""
    places = [str(p) for p in ctx.event.gold.get("non_actors", [])]
    found = [(p, s) for p in places for s in ctx.sentences if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", s.text)]
    if not found:
        return "the article names no annotated non-actor"
    place, sentence = rng.choice(found)
    entries.append(Entry("actors", [sentence.number, place, None, None, None], None, sentence, ["added"]))
    return Injection("place_as_actor", ctx.article.id, "actor", place, None, _span(sentence))


def role_from_neighbour(ctx: Context, entries: list[Entry], rng: random.Random) -> Injection | str:
    """An actor given the annotated role of another actor of the article."""
    actors = [e for e in entries if e.fact is not None and e.fact["kind"] == "actor" and e.sentence is not None]
    roles = {r for e in actors if (r := role_of(e.fact or {}))}
    for entry in actors:
        own = role_of(entry.fact or {})
        others = sorted(r for r in roles if own is None or r.lower() != own.lower())
        if others:
            role = rng.choice(others)
            injection = _replaced("role_from_neighbour", entry, [*entry.values[:2], role, *entry.values[3:]], None)
            return replace(injection, role=role)
    return "fewer than two actors with different roles"


def arms_as_gift(ctx: Context, entries: list[Entry], rng: random.Random) -> Injection | str:
    """An annotated supply of arms filed as a gift of what is supplied, in the claim's sentence."""
    from summariser.lang.en import nlp

    arms = [e for e in entries if e.fact is not None and e.fact.get("claim_type") == "arms" and e.sentence]
    if not arms:
        return "no annotated arms claim"
    entry = rng.choice(arms)
    assert entry.fact is not None and entry.sentence is not None
    chunks = list(nlp.parse(subject_of(entry.fact)).noun_chunks)
    item = chunks[0].text if chunks else subject_of(entry.fact)
    entries.append(Entry("gifts", [entry.sentence.number, item, _value(entry.fact)], None, entry.sentence, ["added"]))
    return Injection("arms_as_gift", ctx.article.id, "gift", item, _value(entry.fact), _span(entry.sentence))


def projection_as_deployment(ctx: Context, entries: list[Entry], rng: random.Random) -> Injection | str:
    """An annotated projection ("could reach 100,000") filed as a deployment: only where the annotation marks
    a figure as a projection."""
    marked = [
        e
        for e in entries
        if e.fact is not None
        and e.fact["kind"] == "military"
        and e.fact.get("claim_type") != "troop_deployment"
        and "projection" in f"{e.fact.get('note', '')} {e.fact.get('counts', '')}".lower()
    ]
    if not marked:
        return "no figure annotated as a projection"
    entry = rng.choice(marked)
    assert entry.fact is not None
    return _replaced("projection_as_deployment", entry, [entry.values[0], "troop_deployment", *entry.values[2:]],
                     _value(entry.fact), "troop_deployment")  # fmt: skip


def claim_from_other_article(ctx: Context, entries: list[Entry], rng: random.Random) -> Injection | str:
    """A military figure of another article of the event that this article neither writes nor is annotated
    with, cited to one of its sentences."""
    own = numbers_in(ctx.article.text)
    foreign = [
        f
        for a in ctx.event.articles
        if a.id != ctx.article.id
        for f in a.facts
        if f["kind"] == "military"
        and (v := _value(f)) is not None
        and v not in own
        and not _held(ctx.article, "military", f["claim_type"], v)
    ]
    if not foreign or not ctx.sentences:
        return "no other article's figure is foreign to it"
    fact, sentence = rng.choice(foreign), rng.choice(ctx.sentences)
    claim = entry_of(fact, sentence)
    claim.fact, claim.notes = None, ["added"]
    entries.append(claim)
    return Injection("claim_from_other_article", ctx.article.id, "military", fact["claim_type"], _value(fact),
                     _span(sentence))  # fmt: skip


BUILDERS: dict[str, Callable[[Context, list[Entry], random.Random], Injection | str]] = {
    "wrong_number": wrong_number,
    "number_from_other_sentence": number_from_other_sentence,
    "item_swapped": item_swapped,
    "unstated_sentence": unstated_sentence,
    "invented_person": invented_person,
    "place_as_actor": place_as_actor,
    "role_from_neighbour": role_from_neighbour,
    "arms_as_gift": arms_as_gift,
    "projection_as_deployment": projection_as_deployment,
    "claim_from_other_article": claim_from_other_article,
}


def corrupt(ctx: Context, entries: list[Entry], seed: int) -> tuple[list[Entry], list[Injection], dict[str, str]]:
    """The reply with one error of each class the article can build (no true entry corrupted twice); the
    injections, and why each other class could not be built. The same seed and article give the same errors."""
    rng = random.Random(f"{seed}:{ctx.article.id}:{ctx.sentences[0].start if ctx.sentences else 0}")
    injected: list[Injection] = []
    not_built: dict[str, str] = {}
    for label in CLASSES:
        candidates = [e for e in entries if e.fact is not None and not e.notes]  # true entries not yet changed
        rng.shuffle(candidates)
        result = BUILDERS[label](ctx, candidates, rng)
        if isinstance(result, str):
            not_built[label] = result
        else:
            injected.append(result)
        entries.extend(e for e in candidates if e.notes == ["added"] and all(e is not x for x in entries))
    return entries, injected, not_built


def _cites(sources: list[Source], article: str, span: tuple[int, int] | None = None) -> bool:
    return any(s.article_id == article and (span is None or (s.start >= span[0] and s.end <= span[1])) for s in sources)


def _names(actor: ResolvedActor) -> list[str]:
    return [n.lower() for n in (actor.name, *actor.aliases, actor.romanised or "")]


def let_through(inj: Injection, summary: Summary, article: GoldArticle) -> bool:
    """Whether the brief shows the injected error as a fact of its article."""
    if inj.label in ("wrong_number", "number_from_other_sentence", "item_swapped", "claim_from_other_article",
                     "projection_as_deployment"):  # fmt: skip
        valued: list[MergedGift | MergedClaim] = [*summary.gifts, *summary.military]
        return any(_shows_value(e, inj) for e in valued)
    if inj.label == "unstated_sentence":
        assert inj.fact is not None
        entries: list[MergedGift | MergedClaim | ResolvedActor] = [*summary.gifts, *summary.military, *summary.actors]
        return any(_matches(e, inj.fact) and _cites(e.sources, inj.article, inj.sentence) for e in entries
                   if _kind(e) == inj.kind)  # fmt: skip
    if inj.label in ("invented_person", "place_as_actor"):
        word = inj.what.lower() if inj.label == "place_as_actor" else inj.what.split()[-1].lower()
        return any(
            _cites(a.sources, inj.article)
            and any(n == word or (inj.label == "invented_person" and word in n.split()) for n in _names(a))
            for a in summary.actors
        )
    if inj.label == "role_from_neighbour":
        assert inj.fact is not None and inj.role is not None
        role = inj.role.lower()
        return any(
            _matches(a, inj.fact) and _cites(a.sources, inj.article) and role in [r.lower() for r in a.roles]
            for a in summary.actors
        )
    stated = [f for f in article.facts if f["kind"] == "gift"]
    return any(
        _cites(g.sources, inj.article, inj.sentence) and not any(_matches(g, f) for f in stated) for g in summary.gifts
    )  # arms_as_gift: a gift from the claim's sentence that no annotated gift is


def _kind(entry: MergedGift | MergedClaim | ResolvedActor) -> str:
    return "gift" if isinstance(entry, MergedGift) else "military" if isinstance(entry, MergedClaim) else "actor"


def _shows_value(entry: MergedGift | MergedClaim, inj: Injection) -> bool:
    if not _cites(entry.sources, inj.article):
        return False
    if isinstance(entry, MergedGift):
        return inj.kind == "gift" and inj.what in entry.gift.item.lower() and entry.gift.quantity == inj.value
    return inj.kind == "military" and entry.claim.claim_type == inj.what and entry.claim.figure == inj.value


def kept_true(inj: Injection, summary: Summary) -> bool:
    """Whether the true fact an error replaced is in the brief with its article cited: corrected or
    re-cited rather than merely dropped."""
    return inj.fact is not None and _found(summary, inj.fact)
