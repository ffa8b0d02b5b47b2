"""Gift items that code knows no English word for, named by an English article's list of the same
numbers: "25 fagiani e 40 anatre" beside "25 pheasants and 40 ducks".

Few things have an emoji (lang/concepts.py: no pheasant), so an item the model copied untranslated
often cannot be read. But a translated wire story keeps its lists: where a gift's sentence and an
English gift's sentence hold the same numbers above one in the same order (at least two; in digits or
spelled out, load/numerals.numbers_at), the gift's number
stands at the same place as the English one's, at least one other number of the list counts the same
thing on both sides (anatre: 🦆, ducks: 🦆) and no number counts different things, the untranslated
word is the English gift's item. Code can justify that match; the model's word alone never merges.
Without one, the model's item stays as the article writes it ("fagiani"): true, beside its quote, if
not in English; a noun only the NLP layer listed is left out.
"""

from collections.abc import Mapping
from dataclasses import replace
from functools import cache

from summariser.facts import GroundedFact
from summariser.kinds.gift.schema import Gift
from summariser.lang.concepts import things_in
from summariser.lang.xx import items
from summariser.load.articles import Article
from summariser.load.numerals import numbers_at
from summariser.rules import by_finder, finder_rule
from summariser.schemas import Decision
from summariser.verify import checks

MIN_LISTED = 2
"""Numbers a sentence must hold for its list to be aligned with another's."""


def items_by_alignment(
    articles: Mapping[str, Article], facts: list[GroundedFact], run: list[GroundedFact]
) -> list[GroundedFact]:
    """The facts, each gift whose item was copied untranslated taking its English twin's item where an
    English gift's sentence among the `run`'s facts lists the same numbers (see the module docstring).
    Without a twin, the model's item stays as the article writes it, beside its verbatim quote; a noun
    the NLP layer listed (kinds/gift/finders/abroad.py) is left out, since no model or lexicon says it is a
    thing given ("25 specie di fagiani": species)."""
    english = cache(lambda: [f for f in run if _english_gift(articles, f)])  # gathered for the first copied item
    kept: list[GroundedFact] = []
    for fact in facts:
        code = _copied_from(articles, fact)
        twin = _twin(fact, code, english()) if code is not None else None
        if twin is not None:
            kept.append(replace(twin, trace=(*twin.trace, _named(fact, twin))))
        elif code is None or not by_finder(fact.source.origin):
            kept.append(fact)
    return kept


def _named(fact: GroundedFact, twin: GroundedFact) -> Decision:
    """The step of a gift's trace that names its item by its English twin's."""
    assert isinstance(fact.fact, Gift) and isinstance(twin.fact, Gift)
    detail = f"item {fact.fact.item!r} named {twin.fact.item!r} by an English list of the same numbers"
    rule = finder_rule("aligned_items")
    return Decision(rule=rule, action="corrected", article_id=fact.source.article_id, detail=detail)


def _english_gift(articles: Mapping[str, Article], fact: GroundedFact) -> bool:
    article = articles.get(fact.source.article_id)
    return (
        isinstance(fact.fact, Gift)
        and article is not None
        and fact.reading is not None
        and checks.english_at(article, fact.source.start, fact.source.end)
    )


def _copied_from(articles: Mapping[str, Article], fact: GroundedFact) -> str | None:
    """The language of a gift's foreign sentence where the model copied its item from it, else None."""
    article = articles.get(fact.source.article_id)
    if article is None or not isinstance(fact.fact, Gift):
        return None
    code = checks.foreign_language(article, fact.source.start, fact.source.end)
    return code if code is not None and items.untranslated(fact.fact.item, fact.source.quote) else None


def _twin(fact: GroundedFact, code: str, english: list[GroundedFact]) -> GroundedFact | None:
    """The gift with the item of the one English gift its list aligns with, or None."""
    gift, reading = fact.fact, fact.reading
    if not isinstance(gift, Gift) or reading is None or reading.value is None:
        return None
    twins = {
        (other.fact.item, other.reading.head, other.reading.modifiers): other
        for other in english
        if isinstance(other.fact, Gift)
        and other.reading is not None
        and other.reading.value == reading.value
        and _same_list(fact, code, other)
    }
    if len(twins) != 1:
        return None
    twin = next(iter(twins.values()))
    assert isinstance(twin.fact, Gift) and twin.reading is not None
    return replace(
        fact,
        fact=gift.model_copy(update={"item": twin.fact.item}),
        reading=replace(reading, head=twin.reading.head, modifiers=twin.reading.modifiers),
    )


def _same_list(gift: GroundedFact, code: str, english_gift: GroundedFact) -> bool:
    """Whether the two gifts' sentences hold the same numbers in the same order, the gift's number at the
    place of the English one's, another number counting the same thing and none counting only different
    ones: the numbers in digits, or all of them, spelled out too (a translation may spell out other ones)."""
    return any(_aligned(gift, code, english_gift, spelled=spelled) for spelled in (False, True))


def _aligned(gift: GroundedFact, code: str, english_gift: GroundedFact, *, spelled: bool) -> bool:
    sentence, english = gift.source.quote, english_gift.source.quote
    if gift.reading is None or english_gift.reading is None:
        return False
    listed, english_listed = _listed(sentence, code, spelled), _listed(english, "en", spelled)
    if len(listed) < MIN_LISTED or [v for v, _, _ in listed] != [v for v, _, _ in english_listed]:
        return False
    place = _place(listed, sentence, code, gift.reading.value, _item(gift))
    if place is None or place != _place(english_listed, english, "en", english_gift.reading.value, _item(english_gift)):
        return False
    ours = _things_counted(listed, sentence, code)
    theirs = _things_counted(english_listed, english, "en")
    pairs = [(a, b) for at, (a, b) in enumerate(zip(ours, theirs, strict=True)) if at != place and a and b]
    return bool(pairs) and all(a & b for a, b in pairs)


def _item(fact: GroundedFact) -> str:
    return fact.fact.item if isinstance(fact.fact, Gift) else ""


def _listed(sentence: str, code: str, spelled: bool) -> list[tuple[int, str, int]]:
    """The sentence's numbers above one, in digits (and spelled out, if `spelled`); "un leone" and "an
    African lion" may or may not be read as a number, so one is left out on both sides."""
    return [n for n in numbers_at(sentence, code) if n[0] > 1 and (spelled or n[1][:1].isdigit())]


def _place(listed: list[tuple[int, str, int]], sentence: str, code: str, value: int | None, item: str) -> int | None:
    """The place in the list of the number with this value whose counted words hold the item's last word
    ("two domestic yaks" is the second "two" of "two bears, two domestic yaks")."""
    words = item.casefold().split()
    for i, (v, w, at) in enumerate(listed):
        counted = (items.counted_words(w, sentence, code, at) or "").casefold().split()
        if v == value and words and words[-1] in counted:
            return i
    return None


def _things_counted(listed: list[tuple[int, str, int]], sentence: str, code: str) -> list[set[str]]:
    """For each number of the list, the things the words after it name ("brown bears": 🐻 and 🟫)."""
    return [set(things_in(items.counted_words(w, sentence, code, at) or "", code)) for _, w, at in listed]
