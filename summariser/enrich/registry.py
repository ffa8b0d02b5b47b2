"""enrich's finder families by id (summariser/finders.py), each in the runner's one signature, and the order
they run in: the order changes what each sees, so it changes the brief. Each finder lives with its fact kind
(summariser/kinds/<kind>/finders/).

Two places run them. An article's finishing step (scheduler.py) runs ARTICLE_ROUND on each chunk of it, after
verify grounded the model's answers; once every article is done, enrich_run runs RUN_ROUNDS on each article,
with the families of other stages (link's names_across) that a caller hands in."""

from collections.abc import Mapping, Sequence

from summariser.enrich.runner import Family, Passage, Round, RunContext, Runner
from summariser.facts import ArticleFacts, GroundedFact
from summariser.kinds.actor.finders.abroad import proper_names
from summariser.kinds.actor.finders.english import nlp_actors
from summariser.kinds.gift.finders.abroad import gifts_abroad, given_elsewhere, given_things
from summariser.kinds.gift.finders.aligned import items_by_alignment
from summariser.kinds.gift.finders.english import nlp_gifts
from summariser.kinds.military.finders.abroad import counts_abroad
from summariser.kinds.military.finders.english import counted_claims, supplied, treaties
from summariser.load.articles import Article
from summariser.schemas import ArticleFailure

FAMILIES: dict[str, Family] = {
    family.id: family
    for family in (
        Family("nlp_actors", lambda p, facts, _: nlp_actors(p.article, p.offset, p.text, facts)),
        Family("nlp_claims", lambda p, facts, _: counted_claims(p.article, p.offset, p.text, facts)),
        Family("treaties", lambda p, facts, _: treaties(p.article, p.offset, p.text, facts)),
        Family("supplied", lambda p, facts, _: supplied(p.article, p.offset, p.text, facts)),
        Family("nlp_gifts", lambda p, facts, _: nlp_gifts(p.article, p.offset, p.text, facts)),
        Family("proper_names", lambda p, facts, _: proper_names(p.article, facts)),
        Family("counts_abroad", lambda p, facts, _: counts_abroad(p.article, facts)),
        Family("gifts_abroad", lambda p, facts, _: gifts_abroad(p.article, facts)),
        Family("given_elsewhere", lambda p, facts, run: given_elsewhere(p.article, facts, run.once(given_things))),
        Family("aligned_items", lambda _, facts, run: items_by_alignment(run.articles, facts, run.facts), True),
    )
}
"""enrich's families; names_across is link's (link/finders.py)."""

ARTICLE_ROUND: Round = (("nlp_actors",), ("nlp_claims", "treaties", "supplied"), ("nlp_gifts",))
"""On each chunk of an article in turn: people, then figures (the three read the same facts), then gifts."""

RUN_ROUNDS: tuple[Round, ...] = (
    (("names_across",), ("proper_names",), ("counts_abroad",), ("gifts_abroad",)),
    (("given_elsewhere",),),
    (("aligned_items",),),
)
"""On each article in turn, round after round, each round reading the run's facts as it began: a name grounded
in one article found in another, names, counts and gifts in text no parser reads; then a thing the run gives
named with no number abroad; then untranslated items named by an English list of the same numbers."""


def enrich_article(
    article: Article, chunks: Sequence[tuple[int, str]], facts: list[GroundedFact], off: frozenset[str]
) -> tuple[list[GroundedFact], list[str]]:
    """An article's facts after ARTICLE_ROUND on each of its chunks (offset, text) in turn, and a line for
    each family that broke on it."""
    runner = Runner(FAMILIES, off)
    run = RunContext({article.id: article}, list(facts))
    for offset, text in chunks:
        facts = runner.round(ARTICLE_ROUND, Passage(article, offset, text), facts, run)
    return facts, [line for _, line in runner.failures]


def enrich_run(
    results: list[ArticleFacts],
    articles: Mapping[str, Article],
    off: frozenset[str],
    others: Mapping[str, Family],
) -> list[ArticleFailure]:
    """RUN_ROUNDS on every article's facts (replaced in place), with the families `others` adds; each family
    that broke on an article is one partial failure, and every other fact stays."""
    families = {**FAMILIES, **others}
    if missing := sorted({i for steps in RUN_ROUNDS for step in steps for i in step} - families.keys()):
        raise ValueError(f"no finder family registered as {', '.join(missing)}")
    runner = Runner(families, off)
    for steps in RUN_ROUNDS:
        run = RunContext(articles, [f for r in results for f in r.facts])
        for result in results:
            result.facts = runner.round(steps, Passage.whole(articles[result.article_id]), result.facts, run)
    return [ArticleFailure(input=article, stage="partial", error=line) for article, line in runner.failures]
