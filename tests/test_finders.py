"""The NLP layer's finder families by id (summariser/finders.py): registered once each, run by one runner
in a fixed order, switched off through Settings, and a family that breaks costs only what it would add."""

import pytest

from summariser.enrich import registry
from summariser.enrich.registry import ARTICLE_ROUND, RUN_ROUNDS, enrich_article, enrich_run
from summariser.enrich.runner import Family, Passage, RunContext, Runner
from summariser.errors import ConfigError
from summariser.facts import ArticleFacts, GroundedFact
from summariser.finders import FINDERS
from summariser.link import finders as link_finders
from summariser.load.articles import Article
from summariser.schemas import Actor, ArticleFailure, Gift, MilitaryClaim
from summariser.settings import Settings

TEXT = (
    "Mayor Anna Berg gave the school three pianos on Monday. "
    "The ministry said 200 soldiers were sent to the border. The two towns signed a friendship treaty."
)


def kinds(disabled: frozenset[str]) -> list[str]:
    article = Article(id="x", text=TEXT, language="en", languages=("en",))
    found, broke = enrich_article(article, [(0, TEXT)], [], disabled)
    assert broke == []
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


def test_every_family_is_registered_once_and_runs_in_one_place() -> None:
    registered = {**registry.FAMILIES, **link_finders.FAMILIES}
    ordered = [i for steps in (ARTICLE_ROUND, *RUN_ROUNDS) for step in steps for i in step]
    assert set(registered) == set(FINDERS) and sorted(ordered) == sorted(FINDERS)
    assert all(family.id == key for key, family in registered.items())


def test_a_step_reads_the_facts_before_it() -> None:
    """supplied reads what was there before its step, not the counted arms claim nlp_claims adds beside it."""
    text = "The North sent 300 tanks to Russia last month. It has also shipped missiles to Moscow."
    article = Article(id="x", text=text, language="en", languages=("en",))
    found, _ = enrich_article(article, [(0, text)], [], frozenset())
    claims = [(f.fact.claim_type, f.fact.figure) for f in found if isinstance(f.fact, MilitaryClaim)]
    assert claims == [("arms", 300), ("arms", None)]
    alone, _ = enrich_article(article, [(0, text)], [], frozenset({"supplied"}))
    assert [f.fact.figure for f in alone if isinstance(f.fact, MilitaryClaim)] == [300]


class _Stamping(Runner):
    """A runner noting which family added each fact, through the one door a found fact enters by."""

    def __init__(self) -> None:
        super().__init__(registry.FAMILIES, frozenset())
        self.by: dict[int, str] = {}

    def _added(self, family: str, facts: list[GroundedFact]) -> list[GroundedFact]:
        self.by.update((id(f), family) for f in facts)
        return facts


def test_every_fact_a_family_adds_passes_through_added() -> None:
    article = Article(id="x", text=TEXT, language="en", languages=("en",))
    runner = _Stamping()
    found = runner.round(ARTICLE_ROUND, Passage(article, 0, TEXT), [], RunContext({"x": article}, []))
    assert found and all(id(f) in runner.by for f in found)
    assert sorted(set(runner.by.values())) == ["nlp_actors", "nlp_claims", "nlp_gifts", "treaties"]


def _broken(passage: Passage, facts: list[GroundedFact], run: RunContext) -> list[GroundedFact]:
    raise ValueError("a finder's bug")


def test_a_family_that_breaks_is_one_partial_failure_and_every_other_fact_stays() -> None:
    text = "Mayor Anna Berg gave the school three pianos on Monday."
    article = Article(id="x", text=text, language="en", languages=("en",))
    kept, _ = enrich_article(article, [(0, text)], [], frozenset())
    results = [ArticleFacts("x", list(kept))]
    failures = enrich_run(results, {"x": article}, frozenset(), {"names_across": Family("names_across", _broken)})
    assert failures == [ArticleFailure(input="x", stage="partial", error="finder names_across: ValueError")]
    assert results[0].facts == kept
    runner = Runner({"broken": Family("broken", _broken), **registry.FAMILIES}, frozenset())
    facts: list[GroundedFact] = []
    for _ in range(2):  # two chunks breaking the same way: one line
        facts = runner.round((("broken",), ("nlp_gifts",)), Passage(article, 0, text), facts, RunContext({}, []))
    assert runner.failures == [("x", "finder broken: ValueError")] and len(facts) == 1


def test_a_run_without_a_family_of_its_rounds_fails_loudly() -> None:
    with pytest.raises(ValueError, match="no finder family registered as names_across"):
        enrich_run([], {}, frozenset(), {})
