"""The NLP layer's finder families by id (summariser/finders.py), switched off through Settings."""

import pytest

from summariser.enrich.found import nlp_facts
from summariser.errors import ConfigError
from summariser.finders import FINDERS
from summariser.load.articles import Article
from summariser.schemas import Actor, Gift, MilitaryClaim
from summariser.settings import Settings

TEXT = (
    "Mayor Anna Berg gave the school three pianos on Monday. "
    "The ministry said 200 soldiers were sent to the border. The two towns signed a friendship treaty."
)


def kinds(disabled: frozenset[str]) -> list[str]:
    article = Article(id="x", text=TEXT, language="en", languages=("en",))
    found = nlp_facts(article, 0, TEXT, [], disabled)
    return sorted(
        "gift" if isinstance(f.fact, Gift) else "actor" if isinstance(f.fact, Actor) else f.fact.claim_type
        for f in found
        if isinstance(f.fact, Gift | Actor | MilitaryClaim)
    )


def test_a_family_switched_off_adds_nothing_and_the_others_still_do() -> None:
    assert kinds(frozenset()) == ["actor", "gift", "treaty", "troop_deployment"]
    assert kinds(frozenset({"nlp_gifts"})) == ["actor", "treaty", "troop_deployment"]
    assert kinds(frozenset({"treaties", "nlp_actors"})) == ["gift", "troop_deployment"]
    assert kinds(frozenset({"nlp_claims"})) == ["actor", "gift", "treaty"]


def test_settings_take_known_family_ids_only() -> None:
    assert Settings(disabled_finders=frozenset({"nlp_gifts", "aligned_items"})).disabled_finders == frozenset(
        {"nlp_gifts", "aligned_items"}
    )
    assert Settings().disabled_finders == frozenset() and set(FINDERS) >= {"nlp_actors", "names_across"}
    with pytest.raises(ConfigError, match="unknown finder nlp_gift; choose among nlp_actors"):
        Settings(disabled_finders=frozenset({"nlp_gift"}))
    with pytest.raises(ConfigError, match="a set of ids, not str"):
        Settings(disabled_finders="nlp_gifts")  # type: ignore[arg-type]
