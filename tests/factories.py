"""Grounded facts built from real text, for merge and render tests (no model involved)."""

from summariser.facts import GroundedFact
from summariser.schemas import Actor, Gift, MilitaryClaim, Source


def source(article_id: str, text: str, quote: str) -> Source:
    start = text.index(quote)
    return Source(article_id=article_id, quote=quote, start=start, end=start + len(quote), method="exact", score=100)


def gift(article_id: str, text: str, quote: str, item: str, quantity: int | None, quantity_text: str | None = None,
         date: str | None = None) -> GroundedFact:  # fmt: skip
    fact = Gift(
        item=item, quantity=quantity, quantity_text=quantity_text, giver="Russia", recipient="North Korea",
        from_institution=None, to_institution=None, transport=None, date=date, evidence=quote,
    )  # fmt: skip
    return GroundedFact("gifts", fact, source(article_id, text, quote))


def troops(article_id: str, text: str, quote: str, figure: int | None, by: str | None = None) -> GroundedFact:
    fact = MilitaryClaim(
        claim_type="troop_deployment", subject="North Korean troops in Russia", figure=figure,
        figure_text=None if figure is None else f"{figure:,}", claimed_by=by, place=None, date=None, evidence=quote,
    )  # fmt: skip
    return GroundedFact("military", fact, source(article_id, text, quote))


def actor(article_id: str, text: str, quote: str, name: str, said: str | None = None) -> GroundedFact:
    fact = Actor(name=name, role=None, organisation=None, country=None, said=said, evidence=quote)
    said_source = source(article_id, text, said) if said else None
    return GroundedFact("actors", fact, source(article_id, text, quote), said_source)
