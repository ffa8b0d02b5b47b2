"""Grounded facts built from real text, for merge and render tests (no model involved): each is read
by the real NLP layer (lang/en/reading.py), as the pipeline reads the model's facts."""

from typing import Any

from summariser.facts import Fact, GroundedFact
from summariser.lang.en.reading import read
from summariser.schemas import Actor, Gift, MilitaryClaim, Source


def source(article_id: str, text: str, quote: str) -> Source:
    start = text.index(quote)
    end = start + len(quote)
    exact = {"alignment": "exact", "origin": "model", "score": 100}
    return Source(article_id=article_id, quote=quote, start=start, end=end, **exact)


def gift(article_id: str, text: str, quote: str, item: str, quantity: int | None, quantity_text: str | None = None,
         date: str | None = None, *, read_by_parse: bool = True) -> GroundedFact:  # fmt: skip
    fact = Gift(
        item=item, quantity=quantity, quantity_text=quantity_text, giver="Russia", recipient="North Korea",
        from_institution=None, to_institution=None, transport=None, date=date, evidence=quote,
    )  # fmt: skip
    where = source(article_id, text, quote)
    return _grounded("gifts", fact, where, before=text) if read_by_parse else GroundedFact("gifts", fact, where)


def troops(article_id: str, text: str, quote: str, figure: int | None, by: str | None = None) -> GroundedFact:
    fact = MilitaryClaim(
        claim_type="troop_deployment", subject="North Korean troops in Russia", figure=figure,
        figure_text=None if figure is None else f"{figure:,}", claimed_by=by, place=None, date=None, evidence=quote,
    )  # fmt: skip
    return _grounded("military", fact, source(article_id, text, quote))


def actor(article_id: str, text: str, quote: str, name: str, said: str | None = None) -> GroundedFact:
    fact = Actor(name=name, role=None, organisation=None, country=None, said=said, evidence=quote)
    said_source = source(article_id, text, said) if said else None
    return GroundedFact("actors", fact, source(article_id, text, quote), said_source)


def _grounded(kind: str, fact: Fact, where: Source, before: str = "") -> GroundedFact:
    """The fact as its quote states it, read by the real parse (`before`: the text before it, where a
    gift's word of giving may stand: "two bears" of "Russia sent ... two bears")."""
    result = read(fact, where.quote, before)
    assert result is not None, f"the quote does not state the fact: {where.quote!r}"
    return GroundedFact(kind, result[0], where, None, result[1])


class DictStore:
    """An in-memory stand-in for the JSON cache's get/set, for tests of what is stored."""

    def __init__(self) -> None:
        self.data: dict[str, dict[str, Any]] = {}

    def get(self, key: str) -> dict[str, Any] | None:
        return self.data.get(key)

    def set(self, key: str, value: dict[str, Any]) -> None:
        self.data[key] = value
